// The time newsgraph takes to write a graph as GraphML, as
// graphml_write.sh measures igraph's write_graphml: the graph is read
// first (not timed), then saved to OUTPUT through the GraphML exporter
// (the same call `newsgraph export -o X.graphml` makes), timed.
//
// Usage: graphml_write_time GRAPH.json OUTPUT.graphml
// Prints one JSON object: {"seconds", "cpu_seconds", "nodes", "edges",
// "bytes"}.
#include <sys/stat.h>

#include <chrono>
#include <cstdio>
#include <ctime>
#include <string>

#include "export/export.h"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: graphml_write_time GRAPH.json OUTPUT.graphml\n");
    return 2;
  }
  newsgraph::Result<newsgraph::KnowledgeGraph> graph = newsgraph::formats::read_graph(argv[1]);
  if (!graph.ok()) {
    std::fprintf(stderr, "graphml_write_time: %s\n", graph.status().message().c_str());
    return 1;
  }
  auto exporter = newsgraph::formats::make_exporter("graphml");
  std::clock_t cpu_start = std::clock();
  auto start = std::chrono::steady_clock::now();
  newsgraph::Status s = exporter->save(graph.value(), argv[2]);
  double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  double cpu = static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC;
  if (!s.ok()) {
    std::fprintf(stderr, "graphml_write_time: %s\n", s.message().c_str());
    return 1;
  }
  struct stat st {};
  ::stat(argv[2], &st);
  std::printf("{\"seconds\": %.6f, \"cpu_seconds\": %.6f, \"nodes\": %zu, \"edges\": %zu, \"bytes\": %lld}\n", wall,
              cpu, static_cast<size_t>(graph.value().node_count()), static_cast<size_t>(graph.value().edge_count()),
              static_cast<long long>(st.st_size));
  return 0;
}
