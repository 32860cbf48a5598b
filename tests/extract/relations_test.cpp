// Affiliation and meetings from sentences written for the test.
#include <catch2/catch.hpp>

#include "tests/extract/extract_fixture.h"

using namespace newsgraph;
using namespace newsgraph::extract::testing;

TEST_CASE("affiliation and role from the words around a name") {
  struct Case {
    std::string text, person, body, role;
  };
  for (const Case& c : std::vector<Case>{
           {"Russian Foreign Minister Sergei Lavrov spoke.", "person:sergei_lavrov", "country:russia", "Foreign Minister"},
           {"Russia's foreign minister Sergei Lavrov spoke.", "person:sergei_lavrov", "country:russia", "Foreign Minister"},
           {"U.S. Secretary of State John Kerry spoke.", "person:john_kerry", "country:united_states", "Secretary of State"},
           {"Kremlin spokesman Dmitri Peskov said no.", "person:dmitri_peskov", "organization:kremlin", "spokesman"},
           {"President of Russia Vladimir Putin spoke.", "person:vladimir_putin", "country:russia", "President"},
           {"Sergei Lavrov, Russia's foreign minister, spoke.", "person:sergei_lavrov", "country:russia", "Foreign Minister"},
           {"Petrovsky, the Russian foreign minister, spoke.", "person:petrovsky", "country:russia", "Foreign Minister"},
           {"A Toyota spokesman, Hiroshi Tanaka, declined to comment.", "person:hiroshi_tanaka", "organization:toyota",
            "spokesman"},
           {"Maria Zakharova, a spokeswoman for the Foreign Ministry of Russia, agreed.", "person:maria_zakharova",
            "organization:russian_foreign_ministry", "spokeswoman"},
           {"Head of the Faculty of Law of the University of Tartu Anna Kask said so.", "person:anna_kask",
            "organization:faculty_of_law", "head"},
       }) {
    CAPTURE(c.text);
    DocumentFacts f = facts(c.text);
    CHECK(targets(f, c.person, "affiliated_with").count(c.body) == 1);
    const Entity* p = entity(f, c.person);
    REQUIRE(p);
    CHECK(p->roles.count(c.role) == 1);
  }
}

TEST_CASE("an honorific gives no affiliation across a verb, only to a body right before it") {
  DocumentFacts f = facts("Liberals demanded Sir Alan Whitcombe quit.");
  REQUIRE(entity(f, "person:alan_whitcombe"));
  CHECK(targets(f, "person:alan_whitcombe", "affiliated_with").empty());
  DocumentFacts g = facts("Labour's Sir Alan Whitcombe quit.");
  CHECK(targets(g, "person:alan_whitcombe", "affiliated_with").count("organization:labour_party") == 1);
}

// One sentence or article, a person in it, and every body (country or
// organization) the person is affiliated with.
struct AffiliationCase {
  std::string text, person;
  std::set<std::string> bodies;
};

void check_affiliations(const std::vector<AffiliationCase>& cases) {
  for (const AffiliationCase& c : cases) {
    CAPTURE(c.text);
    DocumentFacts f = facts(c.text);
    REQUIRE(entity(f, c.person));
    CHECK(targets(f, c.person, "affiliated_with") == c.bodies);
  }
}

TEST_CASE("a title that one country alone has gives that country") {
  check_affiliations({
      {"Chancellor of the Exchequer Harold Finch spoke.", "person:harold_finch", {"country:united_kingdom"}},
      {"Taoiseach Liam Doyle arrived.", "person:liam_doyle", {"country:ireland"}},
      {"Treasury Secretary Walter Greene spoke.", "person:walter_greene", {"country:united_states"}},
      // The words' country wins over the title's.
      {"Irish Foreign Secretary Walter Greene spoke.", "person:walter_greene", {"country:ireland"}},
      // Several countries have defence secretaries.
      {"Defence Secretary Walter Greene spoke.", "person:walter_greene", {}},
  });
}

TEST_CASE("an aide has the country of the one they serve") {
  check_affiliations({
      {"French Prime Minister Jules Marchand's spokesman, Paul Vernet, said so.", "person:paul_vernet",
       {"country:france"}},
      {"Irish Foreign Secretary Walter Greene's adviser Tom Hale spoke.", "person:tom_hale", {"country:ireland"}},
      // A principal of no known country gives none; nor does a title of another kind.
      {"Walter Greene's spokesman, Tom Hale, said so.", "person:tom_hale", {}},
      {"Irish Foreign Secretary Walter Greene's lawyer, Tom Hale, said so.", "person:tom_hale", {}},
  });
}

TEST_CASE("the words before a party's name in a title") {
  check_affiliations({
      // The party's name is the field of a ministry in a list.
      {"French Social Affairs and Labour Minister Paul Girard spoke.", "person:paul_girard", {"country:france"}},
      // Of another country than the party's: the ministry's field.
      {"French Labour Minister Paul Girard spoke.", "person:paul_girard", {"country:france"}},
      // A country right before the party: both.
      {"British Labour MP Ann Cooper spoke.", "person:ann_cooper",
       {"country:united_kingdom", "organization:labour_party"}},
      {"Labour MP Ann Cooper spoke.", "person:ann_cooper", {"country:united_kingdom", "organization:labour_party"}},
  });
}

