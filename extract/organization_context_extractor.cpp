// Organizations no list or head word knows, shown as bodies by the words
// around them: a noun of kind before the name ("cable operators NTL and
// Telewest", "research firm Point Topic", "record label Sony BMG"), a
// title of a body's people after it ("Refco analyst Mike Connery", "a
// Pentax spokesman"), or shares ("shares in Refco"). Once the article has
// shown a name as a body, its other mentions are the body too.
#include <set>
#include <vector>

#include "extract/dates.h"
#include "extract/extractors.h"

namespace newsgraph::extract {

namespace {

// A name run has at most this many words ("Independent Television News").
constexpr uint32_t kMaxWords = 4;

class OrganizationContextExtractor : public Extractor {
 public:
  explicit OrganizationContextExtractor(std::shared_ptr<const Lexicons> lex) : lex_(std::move(lex)) {}
  std::string_view name() const override { return "organization_context"; }

  void run(Annotation& a) const override {
    std::set<std::vector<std::string_view>> bodies;
    for (const Sentence& s : a.sentences) {
      if (title_case(a, s, *lex_)) continue;  // capitals say little in headlines
      for (uint32_t t = s.first; t < s.last;) {
        uint32_t end = run_end(a, s, t);
        if (end == t) {
          ++t;
          continue;
        }
        if (shown_as_body(a, s, t, end)) {
          bodies.insert(words(a, t, end));
          // "operators NTL and Telewest": the list shares the noun.
          for (uint32_t n = end; n + 1 < s.last && token_text(a, n) == "and";) {
            uint32_t e = run_end(a, s, n + 1);
            if (e == n + 1) break;
            bodies.insert(words(a, n + 1, e));
            n = e;
          }
        }
        t = end;
      }
    }
    add_coordinated(a, bodies);
    if (bodies.empty()) return;
    for (const Sentence& s : a.sentences)
      for (uint32_t t = s.first; t < s.last;) {
        uint32_t end = run_end(a, s, t);
        if (end == t) {
          ++t;
          continue;
        }
        if (bodies.count(words(a, t, end)))
          add_mention(a, t, end, NodeType::kOrganization, "organization:" + slug(a.slice(t, end)), "");
        t = end;
      }
  }

 private:
  // A name in a list with a company is a body too: "the battle between
  // Yahoo and MSN", "either Qwest or Verizon", "Inktomi and Overture"
  // after a body, "CD Universe, Powergen and other companies". A list is
  // names joined by commas and a last "and" / "or"; its companies are
  // those of the gazetteer (companies and media), the bodies this stage has
  // shown, and a closing "other" and plural body noun. A name joined to
  // another by a possessive or a hyphen ("Honda's Asimo", "AA-minus") is
  // no item, nor is a person's name before a comma ("Rod Eddington, BA's
  // chief executive"): that is no list, as it has no "and".
  void add_coordinated(const Annotation& a, std::set<std::vector<std::string_view>>& bodies) const {
    for (const Sentence& s : a.sentences) {
      if (title_case(a, s, *lex_)) continue;
      for (bool changed = true; changed;) {  // a list may show a body that another list needs
        changed = false;
        for (uint32_t t = s.first; t < s.last;) {
          std::vector<Item> list = list_at(a, s, bodies, t);
          if (list.empty()) {
            ++t;
            continue;
          }
          bool company = false;
          for (const Item& item : list) company = company || item.company;
          // "presidents Nixon and Ford": people, whatever Ford also is.
          company = company && !plural_title_before(a, s, list.front().first);
          for (const Item& item : list)
            if (company && item.free && may_be_body(a, item.first, item.last) && !rating(a, item) &&
                !first_name_elsewhere(a, item))
              changed = bodies.insert(words(a, item.first, item.last)).second || changed;
          t = list.back().last;
        }
      }
    }
  }

  struct Item {
    uint32_t first = 0, last = 0;
    bool free = false;     // a run of free capitals, not yet a body
    bool company = false;  // a company, a body or "other companies"
  };

