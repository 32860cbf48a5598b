#include <algorithm>

#include "graph/analyse/analyse.h"

namespace newsgraph::analyse {

namespace {

void widen(DateRange& range, const std::string& date) {
  if (!is_iso_date(date)) return;
  if (range.first.empty() || date < range.first) range.first = date;
  if (range.last.empty() || date > range.last) range.last = date;
}

// Components by breadth-first search over the simple view's rows, which
// hold both directions of every edge. Boost's connected_components wants an
// undirected graph type, and copying a graph of millions of edges into one
// costs several times the search.
void count_components(const SimpleGraph& simple, GraphStats& stats) {
  const uint32_t n = static_cast<uint32_t>(simple.node_count());
  std::vector<bool> seen(n, false);
  std::vector<uint32_t> queue;
  for (uint32_t start = 0; start < n; ++start) {
    if (seen[start]) continue;
    ++stats.components;
    seen[start] = true;
    queue.assign(1, start);
    for (size_t head = 0; head < queue.size(); ++head)
      for (uint32_t i = simple.offsets[queue[head]]; i < simple.offsets[queue[head] + 1]; ++i)
        if (uint32_t w = simple.targets[i]; !seen[w]) {
          seen[w] = true;
          queue.push_back(w);
        }
    stats.largest_component = std::max(stats.largest_component, queue.size());
  }
}

DegreeSummary summarise_degrees(const SimpleGraph& simple) {
  DegreeSummary summary;
  const size_t n = simple.node_count();
  if (n == 0) return summary;
  std::vector<size_t> degrees(n);
  size_t total = 0;
  for (uint32_t v = 0; v < n; ++v) total += degrees[v] = degree(simple, v);
  std::sort(degrees.begin(), degrees.end());
  summary.min = degrees.front();
  summary.max = degrees.back();
  summary.mean = static_cast<double>(total) / static_cast<double>(n);
  summary.median = n % 2 ? static_cast<double>(degrees[n / 2])
                         : (static_cast<double>(degrees[n / 2 - 1]) + static_cast<double>(degrees[n / 2])) / 2;
  return summary;
}

}  // namespace

GraphStats compute_stats(const KnowledgeGraph& graph) {
  GraphStats stats;
  const SimpleGraph simple = simple_undirected(graph);
  stats.nodes = graph.node_count();
  stats.edges = graph.edge_count();
  stats.simple_edges = edge_count(simple);

  for (KnowledgeGraph::NodeIndex v = 0; v < graph.node_count(); ++v) {
    const Entity& node = graph.node(v);
    ++stats.nodes_by_type[node.type];
    if (node.type == NodeType::kEvent) widen(stats.event_dates, node.date);
    if (node.mentions > 0) stats.most_mentioned.push_back({v, node.mentions});
  }
  for (KnowledgeGraph::EdgeIndex e = 0; e < graph.edge_count(); ++e)
    ++stats.edges_by_type[std::string(graph.edge_type(e))];
  for (const DocumentInfo& document : graph.documents()) widen(stats.document_dates, document.date);

  // Node indices follow ids, so a stable order by mentions breaks ties by id.
  std::stable_sort(stats.most_mentioned.begin(), stats.most_mentioned.end(),
                   [](const MentionCount& a, const MentionCount& b) { return a.mentions > b.mentions; });
  if (stats.most_mentioned.size() > kMostMentioned) stats.most_mentioned.resize(kMostMentioned);

  count_components(simple, stats);

  // nx.density: m / (n (n - 1)), doubled for an undirected graph, in that
  // order; 0 without edges or with fewer than two nodes.
  const size_t n = stats.nodes, m = stats.simple_edges;
  if (m != 0 && n > 1) {
    stats.density = static_cast<double>(m) / (static_cast<double>(n) * static_cast<double>(n - 1));
    stats.density *= 2;
  }
  stats.degree = summarise_degrees(simple);
  return stats;
}

}  // namespace newsgraph::analyse
