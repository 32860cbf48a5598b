#include <algorithm>
#include <cassert>

#include "graph/knowledge_graph_impl.h"

namespace newsgraph {

void KnowledgeGraph::Impl::reindex_edges() {
  edges.assign(boost::num_edges(graph), EdgeDescriptor());
  for (auto [it, end] = boost::edges(graph); it != end; ++it) edges[graph[*it].index] = *it;
}

KnowledgeGraph::KnowledgeGraph() : impl_(std::make_unique<Impl>()) {}
KnowledgeGraph::~KnowledgeGraph() = default;
KnowledgeGraph::KnowledgeGraph(KnowledgeGraph&&) noexcept = default;
KnowledgeGraph& KnowledgeGraph::operator=(KnowledgeGraph&&) noexcept = default;

KnowledgeGraph::KnowledgeGraph(const KnowledgeGraph& other) : impl_(std::make_unique<Impl>()) {
  impl_->graph = other.impl_->graph;
  impl_->documents = other.impl_->documents;
  impl_->attributes = other.impl_->attributes;
  impl_->reindex_edges();
}

KnowledgeGraph& KnowledgeGraph::operator=(const KnowledgeGraph& other) {
  if (this != &other) *this = KnowledgeGraph(other);
  return *this;
}

size_t KnowledgeGraph::node_count() const { return boost::num_vertices(impl_->graph); }
size_t KnowledgeGraph::edge_count() const { return impl_->edges.size(); }

const Entity& KnowledgeGraph::node(NodeIndex i) const {
  assert(i < node_count());
  return impl_->graph[i];
}

const Relation& KnowledgeGraph::edge(EdgeIndex e) const {
  assert(e < edge_count());
  return impl_->graph[impl_->edges[e]].relation;
}

KnowledgeGraph::NodeIndex KnowledgeGraph::source(EdgeIndex e) const {
  return static_cast<NodeIndex>(boost::source(impl_->edges[e], impl_->graph));
}

KnowledgeGraph::NodeIndex KnowledgeGraph::target(EdgeIndex e) const {
  return static_cast<NodeIndex>(boost::target(impl_->edges[e], impl_->graph));
}

std::vector<KnowledgeGraph::EdgeIndex> KnowledgeGraph::out_edges(NodeIndex i) const {
  std::vector<EdgeIndex> out;
  for (auto [it, end] = boost::out_edges(i, impl_->graph); it != end; ++it) out.push_back(impl_->graph[*it].index);
  return out;
}

std::vector<KnowledgeGraph::EdgeIndex> KnowledgeGraph::in_edges(NodeIndex i) const {
  std::vector<EdgeIndex> in;
  for (auto [it, end] = boost::in_edges(i, impl_->graph); it != end; ++it) in.push_back(impl_->graph[*it].index);
  // In-edge lists follow the insertion order of their sources' edges, which
  // is canonical too, but sort to make the contract independent of that.
  std::sort(in.begin(), in.end());
  return in;
}

std::optional<KnowledgeGraph::NodeIndex> KnowledgeGraph::find(std::string_view id) const {
  // Nodes are in id order: binary search needs no second index.
  size_t lo = 0, hi = node_count();
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (impl_->graph[mid].id < id) lo = mid + 1; else hi = mid;
  }
  if (lo < node_count() && impl_->graph[lo].id == id) return static_cast<NodeIndex>(lo);
  return std::nullopt;
}

const std::vector<DocumentInfo>& KnowledgeGraph::documents() const { return impl_->documents; }
const Attributes& KnowledgeGraph::attributes() const { return impl_->attributes; }

}  // namespace newsgraph
