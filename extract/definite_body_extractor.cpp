// A country's own bodies, named by their kind alone: "Moi told
// parliament", "the cabinet was expected to approve it", "central bank
// officials said", "a finance ministry spokesman", and with their country
// before them where no other stage took the phrase: "Kenya's parliament",
// "the Peruvian central bank". News writes so of the body of the country
// the article is about, and a reader takes it as that body.
//
// Which body (in this order):
// - the country the phrase names ("Japan's central bank");
// - the one body of that kind the article has already named ("Vietnam's
//   parliament ... told parliament"); none where it has several;
// - the body of the country the article names most, twice as often as
//   any other; none where no country leads so.
// A country's body is its entry in data/organizations.tsv when that holds
// exactly one of the kind (the Bank of Russia for Russia's central bank),
// else `organization:<country>_<kind>` ("organization:kenya_parliament"),
// the key the head-word extractor gives "the Kenyan parliament", so that
// articles that name it either way meet in one node. The national
// government ("the federal government") is the country's government,
// `organization:government_of_<country>`, and a ministry the country's
// ministry of its portfolio (ministry_of), as the ministries stage keys
// those named with capitals.
//
// Not taken: a determiner that makes it some other body or any one ("a
// hung parliament", "the next parliament", "a central bank"), and "the
// government" or "the ministry" alone, which news uses of any government
// or ministry named before.
#include <algorithm>
#include <cctype>
#include <array>
#include <string>
#include <vector>

#include "extract/extractors.h"

namespace newsgraph::extract {

namespace {

struct Body {
  std::vector<std::string_view> words;  // the phrase, as written in running text
  std::string_view key;                 // the id's words: "central_bank"
  std::string_view gazetteer_kind;      // the organizations.tsv kind of the country's one body, or empty
  bool bare = false;                    // stands with no determiner: "told parliament"
  bool definite = false;                // after "the": "the cabinet"
  bool modifier = false;                // may modify a noun after it: "central bank officials"
  bool government = false;              // the country's government
  std::string portfolio;                // a ministry's (Lexicons::portfolio), else empty
};

// Words before the phrase that make it another body than the country's
// own, or any one: "a hung parliament", "the next parliament".
constexpr std::array<std::string_view, 20> kOtherBody = {
    "a",    "an",  "another", "each", "every", "no",  "any",  "this", "that",  "these",
    "those", "next", "last",  "new",  "hung",  "both", "whose", "its", "their", "former"};

// Nouns that a body's name modifies when they follow it: "cabinet
// members" are people, "a finance ministry spokesman" is the ministry's.
// Any other word ends the phrase: a verb ("the cabinet approved"), a
// preposition, a determiner ("told parliament the budget was tight").
constexpr std::array<std::string_view, 44> kModifiedNouns = {
    "member",    "members",   "minister",  "ministers", "meeting",   "meetings",    "official",  "officials",
    "spokesman", "spokeswoman", "spokesperson", "source", "sources", "decision", "reshuffle",   "committee",
    "session",   "seat",      "seats",     "majority",  "election",  "elections",   "speaker",   "chief",
    "secretary", "office",    "vote",      "debate",    "building",  "post",        "posts",     "colleagues",
    "governor",  "president", "chairman",  "head",      "heads",     "rate",        "rates",     "policy",
    "reserves",  "bill",      "chamber",   "level"};

const std::vector<Body>& bodies() {
  static const std::vector<Body> all = [] {
    std::vector<Body> b;
    b.push_back({{"parliament"}, "parliament", "legislature", true, false, false, false, ""});
    b.push_back({{"cabinet"}, "cabinet", "", false, true, false, false, ""});
    b.push_back({{"Cabinet"}, "cabinet", "", false, true, false, false, ""});
    b.push_back({{"politburo"}, "politburo", "", false, true, false, false, ""});
    b.push_back({{"central", "bank"}, "central_bank", "central_bank", true, true, true, false, ""});
    b.push_back({{"federal", "government"}, "government", "", false, true, true, true, ""});
    b.push_back({{"state", "government"}, "state_government", "", false, true, true, false, ""});
    return b;
  }();
  return all;
}

class DefiniteBodyExtractor : public Extractor {
 public:
  explicit DefiniteBodyExtractor(std::shared_ptr<const Lexicons> lex) : lex_(std::move(lex)) {}
  std::string_view name() const override { return "definite_bodies"; }

