#include <algorithm>
#include <tuple>

#include "graph/knowledge_graph_impl.h"

namespace newsgraph {

namespace {

using EdgeKey = std::tuple<std::string, std::string, std::string, std::string>;

EdgeKey key_of(const Relation& r) { return {r.source, r.target, r.type, r.date}; }

// Every scalar merge below keeps a non-empty value over an empty one and
// the smaller of two non-empty ones: min is commutative and associative.
void merge_scalar(std::string& into, const std::string& from) {
  if (into.empty() || (!from.empty() && from < into)) into = from;
}

template <typename T>
void unite(std::set<T>& into, const std::set<T>& from) {
  into.insert(from.begin(), from.end());
}

void merge_attributes(Attributes& into, const Attributes& from) {
  for (const auto& [name, value] : from) {
    auto [it, inserted] = into.emplace(name, value);
    if (inserted) continue;
    auto* a = std::get_if<std::vector<std::string>>(&it->second);
    auto* b = std::get_if<std::vector<std::string>>(&value);
    if (a && b) {
      std::set<std::string> all(a->begin(), a->end());
      all.insert(b->begin(), b->end());
      it->second = std::vector<std::string>(all.begin(), all.end());
    } else if (value < it->second) {
      it->second = value;
    }
  }
}

void merge_entity(Entity& into, const Entity& from) {
  into.type = std::min(into.type, from.type);
  merge_scalar(into.canonical, from.canonical);
  for (const auto& [name, count] : from.names) into.names[name] += count;
  unite(into.roles, from.roles);
  merge_scalar(into.country, from.country);
  into.mentions += from.mentions;
  unite(into.documents, from.documents);
  merge_evidence(into.evidence, from.evidence);
  merge_scalar(into.kind, from.kind);
  merge_scalar(into.date, from.date);
  merge_scalar(into.place, from.place);
  merge_scalar(into.status, from.status);
  merge_attributes(into.attributes, from.attributes);
}

void merge_relation(Relation& into, const Relation& from) {
  into.weight += from.weight;
  unite(into.roles, from.roles);
  unite(into.documents, from.documents);
  merge_evidence(into.evidence, from.evidence);
  merge_attributes(into.attributes, from.attributes);
}

size_t word_count(const std::string& s) {
  size_t words = 0;
  bool in_word = false;
  for (char c : s) {
    bool space = c == ' ';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

// The label rule of GraphBuilder (graph.h).
std::string derive_label(const Entity& e) {
  if (!e.canonical.empty()) return e.canonical;
  bool any_full = std::any_of(e.names.begin(), e.names.end(), [](const auto& n) { return word_count(n.first) >= 2; });
  const std::string* best = nullptr;
  uint64_t best_count = 0;
  for (const auto& [name, count] : e.names) {  // byte order: the first of equal counts wins
    if (any_full && word_count(name) < 2) continue;
    if (!best || count > best_count) best = &name, best_count = count;
  }
  if (best) return *best;
  return e.label.empty() ? e.id : e.label;
}

}  // namespace

struct GraphBuilder::Impl {
  std::map<std::string, Entity> nodes;
  std::map<EdgeKey, Relation> edges;
  std::map<std::string, DocumentInfo> documents;
  Attributes attributes;
};

GraphBuilder::GraphBuilder() : impl_(std::make_unique<Impl>()) {}
GraphBuilder::~GraphBuilder() = default;
GraphBuilder::GraphBuilder(GraphBuilder&&) noexcept = default;
GraphBuilder& GraphBuilder::operator=(GraphBuilder&&) noexcept = default;

void GraphBuilder::add_document(DocumentInfo info) {
  auto [it, inserted] = impl_->documents.emplace(info.id, info);
  if (!inserted && info < it->second) it->second = std::move(info);
}

void GraphBuilder::add_entity(Entity entity) {
  auto it = impl_->nodes.find(entity.id);
  if (it == impl_->nodes.end()) {
    std::string id = entity.id;
    impl_->nodes.emplace(std::move(id), std::move(entity));
  } else {
    merge_entity(it->second, entity);
  }
}

void GraphBuilder::add_relation(Relation relation) {
  EdgeKey key = key_of(relation);
  auto it = impl_->edges.find(key);
  if (it == impl_->edges.end()) impl_->edges.emplace(std::move(key), std::move(relation));
  else merge_relation(it->second, relation);
}

void GraphBuilder::set_attribute(std::string name, Value value) {
  merge_attributes(impl_->attributes, Attributes{{std::move(name), std::move(value)}});
}

void GraphBuilder::add(DocumentFacts facts) {
  add_document(std::move(facts.document));
  for (auto& e : facts.entities) add_entity(std::move(e));
  for (auto& r : facts.relations) add_relation(std::move(r));
}

void GraphBuilder::add(const KnowledgeGraph& graph) {
  for (const auto& d : graph.documents()) add_document(d);
  for (KnowledgeGraph::NodeIndex i = 0; i < graph.node_count(); ++i) add_entity(graph.node(i));
  for (KnowledgeGraph::EdgeIndex e = 0; e < graph.edge_count(); ++e) add_relation(graph.edge(e));
  merge_attributes(impl_->attributes, graph.attributes());
}

KnowledgeGraph GraphBuilder::build() {
  Impl& in = *impl_;
  // Endpoints that no entity declared still need a node.
  for (const auto& [key, r] : in.edges)
    for (const std::string* id : {&r.source, &r.target})
      if (!in.nodes.count(*id)) {
        Entity placeholder;
        placeholder.id = *id;
        in.nodes.emplace(*id, std::move(placeholder));
      }

  // Derived attributes: the country of a node is its heaviest link to a
  // country (affiliated_with for people and bodies, located_in for places).
  std::map<std::string, std::pair<uint64_t, std::string>> best_country;
  for (const auto& [key, r] : in.edges) {
    if (r.type != relation::kAffiliatedWith && r.type != relation::kLocatedIn) continue;
    if (in.nodes.at(r.target).type != NodeType::kCountry) continue;
    auto [it, inserted] = best_country.emplace(r.source, std::make_pair(r.weight, r.target));
    if (!inserted && r.weight > it->second.first) it->second = {r.weight, r.target};  // ties: first target id wins
  }

  KnowledgeGraph graph;
  KnowledgeGraph::Impl& out = *graph.impl_;
  out.graph = KnowledgeGraph::Impl::Graph(in.nodes.size());
  std::map<std::string, size_t> index;
  size_t v = 0;
  for (auto& [id, e] : in.nodes) {
    e.label = derive_label(e);
    if (auto it = best_country.find(id); it != best_country.end()) e.country = it->second.second;
    index.emplace(id, v);
    out.graph[v++] = std::move(e);
  }
  KnowledgeGraph::EdgeIndex next = 0;
  for (auto& [key, r] : in.edges) {
    size_t s = index.at(r.source), t = index.at(r.target);
    auto [ed, added] = boost::add_edge(s, t, EdgeData{next++, std::move(r)}, out.graph);
    (void)added;
    out.edges.push_back(ed);
  }
  for (auto& [id, d] : in.documents) out.documents.push_back(std::move(d));
  out.attributes = std::move(in.attributes);
  impl_ = std::make_unique<Impl>();
  return graph;
}

}  // namespace newsgraph
