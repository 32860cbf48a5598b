#include <algorithm>

#include "graph/analyse/analyse.h"

namespace newsgraph::analyse {

namespace {

struct Arc {
  uint32_t from, to;
  uint64_t weight;
};

}  // namespace

SimpleGraph simple_undirected(const KnowledgeGraph& graph) {
  const size_t n = graph.node_count();
  std::vector<Arc> arcs;
  arcs.reserve(2 * graph.edge_count());
  for (KnowledgeGraph::EdgeIndex e = 0; e < graph.edge_count(); ++e) {
    uint32_t s = graph.source(e), t = graph.target(e);
    uint64_t w = graph.edge(e).weight;
    arcs.push_back({s, t, w});
    if (s != t) arcs.push_back({t, s, w});  // a self-loop sits once in its own row, as in networkx's adjacency
  }
  std::sort(arcs.begin(), arcs.end(), [](const Arc& a, const Arc& b) {
    return a.from != b.from ? a.from < b.from : a.to < b.to;
  });

  SimpleGraph simple;
  simple.offsets.assign(n + 1, 0);
  // Weights add as integers, so the sum does not depend on the order of the
  // parallel edges; it becomes a double once.
  for (size_t i = 0; i < arcs.size();) {
    size_t j = i;
    uint64_t weight = 0;
    for (; j < arcs.size() && arcs[j].from == arcs[i].from && arcs[j].to == arcs[i].to; ++j) weight += arcs[j].weight;
    simple.targets.push_back(arcs[i].to);
    simple.weights.push_back(static_cast<double>(weight));
    ++simple.offsets[arcs[i].from + 1];
    i = j;
  }
  for (size_t v = 0; v < n; ++v) simple.offsets[v + 1] += simple.offsets[v];
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
