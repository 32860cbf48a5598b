#include "export/timeline.h"

#include <algorithm>
#include <map>

namespace newsgraph::formats {

namespace {

using NodeIndex = KnowledgeGraph::NodeIndex;
using EdgeIndex = KnowledgeGraph::EdgeIndex;

bool digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int number(std::string_view s) {
  int n = 0;
  for (char c : s) n = n * 10 + (c - '0');
  return n;
}

int days_in(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

std::string two_digits(int n) {
  return std::string(1, static_cast<char>('0' + n / 10)) + static_cast<char>('0' + n % 10);
}

// The smallest spell holding both.
void widen(std::optional<Spell>& hull, const Spell& s) {
  if (!hull) {
    hull = s;
    return;
  }
  hull->start = std::min(hull->start, s.start);
  hull->end = std::max(hull->end, s.end);
}

// Sorted, overlapping spells merged.
std::vector<Spell> disjoint(std::vector<Spell> spells) {
  std::sort(spells.begin(), spells.end());
  std::vector<Spell> out;
  for (Spell& s : spells) {
    if (!out.empty() && s.start <= out.back().end) out.back().end = std::max(out.back().end, s.end);
    else out.push_back(std::move(s));
  }
  return out;
}

std::optional<Spell> event_spell(const Entity& e) {
  return e.type == NodeType::kEvent ? spell_of(e.date) : std::nullopt;
}

std::vector<Spell> own_spells(const KnowledgeGraph& graph, EdgeIndex e) {
  const Relation r = graph.edge(e);
  if (auto s = spell_of(r.date)) return {*s};
  if (auto it = r.attributes.find("dates"); it != r.attributes.end())
    if (const auto* dates = std::get_if<std::vector<std::string>>(&it->second)) {
      std::vector<Spell> spells;
      for (const std::string& d : *dates)
        if (auto s = spell_of(d)) spells.push_back(*s);
      if (!spells.empty()) return disjoint(std::move(spells));
    }
  for (NodeIndex end : {graph.source(e), graph.target(e)})
    if (auto s = event_spell(graph.node(end))) return {*s};
  return {};
}

}  // namespace

std::optional<Spell> spell_of(std::string_view date) {
  if (date.size() > 10 && date[10] == 'T') date = date.substr(0, 10);
  if (date.size() != 4 && date.size() != 7 && date.size() != 10) return std::nullopt;
  std::string_view year = date.substr(0, 4);
  if (!digits(year) || number(year) == 0) return std::nullopt;
  if (date.size() == 4) return Spell{std::string(year) + "-01-01", std::string(year) + "-12-31"};
  std::string_view month = date.substr(5, 2);
  if (date[4] != '-' || month.size() != 2 || !digits(month) || number(month) < 1 || number(month) > 12)
    return std::nullopt;
  int last = days_in(number(year), number(month));
  std::string year_month(date.substr(0, 7));
  if (date.size() == 7) return Spell{year_month + "-01", year_month + "-" + two_digits(last)};
  std::string_view day = date.substr(8, 2);
  if (date[7] != '-' || !digits(day) || number(day) < 1 || number(day) > last) return std::nullopt;
  return Spell{std::string(date), std::string(date)};
}

Timeline make_timeline(const KnowledgeGraph& graph) {
  Timeline t;
  t.edges.resize(graph.edge_count());
  t.nodes.resize(graph.node_count());
  std::map<std::string_view, std::optional<Spell>> document_spells;
  for (const DocumentInfo& d : graph.documents()) document_spells.emplace(d.id, spell_of(d.date));

  for (NodeIndex v = 0; v < graph.node_count(); ++v) {
    const Entity& e = graph.node(v);
    if (auto own = event_spell(e)) {
      t.nodes[v] = own;
      continue;
    }
    for (const std::string& id : e.documents)
      if (auto it = document_spells.find(id); it != document_spells.end() && it->second) widen(t.nodes[v], *it->second);
  }
  for (EdgeIndex e = 0; e < graph.edge_count(); ++e) {
    t.edges[e] = own_spells(graph, e);
    for (const Spell& s : t.edges[e]) {
      widen(t.nodes[graph.source(e)], s);
      widen(t.nodes[graph.target(e)], s);
    }
  }
  for (EdgeIndex e = 0; e < graph.edge_count(); ++e) {
    if (!t.edges[e].empty()) continue;
    const std::optional<Spell>&a = t.nodes[graph.source(e)], &b = t.nodes[graph.target(e)];
    if (!a || !b) continue;
    Spell overlap{std::max(a->start, b->start), std::min(a->end, b->end)};
    if (overlap.start <= overlap.end) t.edges[e].push_back(std::move(overlap));
  }
  return t;
}

}  // namespace newsgraph::formats
