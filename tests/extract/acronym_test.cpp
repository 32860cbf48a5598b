// Bodies defined with their acronym (extract/acronym_extractor.cpp), from
// sentences written for the test.
#include <catch2/catch.hpp>

#include "tests/extract/extract_fixture.h"

using namespace newsgraph;
using namespace newsgraph::extract::testing;

TEST_CASE("a body defined with its acronym is the body wherever the acronym stands") {
  DocumentFacts f = facts(
      "The chair of the Quellan Engineering Task Force (QETF), Brian Carpenter, spoke. Later QETF said so. "
      "The Organisation for Varrow Co-operation and Tallion (OVCT) agreed, and OVCT will meet.");
  CHECK(ids(f, NodeType::kOrganization) ==
        std::set<std::string>{"organization:quellan_engineering_task_force",
                              "organization:organisation_for_varrow_co_operation_and_tallion"});
  const Entity* force = entity(f, "organization:quellan_engineering_task_force");
  REQUIRE(force);
  CHECK(force->names.count("QETF") == 1);
  CHECK(force->mentions == 3);
  CHECK(ids(f, NodeType::kPerson) == std::set<std::string>{"person:brian_carpenter"});
  // A known acronym takes the name before it as another of its names.
  DocumentFacts g = facts("The quota set by the Organisation of Petroleum Exporting Countries (OPEC) holds.");
  CHECK(ids(g, NodeType::kOrganization) == std::set<std::string>{"organization:opec"});
  // Both known: the definition says which body the acronym is here.
  DocumentFacts h = facts("The European Community (EC) said so. Later EC ministers met.");
  CHECK(ids(h, NodeType::kOrganization) == std::set<std::string>{"organization:european_community"});
  // Initials that do not spell it, a concept, a title: no body.
  check_ids(NodeType::kOrganization, {
      {"The Quellan Engineering Task Force (XYZ) met.", {}},
      {"Value Added Tax (VAT) rose.", {}},
      {"The Chief Executive Officer (CEO) left.", {}},
  });
}
