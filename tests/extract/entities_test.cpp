// Entities from sentences written for the test: gazetteer names, names
// built on head words, people, surname coreference.
#include <catch2/catch.hpp>

#include "tests/extract/extract_fixture.h"

using namespace newsgraph;
using namespace newsgraph::extract::testing;

TEST_CASE("countries by name, short form and adjective") {
  check_ids(NodeType::kCountry, {
      {"Officials in the U.S. and the UK disagreed.", {"country:united_states", "country:united_kingdom"}},
      {"Britain and France signed it.", {"country:united_kingdom", "country:france"}},
      {"Russian and Chinese diplomats met.", {"country:russia", "country:china"}},
      {"The Soviet Union collapsed.", {"country:soviet_union"}},
      {"North Korea tested a missile.", {"country:north_korea"}},
      {"us and them", {}},
  });
}

TEST_CASE("a country's label is its gazetteer name, whatever form the text uses") {
  DocumentFacts f = facts("The U.S. envoy left. US troops stayed.");
  const Entity* us = entity(f, "country:united_states");
  REQUIRE(us);
  CHECK(us->canonical == "United States");
  CHECK(us->names.at("U.S.") == 1);
  CHECK(us->names.at("US") == 1);
  CHECK(us->mentions == 2);
}

TEST_CASE("places with their country, capitals, and seats of power") {
  DocumentFacts f = facts("The talks in Geneva ended. The Kremlin said later that Moscow agreed.");
  CHECK(ids(f, NodeType::kPlace) == std::set<std::string>{"place:geneva", "place:moscow"});
  CHECK(targets(f, "place:geneva", "located_in") == std::set<std::string>{"country:switzerland"});
  // "the Kremlin said": the government, not the building.
  CHECK(ids(f, NodeType::kOrganization) == std::set<std::string>{"organization:kremlin"});
  // Switzerland is only referenced: it gains no document.
  CHECK(ids(f, NodeType::kCountry).empty());
  CHECK(ids(facts("Kerry walked in the Kremlin."), NodeType::kPlace).count("place:kremlin") == 1);
}

TEST_CASE("a big city's name of several words is found in the wrong case; a small one's is not") {
  check_ids(NodeType::kPlace, {
      {"The next round will be held in new York in December.", {"place:new_york_city"}},
      {"Delegates gathered in Mexico city on Monday.", {"place:mexico_city"}},
      {"The talks moved to new Delhi.", {"place:new_delhi"}},
      // Few people live in West New York: its name folded is no city's.
      {"They met in west New York.", {"place:new_york_city"}},
  });
}

TEST_CASE("organizations, agreements and events named by their head word") {
  struct Case {
    std::string text;
    NodeType type;
    std::string id;
  };
  for (const Case& c : std::vector<Case>{
           {"The Russian Foreign Ministry issued a statement.", NodeType::kOrganization, "organization:russian_foreign_ministry"},
           // A hyphen inside a word of the name joins its capitalised parts.
           {"They signed the Treaty on the Non-Proliferation of Nuclear Weapons.", NodeType::kAgreement,
            "agreement:treaty_on_the_non_proliferation_of_nuclear_weapons"},
           // A ministry no country owns is its article's (country_body_test.cpp).
           {"He joined the Ministry of Foreign Affairs in 1990.", NodeType::kOrganization,
            "organization:foreign_ministry_in_doc"},
           {"Refugees climbed into the Norwegian embassy on Monday.", NodeType::kOrganization,
            "organization:norway_embassy"},
           // A country's body named by its field: common nouns, "and" between two.
           {"Officials of the Chilean mining and energy ministry said so.", NodeType::kOrganization,
            "organization:chile_mining_and_energy_ministry"},
           {"The Peruvian coffee growers federation met on Monday.", NodeType::kOrganization,
            "organization:peru_coffee_growers_federation"},
           {"The bill was passed by the Kenyan parliament last week.", NodeType::kOrganization,
            "organization:kenya_parliament"},
           {"Both praised the Iran nuclear deal again.", NodeType::kAgreement, "agreement:iran_nuclear_deal"},
           {"They discussed the Minsk agreements at length.", NodeType::kAgreement, "agreement:minsk_agreement"},
           {"Leaders gathered for the G20 summit last year.", NodeType::kEvent, "event:g20_summit"},
           {"It followed the annexation of Crimea by Russia.", NodeType::kEvent, "event:annexation_of_crimea"},
           {"The Syrian civil war goes on.", NodeType::kEvent, "event:syria_crisis"},
           {"Diplomats cited Security Council Resolution 2254 on Syria.", NodeType::kAgreement,
            "agreement:security_council_resolution_2254"},
           {"Iraq was in breach of UN resolution 1441, they said.", NodeType::kAgreement,
            "agreement:un_resolution_1441"},
           {"Voters will decide on the European Constitution next year.", NodeType::kAgreement,
            "agreement:european_constitution"},
           // "Commission" alone may be the European Commission; before "on"
           // and a name it starts a name of its own.
           {"She told the Commission on Security and Cooperation in Europe so.", NodeType::kOrganization,
            "organization:commission_on_security_and_cooperation_in_europe"},
           {"The Commission said no.", NodeType::kOrganization, "organization:european_commission"},
           {" - The Office of the Deputy Prime Minister should act.", NodeType::kOrganization,
            "organization:office_of_the_deputy_prime_minister"},
           {"Trade has grown since the Uruguay round began.", NodeType::kEvent, "event:uruguay_round"},
           {"Trade has grown since the 1985 accord was signed.", NodeType::kAgreement, "agreement:1985_accord"},
           // A law's name runs through "of [the]"; a part of it is not its name.
           {"He asked under the Freedom of Information Act.", NodeType::kAgreement,
            "agreement:freedom_of_information_act"},
           {"MPs passed the Representation of the People Act.", NodeType::kAgreement,
            "agreement:representation_of_the_people_act"},
           {"He was charged under Section 5 of the Public Order Act.", NodeType::kAgreement,
            "agreement:public_order_act"},
           // A company's "of" or "in" says where it is.
           {"Shares of Technical Data Corp of Boston rose.", NodeType::kOrganization, "organization:technical_data_corp"},
           {"Analysts at Kestrel Securities in Osaka said so.", NodeType::kOrganization, "organization:kestrel_securities"},
           {"It may sell Texas Oil and Gas Corp of Dallas.", NodeType::kOrganization, "organization:texas_oil_and_gas_corp"},
       }) {
    CAPTURE(c.text);
    CHECK(ids(facts(c.text), c.type) == std::set<std::string>{c.id});
  }
}

