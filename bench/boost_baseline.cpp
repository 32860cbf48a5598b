// The yardstick of the memory target: how much memory the benchmark graph
// takes in a plain Boost adjacency list (no properties, undirected), built
// edge by edge from a generate.py edge list. Built by run.sh; not part of
// the CMake build.
//
// Usage: boost_baseline EDGES
// Prints {"nodes", "edges", "graph_kb"}: the growth of the peak resident
// set while the graph was built.
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

#include <boost/graph/adjacency_list.hpp>

#include "bench/peak_memory.h"

using bench::max_rss_kb;

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: boost_baseline EDGES\n");
    return 2;
  }
  std::ifstream in(argv[1]);
  size_t n = 0, m = 0;
  in >> n;
  const long before = max_rss_kb();
  boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS> graph(n);
  for (size_t u, v; in >> u >> v; ++m) boost::add_edge(u, v, graph);
  std::printf("{\"nodes\": %zu, \"edges\": %zu, \"graph_kb\": %ld}\n", boost::num_vertices(graph), m,
              max_rss_kb() - before);
  return 0;
}
