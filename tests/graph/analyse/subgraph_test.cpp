#include <catch2/catch.hpp>

#include "graph/analyse/analyse.h"
#include "test_graphs.h"

using namespace newsgraph;
using namespace newsgraph::analyse;
using namespace newsgraph::analyse::testing;

namespace {

KnowledgeGraph with_documents() {
  GraphBuilder b;
  for (const char* d : {"d1", "d2", "d3"}) b.add_document({d, std::string("title ") + d, "2020-01-01", "", ""});
  for (uint32_t i = 0; i < 4; ++i) {
    Entity e;
    e.id = node_id(i);
    e.names = {{"Node " + std::to_string(i), 1}};
    if (i == 0) e.documents = {"d1"};
    b.add_entity(e);
  }
  auto relation = [](uint32_t s, uint32_t t, std::string type, std::string doc) {
    Relation r;
    r.source = node_id(s);
    r.target = node_id(t);
    r.type = std::move(type);
    r.documents = {std::move(doc)};
    return r;
  };
  b.add_relation(relation(0, 1, "a", "d2"));
  b.add_relation(relation(1, 0, "b", "d3"));
  b.add_relation(relation(1, 2, "a", "d3"));
  b.add_relation(relation(2, 2, "loop", "d1"));
  b.add_relation(relation(2, 3, "a", "d1"));
  b.set_attribute("origin", std::string("test"));
  return b.build();
}

}  // namespace

TEST_CASE("relations_between: both directions in edge order, self-loops for a == b") {
  KnowledgeGraph g = with_documents();
  // Edges in key order: 0->1 a (0), 1->0 b (1), 1->2 a (2), 2->2 loop (3), 2->3 a (4).
  CHECK(relations_between(g, 0, 1) == std::vector<KnowledgeGraph::EdgeIndex>{0, 1});
  CHECK(relations_between(g, 1, 0) == std::vector<KnowledgeGraph::EdgeIndex>{0, 1});
  CHECK(relations_between(g, 2, 2) == std::vector<KnowledgeGraph::EdgeIndex>{3});
  CHECK(relations_between(g, 0, 3).empty());
}

TEST_CASE("subgraph keeps the nodes, the edges among them and the documents they cite") {
  KnowledgeGraph g = with_documents();
  KnowledgeGraph sub = subgraph(g, {1, 0, 1}, {1, 2, 0}, {{"path", std::vector<std::string>{"x", "y"}}});
  REQUIRE(sub.node_count() == 2);
  CHECK(sub.node_id(0) == node_id(0));
  CHECK(sub.node_label(0) == "Node 0");
  CHECK(sub.node_id(1) == node_id(1));
  REQUIRE(sub.edge_count() == 2);  // 1->2 has an end outside
  CHECK(sub.edge(0).type == "a");
  CHECK(sub.edge(1).type == "b");
  std::vector<std::string> documents;
  for (const auto& d : sub.documents()) documents.push_back(d.id);
  CHECK(documents == std::vector<std::string>{"d1", "d2", "d3"});  // node 0 cites d1
  CHECK(sub.attributes() == Attributes{{"path", std::vector<std::string>{"x", "y"}}});

  KnowledgeGraph alone = subgraph(g, {3}, {});
  CHECK(alone.node_count() == 1);
  CHECK(alone.edge_count() == 0);
  CHECK(alone.documents().empty());
  CHECK(alone.attributes().empty());
}

TEST_CASE("with_node_attribute sets one integer per node and keeps the rest") {
  KnowledgeGraph g = with_documents();
  KnowledgeGraph once = with_node_attribute(g, "community", {3, 2, 1, 0});
  KnowledgeGraph twice = with_node_attribute(once, "community", {0, 1, 2, 3});
  REQUIRE(twice.node_count() == g.node_count());
  for (KnowledgeGraph::NodeIndex v = 0; v < g.node_count(); ++v) {
    INFO(v);
    CHECK(once.node(v).attributes.at("community") == Value(int64_t{3 - v}));
    CHECK(twice.node(v).attributes.at("community") == Value(int64_t{v}));  // replaced, not merged
    CHECK(twice.node_label(v) == g.node_label(v));
    CHECK(twice.node(v).documents == g.node(v).documents);
  }
  CHECK(twice.edge_count() == g.edge_count());
  CHECK(twice.documents() == g.documents());
  CHECK(twice.attributes() == g.attributes());
}
