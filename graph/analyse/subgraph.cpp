#include <algorithm>

#include "graph/analyse/analyse.h"

// Both rebuild through GraphBuilder from nodes and relations as they are,
// which gives back the same nodes (the label rule finds the same label) in
// canonical order.

namespace newsgraph::analyse {

KnowledgeGraph subgraph(const KnowledgeGraph& graph, const std::vector<KnowledgeGraph::NodeIndex>& nodes,
                        const std::vector<KnowledgeGraph::EdgeIndex>& edges, const Attributes& attributes) {
  std::vector<bool> kept(graph.node_count(), false);
  for (KnowledgeGraph::NodeIndex v : nodes) kept[v] = true;
  std::vector<bool> kept_edge(graph.edge_count(), false);
  for (KnowledgeGraph::EdgeIndex e : edges) kept_edge[e] = kept[graph.source(e)] && kept[graph.target(e)];

  GraphBuilder builder;
  std::set<std::string> cited;
  for (KnowledgeGraph::NodeIndex v = 0; v < graph.node_count(); ++v)
    if (kept[v]) {
      Entity e = graph.node(v);
      cited.insert(e.documents.begin(), e.documents.end());
      builder.add_entity(std::move(e));
    }
  for (KnowledgeGraph::EdgeIndex e = 0; e < graph.edge_count(); ++e)
    if (kept_edge[e]) {
      Relation r = graph.edge(e);
      cited.insert(r.documents.begin(), r.documents.end());
      builder.add_relation(std::move(r));
    }
  for (const DocumentInfo& d : graph.documents())
    if (cited.count(d.id)) builder.add_document(d);
  for (const auto& [name, value] : attributes) builder.set_attribute(name, value);
  return builder.build();
}

KnowledgeGraph with_node_attribute(const KnowledgeGraph& graph, const std::string& name,
                                   const std::vector<int64_t>& values) {
  GraphBuilder builder;
  for (KnowledgeGraph::NodeIndex v = 0; v < graph.node_count(); ++v) {
    Entity e = graph.node(v);
    e.attributes[name] = values[v];
    builder.add_entity(std::move(e));
  }
  for (KnowledgeGraph::EdgeIndex e = 0; e < graph.edge_count(); ++e) builder.add_relation(graph.edge(e));
  for (const DocumentInfo& d : graph.documents()) builder.add_document(d);
  for (const auto& [key, value] : graph.attributes()) builder.set_attribute(key, value);
  return builder.build();
}

}  // namespace newsgraph::analyse
