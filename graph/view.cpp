// Views (graph.h): each builds a new graph from the one given.
#include <algorithm>

#include "graph/graph.h"

namespace newsgraph {

namespace {

using NodeIndex = KnowledgeGraph::NodeIndex;
using EdgeIndex = KnowledgeGraph::EdgeIndex;

bool is_meeting(const Entity& e) {
  return e.type == NodeType::kEvent && (e.kind == event_kind::kMeeting || e.kind == event_kind::kPhoneCall);
}

// An ISO date of any precision covers an interval; compare its ends.
std::string first_day(const std::string& d) {
  return d.size() == 4 ? d + "-01-01" : d.size() == 7 ? d + "-01" : d;
}
std::string last_day(const std::string& d) {
  return d.size() == 4 ? d + "-12-31" : d.size() == 7 ? d + "-31" : d;
}

bool in_range(const Entity& e, const ViewOptions& o) {
  if (e.type != NodeType::kEvent || (o.from.empty() && o.to.empty())) return true;
  if (e.date.empty()) return false;  // a range was asked for and the date is unknown
  if (!o.from.empty() && last_day(e.date) < first_day(o.from)) return false;
  if (!o.to.empty() && first_day(e.date) > last_day(o.to)) return false;
  return true;
}

// Participants of an event: the other ends of its participant links.
std::vector<NodeIndex> participants(const KnowledgeGraph& g, NodeIndex event) {
  std::vector<NodeIndex> out;
  for (EdgeIndex e : g.in_edges(event))
    if (g.edge_type(e) == relation::kParticipant) out.push_back(g.source(e));
  for (EdgeIndex e : g.out_edges(event))
    if (g.edge_type(e) == relation::kParticipant) out.push_back(g.target(e));
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// A met_with edge between two nodes, accumulated over the events that
// link them.
struct Pair {
  std::set<std::string> events, dates, documents;
  std::vector<Evidence> evidence;
};

void add_pairs(std::map<std::pair<std::string, std::string>, Pair>& pairs, const std::vector<std::string>& ids,
               const Entity& event) {
  for (size_t a = 0; a < ids.size(); ++a)
    for (size_t b = a + 1; b < ids.size(); ++b) {
      Pair& p = pairs[{std::min(ids[a], ids[b]), std::max(ids[a], ids[b])}];
      p.events.insert(event.id);
      if (!event.date.empty()) p.dates.insert(event.date);
      p.documents.insert(event.documents.begin(), event.documents.end());
      merge_evidence(p.evidence, event.evidence);
    }
}

void add_pair_edges(GraphBuilder& builder, std::map<std::pair<std::string, std::string>, Pair>& pairs) {
  for (auto& [ends, p] : pairs) {
    Relation r;
    r.source = ends.first;
    r.target = ends.second;
    r.type = std::string(relation::kMetWith);
    r.weight = p.events.size();
    r.documents = std::move(p.documents);
    r.evidence = std::move(p.evidence);
    r.attributes["dates"] = std::vector<std::string>(p.dates.begin(), p.dates.end());
    builder.add_relation(std::move(r));
  }
}

// Planned meetings have not happened: they are not "met".
bool took_place(const Entity& e) { return e.status != "planned"; }

KnowledgeGraph meetings_view(const KnowledgeGraph& g, const std::vector<bool>& keep) {
  GraphBuilder builder;
  std::map<std::pair<std::string, std::string>, Pair> pairs;
  for (NodeIndex v = 0; v < g.node_count(); ++v) {
    if (!keep[v] || g.node_type(v) != NodeType::kEvent) continue;  // node() makes an Entity: events only
    const Entity ev = g.node(v);
    if (!is_meeting(ev) || !took_place(ev)) continue;
    std::vector<std::string> people;
    for (NodeIndex p : participants(g, v))
      if (g.node_type(p) == NodeType::kPerson) {
        people.push_back(g.node_id(p));
        builder.add_entity(g.node(p));
      }
    add_pairs(pairs, people, ev);
  }
  add_pair_edges(builder, pairs);
  for (const auto& d : g.documents()) builder.add_document(d);
  return builder.build();
}

KnowledgeGraph countries_view(const KnowledgeGraph& g, const std::vector<bool>& keep) {
  GraphBuilder builder;
  std::map<std::pair<std::string, std::string>, Pair> pairs;
  for (NodeIndex v = 0; v < g.node_count(); ++v) {
    if (g.node_type(v) == NodeType::kCountry) builder.add_entity(g.node(v));
    if (!keep[v] || g.node_type(v) != NodeType::kEvent) continue;
    const Entity ev = g.node(v);
    if (!took_place(ev)) continue;
    std::set<std::string> countries;
    for (NodeIndex p : participants(g, v)) {
      if (g.node_type(p) == NodeType::kCountry) countries.insert(g.node_id(p));
      else if (std::string country = g.node(p).country; !country.empty()) countries.insert(std::move(country));
    }
    add_pairs(pairs, std::vector<std::string>(countries.begin(), countries.end()), ev);
  }
  add_pair_edges(builder, pairs);
  for (const auto& d : g.documents()) builder.add_document(d);
  return builder.build();
}

KnowledgeGraph filtered(const KnowledgeGraph& g, const std::vector<bool>& keep, const ViewOptions& o) {
  GraphBuilder builder;
  std::vector<bool> kept(g.node_count(), false);
  for (NodeIndex v = 0; v < g.node_count(); ++v) {
    if (!keep[v] || (!o.types.empty() && !o.types.count(g.node_type(v)))) continue;
    kept[v] = true;
    builder.add_entity(g.node(v));
  }
  for (EdgeIndex e = 0; e < g.edge_count(); ++e)
    if (kept[g.source(e)] && kept[g.target(e)] && static_cast<double>(g.edge_weight(e)) >= o.min_weight)
      builder.add_relation(g.edge(e));
  for (const auto& d : g.documents()) builder.add_document(d);
  for (const auto& [name, value] : g.attributes()) builder.set_attribute(name, value);
  return builder.build();
}

}  // namespace

Result<KnowledgeGraph> make_view(const KnowledgeGraph& graph, const ViewOptions& options) {
  for (const std::string* d : {&options.from, &options.to})
    if (!d->empty() && !is_iso_date(*d)) return Status::BadUsage("not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD): " + *d);
  std::vector<bool> keep(graph.node_count());
  // Only events have dates to filter by: node() makes an Entity, so only theirs.
  for (NodeIndex v = 0; v < graph.node_count(); ++v)
    keep[v] = graph.node_type(v) != NodeType::kEvent || in_range(graph.node(v), options);

  if (options.view == "full") return filtered(graph, keep, options);
  KnowledgeGraph view;
  if (options.view == "meetings") view = meetings_view(graph, keep);
  else if (options.view == "countries") view = countries_view(graph, keep);
  else return Status::BadUsage("unknown view '" + options.view + "' (full, meetings, countries)");
  // Type and weight filters apply to the view's own nodes and edges.
  ViewOptions rest = options;
  rest.from.clear();
  rest.to.clear();
  return filtered(view, std::vector<bool>(view.node_count(), true), rest);
}

// The full view without filters is the graph itself: a million-node graph
// is not copied for nothing.
Result<KnowledgeGraph> make_view(KnowledgeGraph&& graph, const ViewOptions& options) {
  if (options.view == "full" && options.types.empty() && options.from.empty() && options.to.empty() &&
      options.min_weight <= 0)
    return std::move(graph);
  return make_view(static_cast<const KnowledgeGraph&>(graph), options);
}

}  // namespace newsgraph
