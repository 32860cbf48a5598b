// The date and place a report of a meeting gives (meeting_parts.h).
#include "extract/meeting_parts.h"

#include <algorithm>

#include "extract/dates.h"
#include "extract/meeting_words.h"

namespace newsgraph::extract::meeting {

std::string article_month(const Annotation& a) {
  if (!a.document || a.document->date.size() < 4) return "";
  return a.document->date.substr(0, std::min<size_t>(7, a.document->date.size()));
}

bool after_article(const Annotation& a, const std::string& date) {
  if (date.empty() || !a.document || a.document->date.size() < date.size()) return false;
  return date > a.document->date.substr(0, date.size());
}

std::string nearest_date(const Annotation& a, const Sentence& s, uint32_t k, bool future) {
  std::string best;
  uint32_t best_distance = ~0u;
  for (const DateMention& d : find_dates(a, s, future)) {
    uint32_t distance = d.first > k ? d.first - k : k - d.last + 1;
    if (distance < best_distance) best = d.iso, best_distance = distance;
  }
  return best;
}

std::string nearest_place(const Annotation& a, const Sentence& s, uint32_t k) {
  std::string best;
  uint32_t best_distance = ~0u;
  bool best_is_place = false;
  for (const Span& sp : a.spans) {
    if (sp.first < s.first || sp.last > s.last || sp.entity < 0 || sp.kind != SpanKind::kName) continue;
    if (sp.type != NodeType::kPlace && sp.type != NodeType::kCountry) continue;
    // "in" or "at" before the name, with at most "the resort city of"
    // between; "In Moscow, Kerry met Putin" at the sentence's start.
    bool located = false;
    for (uint32_t p = sp.first; p > s.first && p + 6 > sp.first; --p) {
      std::string_view w = token_text(a, p - 1);
      if (w == "in" || w == "at" || ((w == "In" || w == "At") && sentence_start(a, p - 1))) {
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

void place_from_visits(const Annotation& a, std::vector<Meeting>& meetings) {
  auto compatible = [](const std::string& x, const std::string& y) {
    return x.empty() || y.empty() || x.starts_with(y) || y.starts_with(x);
  };
  for (Meeting& m : meetings) {
    if (!m.place.empty()) continue;
    std::string place;
    bool one = true;
    for (const Relation& r : a.relations) {
      if (r.type != relation::kVisited) continue;
      auto status = r.attributes.find("status");
      bool planned = status != r.attributes.end() && status->second == Value(std::string("planned"));
      bool theirs = std::any_of(m.people.begin(), m.people.end(), [&](int32_t p) { return a.entities[p].id == r.source; });
      if (!theirs || planned != (m.status == "planned") || !compatible(r.date, m.date)) continue;
      if (!place.empty() && place != r.target) one = false;
      place = r.target;
    }
    if (one) m.place = place;
  }
}

void date_from_visits(const Annotation& a, std::vector<Meeting>& meetings) {
  // A place and the places in it are one place for this: "the Kremlin" is
  // in Moscow.
  auto within = [&a](const std::string& inner, const std::string& outer) {
    if (inner == outer) return true;
    for (const Relation& r : a.relations)
      if (r.type == relation::kLocatedIn && r.source == inner && r.target == outer) return true;
    return false;
  };
  auto same_place = [&](const std::string& x, const std::string& y) {
    return !x.empty() && !y.empty() && (within(x, y) || within(y, x));
  };
  auto shares_person = [](const Meeting& m, const std::vector<int32_t>& people) {
    return std::any_of(m.people.begin(), m.people.end(),
                       [&](int32_t p) { return std::find(people.begin(), people.end(), p) != people.end(); });
  };
  std::vector<std::string> dates(meetings.size());
  for (size_t i = 0; i < meetings.size(); ++i) {
    const Meeting& m = meetings[i];
    if (!m.date.empty() || m.place.empty()) continue;
    std::string date;
    bool one = true;
    auto consider = [&](const std::string& d) {
      if (d.empty()) return;
      if (!date.empty() && date != d) one = false;
      date = d;
    };
    for (const Relation& r : a.relations) {
      if (r.type != relation::kVisited || !same_place(r.target, m.place)) continue;
      auto status = r.attributes.find("status");
      bool planned = status != r.attributes.end() && status->second == Value(std::string("planned"));
      bool theirs = std::any_of(m.people.begin(), m.people.end(), [&](int32_t p) { return a.entities[p].id == r.source; });
      if (theirs && planned == (m.status == "planned")) consider(r.date);
    }
    for (size_t j = 0; j < meetings.size(); ++j)
      if (j != i && meetings[j].status == m.status && same_place(meetings[j].place, m.place) &&
          shares_person(m, meetings[j].people))
        consider(meetings[j].date);
    if (one) dates[i] = date;
  }
  // Dates found from the article as it was, not from each other's new ones.
  for (size_t i = 0; i < meetings.size(); ++i)
    if (!dates[i].empty()) meetings[i].date = dates[i];
}

}  // namespace newsgraph::extract::meeting
