#include <catch2/catch.hpp>

#include "graph/analyse/analyse.h"

using namespace newsgraph;
using namespace newsgraph::analyse;

namespace {

// Nodes a:0 .. e:4 in id order, with types.
KnowledgeGraph typed_graph() {
  GraphBuilder builder;
  const std::pair<const char*, NodeType> nodes[] = {{"country:a", NodeType::kCountry},
                                                     {"person:b", NodeType::kPerson},
                                                     {"person:c", NodeType::kPerson},
                                                     {"person:d", NodeType::kPerson},
                                                     {"place:e", NodeType::kPlace}};
  for (const auto& [id, type] : nodes) {
    Entity e;
    e.id = id;
    e.type = type;
    builder.add_entity(e);
  }
  return builder.build();
}

std::vector<std::pair<uint32_t, double>> rows(const std::vector<Ranked>& ranked) {
  std::vector<std::pair<uint32_t, double>> out;
  for (const auto& r : ranked) out.emplace_back(r.node, r.score);
  return out;
}

}  // namespace

TEST_CASE("rank orders by score, ties by id, cut at top, filtered by type") {
  KnowledgeGraph g = typed_graph();
  const std::vector<double> scores = {0.5, 0.25, 0.5, 1.0, 0.25};
  using Rows = std::vector<std::pair<uint32_t, double>>;
  struct Case {
    const char* name;
    size_t top;
    std::set<NodeType> keep;
    Rows expected;
  };
  Case cases[] = {
      {"all", 0, {}, {{3, 1.0}, {0, 0.5}, {2, 0.5}, {1, 0.25}, {4, 0.25}}},
      {"top 3", 3, {}, {{3, 1.0}, {0, 0.5}, {2, 0.5}}},
      {"top larger than the graph", 9, {}, {{3, 1.0}, {0, 0.5}, {2, 0.5}, {1, 0.25}, {4, 0.25}}},
      {"people", 0, {NodeType::kPerson}, {{3, 1.0}, {2, 0.5}, {1, 0.25}}},
      {"people and places, top 2", 2, {NodeType::kPerson, NodeType::kPlace}, {{3, 1.0}, {2, 0.5}}},
      {"a type that is absent", 0, {NodeType::kEvent}, {}},
  };
  for (const auto& c : cases) {
    INFO(c.name);
    CHECK(rows(rank(g, scores, c.top, c.keep)) == c.expected);
  }
}

TEST_CASE("rank leaves out nodes without a score") {
  KnowledgeGraph g = typed_graph();
  CHECK(rows(rank(g, {0.1, 0.2}, 0)) == std::vector<std::pair<uint32_t, double>>{{1, 0.2}, {0, 0.1}});
  CHECK(rank(g, {}, 0).empty());
}
