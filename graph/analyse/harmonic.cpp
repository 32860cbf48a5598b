#include <cmath>

#include "graph/analyse/analyse.h"
#include "graph/analyse/path_lengths.h"

namespace newsgraph::analyse {

// h(u) = sum over v of 1 / d(u, v), skipping unreachable nodes and
// distance 0 (u itself, and nodes behind zero-weight edges), as networkx
// does. networkx adds the terms of u in the order of the sources v; on an
// undirected graph d(v, u) = d(u, v), so adding over v in node order here
// gives its sums to the bit.
std::vector<double> harmonic_centrality(const SimpleGraph& graph, const CentralityOptions& options) {
  std::vector<double> scores(graph.node_count(), 0.0);
  detail::for_each_source(graph, options, [&](uint32_t source, const std::vector<double>& lengths) {
    double sum = 0;
    for (double d : lengths)
      if (std::isfinite(d) && d != 0) sum += 1 / d;
    scores[source] = sum;
  });
  return scores;
}

}  // namespace newsgraph::analyse
