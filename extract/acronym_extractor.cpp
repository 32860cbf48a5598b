// Bodies defined with their acronym: "the Internet Engineering Task Force
// (IETF)" names the body, whose initials the acronym spells, and every
// "IETF" of the article is that body. News defines an unfamiliar body this
// way once and then writes only its acronym, which alone would say nothing
// (or look like a person's name to the stages after this one).
#include <algorithm>
#include <cctype>
#include <map>
#include <string>
#include <vector>

#include "extract/extractors.h"

namespace newsgraph::extract {

namespace {

// Words an acronym skips: "Organisation for Economic Co-operation and
// Development (OECD)", "Securities and Exchange Commission (SEC)".
constexpr std::array<std::string_view, 9> kSkipped = {"of", "and", "the", "for", "on", "in", "de", "&", "to"};

// An acronym has two to eight capital letters.
bool acronym(const Annotation& a, uint32_t t) {
  std::string_view w = token_text(a, t);
  if (w.size() < 2 || w.size() > 8 || !a.tokens[t].word) return false;
  return std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

class AcronymExtractor : public Extractor {
 public:
  explicit AcronymExtractor(std::shared_ptr<const Lexicons> lex) : lex_(std::move(lex)) {}
  std::string_view name() const override { return "acronyms"; }

  void run(Annotation& a) const override {
    std::map<std::string, int32_t, std::less<>> defined;  // acronym -> entity
    for (const Sentence& s : a.sentences)
      for (uint32_t t = s.first + 1; t + 2 < s.last; ++t) {
        if (token_text(a, t) != "(" || token_text(a, t + 2) != ")" || !acronym(a, t + 1)) continue;
        std::string_view letters = token_text(a, t + 1);
        if (const Span* known = a.span_at(t + 1)) {
          join_known(a, s, t, *known, letters);
          continue;
        }
        int32_t entity = body_before(a, s, t, letters);
        if (entity < 0) continue;
        defined.emplace(std::string(letters), entity);
      }
    if (defined.empty()) return;
    // Every free mention of a defined acronym, the definition's included.
    for (uint32_t t = 0; t < a.tokens.size(); ++t) {
      if (!a.tokens[t].word || !a.tokens[t].all_caps || a.span_at(t)) continue;
      auto it = defined.find(token_text(a, t));
      if (it == defined.end()) continue;
      // Copies: add_mention may grow `entities`.
      const Entity& body = a.entities[it->second];
      const std::string id = body.id, canonical = body.canonical;
      add_mention(a, t, t + 1, body.type, id, canonical);
    }
  }

 private:
  // The entity of the body named right before the "(" at `open` whose
  // initials spell `letters`: a body another stage found there, or else
  // capitalised words no stage claimed, made an organization here. -1 when
  // the words before do not spell it.
  // The first token of the words before the "(" at `open` whose initials
  // spell `letters`, or `open` when they do not.
  static uint32_t spelled_from(const Annotation& a, const Sentence& s, uint32_t open, std::string_view letters) {
    // Walk back over the words, matching the acronym's letters from its last.
    size_t letter = letters.size();
    uint32_t first = open;
    while (first > s.first && letter > 0) {
      uint32_t p = first - 1;
      std::string_view w = token_text(a, p);
      if (in(kSkipped, w) && first < open) {
        first = p;
        continue;
      }
      // A hyphen's second part gives no initial: "Co-operation" is C.
      if (a.tokens[p].word && p > s.first + 1 && token_text(a, p - 1) == "-" && !a.tokens[p].space_before &&
          !a.tokens[p - 1].space_before) {
        first = p - 1;
        continue;
      }
      if (!a.tokens[p].word || !a.tokens[p].capitalized) break;
      if (std::toupper(static_cast<unsigned char>(w[0])) != letters[letter - 1]) return open;
      --letter;
      first = p;
    }
    if (letter != 0 || open - first < 2) return open;
    while (first < open && in(kSkipped, token_text(a, first))) ++first;  // "the"
    return first;
  }

  // An acronym a stage already took for a body, defined by the name of
  // another: one body. "The Organisation of Petroleum Exporting Countries
  // (OPEC)", a spelling the gazetteer lacks, is OPEC; "the European
  // Community (EC)", where the gazetteer reads "EC" as the Commission, says
  // that in this article every "EC" is the Community. A body of a
  // gazetteer (it has a canonical name) keeps its id.
  static void join_known(Annotation& a, const Sentence& s, uint32_t open, const Span& known,
                         std::string_view letters) {
    if (known.type != NodeType::kOrganization || known.entity < 0) return;
    const Span* before = open > s.first ? a.span_at(open - 1) : nullptr;
    if (!before || before->last != open || before->type != NodeType::kOrganization || before->entity < 0 ||
        before->entity == known.entity || spelled_from(a, s, open, letters) != before->first)
      return;
    const int32_t name = before->entity, acronym_body = known.entity;
    if (a.entities[name].canonical.empty()) {
      // The name is the known body's: all its mentions are.
      for (std::vector<Span>* spans : {&a.spans, &a.nested})
        for (Span& sp : *spans)
          if (sp.entity == name) sp.entity = acronym_body;
      return;
    }
    // Both known: the acronym is the name's here.
    for (std::vector<Span>* spans : {&a.spans, &a.nested})
      for (Span& sp : *spans)
        if (sp.entity == acronym_body && sp.last == sp.first + 1 && token_text(a, sp.first) == letters) sp.entity = name;
  }

  int32_t body_before(Annotation& a, const Sentence& s, uint32_t open, std::string_view letters) const {
    const Lexicons& lex = *lex_;
    const uint32_t first = spelled_from(a, s, open, letters);
    if (first == open) return -1;
    // A body found there already, whole: the acronym is another of its names.
    if (const Span* sp = a.span_at(open - 1); sp && sp->first <= first) {
      if (sp->last != open || sp->entity < 0) return -1;
      if (sp->type != NodeType::kOrganization && sp->type != NodeType::kEvent && sp->type != NodeType::kAgreement)
        return -1;
      return sp->entity;
    }
    // Else the words must end on a body's head word ("Value Added Tax
    // (VAT)", "Digital Rights Management (DRM)" are no bodies), and hold
    // no person or title ("Chief Executive Officer"). A shorter body or a
    // country found inside gives way to the name the acronym spells ("the
    // Organisation for Economic Co" of "Co-operation and Development"); a
    // country stays named inside it.
    std::vector<Span> inner;
    for (const Span& sp : a.spans) {
      if (sp.last <= first || sp.first >= open) continue;
      if (sp.first < first || sp.last > open || sp.kind != SpanKind::kName ||
          (sp.type != NodeType::kOrganization && sp.type != NodeType::kCountry && sp.type != NodeType::kPlace))
        return -1;
      inner.push_back(sp);
    }
    // The head ends the name ("Task Force", "Association") or starts it
    // before "of" or "for" ("Organisation for Economic Co-operation and
    // Development"). "Force" names bodies only so defined ("Internet
    // Engineering Task Force (IETF)"): as a head word it would make "Fatal
    // Force", a game.
    auto body_head = [&](uint32_t t) {
      auto [begin, end] = lex.heads.equal_range(std::string(token_text(a, t)));
      return std::any_of(begin, end, [](const auto& h) { return h.second.type == NodeType::kOrganization; });
    };
    std::string_view second = first + 1 < open ? token_text(a, first + 1) : "";
    if (token_text(a, open - 1) != "Force" && !body_head(open - 1) &&
        !(body_head(first) && (second == "of" || second == "for")))
      return -1;
    a.spans.erase(std::remove_if(a.spans.begin(), a.spans.end(),
                                 [&](const Span& sp) { return sp.first >= first && sp.last <= open; }),
                  a.spans.end());
    std::string name(a.slice(first, open));
    if (!add_mention(a, first, open, NodeType::kOrganization, "organization:" + slug(name), "")) {
      for (Span& sp : inner) a.add_span(std::move(sp));
      return -1;
    }
    for (const Span& sp : inner)
      if (sp.type == NodeType::kCountry) a.nested.push_back(sp);
    return a.span_at(first)->entity;
  }

  std::shared_ptr<const Lexicons> lex_;
};

}  // namespace

std::unique_ptr<Extractor> make_acronym_extractor(std::shared_ptr<const Lexicons> lexicons) {
  return std::make_unique<AcronymExtractor>(std::move(lexicons));
}

}  // namespace newsgraph::extract
