// Internal to graph/analyse: single-source shortest path lengths on the
// simple view from every node, for closeness and harmonic centrality.
#pragma once

#include <functional>
#include <vector>

#include "graph/analyse/analyse.h"

namespace newsgraph::analyse::detail {

// Calls visit(source, lengths) once for every node, where lengths[v] is the
// length of a shortest path from source to v (+infinity where there is
// none): hops by Boost's BFS, or with options.weighted the sum of weights by
// Boost's Dijkstra (weight as distance, networkx's distance="weight").
// Runs on options.threads workers: `visit` must write only what belongs to
// `source`, and `lengths` is valid only during the call.
void for_each_source(const SimpleGraph& graph, const CentralityOptions& options,
                     const std::function<void(uint32_t source, const std::vector<double>& lengths)>& visit);

}  // namespace newsgraph::analyse::detail
