// Who met in a report of a meeting: its subject and objects, lists of
// names, countries standing for a side (meeting_parts.h).
#include "extract/meeting_parts.h"

#include <algorithm>
#include <map>
#include <set>

#include "extract/dates.h"
#include "extract/meeting_words.h"

namespace newsgraph::extract::meeting {

namespace {

// In `last_subject`: the sentence's previous report had a subject that
// names no one ("The Saudi leader").
constexpr int32_t kUnnamed = -2;

// A country as a side of talks: "talks between Russia and Ukraine",
// "the foreign ministers of Russia, Iran and Turkey", "Chinese officials".
// A country that modifies a name ("Russia's Lavrov", "U.S. President")
// is no side. Returns the country's entity and the token after it, or -1.
int32_t side_at(const Annotation& a, const Sentence& s, uint32_t t, uint32_t* end) {
  const Span* sp = a.span_at(t);
  if (!sp || sp->type != NodeType::kCountry || sp->entity < 0 || sp->first != t) return -1;
  uint32_t after = sp->last;
  if (sp->kind == SpanKind::kAdjective) {
    // "American trade negotiators", "West German monetary officials": a
    // word or two of the state's business may come before the noun
    // ("Brazilian business leaders" are no side of the state).
    uint32_t noun = after;
    while (noun < s.last && noun < after + 2 && in(kStateFields, token_text(a, noun))) ++noun;
    if (noun >= s.last || !in(kSideNouns, token_text(a, noun))) return -1;
    *end = noun + 1;
    return sp->entity;
  }
  if (sp->kind != SpanKind::kName) return -1;
  // "the president of Mexico, Miguel de la Madrid": the country is the
  // title's, and the person after the comma is the side.
  if (t > s.first && token_text(a, t - 1) == "of" && after + 1 < s.last && token_text(a, after) == "," &&
      is_person(a, after + 1))
    return -1;
  if (after < s.last) {
    std::string_view w = token_text(a, after);
    const Span* next = a.span_at(after);
    // "to ease U.S.-Japan trade friction": a country joined by a hyphen
    // names a relation between states, a modifier of the noun after it, not
    // a side; "U.S.-Japan talks" are talks, and their sides are read there.
    bool joined = t > s.first && token_text(a, t - 1) == "-" && !a.tokens[t].space_before;
    uint32_t noun = after;
    while (noun + 1 < s.last && token_text(a, noun) == "-" && !a.tokens[noun].space_before &&
           !a.tokens[noun + 1].space_before) {
      joined = true;
      const Span* part = a.span_at(noun + 1);
      noun = part ? part->last : noun + 2;
    }
    if (joined && noun < s.last && a.tokens[noun].word && !a.tokens[noun].capitalized &&
        !in(kMeetWithWords, token_text(a, noun)) && !in(kMeetVerbs, token_text(a, noun)))
      return -1;
    if (w == "'s" || w == "\u2019s" || (next && (next->kind == SpanKind::kTitle || next->type == NodeType::kPerson)) ||
        (a.tokens[after].capitalized && a.tokens[after].space_before))
      return -1;
  }
  *end = after;
  return sp->entity;
}

// The person named last before token t, in this sentence or the two
// before it, other than `other`; -1 when none.
int32_t person_before(const Annotation& a, uint32_t t, int32_t other) {
  uint32_t from = a.sentences[a.sentence_of[t] > 2 ? a.sentence_of[t] - 2 : 0].first;
  auto it = std::lower_bound(a.spans.begin(), a.spans.end(), t, [](const Span& sp, uint32_t v) { return sp.first < v; });
  while (it != a.spans.begin()) {
    --it;
    if (it->first < from) break;
    if (it->type == NodeType::kPerson && it->kind == SpanKind::kName && it->entity >= 0 && it->entity != other)
      return it->entity;
  }
  return -1;
}

// A participant starting at t: a person, or a country side.
int32_t participant_at(const Annotation& a, const Sentence& s, uint32_t t, uint32_t* end) {
  if (is_person(a, t)) {
    *end = a.span_at(t)->last;
    return a.span_at(t)->entity;
  }
  return side_at(a, s, t, end);
}

// The participant ending just before p, and where it starts.
int32_t participant_before(const Annotation& a, const Sentence& s, uint32_t p, uint32_t* start) {
  if (p <= s.first) return -1;
  if (is_person(a, p - 1)) {
    *start = a.span_at(p - 1)->first;
    return a.span_at(p - 1)->entity;
  }
  // "Chinese officials": the noun ends the side.
  uint32_t q = in(kSideNouns, token_text(a, p - 1)) && p - 1 > s.first ? p - 1 : p;
  const Span* sp = a.span_at(q - 1);
  uint32_t end = 0;
  if (sp && side_at(a, s, sp->first, &end) >= 0 && end == p) {
    *start = sp->first;
    return sp->entity;
  }
  return -1;
}

// Words that may stand between a name and the next one in a list of
// participants, or between a trigger and its object.
bool filler(const Annotation& a, uint32_t t) {
  const Span* s = a.span_at(t);
  if (s && s->type != NodeType::kPerson) return true;  // titles, "Russian", "U.S."
  std::string_view w = token_text(a, t);
  return w == "the" || w == "his" || w == "her" || w == "their" || w == "'s" || w == "\u2019s" ||
         (a.tokens[t].word && !a.tokens[t].capitalized && !s && w.size() > 2 && w != "and" && w != "with" &&
          w != "who" && w != "which" && w != "that" && w != "said" && w != "says");
}

// The subject before a trigger: the nearest person (and those listed
// with them: "X and Y met") within the clause.
std::vector<int32_t> group_before(const Annotation& a, const Sentence& s, uint32_t t, bool verb = false) {
  std::vector<int32_t> out;
  uint32_t p = t, start = 0;
  bool clause_subject_only = false;
  for (int gap = 0; p > s.first && gap < 12; ++gap) {
    std::string_view w = token_text(a, p - 1);
    if (participant_before(a, s, p, &start) >= 0) break;
    // A pronoun is the subject we cannot name; a new clause ends the search.
    // "Lavrov, who met Kerry": the person before the comma.
    if (w == "who" && p - 1 > s.first + 1 && token_text(a, p - 2) == ",") {
      uint32_t who_start = 0;
      if (participant_before(a, s, p - 2, &who_start) >= 0) {
        p -= 2;
        break;
      }
    }
    // "flew home after meeting Kerry": a gerund's subject is the clause's,
    // the one that opens the sentence ("could meet Agassi before meeting
    // Safin" is no meeting of Agassi).
    bool gerund = p == t && token_text(a, t).ends_with("ing");
    if ((w == "after" || w == "before" || w == "while") && gerund) {
      --p;
      clause_subject_only = true;
      continue;
    }
    if (w == ";" || w == "they" || w == "we" || w == "I" || w == "They" || w == "We" || w == "who" || w == "while" ||
        w == "but" || w == "after" || w == "before" || w == "ahead" || w == "despite" || w == "until" || w == "since")
      return out;
    // "Makoto Kuroda, vice minister of Japan's trade ministry (MITI), is to
    // hold meetings": the subject before an apposition set off by commas.
    if (w == "," && p - 1 > s.first) {
      uint32_t c = p - 2;
      while (c > s.first && p - 1 - c < 25 && token_text(a, c) != "," && token_text(a, c) != ".") --c;
      int32_t who = c > s.first && token_text(a, c) == "," ? participant_before(a, s, c, &start) : -1;
      if (who >= 0 && a.entities[who].type == NodeType::kPerson) {
        p = c;
        break;
      }
    }
    const Span* sp = a.span_at(p - 1);
    p = sp ? sp->first : p - 1;
  }
  if (p == s.first || participant_before(a, s, p, &start) < 0) return out;
  // "Oliver Stone's film met with reviews": a verb's subject is no possessor.
  if (verb && p < s.last && (token_text(a, p) == "'s" || token_text(a, p) == "\u2019s")) return out;
  if (clause_subject_only) {
    for (uint32_t u = s.first; u < start; ++u) {
      const Span* sp = a.span_at(u);
      if (!(sp && sp->kind != SpanKind::kName) && token_text(a, u) != "the" && token_text(a, u) != "The")
        return out;
      u = sp ? sp->last - 1 : u;
    }
  }
  // The list the nearest person ends: "X, Y and Z". Commas join only
  // once an "and" closed the list ("Before seeing X, Y met Z": no list).
  bool listed = false;
  for (int32_t who; p > s.first && (who = participant_before(a, s, p, &start)) >= 0;) {
    out.push_back(who);
    p = start;
    // Titles and adjectives before the name, then "and" or ",".
    // Capitalised words no title list knows count too ("EC External
    // Affairs Commissioner Willy de Clercq"), a few at most.
    auto skip_modifiers = [&] {
      uint32_t ignored = 0;
      for (int free_words = 0; p > s.first;) {
        const Span* sp = a.span_at(p - 1);
        if (sp && sp->type != NodeType::kPerson && participant_before(a, s, p, &ignored) < 0) p = sp->first;
        else if (!sp && a.tokens[p - 1].capitalized && !sentence_start(a, p - 1) && ++free_words <= 3) --p;
        else if (!sp && in(kRelationalNouns, token_text(a, p - 1))) --p;  // "his Russian counterpart"
        else break;
      }
    };
    skip_modifiers();
    // "John Kerry and his Russian counterpart Sergei Lavrov"
    if (p > s.first + 1) {
      std::string_view owner = token_text(a, p - 1);
      if ((owner == "his" || owner == "her" || owner == "their") && token_text(a, p - 2) == "and") --p;
    }
    std::string_view joint = p > s.first ? token_text(a, p - 1) : std::string_view();
    if (joint == "and") listed = true, --p;
    else if (joint == "," && listed) --p;
    else break;
    skip_modifiers();
  }
  return out;
}

}  // namespace

uint32_t meeting_noun_before(const Annotation& a, uint32_t si, uint32_t k) {
  uint32_t first = a.sentences[si >= 2 ? si - 2 : 0].first;
  for (uint32_t t = k; t > first; --t) {
    std::string_view w = token_text(a, t - 1);
    if (w == "meeting" || w == "meetings" || w == "talks") return t - 1;
  }
  return kNone;
}

bool is_person(const Annotation& a, uint32_t t) {
  const Span* s = a.span_at(t);
  return s && s->type == NodeType::kPerson && s->entity >= 0 &&
         (s->kind == SpanKind::kName || s->kind == SpanKind::kPronoun);
}

std::map<std::string, std::set<int32_t>> people_by_surname(const Annotation& a) {
  std::map<std::string, std::set<int32_t>> out;
  for (const Span& sp : a.spans)
    if (sp.type == NodeType::kPerson && sp.entity >= 0 && sp.kind == SpanKind::kName)
      out[std::string(token_text(a, sp.last - 1))].insert(sp.entity);
  return out;
}

std::vector<std::vector<int32_t>> hyphenated_sides(Annotation& a, const Sentence& s, uint32_t k,
                                                   const std::map<std::string, std::set<int32_t>>& by_surname) {
  std::vector<int32_t> sides;
  uint32_t p = k;
  for (bool more = true; more && p > s.first;) {
    // One side: a capitalised surname, with capitalised words or
    // particles before it ("de Clercq"), back to a dash or the start.
    if (!a.tokens[p - 1].word || !a.tokens[p - 1].capitalized) break;
    auto it = by_surname.find(std::string(token_text(a, p - 1)));
    if (it == by_surname.end() || it->second.size() != 1) return {};
    sides.push_back(*it->second.begin());
    --p;
    for (int words = 0; words < 2 && p > s.first && a.tokens[p - 1].word &&
                        (a.tokens[p - 1].capitalized || in(kParticles, token_text(a, p - 1)));
         ++words)
      --p;
    more = false;
    if (p > s.first + 1) {
      std::string_view d = token_text(a, p - 1);
      if (d == "-" || d == "\u2010" || d == "\u2013") --p, more = true;
    }
  }
  std::sort(sides.begin(), sides.end());
  sides.erase(std::unique(sides.begin(), sides.end()), sides.end());
  if (sides.size() < 2) return {};
  // The compound and its noun were read as an event name: drop that name.
  if (const Span* sp = a.span_at(k); sp && sp->type == NodeType::kEvent && sp->first >= p && sp->last == k + 1)
    a.spans.erase(a.spans.begin() + (sp - a.spans.data()));
  return {sides};
}

std::vector<int32_t> group_after(const Annotation& a, const Sentence& s, uint32_t t, int max_gap) {
  std::vector<int32_t> out;
  int gap = 0;
  while (t < s.last) {
    uint32_t end = 0;
    if (int32_t who = participant_at(a, s, t, &end); who >= 0) {
      // "welcomed Tony Blair's courage": a possessor, not a participant.
      if (end < s.last && (token_text(a, end) == "'s" || token_text(a, end) == "\u2019s")) break;
      // "a phone call from a Jackson associate, Marc Schaffel": the name
      // says whose the aide is; the aide, named after, is the participant.
      if (end + 1 < s.last && in(kAideNouns, token_text(a, end)) && token_text(a, end + 1) == ",") {
        t = end + 1;
        ++gap;
        continue;
      }
      out.push_back(who);
      t = end;
      gap = 0;
      // Continue only through "and" / "," (+ fillers).
      // "talks between the U.S. and Canada, Reuber said", "for talks with
      // President Reagan, Ito said": the speaker after the comma is not on
      // the list.
      if (t + 1 < s.last && token_text(a, t) == ",") {
        uint32_t next_end = 0;
        if (participant_at(a, s, t + 1, &next_end) >= 0 && next_end < s.last &&
            (token_text(a, next_end) == "said" || token_text(a, next_end) == "says" ||
             token_text(a, next_end) == "told" || token_text(a, next_end) == "added"))
          break;
      }
      if (t < s.last && (token_text(a, t) == "and" || token_text(a, t) == ",")) {
        ++t;
        continue;
      }
      break;
    }
    // "the" and "of" are free: "the president of the bank of Mexico".
    std::string_view w = token_text(a, t);
    // "from a Jackson associate, Marc Schaffel": the article of the aide.
    if ((w == "a" || w == "an") && t + 1 < s.last) {
      uint32_t name_end = 0;
      if (is_person(a, t + 1) && participant_at(a, s, t + 1, &name_end) >= 0 && name_end + 1 < s.last &&
          in(kAideNouns, token_text(a, name_end)) && token_text(a, name_end + 1) == ",") {
        ++t;
        continue;
      }
    }
    if (w != "the" && w != "of" && ++gap > max_gap) break;
    // "the head of the State Department, Rex Tillerson": appositions.
    // "energy and mines minister X"; "X, and the Under Secretary, Y";
    // "Chancellor of the Exchequer and central bank governor Y"
    const Span* previous = t > s.first ? a.span_at(t - 1) : nullptr;
    bool and_allowed = out.empty() || (t > s.first && token_text(a, t - 1) == ",") ||
                       (previous && previous->kind == SpanKind::kTitle);
    // "the Under Secretary of Commerce", "the President of the
    // Federation": a title's field, which no list need know.
    uint32_t before = t > s.first && token_text(a, t - 1) == "the" ? t - 1 : t;
    bool field = before > s.first && token_text(a, before - 1) == "of" && a.tokens[t].capitalized && !a.span_at(t);
    if (!filler(a, t) && !field && w != "of" && !(w == "," && gap > 1) && !(w == "and" && and_allowed)) break;
    const Span* sp = a.span_at(t);
    t = sp ? sp->last : t + 1;
  }
  return out;
}

// "received a phone call from", "receives a telephone call on Monday
// from": the token of "from" after a call that trigger k received; kNone
// when there is none.
static uint32_t call_from(const Annotation& a, const Sentence& s, uint32_t k) {
  std::string_view trigger = token_text(a, k);
  if (trigger != "received" && trigger != "receives" && trigger != "receive") return kNone;
  uint32_t e = k + 1;
  if (e < s.last && (token_text(a, e) == "a" || token_text(a, e) == "an")) ++e;
  if (e + 1 >= s.last || (token_text(a, e) != "phone" && token_text(a, e) != "telephone")) return kNone;
  if (token_text(a, e + 1) != "call" && token_text(a, e + 1) != "calls") return kNone;
  // When, between the call and its caller: "on 13 February", "last week".
  for (e += 2; e < s.last && e < k + 12; ++e) {
    std::string_view w = token_text(a, e);
    if (w == "from") return e;
    if (!(w == "on" || w == "in" || w == "this" || w == "last" || in(kTimeWords, w) || calendar_word(w) ||
          (w[0] >= '0' && w[0] <= '9')))
      break;
  }
  return kNone;
}

std::vector<std::vector<int32_t>> participants(const Annotation& a, const Sentence& s, uint32_t k, bool verb,
                                               std::vector<int32_t>& last_subject) {
  std::vector<std::vector<int32_t>> out;
  uint32_t next = k + 1;
  // "spoke by phone with", "met briefly with", "a meeting later this
  // month between": skip to the preposition.
  for (int i = 0; i < 4 && next < s.last; ++i) {
    std::string_view w = token_text(a, next);
    if (w == "with" || w == "between") break;
    if (w == "by" || w == "on" || w == "the" || w == "down" || in(kPhoneWords, w) || in(kAdverbs, w) ||
        in(kTimeWords, w) || calendar_word(w))
      ++next;
    else break;
  }
  std::string_view prep = next < s.last ? token_text(a, next) : std::string_view();
  // "X and Y spoke" is a speech; "spoke with Y", "spoke by phone" a talk.
  std::string_view trigger = token_text(a, k);
  if ((trigger == "spoke" || trigger == "speak" || trigger == "speaks" || trigger == "call") && prep != "with" &&
      !phone(a, s, k))
    return out;
  // "in telephone contact with X" is a call; other contact is no meeting.
  if (trigger == "contact" && (prep != "with" || !phone(a, s, k))) return out;
  // Countries stand for a side that has no named person: with two people
  // or more, the countries listed are theirs, not extra participants.
  auto distinct = [&a](std::vector<int32_t> v) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
    size_t people = 0;
    for (int32_t e : v) people += a.entities[e].type == NodeType::kPerson ? 1 : 0;
    if (people >= 2)
      v.erase(std::remove_if(v.begin(), v.end(), [&a](int32_t e) { return a.entities[e].type != NodeType::kPerson; }),
              v.end());
    return v;
  };
  // "X met A and B": a meeting of the subject with each object.
  auto with_each = [&](const std::vector<int32_t>& subject, const std::vector<int32_t>& objects) {
    std::vector<std::vector<int32_t>> meetings;
    for (int32_t o : distinct(objects)) {
      std::vector<int32_t> m = subject;
      m.push_back(o);
      m = distinct(m);
      if (m.size() >= 2) meetings.push_back(m);
    }
    return meetings;
  };
  // "the meeting of their deputies - X and Y", "talks of the two
  // leaders, X and Y": the participants after a dash, colon or comma.
  if (prep == "of" && !verb) {
    for (uint32_t t = next + 1; t < std::min(s.last, next + 7); ++t) {
      std::string_view w = token_text(a, t);
      if (w == "\u2013" || w == "\u2014" || w == "-" || w == ":" || w == ",") {
        std::vector<int32_t> all = distinct(group_after(a, s, t + 1, 2));
        if (all.size() >= 2) out.push_back(all);
        return out;
      }
      if (!a.tokens[t].word || a.tokens[t].capitalized) break;
    }
  }
  // "the meeting attended by X, Y and Z": one meeting of all.
  if (!verb && prep == "attended" && next + 1 < s.last && token_text(a, next + 1) == "by") {
    std::vector<int32_t> all = distinct(group_after(a, s, next + 2, 6));
    if (all.size() >= 2) out.push_back(all);
    return out;
  }
  if (prep == "between") {
    std::vector<int32_t> all = distinct(group_after(a, s, next + 1, 6));
    if (all.size() >= 2) out.push_back(all);
    return out;
  }
  // "Lavrov was received by Kerry": the passive's agent is the other side.
  // The subject stands right before "was": in "Carlisle's cross was met
  // by Scott" it is a thing.
  if (verb && k + 1 < s.last && token_text(a, k + 1) == "by" && k > s.first + 1 && is_be(token_text(a, k - 1))) {
    if (!is_person(a, k - 2) && !a.span_at(k - 2)) return out;
    return with_each(group_before(a, s, k), group_after(a, s, k + 2, 6));
  }
  std::vector<int32_t> subject = group_before(a, s, k, verb);
  // "X held talks with Y and met Z": after "and", the verb shares the
  // subject of the verb before.
  if (uint32_t p = k; p > s.first + 1) {
    while (p > s.first && (in(kPlanned, token_text(a, p - 1)) || token_text(a, p - 1) == "also" || token_text(a, p - 1) == "then" ||
                           token_text(a, p - 1) == "later"))
      --p;
    if (p > s.first && token_text(a, p - 1) == "and") {
      // "The Saudi leader will hold talks with Thatcher and meet Queen
      // Elizabeth": the shared subject is no one named, not Thatcher.
      if (last_subject == std::vector<int32_t>{kUnnamed}) return out;
      if (!last_subject.empty()) subject = last_subject;
    }
  }
  last_subject = subject.empty() ? std::vector<int32_t>{kUnnamed} : subject;
  std::vector<int32_t> object;
  if (prep == "with") object = group_after(a, s, next + 1, 6);
  else if (verb) object = group_after(a, s, k + 1, 4);
  // "X received a phone call on Monday from Y": a call of Y's to X.
  if (uint32_t from = call_from(a, s, k); from != kNone) return with_each(subject, group_after(a, s, from + 1, 4));
  // "the offer it received from X"; "Mourinho receives Robson warning":
  // what is received is a thing, and a name before a noun only says whose.
  // "visited the tomb of Yasser Arafat", "visited Yugoslavia": a visit
  // meets a person only when one is what it visited.
  if (trigger == "received" || trigger == "receives" || trigger == "receive" || trigger == "visited") {
    if (prep == "from") return out;
    // The person comes first, after at most "the" and a title or a
    // country's adjective: "received eight new shares and X" is no
    // meeting with X.
    uint32_t e = k + 1;
    while (e < s.last && !is_person(a, e) &&
           (token_text(a, e) == "the" || (a.span_at(e) && a.span_at(e)->kind != SpanKind::kName)))
      e = a.span_at(e) ? a.span_at(e)->last : e + 1;
    if (e >= s.last || !is_person(a, e)) return out;
    uint32_t after = a.span_at(e)->last;
    if (after < s.last && a.tokens[after].word && !a.tokens[after].capitalized && !in(kObjectFollowers, token_text(a, after)))
      return out;
  }
  // "Speaking after talks with X, Y said": the subject of a leading
  // clause comes after its comma. Only a clause that starts the sentence
  // and names no one before the trigger: in "Funaro and Gros are meeting
  // Nigel Lawson, Geoffrey Howe and ..." the comma goes on the list.
  if (subject.empty() && !object.empty() && leading_clause(a, s, k)) {
    uint32_t t = k;
    while (t < s.last && token_text(a, t) != ",") ++t;
    for (uint32_t u = t + 1; u < std::min(s.last, t + 5); ++u) {
      if (is_person(a, u)) {
        int32_t who = a.span_at(u)->entity;
        // "After talks with Suharto, he said": the pronoun went to the
        // nearest name, which is the other side; the speaker is the
        // person named last before this sentence.
        if (a.span_at(u)->kind == SpanKind::kPronoun && std::count(object.begin(), object.end(), who))
          who = person_before(a, s.first, who);
        if (who >= 0) subject.push_back(who);
        break;
      }
      if (!filler(a, u)) break;
      u = a.span_at(u) ? a.span_at(u)->last - 1 : u;
    }
  }
  if (object.empty()) {
    // "X and Y met" is their meeting; "X and Y visited Washington" or
    // "X and Y are meeting British Chancellor Nigel Lawson" (an object
    // not read) is no meeting of X with Y.
    if (verb && (!(trigger == "met" || trigger == "meet" || trigger == "meets") || has_object(a, s, k))) return out;

    subject = distinct(subject);
    if (subject.size() >= 2) out.push_back(subject);
    return out;
  }
  return with_each(subject, object);
}

}  // namespace newsgraph::extract::meeting
