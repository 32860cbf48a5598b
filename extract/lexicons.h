// Internal to extract/: the lexicons behind load_lexicons() (extract.h), and
// the phrase matcher that finds their entries in token sequences.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extract/extract.h"

namespace newsgraph::extract {

class NameTagger;

// A set of words, each with its number (0, 1, ... in the order they were
// first inserted): open addressing with linear probing over one buffer of
// their bytes. The stages look words up at nearly every token, and
// std::unordered_set's node per word cost a cache miss more per lookup
// (Boost 1.74 has no flat hash map).
class WordTable {
 public:
  WordTable();
  // The number of `word`, inserting it when new.
  uint32_t insert(std::string_view word);
  // The number of `word`, or kNone.
  uint32_t find(std::string_view word) const;
  size_t count(std::string_view word) const { return find(word) == kNone ? 0 : 1; }
  size_t size() const { return count_; }
  static constexpr uint32_t kNone = UINT32_MAX;

 private:
  struct Slot {
    uint32_t hash = 0, offset = 0, length = 0;  // offset, length: in bytes_
    uint32_t number = kNone;                    // kNone: an empty slot
  };
  void place(const Slot& slot);
  std::string bytes_;
  std::vector<Slot> slots_;  // a power of two, at most half full
  size_t count_ = 0;
};

// Finds the longest phrase (a sequence of token texts) starting at a token.
// Runs in time linear in the phrase length per position: a trie over
// token keys. Each distinct key has a number, and an edge of the trie is a
// (node, key number) pair in one open-addressing table. Over an Annotation
// a token's key number is looked up the first time a walk reaches it and
// kept (Annotation::phrase_keys) for every later walk of every stage.
class PhraseMatcher {
 public:
  explicit PhraseMatcher(bool ignore_case);
  // Adds a phrase, given as text (tokenized with tokenize()), with a value.
  void add(std::string_view phrase, uint32_t value);
  struct Match {
    uint32_t length = 0;                   // tokens matched; 0: no match
    const std::vector<uint32_t>* values = nullptr;
  };
  // The longest phrase at token `first` that ends by token `last`.
  Match longest(const Annotation& annotation, uint32_t first, uint32_t last) const;
  // The same over bare tokens of `text`, hashing each token it reads.
  Match longest(std::string_view text, const std::vector<Token>& tokens, uint32_t first, uint32_t last) const;
  // What Annotation::phrase_keys holds per token: kUnasked until a walk
  // reaches the token, then its key number, or kNoKey when no phrase has
  // its key.
  static constexpr uint32_t kNoKey = WordTable::kNone, kUnasked = WordTable::kNone - 1;
  // The key a token text is matched by (apostrophes folded, case folded
  // when the matcher ignores case).
  std::string key(std::string_view token) const;

 private:
  uint32_t key_number(std::string_view token) const;
  // The first byte of key(token), without making the key.
  unsigned char first_key_byte(std::string_view token) const;
  // The child of `node` by key number `key`; 0 (the root, never a child)
  // when there is none.
  uint32_t child(uint32_t node, uint32_t key) const;
  void add_child(uint32_t node, uint32_t key, uint32_t child);
  template <typename KeyAt>
  Match walk(uint32_t first, uint32_t last, KeyAt key_at) const;