TEST_CASE("a titled name followed by 'of' and its body") {
  check_affiliations({
      {"King Abdullah of Jordan arrived.", "person:abdullah", {"country:jordan"}},
      {"Queen Beatrix of the Netherlands spoke.", "person:beatrix", {"country:netherlands"}},
      // The bank's country comes with it, as for "Barclays analyst Mark Hale".
      {"Analyst Mark Hale of Barclays said so.", "person:mark_hale",
       {"organization:barclays", "country:united_kingdom"}},
      // No title: "of" may start anything ("Jane Wood of Leeds").
      {"Mark Hale of Barclays said so.", "person:mark_hale", {}},
      // but a country after a name is the person's.
      {"He beat Jonas Berg of Sweden in three sets.", "person:jonas_berg", {"country:sweden"}},
      {"He beat Jonas Berg of the Netherlands in three sets.", "person:jonas_berg", {"country:netherlands"}},
      {"He beat Jonas Berg of Sweden 6-4 6-4.", "person:jonas_berg", {"country:sweden"}},
      // Not a country's adjective, nor its name at the start of a longer phrase.
      {"The criticism by Jonas Berg of Swedish monetary policy grew.", "person:jonas_berg", {}},
      {"The criticism by Jonas Berg of Sweden trade policy grew.", "person:jonas_berg", {}},
  });
}

TEST_CASE("a body's acronym, an office's field, a copula and a preposition around a title") {
  check_affiliations({
      // The acronym in brackets between the body and the title.
      {"Chilean Copper Commission (CCC) President Pablo Rojas said so.", "person:pablo_rojas",
       {"organization:chilean_copper_commission", "country:chile"}},
      // A capitalised field between the country and the title.
      {"Norway's Asia Director Lars Holm will attend.", "person:lars_holm", {"country:norway"}},
      {"The Danish Africa envoy Lars Holm will attend.", "person:lars_holm", {"country:denmark"}},
      // Without a country before it, a capitalised word is no field.
      {"Yesterday Asia Director Lars Holm left.", "person:lars_holm", {}},
      // "is the": the title after the name, as in apposition.
      {"Omar Farid is the head of the Sudanese Cotton Board.", "person:omar_farid",
       {"organization:sudanese_cotton_board", "country:sudan"}},
      {"Omar Farid was the head of the Sudanese Cotton Board.", "person:omar_farid",
       {"organization:sudanese_cotton_board", "country:sudan"}},
      {"Omar Farid is head of the cotton board.", "person:omar_farid", {}},
      // A country after a preposition is where the office is, not whose.
      {"He recalled the visit to Chile Vice President Paul Grant made.", "person:paul_grant", {}},
      {"He recalled the Chile Vice President Paul Grant.", "person:paul_grant", {"country:chile"}},
      // Not for a possessive, nor for a side's coach, nor after "from".
      {"He wrote to Chile's ambassador Paul Grant.", "person:paul_grant", {"country:chile"}},
      {"He spoke to Chile coach Paul Grant.", "person:paul_grant", {"country:chile"}},
      {"A bid came from US tycoon Paul Grant.", "person:paul_grant", {"country:united_states"}},
  });
}

TEST_CASE("a title of a body in apposition, and a counterpart's country") {
  DocumentFacts f = facts("He met the head of the FBI, James Brody.");
  CHECK(targets(f, "person:james_brody", "affiliated_with") ==
        std::set<std::string>{"country:united_states", "organization:fbi"});
  const Entity* brody = entity(f, "person:james_brody");
  REQUIRE(brody);
  CHECK(brody->roles == std::set<std::string>{"head"});
  DocumentFacts g = facts("Mr Straw and his Spanish counterpart Miguel Ortega agreed.");
  CHECK(targets(g, "person:miguel_ortega", "affiliated_with") == std::set<std::string>{"country:spain"});
}

TEST_CASE("a minister the article names without a country is of the country it is about") {
  check_affiliations({
      // Sudan, named twice and no other country: the article's.
      {"Sudan raised fuel prices. Finance Minister Omar Bakri said the budget deficit narrowed. "
       "Sudan has a large debt.",
       "person:omar_bakri", {"country:sudan"}},
      // The country of the people it places wins over the one it names most.
      {"Peru and Chile signed. Peru will export copper and Peru gains. Peru is glad. Peru pays. Peruvian "
       "President Alan Quispe and Chilean Foreign Minister Rosa Vidal spoke. Chilean Mining Minister Jorge "
       "Soto signed. Trade Minister Carlos Ruiz was there.",
       "person:carlos_ruiz", {}},
      {"France cut taxes. French Budget Minister Alain Morel and French Labour Minister Paul Girard spoke. "
       "Finance Minister Marc Dupont said the cut was paid for.",
       "person:marc_dupont", {"country:france"}},
      // Named once only: no country is clear.
      {"Sudan raised fuel prices. Finance Minister Omar Bakri said so.", "person:omar_bakri", {}},
      // Two countries named as often: none.
      {"Kenya and Uganda met. Kenya and Uganda agreed. Finance Minister Omar Bakri said so.", "person:omar_bakri",
       {}},
      // The sentence names another country: the minister may be its.
      {"Sudan raised fuel prices. Sudan has a large debt. Finance Minister Omar Bakri said Egypt agreed.",
       "person:omar_bakri", {}},
      // A bare "Minister" may be a party's; a president may be a company's.
      {"Sudan raised fuel prices. Sudan has a large debt. Minister Omar Bakri said so.", "person:omar_bakri", {}},
      {"Sudan raised fuel prices. Sudan has a large debt. President Omar Bakri said so.", "person:omar_bakri", {}},
  });
}