  void run(Annotation& a) const override {
    std::string leader;  // the country the article names most, found when first needed
    bool leader_known = false;
    for (const Sentence& s : a.sentences)
      for (uint32_t t = s.first; t < s.last; ++t) {
        Body ministry;
        const Body* body = match(a, s, t, ministry);
        if (!body) continue;
        const uint32_t last = t + static_cast<uint32_t>(body->words.size());
        uint32_t first = t;
        const Span* owner = country_owner_before(a, s, t);
        // "West German cabinet members" are people, "the cabinet" a body.
        if (!body->modifier && !ends_phrase(a, s, last)) continue;
        if (owner) first = owner->first;
        else if (!determiner_fits(a, s, t, last, *body)) continue;
        std::string id, canonical;
        const Country* country = nullptr;
        if (owner) {
          country = lex_->country_by_slug(a.entities[owner->entity].id.substr(8));
        } else {
          auto [named, count] = named_ones(a, *body);
          if (count > 1) continue;
          id = named;
          if (id.empty()) {
            if (!leader_known) leader = leading_country(a), leader_known = true;
            if (!leader.empty()) country = lex_->country_by_slug(std::string_view(leader).substr(8));
            if (!country) continue;
          }
        }
        if (country) std::tie(id, canonical) = body_of(*country, *body);
        if (id.empty()) continue;
        Span held;
        if (owner) held = *owner;
        if (owner) erase_span(a, *owner);
        const bool shared_head = title_after_head(a, last - 1);
        if (shared_head) move_title_start(a, last - 1, +1);
        if (!add_mention(a, first, last, NodeType::kOrganization, id, canonical)) {
          if (shared_head) move_title_start(a, last, -1);
          if (owner) a.add_span(held);
          continue;
        }
        if (owner) a.nested.push_back(held);
        if (country) affiliate_with_country(a, id, *country);
        t = last - 1;
      }
  }

 private:
  // The body whose phrase starts at t, if any; a ministry's is written
  // into `ministry`, which the result then points to.
  const Body* match(const Annotation& a, const Sentence& s, uint32_t t, Body& ministry) const {
    if (!a.tokens[t].word || a.span_at(t)) return nullptr;
    std::string_view w = token_text(a, t);
    // A ministry's head follows its first word, and every other body's
    // phrase starts with p, c, f or s (bodies()): a cheap test first, as
    // this runs on every token.
    const bool head_next = t + 1 < s.last && (token_text(a, t + 1) == "ministry" || token_text(a, t + 1) == "Ministry");
    const char first = static_cast<char>(w[0] | 0x20);
    if (!head_next && first != 'p' && first != 'c' && first != 'f' && first != 's') return nullptr;
    // "Central bank officials said": a sentence's first word is capitalised.
    std::string lower;
    if (a.tokens[t].capitalized && sentence_start(a, t) && w.size() > 1 && !a.tokens[t].all_caps) {
      lower = std::string(w);
      lower[0] = static_cast<char>(lower[0] - 'A' + 'a');
      w = lower;
    }
    // "the finance ministry", "the Russian foreign Ministry": a portfolio
    // of one word (data/portfolios.tsv) before the head.
    if (auto it = head_next ? lex_->portfolios.find(std::string(w)) : lex_->portfolios.end();
        it != lex_->portfolios.end()) {
      std::string_view head = token_text(a, t + 1);
      if ((head == "ministry" || head == "Ministry") && (!a.span_at(t + 1) || title_after_head(a, t + 1))) {
        ministry.words = {token_text(a, t), head};
        ministry.portfolio = it->second;
        ministry.modifier = true;
        ministry.bare = ministry.definite = true;
        return &ministry;
      }
    }
    for (const Body& b : bodies()) {
      if (b.words.front() != w || t + b.words.size() > s.last) continue;
      bool all = true;
      for (size_t i = 1; i < b.words.size() && all; ++i)
        all = token_text(a, t + static_cast<uint32_t>(i)) == b.words[i] && !a.span_at(t + static_cast<uint32_t>(i));
      if (all) return &b;
    }
    return nullptr;
  }

  // Whether a title starts at the phrase's head and goes on past it: the
  // title table's "ministry spokesman" in "a finance ministry spokesman",
  // whose head the ministry then takes back.
  static bool title_after_head(const Annotation& a, uint32_t head) {
    const Span* sp = a.span_at(head);
    return sp && sp->kind == SpanKind::kTitle && sp->first == head && sp->last > head + 1;
  }

