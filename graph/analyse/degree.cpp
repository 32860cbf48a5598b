#include "graph/analyse/analyse.h"

namespace newsgraph::analyse {

std::vector<double> degree_centrality(const SimpleGraph& graph) {
  const size_t n = graph.node_count();
  if (n <= 1) return std::vector<double>(n, 1.0);  // networkx's convention for 0 or 1 node
  // The same two roundings as networkx: s = 1 / (n - 1), then d * s.
  const double s = 1.0 / (static_cast<double>(n) - 1.0);
  std::vector<double> scores(n);
  for (uint32_t v = 0; v < n; ++v) scores[v] = static_cast<double>(degree(graph, v)) * s;
  return scores;
}

}  // namespace newsgraph::analyse