TEST_CASE("a body's country is its spokesman's country") {
  DocumentFacts f = facts("Kremlin spokesman Dmitri Peskov said no.");
  CHECK(targets(f, "person:dmitri_peskov", "affiliated_with") ==
        std::set<std::string>{"country:russia", "organization:kremlin"});
}

TEST_CASE("no title, no affiliation: a list is not an apposition") {
  // A name no gazetteer of officeholders knows, which would give its country.
  DocumentFacts f = facts("Delegates came from Ivan Petrovsky, Russia and Iran.");
  REQUIRE(entity(f, "person:ivan_petrovsky"));
  CHECK(targets(f, "person:ivan_petrovsky", "affiliated_with").empty());
}

namespace {

struct MeetingCase {
  std::string text;
  std::vector<std::set<std::string>> pairs;  // participants of each meeting, in id order
  std::string status = "occurred";
};

std::vector<std::set<std::string>> people_of(const std::vector<MeetingSeen>& ms) {
  std::vector<std::set<std::string>> out;
  for (const auto& m : ms) out.push_back(m.people);
  return out;
}

const std::string kKerry = "person:john_kerry", kLavrov = "person:sergei_lavrov", kPutin = "person:vladimir_putin";

}  // namespace

TEST_CASE("meetings in the ways news reports them") {
  // Each text names the people in full first, so ids are the full names.
  const std::string who = "John Kerry, Sergei Lavrov and Vladimir Putin were in town. ";
  for (const MeetingCase& c : std::vector<MeetingCase>{
           {"Kerry met Lavrov on the sidelines.", {{kKerry, kLavrov}}},
           {"Kerry met with Lavrov.", {{kKerry, kLavrov}}},
           {"Kerry and Lavrov met for four hours.", {{kKerry, kLavrov}}},
           {"Kerry and Lavrov held talks.", {{kKerry, kLavrov}}},
           {"There were talks between Kerry and Lavrov.", {{kKerry, kLavrov}}},
           {"Kerry held talks with Lavrov.", {{kKerry, kLavrov}}},
           {"Lavrov pointed to his meetings with Kerry.", {{kKerry, kLavrov}}},
           {"Putin received Kerry at his residence.", {{kKerry, kPutin}}},
           {"Kerry met Russian Foreign Minister Lavrov and President Putin.", {{kKerry, kLavrov}, {kKerry, kPutin}}},
           {"Talks between Kerry, Lavrov and Putin ended.", {{kKerry, kLavrov, kPutin}}},
           {"Kerry held talks with Lavrov and met with Putin.", {{kKerry, kLavrov}, {kKerry, kPutin}}},
           {"Kerry met the Foreign Minister, Lavrov, and the President of the Federation, Putin.",
            {{kKerry, kLavrov}, {kKerry, kPutin}}},
           {"Kerry met Lavrov and the Minister of Finance, Putin.", {{kKerry, kLavrov}, {kKerry, kPutin}}},
           {"Before sitting down with Putin, Kerry met Lavrov.", {{kKerry, kLavrov}}},
           {"Speaking after talks with Lavrov, Kerry said little.", {{kKerry, kLavrov}}},
           {"Kerry arrived. Speaking after talks with Lavrov, he said little.", {{kKerry, kLavrov}}},
           {"Kerry said he met Lavrov.", {{kKerry, kLavrov}}},
           {"Kerry will meet Lavrov.", {{kKerry, kLavrov}}, "planned"},
           {"Kerry is expected to meet Lavrov.", {{kKerry, kLavrov}}, "planned"},
           {"Kerry plans to hold talks with Lavrov.", {{kKerry, kLavrov}}, "planned"},
           {"Talks between Kerry and Lavrov continue.", {{kKerry, kLavrov}}, "ongoing"},
           {"Kerry did not meet Lavrov.", {}},
           // Only "met" makes its subjects a meeting; an object not read
           // does not leave them one.
           {"Kerry and Lavrov visited Washington.", {}},
           {"Kerry and Lavrov are today meeting British Chancellor Putin.", {{kKerry, kLavrov, kPutin}}},
           {"Kerry and Lavrov met Thursday.", {{kKerry, kLavrov}}},
           // What is received is a thing.
           {"The offer Putin received from Kerry and Lavrov was low.", {}},
           {"Putin receives Kerry warning.", {}},
           {"Putin received Kerry at the Kremlin.", {{kKerry, kPutin}}},
           {"Putin received eight new shares and Kerry six.", {}},
           {"Kerry and Lavrov spoke ahead of a board meeting on Syria.", {}},
           {"Kerry refused to meet Lavrov.", {}},
           {"Kerry criticised Lavrov.", {}},
           {"The fact that Putin met here with Kerry matters.", {{kKerry, kPutin}}},
           {"It was the meeting of their deputies \u2013 Lavrov and Kerry.", {{kKerry, kLavrov}}},
           {"The Kerry-Lavrov talks ended.", {{kKerry, kLavrov}}},
           {"The Kerry-Lavrov meeting will take place in Geneva.", {{kKerry, kLavrov}}, "planned"},
           {"The Lavrov \u2013 Kerry summit, planned for May, was cancelled.", {}},
           {"The Kerry-Smith meeting ended.", {}},
           {"Kerry held talks with Lavrov after Putin cancelled his trip.", {{kKerry, kLavrov}}},
           {"Kerry and EC External Affairs Commissioner Lavrov will meet.", {{kKerry, kLavrov}}, "planned"},
           {"The forecast came from a meeting attended by Kerry, Lavrov and Putin.", {{kKerry, kLavrov, kPutin}}},
           {"Kerry said he had been in daily telephone contact with Lavrov.", {{kKerry, kLavrov}}},
           {"Kerry said he had little contact with Lavrov.", {}},
           {"Kerry, the head of the State Department (DOS), is to hold meetings with Lavrov.", {{kKerry, kLavrov}},
            "planned"},
           {"Lavrov, who met Kerry in Geneva, said little.", {{kKerry, kLavrov}}},
           {"After meeting Kerry, Lavrov flew home.", {{kKerry, kLavrov}}},
           {"Lavrov flew home after meeting Kerry.", {{kKerry, kLavrov}}},
           {"Lavrov had lunch with Kerry.", {{kKerry, kLavrov}}},
           {"Lavrov dined with Kerry.", {{kKerry, kLavrov}}},
           {"Lavrov sat down with Kerry for two hours.", {{kKerry, kLavrov}}},
           {"Lavrov sat on a panel with Kerry.", {}},
           {"Lavrov negotiated with Kerry.", {{kKerry, kLavrov}}},
           {"Lavrov was received by Putin.", {{kLavrov, kPutin}}},
           {"Lavrov was greeted by Kerry at the airport.", {{kKerry, kLavrov}}},
           {"Kerry and his Russian counterpart Lavrov met in Geneva.", {{kKerry, kLavrov}}},
           // An object the list does not read leaves the subjects no meeting;
           // a date, an adverb or "up" is no object.
           {"Kerry and Lavrov met supporters' representatives.", {}},
           {"Kerry and Lavrov will meet up tomorrow.", {{kKerry, kLavrov}}, "planned"},
           {"Kerry and Lavrov met recently in Paris.", {{kKerry, kLavrov}}},
           {"Kerry and Lavrov are scheduled to meet April 5-6 in Ottawa.", {{kKerry, kLavrov}}, "planned"},
           // A possessor is no participant.
           {"Lavrov welcomed Kerry's decision.", {}},
           {"Kerry's film met with scathing reviews.", {}},
           {"Putin visited the tomb of Kerry.", {}},
           {"Television host Kerry is in hospital.", {}},
           // A shared subject that names no one is not the last person named.
           {"The Saudi leader will hold talks with Kerry and meet Lavrov.", {}},
           {"Speaking of talks between Kerry and Lavrov, Putin said little.", {{kKerry, kLavrov}}},
       }) {
    CAPTURE(c.text);
    auto ms = meetings(facts(who + c.text));
    CHECK(people_of(ms) == c.pairs);
    for (const auto& m : ms) CHECK(m.status == c.status);
  }
}

