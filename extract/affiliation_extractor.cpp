// A person's country, organization and role, from the words around the
// name: "Russian Foreign Minister Sergei Lavrov", "Russia's foreign
// minister Sergei Lavrov", "Kremlin spokesman Dmitri Peskov", "President of
// Russia Vladimir Putin", and after the name: "Sergei Lavrov, Russia's
// foreign minister", "Lavrov, the Russian foreign minister".
#include <set>
#include <string>
#include <vector>

#include "extract/extractors.h"

namespace newsgraph::extract {

namespace {

struct Found {
  int32_t body = -1;  // a country or organization entity
  std::string role;
  std::vector<int32_t> holders;  // bodies that hold `body`, nearest first
};

class AffiliationExtractor : public Extractor {
 public:
  explicit AffiliationExtractor(std::shared_ptr<const Lexicons> lex) : lex_(std::move(lex)) {}
  std::string_view name() const override { return "affiliation"; }

  void run(Annotation& a) const override {
    for (size_t i = 0; i < a.spans.size(); ++i) {
      const Span p = a.spans[i];
      if (p.type != NodeType::kPerson || p.entity < 0) continue;
      const Sentence& s = a.sentences[a.sentence_of[p.first]];
      Found f = before(a, s, p.first);
      if (f.body < 0 && f.role.empty()) f = after(a, s, p.last);
      // "King Abdullah of Jordan", "Queen Beatrix of the Netherlands": a
      // titled name followed by its body.
      if (f.body < 0 && !f.role.empty()) f.body = of_body(a, s, p.last);
      // "Nicolas Kiefer of Germany": a country, unlike a body ("Jane Wood
      // of Barclays" may be a client), is the person's without a title.
      if (f.body < 0 && f.role.empty() && p.kind == SpanKind::kName) f.body = country_of(a, s, p.last);
      if (!f.role.empty()) a.entities[p.entity].roles.insert(f.role);
      // "Chancellor of the Exchequer Gordon Brown": a title only one
      // country has gives that country when the words name none.
      if (f.body < 0 && !f.role.empty())
        if (const Country* c = lex_->country_of_role(f.role)) f.body = intern_country(a, *c);
      if (f.body >= 0) link(a, p, f);
    }
  }

 private:
  bool body(const Span* s) const {
    return s && s->entity >= 0 && (s->type == NodeType::kCountry || s->type == NodeType::kOrganization) &&
           (s->kind == SpanKind::kName || s->kind == SpanKind::kAdjective);
  }

