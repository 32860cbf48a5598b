// newsgraph neighbors: what surrounds one entity: for a person, their
// meetings; then the nodes within --depth hops, ring by ring, grouped by
// the relation that reaches them, with dates, places and evidence.
#include <algorithm>
#include <iostream>
#include <optional>
#include <map>
#include <tuple>

#include "cli/commands.h"
#include "export/export.h"
#include "graph/analyse/analyse.h"

namespace newsgraph::cli {

namespace {

using NodeIndex = KnowledgeGraph::NodeIndex;
using EdgeIndex = KnowledgeGraph::EdgeIndex;

// The label of a node named by id (an event's place), or the id itself when
// the graph has no such node.
std::string label_of(const KnowledgeGraph& g, const std::string& id) {
  auto v = g.find(id);
  return v ? g.node_label(*v) : id;
}

std::string summary(const KnowledgeGraph& g, const Entity& e) {
  std::string out(to_string(e.type));
  if (!e.kind.empty()) out += ", " + e.kind;
  if (!e.date.empty()) out += ", " + e.date;
  if (!e.place.empty()) out += ", in " + label_of(g, e.place);
  if (!e.status.empty()) out += ", " + e.status;
  for (const std::string& role : e.roles) out += "; " + role;
  if (!e.country.empty()) out += "; country: " + label_of(g, e.country);
  if (e.mentions != 0 || !e.documents.empty())
    out += "; " + std::to_string(e.mentions) + (e.mentions == 1 ? " mention in " : " mentions in ") +
           std::to_string(e.documents.size()) + (e.documents.size() == 1 ? " document" : " documents");
  return out;
}

void print_meetings(const KnowledgeGraph& g, const std::vector<analyse::Meeting>& meetings) {
  std::cout << "\nmeetings (" << meetings.size() << ")\n";
  for (const analyse::Meeting& m : meetings) {
    const Entity& event = g.node(m.event);
    std::cout << "  " << (event.date.empty() ? "(undated)" : event.date) << "  " << event.kind;
    if (m.place) std::cout << " in " << g.node_label(*m.place);
    else if (!event.place.empty()) std::cout << " in " << event.place;
    if (!m.others.empty()) {
      std::cout << " with ";
      for (size_t i = 0; i < m.others.size(); ++i) std::cout << (i ? ", " : "") << node_name(g.node(m.others[i]));
    }
    if (!event.status.empty() && event.status != "occurred") std::cout << "; " << event.status;
    std::cout << "  [" << event.id << "]\n";
    // The sentence that puts this person at the meeting, else the event's own.
    std::optional<Evidence> evidence;
    for (EdgeIndex e : m.links)
      if (!evidence)
        if (Relation link = g.edge(e); !link.evidence.empty()) evidence = std::move(link.evidence.front());
    if (!evidence && !event.evidence.empty()) evidence = event.evidence.front();
    if (evidence) std::cout << "    " << evidence_text(*evidence) << "\n";
  }
}

// One line of a ring: a node, the relation that reaches it and its details.
struct Line {
  std::string type;
  bool outward;  // the relation points away from the centre's side
  NodeIndex node;
  EdgeIndex edge;
  NodeIndex via;  // the node one hop closer that the relation comes from
  auto key() const { return std::tie(type, outward, node, edge); }
};

void print_rings(const KnowledgeGraph& g, const std::vector<analyse::Reached>& reached, uint32_t depth,
                 const std::set<EdgeIndex>& shown_as_meetings) {
  for (uint32_t hops = 1; hops <= depth; ++hops) {
    std::vector<Line> lines;
    size_t nodes = 0;
    for (const analyse::Reached& r : reached) {
      if (r.hops != hops) continue;
      ++nodes;
      for (EdgeIndex e : analyse::relations_between(g, r.via, r.node))
        if (!shown_as_meetings.count(e))
          lines.push_back({std::string(g.edge_type(e)), g.source(e) == r.via, r.node, e, r.via});
    }
    if (nodes == 0) break;
    if (lines.empty()) continue;  // only meetings, listed above
    std::sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) { return a.key() < b.key(); });
    std::set<NodeIndex> listed;
    for (const Line& l : lines) listed.insert(l.node);
    std::cout << "\n" << hops << (hops == 1 ? " hop" : " hops") << " (" << listed.size()
              << (listed.size() == 1 ? " node" : " nodes") << ")\n";
    for (size_t i = 0; i < lines.size(); ++i) {
      const Line& l = lines[i];
      if (i == 0 || l.type != lines[i - 1].type || l.outward != lines[i - 1].outward)
        std::cout << "  " << (l.outward ? "--" : "<--") << l.type << (l.outward ? "-->" : "--") << "\n";
      const Entity& node = g.node(l.node);
      std::cout << "    " << node_name(node);
      if (node.type == NodeType::kEvent && !node.place.empty()) std::cout << " in " << label_of(g, node.place);
      if (hops > 1) std::cout << "  via " << node_name(g.node(l.via));
      std::cout << relation_details(g, l.edge) << "\n";
    }
  }
}

