#include <algorithm>

#include "graph/analyse/analyse.h"

namespace newsgraph::analyse {

namespace {

using NodeIndex = KnowledgeGraph::NodeIndex;
using EdgeIndex = KnowledgeGraph::EdgeIndex;

bool is_meeting(const Entity& e) {
  return e.type == NodeType::kEvent && (e.kind == event_kind::kMeeting || e.kind == event_kind::kPhoneCall);
}

// The participant links of an event, either direction, in edge order.
std::vector<EdgeIndex> participant_links(const KnowledgeGraph& graph, NodeIndex event) {
  std::vector<EdgeIndex> links;
  for (EdgeIndex e : graph.in_edges(event))
    if (graph.edge_type(e) == relation::kParticipant) links.push_back(e);
  for (EdgeIndex e : graph.out_edges(event))
    if (graph.edge_type(e) == relation::kParticipant && graph.target(e) != event) links.push_back(e);
  std::sort(links.begin(), links.end());
  return links;
}

NodeIndex other_end(const KnowledgeGraph& graph, EdgeIndex e, NodeIndex event) {
  return graph.source(e) == event ? graph.target(e) : graph.source(e);
}

}  // namespace

std::vector<Meeting> meetings_of(const KnowledgeGraph& graph, NodeIndex node) {
  std::vector<NodeIndex> events;
  for (EdgeIndex e : graph.out_edges(node))
    if (graph.edge_type(e) == relation::kParticipant) events.push_back(graph.target(e));
  for (EdgeIndex e : graph.in_edges(node))
    if (graph.edge_type(e) == relation::kParticipant) events.push_back(graph.source(e));
  std::sort(events.begin(), events.end());
  events.erase(std::unique(events.begin(), events.end()), events.end());

  std::vector<Meeting> meetings;
  for (NodeIndex event : events) {
    if (event == node || !is_meeting(graph.node(event))) continue;
    Meeting m;
    m.event = event;
    for (EdgeIndex e : participant_links(graph, event)) {
      NodeIndex who = other_end(graph, e, event);
      if (who == node) m.links.push_back(e);
      else m.others.push_back(who);
    }
    std::sort(m.others.begin(), m.others.end());
    m.others.erase(std::unique(m.others.begin(), m.others.end()), m.others.end());
    if (!graph.node(event).place.empty()) m.place = graph.find(graph.node(event).place);
    meetings.push_back(std::move(m));
  }
  std::stable_sort(meetings.begin(), meetings.end(), [&](const Meeting& a, const Meeting& b) {
    const std::string& da = graph.node(a.event).date;
    const std::string& db = graph.node(b.event).date;
    if (da.empty() != db.empty()) return db.empty();  // undated last
    return da < db;  // equal dates keep node (so id) order
  });
  return meetings;
}

}  // namespace newsgraph::analyse
