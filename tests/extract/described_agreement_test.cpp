// Agreements named by a description, from sentences written for the test.
// The article is "doc": a description of common words is scoped to it.
#include <catch2/catch.hpp>

#include "tests/extract/extract_fixture.h"

using namespace newsgraph;
using namespace newsgraph::extract::testing;

namespace {

void check(const std::vector<IdsCase>& cases) { check_ids(NodeType::kAgreement, cases); }

}  // namespace

TEST_CASE("a deal described by its amount, term or subject is an agreement of its article") {
  check({
      {"Creditors approved the 21 billion dlr package on Friday.", {"agreement:21_billion_dlr_package_in_doc"}},
      {"Chile signed a 15-1/2 year rescheduling accord with its banks.",
       {"agreement:15_1_2_year_rescheduling_accord_in_doc"}},
      {"The bank granted a 925 mln dlr loan to the utility.", {"agreement:925_mln_dlr_loan_in_doc"}},
      {"Both firms signed a confidentiality agreement last week.", {"agreement:confidentiality_agreement_in_doc"}},
      // The last of two heads is the head; evaluative words and verbs stop it.
      {"They reached a new loan agreement.", {"agreement:loan_agreement_in_doc"}},
      // After the head: "on" and a short subject, when nothing comes before.
      {"Producers rejected the accord on coffee quotas.", {"agreement:accord_on_coffee_quotas_in_doc"}},
      // A verb or a clause after the subject ends it.
      {"Tokyo broke a pact on microchip trade signed last year.", {"agreement:pact_on_microchip_trade_in_doc"}},
      {"An accord on coffee quotas is uncertain.", {"agreement:accord_on_coffee_quotas_in_doc"}},
      {"The pact on currency stability when rates fell held.", {"agreement:pact_on_currency_stability_in_doc"}},
  });
}

TEST_CASE("a described deal with a party's name is one agreement wherever it is told") {
  check({
      {"The U.S.-Japanese semiconductor pact expires in July.", {"agreement:us_japanese_semiconductor_pact"}},
      // A year dates the pact; it is not part of its name.
      {"The July 1986 U.S.-Japanese semiconductor pact expires.", {"agreement:us_japanese_semiconductor_pact"}},
  });
  DocumentFacts f = facts("The U.S.-Japanese semiconductor pact expires in July.");
  CHECK(targets(f, "country:united_states", "party_to") ==
        std::set<std::string>{"agreement:us_japanese_semiconductor_pact"});
  CHECK(ids(f, NodeType::kCountry) == std::set<std::string>{"country:united_states", "country:japan"});
}

TEST_CASE("a party's possessive starts a described deal, and a plan is one when it settles debts") {
  check({
      {"Mexico's 7.7 billion dlr loan package will be signed tomorrow.",
       {"agreement:mexicos_77_billion_dlr_loan_package"}},
      {"Bolivia's agreement with the IMF opened the door.", {"agreement:bolivias_agreement"}},
      // A possessive is a determiner: no word before it is part of the name.
      {"After syndicating Mexico's 7.7 billion dlr loan, banks waited.", {"agreement:mexicos_77_billion_dlr_loan"}},
      // A company's short name, resolved later, is a party too.
      {"Dome Petroleum Ltd needs cash. The offer may short-circuit Dome's restructuring plan.",
       {"agreement:domes_restructuring_plan"}},
      {"Brazil's debt plan was approved.", {"agreement:brazils_debt_plan"}},
      // The noun phrase runs on past the head: a request, obligations.
      {"They discussed Argentina's loan request.", {}},
      {"Bank reaction to Iraq's rescheduling request was calm.", {}},
      {"It opposes a denunciation of Britain's treaty obligations.", {}},
      // Plans that propose or decide are no deals.
      {"Brazil's peace plan was welcomed.", {}},
      {"Britain's tax plan was published.", {}},
  });
}