  // The list of two items or more that starts at token t, or none.
  std::vector<Item> list_at(const Annotation& a, const Sentence& s,
                            const std::set<std::vector<std::string_view>>& bodies, uint32_t t) const {
    std::vector<Item> items;
    bool closed = false;  // an "and" / "or" came before the last item
    for (;;) {
      Item item;
      if (!item_at(a, s, bodies, t, items.empty(), item)) break;
      items.push_back(item);
      if (closed || item.last + 1 >= s.last) break;
      std::string_view j = token_text(a, item.last);
      if (j == "and" || j == "or" || j == "&") closed = true;
      else if (j != ",") break;
      t = item.last + 1;
    }
    if (!closed || items.size() < 2) return {};
    return items;
  }

  bool item_at(const Annotation& a, const Sentence& s, const std::set<std::vector<std::string_view>>& bodies,
               uint32_t t, bool first_item, Item& item) const {
    if (t >= s.last) return false;
    if (!first_item && closing_others(a, s, t)) {
      item = {t, t + 1, false, true};
      return true;
    }
    if (t > s.first && !joined_at(a, t)) return false;
    if (const Span* sp = a.span_at(t)) {
      if (sp->first != t || sp->type != NodeType::kOrganization || sp->kind != SpanKind::kName) return false;
      item = {t, sp->last, false, is_company(a, *sp)};
    } else {
      uint32_t end = run_end(a, s, t);
      if (end == t) return false;
      bool body = bodies.count(words(a, t, end)) > 0;
      item = {t, end, !body, body};
    }
    return item.last >= s.last || joined_at(a, item.last);
  }

  // Whether tokens t - 1 and t are apart: no possessive between them, and
  // no hyphen or word written against either ("AA-minus").
  static bool joined_at(const Annotation& a, uint32_t t) {
    std::string_view w = token_text(a, t);
    if (w == "'s" || w == "\u2019s" || token_text(a, t - 1) == "'s" || token_text(a, t - 1) == "\u2019s") return false;
    if (a.tokens[t].space_before) return true;
    return !(a.tokens[t].word && a.tokens[t - 1].word) && w != "-" && token_text(a, t - 1) != "-";
  }

  // A credit rating of Moody's or S&P ("AA by Standard and Poor's"), which
  // a list of agencies and ratings would take for a body.
  static bool rating(const Annotation& a, const Item& item) {
    if (item.last != item.first + 1) return false;
    std::string_view w = token_text(a, item.first);
    if (w.size() > 3) return false;
    for (char c : w)
      if (c != 'A' && c != 'B' && c != 'C' && c != 'a') return false;
    return true;
  }

  bool plural_title_before(const Annotation& a, const Sentence& s, uint32_t first) const {
    for (uint32_t from = first > s.first + 3 ? first - 3 : s.first; from < first; ++from)
      if (lex_->plural_titles.longest(a, from, first).length == first - from) return true;
    return false;
  }

  // The item's words start a longer name elsewhere in the article, as a
  // given name does ("by Mukesh and Reliance" where "Mukesh Ambani" is
  // named): a person's.
  bool first_name_elsewhere(const Annotation& a, const Item& item) const {
    uint32_t n = item.last - item.first;
    for (uint32_t t = 0; t + n < a.tokens.size(); ++t) {
      if (t == item.first) continue;
      uint32_t k = 0;
      while (k < n && token_text(a, t + k) == token_text(a, item.first + k)) ++k;
      if (k < n) continue;
      const Token& next = a.tokens[t + n];
      std::string_view w = token_text(a, t + n);
      if (next.word && next.capitalized && next.space_before && !lex_->company_words.count(std::string(w)) &&
          (!a.span_at(t + n) || a.span_at(t + n)->type == NodeType::kPerson))
        return true;
    }
    return false;
  }

  // "(many) other (big) companies" at t.
  bool closing_others(const Annotation& a, const Sentence& s, uint32_t t) const {
    if (t < s.last && (token_text(a, t) == "many" || token_text(a, t) == "several")) ++t;
    if (t >= s.last || token_text(a, t) != "other") return false;
    for (uint32_t q = t + 1; q < s.last && q <= t + 3; ++q) {
      const Token& tok = a.tokens[q];
      if (!tok.word || tok.capitalized || a.span_at(q)) return false;
      std::string_view w = token_text(a, q);
      if (lex_->is_body_noun(w)) return w.size() > 1 && w.back() == 's';
    }
    return false;
  }

