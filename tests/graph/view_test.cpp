// make_view: the meetings and countries views, and the filters.
#include <catch2/catch.hpp>

#include "graph/graph.h"

using namespace newsgraph;

namespace {

void add_node(GraphBuilder& b, const std::string& id, NodeType type, const std::string& country = "") {
  Entity e;
  e.id = id;
  e.type = type;
  e.canonical = id.substr(id.find(':') + 1);
  e.documents = {"d1"};
  e.mentions = 1;
  b.add_entity(e);
  if (!country.empty()) {
    Relation r;
    r.source = id, r.target = country, r.type = "affiliated_with";
    b.add_relation(r);
  }
}

void add_meeting(GraphBuilder& b, const std::string& id, const std::string& date, const std::string& status,
                 std::vector<std::string> who) {
  Entity e;
  e.id = id;
  e.type = NodeType::kEvent;
  e.kind = "meeting";
  e.date = date;
  e.status = status;
  e.documents = {"d1"};
  b.add_entity(e);
  for (const auto& p : who) {
    Relation r;
    r.source = p, r.target = id, r.type = "participant";
    b.add_relation(r);
  }
}

// Kerry met Lavrov twice, Lavrov and Tillerson once; Kerry will meet Putin.
KnowledgeGraph sample() {
  GraphBuilder b;
  add_node(b, "country:russia", NodeType::kCountry);
  add_node(b, "country:united_states", NodeType::kCountry);
  add_node(b, "person:kerry", NodeType::kPerson, "country:united_states");
  add_node(b, "person:lavrov", NodeType::kPerson, "country:russia");
  add_node(b, "person:tillerson", NodeType::kPerson, "country:united_states");
  add_node(b, "person:putin", NodeType::kPerson, "country:russia");
  add_meeting(b, "event:m1", "2015-05-12", "occurred", {"person:kerry", "person:lavrov"});
  add_meeting(b, "event:m2", "2016-03-24", "occurred", {"person:kerry", "person:lavrov"});
  add_meeting(b, "event:m3", "2017-05-10", "occurred", {"person:lavrov", "person:tillerson"});
  add_meeting(b, "event:m4", "2016-03", "planned", {"person:kerry", "person:putin"});
  return b.build();
}

std::optional<Relation> find_edge(const KnowledgeGraph& g, const std::string& s, const std::string& t) {
  for (KnowledgeGraph::EdgeIndex e = 0; e < g.edge_count(); ++e)
    if (Relation r = g.edge(e); r.source == s && r.target == t) return r;
  return std::nullopt;
}

}  // namespace

TEST_CASE("meetings view: one met_with edge per pair, weight = distinct meetings") {
  ViewOptions o;
  o.view = "meetings";
  auto v = make_view(sample(), o);
  REQUIRE(v.ok());
  const KnowledgeGraph& g = v.value();
  CHECK(g.node_count() == 3);  // Putin only has a planned meeting
  REQUIRE(g.edge_count() == 2);
  const std::optional<Relation> kl = find_edge(g, "person:kerry", "person:lavrov");
  REQUIRE(kl);
  CHECK(kl->type == "met_with");
  CHECK(kl->weight == 2);
  CHECK(std::get<std::vector<std::string>>(kl->attributes.at("dates")) ==
        std::vector<std::string>{"2015-05-12", "2016-03-24"});
  CHECK(find_edge(g, "person:lavrov", "person:tillerson")->weight == 1);
}

TEST_CASE("meetings view with a date range") {
  ViewOptions o;
  o.view = "meetings";
  o.from = "2016";
  o.to = "2016-12-31";
  auto v = make_view(sample(), o);
  REQUIRE(v.ok());
  REQUIRE(v.value().edge_count() == 1);
  CHECK(v.value().edge(0).weight == 1);
}

TEST_CASE("countries view aggregates people's meetings") {
  ViewOptions o;
  o.view = "countries";
  auto v = make_view(sample(), o);
  REQUIRE(v.ok());
  const KnowledgeGraph& g = v.value();
  CHECK(g.node_count() == 2);
  REQUIRE(g.edge_count() == 1);
  CHECK(g.edge(0).source == "country:russia");
  CHECK(g.edge(0).target == "country:united_states");
  CHECK(g.edge(0).weight == 3);
}

TEST_CASE("full view filters by type and weight") {
  ViewOptions o;
  o.types = {NodeType::kPerson, NodeType::kCountry};
  auto v = make_view(sample(), o);
  REQUIRE(v.ok());
  CHECK(v.value().node_count() == 6);
  CHECK(v.value().edge_count() == 4);  // the affiliations
  o.min_weight = 2;
  CHECK(make_view(sample(), o).value().edge_count() == 0);
}

TEST_CASE("bad view options are bad usage") {
  struct Case {
    std::string view, from;
  };
  for (const Case& c : {Case{"people", ""}, Case{"full", "2016-13-01"}, Case{"full", "March 2016"}}) {
    ViewOptions o;
    o.view = c.view;
    o.from = c.from;
    auto v = make_view(sample(), o);
    REQUIRE_FALSE(v.ok());
    CHECK(v.status().code() == Status::Code::kBadUsage);
  }
}

TEST_CASE("is_iso_date accepts the three precisions only") {
  for (const char* d : {"2016", "2016-03", "2016-03-24"}) CHECK(is_iso_date(d));
  for (const char* d : {"", "16", "2016-3", "2016-00", "2016-03-32", "2016/03/24", "2016-03-24T00"}) CHECK_FALSE(is_iso_date(d));
}