TEST_CASE("a landmark is a place named by its head word, in the country of the place it is named after") {
  struct Case {
    std::string text;
    std::set<std::string> places;
  };
  for (const Case& c : std::vector<Case>{
           {"He landed at Luton Airport on Monday.", {"place:luton_airport"}},
           {"Protesters gathered in Parliament Square on Monday.", {"place:parliament_square"}},
           {"They met at Stansted Airport in Essex.", {"place:stansted_airport", "place:essex"}},
           // A name that runs on past the head is another name's.
           {"The Manic Street Preachers played.", {}},
           // A given name alone before the head is a person's.
           {"Wayne Bridge scored twice.", {}},
       }) {
    CAPTURE(c.text);
    CHECK(ids(facts(c.text), NodeType::kPlace) == c.places);
  }
  DocumentFacts f = facts("He landed at Luton Airport on Monday.");
  CHECK(targets(f, "place:luton_airport", "located_in") == std::set<std::string>{"country:united_kingdom"});
}

TEST_CASE("a body's field follows a country or a place, not a person") {
  CHECK(ids(facts("Smith told parliament on Monday."), NodeType::kOrganization).empty());
  CHECK(ids(facts("Jones said ministry officials agreed."), NodeType::kOrganization).empty());
}

TEST_CASE("a numbered resolution needs a number of its own; a head word alone names nothing") {
  for (std::string text : {"The resolution 2254th time was a joke.", "A resolution was passed in 2015.",
                           "They read the Constitution aloud."}) {
    CAPTURE(text);
    CHECK(ids(facts(text), NodeType::kAgreement).empty());
  }
  // A quote before the sentence's first word leaves it the first: "If" is
  // no word of a name.
  CHECK(ids(facts("\"If Parliament wanted to, it could,\" he said."), NodeType::kOrganization) ==
        std::set<std::string>{"organization:european_parliament"});
}

TEST_CASE("a foreign body's first word starts its name, through the particles of its language") {
  check_ids(NodeType::kOrganization, {
      {"Co-lead manager Banque Quillet said so.", {"organization:banque_quillet"}},
      {"The loan came from Banco do Varrow and Banca Nazionale del Brackwell.",
       {"organization:banco_do_varrow", "organization:banca_nazionale_del_brackwell"}},
      {"Societe Quillet SA raised its stake.", {"organization:societe_quillet_sa"}},
      {"Shares of Caisse Centrale de la Tallis rose.", {"organization:caisse_centrale_de_la_tallis"}},
      // The word alone, or before a date, names nothing.
      {"The Banque said so.", {}},
      {"A Banque Monday report said so.", {}},
  });
}

TEST_CASE("a form several organizations share names the one of the country the article names most") {
  check_ids(NodeType::kOrganization, {
      {"Britain's economy grew. The Treasury said growth would slow in Britain.", {"organization:hm_treasury"}},
      {"The Treasury said the United States economy would grow.", {"organization:us_treasury"}},
      // No country named: the first listed.
      {"The Treasury said so.", {"organization:us_treasury"}},
      // A city counts for its country.
      {"In London, the Treasury said so.", {"organization:hm_treasury"}},
  });
}

TEST_CASE("a verb phrase is not a name: 'Lavrov will hold talks'") {
  DocumentFacts f = facts("Foreign Minister Sergei Lavrov will hold talks with Kerry.");
  CHECK(ids(f, NodeType::kEvent).empty());
}

TEST_CASE("a country inside a name is named; a city inside one is not") {
  DocumentFacts f = facts("The Iran nuclear deal and the Geneva process were discussed.");
  CHECK(ids(f, NodeType::kCountry) == std::set<std::string>{"country:iran"});
  CHECK(ids(f, NodeType::kPlace).empty());
  CHECK(targets(f, "country:iran", "party_to") == std::set<std::string>{"agreement:iran_nuclear_deal"});
}

TEST_CASE("people after a title, with a given name, or speaking") {
  check_ids(NodeType::kPerson, {
      {"President Vladimir Putin spoke.", {"person:vladimir_putin"}},
      {"Chancellor Angela Merkel arrived.", {"person:angela_merkel"}},
      {"Mr Smithfield left early.", {"person:smithfield"}},
      {"Victoria Nuland testified on Tuesday.", {"person:victoria_nuland"}},
      {"UN envoy Staffan de Mistura and President Bashar al-Assad were named.", {"person:staffan_de_mistura", "person:bashar_assad"}},
      {"Speaking alongside officials, the minister left.", {}},
      {"Pushkov tweeted about it.", {"person:pushkov"}},
      {"Secretary of State We used the format.", {}},
      {"Film-maker Drezan Quell says cinema is changing.", {"person:drezan_quell"}},
  });
}

TEST_CASE("a plural title starts a list of people, and is no word of their names") {
  check_ids(NodeType::kPerson, {
      {"Presidents Quellan and Varrowitz spoke on Monday.", {"person:quellan", "person:varrowitz"}},
      {"He is a close friend of princes Drezan and Tallion.", {"person:drezan", "person:tallion"}},
      {"Foreign Ministers Drezan Quell, Marek Tallion and Ivo Varrowitz signed.",
       {"person:drezan_quell", "person:marek_tallion", "person:ivo_varrowitz"}},
      // Not offices, or a place's name: no list of people.
      {"Shares in analysts Quellan and Varrowitz fell.", {}},
      {"Kings Cross and Euston are busy stations.", {}},
  });
  // A monarch's plural title gives each the singular form of the name.
  DocumentFacts f = facts("He is a close friend of princes Drezan and Tallion.");
  const Entity* prince = entity(f, "person:drezan");
  REQUIRE(prince);
  CHECK(prince->names.count("Prince Drezan") == 1);
}

TEST_CASE("transliteration variants give one person id") {
  CHECK(ids(facts("Foreign Minister Sergey Lavrov spoke."), NodeType::kPerson) ==
        std::set<std::string>{"person:sergei_lavrov"});
  CHECK(ids(facts("Colonel Muammar Gaddafi spoke."), NodeType::kPerson) ==
        std::set<std::string>{"person:muammar_qaddafi"});
}

