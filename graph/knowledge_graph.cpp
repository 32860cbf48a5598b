#include <algorithm>
#include <cassert>

#include "graph/knowledge_graph_impl.h"

namespace newsgraph {

KnowledgeGraph::KnowledgeGraph() : impl_(std::make_unique<Impl>()) {}
KnowledgeGraph::~KnowledgeGraph() = default;
KnowledgeGraph::KnowledgeGraph(KnowledgeGraph&&) noexcept = default;
KnowledgeGraph& KnowledgeGraph::operator=(KnowledgeGraph&&) noexcept = default;

KnowledgeGraph::KnowledgeGraph(const KnowledgeGraph& other) : impl_(std::make_unique<Impl>(*other.impl_)) {}

KnowledgeGraph& KnowledgeGraph::operator=(const KnowledgeGraph& other) {
  if (this != &other) *this = KnowledgeGraph(other);
  return *this;
}

size_t KnowledgeGraph::node_count() const { return impl_->nodes.size(); }
size_t KnowledgeGraph::edge_count() const { return impl_->sources.size(); }

Entity KnowledgeGraph::node(NodeIndex i) const {
  assert(i < node_count());
  const HeldEntity& h = impl_->nodes[i];
  Entity e = h.rest ? *h.rest : Entity();
  e.id = h.id;
  e.type = h.type;
  if (!h.rest) e.label = h.id;
  return e;
}

const std::string& KnowledgeGraph::node_id(NodeIndex i) const {
  assert(i < node_count());
  return impl_->nodes[i].id;
}

const std::string& KnowledgeGraph::node_label(NodeIndex i) const {
  assert(i < node_count());
  const HeldEntity& h = impl_->nodes[i];
  return h.rest ? h.rest->label : h.id;
}

NodeType KnowledgeGraph::node_type(NodeIndex i) const {
  assert(i < node_count());
  return impl_->nodes[i].type;
}

Relation KnowledgeGraph::edge(EdgeIndex e) const {
  assert(e < edge_count());
  const Impl& g = *impl_;
  Relation r;
  if (g.extras_of[e] != Impl::kNoExtras) r = g.extras[g.extras_of[e]];
  r.source = g.nodes[source(e)].id;
  r.target = g.nodes[target(e)].id;
  r.type = g.kinds[g.kind[e]].first;
  r.date = g.kinds[g.kind[e]].second;
  r.weight = g.weight[e];
  return r;
}

std::string_view KnowledgeGraph::edge_type(EdgeIndex e) const {
  assert(e < edge_count());
  return impl_->kinds[impl_->kind[e]].first;
}

std::string_view KnowledgeGraph::edge_date(EdgeIndex e) const {
  assert(e < edge_count());
  return impl_->kinds[impl_->kind[e]].second;
}

uint64_t KnowledgeGraph::edge_weight(EdgeIndex e) const {
  assert(e < edge_count());
  return impl_->weight[e];
}

KnowledgeGraph::NodeIndex KnowledgeGraph::source(EdgeIndex e) const {
  return impl_->sources[e];
}

KnowledgeGraph::NodeIndex KnowledgeGraph::target(EdgeIndex e) const {
  return boost::target(Impl::Graph::edge_descriptor(impl_->sources[e], e), impl_->graph);
}

std::vector<KnowledgeGraph::EdgeIndex> KnowledgeGraph::out_edges(NodeIndex i) const {
  std::vector<EdgeIndex> out;
  for (auto [it, end] = boost::out_edges(i, impl_->graph); it != end; ++it)
    out.push_back(boost::get(boost::edge_index, impl_->graph, *it));
  return out;
}

std::vector<KnowledgeGraph::EdgeIndex> KnowledgeGraph::in_edges(NodeIndex i) const {
  std::vector<EdgeIndex> in;
  for (auto [it, end] = boost::in_edges(i, impl_->graph); it != end; ++it)
    in.push_back(boost::get(boost::edge_index, impl_->graph, *it));
  return in;
}

std::optional<KnowledgeGraph::NodeIndex> KnowledgeGraph::find(std::string_view id) const {
  // Nodes are in id order: binary search needs no second index.
  size_t lo = 0, hi = node_count();
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (impl_->nodes[mid].id < id) lo = mid + 1; else hi = mid;
  }
  if (lo < node_count() && impl_->nodes[lo].id == id) return static_cast<NodeIndex>(lo);
  return std::nullopt;
}

const std::vector<DocumentInfo>& KnowledgeGraph::documents() const { return impl_->documents; }
const Attributes& KnowledgeGraph::attributes() const { return impl_->attributes; }

}  // namespace newsgraph
