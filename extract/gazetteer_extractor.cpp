#include <array>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "extract/extractors.h"

namespace newsgraph::extract {

namespace {

// Which reading of a phrase wins when a gazetteer lists it more than once
// ("Georgia": the country before the US state).
int priority(LexKind kind) {
  switch (kind) {
    case LexKind::kSuppress: return 0;
    case LexKind::kUser: return 1;
    case LexKind::kOrganization: return 2;
    case LexKind::kCountryName: return 3;
    case LexKind::kCountryAdjective: return 4;
    case LexKind::kSeat: return 5;
    case LexKind::kCapital: return 6;
    case LexKind::kPlace: return 7;
  }
  return 8;
}

bool is_locative(std::string_view w) { return w == "in" || w == "at" || w == "inside" || w == "outside"; }

// Token t is "in", "at", ..., or starts the sentence with one: "At the
// Kremlin, Kerry met Putin".
bool locative_at(const Annotation& a, uint32_t t) {
  std::string_view w = token_text(a, t);
  if (is_locative(w)) return true;
  if (w.empty() || !(w[0] >= 'A' && w[0] <= 'Z') || !sentence_start(a, t)) return false;
  std::string lower(w);
  lower[0] = static_cast<char>(lower[0] - 'A' + 'a');
  return is_locative(lower);
}

// Words after a capital that make it its government: it speaks, acts or
// holds a view ("Moscow said", "Washington denied").
constexpr std::array<std::string_view, 30> kGovernmentVerbs = {
    "said",     "says",    "say",      "denied",   "denies",    "accused",  "accuses",  "warned",
    "warns",    "insisted", "insists", "rejected", "rejects",   "demanded", "demands",  "refused",
    "refuses",  "claimed", "claims",   "wants",    "responded", "responds", "announced", "announces",
    "urged",    "urges",   "believes", "hopes",    "fears",     "retaliated"};
// Nouns after "Moscow's" that make it the government's: "Moscow's position".
constexpr std::array<std::string_view, 18> kGovernmentNouns = {
    "position", "stance",   "policy", "policies", "role",     "support",  "involvement", "actions", "response",
    "decision", "demands",  "proposal", "influence", "backing", "intervention", "annexation", "relations",
    "ties"};
// Words before a capital that make it a party dealt with, not a place:
// "accused Moscow of", "the U.S. influence on Kiev",
// "relations between Washington and Moscow".
constexpr std::array<std::string_view, 13> kDealtWith = {
    "between", "against", "accused", "accuse", "accuses", "urged",   "pressed",
    "warned",  "told",    "on",      "toward", "towards", "pressure"};

// Whether the capital at [first, last) stands for its government, as news
// uses it: "Moscow said", "accused Moscow of", "relations between
// Washington and Moscow", "Moscow's position". Where it is a place ("in
// Moscow", "Moscow airport") it stays a place.
bool government_use(const Annotation& a, const Sentence& s, uint32_t first, uint32_t last) {
  // "Diplomats in Bangkok said", "the embassy in London said": the place.
  if (first > s.first) {
    std::string_view before = token_text(a, first - 1);
    if (locative_at(a, first - 1) || before == "from" || before == "to" || before == "near" || before == "into")
      return false;
  }
  if (last < s.last) {
    std::string_view after = token_text(a, last);
    if (in(kGovernmentVerbs, after)) return true;
    if ((after == "'s" || after == "\u2019s") && last + 1 < s.last && in(kGovernmentNouns, token_text(a, last + 1)))
      return true;
  }
  if (first == s.first) return false;
  std::string_view before = token_text(a, first - 1);
  if (in(kDealtWith, before)) return true;
  // "between Washington and Moscow": the second of two parties.
  if (before == "and" && first >= s.first + 2)
    if (const Span* other = a.span_at(first - 2); other && other->type == NodeType::kCountry && other->first > s.first)
      return token_text(a, other->first - 1) == "between";
  return false;
}

class GazetteerExtractor : public Extractor {
 public:
  explicit GazetteerExtractor(std::shared_ptr<const Lexicons> lex) : lex_(std::move(lex)) {}
  std::string_view name() const override { return "gazetteer"; }

