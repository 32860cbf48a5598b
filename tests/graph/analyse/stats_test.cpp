#include <catch2/catch.hpp>

#include "expect.h"
#include "graph/analyse/analyse.h"
#include "test_graphs.h"

using namespace newsgraph;
using namespace newsgraph::analyse;
using namespace newsgraph::analyse::testing;

namespace {

Entity entity(std::string id, NodeType type, uint64_t mentions, std::string date = "") {
  Entity e;
  e.id = std::move(id);
  e.type = type;
  e.mentions = mentions;
  e.date = std::move(date);
  return e;
}

Relation relation(std::string source, std::string target, std::string type) {
  Relation r;
  r.source = std::move(source);
  r.target = std::move(target);
  r.type = std::move(type);
  return r;
}

// Twelve nodes: people p01..p08 (mentions 8, 3, 3, 5, 1, 2, 9, 3), two
// countries, two events; one component of 7 (p01-p02-p03-p04 via events and
// countries), a pair, and isolated nodes.
KnowledgeGraph sample_graph() {
  GraphBuilder b;
  const uint64_t mentions[] = {8, 3, 3, 5, 1, 2, 9, 3};
  for (int i = 0; i < 8; ++i) b.add_entity(entity("person:p0" + std::to_string(i + 1), NodeType::kPerson, mentions[i]));
  b.add_entity(entity("country:fr", NodeType::kCountry, 4));
  b.add_entity(entity("country:ru", NodeType::kCountry, 3));
  b.add_entity(entity("event:e1", NodeType::kEvent, 0, "2016-03-24"));
  b.add_entity(entity("event:e2", NodeType::kEvent, 0, "2015-11"));
  b.add_entity(entity("event:e3", NodeType::kEvent, 0, "not a date"));
  b.add_relation(relation("person:p01", "event:e1", "participant"));
  b.add_relation(relation("person:p02", "event:e1", "participant"));
  b.add_relation(relation("person:p03", "event:e2", "participant"));
  b.add_relation(relation("person:p01", "country:fr", "affiliated_with"));
  b.add_relation(relation("person:p03", "country:fr", "affiliated_with"));
  b.add_relation(relation("person:p04", "country:ru", "affiliated_with"));
  b.add_relation(relation("country:ru", "person:p04", "affiliated_with"));  // opposite direction: one simple edge
  b.add_relation(relation("person:p04", "event:e2", "participant"));
  b.add_relation(relation("person:p05", "person:p06", "met_with"));
  b.add_relation(relation("person:p07", "person:p07", "met_with"));  // a self-loop
  b.add_document({"d1", "", "2016-03-25", "", ""});
  b.add_document({"d2", "", "", "", ""});
  b.add_document({"d3", "", "2015-12", "", ""});
  b.add_document({"d4", "", "yesterday", "", ""});
  return b.build();
}

}  // namespace

TEST_CASE("compute_stats of a graph written for the test") {
  KnowledgeGraph g = sample_graph();
  // Node order (by id): country:fr 0, country:ru 1, event:e1 2, event:e2 3,
  // event:e3 4, person:p01 5 .. person:p08 12.
  GraphStats stats = compute_stats(g);
  CHECK(stats.nodes == 13);
  CHECK(stats.edges == 10);
  CHECK(stats.simple_edges == 9);
  CHECK(stats.nodes_by_type ==
        std::map<NodeType, size_t>{{NodeType::kPerson, 8}, {NodeType::kCountry, 2}, {NodeType::kEvent, 3}});
  CHECK(stats.edges_by_type == std::map<std::string, size_t>{{"affiliated_with", 4}, {"met_with", 2}, {"participant", 4}});
  // {p01, p02, p03, p04, fr, ru, e1, e2} has 8 nodes; {p05, p06}; p07, p08, e3 alone.
  CHECK(stats.components == 5);
  CHECK(stats.largest_component == 8);
  CHECK(stats.density == 2.0 * 9 / (13 * 12));
  // Degrees: fr 2, ru 1, e1 2, e2 2, e3 0, p01 2, p02 1, p03 2, p04 2, p05 1,
  // p06 1, p07 2 (self-loop), p08 0.
  CHECK(stats.degree.min == 0);
  CHECK(stats.degree.max == 2);
  CHECK(stats.degree.mean == 18.0 / 13);
  CHECK(stats.degree.median == 2);
  std::vector<std::pair<uint32_t, uint64_t>> mentioned;
  for (const auto& m : stats.most_mentioned) mentioned.emplace_back(m.node, m.mentions);
  // p07 9, p01 8, p04 5, fr 4, then the 3s by id: ru, p02, p03, p08; p06 2, p05 1.
  CHECK(mentioned == std::vector<std::pair<uint32_t, uint64_t>>{
                         {11, 9}, {5, 8}, {8, 5}, {0, 4}, {1, 3}, {6, 3}, {7, 3}, {12, 3}, {10, 2}, {9, 1}});
  CHECK(stats.document_dates.first == "2015-12");
  CHECK(stats.document_dates.last == "2016-03-25");
  CHECK(stats.event_dates.first == "2015-11");
  CHECK(stats.event_dates.last == "2016-03-24");
}

TEST_CASE("compute_stats keeps only the top ten mentioned") {
  std::vector<EdgeSpec> none;
  GraphBuilder b;
  for (int i = 0; i < 14; ++i) {
    Entity e;
    e.id = node_id(static_cast<uint32_t>(i));
    e.mentions = 1 + static_cast<uint64_t>(i % 3);  // 1, 2, 3, 1, 2, 3, ...
    b.add_entity(e);
  }
  GraphStats stats = compute_stats(b.build());
  std::vector<uint32_t> nodes;
  for (const auto& m : stats.most_mentioned) nodes.push_back(m.node);
  CHECK(nodes == std::vector<uint32_t>{2, 5, 8, 11, 1, 4, 7, 10, 13, 0});
}

TEST_CASE("compute_stats of an empty graph is all zero") {
  GraphStats stats = compute_stats(make_graph(0, {}));
  CHECK(stats.nodes == 0);
  CHECK(stats.edges == 0);
  CHECK(stats.components == 0);
  CHECK(stats.largest_component == 0);
  CHECK(stats.density == 0);
  CHECK(stats.degree.max == 0);
  CHECK(stats.degree.mean == 0);
  CHECK(stats.nodes_by_type.empty());
  CHECK(stats.most_mentioned.empty());
  CHECK(stats.document_dates.first.empty());
  CHECK(stats.event_dates.last.empty());
}

TEST_CASE("compute_stats agrees with networkx on components, density and degrees") {
  for (const auto& [name, graph] : reference_graphs()) {
    INFO(name);
    GraphStats stats = compute_stats(graph);
    auto answers = networkx_each(graph, {"[nx.density(G), G.number_of_edges()]",
                                    "[nx.number_connected_components(G), max((len(c) for c in nx.connected_components(G)), default=0)]",
                                    "(lambda d: [min(d, default=0), max(d, default=0), __import__('statistics').mean(d) if d else 0, "
                                    "__import__('statistics').median(d) if d else 0])([k for _, k in G.degree()])"});
    require_close({stats.density, static_cast<double>(stats.simple_edges)}, answers[0], kExact);
    require_close({static_cast<double>(stats.components), static_cast<double>(stats.largest_component)}, answers[1], 0);
    require_close({static_cast<double>(stats.degree.min), static_cast<double>(stats.degree.max), stats.degree.mean,
                   stats.degree.median},
                  answers[2], kExact);
  }
}
