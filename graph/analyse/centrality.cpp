#include "graph/analyse/analyse.h"

namespace newsgraph::analyse {

const std::vector<std::string>& centrality_measures() {
  static const std::vector<std::string> measures = {"degree",   "betweenness", "closeness", "harmonic",
                                                    "pagerank", "eigenvector", "kcore"};
  return measures;
}

Result<std::vector<double>> centrality(const SimpleGraph& graph, std::string_view measure,
                                       const CentralityOptions& options) {
  if (measure == "degree") return degree_centrality(graph);
  if (measure == "betweenness") return betweenness_centrality(graph, options);
  if (measure == "closeness") return closeness_centrality(graph, options);
  if (measure == "harmonic") return harmonic_centrality(graph, options);
  if (measure == "pagerank") return pagerank(graph, options);
  if (measure == "eigenvector") return eigenvector_centrality(graph, options);
  if (measure == "kcore") return core_number(graph);
  std::string known;
  for (const auto& m : centrality_measures()) known += (known.empty() ? "" : ", ") + m;
  return Status::BadUsage("unknown centrality measure '" + std::string(measure) + "' (expected one of: " + known + ")");
}

}  // namespace newsgraph::analyse
