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
