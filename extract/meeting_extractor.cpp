// Meetings and phone calls between people: "X met (with) Y", "X and Y
// held talks", "talks between X and Y", "X's meeting with Y", "X hosted /
// received / welcomed Y", "spoke by phone", "the Kerry-Lavrov talks". One
// event per distinct set of participants, kind and date in the article; the
// date and place come from the sentence that reports it; "will meet" is
// planned, "did not meet" gives nothing.
#include <algorithm>
#include <array>
#include <map>
#include <set>

#include "extract/dates.h"
#include "extract/extractors.h"

namespace newsgraph::extract {

namespace {

template <size_t N>
bool in(const std::array<std::string_view, N>& list, std::string_view w) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

// Words that report a meeting. Verbs take their object directly ("met
// Putin") or through "with"; nouns take "with" or "between".
constexpr std::array<std::string_view, 15> kMeetVerbs = {
    "met",      "meet",    "meets",  "hosted",     "hosts",  "host", "received", "receives",
    "welcomed", "welcomes", "greeted", "visited", "telephoned", "phoned", "rang"};
constexpr std::array<std::string_view, 25> kMeetWithWords = {
    "meeting",      "meetings",   "talks",     "talked",       "talk",          "spoke",     "speaks",
    "speak",        "conferred",  "conversation", "conversations", "discussions", "negotiations", "call",
    "discussion",   "consultations", "contact", "negotiated", "lunch",         "dinner",    "breakfast",
    "dined",        "lunched",    "sat",       "sit"};
constexpr std::array<std::string_view, 5> kPhoneWords = {"phone", "telephone", "phoned", "telephoned", "call"};
constexpr std::array<std::string_view, 16> kPlanned = {"will", "'ll", "would", "shall", "expected", "plans", "planned",
                                                       "due", "scheduled", "upcoming", "forthcoming", "proposed", "next", "hopes", "preparing", "prepare"};
constexpr std::array<std::string_view, 10> kNegation = {"not", "n't", "never", "refused", "declined",
                                                        "cancelled", "canceled", "postponed", "without", "no"};
// Adverbs between a meeting verb and its "with": "met here with", "met
// separately with".
constexpr std::array<std::string_view, 12> kAdverbs = {"briefly", "privately", "here", "there", "again", "separately",
                                                       "later", "today", "yesterday", "also", "first", "secretly"};
// Words that say who was at a meeting, before the list of them:
// "Officials seen arriving included", "Those present were".
constexpr std::array<std::string_view, 8> kAttendanceWords = {"attending", "arriving", "present",   "attendees",
                                                              "participants", "delegates", "attended", "arrived"};
// Words that may follow the person a verb takes: "received Kerry at the
// Kremlin", "welcomed Putin warmly" (adverbs are listed in kAdverbs).
constexpr std::array<std::string_view, 14> kObjectFollowers = {
    "at", "in", "on", "for", "and", "to", "with", "who", "after", "before", "during", "when", "as", "warmly"};
// Nouns for a person in relation to another, before a name in a list of
// participants: "John Kerry and his Russian counterpart Sergei Lavrov".
constexpr std::array<std::string_view, 4> kRelationalNouns = {"counterpart", "counterparts", "colleague", "guest"};
// Words of a relative date between a meeting noun and its "between":
// "a meeting later this month between X and Y".
constexpr std::array<std::string_view, 8> kTimeWords = {"this", "next", "last", "week", "month", "year", "weekend", "earlier"};
// Nouns after a country's adjective that make the country a side:
// "Chinese officials", "the Iranian delegation".
constexpr std::array<std::string_view, 11> kSideNouns = {"officials", "diplomats", "delegation", "delegations",
                                                         "counterparts", "negotiators", "government", "leaders",
                                                         "authorities", "envoys", "representatives"};
// What a state's officials deal in, between a country's adjective and
// the side noun: "American trade negotiators".
constexpr std::array<std::string_view, 16> kStateFields = {
    "trade",    "foreign",  "finance", "financial", "monetary", "economic", "defence",     "defense",
    "military", "security", "senior",  "top",       "ministry", "farm",     "agriculture", "government"};
// Lower-case words inside surnames: "de Clercq", "van Rompuy", "al-Assad".
constexpr std::array<std::string_view, 8> kParticles = {"de", "da", "di", "du", "van", "von", "al", "el"};
constexpr std::array<std::string_view, 5> kOngoing = {"continue", "continues", "continuing", "ongoing", "resumed"};

struct Meeting {
  std::vector<int32_t> people;  // entity indexes, sorted
  std::string kind, date, status, place;
  std::vector<Evidence> evidence;
  std::vector<uint32_t> anchors;  // first token of each report
};

class MeetingExtractor : public Extractor {
 public:
  explicit MeetingExtractor(std::shared_ptr<const Lexicons> lex) : lex_(std::move(lex)) {}
  std::string_view name() const override { return "meetings"; }

