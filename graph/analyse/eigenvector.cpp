#include <cmath>

#include "graph/analyse/analyse.h"

// Boost.Graph has no eigenvector centrality. This is networkx's
// eigenvector_centrality iteration, step for step: x = 1/n; then, up to 100
// times, x' = x (A + I) (the shift by I makes it converge on bipartite
// graphs too), x' /= ||x'||_2 (or 1 if that is 0), until
// sum |x' - x| < n * 1e-6. A self-loop adds its node's own value once (it
// sits once in networkx's adjacency). The sums are taken in networkx's
// order (for each node, its own value, then its neighbours in node order;
// norms and changes in node order); only the norm differs, by an ulp
// (networkx uses math.hypot).

namespace newsgraph::analyse {

namespace {

constexpr int kMaxIterations = 100;
constexpr double kTolerance = 1e-6;

}  // namespace

Result<std::vector<double>> eigenvector_centrality(const SimpleGraph& graph, const CentralityOptions& options) {
  const size_t n = graph.node_count();
  if (n == 0) return Status::BadInput("cannot compute eigenvector centrality for the null graph (no nodes)");
  std::vector<double> x(n, 1.0 / static_cast<double>(n)), last(n);
  for (int iteration = 0; iteration < kMaxIterations; ++iteration) {
    std::swap(x, last);
    for (uint32_t j = 0; j < n; ++j) {
      double sum = last[j];
      for (uint32_t k = graph.offsets[j]; k < graph.offsets[j + 1]; ++k)
        sum += last[graph.targets[k]] * (options.weighted ? graph.weights[k] : 1.0);
      x[j] = sum;
    }
    double squares = 0;
    for (double v : x) squares += v * v;
    double norm = std::sqrt(squares);
    if (norm == 0) norm = 1;
    double change = 0;
    for (uint32_t j = 0; j < n; ++j) {
      x[j] /= norm;
      change += std::abs(x[j] - last[j]);
    }
    if (change < static_cast<double>(n) * kTolerance) return x;
  }
  return Status::BadInput("eigenvector centrality did not converge in " + std::to_string(kMaxIterations) +
                          " iterations (networkx raises PowerIterationFailedConvergence)");
}

}  // namespace newsgraph::analyse
