// newsgraph path: how two entities are connected, hop by hop, with the
// relation, date and evidence of every step. Also the helpers that describe
// nodes and relations for the neighbors command.
#include <iostream>

#include "cli/commands.h"
#include "export/export.h"
#include "graph/analyse/analyse.h"

namespace newsgraph::cli {

namespace {

using NodeIndex = KnowledgeGraph::NodeIndex;
using EdgeIndex = KnowledgeGraph::EdgeIndex;

// Evidence sentences may span lines in the article; a line of output holds one.
std::string one_line(const std::string& text) {
  std::string out = text;
  for (char& c : out)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  return out;
}

}  // namespace

std::string node_name(const Entity& entity) { return entity.label + " [" + entity.id + "]"; }

std::string relation_date(const KnowledgeGraph& graph, EdgeIndex e) {
  const Relation r = graph.edge(e);
  if (!r.date.empty()) return r.date;
  if (auto it = r.attributes.find("dates"); it != r.attributes.end())
    if (const auto* dates = std::get_if<std::vector<std::string>>(&it->second); dates && !dates->empty()) {
      std::string joined;
      for (const std::string& d : *dates) joined += (joined.empty() ? "" : ", ") + d;
      return joined;
    }
  for (NodeIndex end : {graph.source(e), graph.target(e)}) {
    const Entity& node = graph.node(end);
    if (node.type == NodeType::kEvent && !node.date.empty()) return node.date;
  }
  return "";
}

std::string arrow(const KnowledgeGraph& graph, EdgeIndex e, NodeIndex from) {
  const std::string_view type = graph.edge_type(e);
  // append, not operator+ on a literal: GCC 12 warns wrongly (-Wrestrict) on the latter.
  if (graph.source(e) == from) return std::string("--").append(type).append("-->");
  return std::string("<--").append(type).append("--");
}

std::string evidence_text(const Evidence& evidence) {
  return std::string("\"").append(one_line(evidence.text)).append("\" (").append(evidence.document).append(")");
}

std::string relation_details(const KnowledgeGraph& graph, EdgeIndex e) {
  std::string out;
  if (std::string date = relation_date(graph, e); !date.empty()) out.append("  ").append(date);
  if (Relation r = graph.edge(e); !r.evidence.empty()) out.append("  ").append(evidence_text(r.evidence.front()));
  return out;
}

int run_path(const PathOptions& o) {
  Result<KnowledgeGraph> loaded = load_view(o.graph, o.query);
  if (!loaded.ok()) return fail(loaded.status());
  const KnowledgeGraph& g = loaded.value();
  Result<NodeIndex> from = analyse::find_node(g, o.from);
  if (!from.ok()) return fail(from.status());
  Result<NodeIndex> to = analyse::find_node(g, o.to);
  if (!to.ok()) return fail(to.status());

  const std::vector<uint32_t> path = analyse::shortest_path(analyse::simple_undirected(g), from.value(), to.value());
  // Every relation between consecutive nodes: they are all steps of the path.
  std::vector<std::vector<EdgeIndex>> steps;
  for (size_t i = 0; i + 1 < path.size(); ++i) steps.push_back(analyse::relations_between(g, path[i], path[i + 1]));

  if (o.json) {
    std::vector<std::string> ids;
    std::vector<EdgeIndex> edges;
    for (uint32_t v : path) ids.push_back(g.node_id(v));
    for (const auto& step : steps) edges.insert(edges.end(), step.begin(), step.end());
    Attributes attributes{{"from", g.node_id(from.value())}, {"to", g.node_id(to.value())}, {"path", ids}};
    KnowledgeGraph out = analyse::subgraph(g, std::vector<NodeIndex>(path.begin(), path.end()), edges, attributes);
    auto exporter = formats::make_exporter("json");
    Status s = formats::write_file("-", [&](std::ostream& os) { return exporter->write(out, os); });
    return s.ok() ? 0 : fail(s);
  }

  const std::string ends = node_name(g.node(from.value())) + " and " + node_name(g.node(to.value()));
  if (path.empty()) {
    std::cout << "no path between " << ends << "\n";
    return 0;
  }
  const size_t hops = path.size() - 1;
  std::cout << "path between " << ends << ": " << hops << (hops == 1 ? " hop" : " hops") << "\n";
  for (size_t i = 0; i < path.size(); ++i) {
    std::cout << node_name(g.node(path[i])) << "\n";
    if (i < steps.size())
      for (EdgeIndex e : steps[i]) std::cout << "  " << arrow(g, e, path[i]) << relation_details(g, e) << "\n";
  }
  return 0;
}

}  // namespace newsgraph::cli