  void run(Annotation& a) const override {
    std::vector<Shared> shared;
    for (const Sentence& s : a.sentences)
      for (uint32_t t = s.first; t < s.last;) t += match_at(a, s, t, shared);
    capitals_as_governments(a);
    if (shared.empty()) return;
    const std::map<std::string, int> named = countries_named(a);
    for (const Shared& form : shared) emit(a, form.first, form.last, choose(named, form));
  }

 private:
  // "accused Moscow of", "Moscow said": a capital that stands for its
  // government (government_use) is its country, where the article names
  // that country too; "a complaint against Brussels" in a story that never
  // names Belgium is the EU's, and stays a place.
  void capitals_as_governments(Annotation& a) const {
    std::set<std::string> named;
    for (const Span& sp : a.spans)
      if (sp.type == NodeType::kCountry && sp.entity >= 0) named.insert(a.entities[sp.entity].id);
    if (named.empty()) return;
    for (Span& sp : a.spans) {
      if (sp.type != NodeType::kPlace || sp.kind != SpanKind::kName || sp.entity < 0) continue;
      const Country* c = capital_of(a, sp);
      if (!c || !named.count(country_id(*c))) continue;
      if (!government_use(a, a.sentences[a.sentence_of[sp.first]], sp.first, sp.last)) continue;
      sp.type = NodeType::kCountry;
      sp.entity = intern_country(a, *c);
    }
  }

  // The country whose capital the place span names, or nullptr.
  const Country* capital_of(const Annotation& a, const Span& sp) const {
    auto m = lex_->names.longest(a, sp.first, sp.last);
    if (m.length != sp.last - sp.first) return nullptr;
    for (uint32_t v : *m.values) {
      const LexEntry& e = lex_->entries[v];
      if (e.kind == LexKind::kCapital) return &lex_->countries[e.index];
      if (e.kind == LexKind::kPlace && lex_->places[e.index].kind == "capital" &&
          a.entities[sp.entity].id == place_id(lex_->places[e.index]))
        return lex_->country_by_code(lex_->places[e.index].country);
    }
    return nullptr;
  }

  // A form that several organizations share ("Treasury", "Parliament",
  // "Liberals"): which one it names waits until the whole article is read.
  struct Shared {
    uint32_t first = 0, last = 0;
    std::vector<const LexEntry*> candidates;  // in file order
  };

  // The organization of the article's country: the one whose country the
  // article names most (by name, adjective or a place in it). A body of no
  // country counts as named zero times, and ties go to the first listed,
  // so with no country named the first listed wins, as for any form.
  const LexEntry& choose(const std::map<std::string, int>& named, const Shared& form) const {
    const LexEntry* best = form.candidates.front();
    int best_count = -1;
    for (const LexEntry* e : form.candidates) {
      const Country* c = lex_->country_by_code(lex_->organizations[e->index].country);
      int count = 0;
      if (c)
        if (auto it = named.find(country_id(*c)); it != named.end()) count = it->second;
      if (count > best_count) best = e, best_count = count;
    }
    return *best;
  }

