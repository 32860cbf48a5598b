#include <algorithm>
#include <numeric>
#include <random>

#include "graph/analyse/analyse.h"

namespace newsgraph::analyse {

namespace {

// Uniform in [0, bound) from a generator the standard fixes to the bit
// (std::uniform_int_distribution is not: its output differs between
// standard libraries). Rejects the first 2^64 mod bound values so that
// every residue is equally likely.
uint64_t uniform_below(uint64_t bound, std::mt19937_64& random) {
  const uint64_t threshold = (0 - bound) % bound;
  for (;;) {
    uint64_t x = random();
    if (x >= threshold) return x % bound;
  }
}

}  // namespace

// Python's random.sample cannot be reproduced without reimplementing its
// generator and seeding, so the pivots are not networkx's pivots for the
// same seed; they are a uniform sample without replacement (partial
// Fisher-Yates), which is what networkx's estimator assumes.
std::vector<uint32_t> betweenness_pivots(size_t node_count, size_t sample, uint64_t seed) {
  std::vector<uint32_t> nodes(node_count);
  std::iota(nodes.begin(), nodes.end(), 0u);
  if (sample >= node_count) return nodes;
  std::mt19937_64 random(seed);
  for (size_t i = 0; i < sample; ++i) {
    size_t j = i + uniform_below(node_count - i, random);
    std::swap(nodes[i], nodes[j]);
  }
  nodes.resize(sample);
  std::sort(nodes.begin(), nodes.end());
  return nodes;
}

}  // namespace newsgraph::analyse
