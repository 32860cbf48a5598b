// How a report tells its meeting: negated, planned, ongoing, by phone,
// just over; and which words are the verb (meeting_parts.h).
#include "extract/meeting_parts.h"

#include <array>

#include "extract/dates.h"
#include "extract/meeting_words.h"

namespace newsgraph::extract::meeting {

bool host_noun(const Annotation& a, const Sentence& s, uint32_t k) {
  if (k + 1 < s.last && token_text(a, k + 1) == "of") return true;
  if (k == s.first) return false;
  std::string_view before = token_text(a, k - 1);
  if (is_person(a, k - 1) || a.tokens[k - 1].capitalized) return false;  // "Kerry hosts", "Russia will host"
  static constexpr std::array<std::string_view, 14> kVerbBefore = {
      "will", "would", "to", "'ll", "also", "can", "could", "may", "might", "shall", "should", "must", "and", "who"};
  return !in(kVerbBefore, before) && !a.span_at(k - 1);
}

bool is_be(std::string_view w) {
  return w == "was" || w == "were" || w == "is" || w == "are" || w == "been" || w == "being" || w == "be";
}

bool object_follows(const Annotation& a, const Sentence& s, uint32_t k) {
  uint32_t t = k + 1;
  for (int i = 0; i < 4 && t < s.last; ++i) {
    if (is_person(a, t)) return a.span_at(t)->kind == SpanKind::kName;
    const Span* sp = a.span_at(t);
    if (!sp || (sp->kind == SpanKind::kName && sp->type != NodeType::kCountry)) return false;
    t = sp->last;
  }
  return false;
}

bool leading_clause(const Annotation& a, const Sentence& s, uint32_t k) {
  for (uint32_t t = s.first; t < k; ++t) {
    if (token_text(a, t) == ",") return false;
    const Span* sp = a.span_at(t);
    if (sp && sp->kind == SpanKind::kName && (sp->type == NodeType::kPerson || sp->type == NodeType::kCountry))
      return false;
  }
  return true;
}

bool progressive(const Annotation& a, const Sentence& s, uint32_t k) {
  uint32_t t = k;
  while (t > s.first && (in(kAdverbs, token_text(a, t - 1)) || in(kTimeWords, token_text(a, t - 1)))) --t;
  if (t == s.first) return false;
  std::string_view w = token_text(a, t - 1);
  return w == "are" || w == "is" || w == "was" || w == "were" || w == "be" || w == "been" || w == "'re" || w == "'s";
}

bool has_object(const Annotation& a, const Sentence& s, uint32_t k) {
  uint32_t t = k + 1;
  while (t < s.last && (in(kAdverbs, token_text(a, t)) || in(kTimeWords, token_text(a, t)) ||
                        calendar_word(token_text(a, t)) || token_text(a, t) == "the"))
    ++t;
  if (t >= s.last || !a.tokens[t].word) return false;
  const Span* sp = a.span_at(t);
  if (sp && (sp->kind == SpanKind::kTitle || sp->kind == SpanKind::kAdjective || sp->kind == SpanKind::kName))
    return true;
  if (a.tokens[t].capitalized) return true;
  std::string_view w = token_text(a, t);
  if (w.front() >= '0' && w.front() <= '9') return false;  // "meet April 5-6"
  if (w.size() > 3 && w.ends_with("ly")) return false;     // "met recently"
  // "met supporters' representatives" has an object; "met for four
  // hours", "met in Geneva", "met again" do not.
  static constexpr std::array<std::string_view, 25> kIntransitive = {
      "for",   "in",    "at",   "on",     "with",   "to",       "during",  "after",   "before",
      "over",  "since", "until", "and",   "but",    "as",       "when",    "while",   "behind",
      "face",  "up",    "tomorrow", "tonight", "together", "twice", "once"};
  return !in(kIntransitive, w);
}

bool match_of_play(const Annotation& a, const Sentence& s) {
  // Stages and ranks of a draw. "round" only of play ("the second round",
  // not "a round of talks"); "final" only as the noun ("in the final").
  static constexpr std::array<std::string_view, 14> kDraw = {
      "semi-final", "semi-finals", "semifinal", "semifinals", "quarter-final", "quarter-finals", "quarterfinal",
      "quarterfinals", "semis", "seed", "seeds", "seeded", "wildcard", "play-off"};
  for (uint32_t t = s.first; t < s.last; ++t) {
    std::string_view w = token_text(a, t);
    if (in(kDraw, w)) return true;
    std::string_view next = t + 1 < s.last ? token_text(a, t + 1) : std::string_view();
    bool next_free = next.empty() || !a.tokens[t + 1].word || a.tokens[t + 1].capitalized || next == "of" ||
                     next == "on" || next == "at" || next == "in" || next == "against";
    if (w == "round" && next != "of" && t > s.first && token_text(a, t - 1) != "a") return true;
    if ((w == "final" || w == "finals") && t > s.first && token_text(a, t - 1) == "the" && next_free && next != "of")
      return true;
    if (w == "wild" && next == "card") return true;
  }
  return false;
}

bool negated(const Annotation& a, const Sentence& s, uint32_t k) {
  for (uint32_t t = k > s.first + 4 ? k - 4 : s.first; t < k; ++t)
    if (in(kNegation, token_text(a, t))) return true;
  // A meeting named first and then called off: "the summit, planned for
  // May, was cancelled".
  if (!in(kMeetVerbs, token_text(a, k)))
    for (uint32_t t = k + 1; t < std::min(s.last, k + 8); ++t) {
      std::string_view w = token_text(a, t);
      if (w == "after" || w == "before" || w == "when" || w == "because" || w == "but" || w == "and" || w == "while")
        break;  // another clause, which may cancel something else
      if (w == "cancelled" || w == "canceled" || w == "postponed" || w == "scrapped" ||
          (w == "called" && t + 1 < s.last && token_text(a, t + 1) == "off"))
        return true;
    }
  return false;
}

bool phone(const Annotation& a, const Sentence& s, uint32_t k) {
  uint32_t from = k > s.first + 3 ? k - 3 : s.first, to = std::min(s.last, k + 4);
  for (uint32_t t = from; t < to; ++t) {
    std::string_view w = token_text(a, t);
    if (w == "phone" || w == "telephone" || w == "phoned" || w == "telephoned" || (t == k && w == "rang")) return true;
  }
  // "talked with U.S. Treasury Secretary James Baker over the telephone":
  // the medium may follow the other side's whole name and title.
  for (uint32_t t = to; t < std::min(s.last, k + 14); ++t) {
    std::string_view w = token_text(a, t);
    if (w == "." || w == ";" || w == "," || w == "who" || w == "whom" || w == "which") break;
    if ((w == "phone" || w == "telephone") && (token_text(a, t - 1) == "the" || token_text(a, t - 1) == "by"))
      return true;
  }
  return false;
}

std::string status(const Annotation& a, const Sentence& s, uint32_t k) {
  for (uint32_t t = k > s.first + 5 ? k - 5 : s.first; t < std::min(s.last, k + 8); ++t) {
    std::string_view w = token_text(a, t);
    if (in(kOngoing, w)) return "ongoing";
  }
  for (uint32_t t = k > s.first + 5 ? k - 5 : s.first; t < k; ++t) {
    std::string_view w = token_text(a, t);
    if (in(kPlanned, w)) return "planned";
    if (w == "to" && t + 1 == k) return "planned";  // "to meet", "is to hold talks"
    // "is to hold two days of meetings", "are to have talks"
    if (w == "to" && t + 1 < k && (token_text(a, t + 1) == "hold" || token_text(a, t + 1) == "have")) return "planned";
  }
  if (k > s.first + 1 && token_text(a, k - 1) == "talks" && token_text(a, k - 2) == "hold") return "planned";
  // A meeting named first and dated after: "the meeting will take place
  // in London", "the summit, planned for July". The noun's clause may run
  // through the other side's name and title: "The Armacost discussions
  // with Deputy Foreign Minister Ryohei Murata and other senior officials
  // will focus on".
  if (!in(kMeetVerbs, token_text(a, k)))
    for (uint32_t t = k + 1; t < std::min(s.last, k + 14); ++t) {
      std::string_view w = token_text(a, t);
      if (w == "," && t + 1 < s.last) {
        std::string_view after = token_text(a, t + 1);
        if (after != "planned" && after != "scheduled" && after != "due" && after != "set" && after != "expected")
          break;
      }
      if (w == "." || w == ";" || w == "said" || w == "says" || w == "who" || w == "which" || w == "that") break;
      if (w == "will" || w == "would" || w == "planned" || w == "scheduled" || w == "due" || w == "expected" ||
          (w == "set" && t + 1 < s.last && (token_text(a, t + 1) == "for" || token_text(a, t + 1) == "to")))
        return "planned";
    }
  return "occurred";
}

bool just_over(const Annotation& a, const Sentence& s, uint32_t k) {
  for (uint32_t t = k, words = 0; t > s.first && words < 4; --t, ++words) {
    std::string_view w = token_text(a, t - 1);
    if (w == "after" || w == "After") return true;
    if (w == "from" && t >= s.first + 2 && (token_text(a, t - 2) == "back" || token_text(a, t - 2) == "returned" ||
                                           token_text(a, t - 2) == "returning"))
      return true;
    // Only the trigger's own modifiers: "farm trade" in "after farm trade talks".
    if (!a.tokens[t - 1].word || a.tokens[t - 1].capitalized || a.span_at(t - 1)) break;
  }
  return false;
}

}  // namespace newsgraph::extract::meeting
