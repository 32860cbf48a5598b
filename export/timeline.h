// Internal to export/: when each node and edge of a graph exists, for
// GEXF's dynamic mode (Gephi's timeline).
//
// The rules, so that the timeline plays the meetings over time and never
// shows an edge without its ends:
//   1. An edge's own spells: its date; else its `dates` attribute (the
//      met_with edges of the meetings and countries views), one spell per
//      date, overlaps merged; else the date of an event at either end (the
//      source's first).
//   2. A node's spell runs from the first to the last day of its own date
//      (an event's) or, without one, of the dates of the documents it
//      appears in, and of the spells its edges have by rule 1.
//   3. An edge without spells of its own lives while both its ends do:
//      the overlap of their spells, when both have one and they overlap.
// What has no date at all has no spell: GEXF readers show it throughout.
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/graph.h"

namespace newsgraph::formats {

// Days from `start` to `end`, both included, as xsd:dates (YYYY-MM-DD).
struct Spell {
  std::string start, end;
  auto operator<=>(const Spell&) const = default;
};

// The days an ISO date covers at its precision: "2016" the year, "2016-02"
// the month (to the 29th in a leap year), "2016-03-24" the day; a date and
// time ("2016-03-24T10:00") its day. nullopt for anything else, such as
// 2016-02-30 or the year 0000, which xsd:date does not have.
std::optional<Spell> spell_of(std::string_view date);

struct Timeline {
  std::vector<std::optional<Spell>> nodes;  // by node index; nullopt: always
  std::vector<std::vector<Spell>> edges;    // by edge index, disjoint, in order; empty: always
};

Timeline make_timeline(const KnowledgeGraph& graph);

}  // namespace newsgraph::formats