TEST_CASE("surnames resolve to the full name, before and after it") {
  DocumentFacts f = facts(
      "Lavrov arrives\n\nRussian Foreign Minister Sergei Lavrov met John Kerry. "
      "Later Lavrov said Kerry’s visit was useful. Mr. Kerry agreed.");
  CHECK(ids(f, NodeType::kPerson) == std::set<std::string>{"person:john_kerry", "person:sergei_lavrov"});
  const Entity* lavrov = entity(f, "person:sergei_lavrov");
  REQUIRE(lavrov);
  CHECK(lavrov->mentions == 3);
  CHECK(lavrov->names == std::map<std::string, uint64_t>{{"Lavrov", 2}, {"Sergei Lavrov", 1}});
  REQUIRE(entity(f, "person:john_kerry"));
  CHECK(entity(f, "person:john_kerry")->mentions == 3);
}

TEST_CASE("a title-case headline adds no new people, only known ones") {
  DocumentFacts f = facts("John Kerry Expects Real Progress in Moscow\n\nSecretary of State John Kerry landed.");
  CHECK(ids(f, NodeType::kPerson) == std::set<std::string>{"person:john_kerry"});
  REQUIRE(entity(f, "person:john_kerry"));
  CHECK(entity(f, "person:john_kerry")->mentions == 2);
}

TEST_CASE("mentions carry byte offsets into the text") {
  std::string text = "Sergei Lavrov met John Kerry.";
  DocumentFacts f = facts(text);
  REQUIRE(f.mentions.size() == 2);
  CHECK(text.substr(f.mentions[0].start, f.mentions[0].end - f.mentions[0].start) == "Sergei Lavrov");
  CHECK(text.substr(f.mentions[1].start, f.mentions[1].end - f.mentions[1].start) == "John Kerry");
  CHECK(f.mentions[0].entity == "person:sergei_lavrov");
  const Entity* e = entity(f, "person:sergei_lavrov");
  REQUIRE(e->evidence.size() == 1);
  CHECK(e->evidence[0].text == text);
  CHECK(e->evidence[0].start == 0);
  CHECK(e->evidence[0].end == text.size());
}

TEST_CASE("a surname alone resolves to the officeholder of that name near the article's date") {
  struct Case {
    std::string text, date, person;
  };
  for (const Case& c : std::vector<Case>{
           {"President Obama spoke.", "2012-05-01", "person:barack_obama"},
           {"President Bush spoke.", "2003-01-01", "person:george_w_bush"},
           {"President Bush spoke.", "1990-06-01", "person:george_bush"},
           {"Mr Blair left early.", "", "person:tony_blair"},
           {"It was a meeting between Putin and his guests.", "2005-01-01", "person:vladimir_putin"},
           // An official's country named, or a title of office: the officeholder.
           {"Sierra Leone waited. The defender Cole spoke.", "", "person:christopher_okoro_cole"},
           // Neither: a namesake ("defender Cole" is no president of Sierra Leone).
           {"Arsenal defender Cole scored twice.", "", "person:cole"},
           {"Arsenal defender Cole scored twice.", "1971-04-20", "person:cole"},
       }) {
    CAPTURE(c.text, c.date);
    CHECK(ids(facts(c.text, c.date), NodeType::kPerson) == std::set<std::string>{c.person});
  }
  // Two Bushes held office; without a date the surname stays a surname.
  CHECK(ids(facts("President Bush spoke."), NodeType::kPerson) == std::set<std::string>{"person:bush"});
  // A common word is no surname without a title.
  CHECK(ids(facts("The bush burned. Bush fires spread.", "2003-01-01"), NodeType::kPerson).empty());
}

// The roles of `person`'s affiliations with `country`.
std::set<std::string> roles(const DocumentFacts& f, const std::string& person, const std::string& country) {
  std::set<std::string> out;
  for (const Relation& r : f.relations)
    if (r.source == person && r.target == country && r.type == "affiliated_with") out.insert(r.roles.begin(), r.roles.end());
  return out;
}

TEST_CASE("an officeholder in office at the article's date has that country and role") {
  DocumentFacts f = facts("President Obama spoke.", "2012-05-01");
  CHECK(targets(f, "person:barack_obama", "affiliated_with") == std::set<std::string>{"country:united_states"});
  CHECK(roles(f, "person:barack_obama", "country:united_states").count("President") == 1);
}

TEST_CASE("leaders that only CountryInfo's leader lists hold have their country and role at the date") {
  struct Case {
    std::string text, date, person, country, role;
  };
  for (const Case& c : std::vector<Case>{
           {"Francois Mitterrand spoke on television.", "1987-03-10", "person:francois_mitterrand", "country:france",
            "President"},
           {"Saddam Hussein signed the decree.", "1987-03-10", "person:saddam_hussein", "country:iraq", "President"},
           {"Yasuhiro Nakasone left for Washington.", "1987-04-28", "person:yasuhiro_nakasone", "country:japan",
            "Prime minister"},
       }) {
    CAPTURE(c.text, c.date);
    DocumentFacts f = facts(c.text, c.date);
    CHECK(targets(f, c.person, "affiliated_with") == std::set<std::string>{c.country});
    CHECK(roles(f, c.person, c.country) == std::set<std::string>{c.role});
  }
}

TEST_CASE("an officeholder out of office, or in an undated article, has the country of all their offices") {
  struct Case {
    std::string text, date, person, country;
  };
  for (const Case& c : std::vector<Case>{
           {"Barack Obama spoke.", "2005-05-01", "person:barack_obama", "country:united_states"},  // a senator then
           {"Margaret Thatcher spoke at the dinner.", "", "person:margaret_thatcher", "country:united_kingdom"},
           {"Noboru Takeshita arrived late.", "", "person:noboru_takeshita", "country:japan"},
       }) {
    CAPTURE(c.text, c.date);
    DocumentFacts f = facts(c.text, c.date);
    CHECK(targets(f, c.person, "affiliated_with") == std::set<std::string>{c.country});
    CHECK(roles(f, c.person, c.country).empty());  // no office at that date
  }
  // The article's own word wins: no second country from the gazetteer.
  DocumentFacts f = facts("Kenyan envoy Barack Obama spoke.", "2005-05-01");
  CHECK(targets(f, "person:barack_obama", "affiliated_with") == std::set<std::string>{"country:kenya"});
}