  // The words of a body's one-word or short name, as shown_as_body asks.
  bool may_be_body(const Annotation& a, uint32_t first, uint32_t last) const {
    if (lex_->is_given_name(token_text(a, first))) return false;
    return !(last == first + 1 && !a.tokens[first].all_caps && lex_->is_common_word(token_text(a, first)));
  }

  // A span naming a company or medium of the gazetteer.
  bool is_company(const Annotation& a, const Span& sp) const {
    if (sp.type != NodeType::kOrganization || sp.kind != SpanKind::kName || sp.entity < 0) return false;
    std::string_view id = a.entities[sp.entity].id;
    constexpr std::string_view kPrefix = "organization:";
    if (id.substr(0, kPrefix.size()) != kPrefix) return false;
    const Organization* o = lex_->organization_by_slug(id.substr(kPrefix.size()));
    return o && (o->kind == "company" || o->kind == "media");
  }

  static std::vector<std::string_view> words(const Annotation& a, uint32_t first, uint32_t last) {
    std::vector<std::string_view> out;
    for (uint32_t t = first; t < last; ++t) out.push_back(token_text(a, t));
    return out;
  }

  // A capitalised word that no extractor claimed and that is no date, nor
  // a common word only capitalised by the sentence.
  bool free_capital(const Annotation& a, uint32_t t) const {
    const Token& tok = a.tokens[t];
    if (!tok.word || !(tok.capitalized || digits_then_letters(token_text(a, t))) || a.span_at(t)) return false;
    std::string_view w = token_text(a, t);
    if (calendar_word(w)) return false;
    return !(sentence_start(a, t) && lex_->is_common_word(w));
  }

  // A name that starts with digits and goes on in letters, as a brand's
  // may ("security firm 3ami", "3Com"), but no ordinal, unit, time or
  // decade ("4th", "5km", "10am", "1980s").
  static bool digits_then_letters(std::string_view w) {
    size_t d = 0;
    while (d < w.size() && w[d] >= '0' && w[d] <= '9') ++d;
    if (d == 0 || w.size() - d < 2) return false;
    std::string rest;
    for (char c : w.substr(d)) {
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return false;
      rest += static_cast<char>(c | 0x20);
    }
    for (std::string_view unit : {"th", "st", "nd", "rd", "am", "pm", "bn", "mn", "km", "kg", "mm", "cm", "ft", "mph",
                                  "gb", "mb", "kb", "mw", "kw", "ghz", "mhz", "min", "hrs", "yr", "yrs", "lb", "lbs"})
      if (rest == unit) return false;
    return true;
  }

  // The end of the run of free capitalised words at t (t when none).
  uint32_t run_end(const Annotation& a, const Sentence& s, uint32_t t) const {
    if (t > s.first && free_capital(a, t - 1) && a.tokens[t].space_before) return t;  // inside a run
    uint32_t e = t;
    while (e < s.last && e - t < kMaxWords && free_capital(a, e) && (e == t || a.tokens[e].space_before)) ++e;
    if (e < s.last && e - t == kMaxWords && free_capital(a, e)) return t;  // longer: no name of a body
    return e;
  }

