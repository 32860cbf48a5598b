// Events named by a definite description of their kind, from sentences
// written for the test. The article is "doc": the event is scoped to it.
#include <catch2/catch.hpp>

#include "tests/extract/extract_fixture.h"

using namespace newsgraph;
using namespace newsgraph::extract::testing;

TEST_CASE("the election, the general election and the referendum of an article are its events") {
  check_ids(NodeType::kEvent, {
      {"Labour hopes to win the general election, the minister said.", {"event:general_election_in_doc"}},
      {"Polls opened for the presidential election in May.", {"event:presidential_election_in_doc"}},
      // Words of time that keep the article's event are no part of its name.
      {"He will stand down before the next general election.", {"event:general_election_in_doc"}},
      {"The forthcoming election will be close.", {"event:election_in_doc"}},
      {"Turnout in the elections was low.", {"event:election_in_doc"}},
      {"Voters rejected the referendum on Sunday.", {"event:referendum_in_doc"}},
      // One event, however often and however written.
      {"The general election is near. Labour expects the election in May.", {"event:general_election_in_doc"}},
  });
}

TEST_CASE("an indefinite or past election, or one modifying a noun, is no event of the article") {
  check_ids(NodeType::kEvent, {
      {"He called for a general election.", {}},
      {"Labour lost the last election.", {}},
      {"The election campaign began on Monday.", {}},
      {"He disputed the referendum result.", {}},
      {"Elections are held every four years.", {}},
  });
}

TEST_CASE("the election of an article that names one is a second mention of it") {
  check_ids(NodeType::kEvent, {
      // The one named election of the article: the description is it.
      {"The Iraqi election was held in January. Turnout in the election was high.", {"event:iraq_election"}},
  });
  // Of two named elections, the description is one of them, and no third.
  DocumentFacts f = facts("The Iraqi election and the Egyptian election were held. The election was calm.");
  CHECK(ids(f, NodeType::kEvent) == std::set<std::string>{"event:iraq_election", "event:egypt_election"});
}