TEST_CASE("a company is named later without its company words") {
  DocumentFacts f = facts("Shares of Halverson Mining Corp Ltd rose. Halverson Mining said output grew, and Halverson stock rose.");
  CHECK(ids(f, NodeType::kOrganization) == std::set<std::string>{"organization:halverson_mining_corp_ltd"});
  CHECK(ids(f, NodeType::kPerson).empty());
  CHECK(entity(f, "organization:halverson_mining_corp_ltd")->mentions == 3);
  // One word of the name, no English word, stands for the company too;
  // not when two companies of the article share it.
  DocumentFacts g = facts("Eastman Quodak Co said sales rose. Quodak said its photographic sales fell.");
  CHECK(ids(g, NodeType::kOrganization) == std::set<std::string>{"organization:eastman_quodak_co"});
  CHECK(ids(g, NodeType::kPerson).empty());
  // A country, region or capital in the name stays itself elsewhere.
  DocumentFacts t = facts("Shares of Texas Quodak Corp rose. Voters in Texas agreed.");
  CHECK(ids(t, NodeType::kPlace) == std::set<std::string>{"place:texas"});
  DocumentFacts h = facts("Quodak Film Co and Rank Quodak Ltd merged. Quodak said so.");
  CHECK(ids(h, NodeType::kOrganization) ==
        std::set<std::string>{"organization:quodak_film_co", "organization:rank_quodak_ltd"});
}

TEST_CASE("a peer's name keeps its title as a name form") {
  DocumentFacts f = facts("Lord Whitcombe said the bid was strong.");
  const Entity* e = entity(f, "person:whitcombe");
  REQUIRE(e);
  CHECK(e->names.count("Lord Whitcombe") == 1);
}

TEST_CASE("after a title, a word and a place name are one person's name") {
  DocumentFacts f = facts("The harvest is good, Agriculture Minister Iris Resende said.");
  CHECK(ids(f, NodeType::kPerson) == std::set<std::string>{"person:iris_resende"});
  CHECK(ids(f, NodeType::kPlace).empty());
}

TEST_CASE("a given name alone is the one person of the article with that given name") {
  check_ids(NodeType::kPerson, {
      {"Sir Alan Whitcombe resigned. Sir Alan had gone to the country.", {"person:alan_whitcombe"}},
      {"Party leader Jeremy Foxley agreed. Jeremy said he would wait.", {"person:jeremy_foxley"}},
      // Two people share the given name: it names neither.
      {"Jeremy Foxley and Jeremy Dunn agreed. Jeremy said he would wait.",
       {"person:jeremy_foxley", "person:jeremy_dunn", "person:jeremy"}},
      // A surname first: "Dunn" is the surname of one and names him.
      {"Jeremy Foxley and Martin Dunn agreed. Dunn said he would wait.",
       {"person:jeremy_foxley", "person:martin_dunn"}},
  });
}

TEST_CASE("a given name and a place name that start a sentence are a person") {
  DocumentFacts f = facts("Stephen Toulouse, a security manager at Microsoft, said the program spread.");
  CHECK(ids(f, NodeType::kPerson) == std::set<std::string>{"person:stephen_toulouse"});
  CHECK(ids(f, NodeType::kPlace).empty());
  CHECK(ids(f, NodeType::kCountry).empty());
}

TEST_CASE("in a sports article, a town or country named as a side is its team") {
  struct Case {
    std::string text;
    std::set<std::string> organizations, places;
  };
  for (const Case& c : std::vector<Case>{
           {"Bolton beat Burnley 2-1 on Saturday. The striker scored twice and the coach said the league goals came late.",
            {"organization:bolton", "organization:burnley"}, {}},
           // "in Paris" says where; "against France" is the other side.
           {"England coach Andy Robinson said the penalty cost them the match against France in Paris. "
            "The captain said the season's goals were hard.",
            {"organization:england", "organization:france"}, {"place:paris"}},
           // A list with a team is of teams: "host Arsenal or Sheffield United and Leicester".
           {"Bolton host Arsenal or Sheffield United and Leicester will visit the winners. "
            "The striker scored two goals in the league match and the cup replay, the coach said.",
            {"organization:bolton", "organization:arsenal_fc", "organization:sheffield_united",
             "organization:leicester_city"},
            {}},
           // No sports article: the town stays a place.
           {"Bolton beat Burnley to the new factory, the council said.", {}, {"place:bolton", "place:burnley"}},
       }) {
    CAPTURE(c.text);
    DocumentFacts f = facts(c.text);
    CHECK(ids(f, NodeType::kOrganization) == c.organizations);
    CHECK(ids(f, NodeType::kPlace) == c.places);
  }
}

TEST_CASE("a name broken over lines is written with one space") {
  DocumentFacts f = facts("It was the Office of Fair\nTrading that ruled.");
  const Entity* e = entity(f, "organization:office_of_fair_trading");
  REQUIRE(e);
  CHECK(e->names == std::map<std::string, uint64_t>{{"Office of Fair Trading", 1}});
  // So is a gazetteer's seat, and a meeting's label made of names.
  DocumentFacts g = facts("The White\nHouse said so. Dilson\nFunaro met Paul Volcker.");
  const Entity* seat = entity(g, "organization:white_house");
  REQUIRE(seat);
  CHECK(seat->canonical == "White House");
  auto ms = meetings(g);
  REQUIRE(ms.size() == 1);
  const Entity* meeting = nullptr;
  for (const Entity& x : g.entities)
    if (x.kind == "meeting") meeting = &x;
  REQUIRE(meeting);
  CHECK(meeting->canonical == "Meeting: Dilson Funaro \u2013 Paul Volcker");
}

TEST_CASE("numbers alone before a head word name nothing") {
  CHECK(ids(facts("Table: 137 161 round and 11.00 160 round."), NodeType::kEvent).empty());
}

TEST_CASE("a body after 'of the' with its own head word is a body of its own") {
  check_ids(NodeType::kOrganization, {
      {"She heads the Faculty of World Politics of the Moscow State University now.",
       {"organization:faculty_of_world_politics", "organization:lomonosov_moscow_state_university"}},
      {"He left the Department of Economics of the University of Chicago.",
       {"organization:department_of_economics", "organization:university_of_chicago"}},
      // One word and "of the": the head alone names nothing yet.
      {"He works at the Office of the Deputy Prime Minister.", {"organization:office_of_the_deputy_prime_minister"}},
      // A given name and a surname end a body's name; a date too.
      {"The dean of the University of Chicago John Smith spoke.", {"organization:university_of_chicago"}},
      {"The Ministry of Defence on Friday denied it.", {"organization:defence_ministry_in_doc"}},
      {"It wrote to the International Organizations and World Political Processes Department.",
       {"organization:international_organizations_and_world_political_processes_department"}},
      {"Sheffield United and Leicester City drew.", {"organization:leicester_city", "organization:sheffield_united"}},
  });
}

