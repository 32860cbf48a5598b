#include <cmath>

#include "graph/analyse/analyse.h"

// Boost's page_rank has neither networkx's treatment of dangling nodes nor
// its stopping rule, so this is networkx's power iteration (pagerank_scipy
// in 2.8.8) written out:
//   P[i][j] = w(i, j) * (1 / S[i]),  S[i] = sum of the weights of row i
//   x' = alpha * (x P + (sum of x over dangling nodes) / N) + (1 - alpha) / N
// from x = 1/N, until sum |x' - x| < N * tol. A self-loop is one entry of
// its row, with its weight once (networkx's to_scipy_sparse_array). A
// dangling node is one whose row weighs 0: an isolated node, or one whose
// edges all weigh 0. networkx sums the products in another order, so the
// scores agree to about 1e-15, not to the bit.

namespace newsgraph::analyse {

namespace {

constexpr int kMaxIterations = 100;
constexpr double kTolerance = 1e-6;

}  // namespace

Result<std::vector<double>> pagerank(const SimpleGraph& graph, const CentralityOptions& options) {
  const size_t n = graph.node_count();
  if (n == 0) return std::vector<double>();
  const double N = static_cast<double>(n);
  auto weight = [&](uint32_t i) { return options.weighted ? graph.weights[i] : 1.0; };

  std::vector<double> inverse_row_weight(n, 0.0);
  std::vector<uint32_t> dangling;
  for (uint32_t v = 0; v < n; ++v) {
    double s = 0;
    for (uint32_t i = graph.offsets[v]; i < graph.offsets[v + 1]; ++i) s += weight(i);
    if (s != 0) inverse_row_weight[v] = 1.0 / s;
    else dangling.push_back(v);
  }
  // P[i][j], stored in the row of j (the matrix is symmetric in pattern).
  std::vector<double> transition(graph.targets.size());
  for (uint32_t j = 0; j < n; ++j)
    for (uint32_t k = graph.offsets[j]; k < graph.offsets[j + 1]; ++k)
      transition[k] = inverse_row_weight[graph.targets[k]] * weight(k);

  const double p = 1.0 / N;  // personalization and dangling weights: uniform
  std::vector<double> x(n, 1.0 / N), last(n);
  for (int iteration = 0; iteration < kMaxIterations; ++iteration) {
    std::swap(x, last);
    double dangling_sum = 0;
    for (uint32_t v : dangling) dangling_sum += last[v];
    double change = 0;
    for (uint32_t j = 0; j < n; ++j) {
      double xp = 0;
      for (uint32_t k = graph.offsets[j]; k < graph.offsets[j + 1]; ++k) xp += last[graph.targets[k]] * transition[k];
      x[j] = kPagerankAlpha * (xp + dangling_sum * p) + (1 - kPagerankAlpha) * p;
      change += std::abs(x[j] - last[j]);
    }
    if (change < N * kTolerance) return x;
  }
  return Status::BadInput("pagerank did not converge in " + std::to_string(kMaxIterations) +
                          " iterations (networkx raises PowerIterationFailedConvergence)");
}

}  // namespace newsgraph::analyse