TEST_CASE("a meeting named by its people's surnames is a meeting, not a named event") {
  DocumentFacts f = facts("Vladimir Putin and Donald Trump spoke. The Putin-Trump summit was set for July.");
  auto ms = meetings(f);
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].people == std::set<std::string>{kPutin, "person:donald_trump"});
  CHECK(ms[0].status == "planned");
  CHECK(ids(f, NodeType::kEvent) == std::set<std::string>{"event:meeting_donald_trump_vladimir_putin"});
}

TEST_CASE("people listed after a plural title meet as the subject") {
  auto ms = meetings(facts("Presidents Quellan and Varrowitz met in Geneva on Monday.", "2016-03-25"));
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].people == std::set<std::string>{"person:quellan", "person:varrowitz"});
  CHECK(ms[0].status == "occurred");
}

TEST_CASE("what is received from a person is no meeting, but a phone call is") {
  CHECK(meetings(facts("John Kerry received a letter from Sergei Lavrov.")).empty());
  CHECK(meetings(facts("John Kerry received a phone bill from Sergei Lavrov.")).empty());
}

TEST_CASE("phone calls are meetings of kind phone_call") {
  for (const char* text : {"John Kerry spoke by phone with Sergei Lavrov.", "John Kerry telephoned Sergei Lavrov.",
                           "John Kerry phoned Sergei Lavrov.", "John Kerry rang Sergei Lavrov.",
                           "John Kerry received a phone call from Sergei Lavrov.",
                           "John Kerry received a telephone call on Monday from Sergei Lavrov."}) {
    CAPTURE(text);
    auto ms = meetings(facts(text));
    REQUIRE(ms.size() == 1);
    CHECK(ms[0].kind == "phone_call");
    CHECK(ms[0].people == std::set<std::string>{kKerry, kLavrov});
  }
}