int write_json(const KnowledgeGraph& g, const analyse::SimpleGraph& simple, NodeIndex center, uint32_t depth,
               const std::vector<analyse::Reached>& reached, const std::vector<analyse::Meeting>& meetings) {
  std::map<NodeIndex, int64_t> hops;
  for (const analyse::Reached& r : reached) hops.emplace(r.node, r.hops);
  // The meetings' other participants, so that each meeting is whole: at
  // most two hops away, through the meeting.
  if (depth < 2 && !meetings.empty()) {
    std::map<NodeIndex, int64_t> within_two;
    for (const analyse::Reached& r : analyse::within_hops(simple, center, 2)) within_two.emplace(r.node, r.hops);
    for (const analyse::Meeting& m : meetings)
      for (NodeIndex other : m.others) hops.emplace(other, within_two.at(other));
  }
  std::vector<NodeIndex> nodes;
  std::vector<EdgeIndex> edges;
  for (const auto& [v, h] : hops) {
    nodes.push_back(v);
    for (EdgeIndex e : g.out_edges(v))
      if (hops.count(g.target(e))) edges.push_back(e);
  }
  Attributes attributes{{"center", g.node_id(center)}, {"depth", int64_t{depth}}};
  KnowledgeGraph sub = analyse::subgraph(g, nodes, edges, attributes);
  std::vector<int64_t> sub_hops(sub.node_count());
  for (NodeIndex v = 0; v < sub.node_count(); ++v) sub_hops[v] = hops.at(*g.find(sub.node_id(v)));
  KnowledgeGraph out = analyse::with_node_attribute(sub, "hops", sub_hops);
  auto exporter = formats::make_exporter("json");
  Status s = formats::write_file("-", [&](std::ostream& os) { return exporter->write(out, os); });
  return s.ok() ? 0 : fail(s);
}

}  // namespace

int run_neighbors(const NeighborsOptions& o) {
  Result<KnowledgeGraph> loaded = load_view(o.graph, o.query);
  if (!loaded.ok()) return fail(loaded.status());
  const KnowledgeGraph& g = loaded.value();
  Result<NodeIndex> center = analyse::find_node(g, o.name);
  if (!center.ok()) return fail(center.status());
  const NodeIndex c = center.value();

  const analyse::SimpleGraph simple = analyse::simple_undirected(g);
  const std::vector<analyse::Reached> reached = analyse::within_hops(simple, c, o.depth);
  std::vector<analyse::Meeting> meetings;
  if (g.node_type(c) == NodeType::kPerson) meetings = analyse::meetings_of(g, c);
  if (o.json) return write_json(g, simple, c, o.depth, reached, meetings);

  std::cout << node_name(g.node(c)) << "\n  " << summary(g, g.node(c)) << "\n";
  // A person's links to their meetings are listed under meetings, not again
  // in the first ring.
  std::set<EdgeIndex> shown_as_meetings;
  if (!meetings.empty()) {
    print_meetings(g, meetings);
    for (const analyse::Meeting& m : meetings) shown_as_meetings.insert(m.links.begin(), m.links.end());
  }
  print_rings(g, reached, o.depth, shown_as_meetings);
  if (reached.size() == 1 && meetings.empty()) std::cout << "\n(no neighbours)\n";
  return 0;
}

}  // namespace newsgraph::cli
