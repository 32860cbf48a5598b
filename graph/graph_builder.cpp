#include <algorithm>
#include <cassert>
#include <iterator>
#include <memory>
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

// What a relation has beside its key and weight.
void merge_extras(Relation& into, const Relation& from) {
  unite(into.roles, from.roles);
  unite(into.documents, from.documents);
  merge_evidence(into.evidence, from.evidence);
  merge_attributes(into.attributes, from.attributes);
}

void merge_relation(Relation& into, const Relation& from) {
  into.weight += from.weight;
  merge_extras(into, from);
}

bool has_extras(const Relation& r) {
  return !r.roles.empty() || !r.documents.empty() || !r.evidence.empty() || !r.attributes.empty();
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
std::string derive_label(const HeldEntity& h) {
  if (!h.rest) return h.id;
  const Entity& e = *h.rest;
  if (!e.canonical.empty()) return e.canonical;
  bool any_full = std::any_of(e.names.begin(), e.names.end(), [](const auto& n) { return word_count(n.first) >= 2; });
  const std::string* best = nullptr;
  uint64_t best_count = 0;
  for (const auto& [name, count] : e.names) {  // byte order: the first of equal counts wins
    if (any_full && word_count(name) < 2) continue;
    if (!best || count > best_count) best = &name, best_count = count;
  }
  if (best) return *best;
  return e.label.empty() ? h.id : e.label;
}

// Frees a container's memory (`x = {}` would keep its capacity).
template <typename T>
void release(T& x) {
  T empty;
  std::swap(x, empty);
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
      // Arrivals in order (a graph file read back): no merging to do. The
      // run grows geometrically, as batch after batch arrives so.
      if (run_.capacity() < run_.size() + tail_.size())
        run_.reserve(std::max(run_.size() + tail_.size(), 2 * run_.capacity()));
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

HeldEntity hold(Entity&& e) {
  HeldEntity h{std::move(e.id), nullptr, e.type};
  // A label that is the id says no more than no label (derive_label).
  if (e.label == h.id) e.label.clear();
  e.type = NodeType::kEntity;  // unset: the type is the HeldEntity's
  bool bare = e.label.empty() && e.canonical.empty() && e.names.empty() && e.roles.empty() && e.country.empty() &&
              e.mentions == 0 && e.documents.empty() && e.evidence.empty() && e.kind.empty() && e.date.empty() &&
              e.place.empty() && e.status.empty() && e.attributes.empty();
  if (!bare) h.rest = std::make_unique<Entity>(std::move(e));
  return h;
}

struct EntityLess {
  bool operator()(const HeldEntity& a, const HeldEntity& b) const { return a.id < b.id; }
};
struct EntityEqual {
  bool operator()(const HeldEntity& a, const HeldEntity& b) const { return a.id == b.id; }
};
struct EntityMerge {
  void operator()(HeldEntity& into, HeldEntity& from) const {
    into.type = std::min(into.type, from.type);
    if (!from.rest) return;
    if (into.rest) {
      merge_entity(*into.rest, *from.rest);
    } else {
      // `into` keeps its label (the first arrival's, see derive_label): a
      // bare entity's is its id, which an empty one stands for.
      into.rest = std::move(from.rest);
      into.rest->label.clear();
    }
  }
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

// The position of `s` among the distinct strings of `index`, added at the
// end of `strings` when new.
uint32_t intern(IdIndex& index, std::vector<std::string>& strings, std::string&& s) {
  const auto next = static_cast<uint32_t>(strings.size());
  if (std::optional<uint32_t> known = index.insert(s, next)) return *known;
  strings.push_back(std::move(s));
  return next;
}

// Relations added in bulk, held until build() in 24 bytes each plus what
// only some have (roles, documents, evidence, attributes): ends and (type,
// date) are interned, as a graph file names the same few types and the
// same nodes over and over. They are sorted and merged once, at build().
struct BulkLinks {
  static constexpr uint32_t kNoExtras = UINT32_MAX;
  struct Link {
    uint32_t source, target;  // into ids; at build(), node indices
    uint32_t kind;            // into kinds; at build(), its rank
    uint32_t extras;          // into extras, or kNoExtras
    uint64_t weight;
  };

  void add(Relation&& r) {
    Link link{intern(id_index, ids, std::move(r.source)), intern(id_index, ids, std::move(r.target)), 0, kNoExtras,
              r.weight};
    // The length first, so that no type and date run into another pair.
    std::string kind_key = std::to_string(r.type.size()) + ':' + r.type + r.date;
    const auto next = static_cast<uint32_t>(kinds.size());
    if (std::optional<uint32_t> known = kind_index.insert(kind_key, next)) {
      link.kind = *known;
    } else {
      link.kind = next;
      kinds.emplace_back(std::move(r.type), std::move(r.date));
    }
    if (has_extras(r)) {
      link.extras = static_cast<uint32_t>(extras.size());
      Relation& x = extras.emplace_back();
      x.roles = std::move(r.roles);
      x.documents = std::move(r.documents);
      x.evidence = std::move(r.evidence);
      x.attributes = std::move(r.attributes);
    }
    links.push_back(link);
  }

  IdIndex id_index, kind_index;
  std::vector<std::string> ids;
  std::vector<std::pair<std::string, std::string>> kinds;
  std::vector<Link> links;
  std::vector<Relation> extras;
};

}  // namespace

struct GraphBuilder::Impl {
  MergedRun<HeldEntity, EntityLess, EntityEqual, EntityMerge> nodes;
  // Relations added one by one (a document's) are merged as they come, as
  // the same relation arrives from many documents; those added in bulk
  // wait, small, for build().
  MergedRun<Relation, RelationLess, RelationEqual, RelationMerge> edges;
  BulkLinks bulk;
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

void GraphBuilder::add_entity(Entity entity) { impl_->nodes.add(hold(std::move(entity))); }

void GraphBuilder::add_relation(Relation relation) { impl_->edges.add(std::move(relation)); }

void GraphBuilder::add_entities(std::vector<Entity> entities) {
  std::vector<HeldEntity> held;
  held.reserve(entities.size());
  for (Entity& e : entities) held.push_back(hold(std::move(e)));
  release(entities);
  impl_->nodes.add_all(std::move(held));
}

void GraphBuilder::add_relations(std::vector<Relation> relations) {
  for (Relation& r : relations) impl_->bulk.add(std::move(r));
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
  for (KnowledgeGraph::EdgeIndex e = 0; e < graph.edge_count(); ++e) impl_->bulk.add(graph.edge(e));
  merge_attributes(impl_->attributes, graph.attributes());
}

KnowledgeGraph GraphBuilder::build() {
  Impl& in = *impl_;
  BulkLinks& bulk = in.bulk;
  for (Relation& r : in.edges.take()) bulk.add(std::move(r));
  release(bulk.id_index);
  release(bulk.kind_index);

  // Endpoints that no entity declared still need a node (rare: then the
  // ends are found again with them).
  std::vector<HeldEntity> held = in.nodes.take();
  std::vector<uint32_t> node_of(bulk.ids.size());
  auto find_ends = [&](std::vector<std::string>* missing) {
    IdIndex index(held.size());
    for (uint32_t v = 0; v < held.size(); ++v) index.insert(held[v].id, v);
    for (size_t h = 0; h < bulk.ids.size(); ++h) {
      if (std::optional<uint32_t> v = index.find(bulk.ids[h])) node_of[h] = *v;
      else if (missing) missing->push_back(bulk.ids[h]);
    }
  };
  std::vector<std::string> missing;
  find_ends(&missing);
  if (!missing.empty()) {
    for (HeldEntity& h : held) in.nodes.add(std::move(h));
    for (std::string& id : missing) in.nodes.add(HeldEntity{std::move(id), nullptr, NodeType::kEntity});
    held = in.nodes.take();
    find_ends(nullptr);
  }
  release(bulk.ids);

  // Nodes are in id order and kinds get their rank in (type, date) order,
  // so sorting links by (source, target, kind) is sorting by Relation::key().
  std::vector<uint32_t> by_kind(bulk.kinds.size()), rank(bulk.kinds.size());
  std::iota(by_kind.begin(), by_kind.end(), 0u);
  std::sort(by_kind.begin(), by_kind.end(), [&](uint32_t a, uint32_t b) { return bulk.kinds[a] < bulk.kinds[b]; });
  std::vector<std::pair<std::string, std::string>> kinds;
  kinds.reserve(by_kind.size());
  for (uint32_t r = 0; r < by_kind.size(); ++r) {
    rank[by_kind[r]] = r;
    kinds.push_back(std::move(bulk.kinds[by_kind[r]]));
  }
  std::vector<BulkLinks::Link>& links = bulk.links;
  for (BulkLinks::Link& l : links) l = {node_of[l.source], node_of[l.target], rank[l.kind], l.extras, l.weight};
  release(node_of);
  auto key = [](const BulkLinks::Link& l) { return std::tie(l.source, l.target, l.kind); };
  std::sort(links.begin(), links.end(), [&](const auto& a, const auto& b) { return key(a) < key(b); });
  // Equal keys merge; the merge is commutative, so the order among them
  // (which the sort does not fix) does not show.
  if (!links.empty()) {
    size_t out = 0;
    for (size_t i = 1; i < links.size(); ++i) {
      BulkLinks::Link& into = links[out];
      const BulkLinks::Link& from = links[i];
      if (key(into) != key(from)) {
        links[++out] = from;
      } else {
        into.weight += from.weight;
        if (from.extras == BulkLinks::kNoExtras) continue;
        if (into.extras == BulkLinks::kNoExtras) {
          into.extras = from.extras;
        } else {
          merge_extras(bulk.extras[into.extras], bulk.extras[from.extras]);
          release(bulk.extras[from.extras]);
        }
      }
    }
    links.resize(out + 1);
  }

  // Derived attributes: the country of a node is its heaviest link to a
  // country (affiliated_with for people and bodies, located_in for places);
  // edges come by source, then target id, so the first target of the
  // greatest weight wins ties.
  std::vector<std::pair<uint64_t, uint32_t>> best_country(held.size(), {0, UINT32_MAX});
  for (const BulkLinks::Link& l : links) {
    const std::string& type = kinds[l.kind].first;
    if (type != relation::kAffiliatedWith && type != relation::kLocatedIn) continue;
    if (held[l.target].type != NodeType::kCountry) continue;
    auto& best = best_country[l.source];
    if (best.second == UINT32_MAX || l.weight > best.first) best = {l.weight, l.target};
  }

  for (uint32_t v = 0; v < held.size(); ++v) {
    HeldEntity& h = held[v];
    if (best_country[v].second != UINT32_MAX) {
      if (!h.rest) h.rest = std::make_unique<Entity>();
      h.rest->country = held[best_country[v].second].id;
    }
    if (h.rest) h.rest->label = derive_label(h);
  }
  release(best_country);
  KnowledgeGraph graph;
  KnowledgeGraph::Impl& out = *graph.impl_;
  {
    std::vector<std::pair<uint32_t, uint32_t>> ends;
    ends.reserve(links.size());
    for (const BulkLinks::Link& l : links) ends.emplace_back(l.source, l.target);
    out.graph = KnowledgeGraph::Impl::Graph(boost::edges_are_unsorted_multi_pass, ends.begin(), ends.end(),
                                            static_cast<KnowledgeGraph::NodeIndex>(held.size()));
  }
  out.sources.reserve(links.size());
  out.kind.reserve(links.size());
  out.weight.reserve(links.size());
  out.extras_of.reserve(links.size());
  for (const BulkLinks::Link& l : links) {
    out.sources.push_back(l.source);
    out.kind.push_back(l.kind);
    out.weight.push_back(l.weight);
    if (l.extras == BulkLinks::kNoExtras) {
      out.extras_of.push_back(KnowledgeGraph::Impl::kNoExtras);
    } else {
      out.extras_of.push_back(static_cast<uint32_t>(out.extras.size()));
      out.extras.push_back(std::move(bulk.extras[l.extras]));
    }
  }
  out.kinds = std::move(kinds);
  out.nodes = std::move(held);
  for (auto& [id, d] : in.documents) out.documents.push_back(std::move(d));
  out.attributes = std::move(in.attributes);
  impl_ = std::make_unique<Impl>();
  return graph;
}

}  // namespace newsgraph
