#include <cmath>
#include <limits>

#include "graph/analyse/analyse.h"

// networkx 2.8.8's community.modularity, undirected:
//   Q = sum over communities c of  L_c / m - resolution * (D_c / 2m)^2
// where L_c is the weight of the edges inside c (a self-loop once), D_c the
// sum of its nodes' degrees (a self-loop twice) and m half the sum of all
// degrees. The sum runs over communities in index order, as networkx runs
// over the list it is given.

namespace newsgraph::analyse {

double modularity(const SimpleGraph& graph, const std::vector<uint32_t>& membership, const CommunityOptions& options) {
  const size_t n = graph.node_count();
  size_t count = 0;
  for (uint32_t c : membership) count = std::max<size_t>(count, size_t{c} + 1);
  std::vector<double> inside(count, 0.0), degrees(count, 0.0);
  double degree_sum = 0;
  for (uint32_t v = 0; v < n; ++v) {
    for (uint32_t i = graph.offsets[v]; i < graph.offsets[v + 1]; ++i) {
      const uint32_t t = graph.targets[i];
      const double w = options.weighted ? graph.weights[i] : 1.0;
      const double to_degree = t == v ? 2 * w : w;
      degrees[membership[v]] += to_degree;
      degree_sum += to_degree;
      if (t >= v && membership[t] == membership[v]) inside[membership[v]] += w;
    }
  }
  if (degree_sum == 0) return std::numeric_limits<double>::quiet_NaN();
  const double m = degree_sum / 2;
  const double norm = 1 / (degree_sum * degree_sum);
  double q = 0;
  for (size_t c = 0; c < count; ++c) q += inside[c] / m - options.resolution * degrees[c] * degrees[c] * norm;
  return q;
}

}  // namespace newsgraph::analyse