TEST_CASE("a country at the start of a known body's name is named too") {
  DocumentFacts f = facts("He talked with the U.S. Treasury again.");
  CHECK(ids(f, NodeType::kOrganization) == std::set<std::string>{"organization:us_treasury"});
  CHECK(ids(f, NodeType::kCountry) == std::set<std::string>{"country:united_states"});
}

TEST_CASE("what an annexation or invasion acts on is named, and whose it is is part of its name") {
  DocumentFacts f = facts("The Russian invasion of Ukraine followed the annexation of Crimea.");
  CHECK(ids(f, NodeType::kEvent) ==
        std::set<std::string>{"event:russian_invasion_of_ukraine", "event:annexation_of_crimea"});
  CHECK(ids(f, NodeType::kPlace) == std::set<std::string>{"place:crimea"});
  CHECK(ids(f, NodeType::kCountry).count("country:ukraine") == 1);
}

TEST_CASE("a particle between uncommon capitalised words makes a person's name") {
  check_ids(NodeType::kPerson, {
      {"The envoy on Syria Staffan de Mistura arrived.", {"person:staffan_de_mistura"}},
      {"Guests included Pieter van Vollenhoven.", {"person:pieter_van_vollenhoven"}},
      {"The Tour de France starts soon.", {}},
  });
}

TEST_CASE("people take 'who', and a name joined to a person's is a person's") {
  check_ids(NodeType::kPerson, {
      {"A second blogger, Motjaba Saminejad, who ran a website, was held.", {"person:motjaba_saminejad"}},
      {"The only one who was positive was Tanni Grey Thompson, who has won six times.",
       {"person:tanni_grey_thompson"}},
      // One word may be a team; a head word makes a thing.
      {"Villa, who lost on Saturday, play again.", {}},
      {"The Qorvex Party, who lost the vote, met.", {}},
      {"It needs shareholders John Magnier and JP McManus to agree.",
       {"person:john_magnier", "person:jp_mcmanus"}},
      {"It needs John Magnier and Qorvex Holdings to agree.", {"person:john_magnier"}},
      // A common word before a given name and a surname is not the name's.
      {"Unlike Paul Volcker, he stayed.", {"person:paul_volcker"}},
      {"He said Currency Robert Clarke would go.", {"person:robert_clarke"}},
  });
}

TEST_CASE("a capitalised word before an officeholder's surname makes another person") {
  // "Ngan" alone is Vietnam's Nguyen Thi Kim Ngan; a photographer is not.
  CHECK(ids(facts("Photo: Mandel Ngan/Pool Image via AP"), NodeType::kPerson).count("person:nguyen_thi_kim_ngan") == 0);
}

TEST_CASE("an unknown name is an organization where the words around it say so, in all its mentions") {
  check_ids(NodeType::kOrganization, {
      {"Cable operators Quillnet and Varrow had a good year. Quillnet grew fastest.",
       {"organization:quillnet", "organization:varrow"}},
      {"The research firm Tallis Metrics said so.", {"organization:tallis_metrics"}},
      {"Operators such as Brackwell cut prices.", {"organization:brackwell"}},
      {"\"It is weak,\" said Brackwell analyst Mike Connery.", {"organization:brackwell"}},
      {"A Brackwell spokesman declined to comment.", {"organization:brackwell"}},
      {"Investors bought shares in Brackwell on Monday.", {"organization:brackwell"}},
      // An apposition whose head is a body noun.
      {"Quillnet, the German stock exchange that wants to grow, said so.", {"organization:quillnet"}},
      {"He banks with Varrow, an online bank.", {"organization:varrow"}},
      {"Rival pan-European bourse Tallis is working on a bid.", {"organization:tallis"}},
      // A name may start with digits: a brand's, not an ordinal, a unit or a decade.
      {"It was written by security firm 4ovex for banks.", {"organization:4ovex"}},
      {"The company 4th quarter was weak.", {}},
      {"The firm 1980s boom ended.", {}},
      // Given names make people; one common word, or a date, says too little.
      {"The broadcaster Davina Quell said so.", {}},
      {"He met Rings director Martin Campbell.", {}},
      {"A PR expert said the case was weak.", {}},
      {"The firm Friday said nothing.", {}},
      // The body noun there is not the head: the words describe a person.
      {"Drezan Quell, the company's chairman, left.", {}},
      {"Drezan Quell, the media group founder, left.", {}},
  });
}

TEST_CASE("an unknown name in a list with a company is a company") {
  check_ids(NodeType::kOrganization, {
      {"The real battle will be between Yahoo and Quillnet.", {"organization:yahoo", "organization:quillnet"}},
      {"It would give either Varrow or Verizon access to the network.",
       {"organization:varrow", "organization:verizon"}},
      {"Brackwell, Quillnet, Varrow and Tesco reported strong sales.",
       {"organization:brackwell", "organization:quillnet", "organization:varrow", "organization:tesco"}},
      // A body the words around it show takes its list along.
      {"Cable operators Quillnet and Varrow grew. Quillnet, Brackwell and Varrow cut prices.",
       {"organization:quillnet", "organization:varrow", "organization:brackwell"}},
      {"Quillnet, Brackwell and many other companies left their data open.",
       {"organization:quillnet", "organization:brackwell"}},
      // No list: a comma without "and", a possessive, a hyphen.
      {"Drezan Quell, Tesco's chief executive, left.", {"organization:tesco"}},
      {"Honda's Quillbot and Sony's robots met.", {"organization:honda", "organization:sony"}},
      // Ratings, people after a plural title, given names elsewhere.
      {"The notes are rated Aaa by Moody's and AA by Standard and Poor's.",
       {"organization:moodys", "organization:standard_and_poors"}},
      {"Drezan Quell runs the firm. The stake held by Drezan and Tesco grew.", {"organization:tesco"}},
  });
  // Whatever the gazetteer makes of Ford, Nixon is no company.
  CHECK(ids(facts("He served under presidents Nixon and Ford."), NodeType::kOrganization).count("organization:nixon") ==
        0);
}

