#include <algorithm>
#include <cassert>
#include <iterator>
#include <numeric>
#include <tuple>

#include "graph/knowledge_graph_impl.h"

namespace newsgraph {

namespace {

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

// Words of a name, not counting a leading honorific: "Sir Edward" and "Mr
// Heath" are one word, so "Edward Heath" labels the person that text also
// calls so.
size_t word_count(const std::string& s) {
  for (std::string_view honorific : {"Sir ", "Dame ", "Lord ", "Lady ", "Mr ", "Mr. ", "Mrs ", "Mrs. ", "Ms ", "Ms. ",
                                     "Miss ", "Dr ", "Dr. "})
    if (s.size() > honorific.size() && s.compare(0, honorific.size(), honorific) == 0)
      return word_count(s.substr(honorific.size()));
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

// Frees a container's memory (`x = {}` would keep its capacity).
template <typename T>
void release(T& x) {
  T empty;
  x.swap(empty);
}

// Nodes and relations are kept as sorted, merged runs plus an unsorted tail
// of new arrivals. When the tail grows to half the sorted run (or a fixed
// minimum), it is stable-sorted, merged within itself and merged into the
// run. That costs O(log n) amortised per arrival, like a std::map, but with
// one allocation per run instead of one per element, no key copies, and no
// tree to chase: building a million-node graph from a file is several
// times faster and smaller. The result is the map's: a stable sort keeps
// equal ids in arrival order, and merging is associative, so the first
// arrival is merged into in the same order (and keeps its label, see
// derive_label).
template <typename T, typename Less, typename Equal, typename Merge>
class MergedRun {
 public:
  void add(T item) {
    tail_.push_back(std::move(item));
    if (tail_.size() >= std::max<size_t>(kMinTail, run_.size() / 2)) compact();
  }

  // Many at once, merged at once: a vector that arrives when nothing is
  // waiting becomes the tail itself, uncopied.
  void add_all(std::vector<T> items) {
    if (tail_.empty()) {
      tail_.swap(items);
    } else {
      tail_.reserve(tail_.size() + items.size());
      std::move(items.begin(), items.end(), std::back_inserter(tail_));
    }
    release(items);
    compact();
  }

  // Everything, sorted and merged.
  std::vector<T>& compact() {
    if (tail_.empty()) return run_;
    sort_tail();
    merge_equal_neighbours(tail_);
    if (run_.empty()) {
      run_.swap(tail_);
    } else if (Less{}(run_.back(), tail_.front())) {
      // Arrivals in order (a graph file read back): no merging to do.
      run_.reserve(run_.size() + tail_.size());
      std::move(tail_.begin(), tail_.end(), std::back_inserter(run_));
    } else {
      std::vector<T> merged;
      merged.reserve(run_.size() + tail_.size());
      auto a = run_.begin(), b = tail_.begin();
      while (a != run_.end() && b != tail_.end()) {
        if (Less{}(*b, *a)) {
          merged.push_back(std::move(*b++));
        } else {
          if (Equal{}(*a, *b)) Merge{}(*a, *b++);  // *a arrived first
          merged.push_back(std::move(*a++));
        }
      }
      std::move(a, run_.end(), std::back_inserter(merged));
      std::move(b, tail_.end(), std::back_inserter(merged));
      run_.swap(merged);
    }
    tail_.clear();  // its room serves the next arrivals
    return run_;
  }

  std::vector<T> take() {
    compact();
    return std::move(run_);
  }

 private:
  static constexpr size_t kMinTail = 4096;

  // A stable sort that moves each item about once and needs no second
  // vector of items: the order is found on indices, as items are big, and
  // then applied in place, cycle by cycle.
  void sort_tail() {
    if (std::is_sorted(tail_.begin(), tail_.end(), Less{})) return;
    std::vector<uint32_t> order(tail_.size());  // order[i]: the item that goes to i
    std::iota(order.begin(), order.end(), 0u);
    std::stable_sort(order.begin(), order.end(), [&](uint32_t x, uint32_t y) { return Less{}(tail_[x], tail_[y]); });
    for (uint32_t i = 0; i < order.size(); ++i) {
      if (order[i] == i) continue;
      T first = std::move(tail_[i]);
      uint32_t j = i;
      while (order[j] != i) {
        uint32_t k = order[j];
        tail_[j] = std::move(tail_[k]);
        order[j] = j;
        j = k;
      }
      tail_[j] = std::move(first);
      order[j] = j;
    }
  }

  // Sorted `items` with equal neighbours merged into the first of them.
  static void merge_equal_neighbours(std::vector<T>& items) {
    if (items.empty()) return;
    size_t out = 0;
    for (size_t i = 1; i < items.size(); ++i) {
      if (Equal{}(items[out], items[i])) {
        Merge{}(items[out], items[i]);
      } else if (++out != i) {
        items[out] = std::move(items[i]);
      }
    }
    items.resize(out + 1);
  }

  std::vector<T> run_, tail_;
};

struct EntityLess {
  bool operator()(const Entity& a, const Entity& b) const { return a.id < b.id; }
};
struct EntityEqual {
  bool operator()(const Entity& a, const Entity& b) const { return a.id == b.id; }
};
struct EntityMerge {
  void operator()(Entity& into, const Entity& from) const { merge_entity(into, from); }
};
struct RelationLess {
  bool operator()(const Relation& a, const Relation& b) const { return a.key() < b.key(); }
};
struct RelationEqual {
  bool operator()(const Relation& a, const Relation& b) const { return a.key() == b.key(); }
};
struct RelationMerge {
  void operator()(Relation& into, const Relation& from) const { merge_relation(into, from); }
};

}  // namespace

struct GraphBuilder::Impl {
  MergedRun<Entity, EntityLess, EntityEqual, EntityMerge> nodes;
  MergedRun<Relation, RelationLess, RelationEqual, RelationMerge> edges;
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

void GraphBuilder::add_entity(Entity entity) { impl_->nodes.add(std::move(entity)); }

void GraphBuilder::add_relation(Relation relation) { impl_->edges.add(std::move(relation)); }

void GraphBuilder::add_entities(std::vector<Entity> entities) { impl_->nodes.add_all(std::move(entities)); }

void GraphBuilder::add_relations(std::vector<Relation> relations) { impl_->edges.add_all(std::move(relations)); }

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
  std::vector<Relation> edges = in.edges.take();