  bool ignore_case_;
  WordTable keys_;  // key texts and their numbers
  // The trie's edges, open addressing with linear probing (Boost 1.74 has
  // no flat hash map): slot = (node << 32 | key number, child), child 0
  // for an empty slot. At most half full.
  struct Edge {
    uint64_t from = 0;
    uint32_t child = 0;
  };
  std::vector<Edge> edges_;
  size_t edge_count_ = 0;
  std::vector<std::vector<uint32_t>> values_;  // by node; node 0 is the root
  // Bytes that some phrase's key starts with: most tokens (lower-case words
  // for a case-sensitive matcher) start no phrase, and are turned away
  // without hashing them.
  std::array<bool, 256> starts_{};
};

struct Country {
  std::string code, slug, name;
  std::vector<std::string> capitals;
};

struct Place {
  std::string id, slug, name, country, kind;  // country: ISO code
  int64_t population = 0;
};

struct Organization {
  std::string slug, name, kind, country;  // country: ISO code or empty
};

// A generic name of a country's institution, from data/national_bodies.tsv.
struct NationalBody {
  std::string key;             // "central_bank": the id's words after the country's
  std::string gazetteer_kind;  // "central_bank": the kind of its organizations.tsv entry, or empty
  std::string label;           // "Central Bank"
};

struct Title {
  std::string title, kind, role;
  std::string country;  // slug: the one country with this title, or empty
};

// What a gazetteer phrase stands for.
enum class LexKind : uint8_t { kCountryName, kCountryAdjective, kCapital, kSeat, kPlace, kOrganization, kUser, kSuppress };

struct LexEntry {
  LexKind kind;
  uint32_t index;          // into countries, places, organizations or user_entities
  bool ambiguous = false;  // starred in the data: needs more evidence
};

// A head word that makes a capitalised phrase an organization, agreement
// or event ("Ministry", "Treaty", "summit").
struct Head {
  NodeType type = NodeType::kEntity;
  enum class Form : uint8_t {
    kName,   // ends a capitalised name: "Foreign Ministry", "INF Treaty"
    kLower,  // lower case after proper modifiers: "G20 summit", "Iran nuclear deal"
    kOf,     // lower case before "of" and a name: "annexation of Crimea"
    kNumber,  // before a number, after optional proper modifiers: "UN resolution 1441"
    kIn,      // lower case before "in" and a country or place: "war in Iraq"
    kFirst,   // starts a capitalised name: "Banque Paribas", "Banco do Brasil"
  } form = Form::kName;
};

// A person in office: "Barack Obama", President of the United States,
// 2009-01-20 to 2016-12-01.
struct Officeholder {
  std::string name, country, role;  // country: a slug of countries.tsv
  bool leader = false;              // head of state or government
  std::string start, end;           // ISO dates
};

// An entry of the user's lexicon (--lexicon).
struct UserEntity {
  NodeType type = NodeType::kEntity;
  std::string label;
  std::string country;  // country slug or empty
};

class Lexicons {
 public:
  Lexicons() : names(false), titles(true), plural_titles(true), folded_cities(true) {}

  PhraseMatcher names;   // case-sensitive: values index `entries`
  PhraseMatcher titles;  // case-insensitive: values index `title_list`
  // The plurals of the titles ("Presidents", "Foreign Ministers"), made at
  // load: case-insensitive, values index `title_list`. Only the people
  // stage reads them ("Presidents Bush and Putin"); as titles everywhere
  // they would split names ("Council of Economic Advisers").
  PhraseMatcher plural_titles;
  // Capitals and cities of kFoldedCityPopulation or more whose names have
  // several words, case-insensitive: values index `entries` (their
  // kPlace entry). The gazetteer stage reads them for names written in
  // the wrong case ("in new York").
  PhraseMatcher folded_cities;
  static constexpr int64_t kFoldedCityPopulation = 1000000;
  std::vector<LexEntry> entries;

  std::vector<Country> countries;
  std::vector<Place> places;
  std::vector<Organization> organizations;
  std::vector<Title> title_list;
  std::vector<UserEntity> user_entities;