  // Moves the start of the title that starts at `first` by one token;
  // the spans stay sorted, as no other starts between.
  static void move_title_start(Annotation& a, uint32_t first, int by) {
    for (Span& sp : a.spans)
      if (sp.kind == SpanKind::kTitle && sp.first == first) sp.first = static_cast<uint32_t>(int64_t{first} + by);
  }

  // Whether the word before the phrase at [t, last) lets it be the
  // country's own body.
  static bool determiner_fits(const Annotation& a, const Sentence& s, uint32_t t, uint32_t last, const Body& b) {
    if (t == s.first) return b.bare;
    std::string_view before = token_text(a, t - 1);
    if (before == "the" || before == "The") return b.definite;
    // "a finance ministry spokesman": the article is the spokesman's.
    if (before == "a" || before == "an" || before == "A" || before == "An")
      return b.modifier && !ends_phrase(a, s, last);
    if (in(kOtherBody, before) || a.span_at(t - 1)) return false;
    // A capitalised word before makes another name of it ("Labour
    // cabinet"), but for the sentence's first.
    if (a.tokens[t - 1].capitalized && !sentence_start(a, t - 1)) return false;
    return b.bare;
  }

  static bool ends_phrase(const Annotation& a, const Sentence& s, uint32_t t) {
    if (t >= s.last) return true;
    std::string_view w = token_text(a, t);
    if (!a.tokens[t].word) return w != "-";  // "cabinet-level" modifies
    return a.tokens[t].capitalized || !in(kModifiedNouns, w);
  }

  // The organizations of this kind the article has already: the first
  // one's id and how many there are.
  std::pair<std::string, int> named_ones(const Annotation& a, const Body& b) const {
    if (!b.portfolio.empty()) {
      std::vector<std::string> ids = ministries_named(a, *lex_, b.portfolio);
      std::sort(ids.begin(), ids.end());
      ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
      return {ids.empty() ? "" : ids.front(), static_cast<int>(ids.size())};
    }
    const std::string key(b.key);
    std::string first;
    int count = 0;
    for (const Entity& e : a.entities) {
      if (e.type != NodeType::kOrganization || e.id.rfind("organization:", 0) != 0) continue;
      // A gazetteer body is of the kind by its entry, and only a country's
      // ("the European Parliament" is no country's parliament); another by
      // its id's words ("organization:greek_parliament").
      const Organization* o = lex_->organization_by_slug(std::string_view(e.id).substr(13));
      bool kind = b.government ? e.id.rfind("organization:government_of_", 0) == 0
                  : o          ? o->kind == b.gazetteer_kind && !o->country.empty()
                               : e.id.ends_with("_" + key) || e.id == "organization:" + key;
      if (!kind) continue;
      if (first.empty()) first = e.id;
      ++count;
    }
    return {first, count};
  }

  // The id and label of a country's body of this kind.
  std::pair<std::string, std::string> body_of(const Country& c, const Body& b) const {
    if (b.government) return {"organization:government_of_" + c.slug, "Government of " + with_article(c.name)};
    if (!b.portfolio.empty()) return ministry_of(*lex_, c, b.portfolio);
    std::string words;
    for (std::string_view w : b.words) words.append(words.empty() ? "" : " ").append(w);
    for (char& ch : words) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    // "central bank" is data/national_bodies.tsv's, as "the Central Bank" is.
    if (auto it = lex_->national_bodies.find(words); it != lex_->national_bodies.end())
      return country_body(*lex_, c, it->second);
    std::string label = words;
    label[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(label[0])));
    return country_body(*lex_, c, NationalBody{slug(words), std::string(b.gazetteer_kind), label});
  }

  static void erase_span(Annotation& a, const Span& sp) {
    uint32_t first = sp.first, last = sp.last;
    a.spans.erase(std::remove_if(a.spans.begin(), a.spans.end(),
                                 [&](const Span& x) { return x.first == first && x.last == last; }),
                  a.spans.end());
  }

  std::shared_ptr<const Lexicons> lex_;
};

}  // namespace

std::unique_ptr<Extractor> make_definite_body_extractor(std::shared_ptr<const Lexicons> lexicons) {
  return std::make_unique<DefiniteBodyExtractor>(std::move(lexicons));
}

}  // namespace newsgraph::extract