TEST_CASE("a meeting's date, resolved against the article's date") {
  struct Case {
    std::string when, date;
  };
  // 2016-03-25 was a Friday.
  for (const Case& c : std::vector<Case>{
           {"on Thursday", "2016-03-24"},
           {"on Friday", "2016-03-25"},
           {"on Monday", "2016-03-21"},
           {"yesterday", "2016-03-24"},
           {"last night", "2016-03-24"},
           {"on March 24, 2016", "2016-03-24"},
           {"on 24 March", "2016-03-24"},
           {"on December 14", "2015-12-14"},
           // A day of the next two months is this year's, and the meeting still to come.
           {"on April 29", "2016-04-29"},
           {"on June 30", "2015-06-30"},
           {"in May 2015", "2015-05"},
           {"in 2013", "2013"},
           {"last month", "2016-02"},
           {"a month ago", "2016-02"},
           {"two years ago", "2014"},
           {"three days ago", "2016-03-22"},
           {"last week", "2016-03"},    // March 14 to 20
           {"this week", "2016-03"},    // March 21 to 27
           {"last weekend", "2016-03"},  // March 19 and 20
           {"recently", ""},
       }) {
    CAPTURE(c.when);
    auto ms = meetings(facts("Sergei Lavrov met John Kerry " + c.when + ".", "2016-03-25"));
    REQUIRE(ms.size() == 1);
    CHECK(ms[0].date == c.date);
  }
}

TEST_CASE("a meeting told as just over is of the article's month") {
  struct Case {
    std::string text, article_date, date;
  };
  for (const Case& c : std::vector<Case>{
           {"Speaking after farm trade talks with Sergei Lavrov, John Kerry said so.", "2016-03-25", "2016-03"},
           {"John Kerry, just back from talks with Sergei Lavrov, said so.", "2016-03-25", "2016-03"},
           {"After meeting Sergei Lavrov, John Kerry left.", "2016", "2016"},
           // A date in the words wins; without the article's date there is none.
           {"After meeting Sergei Lavrov in 2013, John Kerry left.", "2016-03-25", "2013"},
           {"After meeting Sergei Lavrov, John Kerry left.", "", ""},
           // No cue of time: no date.
           {"John Kerry held talks with Sergei Lavrov.", "2016-03-25", ""},
       }) {
    CAPTURE(c.text, c.article_date);
    auto ms = meetings(facts(c.text, c.article_date));
    REQUIRE(ms.size() == 1);
    CHECK(ms[0].date == c.date);
  }
}

TEST_CASE("a planned meeting's weekday lies ahead") {
  auto ms = meetings(facts("Sergei Lavrov will meet John Kerry on Tuesday.", "2016-03-25"));
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].date == "2016-03-29");
  CHECK(ms[0].status == "planned");
}

TEST_CASE("a week across two months is dated by its year only") {
  // 2016-03-25 was a Friday; the next week runs from March 28 to April 3.
  auto ms = meetings(facts("Sergei Lavrov will meet John Kerry next week.", "2016-03-25"));
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].date == "2016");
  ms = meetings(facts("Sergei Lavrov will meet John Kerry next week.", "2016-03-18"));
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].date == "2016-03");
}

TEST_CASE("without an article date, a day and month take the year written last") {
  auto ms = meetings(facts(
      "The answer was published on 17 March 2003. The book says on 13 March Sergei Lavrov met John Kerry."));
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].date == "2003-03-13");
  ms = meetings(facts("The book says on 13 March Sergei Lavrov met John Kerry. It was published in 2003."));
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].date.empty());
}

TEST_CASE("a planned meeting: the clause's verb after the other side's name") {
  auto ms = meetings(facts("John Kerry flies to Moscow on Monday. The Kerry discussions with Foreign Minister "
                           "Sergei Lavrov and other senior officials will focus on Syria."));
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].status == "planned");
  ms = meetings(facts("John Kerry held talks with Foreign Minister Sergei Lavrov, and he said he will fly home."));
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].status == "occurred");
}

TEST_CASE("a meeting noun, a relative date, then who met") {
  auto ms = meetings(facts("The offer will be made at a meeting later this month between Secretary of State John "
                           "Kerry and Foreign Minister Sergei Lavrov.",
                           "2016-03-18"));
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].people == std::set<std::string>{kKerry, kLavrov});
  CHECK(ms[0].date == "2016-03");
  CHECK(ms[0].status == "planned");
}

TEST_CASE("the medium of a call may follow the other side's name") {
  auto ms = meetings(facts("Sergei Lavrov said he recently talked with U.S. Secretary of State John Kerry over the "
                           "telephone."));
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].kind == "phone_call");
}

TEST_CASE("a meeting dated after the article is planned, whatever the tense") {
  auto ms = meetings(facts("Sergei Lavrov holds talks with John Kerry tomorrow.", "2016-03-25"));
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].date == "2016-03-26");
  CHECK(ms[0].status == "planned");
  // A day of the next weeks, in a present that tells the future.
  ms = meetings(facts("Sergei Lavrov leaves for Washington on April 29 for talks with John Kerry.", "2016-04-10"));
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].date == "2016-04-29");
  CHECK(ms[0].status == "planned");
}

TEST_CASE("a match of a tournament is no meeting") {
  for (const std::string& text : {
           std::string("John Kerry now meets Argentine wild card Sergei Lavrov, who beat the top seed."),
           std::string("John Kerry could meet Sergei Lavrov in the second round."),
           std::string("John Kerry will meet Sergei Lavrov in the final."),
       }) {
    CAPTURE(text);
    CHECK(meetings(facts(text)).empty());
  }
  // A round of talks, and the final day of them, are meetings.
  CHECK(meetings(facts("John Kerry met Sergei Lavrov for a round of talks.")).size() == 1);
  CHECK(meetings(facts("John Kerry met Sergei Lavrov on the final day.")).size() == 1);
}

