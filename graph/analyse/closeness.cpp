#include <cmath>

#include "graph/analyse/analyse.h"
#include "graph/analyse/path_lengths.h"

namespace newsgraph::analyse {

// Boost's closeness_centrality needs an all-pairs distance matrix and has no
// Wasserman-Faust correction for disconnected graphs, so this applies
// networkx's formula to Boost's single-source searches instead:
//   c(u) = (r - 1) / total * (r - 1) / (n - 1)
// with r the nodes reachable from u (u included) and total the sum of their
// distances; 0 when u reaches nothing. The arithmetic is done in networkx's
// order, and total is an exact integer, so the scores match to the bit.
std::vector<double> closeness_centrality(const SimpleGraph& graph, const CentralityOptions& options) {
  const size_t n = graph.node_count();
  std::vector<double> scores(n, 0.0);
  detail::for_each_source(graph, options, [&](uint32_t source, const std::vector<double>& lengths) {
    double total = 0;
    size_t reached = 0;
    for (double d : lengths)
      if (std::isfinite(d)) total += d, ++reached;
    if (total > 0.0 && n > 1) {
      double c = (static_cast<double>(reached) - 1.0) / total;
      c *= (static_cast<double>(reached) - 1.0) / static_cast<double>(n - 1);
      scores[source] = c;
    }
  });
  return scores;
}

}  // namespace newsgraph::analyse