  void run(Annotation& a) const override {
    std::vector<Meeting> found;
    const std::map<std::string, std::set<int32_t>> by_surname = people_by_surname(a);
    for (uint32_t si = 0; si < a.sentences.size(); ++si) {
      const Sentence& sentence = a.sentences[si];
      std::vector<int32_t> last_subject;
      for (uint32_t k = sentence.first; k < sentence.last; ++k) {
        const Sentence s = window_around(sentence, k);
        std::string w(token_text(a, k));
        if (sentence_start(a, k) && !w.empty() && w[0] >= 'A' && w[0] <= 'Z') w[0] = static_cast<char>(w[0] - 'A' + 'a');
        bool verb = in(kMeetVerbs, w), noun = in(kMeetWithWords, w), summit = w == "summit" || w == "summits";
        // "agreements to be negotiated with X" are no meeting.
        if (w == "negotiated" && k > sentence.first && is_be(token_text(a, k - 1))) continue;
        // "sat down with X"; "sat on the board" is no meeting.
        if ((w == "sat" || w == "sit") && !(k + 1 < sentence.last && token_text(a, k + 1) == "down")) continue;
        // "Funaro and Gros are today meeting Nigel Lawson", "after meeting
        // John Kerry": the verb.
        if (w == "meeting" && k + 1 < sentence.last && object_follows(a, sentence, k)) verb = true, noun = false;
        if (w == "meeting" && progressive(a, sentence, k)) verb = true, noun = false;
        // "a host of Hollywood stars", "television host Dick Clark": the
        // noun, not the verb, which follows its subject or a modal.
        if ((w == "host" || w == "hosts") && host_noun(a, sentence, k)) verb = false;
        if (!verb && !noun && !summit) continue;
        if (negated(a, s, k)) continue;
        std::vector<std::vector<int32_t>> groups;
        if (!verb) groups = hyphenated_sides(a, s, k, by_surname);
        if (groups.empty()) {
          if (summit || a.span_at(k)) continue;
          groups = participants(a, s, k, verb, last_subject);
        }
        for (auto& people : groups) found.push_back(report(a, s, k, std::move(people)));
      }
    }
    add_attendees(a, found);
    std::vector<Meeting> meetings = fold(found);
    join_sides_to_people(a, meetings);
    emit(a, meetings);
  }

 private:
  // The meeting reported at trigger k, of `people`, with the kind, status,
  // date and place its sentence gives.
  Meeting report(const Annotation& a, const Sentence& s, uint32_t k, std::vector<int32_t> people) const {
    Meeting m;
    m.people = std::move(people);
    m.kind = phone(a, s, k) ? std::string(event_kind::kPhoneCall) : std::string(event_kind::kMeeting);
    m.status = status(a, s, k);
    m.date = nearest_date(a, s, k, m.status == "planned");
    // "officials tomorrow open talks": a date after the article's is still
    // to come.
    if (m.status == "occurred" && after_article(a, m.date)) m.status = "planned";
    if (m.date.empty() && m.status == "occurred" && just_over(a, s, k)) m.date = article_month(a);
    m.place = nearest_place(a, s, k);
    m.evidence.push_back(a.evidence(k, k + 1));
    m.anchors.push_back(k);
    return m;
  }

