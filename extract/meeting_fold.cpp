// One meeting told several times in an article (meeting_parts.h).
#include "extract/meeting_parts.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace newsgraph::extract::meeting {

namespace {

// Within one article, a report that says the meeting is still to come
// outweighs reports that say nothing of time ("Preparing for a meeting
// between X and Y ... the meeting will be held in July").
void absorb(Meeting& into, const Meeting& from) {
  if (from.status == "planned" || into.status.empty()) into.status = from.status;
  if (into.place.empty()) into.place = from.place;
  merge_evidence(into.evidence, from.evidence);
  into.anchors.insert(into.anchors.end(), from.anchors.begin(), from.anchors.end());
}

}  // namespace

std::vector<Meeting> fold(std::vector<Meeting>& found) {
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

void join_sides_to_people(const Annotation& a, std::vector<Meeting>& meetings) {
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

}  // namespace newsgraph::extract::meeting