  bool shown_as_body(const Annotation& a, const Sentence& s, uint32_t first, uint32_t last) const {
    // People are named by given names: "broadcaster David Dimbleby".
    if (lex_->is_given_name(token_text(a, first))) return false;
    // One common word says too little ("Goldeneye director", "the Rings
    // studio"): a body's one-word name is rarely an English word.
    if (last == first + 1 && !a.tokens[first].all_caps && lex_->is_common_word(token_text(a, first))) return false;
    if (first > s.first) {
      uint32_t p = first - 1;
      // "operators such as BT", "firms including Refco"
      if (p > s.first + 1 && token_text(a, p) == "as" && token_text(a, p - 1) == "such") p -= 2;
      else if (p > s.first && token_text(a, p) == "including") --p;
      std::string_view noun = token_text(a, p);
      // "Film-maker Spike Lee": a compound's noun is a person's role.
      bool compound = p > s.first && !a.tokens[p].space_before;
      if (!a.span_at(p) && !compound && (!a.tokens[p].capitalized || sentence_start(a, p)) && lex_->is_body_noun(noun))
        return true;
      // "shares in Refco"
      if ((noun == "in" || noun == "of") && p > s.first && token_text(a, p - 1) == "shares") return true;
    }
    if (described_after(a, s, last)) return true;
    // "Refco analyst Mike Connery", "a Pentax spokesman said", "Refco's
    // chief executive".
    uint32_t t = last;
    if (t < s.last && (token_text(a, t) == "'s" || token_text(a, t) == "\u2019s")) ++t;
    const Span* title = t < s.last ? a.span_at(t) : nullptr;
    if (!title || title->kind != SpanKind::kTitle) return false;
    std::string kind = title_kind(a, *title);
    // A name after the title: this stage runs before the people's, so a
    // capitalised word no other stage claimed.
    uint32_t n = title->last;
    bool named = n < s.last && a.tokens[n].word && a.tokens[n].capitalized && a.tokens[n].space_before &&
                 !calendar_word(token_text(a, n)) &&
                 (!a.span_at(n) || a.span_at(n)->type == NodeType::kPerson);
    if (named)
      return kind == "business" || kind == "official" || kind == "media" || kind == "sports" || kind == "academic";
    // Without a name, only a body's voice: "a Pentax spokesman", not "a PR
    // expert".
    std::string_view before = first > s.first ? token_text(a, first - 1) : "";
    return (before == "a" || before == "an" || before == "A" || before == "An") && (kind == "business" || kind == "official");
  }

  // An apposition after the name says what it is: "Deutsche Boerse, the
  // German stock exchange, said", "Cahoot, an online bank". The body noun
  // must be the head of the description, which ends there: "Jack Welch,
  // the company's chairman" and "Richard Branson, the Virgin group
  // founder" describe people.
  bool described_after(const Annotation& a, const Sentence& s, uint32_t last) const {
    if (last + 2 >= s.last || token_text(a, last) != ",") return false;
    std::string_view article = token_text(a, last + 1);
    if (article != "the" && article != "a" && article != "an") return false;
    // Up to five modifiers: lower-case words, numbers, adjectives of
    // countries ("German"), "world's" ("the world's second biggest insurer").
    constexpr uint32_t kMaxModifiers = 5;
    for (uint32_t t = last + 2; t < s.last && t <= last + 2 + kMaxModifiers; ++t) {
      const Token& tok = a.tokens[t];
      std::string_view w = token_text(a, t);
      if (tok.word && !tok.capitalized && lex_->is_body_noun(w) && !a.span_at(t)) {
        if (t + 1 == s.last) return true;
        std::string_view next = token_text(a, t + 1);
        return in(std::array<std::string_view, 11>{",", ".", ";", ")", "that", "which", "and", "in", "with", "based",
                                                   "whose"},
                  next);
      }
      const Span* sp = a.span_at(t);
      bool modifier = (tok.word && !tok.capitalized) || (sp && sp->kind == SpanKind::kAdjective) ||
                      ((w == "'s" || w == "\u2019s") && t > last + 2) || w == "-" ||
                      (!w.empty() && w[0] >= '0' && w[0] <= '9');
      if (!modifier) return false;
    }
    return false;
  }

  // The kind of a title in data/titles.tsv: "business" for "analyst",
  // "minister" for "Foreign Minister", "honorific" for "Mr".
  std::string title_kind(const Annotation& a, const Span& title) const {
    auto m = lex_->titles.longest(a, title.first, title.last);
    if (m.length != title.last - title.first || m.values->empty()) return {};
    return lex_->title_list[m.values->front()].kind;
  }

  std::shared_ptr<const Lexicons> lex_;
};

}  // namespace

std::unique_ptr<Extractor> make_organization_context_extractor(std::shared_ptr<const Lexicons> lexicons) {
  return std::make_unique<OrganizationContextExtractor>(std::move(lexicons));
}

}  // namespace newsgraph::extract