  // Claims the phrase at t, if any; returns how many tokens to move on.
  uint32_t match_at(Annotation& a, const Sentence& s, uint32_t t, std::vector<Shared>& shared) const {
    if (!a.tokens[t].word || a.span_at(t)) return 1;
    auto m = lex_->names.longest(a, t, s.last);
    // "in new York", "Mexico city": a big city's name in the wrong case,
    // tried only where the case changes between the first two words.
    if (t + 1 < s.last && a.tokens[t].capitalized != a.tokens[t + 1].capitalized)
      if (auto folded = lex_->folded_cities.longest(a, t, s.last); folded.length > m.length) m = folded;
    if (m.length == 0) return 1;
    const LexEntry* best = nullptr;
    for (uint32_t v : *m.values) {
      const LexEntry& e = lex_->entries[v];
      if (!best || priority(e.kind) < priority(best->kind)) best = &e;
    }
    uint32_t end = t + m.length;
    // A capital that only starts the sentence says nothing, unless the word
    // is a given name and no common word ("Stephen Toulouse, a manager").
    bool capital_before = t > s.first && a.tokens[t - 1].capitalized && !a.span_at(t - 1) &&
                          (!sentence_start(a, t - 1) || (lex_->is_given_name(token_text(a, t - 1)) &&
                                                         !lex_->is_common_word(token_text(a, t - 1))));
    bool capital_after = end < s.last && a.tokens[end].capitalized && a.tokens[end].space_before;
    if (best->kind == LexKind::kSuppress) {
      Span blocked;
      blocked.first = t;
      blocked.last = end;
      a.add_span(blocked);
      return m.length;
    }
    // A name inside a longer capitalised name is not this entry: "Paul
    // Lincoln", "Jordan Henderson" are people; leave them to the person
    // extractor. Country adjectives stay ("Russian President").
    if (m.length == 1 && best->kind != LexKind::kCountryAdjective && best->kind != LexKind::kUser) {
      std::string_view word = token_text(a, t);
      // "Minister Iris Resende": a title, a word, then this word is a name.
      if (capital_before && (lex_->is_given_name(token_text(a, t - 1)) || title_before(a, s, t - 1))) return 1;
      if (best->kind != LexKind::kCountryName && title_before(a, s, t)) return 1;  // "Mr Lincoln"
      // "Hideo Maki, Director General": after a capitalised word that is no
      // English word, a town's name is a surname, even at a sentence's start.
      if ((best->kind == LexKind::kPlace || best->kind == LexKind::kCapital) && t > s.first &&
          a.tokens[t - 1].word && a.tokens[t - 1].capitalized && !a.tokens[t - 1].all_caps && !a.span_at(t - 1) &&
          a.tokens[t].space_before && !lex_->is_common_word(token_text(a, t - 1)))
        return 1;
      if (capital_after && lex_->is_given_name(word) && !lex_->names.longest(a, end, s.last).length)
        return 1;
    }
    // Starred names ("Georgia", "Jordan", "Commission") need to stand
    // alone: not inside a capitalised name, not before "on", "of" or "for"
    // and a capital ("the Commission on Security and Cooperation in Europe").
    if (best->ambiguous) {
      if (capital_before || capital_after) return 1;
      // "Sheffield United": a name the gazetteers found right before.
      if (const Span* before = t > s.first ? a.span_at(t - 1) : nullptr; before && before->kind == SpanKind::kName)
        return 1;
      if (end + 1 < s.last && a.tokens[end + 1].capitalized) {
        std::string_view next = token_text(a, end);
        if (next == "on" || next == "of" || next == "for") return 1;
      }
    }
    if (best->kind == LexKind::kOrganization) {
      Shared form{t, end, {}};
      for (uint32_t v : *m.values)
        if (lex_->entries[v].kind == LexKind::kOrganization) form.candidates.push_back(&lex_->entries[v]);
      if (form.candidates.size() > 1) {
        // Held, not claimed: no later stage runs before the article is read.
        shared.push_back(std::move(form));
        return m.length;
      }
    }
    emit(a, t, end, *best);
    return m.length;
  }

  // A title of data/titles.tsv ends just before token t.
  bool title_before(const Annotation& a, const Sentence& s, uint32_t t) const {
    for (uint32_t from = t > s.first + 4 ? t - 4 : s.first; from < t; ++from)
      if (lex_->titles.longest(a, from, t).length == t - from) return true;
    return false;
  }

