#include "graph/analyse/csr_graph.h"

#include <utility>

namespace newsgraph::analyse::detail {

namespace {

std::vector<std::pair<uint32_t, uint32_t>> arcs_of(const SimpleGraph& graph, bool self_loops) {
  std::vector<std::pair<uint32_t, uint32_t>> arcs;
  arcs.reserve(graph.targets.size());
  for (uint32_t v = 0; v < graph.node_count(); ++v)
    for (uint32_t i = graph.offsets[v]; i < graph.offsets[v + 1]; ++i)
      if (self_loops || graph.targets[i] != v) arcs.emplace_back(v, graph.targets[i]);
  return arcs;
}

}  // namespace

CsrGraph to_csr(const SimpleGraph& graph) {
  auto arcs = arcs_of(graph, true);
  return CsrGraph(boost::edges_are_sorted, arcs.begin(), arcs.end(), static_cast<uint32_t>(graph.node_count()));
}

CsrGraph to_csr_without_self_loops(const SimpleGraph& graph) {
  auto arcs = arcs_of(graph, false);
  return CsrGraph(boost::edges_are_sorted, arcs.begin(), arcs.end(), static_cast<uint32_t>(graph.node_count()));
}

}  // namespace newsgraph::analyse::detail