  // [country|body] ['s] [modifiers] title+ [,] NAME, or title of [the]
  // body [of [the] body]... [,] NAME.
  Found before(const Annotation& a, const Sentence& s, uint32_t first) const {
    Found f;
    // "President of Russia Vladimir Putin", "Head of the Faculty of World
    // Politics of the Moscow State University Andrei Sidorov": the body
    // after the title is the one the role is in; those after it hold it.
    // "the head of the FBI, James Komi": the same in apposition.
    std::vector<int32_t> chain;
    uint32_t start = first;
    if (start >= s.first + 4 && token_text(a, start - 1) == "," && body(a.span_at(start - 2))) --start;
    for (uint32_t t = start; t > s.first;) {
      const Span* c = a.span_at(t - 1);
      if (!body(c) || c->first < s.first + 2) break;
      uint32_t of = c->first - 1;
      if (token_text(a, of) == "the" && of > s.first) --of;
      if (token_text(a, of) != "of") break;
      chain.push_back(c->entity);
      const Span* title = of > s.first ? a.span_at(of - 1) : nullptr;
      if (title && title->kind == SpanKind::kTitle) {
        f.body = chain.back();
        f.role = title->role;
        chain.pop_back();
        f.holders.assign(chain.rbegin(), chain.rend());
        return f;
      }
      t = of;
    }
    uint32_t t = first;
    // "A Toyota spokesman, Hiroshi Tanaka": the title in apposition before.
    if (t >= s.first + 2 && token_text(a, t - 1) == "," && a.span_at(t - 2) &&
        a.span_at(t - 2)->kind == SpanKind::kTitle)
      t = t - 1;
    const uint32_t from = t;
    // Titles directly before the name ("Foreign Minister", "Secretary of
    // State"); scanning outwards, the first role found is the closest.
    while (t > s.first) {
      const Span* sp = a.span_at(t - 1);
      if (!sp || sp->kind != SpanKind::kTitle) break;
      if (f.role.empty()) f.role = sp->role;
      t = sp->first;
    }
    // "his Spanish counterpart Miguel Moratinos": no title, but the
    // country all the same.
    if (t == from && t > s.first + 1 && token_text(a, t - 1) == "counterpart" && body(a.span_at(t - 2))) {
      f.body = a.span_at(t - 2)->entity;
      return f;
    }
    if (t == from) return f;
    const uint32_t titles_start = t;
    // Up to two lower-case modifiers: "Russian opposition leader", "slain".
    for (int skip = 0; skip < 3 && t > s.first; ++skip) {
      uint32_t p = t - 1;
      std::string_view w = token_text(a, p);
      if (w == "'s" || w == "\u2019s") {
        t = p;
        continue;
      }
      // "Brazilian Coffee Institute (IBC) President": the body's acronym
      // in brackets between it and the title.
      if (w == ")") {
        uint32_t open = p;
        while (open > s.first && p - open < 4 && token_text(a, open) != "(") --open;
        if (token_text(a, open) != "(" || open == p - 1) break;
        t = open;
        continue;
      }
      if (const Span* sp = a.span_at(p); body(sp)) {
        // "the visit to Ukraine Vice President Joseph Biden": a country's
        // name right before a government office, after "to" or "in", is
        // where the office holder goes or is, not whose the office is.
        // Not so for its adjective or possessive ("to Turkey's ambassador"),
        // nor for a side's coach ("to Australia coach Eddie Jones").
        if (sp->type == NodeType::kCountry && sp->kind == SpanKind::kName && sp->last == titles_start &&
            sp->first > s.first && locative(token_text(a, sp->first - 1)) && in_state(f.role))
          break;
        f.body = sp->entity;
        if (sp->type == NodeType::kOrganization && in_government(f.role)) country_before_body(a, s, *sp, f);
        break;
      }
      // "Britain's Europe Director", "the Russian Middle East envoy": the
      // office's field, capitalised, between its country and the title.
      if (uint32_t q = field_start(a, s, p); q < p + 1) {
        t = q;
        continue;
      }
      // After an honorific alone, a lower-case word is no modifier of a
      // role but the clause before: "Liberals demanded Sir Edward Heath".
      if (!a.tokens[p].word || a.tokens[p].capitalized || a.span_at(p) || f.role.empty()) break;
      t = p;
    }
    return f;
  }

  static bool locative(std::string_view w) { return w == "to" || w == "in" || w == "into"; }

  // An office of a state: its head, its government, its legislature or
  // its diplomats.
  bool in_state(const std::string& role) const {
    std::string_view kind = lex_->kind_of_role(role);
    return kind == "head_of_state" || kind == "head_of_government" || kind == "minister" || kind == "legislator" ||
           kind == "diplomat";
  }

  // Where a field of one or two capitalised words (a place's name among
  // them) ending at token p starts, when a country comes right before it,
  // by name with "'s" or by adjective; else p + 1.
  uint32_t field_start(const Annotation& a, const Sentence& s, uint32_t p) const {
    uint32_t q = p + 1;
    for (int words = 0; words < 2 && q > s.first; ++words) {
      const Span* sp = a.span_at(q - 1);
      if (sp ? sp->type != NodeType::kPlace || sp->first < s.first
             : !(a.tokens[q - 1].word && a.tokens[q - 1].capitalized) || q - 1 == s.first)
        break;
      q = sp ? sp->first : q - 1;
      if (q <= s.first) break;
      std::string_view before = token_text(a, q - 1);
      const Span* c = a.span_at(before == "'s" || before == "\u2019s" ? q - 2 : q - 1);
      bool possessive = before == "'s" || before == "\u2019s";
      if (c && c->type == NodeType::kCountry && body(c) && c->first >= s.first &&
          (possessive ? c->kind == SpanKind::kName : c->kind == SpanKind::kAdjective))
        return q;
    }
    return p + 1;
  }