  void emit(Annotation& a, uint32_t first, uint32_t last, const LexEntry& e) const {
    switch (e.kind) {
      case LexKind::kCountryName:
      case LexKind::kCountryAdjective: {
        const Country& c = lex_->countries[e.index];
        add_mention(a, first, last, NodeType::kCountry, country_id(c), c.name,
                    e.kind == LexKind::kCountryAdjective ? SpanKind::kAdjective : SpanKind::kName);
        break;
      }
      case LexKind::kSeat: {
        // "the Kremlin said" is the government; "at the Kremlin" the building.
        const Country& c = lex_->countries[e.index];
        std::string seat(a.slice(first, last));
        bool place = first > 0 && (locative_at(a, first - 1) ||
                                   (first > 1 && token_text(a, first - 1) == "the" && locative_at(a, first - 2)));
        NodeType type = place ? NodeType::kPlace : NodeType::kOrganization;
        std::string id = std::string(to_string(type)) + ":" + slug(seat);
        if (add_mention(a, first, last, type, id, seat)) link_country(a, id, c, place);
        break;
      }
      case LexKind::kCapital: {
        const Country& c = lex_->countries[e.index];
        std::string name(a.slice(first, last));
        std::string id = "place:" + slug(name);
        if (add_mention(a, first, last, NodeType::kPlace, id, name)) link_country(a, id, c, true);
        break;
      }
      case LexKind::kPlace: {
        const Place& p = lex_->places[e.index];
        if (add_mention(a, first, last, NodeType::kPlace, place_id(p), p.name))
          if (const Country* c = lex_->country_by_code(p.country)) link_country(a, place_id(p), *c, true);
        break;
      }
      case LexKind::kOrganization: {
        const Organization& o = lex_->organizations[e.index];
        std::string id = "organization:" + o.slug;
        if (add_mention(a, first, last, NodeType::kOrganization, id, o.name)) {
          if (const Country* c = lex_->country_by_code(o.country)) link_country(a, id, *c, false);
          nest_country(a, first, last);
        }
        break;
      }
      case LexKind::kUser: {
        const UserEntity& u = lex_->user_entities[e.index];
        std::string id = u.type == NodeType::kPerson ? person_id(*lex_, u.label)
                                                     : std::string(to_string(u.type)) + ":" + slug(u.label);
        if (u.type == NodeType::kCountry)
          if (const Country* c = lex_->country_by_slug(slug(u.label))) id = country_id(*c);
        if (add_mention(a, first, last, u.type, id, u.label))
          if (const Country* c = lex_->country_by_slug(u.country)) link_country(a, id, *c, u.type == NodeType::kPlace);
        break;
      }
      case LexKind::kSuppress:
        break;
    }
  }

  // "U.S. Treasury", "Japan Airlines": a country named at the start of a
  // body's name is still named, as it is inside a name found by its head
  // word. Adjectives ("British Airways") are not: they name no country.
  void nest_country(Annotation& a, uint32_t first, uint32_t last) const {
    auto m = lex_->names.longest(a, first, last - 1);
    if (m.length == 0) return;
    for (uint32_t v : *m.values) {
      const LexEntry& e = lex_->entries[v];
      if (e.kind != LexKind::kCountryName || e.ambiguous) continue;
      Span nested;
      nested.first = first;
      nested.last = first + m.length;
      nested.type = NodeType::kCountry;
      nested.entity = intern_country(a, lex_->countries[e.index]);
      a.nested.push_back(nested);
      return;
    }
  }

  // A gazetteer's country for an entity: located_in for places,
  // affiliated_with for bodies. The country entity is referenced, not
  // mentioned: it gains no document from this.
  void link_country(Annotation& a, const std::string& id, const Country& c, bool place) const {
    intern_country(a, c);
    Relation r;
    r.source = id;
    r.target = country_id(c);
    r.type = std::string(place ? relation::kLocatedIn : relation::kAffiliatedWith);
    for (const Relation& old : a.relations)
      if (old.key() == r.key()) return;
    a.relations.push_back(std::move(r));
  }

  std::shared_ptr<const Lexicons> lex_;
};

}  // namespace

std::unique_ptr<Extractor> make_gazetteer_extractor(std::shared_ptr<const Lexicons> lexicons) {
  return std::make_unique<GazetteerExtractor>(std::move(lexicons));
}

}  // namespace newsgraph::extract
