#include <catch2/catch.hpp>

#include "graph/analyse/analyse.h"

using namespace newsgraph;
using namespace newsgraph::analyse;

namespace {

Entity entity(std::string id, NodeType type, std::map<std::string, uint64_t> names, std::string canonical = "") {
  Entity e;
  e.id = std::move(id);
  e.type = type;
  e.names = std::move(names);
  e.canonical = std::move(canonical);
  return e;
}

// Labels: Anna Berg, Erik Berg, Berg (an organization), Åse Ødegård,
// Straße Nord, Norway.
KnowledgeGraph people() {
  GraphBuilder b;
  b.add_entity(entity("person:anna_berg", NodeType::kPerson, {{"Anna Berg", 3}, {"Berg", 2}, {"Mrs Berg", 1}}));
  b.add_entity(entity("person:erik_berg", NodeType::kPerson, {{"Erik Berg", 1}, {"Berg", 1}}));
  b.add_entity(entity("organization:berg", NodeType::kOrganization, {{"Berg", 4}}));
  b.add_entity(entity("person:ase_odegard", NodeType::kPerson, {{"Åse Ødegård", 1}, {"Ødegård", 1}}));
  b.add_entity(entity("place:strasse_nord", NodeType::kPlace, {{"Straße Nord", 1}}));
  b.add_entity(entity("country:no", NodeType::kCountry, {{"Norway", 1}, {"Norge", 1}}, "Norway"));
  b.add_entity(entity("person:mrs_berg", NodeType::kPerson, {{"Mrs Berg", 1}}));  // a label that is another's alias
  return b.build();
}

std::vector<std::string> ids(const KnowledgeGraph& g, const std::vector<KnowledgeGraph::NodeIndex>& nodes) {
  std::vector<std::string> out;
  for (auto v : nodes) out.push_back(g.node_id(v));
  return out;
}

}  // namespace

TEST_CASE("find_nodes: id, then label, then alias, case-insensitively") {
  KnowledgeGraph g = people();
  struct Case {
    const char* name;
    std::vector<std::string> found;
  };
  const Case cases[] = {
      {"person:anna_berg", {"person:anna_berg"}},
      {"PERSON:Anna_Berg", {"person:anna_berg"}},
      {"anna berg", {"person:anna_berg"}},
      {"ANNA BERG", {"person:anna_berg"}},
      {"Berg", {"organization:berg"}},        // a label beats the aliases of two people
      {"mrs berg", {"person:mrs_berg"}},      // a label beats another node's alias
      {"norge", {"country:no"}},              // an alias
      {"NORWAY", {"country:no"}},             // the canonical label
      {"åse ødegård", {"person:ase_odegard"}},  // Unicode case folding
      {"ÅSE ØDEGÅRD", {"person:ase_odegard"}},
      {"ødegård", {"person:ase_odegard"}},
      {"STRASSE NORD", {"place:strasse_nord"}},  // full folding: ß is ss
      {"Sweden", {}},
      {"", {}},
      {"Anna", {}},  // names match whole, not in part
  };
  for (const auto& c : cases) {
    INFO(c.name);
    CHECK(ids(g, find_nodes(g, c.name)) == c.found);
  }
}

TEST_CASE("find_nodes lists every node of an ambiguous alias, in node order") {
  GraphBuilder b;
  b.add_entity(entity("person:anna_berg", NodeType::kPerson, {{"Anna Berg", 3}, {"Berg", 2}}));
  b.add_entity(entity("person:erik_berg", NodeType::kPerson, {{"Erik Berg", 1}, {"Berg", 1}}));
  KnowledgeGraph g = b.build();
  CHECK(ids(g, find_nodes(g, "berg")) == std::vector<std::string>{"person:anna_berg", "person:erik_berg"});
}

TEST_CASE("find_node explains unknown and ambiguous names") {
  GraphBuilder b;
  b.add_entity(entity("person:anna_berg", NodeType::kPerson, {{"Anna Berg", 3}, {"Berg", 2}}));
  b.add_entity(entity("person:erik_berg", NodeType::kPerson, {{"Erik Berg", 1}, {"Berg", 1}}));
  KnowledgeGraph g = b.build();

  Result<KnowledgeGraph::NodeIndex> one = find_node(g, "erik berg");
  REQUIRE(one.ok());
  CHECK(g.node_id(one.value()) == "person:erik_berg");

  Result<KnowledgeGraph::NodeIndex> ambiguous = find_node(g, "Berg");
  REQUIRE_FALSE(ambiguous.ok());
  CHECK(ambiguous.status().code() == Status::Code::kBadInput);
  CHECK(ambiguous.status().message() ==
        "'Berg' is ambiguous: it names 2 nodes; name one by its id:\n"
        "  person:anna_berg  Anna Berg (person)\n"
        "  person:erik_berg  Erik Berg (person)");

  Result<KnowledgeGraph::NodeIndex> unknown = find_node(g, "Carl");
  REQUIRE_FALSE(unknown.ok());
  CHECK(unknown.status().code() == Status::Code::kBadInput);
  CHECK(unknown.status().message() == "no node is named 'Carl' (by label, alias or id)");
}