  // Who was there, told after the meeting: "arrived to begin a meeting of
  // the Group of Five. Officials seen arriving included X and Y ... Also
  // seen arriving were Z", "Those present were X and Y". The people listed
  // after such a cue join the nearest meeting noun before it, in its
  // sentence or the two before; lists told of one meeting make one
  // meeting of all, with whoever that report already named.
  void add_attendees(const Annotation& a, std::vector<Meeting>& found) const {
    std::map<uint32_t, std::vector<int32_t>> attendees;  // meeting noun -> people
    for (uint32_t si = 0; si < a.sentences.size(); ++si) {
      const Sentence& sentence = a.sentences[si];
      for (uint32_t k = sentence.first; k < sentence.last; ++k) {
        std::string_view w = token_text(a, k);
        if (w != "included" && w != "include" && w != "includes" && w != "were" && w != "are") continue;
        bool cue = false;
        for (uint32_t t = k > sentence.first + 6 ? k - 6 : sentence.first; t < k && !cue; ++t)
          cue = in(kAttendanceWords, token_text(a, t));
        if (!cue) continue;
        const Sentence s = window_around(sentence, k);
        std::vector<int32_t> people;
        for (int32_t e : group_after(a, s, k + 1, 6))
          if (a.entities[e].type == NodeType::kPerson) people.push_back(e);
        if (people.empty()) continue;
        uint32_t noun = meeting_noun_before(a, si, k);
        if (noun == kNone) continue;
        auto& list = attendees[noun];
        list.insert(list.end(), people.begin(), people.end());
        break;
      }
    }
    for (auto& [noun, people] : attendees) {
      Meeting* told = nullptr;
      for (Meeting& m : found)
        if (std::find(m.anchors.begin(), m.anchors.end(), noun) != m.anchors.end() && m.kind == event_kind::kMeeting)
          told = &m;
      std::vector<int32_t> all = told ? told->people : std::vector<int32_t>();
      all.insert(all.end(), people.begin(), people.end());
      std::sort(all.begin(), all.end());
      all.erase(std::unique(all.begin(), all.end()), all.end());
      all.erase(std::remove_if(all.begin(), all.end(),
                               [&a](int32_t e) { return a.entities[e].type != NodeType::kPerson; }),
                all.end());
      if (all.size() < 2) continue;
      if (told) {
        told->people = std::move(all);
      } else {
        found.push_back(report(a, window_around(a.sentences[a.sentence_of[noun]], noun), noun, std::move(all)));
      }
    }
  }

  static constexpr uint32_t kNone = ~0u;
  // In `last_subject`: the sentence's previous report had a subject that
  // names no one ("The Saudi leader").
  static constexpr int32_t kUnnamed = -2;

  // The nearest "meeting", "meetings" or "talks" before token k, in its
  // sentence or the two before, or kNone.
  uint32_t meeting_noun_before(const Annotation& a, uint32_t si, uint32_t k) const {
    uint32_t first = a.sentences[si >= 2 ? si - 2 : 0].first;
    for (uint32_t t = k; t > first; --t) {
      std::string_view w = token_text(a, t - 1);
      if (w == "meeting" || w == "meetings" || w == "talks") return t - 1;
    }
    return kNone;
  }

  bool is_person(const Annotation& a, uint32_t t) const {
    const Span* s = a.span_at(t);
    return s && s->type == NodeType::kPerson && s->entity >= 0 &&
           (s->kind == SpanKind::kName || s->kind == SpanKind::kPronoun);
  }

  // A country as a side of talks: "talks between Russia and Ukraine",
  // "the foreign ministers of Russia, Iran and Turkey", "Chinese officials".
  // A country that modifies a name ("Russia's Lavrov", "U.S. President")
  // is no side. Returns the country's entity and the token after it, or -1.
  int32_t side_at(const Annotation& a, const Sentence& s, uint32_t t, uint32_t* end) const {
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
      if (w == "'s" || w == "\u2019s" || (next && (next->kind == SpanKind::kTitle || next->type == NodeType::kPerson)) ||
          (a.tokens[after].capitalized && a.tokens[after].space_before))
        return -1;
    }
    *end = after;
    return sp->entity;
  }

