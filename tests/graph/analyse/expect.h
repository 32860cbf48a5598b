// Test support for graph/analyse: comparing scores with networkx's.
#pragma once

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

#include "networkx_reference.h"

namespace newsgraph::analyse::testing {

// networkx's tolerances of the brief: 1e-9 for exact measures, 1e-6 for the
// power iterations (their stopping rule leaves errors of that order).
inline constexpr double kExact = 1e-9;
inline constexpr double kIterative = 1e-6;

// Each score within `tolerance` of networkx's (relative above 1).
inline void require_close(const std::vector<double>& ours, const NetworkxAnswer& theirs, double tolerance) {
  INFO("networkx error: " << theirs.error);
  REQUIRE(theirs.ok());
  REQUIRE(ours.size() == theirs.values.size());
  for (size_t v = 0; v < ours.size(); ++v) {
    INFO("node " << v << ": ours " << ours[v] << ", networkx " << theirs.values[v]);
    CHECK(std::abs(ours[v] - theirs.values[v]) <= tolerance * std::max(1.0, std::abs(theirs.values[v])));
  }
}

// Each score within `tolerance` of a value known by hand.
inline void require_close(const std::vector<double>& ours, const std::vector<double>& expected, double tolerance) {
  REQUIRE(ours.size() == expected.size());
  for (size_t v = 0; v < ours.size(); ++v) {
    INFO("node " << v << ": ours " << ours[v] << ", expected " << expected[v]);
    CHECK(std::abs(ours[v] - expected[v]) <= tolerance);
  }
}

// The same doubles to the bit.
inline bool same_bits(const std::vector<double>& a, const std::vector<double>& b) {
  return a.size() == b.size() && (a.empty() || std::memcmp(a.data(), b.data(), a.size() * sizeof(double)) == 0);
}

}  // namespace newsgraph::analyse::testing