TEST_CASE("what is not a described agreement") {
  check({
      {"The deal was signed.", {}},                                    // names nothing
      {"We work to deal with it.", {}},                                // the verb
      {"The SEC action deals with a waiver.", {}},                     // the verb, after a name
      {"Talks ended without agreement.", {}},
      {"Tokyo unveiled an economic package.", {}},                     // a policy, not a deal
      {"Banks offered fresh loans.", {}},
      {"Exporters want trade agreements.", {}},                        // a kind of deal
      {"It is the third telecoms deal this year.", {}},
      {"The 11.5 pct minimum loan rate is the lowest in years.", {}},  // the phrase is about a rate
      {"Britain wants agreement by December.", {}},
      {"The 1987/88 farm price package is late.", {}},
      // A question, a vague noun or an act after "on" names no deal.
      {"They reached agreement on how to cut output.", {}},
      {"They reached agreement on details of the plan.", {}},
      {"They reached an agreement on cutting output.", {}},
      // Money lent and deals done in the plural are many, whoever is party.
      {"Banks cut their Brazilian loans.", {}},
      {"Analysts praised the Texaco deals.", {}},
      // A conjunction or determiner starts another phrase.
      {"Shares fell because agreement was not reached.", {}},
      {"Neither agreement was signed.", {}},
      // The subject runs on past three words: no short description.
      {"They signed an accord on coffee export quota levels policy.", {}},
  });
}

TEST_CASE("a description told again, shorter or by another word, is the agreement told before") {
  DocumentFacts f = facts(
      "The country signed a 17-year rescheduling agreement with its banks. The rescheduling agreement takes effect "
      "in June.");
  CHECK(ids(f, NodeType::kAgreement) == std::set<std::string>{"agreement:17_year_rescheduling_agreement_in_doc"});
  const Entity* e = entity(f, "agreement:17_year_rescheduling_agreement_in_doc");
  REQUIRE(e);
  CHECK(e->mentions == 2);
  // The named agreement's subject holds every word of the description.
  f = facts("Japan will seek to strengthen the Paris accord on currency stability. The ministers will reaffirm the "
            "currency pact.");
  CHECK(ids(f, NodeType::kAgreement) == std::set<std::string>{"agreement:paris_accord"});
}

TEST_CASE("a description with one subject, told again in other words, is one agreement") {
  DocumentFacts f = facts(
      "Tokyo broke an accord on semiconductors, officials said. They will check whether violations of a bilateral "
      "semiconductor pact have ended.");
  CHECK(ids(f, NodeType::kAgreement) == std::set<std::string>{"agreement:accord_on_semiconductors_in_doc"});
  const Entity* e = entity(f, "agreement:accord_on_semiconductors_in_doc");
  REQUIRE(e);
  CHECK(e->mentions == 2);
  // A subject with a word more is another deal; another amount another loan.
  check({
      {"Prospects for an accord on coffee quotas are uncertain. Brazil keeps its quota under the current coffee "
       "agreement.",
       {"agreement:accord_on_coffee_quotas_in_doc", "agreement:coffee_agreement_in_doc"}},
      {"The bank granted a 600 mln dlr loan. It also granted a 100 mln dlr loan.",
       {"agreement:600_mln_dlr_loan_in_doc", "agreement:100_mln_dlr_loan_in_doc"}},
  });
}

TEST_CASE("a name of an agreement takes in its subject after 'on'") {
  DocumentFacts f = facts("Tokyo failed to meet the terms of a 1986 bilateral pact on computer chip trade.");
  const Entity* e = entity(f, "agreement:1986_bilateral_pact");
  REQUIRE(e);
  CHECK(e->names == std::map<std::string, uint64_t>{{"1986 bilateral pact on computer chip trade", 1}});
  // A subject whose word runs on past a hyphen is not taken in part.
  f = facts("Tokyo broke the 1986 accord on semi-conductors.");
  e = entity(f, "agreement:1986_accord");
  REQUIRE(e);
  CHECK(e->names == std::map<std::string, uint64_t>{{"1986 accord", 1}});
  // An evaluative word or an act before is not part of it.
  check({
      {"They hope for a favorable agreement on repayment.", {"agreement:agreement_on_repayment_in_doc"}},
      {"They came close to reaching agreement on rescheduling.", {"agreement:agreement_on_rescheduling_in_doc"}},
  });
}

TEST_CASE("the ceasefire said with 'the' alone is the article's truce") {
  check({
      {"Moscow violated the cease-fire in the conflict.", {"agreement:ceasefire_in_doc"}},
      {"Kerry demanded Russia cooperate in the ceasefire, but Lavrov refused.", {"agreement:ceasefire_in_doc"}},
      {"The truce held.", {"agreement:ceasefire_in_doc"}},
      // Any one, or a word the truce modifies: no agreement named.
      {"They agreed a ceasefire on Monday.", {}},
      {"Troops crossed the ceasefire line.", {}},
      {"They opened the ceasefire talks.", {}},
  });
}
