#include <algorithm>
#include <cmath>

#include "graph/analyse/analyse.h"

namespace newsgraph::analyse {

std::vector<Ranked> rank(const KnowledgeGraph& graph, const std::vector<double>& scores, size_t top,
                         const std::set<NodeType>& keep) {
  const size_t n = std::min(graph.node_count(), scores.size());
  std::vector<Ranked> rows;
  for (KnowledgeGraph::NodeIndex v = 0; v < n; ++v)
    if (keep.empty() || keep.count(graph.node_type(v))) rows.push_back({v, scores[v]});
  // Node indices follow node ids, so ties by index are ties by id. A NaN
  // (no measure gives one) goes last, so the order stays a strict weak order.
  auto better = [](const Ranked& a, const Ranked& b) {
    bool a_nan = std::isnan(a.score), b_nan = std::isnan(b.score);
    if (a_nan != b_nan) return b_nan;
    if (!a_nan && a.score != b.score) return a.score > b.score;
    return a.node < b.node;
  };
  if (top != 0 && top < rows.size()) {
    std::partial_sort(rows.begin(), rows.begin() + static_cast<std::ptrdiff_t>(top), rows.end(), better);
    rows.resize(top);
  } else {
    std::sort(rows.begin(), rows.end(), better);
  }
  return rows;
}

}  // namespace newsgraph::analyse
