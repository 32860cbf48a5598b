// Whose ministry or institution a name of one is, from sentences written
// for the test.
#include <catch2/catch.hpp>

#include "tests/extract/extract_fixture.h"

using namespace newsgraph;
using namespace newsgraph::extract::testing;

namespace {
const std::string kJapan = "Japan cut taxes. Japan expects growth. ";
void check(const std::vector<IdsCase>& cases) { check_ids(NodeType::kOrganization, cases); }
}  // namespace

TEST_CASE("every form of a country's ministry is one body") {
  check({
      {"The Japanese Finance Ministry said so.", {"organization:japan_finance_ministry"}},
      {"Japan's Finance Ministry said so.", {"organization:japan_finance_ministry"}},
      {"The Japanese Ministry of Finance said so.", {"organization:japan_finance_ministry"}},
      {"Japanese finance ministry officials said so.", {"organization:japan_finance_ministry"}},
      // Portfolios written two ways (data/portfolios.tsv).
      {"The Italian Ministry of Foreign Affairs said so.", {"organization:italy_foreign_ministry"}},
      {"The French Defense Ministry said so.", {"organization:france_defence_ministry"}},
      // A portfolio of no row keeps its words.
      {"The Chinese Foreign Economic Relations and Trade Ministry said so.",
       {"organization:china_foreign_economic_relations_and_trade_ministry"}},
  });
  DocumentFacts f = facts("The Japanese Finance Ministry said so.");
  const Entity* e = entity(f, "organization:japan_finance_ministry");
  REQUIRE(e);
  CHECK(e->canonical == "Finance Ministry of Japan");
  CHECK(targets(f, "organization:japan_finance_ministry", "affiliated_with") ==
        std::set<std::string>{"country:japan"});
}

TEST_CASE("a country's ministry in the gazetteer is the gazetteer's, however written") {
  check({
      {"The Russian foreign Ministry said so.", {"organization:russian_foreign_ministry"}},
      {"Russia's Ministry of Defence said so.", {"organization:russian_defence_ministry"}},
      {"Japan's International Trade and Industry Ministry said so.", {"organization:miti"}},
      {"The Ministry of International Trade and Industry said so.", {"organization:miti"}},
  });
}

TEST_CASE("a ministry without its country is the one the article named, else the leading country's") {
  // Named before with its country, whichever country leads.
  DocumentFacts f = facts(
      "Brazil and Brazil. The Japanese Finance Ministry said so. The Finance Ministry said more.");
  CHECK(ids(f, NodeType::kOrganization) == std::set<std::string>{"organization:japan_finance_ministry"});
  const Entity* e = entity(f, "organization:japan_finance_ministry");
  REQUIRE(e);
  CHECK(e->mentions == 2);
  check({
      {kJapan + "The Finance Ministry said so.", {"organization:japan_finance_ministry"}},
      {kJapan + "The Ministry of Transport said so.", {"organization:japan_transport_ministry"}},
      // No country leads: the article's own, not every article's.
      {"The Finance Ministry said so.", {"organization:finance_ministry_in_doc"}},
      // Two countries' ministries named before: neither is meant.
      {"The Japanese Finance Ministry and the French Finance Ministry met. The Finance Ministry said so.",
       {"organization:japan_finance_ministry", "organization:france_finance_ministry",
        "organization:finance_ministry_in_doc"}},
  });
}

TEST_CASE("a country's institution named generically is that country's body of its kind") {
  const std::string kKenya = "Kenya cut rates. Kenya expects growth. ";
  check({
      // The gazetteer's one central bank of the country.
      {"The Brazilian Central Bank said so.", {"organization:central_bank_of_brazil"}},
      {"Brazil cut rates. Brazil grew. The Central Bank said so.", {"organization:central_bank_of_brazil"}},
      {"India grew. India cut. The Reserve Bank said so.", {"organization:reserve_bank_of_india"}},
      // Else the country's key, which the lower-case phrase gives too.
      {kKenya + "The Central Bank said so. Central bank officials agreed.", {"organization:kenya_central_bank"}},
      {kKenya + "The Central Bureau of Statistics said so.", {"organization:kenya_statistics_office"}},
      // A form the gazetteer holds for one country is another's where the article says so.
      {kKenya + "The Supreme Court ruled.", {"organization:kenya_supreme_court"}},
      {"The Supreme Court ruled.", {"organization:us_supreme_court"}},
      // No country: the article's own.
      {"The Central Bank said so.", {"organization:central_bank_in_doc"}},
      // A body of no country is not one.
      {kKenya + "The European Central Bank said so.", {"organization:european_central_bank"}},
  });
  DocumentFacts f = facts(kKenya + "The Central Bureau of Statistics said so.");
  const Entity* e = entity(f, "organization:kenya_statistics_office");
  REQUIRE(e);
  CHECK(e->canonical == "Statistics Office of Kenya");
}
