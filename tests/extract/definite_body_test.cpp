// A country's bodies named by their kind alone, from sentences written for
// the test. Each text names its country first, twice, so that it leads.
#include <catch2/catch.hpp>

#include "tests/extract/extract_fixture.h"

using namespace newsgraph;
using namespace newsgraph::extract::testing;

namespace {
const std::string kKenya = "Kenya raised fuel taxes. Kenya expects growth. ";
}

TEST_CASE("a body named by its kind is the body of the country the article is about") {
  check_ids(NodeType::kOrganization, {
      {kKenya + "The minister told parliament the budget was tight.", {"organization:kenya_parliament"}},
      {kKenya + "The cabinet approved the plan on Monday.", {"organization:kenya_cabinet"}},
      {kKenya + "The Cabinet met.", {"organization:kenya_cabinet"}},
      {kKenya + "Central bank officials said rates would rise.", {"organization:kenya_central_bank"}},
      {kKenya + "A finance ministry spokesman said so.", {"organization:kenya_finance_ministry"}},
      {kKenya + "Talks with the state government broke down.", {"organization:kenya_state_government"}},
      // The national government is the country's government.
      {kKenya + "The federal government plans cuts.", {"organization:government_of_kenya"}},
      // A country's one body of the kind in data/organizations.tsv.
      {"Norway cut taxes. Norway expects growth. It was approved by parliament.", {"organization:storting"}},
  });
  DocumentFacts f = facts(kKenya + "The minister told parliament the budget was tight.");
  const Entity* e = entity(f, "organization:kenya_parliament");
  REQUIRE(e);
  CHECK(e->canonical == "Parliament of Kenya");
  CHECK(targets(f, "organization:kenya_parliament", "affiliated_with") == std::set<std::string>{"country:kenya"});
}

TEST_CASE("a body with its country before it is that country's") {
  check_ids(NodeType::kOrganization, {
      {"Kenya's parliament approved the budget.", {"organization:kenya_parliament"}},
      {"The Peruvian central bank raised rates.", {"organization:peru_central_bank"}},
      {"Kenya's finance ministry said so.", {"organization:kenya_finance_ministry"}},
      // The head-word extractor's key is the same: both meet in one node.
      {"The Kenyan parliament approved the budget.", {"organization:kenya_parliament"}},
  });
  // One body, however the article writes it.
  DocumentFacts f = facts("Kenya's parliament approved the budget. Later parliament adjourned.");
  CHECK(ids(f, NodeType::kOrganization) == std::set<std::string>{"organization:kenya_parliament"});
  REQUIRE(entity(f, "organization:kenya_parliament"));
  CHECK(entity(f, "organization:kenya_parliament")->names.size() == 2);
}

TEST_CASE("no body where the words name another, or no country leads") {
  check_ids(NodeType::kOrganization, {
      // Another parliament than the country's own, or any one.
      {kKenya + "The vote created a hung parliament.", {}},
      {kKenya + "He will sit in the next parliament.", {}},
      {kKenya + "No country needs a central bank.", {}},
      // Members of a body are people; "the ministry" and "the government"
      // alone are any one named before.
      {kKenya + "Three cabinet members resigned.", {}},
      {kKenya + "The ministry said so.", {}},
      {kKenya + "The government said so.", {}},
      // No country named, or two as often: whose body is not said.
      {"The minister told parliament the budget was tight.", {}},
      {"Kenya and Uganda raised taxes. Kenya and Uganda expect growth. The cabinet approved it.", {}},
  });
}

TEST_CASE("a body of no country is no country's body of that kind") {
  check_ids(NodeType::kOrganization, {
      {kKenya + "The European Parliament met. The budget must be approved by parliament.",
       {"organization:european_parliament", "organization:kenya_parliament"}},
  });
}

TEST_CASE("an article that names no country twice is about the country of its bodies") {
  check_ids(NodeType::kOrganization, {
      {"The Home Office and the Labour Party said so. The Conservative Party agreed. He was not in the Cabinet.",
       {"organization:home_office", "organization:labour_party", "organization:conservative_party",
        "organization:united_kingdom_cabinet"}},
      // Named countries come first: the bodies of another country do not count.
      {"Kenya cut taxes. Kenya grew. The Home Office and the Labour Party agreed. The cabinet met.",
       {"organization:home_office", "organization:labour_party", "organization:kenya_cabinet"}},
  });
}