TEST_CASE("a city after 'in' ends a body's name; a possessive inside one joins it") {
  struct Case {
    std::string text;
    std::set<std::string> organizations, places;
  };
  for (const Case& c : std::vector<Case>{
           {"He addressed the Supreme People's Assembly in Pyongyang.", {"organization:supreme_peoples_assembly"},
            {"place:pyongyang"}},
           {"She chaired the Commission for Africa in Cape Town.", {"organization:commission_for_africa"},
            {"place:cape_town"}},
           {"He wrote to the Association of Children's Hospices.", {"organization:association_of_childrens_hospices"},
            {}},
           // A possessive after a country is the country's: its ministry.
           {"He praised Russia's Foreign Ministry.", {"organization:russian_foreign_ministry"}, {}},
           // A saint's name takes the possessive.
           {"St Fintian's High School says it is identified.", {"organization:st_fintians_high_school"}, {}},
           // A title word before a common word of the name is the name's.
           {"Members of the Transport and General Workers Union voted.",
            {"organization:transport_and_general_workers_union"}, {}},
       }) {
    CAPTURE(c.text);
    DocumentFacts f = facts(c.text);
    CHECK(ids(f, NodeType::kOrganization) == c.organizations);
    CHECK(ids(f, NodeType::kPlace) == c.places);
  }
}

TEST_CASE("a country's government is one body, however it is written") {
  DocumentFacts f = facts(
      "The Indian government said so. The UK Government agreed, as did the Government of Kenya and the Iraqi "
      "interim government. The Labour government fell.");
  CHECK(ids(f, NodeType::kOrganization) ==
        std::set<std::string>{"organization:government_of_india", "organization:government_of_united_kingdom",
                              "organization:government_of_kenya", "organization:government_of_iraq",
                              "organization:labour_party"});
  const Entity* uk = entity(f, "organization:government_of_united_kingdom");
  REQUIRE(uk);
  CHECK(uk->canonical == "Government of the United Kingdom");
  CHECK(targets(f, "organization:government_of_kenya", "affiliated_with") == std::set<std::string>{"country:kenya"});
}

TEST_CASE("plans, acts, bills and opens are named by their head word, wars with their number") {
  struct Case {
    std::string text;
    NodeType type;
    std::set<std::string> ids;
  };
  for (const Case& c : std::vector<Case>{
           {"It began before World War Two.", NodeType::kEvent, {"event:world_war_two"}},
           {"It began before World War I ended.", NodeType::kEvent, {"event:world_war_i"}},
           {"The Marshall Plan rebuilt Europe.", NodeType::kEvent, {"event:marshall_plan"}},
           {"She won the Australian Open twice.", NodeType::kEvent, {"event:australian_open"}},
           {"The Data Protection Act applies.", NodeType::kAgreement, {"agreement:data_protection_act"}},
           {"MPs passed the Hunting Bill.", NodeType::kAgreement, {"agreement:hunting_bill"}},
           // A given name before a surname is no head; a score is no number of a cup's.
           {"He met Microsoft's Bill Gates.", NodeType::kAgreement, {}},
           {"They won the Arden Cup 3-1.", NodeType::kEvent, {"event:arden_cup"}},
       }) {
    CAPTURE(c.text);
    CHECK(ids(facts(c.text), c.type) == c.ids);
  }
}

TEST_CASE("a hyphenated syllable continues an East Asian name, not a surname's compound") {
  CHECK(ids(facts("Foreign Minister Li Gun-mo arrived."), NodeType::kPerson) ==
        std::set<std::string>{"person:li_gun_mo"});
  CHECK(ids(facts("President Ban Ki-moon spoke."), NodeType::kPerson) == std::set<std::string>{"person:ban_ki_moon"});
  CHECK(ids(facts("President Vladimir Putin-era rules stay."), NodeType::kPerson) ==
        std::set<std::string>{"person:vladimir_putin"});
}

TEST_CASE("a full name misspelt once is the person written most often") {
  DocumentFacts f = facts("Paul Volcker spoke. Paul Vocker said rates would rise. Paul Volcker left.");
  CHECK(ids(f, NodeType::kPerson) == std::set<std::string>{"person:paul_volcker"});
  const Entity* p = entity(f, "person:paul_volcker");
  REQUIRE(p);
  CHECK(p->names.at("Paul Vocker") == 1);
  // Different given names, or short surnames, are different people.
  CHECK(ids(facts("John Smith and Jane Smyth met."), NodeType::kPerson).size() == 2);
  CHECK(ids(facts("Kim Jong spoke. Kim Jung left."), NodeType::kPerson).size() == 2);
}

TEST_CASE("a surname misspelt alone is the one person it is an edit from") {
  check_ids(NodeType::kPerson, {
      {"Westland chairman Douglas Hanforth spoke. \"We are encouraged,\" Hanworth said.",
       {"person:douglas_hanforth"}},
      {"Transport Minister John Crosbeck spoke. Crosibeck said the bid was low.", {"person:john_crosbeck"}},
      // Misspelt again where no rule reads a name: still the person.
      {"Westland chairman Douglas Hanforth spoke. \"We are encouraged,\" Hanworth said. Hanworth cited costs.",
       {"person:douglas_hanforth"}},
      // Two people an edit away: neither.
      {"Anna Hanforth and Mark Hanwirth spoke. Hanworth said so.",
       {"person:anna_hanforth", "person:mark_hanwirth", "person:hanworth"}},
      // Another first letter, or a surname of someone in office, is another person.
      {"Donald Regan spoke. President Reagan said so.", {"person:donald_regan", "person:ronald_reagan"}},
  });
}

TEST_CASE("a monarch's title is part of the name, and no commoner's given name is theirs") {
  DocumentFacts f = facts("King Abdullah of Jordan met Abdullah Gul. Later King Abdullah left.");
  const Entity* king = entity(f, "person:abdullah");
  REQUIRE(king);
  CHECK(king->names.count("King Abdullah") == 1);
  DocumentFacts g = facts("Michael Ancram spoke of ex-King Michael of Romania.");
  CHECK(ids(g, NodeType::kPerson) == std::set<std::string>{"person:michael_ancram", "person:michael"});
  DocumentFacts h = facts("Crown Prince Abdullah bin Abdul Aziz arrived. Prince Abdullah met Bush.");
  CHECK(ids(h, NodeType::kPerson).count("person:abdullah") == 0);
}

