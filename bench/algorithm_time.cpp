// The time of newsgraph's algorithms alone, as the Python timings measure
// igraph's and networkx's: the graph is read from an edge list (not timed),
// turned into the SimpleGraph that `newsgraph centrality` runs on, and one
// measure is timed in this process. Built by run.sh against the static
// libraries of a build folder; not part of the CMake build or of ctest.
//
// Usage: algorithm_time EDGES MEASURE [--threads T] [--sample K] [--seed S] [--top N]
//   EDGES: first line the node count, then "u v" per undirected edge
//   (generate.py). MEASURE: betweenness or pagerank.
// Prints one JSON object: {"measure", "threads", "sample", "seconds",
// "cpu_seconds", "max_rss_kb", "graph_kb", "top": [[node, score]...]}
// where max_rss_kb is the peak resident set of the process less what it
// held before reading the graph, graph_kb the growth of that peak while the
// SimpleGraph was built (generate.py's graphs have no parallel edges, so
// rows need no merging), and top the N best nodes, ties by index.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fstream>
#include <numeric>
#include <utility>
#include <string>
#include <vector>

#include "graph/analyse/analyse.h"

#include "bench/peak_memory.h"

namespace {

using newsgraph::analyse::SimpleGraph;

using bench::max_rss_kb;

double cpu_seconds() {
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

// Rows sorted, both arcs of every edge: what simple_undirected builds. Two
// passes over the file (degrees, then arcs) so that no edge list is held
// besides the graph, and the peak memory is the graph's and the measure's.
SimpleGraph read_edges(const char* path) {
  SimpleGraph g;
  size_t n = 0;
  {
    std::ifstream in(path);
    in >> n;
    g.offsets.assign(n + 1, 0);
    for (uint32_t u, v; in >> u >> v;) {
      ++g.offsets[u + 1];
      if (u != v) ++g.offsets[v + 1];
    }
  }
  for (size_t v = 0; v < n; ++v) g.offsets[v + 1] += g.offsets[v];
  g.targets.assign(g.offsets[n], 0);
  std::vector<uint32_t> next(g.offsets.begin(), g.offsets.end() - 1);
  {
    std::ifstream in(path);
    in >> n;
    for (uint32_t u, v; in >> u >> v;) {
      g.targets[next[u]++] = v;
      if (u != v) g.targets[next[v]++] = u;
    }
  }
  for (size_t v = 0; v < n; ++v) std::sort(g.targets.begin() + g.offsets[v], g.targets.begin() + g.offsets[v + 1]);
  g.weights.assign(g.targets.size(), 1.0);
  return g;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: algorithm_time EDGES MEASURE [--threads T] [--sample K] [--seed S] [--top N]\n");
    return 2;
  }
  newsgraph::analyse::CentralityOptions options;
  size_t top = 100;
  for (int i = 3; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--threads")) options.threads = static_cast<unsigned>(std::atoi(argv[i + 1]));
    else if (!std::strcmp(argv[i], "--sample")) options.sample = std::strtoull(argv[i + 1], nullptr, 10);
    else if (!std::strcmp(argv[i], "--seed")) options.seed = std::strtoull(argv[i + 1], nullptr, 10);
    else if (!std::strcmp(argv[i], "--top")) top = std::strtoull(argv[i + 1], nullptr, 10);
  }
  const long rss_before = max_rss_kb();
  const SimpleGraph graph = read_edges(argv[1]);
  const long graph_kb = max_rss_kb() - rss_before;

  const auto wall_start = std::chrono::steady_clock::now();
  const double cpu_start = cpu_seconds();
  auto scores = newsgraph::analyse::centrality(graph, argv[2], options);
  const double cpu = cpu_seconds() - cpu_start;
  const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - wall_start).count();
  if (!scores.ok()) {
    std::fprintf(stderr, "algorithm_time: %s\n", scores.status().message().c_str());
    return 1;
  }
  const std::vector<double>& s = scores.value();
  std::vector<uint32_t> order(s.size());
  std::iota(order.begin(), order.end(), 0u);
  top = std::min(top, order.size());
  std::partial_sort(order.begin(), order.begin() + static_cast<ptrdiff_t>(top), order.end(),
                    [&](uint32_t a, uint32_t b) { return s[a] != s[b] ? s[a] > s[b] : a < b; });
  std::printf("{\"measure\": \"%s\", \"threads\": %u, \"sample\": %zu, \"seconds\": %.6f, \"cpu_seconds\": %.6f, "
              "\"max_rss_kb\": %ld, \"graph_kb\": %ld, \"top\": [",
              argv[2], options.threads, options.sample, wall, cpu, max_rss_kb() - rss_before, graph_kb);
  for (size_t i = 0; i < top; ++i) std::printf("%s[%u, %.17g]", i ? ", " : "", order[i], s[order[i]]);
  std::printf("]}\n");
  return 0;
}