  // Endpoints that no entity declared still need a node (rare: then the
  // ends are found again with them). Edges come in source order and nodes
  // in id order, so sources are found by walking both; targets by an index.
  std::vector<Entity> nodes = in.nodes.take();
  std::vector<std::pair<uint32_t, uint32_t>> ends(edges.size());
  auto find_ends = [&](std::vector<std::string>* missing) {
    IdIndex index(nodes.size());
    for (uint32_t v = 0; v < nodes.size(); ++v) index.insert(nodes[v].id, v);
    uint32_t source = 0;
    for (size_t i = 0; i < edges.size(); ++i) {
      const Relation& r = edges[i];
      while (source < nodes.size() && nodes[source].id < r.source) ++source;
      std::optional<uint32_t> target = index.find(r.target);
      bool source_found = source < nodes.size() && nodes[source].id == r.source;
      if (source_found && target) {
        ends[i] = {source, *target};
      } else if (missing) {
        if (!source_found) missing->push_back(r.source);
        if (!target) missing->push_back(r.target);
      }
    }
  };
  std::vector<std::string> missing;
  find_ends(&missing);
  if (!missing.empty()) {
    for (Entity& e : nodes) in.nodes.add(std::move(e));
    for (std::string& id : missing) {
      Entity placeholder;
      placeholder.id = std::move(id);
      in.nodes.add(std::move(placeholder));
    }
    nodes = in.nodes.take();
    find_ends(nullptr);
  }

  // Derived attributes: the country of a node is its heaviest link to a
  // country (affiliated_with for people and bodies, located_in for places);
  // edges come by source, then target id, so the first target of the
  // greatest weight wins ties.
  std::vector<std::pair<uint64_t, uint32_t>> best_country(nodes.size(), {0, UINT32_MAX});
  for (size_t i = 0; i < edges.size(); ++i) {
    const Relation& r = edges[i];
    if (r.type != relation::kAffiliatedWith && r.type != relation::kLocatedIn) continue;
    auto [s, t] = ends[i];
    if (nodes[t].type != NodeType::kCountry) continue;
    auto& best = best_country[s];
    if (best.second == UINT32_MAX || r.weight > best.first) best = {r.weight, t};
  }

  for (uint32_t v = 0; v < nodes.size(); ++v) {
    Entity& e = nodes[v];
    e.label = derive_label(e);
    if (best_country[v].second != UINT32_MAX) e.country = nodes[best_country[v].second].id;
  }
  KnowledgeGraph graph;
  KnowledgeGraph::Impl& out = *graph.impl_;
  assert(std::is_sorted(ends.begin(), ends.end(), [](const auto& a, const auto& b) { return a.first < b.first; }));
  out.graph = KnowledgeGraph::Impl::Graph(boost::edges_are_unsorted_multi_pass, ends.begin(), ends.end(),
                                          static_cast<KnowledgeGraph::NodeIndex>(nodes.size()));
  out.sources.reserve(ends.size());
  for (const auto& [s, t] : ends) out.sources.push_back(s);
  release(ends);
  out.nodes = std::move(nodes);
  out.relations = std::move(edges);
  for (auto& [id, d] : in.documents) out.documents.push_back(std::move(d));
  out.attributes = std::move(in.attributes);
  impl_ = std::make_unique<Impl>();
  return graph;
}

}  // namespace newsgraph