TEST_CASE("company names: 'Co' ends one, 'and' joins its trades but not two companies") {
  // A trade after a head word is part of the name: "Capital Markets".
  DocumentFacts f = facts(
      "Pennsylvania Power and Light Co said it would sell stock. Underwriters are Merrill Lynch Capital Markets and "
      "Prudential-Bache Capital Funding.");
  std::set<std::string> orgs = ids(f, NodeType::kOrganization);
  CHECK(orgs.count("organization:pennsylvania_power_and_light_co") == 1);
  CHECK(orgs.count("organization:prudential_bache_capital_funding") == 1);
  CHECK(orgs.count("organization:merrill_lynch_capital_markets") == 1);
  CHECK(orgs.size() == 3);
  CHECK(ids(f, NodeType::kPerson).empty());
}

TEST_CASE("a two-word name with a title in apposition is a person; a town's name after an unknown word is a surname") {
  DocumentFacts f = facts("Officials met. Hideo Maki, Director General of the bureau, said so. Later Maki left.");
  CHECK(ids(f, NodeType::kPerson) == std::set<std::string>{"person:hideo_maki"});
  CHECK(ids(f, NodeType::kPlace).empty());
  // The title there names the next person, not the words before it.
  CHECK(ids(facts("He insulted the Islamic Republic, Ayatollah Ruhollah Khomeini and others."), NodeType::kPerson) ==
        std::set<std::string>{"person:ruhollah_khomeini"});
}

TEST_CASE("a town no gazetteer lists is a place where the text says which region it is in or near") {
  struct Case {
    std::string text;
    std::set<std::string> places;
  };
  for (const Case& c : std::vector<Case>{
           {"One of the men, from Hartwick, Gloucestershire, spoke.", {"place:hartwick", "place:gloucestershire"}},
           {"He lives in Bromesbury, near Cambridge, now.", {"place:bromesbury", "place:cambridge"}},
           {"The plant in Port Quorvik, Texas, closed.", {"place:port_quorvik", "place:texas"}},
           {"He taught in Quorvik, Ill., for years.", {"place:quorvik", "place:illinois"}},
           // A region that owns something, or starts a longer name, places nothing.
           {"The union IG Vortall, Europe's largest, struck.", {"place:europe"}},
           {"Said Quorvik, Texas Instruments' chief, left.", {"place:texas"}},
       }) {
    CAPTURE(c.text);
    DocumentFacts f = facts(c.text);
    CHECK(ids(f, NodeType::kPlace) == c.places);
  }
  DocumentFacts f = facts("One of the men, from Hartwick, Gloucestershire, spoke.");
  CHECK(targets(f, "place:hartwick", "located_in") == std::set<std::string>{"country:united_kingdom"});
}

TEST_CASE("no person where the words say it is none") {
  check_ids(NodeType::kPerson, {
      // "which" follows things, not people, anywhere in the article.
      {"He was a partner of Brodie Vance, which has a client. Brodie Vance said so.", {}},
      {"Brodie Vance said so. Brodie Vance, who left, agreed.", {"person:brodie_vance"}},
      // An article or pronoun starts no name; a title before a head word is a name's.
      {"Some fear it will hurt firms The Qorvex says otherwise.", {}},
      {"If the Tories won the General Election, taxes would fall.", {}},
      // A people is no person, nor is a language an officeholder's surname.
      {"Most Gibraltarians said no.", {}},
      {"Pupils see themselves as English or Catalan.", {}},
  });
}

TEST_CASE("every company word ends a company's name") {
  for (const auto& [form, id] : std::vector<std::pair<std::string, std::string>>{
           {"AG", "organization:quorvane_ag"},       {"SA", "organization:quorvane_sa"},
           {"S.A.", "organization:quorvane_sa"},     {"NV", "organization:quorvane_nv"},
           {"BV", "organization:quorvane_bv"},       {"SpA", "organization:quorvane_spa"},
           {"Plc", "organization:quorvane_plc"},     {"LLC", "organization:quorvane_llc"},
           {"Limited", "organization:quorvane_limited"}, {"Holding", "organization:quorvane_holding"},
       }) {
    CAPTURE(form);
    CHECK(ids(facts("Turnover at Quorvane " + form + " fell."), NodeType::kOrganization) == std::set<std::string>{id});
  }
}

TEST_CASE("an event one country names is one event however the text names the country") {
  DocumentFacts f = facts(
      "The Syrian crisis deepened. The crisis in Syria was discussed, as was the Syria crisis. The war in Iraq "
      "followed the Iraq war. The Ukrainian conflict goes on.");
  CHECK(ids(f, NodeType::kEvent) ==
        std::set<std::string>{"event:syria_crisis", "event:iraq_war", "event:ukraine_crisis"});
  const Entity* crisis = entity(f, "event:syria_crisis");
  REQUIRE(crisis);
  CHECK(crisis->mentions == 3);
  // A country's crisis, conflict and civil war are one strife.
  f = facts("The Syrian civil war goes on. The Syrian conflict has no end. The crisis in Syria deepens.");
  CHECK(ids(f, NodeType::kEvent) == std::set<std::string>{"event:syria_crisis"});
  CHECK(ids(facts("The Ukrainian conflict goes on."), NodeType::kEvent) == std::set<std::string>{"event:ukraine_crisis"});
  // An intervention's adjective names who intervened, not where.
  CHECK(ids(facts("The Russian intervention began."), NodeType::kEvent) ==
        std::set<std::string>{"event:russian_intervention"});
  CHECK(ids(facts("The intervention in Ukraine began."), NodeType::kEvent) ==
        std::set<std::string>{"event:intervention_in_ukraine"});
}

TEST_CASE("a body's meeting is a named event, one however it is written; people's meetings are not") {
  DocumentFacts f = facts(
      "A meeting of the Group of Seven began after the February meeting of the Group of Seven. The G-7 meeting "
      "ended. NATO held a meeting of NATO foreign ministers.");
  CHECK(ids(f, NodeType::kEvent) ==
        std::set<std::string>{"event:g7_meeting", "event:g7_february_meeting", "event:nato_meeting"});
  CHECK(ids(facts("Vladimir Putin met John Kerry. The Putin meeting ended."), NodeType::kEvent) ==
        std::set<std::string>{"event:meeting_john_kerry_vladimir_putin"});
}

TEST_CASE("a company shown by a title is no person where it speaks") {
  DocumentFacts f = facts("The letter from Quorvane said no. Quorvane chairman Richard Noble agreed.");
  CHECK(ids(f, NodeType::kOrganization) == std::set<std::string>{"organization:quorvane"});
  CHECK(ids(f, NodeType::kPerson) == std::set<std::string>{"person:richard_noble"});
  // A compound's noun is a role: "Film-maker" does not make a company.
  CHECK(ids(facts("Film-maker Spike Lee says so."), NodeType::kOrganization).empty());
}