TEST_CASE("an aide named after whose aide they are is the participant") {
  auto ms = meetings(facts("Sergei Lavrov denies it. John Kerry met a Lavrov adviser, Robin Leigh, in May."));
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].people == std::set<std::string>{kKerry, "person:robin_leigh"});
  // "met a cool reception from": no one.
  CHECK(meetings(facts("His words about John Kerry met a cool reception from Sergei Lavrov.")).empty());
}

TEST_CASE("the speaker after the people who met is not one of them") {
  for (const std::string& text : {std::string("Sergei Lavrov held talks with John Kerry, Robin Leigh said."),
                                  std::string("Sergei Lavrov held talks with John Kerry, Robin Leigh added.")}) {
    CAPTURE(text);
    auto ms = meetings(facts(text));
    REQUIRE(ms.size() == 1);
    CHECK(ms[0].people == std::set<std::string>{kKerry, kLavrov});
  }
}

TEST_CASE("a meeting dated nowhere took place on the day one of its people was in its place") {
  struct Case {
    std::string text, date;
  };
  for (const Case& c : std::vector<Case>{
           // The day of the visit there.
           {"John Kerry arrived in Moscow on Tuesday. He flew on. The weather was fine. John Kerry held talks "
            "with Vladimir Putin in Moscow.",
            "2016-03-22"},
           // The day of another meeting there of one of its people.
           {"John Kerry met Sergei Lavrov in Moscow on Tuesday. He flew on. The weather was fine. John Kerry held "
            "talks with Vladimir Putin in Moscow.",
            "2016-03-22"},
           // Two days there: which one is not said.
           {"John Kerry arrived in Moscow on Tuesday. He was in Moscow again on Thursday, when he visited Moscow. "
            "He flew on. The weather was fine. John Kerry held talks with Vladimir Putin in Moscow.",
            ""},
           // Another place: no date.
           {"John Kerry arrived in Sochi on Tuesday. He flew on. The weather was fine. John Kerry held talks "
            "with Vladimir Putin in Moscow.",
            ""},
       }) {
    CAPTURE(c.text);
    std::string putin;
    for (const auto& m : meetings(facts(c.text, "2016-03-25")))
      if (m.people.count("person:vladimir_putin")) putin = m.date;
    CHECK(putin == c.date);
  }
}

TEST_CASE("a meeting placed nowhere took place where the article sends one of its people") {
  struct Case {
    std::string text, place;
  };
  for (const Case& c : std::vector<Case>{
           {"Finance Minister Ali Wardhana arrived in Indonesia on Saturday. Wardhana held talks with President "
            "Suharto.",
            "country:indonesia"},
           // Two places: which one is not said.
           {"John Kerry visited Moscow. John Kerry visited Sochi. Sergei Lavrov met John Kerry.", ""},
           // A visit to come is not where a meeting that took place was.
           {"Finance Minister Dilson Funaro met Paul Volcker on Friday. Funaro hopes to visit Canada next week.", ""},
       }) {
    CAPTURE(c.text);
    auto ms = meetings(facts(c.text, "1987-03-24"));
    REQUIRE(ms.size() == 1);
    CHECK(ms[0].place == c.place);
  }
}

TEST_CASE("a visit to come is marked planned") {
  DocumentFacts f = facts("Finance Minister Dilson Funaro hopes to visit Canada next week. Funaro visited Japan.",
                          "1987-03-24");
  std::map<std::string, std::string> status;
  for (const Relation& r : f.relations)
    if (r.type == relation::kVisited) {
      auto it = r.attributes.find("status");
      status[r.target] = it == r.attributes.end() ? "" : std::get<std::string>(it->second);
    }
  CHECK(status == std::map<std::string, std::string>{{"country:canada", "planned"}, {"country:japan", ""}});
}

TEST_CASE("no article date, no relative date") {
  auto ms = meetings(facts("Sergei Lavrov met John Kerry on Thursday."));
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].date.empty());
}

TEST_CASE("a meeting's place: in or at a place") {
  struct Case {
    std::string text, place;
  };
  for (const Case& c : std::vector<Case>{
           {"Sergei Lavrov met John Kerry in Moscow.", "place:moscow"},
           {"Sergei Lavrov met John Kerry in the resort city of Sochi.", "place:sochi"},
           {"Sergei Lavrov met John Kerry at the Kremlin.", "place:kremlin"},
           {"Sergei Lavrov met John Kerry in Russia.", "country:russia"},
           {"Sergei Lavrov met John Kerry to talk about Syria.", ""},
           {"During his first visit to Washington in years, Sergei Lavrov held talks with John Kerry.",
            "place:washington"},
           {"Sergei Lavrov will visit Washington next week for talks with John Kerry.", "place:washington"},
           // The place may start the sentence.
           {"In Moscow, Sergei Lavrov met John Kerry.", "place:moscow"},
           {"At the Kremlin, Sergei Lavrov met John Kerry.", "place:kremlin"},
       }) {
    CAPTURE(c.text);
    auto ms = meetings(facts(c.text));
    REQUIRE(ms.size() == 1);
    CHECK(ms[0].place == c.place);
  }
}

