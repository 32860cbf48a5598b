#include "test_graphs.h"

#include <cstdio>
#include <random>
#include <stdexcept>

namespace newsgraph::analyse::testing {

std::string node_id(uint32_t index) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "entity:n%04u", index);
  return buffer;
}

KnowledgeGraph make_graph(size_t nodes, const std::vector<EdgeSpec>& edges) {
  GraphBuilder builder;
  for (uint32_t i = 0; i < nodes; ++i) {
    Entity entity;
    entity.id = node_id(i);
    builder.add_entity(entity);
  }
  for (const auto& spec : edges) {
    Relation relation;
    relation.source = node_id(spec.source);
    relation.target = node_id(spec.target);
    relation.type = spec.type;
    relation.date = spec.date;
    relation.weight = spec.weight;
    builder.add_relation(relation);
  }
  return builder.build();
}

KnowledgeGraph random_graph(const RandomGraphSpec& spec, uint32_t seed) {
  // Raw mt19937 output with modulo: the standard fixes mt19937's sequence,
  // not the distributions', and a slight bias does not matter here.
  std::mt19937 random(seed);
  auto below = [&](uint64_t bound) { return static_cast<uint32_t>(random() % bound); };
  std::vector<EdgeSpec> edges;
  for (size_t i = 0; i < spec.edges; ++i) {
    uint32_t s = below(spec.nodes), t = below(spec.nodes);
    if (below(100) < spec.self_loops_per_100) t = s;
    else if (s == t) t = (s + 1) % static_cast<uint32_t>(spec.nodes);
    uint64_t w = 1 + below(spec.max_weight);
    edges.push_back({s, t, w});
    if (below(100) < spec.parallel_per_100) {
      bool opposite = below(2) == 1;
      edges.push_back({opposite ? t : s, opposite ? s : t, 1 + below(spec.max_weight), "other", "2020-01-02"});
    }
  }
  return make_graph(spec.nodes, edges);
}

}  // namespace newsgraph::analyse::testing

namespace newsgraph::analyse::testing {

const std::vector<NamedGraph>& reference_graphs() {
  static const std::vector<NamedGraph> graphs = [] {
    std::vector<NamedGraph> g;
    g.push_back({"empty", make_graph(0, {})});
    g.push_back({"one node", make_graph(1, {})});
    g.push_back({"one node with a self-loop", make_graph(1, {{0, 0, 3}})});
    g.push_back({"two nodes", make_graph(2, {{0, 1, 2}})});
    g.push_back({"path of 5", make_graph(5, {{0, 1}, {1, 2, 2}, {2, 3}, {3, 4, 3}})});
    g.push_back({"star of 6", make_graph(6, {{0, 1}, {0, 2}, {3, 0}, {0, 4}, {5, 0, 4}})});
    g.push_back({"disconnected with isolated nodes",
                 make_graph(12, {{0, 1}, {1, 2, 2}, {2, 0}, {3, 4, 5}, {4, 5}, {5, 3}, {6, 7}, {7, 8, 2}, {8, 9}})});
    g.push_back({"self-loops", make_graph(6, {{0, 0, 2}, {0, 1}, {1, 2, 3}, {2, 2}, {2, 3}, {3, 4}, {4, 1, 2}, {5, 5}})});
    g.push_back({"parallel and opposite relations",
                 make_graph(6, {{0, 1, 1, "a"},
                                {0, 1, 2, "b"},
                                {1, 0, 4, "a"},
                                {1, 2, 1, "a", "2020-01-01"},
                                {1, 2, 1, "a", "2020-01-02"},
                                {2, 3, 5},
                                {3, 2, 1},
                                {3, 4},
                                {4, 5, 2},
                                {5, 0, 1},
                                {0, 3, 7}})});
    g.push_back({"random 300 (seed 1)", random_graph({}, 1)});
    g.push_back({"random 300 (seed 2)", random_graph({}, 2)});
    RandomGraphSpec sparse;
    sparse.edges = 220;
    g.push_back({"random sparse 300 (seed 3)", random_graph(sparse, 3)});
    return g;
  }();
  return graphs;
}

const KnowledgeGraph& reference_graph(const std::string& name) {
  for (const auto& named : reference_graphs())
    if (named.name == name) return named.graph;
  throw std::invalid_argument("no reference graph named " + name);
}

}  // namespace newsgraph::analyse::testing