TEST_CASE("a courtesy title is kept as a form of the name, but labels no one") {
  DocumentFacts f = facts("Andrew Pellow spoke. Mr Pellow said so, and Mr Pellow left.");
  const Entity* p = entity(f, "person:andrew_pellow");
  REQUIRE(p);
  CHECK(p->names.at("Mr Pellow") == 2);
}

TEST_CASE("company names: a hyphen's lower-case part, and a common word that starts the sentence") {
  CHECK(ids(facts("The Dai-ichi Life Research Institute said so."), NodeType::kOrganization) ==
        std::set<std::string>{"organization:dai_ichi_life_research_institute"});
  CHECK(ids(facts("Nuclear Data Inc said it would sell."), NodeType::kOrganization) ==
        std::set<std::string>{"organization:nuclear_data_inc"});
  CHECK(ids(facts("But Quorvane Inc said no."), NodeType::kOrganization) ==
        std::set<std::string>{"organization:quorvane_inc"});
}

TEST_CASE("a legal form ends a company's name; partners' firms and stacked forms are one name") {
  DocumentFacts f = facts(
      "The underwriters are Morgan Stanley and Co Inc and Salomon Brothers Inc. Texas Oil and Gas Corp said so.");
  CHECK(ids(f, NodeType::kOrganization) ==
        std::set<std::string>{"organization:morgan_stanley_and_co_inc", "organization:salomon_brothers",
                              "organization:texas_oil_and_gas_corp"});
}

TEST_CASE("a known company with legal forms the gazetteer does not write is the known company") {
  check_ids(NodeType::kOrganization, {
      {"British Petroleum PLC made a bid.", {"organization:british_petroleum"}},
      // The abbreviation ends the sentence, so no form in the list is written.
      {"Its unit is owned by Amoco Corp. Amoco said so.", {"organization:amoco"}},
      {"Its unit is owned by Amoco Corp Ltd.", {"organization:amoco"}},
  });
}

TEST_CASE("partners' surnames before a company word are the firm's name; two companies stay two") {
  check_ids(NodeType::kOrganization, {
      {"He joined Quellan and Varrowitz Inc last year.", {"organization:quellan_and_varrowitz_inc"}},
      {"Advisers are Drezan, Tallion and Co.", {"organization:drezan_tallion_and_co"}},
      {"Shares of Quellan and Varrowitz Financial Corp rose.", {"organization:quellan_and_varrowitz_financial_corp"}},
      // "&" joins one name, a known one among its words.
      {"Shares of Daily Mail & General Trust rose.", {"organization:daily_mail_general_trust"}},
      // An acronym, or more than one word after "and", is another company.
      {"QVX and Varrowitz Inc agreed.", {"organization:varrowitz_inc"}},
      {"Quellan and Varrow Tallion Corp agreed.", {"organization:varrow_tallion_corp"}},
  });
}

TEST_CASE("a stance's prefix and a score before a name are not part of it") {
  check_ids(NodeType::kOrganization, {
      {"Rebels ousted the pro-Moscow Regional Council.", {"organization:regional_council"}},
      {"She joined the anti-EU Freedom Party.", {"organization:european_union", "organization:freedom_party"}},
  });
  check_ids(NodeType::kEvent, {
      {"He praised their 3-0 FA Cup win.", {"event:fa_cup"}},
      {"The June 8-10 summit ended.", {"event:june_8_10_summit"}},
  });
}

TEST_CASE("an event's name ends before where it is held and where it is shown; numbers alone name nothing") {
  check_ids(NodeType::kEvent, {
      {"Details were given at the Game Developers Conference in the US.", {"event:game_developers_conference"}},
      {"Viewers can watch the 2005 Academy Awards on the BBC.", {"event:2005_academy_awards"}},
      {"She won gold at the 2004 Olympics.", {"event:2004_olympics"}},
      {"It was his 13th Championship.", {}},
  });
  check_ids(NodeType::kOrganization, {
      {"Shares of 3Com Corp rose.", {"organization:3com_corp"}},
      {"It holds 34.74 Group shares.", {}},
  });
}

TEST_CASE("after 'of' and a place a body's name ends at 'and', unless another place follows") {
  check_ids(NodeType::kOrganization, {
      {"The Bank of Switzerland and Quellan Varrowitz agreed.", {"organization:bank_of_switzerland"}},
      {"The Port Authority of New York and New Jersey said so.",
       {"organization:port_authority_of_new_york_and_new_jersey"}},
  });
}

TEST_CASE("in a sports article, a player's country after 'of' is the country") {
  DocumentFacts f = facts(
      "Henman reached the final of the tournament and the match point came when he beat Nicolas Kiefer of Germany "
      "6-4 6-4 in the semi-final. The seed, the champion, the coach and the player agreed.");
  CHECK(ids(f, NodeType::kCountry) == std::set<std::string>{"country:germany"});
  CHECK(ids(f, NodeType::kOrganization).empty());
}

TEST_CASE("the office of a role is a body") {
  CHECK(ids(facts("The Information Commissioner's Office said so."), NodeType::kOrganization) ==
        std::set<std::string>{"organization:information_commissioners_office"});
  CHECK(ids(facts("The Prime Minister's visit ended."), NodeType::kOrganization).empty());
}

TEST_CASE("a capital that stands for its government is its country, where the article names the country") {
  struct Case {
    std::string text;
    std::set<std::string> places, countries;
  };
  for (const Case& c : std::vector<Case>{
           {"NATO accused Moscow of violating the truce. Russia denied it.", {}, {"country:russia"}},
           {"Russia is wary. The U.S. waits. Relations between Washington and Moscow are poor.", {},
            {"country:russia", "country:united_states"}},
           {"Russia waits. Moscow said it would not move.", {}, {"country:russia"}},
           // Where it is a place, it is the place.
           {"Russia welcomed him. Kerry landed in Moscow.", {"place:moscow"}, {"country:russia"}},
           {"Thailand waits. Diplomats in Bangkok said so.", {"place:bangkok"}, {"country:thailand"}},
           // A story that never names the country: "Brussels" may be the EU's.
           {"The US filed a complaint against Brussels.", {"place:brussels"}, {"country:united_states"}},
       }) {
    CAPTURE(c.text);
    DocumentFacts f = facts(c.text);
    CHECK(ids(f, NodeType::kPlace) == c.places);
    CHECK(ids(f, NodeType::kCountry) == c.countries);
  }
}