TEST_CASE("one meeting told twice in an article is one event") {
  auto ms = meetings(facts(
      "Sergei Lavrov met John Kerry in Moscow on Thursday. Their meeting lasted four hours, Lavrov said of his talks with Kerry.",
      "2016-03-25"));
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].date == "2016-03-24");
  CHECK(ms[0].place == "place:moscow");
}

TEST_CASE("two meetings of the same pair on different dates stay two") {
  auto ms = meetings(facts("Sergei Lavrov met John Kerry in May 2015. They met again when Kerry met Lavrov on Thursday.",
                           "2016-03-25"));
  REQUIRE(ms.size() == 2);
  CHECK(ms[0].date != ms[1].date);
}

TEST_CASE("a role without a name stands for the one person who holds it") {
  auto ms = meetings(facts(
      "Secretary of State John Kerry and President Vladimir Putin spoke. Later the Secretary of State met the President "
      "again."));
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].people == std::set<std::string>{"person:john_kerry", "person:vladimir_putin"});
  // Two presidents: "the President" is no one in particular.
  auto none = meetings(facts(
      "President Vladimir Putin and President Barack Obama spoke. Secretary of State John Kerry met the President."));
  CHECK(none.empty());
  // The country narrows it: "the Russian President".
  auto one = meetings(facts(
      "Russian President Vladimir Putin and U.S. President Barack Obama spoke. Secretary of State John Kerry met the "
      "Russian President."));
  REQUIRE(one.size() == 1);
  CHECK(one[0].people == std::set<std::string>{"person:john_kerry", "person:vladimir_putin"});
}

TEST_CASE("countries are sides of talks when no person is named for them") {
  struct Case {
    std::string text;
    std::set<std::string> participants;
  };
  for (const Case& c : std::vector<Case>{
           {"Talks between Russia and Ukraine resumed.", {"country:russia", "country:ukraine"}},
           {"The foreign ministers of Russia, Iran and Turkey met.", {"country:iran", "country:russia", "country:turkey"}},
           {"Secretary of State John Kerry met Chinese officials.", {"country:china", "person:john_kerry"}},
           {"Japanese officials open talks with American trade negotiators.", {"country:japan", "country:united_states"}},
       }) {
    CAPTURE(c.text);
    auto ms = meetings(facts(c.text));
    REQUIRE(ms.size() == 1);
    CHECK(ms[0].people == c.participants);
  }
  // A country that qualifies a name is no side.
  for (const char* text : {"John Kerry met Russia's foreign minister Sergei Lavrov.",
                           "John Kerry met yesterday with the foreign minister of Russia, Sergei Lavrov.",
                           // A relation between states, joined by a hyphen, modifies the noun after it.
                           "John Kerry hopes to ease U.S.-Russia trade friction at a meeting with Sergei Lavrov."}) {
    CAPTURE(text);
    auto ms = meetings(facts(text));
    REQUIRE(ms.size() == 1);
    CHECK(ms[0].people == std::set<std::string>{"person:john_kerry", "person:sergei_lavrov"});
  }
}

TEST_CASE("who was there, listed after the meeting") {
  struct Case {
    std::string text;
    std::set<std::string> people;  // of the one meeting; empty: none
  };
  for (const Case& c : std::vector<Case>{
           {"Ministers arrived to begin a meeting of the Group of Five. Officials seen arriving included Foreign "
            "Minister Sergei Lavrov and Secretary of State John Kerry. Also seen arriving were President Vladimir "
            "Putin and Chancellor of the Exchequer and central bank governor Robin Leigh.",
            {kKerry, kLavrov, kPutin, "person:robin_leigh"}},
           {"Sergei Lavrov held talks with John Kerry. Those present were Vladimir Putin and Robin Leigh.",
            {kKerry, kLavrov, kPutin, "person:robin_leigh"}},
           // A list of names that says nothing of being there.
           {"Ministers began a meeting. Critics of the plan include John Kerry and Sergei Lavrov.", {}},
           // Stars at a ceremony: "a host of" is no host.
           {"A host of stars, including John Kerry and Sergei Lavrov, are expected at the ceremony.", {}},
       }) {
    CAPTURE(c.text);
    auto ms = meetings(facts(c.text));
    if (c.people.empty()) {
      CHECK(ms.empty());
      continue;
    }
    REQUIRE(ms.size() == 1);
    CHECK(ms[0].people == c.people);
  }
}

TEST_CASE("a country's officials are a side; its business leaders are not") {
  CHECK(meetings(facts("John Kerry met West German monetary officials.")).size() == 1);
  CHECK(meetings(facts("John Kerry met Brazilian business leaders.")).empty());
}

TEST_CASE("a meeting of countries and the meeting of their people are one") {
  auto ms = meetings(facts("Russian officials tomorrow open talks with American negotiators. Russian Foreign Minister "
                           "Sergei Lavrov is to hold meetings with U.S. Secretary of State John Kerry.",
                           "2016-03-25"));
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].people == std::set<std::string>{"person:john_kerry", "person:sergei_lavrov"});
  CHECK(ms[0].date == "2016-03-26");
  CHECK(ms[0].status == "planned");
  // The talks told as two meetings of their people: both are dated.
  ms = meetings(facts("Russian officials tomorrow open talks with American negotiators. Russian Foreign Minister "
                      "Sergei Lavrov will meet U.S. Secretary of State John Kerry. Russian Defence Minister Sergei "
                      "Shoigu will meet U.S. Defense Secretary Ashton Carter.",
                      "2016-03-25"));
  REQUIRE(ms.size() == 2);
  CHECK(ms[0].date == "2016-03-26");
  CHECK(ms[1].date == "2016-03-26");
  // A meeting of people on another date is another meeting.
  ms = meetings(facts("Russian officials tomorrow open talks with American negotiators. Russian Foreign Minister "
                      "Sergei Lavrov met U.S. Secretary of State John Kerry in 2013.",
                      "2016-03-25"));
  CHECK(ms.size() == 2);
}

