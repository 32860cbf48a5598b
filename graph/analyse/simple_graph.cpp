#include <algorithm>

#include "graph/analyse/analyse.h"

namespace newsgraph::analyse {

// Rows are laid out by counting (each edge sits in both ends' rows, a
// self-loop once in its own, as in networkx's adjacency), then each row is
// sorted and its parallel arcs merged in place: no list of all arcs to
// sort, and no vector that grows by doubling, so the memory is the result's
// plus a row's.
SimpleGraph simple_undirected(const KnowledgeGraph& graph) {
  const size_t n = graph.node_count(), m = graph.edge_count();
  std::vector<size_t> start(n + 1, 0);
  for (KnowledgeGraph::EdgeIndex e = 0; e < m; ++e) {
    uint32_t s = graph.source(e), t = graph.target(e);
    ++start[s + 1];
    if (s != t) ++start[t + 1];
  }
  for (size_t v = 0; v < n; ++v) start[v + 1] += start[v];
  std::vector<uint32_t> targets(start[n]);
  // Weights add as integers, so the sum does not depend on the order of the
  // parallel edges; each becomes a double once.
  std::vector<uint64_t> sums(start[n]);
  {
    std::vector<size_t> next(start.begin(), start.end() - 1);
    for (KnowledgeGraph::EdgeIndex e = 0; e < m; ++e) {
      uint32_t s = graph.source(e), t = graph.target(e);
      uint64_t w = graph.edge_weight(e);
      targets[next[s]] = t;
      sums[next[s]++] = w;
      if (s != t) {
        targets[next[t]] = s;
        sums[next[t]++] = w;
      }
    }
  }

  SimpleGraph simple;
  simple.offsets.assign(n + 1, 0);
  std::vector<std::pair<uint32_t, uint64_t>> row;
  size_t out = 0;
  for (size_t v = 0; v < n; ++v) {
    row.clear();
    for (size_t i = start[v]; i < start[v + 1]; ++i) row.emplace_back(targets[i], sums[i]);
    std::sort(row.begin(), row.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (size_t i = 0; i < row.size();) {
      uint64_t weight = 0;
      size_t j = i;
      for (; j < row.size() && row[j].first == row[i].first; ++j) weight += row[j].second;
      targets[out] = row[i].first;
      sums[out++] = weight;
      i = j;
    }
    simple.offsets[v + 1] = static_cast<uint32_t>(out);
  }
  targets.resize(out);
  targets.shrink_to_fit();
  simple.weights.reserve(out);
  for (size_t i = 0; i < out; ++i) simple.weights.push_back(static_cast<double>(sums[i]));
  simple.targets = std::move(targets);
  return simple;
}

bool has_self_loop(const SimpleGraph& graph, uint32_t node) {
  auto begin = graph.targets.begin() + graph.offsets[node];
  auto end = graph.targets.begin() + graph.offsets[node + 1];
  return std::binary_search(begin, end, node);
}

size_t degree(const SimpleGraph& graph, uint32_t node) {
  size_t row = graph.offsets[node + 1] - graph.offsets[node];
  return row + (has_self_loop(graph, node) ? 1 : 0);
}

size_t edge_count(const SimpleGraph& graph) {
  size_t self_loops = 0;
  for (uint32_t v = 0; v < graph.node_count(); ++v) self_loops += has_self_loop(graph, v) ? 1 : 0;
  // Every other edge sits in two rows.
  return (graph.targets.size() - self_loops) / 2 + self_loops;
}

}  // namespace newsgraph::analyse
