// Internal to extract/: the extractors of the standard Pipeline, in the
// order it runs them, and the helpers they share.
#pragma once

#include <algorithm>
#include <array>
#include <map>
#include <memory>
#include <string_view>

#include "extract/extract.h"
#include "extract/lexicons.h"

namespace newsgraph::extract {

// Marks roles: "Foreign Minister", "spokesman", "Mr" (kTitle spans).
std::unique_ptr<Extractor> make_title_extractor(std::shared_ptr<const Lexicons> lexicons);
// Names found in the gazetteers: countries and their adjectives, capitals
// and places, seats of power, known organizations, the user's lexicon.
std::unique_ptr<Extractor> make_gazetteer_extractor(std::shared_ptr<const Lexicons> lexicons);
// Organizations, agreements and events named by a head word ("Foreign
// Ministry", "Minsk agreements", "G20 summit", "annexation of Crimea").
std::unique_ptr<Extractor> make_named_thing_extractor(std::shared_ptr<const Lexicons> lexicons);
// Agreements named by a description ("the 21 billion dlr package", "the
// U.S.-Japanese semiconductor pact", "the accord on coffee quotas").
std::unique_ptr<Extractor> make_described_agreement_extractor();
// Events named by a definite description of their kind ("the general
// election", "the referendum"), scoped to the article.
std::unique_ptr<Extractor> make_definite_event_extractor();
// A country's own bodies named by their kind alone: "parliament", "the
// cabinet", "the central bank", "a finance ministry spokesman", "Kenya's
// parliament" (definite_body_extractor.cpp).
std::unique_ptr<Extractor> make_definite_body_extractor(std::shared_ptr<const Lexicons> lexicons);
// Whose body a name of a country's ministry or institution is: "the
// Japanese Finance Ministry", "the Central Bank" in a story about Brazil
// (country_body_extractor.cpp).
std::unique_ptr<Extractor> make_country_body_extractor(std::shared_ptr<const Lexicons> lexicons);
// Teams: in a sports article, a town or country named as a side of a
// match becomes an organization ("Bolton beat Burnley", "England coach").
std::unique_ptr<Extractor> make_team_extractor(std::shared_ptr<const Lexicons> lexicons);
// Bodies defined with their acronym ("the Internet Engineering Task Force
// (IETF)"), and the acronym's every mention in the article.
std::unique_ptr<Extractor> make_acronym_extractor(std::shared_ptr<const Lexicons> lexicons);
// People: capitalised names after a title, or starting with a given name.
std::unique_ptr<Extractor> make_person_extractor(std::shared_ptr<const Lexicons> lexicons);
// Organizations no list knows, shown as bodies by the words around them
// ("research firm Point Topic", "Refco analyst Mike Connery").
std::unique_ptr<Extractor> make_organization_context_extractor(std::shared_ptr<const Lexicons> lexicons);
// Towns no gazetteer lists, placed by the text ("from Hartpury,
// Gloucestershire", "Bromesberrow, near Ledbury").
std::unique_ptr<Extractor> make_place_context_extractor(std::shared_ptr<const Lexicons> lexicons);
// Surname-only mentions resolved to the article's full name ("Lavrov").
std::unique_ptr<Extractor> make_coreference_extractor(std::shared_ptr<const Lexicons> lexicons);
// People known from a gazetteer of officeholders: a surname alone
// ("Obama") resolved to the one officeholder of that name in office near
// the article's date.
std::unique_ptr<Extractor> make_officeholder_extractor(std::shared_ptr<const Lexicons> lexicons);
// A person's country and role from the words before or after the name.
std::unique_ptr<Extractor> make_affiliation_extractor(std::shared_ptr<const Lexicons> lexicons);
// The country and role of officeholders in office at the article's date;
// for one the article gives no country, the one country of all their
// offices.
std::unique_ptr<Extractor> make_officeholder_affiliation_extractor(std::shared_ptr<const Lexicons> lexicons);
// The country an article is about, for the ministers, heads of state and
// members of parliament it names without one ("Finance Minister Beshir
// Omar" in an article on Sudan).
std::unique_ptr<Extractor> make_home_country_affiliation_extractor(std::shared_ptr<const Lexicons> lexicons);
// An aide's country from the one they serve: "Chirac's spokesman, Denis
// Baudouin" (aide_affiliation_extractor.cpp).
std::unique_ptr<Extractor> make_aide_affiliation_extractor(std::shared_ptr<const Lexicons> lexicons);
// Visits of people to places and countries.
std::unique_ptr<Extractor> make_visit_extractor(std::shared_ptr<const Lexicons> lexicons);
// Meetings and phone calls between people (and countries).
std::unique_ptr<Extractor> make_meeting_extractor(std::shared_ptr<const Lexicons> lexicons);

// ---------------------------------------------------------------------------
// Helpers shared by extractors.

// The text of token t.
inline std::string_view token_text(const Annotation& a, uint32_t t) {
  return a.text.substr(a.tokens[t].start, a.tokens[t].end - a.tokens[t].start);
}
// Whether w is one of a fixed list of words.
// Stages ask it of every token: length and first letter are compared
// before the bytes.
template <size_t N>
bool in(const std::array<std::string_view, N>& list, std::string_view w) {
  if (w.empty()) return std::find(list.begin(), list.end(), w) != list.end();
  for (std::string_view x : list)
    if (x.size() == w.size() && x[0] == w[0] && x == w) return true;
  return false;
}
// The first word of the sentence holding t: its first token, or the first
// after opening quotes and brackets ('"If Parliament wanted ...': "If" is
// capitalised because it starts the sentence, as much as without the quote).
inline bool sentence_start(const Annotation& a, uint32_t t) {
  uint32_t first = a.sentences[a.sentence_of[t]].first;
  while (first < t && !a.tokens[first].word && in(std::array<std::string_view, 7>{"\"", "\u201c", "'", "\u2018", "(", "[", "\u2014"}, token_text(a, first)))
    ++first;
  return first == t;
}

// The plural title ("Presidents", "foreign ministers") that ends right
// before token `first`, in its sentence; nullptr when none.
const Title* plural_title_before(const Annotation& a, const Lexicons& lex, uint32_t first);

// A sentence in title case ("John Kerry Expects Real Progress in Talks"):
// common words are capitalised in it, so capitals say little there. A
// sentence full of names ("Lavrov met John Kerry there") is not one.
bool title_case(const Annotation& a, const Sentence& s, const Lexicons& lexicons);

// A name as the text writes it, with each run of white space one space: a
// name broken over two lines ("Office of Civilian\nHealth") is one line.
std::string written(std::string_view text);

// The entity for a name of `type`, keyed `id`, with canonical label
// `canonical` (empty: derived from names); registers a mention of tokens
// [first, last) as a kName span. Returns false when the span overlaps one
// already there.
bool add_mention(Annotation& a, uint32_t first, uint32_t last, NodeType type, const std::string& id,
                 const std::string& canonical, SpanKind kind = SpanKind::kName);

// The gazetteer kind of the place named at token t ("city", "capital",
// "region", "landmark"), read from the entries that match there; empty
// when no place of data/places.tsv or capital matches.
std::string_view place_kind_at(const Annotation& a, const Lexicons& lexicons, const Sentence& s, uint32_t t);

// How often the article names each country, by name, adjective or a
// place in it (country id -> count); titles do not count.
std::map<std::string, int> countries_named(const Annotation& a);
// The country the article names most (its id): at least twice, and twice
// as often as any other; empty when none leads so. News names a body by
// its kind alone ("told parliament", "the Finance Ministry said") in
// stories about one country, and that country's body is meant.
std::string leading_country(const Annotation& a);
// The country span that owns the phrase at token t, right before it:
// "Kenya's" (a name and its possessive), "the Peruvian" (an adjective);
// nullptr when none.
const Span* country_owner_before(const Annotation& a, const Sentence& s, uint32_t t);
// Country c's ministry of `portfolio` (Lexicons::portfolio): the
// gazetteer's where it has one (Russia's "foreign" is the Russian Foreign
// Ministry), else `organization:<country>_<portfolio>_ministry`, labelled
// "Finance Ministry of Japan". The id and the label.
std::pair<std::string, std::string> ministry_of(const Lexicons& lex, const Country& c, const std::string& portfolio);
// The ids of the ministries of `portfolio` the article has, of any country.
std::vector<std::string> ministries_named(const Annotation& a, const Lexicons& lex, const std::string& portfolio);
// Country c's body of a kind (NationalBody): the one entry of its
// gazetteer kind for c in data/organizations.tsv (Brazil's central bank is
// the Central Bank of Brazil), else `organization:<country>_<key>`,
// labelled "Central Bank of Kenya"; the id and the label. Both empty where
// the gazetteer holds several (the United States' Congress, Senate and
// House: not for us to choose).
std::pair<std::string, std::string> country_body(const Lexicons& lex, const Country& c, const NationalBody& body);
// The ids of the bodies of this kind the article has, of any country.
std::vector<std::string> bodies_named(const Annotation& a, const Lexicons& lex, const NationalBody& body);
// Adds the relation `id` affiliated_with country `c`, once.
void affiliate_with_country(Annotation& a, const std::string& id, const Country& c);
// A country's name as it reads after "of": names of unions, republics and
// island groups take the article ("the United Kingdom", "the Czech
// Republic", "the Philippines"), others none ("Kenya").
std::string with_article(const std::string& country);

// The id of a country entity, and of a place.
std::string country_id(const Country& c);
std::string place_id(const Place& p);

// The entity of country `c` in `a`, added when missing, without a mention:
// a country that the text implies (a title's, a gazetteer entry's) gains no
// document from it. Returns its index in a.entities.
int32_t intern_country(Annotation& a, const Country& c);

}  // namespace newsgraph::extract