  // People named in the article, by the last word of their name ("Kerry",
  // "Clercq" for Willy de Clercq).
  static std::map<std::string, std::set<int32_t>> people_by_surname(const Annotation& a) {
    std::map<std::string, std::set<int32_t>> out;
    for (const Span& sp : a.spans)
      if (sp.type == NodeType::kPerson && sp.entity >= 0 && sp.kind == SpanKind::kName)
        out[std::string(token_text(a, sp.last - 1))].insert(sp.entity);
    return out;
  }

  // "the Yeutter-de Clercq meeting", "the Putin-Trump summit": surnames
  // joined by hyphens or dashes right before the noun, each the surname of
  // one person of the article. The compound may sit inside a name the
  // gazetteers claimed ("Putin-Trump summit" read as an event): then that
  // name is this meeting, and gives way to it.
  std::vector<std::vector<int32_t>> hyphenated_sides(Annotation& a, const Sentence& s, uint32_t k,
                                                     const std::map<std::string, std::set<int32_t>>& by_surname) const {
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

  // The person named last before token t, in this sentence or the two
  // before it, other than `other`; -1 when none.
  static int32_t person_before(const Annotation& a, uint32_t t, int32_t other) {
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
  int32_t participant_at(const Annotation& a, const Sentence& s, uint32_t t, uint32_t* end) const {
    if (is_person(a, t)) {
      *end = a.span_at(t)->last;
      return a.span_at(t)->entity;
    }
    return side_at(a, s, t, end);
  }

  // The participant ending just before p, and where it starts.
  int32_t participant_before(const Annotation& a, const Sentence& s, uint32_t p, uint32_t* start) const {
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
  bool filler(const Annotation& a, uint32_t t) const {
    const Span* s = a.span_at(t);
    if (s && s->type != NodeType::kPerson) return true;  // titles, "Russian", "U.S."
    std::string_view w = token_text(a, t);
    return w == "the" || w == "his" || w == "her" || w == "their" || w == "'s" || w == "\u2019s" ||
           (a.tokens[t].word && !a.tokens[t].capitalized && !s && w.size() > 2 && w != "and" && w != "with" &&
            w != "who" && w != "which" && w != "that" && w != "said" && w != "says");
  }

  // People listed from t onwards: "X", "X and Y", "X, Y and Z", with titles
  // and adjectives between.
  std::vector<int32_t> group_after(const Annotation& a, const Sentence& s, uint32_t t, int max_gap) const {
    std::vector<int32_t> out;
    int gap = 0;
    bool closed_by_and = false;  // an "and" has joined the list
    while (t < s.last) {
      uint32_t end = 0;
      if (int32_t who = participant_at(a, s, t, &end); who >= 0) {
        // "welcomed Tony Blair's courage": a possessor, not a participant.
        if (end < s.last && (token_text(a, end) == "'s" || token_text(a, end) == "\u2019s")) break;
        out.push_back(who);
        t = end;
        gap = 0;
        // Continue only through "and" / "," (+ fillers).
        // "talks between the U.S. and Canada, Reuber said": the speaker
        // after the comma is not on the list.
        if (t + 1 < s.last && token_text(a, t) == "," && closed_by_and) {
          uint32_t next_end = 0;
          if (participant_at(a, s, t + 1, &next_end) >= 0 && next_end < s.last &&
              (token_text(a, next_end) == "said" || token_text(a, next_end) == "says" ||
               token_text(a, next_end) == "told"))
            break;
        }
        if (t < s.last && (token_text(a, t) == "and" || token_text(a, t) == ",")) {
          closed_by_and = closed_by_and || token_text(a, t) == "and";
          ++t;
          continue;
        }
        break;
      }
      // "the" and "of" are free: "the president of the bank of Mexico".
      std::string_view w = token_text(a, t);
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

  // The subject before a trigger: the nearest person (and those listed
  // with them: "X and Y met") within the clause.
  std::vector<int32_t> group_before(const Annotation& a, const Sentence& s, uint32_t t, bool verb = false) const {
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

  // Who met in the report at trigger k. "talks between X, Y and Z" is one
  // meeting of all; "X met A and B" is two (X-A, X-B) unless the text says
  // they met together; "X and Y met" is one.
  // `last_subject` carries the subject of the sentence's previous trigger.
  std::vector<std::vector<int32_t>> participants(const Annotation& a, const Sentence& s, uint32_t k, bool verb,
                                                 std::vector<int32_t>& last_subject) const {
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

  bool host_noun(const Annotation& a, const Sentence& s, uint32_t k) const {
    if (k + 1 < s.last && token_text(a, k + 1) == "of") return true;
    if (k == s.first) return false;
    std::string_view before = token_text(a, k - 1);
    if (is_person(a, k - 1) || a.tokens[k - 1].capitalized) return false;  // "Kerry hosts", "Russia will host"
    static constexpr std::array<std::string_view, 14> kVerbBefore = {
        "will", "would", "to", "'ll", "also", "can", "could", "may", "might", "shall", "should", "must", "and", "who"};
    return !in(kVerbBefore, before) && !a.span_at(k - 1);
  }

  static bool is_be(std::string_view w) {
    return w == "was" || w == "were" || w == "is" || w == "are" || w == "been" || w == "being" || w == "be";
  }

  // Whether a person, or a title or a country's adjective before one,
  // follows the word at k: "meeting John Kerry", "meeting U.S. Secretary
  // of State John Kerry".
  bool object_follows(const Annotation& a, const Sentence& s, uint32_t k) const {
    uint32_t t = k + 1;
    for (int i = 0; i < 4 && t < s.last; ++i) {
      if (is_person(a, t)) return a.span_at(t)->kind == SpanKind::kName;
      const Span* sp = a.span_at(t);
      if (!sp || (sp->kind == SpanKind::kName && sp->type != NodeType::kCountry)) return false;
      t = sp->last;
    }
    return false;
  }

  // Whether the trigger at k is in a clause that opens the sentence with
  // no name or comma before it ("Within hours of his final talks with").
  static bool leading_clause(const Annotation& a, const Sentence& s, uint32_t k) {
    for (uint32_t t = s.first; t < k; ++t) {
      if (token_text(a, t) == ",") return false;
      const Span* sp = a.span_at(t);
      if (sp && sp->kind == SpanKind::kName && (sp->type == NodeType::kPerson || sp->type == NodeType::kCountry))
        return false;
    }
    return true;
  }

  // Whether "meeting" at k follows a form of "be", past adverbs ("are
  // today meeting", "was also meeting").
  static bool progressive(const Annotation& a, const Sentence& s, uint32_t k) {
    uint32_t t = k;
    while (t > s.first && (in(kAdverbs, token_text(a, t - 1)) || in(kTimeWords, token_text(a, t - 1)))) --t;
    if (t == s.first) return false;
    std::string_view w = token_text(a, t - 1);
    return w == "are" || w == "is" || w == "was" || w == "were" || w == "be" || w == "been" || w == "'re" || w == "'s";
  }

  // Whether the verb at k has an object that starts right after it (past
  // adverbs and dates): a capitalised word, a title or a country's
  // adjective ("are today meeting British Chancellor ...").
  bool has_object(const Annotation& a, const Sentence& s, uint32_t k) const {
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

  bool negated(const Annotation& a, const Sentence& s, uint32_t k) const {
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

  bool phone(const Annotation& a, const Sentence& s, uint32_t k) const {
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

  std::string status(const Annotation& a, const Sentence& s, uint32_t k) const {
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

  // A meeting the report tells as just over: "Speaking after farm trade
  // talks with", "just back from trade talks in". The words give no day,
  // but news tells of such a meeting in the month it is written: the
  // article's month is the date, at that precision. "Recently" is not so
  // near: it may be last month.
  static bool just_over(const Annotation& a, const Sentence& s, uint32_t k) {
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

  // The article's month ("1987-04"), or its year where that is all it
  // gives; empty without a date.
  static std::string article_month(const Annotation& a) {
    if (!a.document || a.document->date.size() < 4) return "";
    return a.document->date.substr(0, std::min<size_t>(7, a.document->date.size()));
  }

  // Whether an ISO date (at any precision) lies wholly after the article's.
  static bool after_article(const Annotation& a, const std::string& date) {
    if (date.empty() || !a.document || a.document->date.size() < date.size()) return false;
    return date > a.document->date.substr(0, date.size());
  }

  std::string nearest_date(const Annotation& a, const Sentence& s, uint32_t k, bool future) const {
    std::string best;
    uint32_t best_distance = ~0u;
    for (const DateMention& d : find_dates(a, s, future)) {
      uint32_t distance = d.first > k ? d.first - k : k - d.last + 1;
      if (distance < best_distance) best = d.iso, best_distance = distance;
    }
    return best;
  }

  // "in Moscow", "at the Kremlin", "in the resort city of Sochi".
  std::string nearest_place(const Annotation& a, const Sentence& s, uint32_t k) const {
    std::string best;
    uint32_t best_distance = ~0u;
    bool best_is_place = false;
    for (const Span& sp : a.spans) {
      if (sp.first < s.first || sp.last > s.last || sp.entity < 0 || sp.kind != SpanKind::kName) continue;
      if (sp.type != NodeType::kPlace && sp.type != NodeType::kCountry) continue;
      // "in" or "at" before the name, with at most "the resort city of"
      // between.
      bool located = false;
      for (uint32_t p = sp.first; p > s.first && p + 6 > sp.first; --p) {
        std::string_view w = token_text(a, p - 1);
        if (w == "in" || w == "at") {
          located = true;
          break;
        }
        if (!a.tokens[p - 1].word || a.tokens[p - 1].capitalized || a.span_at(p - 1) || w == "with" || w == "to") break;
      }
      // "visited Moscow, where he met Putin"
      if (!located && sp.last + 1 < s.last && token_text(a, sp.last) == "," && token_text(a, sp.last + 1) == "where" &&
          sp.last < k)
        located = true;
      // "during his first visit to Washington ... held talks with": where
      // the visit went is where its talks were.
      if (!located && sp.first >= s.first + 2 && token_text(a, sp.first - 1) == "to")
        for (uint32_t p = sp.first - 1; p > s.first && p + 4 > sp.first; --p) {
          std::string_view w = token_text(a, p - 1);
          if (w == "visit" || w == "visits" || w == "trip" || w == "journey") {
            located = true;
            break;
          }
          if (!a.tokens[p - 1].word || a.tokens[p - 1].capitalized || a.span_at(p - 1)) break;
        }
      // "will visit Tokyo next week for meetings with": the same, said
      // with the verb.
      if (!located && sp.first > s.first && sp.last <= k) {
        std::string_view w = token_text(a, sp.first - 1);
        located = w == "visit" || w == "visits" || w == "visited" || w == "visiting";
      }
      if (!located) continue;
      bool is_place = sp.type == NodeType::kPlace;
      uint32_t distance = sp.first > k ? sp.first - k : k - sp.last + 1;
      if ((is_place && !best_is_place) || (is_place == best_is_place && distance < best_distance)) {
        best = a.entities[sp.entity].id;
        best_distance = distance;
        best_is_place = is_place;
      }
    }
    return best;
  }

  // One article tells a meeting more than once: reports with the same
  // people and kind merge when their dates agree, and an undated report
  // joins the single dated meeting of the same people.
  static std::vector<Meeting> fold(std::vector<Meeting>& found) {
    std::map<std::tuple<std::vector<int32_t>, std::string, std::string>, Meeting> by_key;
    for (Meeting& m : found) {
      auto key = std::make_tuple(m.people, m.kind, m.date);
      auto [it, inserted] = by_key.emplace(key, m);
      if (!inserted) absorb(it->second, m);
    }
    std::vector<Meeting> out;
    for (auto& [key, m] : by_key) {
      if (!m.date.empty()) continue;
      Meeting* only = nullptr;
      int dated = 0;
      for (auto& [other_key, other] : by_key)
        if (!other.date.empty() && other.people == m.people && other.kind == m.kind) only = &other, ++dated;
      if (dated == 1) {
        absorb(*only, m);
        m.people.clear();
      }
    }
    for (auto& [key, m] : by_key)
      if (!m.people.empty()) out.push_back(std::move(m));
    return out;
  }

  // "Japanese officials tomorrow open talks with American negotiators.
  // Makoto Kuroda is to hold meetings with Michael Smith and Bruce Smart":
  // when the people of a meeting each represent one country and those
  // countries are the sides of a meeting of countries alone, with
  // compatible dates and places, the people's meeting is what the sides'
  // report told: it takes its date and place, and the sides' meeting is
  // dropped. Every meeting of people that fits does so, since a lead's
  // talks are often told as several meetings after it.
  static void join_sides_to_people(const Annotation& a, std::vector<Meeting>& meetings) {
    std::map<std::string, std::set<std::string>> countries_of;
    for (const Relation& r : a.relations)
      if (r.type == relation::kAffiliatedWith && r.target.rfind("country:", 0) == 0)
        countries_of[r.source].insert(r.target);
    auto all_of_type = [&a](const Meeting& m, NodeType type) {
      return m.people.size() >= 2 && std::all_of(m.people.begin(), m.people.end(),
                                                 [&](int32_t e) { return a.entities[e].type == type; });
    };
    auto compatible = [](const std::string& x, const std::string& y) {
      return x.empty() || y.empty() || x.rfind(y, 0) == 0 || y.rfind(x, 0) == 0;
    };
    for (Meeting& sides : meetings) {
      if (!all_of_type(sides, NodeType::kCountry)) continue;
      std::set<std::string> wanted;
      for (int32_t e : sides.people) wanted.insert(a.entities[e].id);
      std::vector<Meeting*> matches;
      for (Meeting& people : meetings) {
        if (!all_of_type(people, NodeType::kPerson) || people.kind != sides.kind) continue;
        std::set<std::string> represented;
        bool each_one = true;
        for (int32_t e : people.people) {
          auto it = countries_of.find(a.entities[e].id);
          if (it == countries_of.end() || it->second.size() != 1) each_one = false;
          else represented.insert(*it->second.begin());
        }
        if (each_one && represented == wanted && compatible(people.date, sides.date) &&
            compatible(people.place, sides.place))
          matches.push_back(&people);
      }
      if (matches.empty()) continue;
      for (Meeting* match : matches) {
        if (match->date.size() < sides.date.size()) match->date = sides.date;
        absorb(*match, sides);
      }
      sides.people.clear();
    }
    meetings.erase(std::remove_if(meetings.begin(), meetings.end(), [](const Meeting& m) { return m.people.empty(); }),
                   meetings.end());
  }

  // Within one article, a report that says the meeting is still to come
  // outweighs reports that say nothing of time ("Preparing for a meeting
  // between X and Y ... the meeting will be held in July").
  static void absorb(Meeting& into, const Meeting& from) {
    if (from.status == "planned" || into.status.empty()) into.status = from.status;
    if (into.place.empty()) into.place = from.place;
    merge_evidence(into.evidence, from.evidence);
    into.anchors.insert(into.anchors.end(), from.anchors.begin(), from.anchors.end());
  }

  // The name a participant goes by in this article: a country's gazetteer
  // name, else its longest mention.
  static std::string display_name(const Annotation& a, int32_t entity) {
    if (!a.entities[entity].canonical.empty()) return a.entities[entity].canonical;
    std::string best;
    uint32_t best_words = 0;
    // Names only: a description ("the Secretary of State") stands for the
    // person but is not what they are called.
    for (const Span& s : a.spans)
      if (s.entity == entity && s.kind == SpanKind::kName && s.last - s.first > best_words)
        best = std::string(a.slice(s.first, s.last)), best_words = s.last - s.first;
    return best;
  }

  void emit(Annotation& a, const std::vector<Meeting>& meetings) const {
    for (const Meeting& m : meetings) {
      // Participants in id order, so the key is the same in every article.
      std::vector<std::pair<std::string, int32_t>> people;
      for (int32_t p : m.people) people.emplace_back(a.entities[p].id, p);
      std::sort(people.begin(), people.end());
      std::vector<std::string> ids;
      std::string key = m.kind, label;
      for (const auto& [id, index] : people) {
        ids.push_back(id);
        key.append("_").append(id.substr(id.find(':') + 1));
        if (!label.empty()) label.append(" \u2013 ");
        label.append(display_name(a, index));
      }
      if (!m.date.empty()) key.append("_").append(m.date), label.append(", ").append(m.date);
      Entity e;
      e.id = "event:" + key;
      e.type = NodeType::kEvent;
      e.kind = m.kind;
      e.date = m.date;
      e.status = m.status;
      e.place = m.place;
      e.canonical = (m.kind == event_kind::kPhoneCall ? "Phone call: " : "Meeting: ") + label;
      e.evidence = m.evidence;
      e.mentions = m.anchors.size();
      if (a.document) e.documents.insert(a.document->id);
      a.intern(e);
      for (const auto& id : ids) {
        Relation r;
        r.source = id;
        r.target = e.id;
        r.type = std::string(relation::kParticipant);
        r.evidence = m.evidence;
        a.relations.push_back(std::move(r));
      }
      link_topics(a, m, e.id);
    }
  }

  // What a meeting was about and what it was part of, from the sentences
  // that report it: a named event after "on the sidelines of" or "at the"
  // is the gathering the meeting was part of ("on the sidelines of the G20
  // summit"); other agreements and named events there were discussed.
  void link_topics(Annotation& a, const Meeting& m, const std::string& event) const {
    // The spans near each anchor, each once (spans are sorted by first).
    std::set<size_t> seen;
    for (uint32_t k : m.anchors) {
      const Sentence s = window_around(a.sentences[a.sentence_of[k]], k);
      auto from = std::lower_bound(a.spans.begin(), a.spans.end(), s.first,
                                   [](const Span& sp, uint32_t first) { return sp.first < first; });
      for (auto it = from; it != a.spans.end() && it->first < s.last; ++it) {
        const Span& sp = *it;
        if (!seen.insert(static_cast<size_t>(it - a.spans.begin())).second) continue;
        if (sp.last > s.last || sp.entity < 0 || sp.kind != SpanKind::kName) continue;
        if (sp.type != NodeType::kAgreement && sp.type != NodeType::kEvent) continue;
        const Entity& topic = a.entities[sp.entity];
        if (topic.id == event || !topic.kind.empty()) continue;  // another meeting
        bool gathering = false;
        for (uint32_t t = sp.first > s.first + 4 ? sp.first - 4 : s.first; t < sp.first; ++t) {
          std::string_view w = token_text(a, t);
          if (w == "sidelines" || w == "margins" || (w == "at" && sp.type == NodeType::kEvent)) gathering = true;
        }
        Relation r;
        r.source = event;
        r.target = topic.id;
        r.type = std::string(gathering ? relation::kPartOf : relation::kDiscussed);
        r.evidence.push_back(a.evidence(sp.first, sp.last));
        a.relations.push_back(std::move(r));
      }
    }
  }

  std::shared_ptr<const Lexicons> lex_;
};

}  // namespace

std::unique_ptr<Extractor> make_meeting_extractor(std::shared_ptr<const Lexicons> lexicons) {
  return std::make_unique<MeetingExtractor>(std::move(lexicons));
}

}  // namespace newsgraph::extract
