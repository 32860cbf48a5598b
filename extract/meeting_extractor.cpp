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

#include "extract/extractors.h"
#include "extract/meeting_parts.h"
#include "extract/meeting_words.h"

namespace newsgraph::extract {

namespace {

using namespace meeting;  // the parts this extractor is made of (meeting_parts.h)

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
        if (verb && match_of_play(a, sentence)) continue;
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
    place_from_visits(a, meetings);
    date_from_visits(a, meetings);
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
        best = written(a.slice(s.first, s.last)), best_words = s.last - s.first;
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