TEST_CASE("a meeting is part of a summit and discusses agreements") {
  DocumentFacts f = facts(
      "Sergei Lavrov met John Kerry on the sidelines of the G20 summit to discuss the Minsk agreements.");
  auto ms = meetings(f);
  REQUIRE(ms.size() == 1);
  std::string event;
  for (const Entity& e : f.entities)
    if (e.kind == "meeting") event = e.id;
  CHECK(targets(f, event, "part_of") == std::set<std::string>{"event:g20_summit"});
  CHECK(targets(f, event, "discussed") == std::set<std::string>{"agreement:minsk_agreement"});
}

TEST_CASE("visits: a person to a place or country, with the sentence's date") {
  struct Case {
    std::string text, place, date;
  };
  for (const Case& c : std::vector<Case>{
           {"John Kerry visited Moscow on Thursday.", "place:moscow", "2016-03-24"},
           {"John Kerry arrived in Sochi.", "place:sochi", ""},
           {"It was John Kerry's third visit to Russia.", "country:russia", ""},
           {"John Kerry flew to Antalya in May 2015.", "place:antalya", "2015-05"},
       }) {
    CAPTURE(c.text);
    DocumentFacts f = facts(c.text, "2016-03-25");
    std::set<std::string> places;
    std::string date;
    for (const Relation& r : f.relations)
      if (r.type == "visited" && r.source == "person:john_kerry") places.insert(r.target), date = r.date;
    CHECK(places == std::set<std::string>{c.place});
    CHECK(date == c.date);
  }
  CHECK(targets(facts("John Kerry did not visit Moscow."), "person:john_kerry", "visited").empty());
}

TEST_CASE("the place of a meeting after 'where'") {
  auto ms = meetings(facts("John Kerry visited Sochi, where he met Vladimir Putin."));
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].place == "place:sochi");
  CHECK(ms[0].people == std::set<std::string>{"person:john_kerry", "person:vladimir_putin"});
}

TEST_CASE("Text that never ends a sentence: evidence stays short, meetings are still found") {
  // 3,000 names and meeting verbs with no full stop: one "sentence" of
  // 12,000 tokens. Each mention's evidence is the whole tokens around it
  // that fit in Annotation::kMaxEvidenceText bytes, and matches the text at
  // its offsets; the meetings at the start and the end are found.
  std::string text = "Secretary of State John Kerry met Russian Foreign Minister Sergei Lavrov";
  for (int i = 0; i < 3000; ++i) text += " and then they met again";
  text += " and President Vladimir Putin met Chancellor Angela Merkel";
  DocumentFacts f = facts(text);
  size_t spans = 0;
  auto check = [&](const std::vector<Evidence>& evidence) {
    for (const Evidence& e : evidence) {
      INFO(e.text.substr(0, 80));
      REQUIRE(e.text.size() <= extract::Annotation::kMaxEvidenceText);
      REQUIRE(e.end - e.start == e.text.size());
      REQUIRE(text.substr(e.start, e.end - e.start) == e.text);
      ++spans;
    }
  };
  for (const Entity& e : f.entities) check(e.evidence);
  for (const Relation& r : f.relations) check(r.evidence);
  REQUIRE(spans > 0);
  std::vector<MeetingSeen> seen = meetings(f);
  auto met = [&](const std::string& a, const std::string& b) {
    return std::any_of(seen.begin(), seen.end(), [&](const MeetingSeen& m) {
      return m.people.count(a) && m.people.count(b);
    });
  };
  REQUIRE(met("person:john_kerry", "person:sergei_lavrov"));
  REQUIRE(met("person:vladimir_putin", "person:angela_merkel"));
}

TEST_CASE("the head of a body inside another works for both, and in the country of its city") {
  DocumentFacts f = facts("Head of the Department of Economics of the Moscow State University Andrei Sidorov spoke.");
  CHECK(targets(f, "person:andrei_sidorov", "affiliated_with") ==
        std::set<std::string>{"organization:department_of_economics", "organization:lomonosov_moscow_state_university",
                              "country:russia"});
  DocumentFacts g = facts("He studied at the Tokyo Institute of Technology.");
  CHECK(targets(g, "organization:tokyo_institute_of_technology", "affiliated_with") ==
        std::set<std::string>{"country:japan"});
}

TEST_CASE("a meeting is labelled by its people's names, not by a description of one") {
  DocumentFacts f = facts(
      "U.S. Secretary of State John Kerry arrived. The Secretary of State met President Vladimir Putin.");
  auto ms = meetings(f);
  REQUIRE(ms.size() == 1);
  const Entity* e = entity(f, "event:meeting_john_kerry_vladimir_putin");
  REQUIRE(e);
  CHECK(e->canonical == "Meeting: John Kerry \u2013 Vladimir Putin");
}
