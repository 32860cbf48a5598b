// Test support for graph/analyse: KnowledgeGraphs built with GraphBuilder
// from edge lists written for the tests, and random ones from fixed seeds.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "graph/graph.h"

namespace newsgraph::analyse::testing {

// A relation between node indices. Relations with equal (source, target,
// type, date) merge in GraphBuilder (weights add); vary type or date to get
// parallel edges.
struct EdgeSpec {
  uint32_t source, target;
  uint64_t weight = 1;
  std::string type = "related";
  std::string date = "";
};

// "entity:n0007": ids whose byte order is their numeric order, so node i of
// the graph is the i-th node named here.
std::string node_id(uint32_t index);

// `nodes` nodes of type entity, node_id(0) .. node_id(nodes - 1), and the edges.
KnowledgeGraph make_graph(size_t nodes, const std::vector<EdgeSpec>& edges);

struct RandomGraphSpec {
  size_t nodes = 300;
  size_t edges = 700;     // relations drawn (merged ones count once)
  uint64_t max_weight = 5;  // weights uniform in [1, max_weight]
  unsigned self_loops_per_100 = 2;
  unsigned parallel_per_100 = 10;  // a second relation on the same pair (either direction)
};

// A random multigraph from `seed`: edges between uniformly drawn nodes, some
// self-loops and parallel or opposite relations; nodes left out of every
// edge stay isolated. Deterministic for a given spec and seed.
KnowledgeGraph random_graph(const RandomGraphSpec& spec, uint32_t seed);

}  // namespace newsgraph::analyse::testing

namespace newsgraph::analyse::testing {

// The cases every measure is compared with networkx on.
struct NamedGraph {
  std::string name;
  KnowledgeGraph graph;
};

// empty, one node, one node with a self-loop, two nodes, a path, a star,
// two triangles and a path with isolated nodes (disconnected), self-loops,
// parallel and opposite relations with weights, and random graphs of 300
// nodes (connected-ish, and sparse with many components), all weighted.
const std::vector<NamedGraph>& reference_graphs();
// One of them by name; throws for an unknown name.
const KnowledgeGraph& reference_graph(const std::string& name);

}  // namespace newsgraph::analyse::testing