  using WordSet = WordTable;
  WordSet given_names;    // as written: "Sergei"
  WordSet english_words;  // lower case
  // One-word names of languages in English ("English", "Welsh", "Dutch"),
  // from ICU's locale data: words that look like surnames and are not.
  WordSet language_names;
  std::unordered_map<std::string, std::string> name_variants;  // lower-case variant -> canonical
  std::unordered_multimap<std::string, Head> heads;             // as written: "Ministry", "summit"
  std::unordered_set<std::string> head_modifiers;               // "nuclear" in "Iran nuclear deal"
  std::unordered_set<std::string> company_words;                // "Corp", "Ltd": dropped in short forms
  std::unordered_set<std::string> company_forms;                // "Corp", "AG": legal forms, which end a name
  // data/portfolios.tsv: a portfolio as written, lower case ("foreign
  // affairs"), -> the portfolio it names ("foreign").
  std::unordered_map<std::string, std::string> portfolios;
  // data/national_bodies.tsv: a generic name, lower case ("central bank").
  std::unordered_map<std::string, NationalBody> national_bodies;
  WordSet body_nouns;                                           // "firm", "operators": a body's name follows
  // data/sport_words.tsv: words of sports articles, of a team's people
  // ("coach") and of matches ("beat"), lower case.
  std::unordered_set<std::string> sport_cues, sport_roles, sport_verbs;
  // The statistical name tagger (data/ner/names.model), shared read-only;
  // null unless load_lexicons() was asked for it.
  std::shared_ptr<const NameTagger> name_tagger;
  std::vector<Officeholder> officeholders;
  std::unordered_multimap<std::string, uint32_t> officeholders_by_surname;  // "Obama" -> index
  std::unordered_multimap<std::string, uint32_t> officeholders_by_id;       // person id -> index

  const Country* country_by_code(std::string_view code) const;
  const Country* country_by_slug(std::string_view slug) const;
  // The country whose government alone has `role` (every title of
  // titles.tsv with that role names it); nullptr for roles that many
  // countries share.
  const Country* country_of_role(std::string_view role) const;
  // The kind of titles.tsv for `role` ("minister", "business"); empty for
  // a role no title names.
  std::string_view kind_of_role(std::string_view role) const;
  // True for a monarch's or a pope's role ("King", "Emir", "Pope"): one
  // whose holder goes by title and regnal name ("King Abdullah").
  bool is_regnal_role(std::string_view role) const { return kind_of_role(role) == "royal" || role == "Pope"; }
  // The portfolio that a ministry's words name, from data/portfolios.tsv:
  // {"foreign", "affairs"} -> "foreign", {"defense"} -> "defence"; words
  // of no row stand for themselves, joined by '_' ({"trade", "and",
  // "industry"} -> "trade_and_industry"). Words are lower case.
  std::string portfolio(const std::vector<std::string>& words) const;
  // The ministry of data/organizations.tsv with this country (ISO code)
  // and portfolio ("RU", "foreign": the Russian Foreign Ministry), or
  // nullptr.
  const Organization* ministry(std::string_view country_code, std::string_view portfolio) const;
  // The portfolio of the gazetteer's ministry with this slug; empty for
  // any other slug.
  std::string_view ministry_portfolio(std::string_view slug) const;
  // The organization of data/organizations.tsv with this slug, or nullptr.
  const Organization* organization_by_slug(std::string_view slug) const;
  bool is_given_name(std::string_view word) const { return given_names.count(word) > 0; }
  // True for a word that English writes in lower case ("speaking", "talks").
  bool is_common_word(std::string_view word) const;
  // True for a noun that says a body's name follows ("firm", "Operators"
  // at a sentence's start).
  bool is_body_noun(std::string_view word) const;

 private:
  friend Result<std::shared_ptr<const Lexicons>> load_lexicons(const std::string&, const std::string&, bool);
  std::unordered_map<std::string, uint32_t> country_by_code_, country_by_slug_;
  std::unordered_map<std::string, std::string> country_of_role_;  // role -> country slug, "" when shared
  std::unordered_map<std::string, std::string> kind_of_role_;     // role -> kind (one per role)
  std::unordered_map<std::string, uint32_t> ministry_by_key_;      // "RU foreign" -> index into organizations
  std::unordered_map<std::string, std::string> portfolio_by_slug_;  // "russian_foreign_ministry" -> "foreign"
  std::unordered_map<std::string, uint32_t> organization_by_slug_;
};

// "country:russia", "person:sergei_lavrov": the id of an entity. For people
// the given name's transliteration variants fold ("Sergey" -> "sergei").
std::string person_id(const Lexicons& lexicons, std::string_view full_name);

}  // namespace newsgraph::extract
