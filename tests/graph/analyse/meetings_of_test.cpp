#include <catch2/catch.hpp>

#include "graph/analyse/analyse.h"

using namespace newsgraph;
using namespace newsgraph::analyse;

namespace {

void add(GraphBuilder& b, std::string id, NodeType type, std::string kind = "", std::string date = "",
         std::string place = "") {
  Entity e;
  e.id = std::move(id);
  e.type = type;
  e.kind = std::move(kind);
  e.date = std::move(date);
  e.place = std::move(place);
  b.add_entity(std::move(e));
}

void link(GraphBuilder& b, std::string source, std::string target, std::string type) {
  Relation r;
  r.source = std::move(source);
  r.target = std::move(target);
  r.type = std::move(type);
  b.add_relation(std::move(r));
}

}  // namespace

TEST_CASE("meetings_of: a node's meetings and calls by date, with the others and the place") {
  GraphBuilder b;
  add(b, "person:a", NodeType::kPerson);
  add(b, "person:b", NodeType::kPerson);
  add(b, "person:c", NodeType::kPerson);
  add(b, "place:oslo", NodeType::kPlace);
  add(b, "event:m1", NodeType::kEvent, "meeting", "2020-05-01", "place:oslo");
  add(b, "event:m2", NodeType::kEvent, "phone_call", "2020-03");
  add(b, "event:m3", NodeType::kEvent, "meeting", "", "place:nowhere");  // undated; place not a node
  add(b, "event:m0", NodeType::kEvent, "meeting", "2020-05-01");        // same date as m1: by id
  add(b, "event:summit", NodeType::kEvent, "summit", "2019");           // not a meeting
  link(b, "person:a", "event:m1", "participant");
  link(b, "person:b", "event:m1", "participant");
  link(b, "person:c", "event:m1", "participant");
  link(b, "event:m2", "person:a", "participant");  // the other direction counts too
  link(b, "person:c", "event:m2", "participant");
  link(b, "person:a", "event:m3", "participant");
  link(b, "person:a", "event:m0", "participant");
  link(b, "person:b", "event:m0", "participant");
  link(b, "person:a", "event:summit", "participant");
  link(b, "person:b", "event:m3", "discussed");  // not a participant
  KnowledgeGraph g = b.build();

  auto id = [&](KnowledgeGraph::NodeIndex v) { return g.node_id(v); };
  std::vector<Meeting> meetings = meetings_of(g, *g.find("person:a"));
  REQUIRE(meetings.size() == 4);
  struct Expected {
    std::string event;
    std::vector<std::string> others;
    std::string place;  // "" for none
  };
  const Expected expected[] = {
      {"event:m2", {"person:c"}, ""},
      {"event:m0", {"person:b"}, ""},
      {"event:m1", {"person:b", "person:c"}, "place:oslo"},
      {"event:m3", {}, ""},
  };
  for (size_t i = 0; i < meetings.size(); ++i) {
    INFO(i);
    CHECK(id(meetings[i].event) == expected[i].event);
    std::vector<std::string> others;
    for (auto v : meetings[i].others) others.push_back(id(v));
    CHECK(others == expected[i].others);
    CHECK((meetings[i].place ? id(*meetings[i].place) : std::string()) == expected[i].place);
    REQUIRE(meetings[i].links.size() == 1);
    const KnowledgeGraph::EdgeIndex e = meetings[i].links.front();
    CHECK(g.edge(e).type == "participant");
    CHECK((g.source(e) == *g.find("person:a") || g.target(e) == *g.find("person:a")));
  }
  CHECK(meetings_of(g, *g.find("place:oslo")).empty());
}