  // A minister's, legislator's or head of government's role: one a body's name may be
  // the field of ("Labour Minister"). A company's is not: "American Honda
  // president" is the president of American Honda.
  bool in_government(const std::string& role) const {
    std::string_view kind = lex_->kind_of_role(role);
    return kind == "minister" || kind == "legislator" || kind == "head_of_government";
  }

  // "French Social Affairs and Labour Minister Philippe Seguin", "French
  // Labour Minister": the party's name is the field of a ministry (listed
  // with others, or of another country than the party's), and the country
  // before it is the person's. "British Labour MP Jon Cruddas": the
  // party's own country is the person's, and the party is held as well.
  void country_before_body(const Annotation& a, const Sentence& s, const Span& org, Found& f) const {
    uint32_t q = org.first;
    bool listed = false;
    for (int words = 0; words < 6 && q > s.first; ++words) {
      const uint32_t p = q - 1;
      std::string_view w = token_text(a, p);
      if (w == "and" || w == "&" || w == ",") {
        listed = true;
      } else if (!a.tokens[p].word || !a.tokens[p].capitalized || a.span_at(p)) {
        break;
      }
      q = p;
    }
    if (q > s.first + 1 && (token_text(a, q - 1) == "'s" || token_text(a, q - 1) == "\u2019s")) --q;
    const Span* c = q > s.first ? a.span_at(q - 1) : nullptr;
    if (!c || c->type != NodeType::kCountry || !body(c)) return;
    const bool field =
        listed || (body_of_country(a, org.entity, "") && !body_of_country(a, org.entity, a.entities[c->entity].id));
    if (!field) f.holders.push_back(f.body);
    f.body = c->entity;
  }

  // True when the organization is of `country` ("organization:labour_party"
  // of the United Kingdom), or of any country when that is empty.
  static bool body_of_country(const Annotation& a, int32_t org, const std::string& country) {
    const std::string& id = a.entities[org].id;
    for (const Relation& r : a.relations)
      if (r.source == id && r.type == relation::kAffiliatedWith && r.target.starts_with("country:") &&
          (country.empty() || r.target == country))
        return true;
    return false;
  }

  // NAME of [the] body: the body, or -1.
  int32_t of_body(const Annotation& a, const Sentence& s, uint32_t last) const {
    if (last + 1 >= s.last || token_text(a, last) != "of") return -1;
    return body_at(a, s, last + 1);
  }

  // NAME of [the] country, the country's name ending a phrase: the
  // country, or -1. Not its adjective, nor a name that starts a longer
  // phrase: "criticism by Baker of West German monetary policy".
  int32_t country_of(const Annotation& a, const Sentence& s, uint32_t last) const {
    if (last + 1 >= s.last || token_text(a, last) != "of") return -1;
    uint32_t q = last + 1;
    if (q + 1 < s.last && token_text(a, q) == "the") ++q;
    const Span* c = a.span_at(q);
    if (!c || c->first != q || c->type != NodeType::kCountry || c->kind != SpanKind::kName || c->entity < 0)
      return -1;
    if (c->last < s.last && starts_phrase(token_text(a, c->last))) return -1;
    return c->entity;
  }

