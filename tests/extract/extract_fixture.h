// Shared by the extract tests: the standard pipeline over the real data/,
// loaded once, and helpers that run it on sentences written for the test.
#pragma once

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "extract/extract.h"

namespace newsgraph::extract::testing {

inline const Pipeline& pipeline() {
  static const Pipeline p = [] {
    auto lex = load_lexicons(NEWSGRAPH_TEST_DATA_DIR);
    if (!lex.ok()) throw std::runtime_error(lex.status().message());
    return Pipeline(lex.value());
  }();
  return p;
}

inline DocumentFacts facts(const std::string& text, const std::string& date = "") {
  Document d;
  d.id = "doc";
  d.date = date;
  d.text = text;
  return pipeline().extract(d);
}

// Entity ids found (mentioned) in the text, of one type.
inline std::set<std::string> ids(const DocumentFacts& f, NodeType type) {
  std::set<std::string> out;
  for (const Entity& e : f.entities)
    if (e.type == type && !e.documents.empty()) out.insert(e.id);
  return out;
}

// A text, and the ids of every entity of one type found in it.
struct IdsCase {
  std::string text;
  std::set<std::string> ids;
};

// Checks each case, naming its text when it fails.
inline void check_ids(NodeType type, const std::vector<IdsCase>& cases) {
  for (const IdsCase& c : cases) {
    CAPTURE(c.text);
    CHECK(ids(facts(c.text), type) == c.ids);
  }
}

inline const Entity* entity(const DocumentFacts& f, const std::string& id) {
  for (const Entity& e : f.entities)
    if (e.id == id) return &e;
  return nullptr;
}

inline std::set<std::string> targets(const DocumentFacts& f, const std::string& source, const std::string& type) {
  std::set<std::string> out;
  for (const Relation& r : f.relations)
    if (r.source == source && r.type == type) out.insert(r.target);
  return out;
}

struct MeetingSeen {
  std::set<std::string> people;
  std::string kind, date, status, place;
  bool operator<(const MeetingSeen& o) const { return people < o.people; }
};

// The meetings of the facts: participants (ids), kind, date, status, place.
inline std::vector<MeetingSeen> meetings(const DocumentFacts& f) {
  std::vector<MeetingSeen> out;
  for (const Entity& e : f.entities) {
    if (e.type != NodeType::kEvent || (e.kind != "meeting" && e.kind != "phone_call")) continue;
    MeetingSeen m{{}, e.kind, e.date, e.status, e.place};
    for (const Relation& r : f.relations)
      if (r.target == e.id && r.type == "participant") m.people.insert(r.source);
    out.push_back(m);
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace newsgraph::extract::testing
