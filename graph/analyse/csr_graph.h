// Internal to graph/analyse: the SimpleGraph as a Boost.Graph, so that the
// measures can run Boost's algorithms (BFS, Dijkstra, core numbers) on it.
// Not part of the public interface; include graph/analyse/analyse.h instead.
#pragma once

#include <boost/graph/compressed_sparse_row_graph.hpp>

#include "graph/analyse/analyse.h"

namespace newsgraph::analyse::detail {

// Directed CSR holding both arcs of every undirected edge (and a self-loop
// once), which is how Boost's directed-graph algorithms see an undirected
// graph. Vertex i is node i.
using CsrGraph = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, boost::no_property,
                                                    boost::no_property, uint32_t, uint32_t>;

// The same arcs in the same order as graph.targets, so an edge's
// boost::edge_index is its position in graph.targets and graph.weights is
// its weight map (see weight_map).
CsrGraph to_csr(const SimpleGraph& graph);

// Without self-loops (for core numbers, which networkx defines only for
// graphs without them); edge indices then no longer match graph.targets.
CsrGraph to_csr_without_self_loops(const SimpleGraph& graph);

inline auto weight_map(const SimpleGraph& graph, const CsrGraph& csr) {
  return boost::make_iterator_property_map(graph.weights.begin(), boost::get(boost::edge_index, csr));
}

}  // namespace newsgraph::analyse::detail