  // A lower-case word that may follow a noun in its phrase ("Japan trade
  // policy"), as opposed to a word that starts the clause's next part
  // ("of Japan said", "of Japan in", "of Germany 6-4").
  bool starts_phrase(std::string_view w) const {
    static const std::set<std::string, std::less<>> next_part = {
        "and", "or", "but", "in", "at", "on", "to", "for", "with", "from", "after", "before", "by", "as", "who",
        "which", "that", "said", "says", "was", "is", "were", "are", "has", "had", "have", "will", "would", "could",
        "may", "also", "told", "then", "when", "while", "last", "this", "since", "until"};
    if (w.empty() || !(w[0] >= 'a' && w[0] <= 'z')) return false;
    return !next_part.count(w) && !lex_->sport_verbs.count(std::string(w));
  }

  // [the] body at token q: the body, or -1.
  int32_t body_at(const Annotation& a, const Sentence& s, uint32_t q) const {
    if (q + 1 < s.last && token_text(a, q) == "the") ++q;
    const Span* c = a.span_at(q);
    return body(c) ? c->entity : -1;
  }

  // NAME, [the|a] [country|body ['s]] [modifiers] title [of country];
  // NAME is|was the ... title: "Al-Chalaby is the head of the Iraqi
  // National Oil Company".
  Found after(const Annotation& a, const Sentence& s, uint32_t last) const {
    Found f;
    if (last + 1 >= s.last) return f;
    std::string_view link = token_text(a, last);
    uint32_t t = last + 1;
    std::string_view w = token_text(a, t);
    if (link == "is" || link == "was") {
      if (w != "the") return f;
    } else if (link != ",") {
      return f;
    }
    if (w == "the" || w == "a" || w == "an") ++t;
    for (int words = 0; words < 6 && t < s.last; ++words) {
      const Span* sp = a.span_at(t);
      std::string_view x = token_text(a, t);
      if (body(sp)) {
        if (f.body < 0) f.body = sp->entity;
        t = sp->last;
        continue;
      }
      if (sp && sp->kind == SpanKind::kTitle) {
        f.role = sp->role;
        t = sp->last;
        // "..., foreign minister of Russia", "..., a spokeswoman for the
        // Foreign Ministry", "..., an analyst at Barclays"
        std::string_view prep = t + 1 < s.last ? token_text(a, t) : "";
        if (prep == "of" || prep == "for" || prep == "at")
          if (int32_t b = body_at(a, s, t + 1); b >= 0) f.body = b;
        break;
      }
      if (x == "'s" || x == "\u2019s" || (a.tokens[t].word && !a.tokens[t].capitalized && !sp)) {
        ++t;
        continue;
      }
      break;
    }
    if (f.role.empty()) f.body = -1;  // no title: "Lavrov, Russia" is a list
    return f;
  }

  void link(Annotation& a, const Span& person, const Found& f) const {
    const Entity& who = a.entities[person.entity];
    const Entity& what = a.entities[f.body];
    Relation r;
    r.source = who.id;
    r.target = what.id;
    r.type = std::string(relation::kAffiliatedWith);
    if (!f.role.empty()) r.roles.insert(f.role);
    r.evidence.push_back(a.evidence(person.first, person.last));
    a.relations.push_back(r);
    with_countries(a, r, what);
    // The faculty's head works at its university too, in no role there.
    Relation held = r;
    held.roles.clear();
    for (int32_t h : f.holders) {
      held.target = a.entities[h].id;
      a.relations.push_back(held);
      with_countries(a, held, a.entities[h]);
    }
  }

  // An organization's country is its people's country too ("Kremlin
  // spokesman" -> Russia).
  static void with_countries(Annotation& a, const Relation& r, const Entity& what) {
    if (what.type != NodeType::kOrganization) return;
    for (const Relation& o : std::vector<Relation>(a.relations))
      if (o.source == what.id && o.type == relation::kAffiliatedWith) {
        Relation c = r;
        c.target = o.target;
        a.relations.push_back(c);
      }
  }

  std::shared_ptr<const Lexicons> lex_;
};

}  // namespace

std::unique_ptr<Extractor> make_affiliation_extractor(std::shared_ptr<const Lexicons> lexicons) {
  return std::make_unique<AffiliationExtractor>(std::move(lexicons));
}

}  // namespace newsgraph::extract
