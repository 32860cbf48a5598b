// Internal to graph/: the Boost.Graph store behind KnowledgeGraph, shared by
// knowledge_graph.cpp (reading) and graph_builder.cpp (building). Not part
// of the public interface; include graph/graph.h instead.
#pragma once

#include <memory>

#include <boost/graph/compressed_sparse_row_graph.hpp>

#include "graph/graph.h"

namespace newsgraph {

// An entity as the builder and the graph hold it. Most nodes of a big graph
// file have nothing but an id and a type: so held, they take 48 bytes,
// where an Entity takes 488. KnowledgeGraph::node() makes the Entity.
struct HeldEntity {
  std::string id;
  std::unique_ptr<Entity> rest;  // everything else, when there is more; its id and type are unset
  NodeType type = NodeType::kEntity;

  HeldEntity() = default;
  HeldEntity(std::string id_, std::unique_ptr<Entity> rest_, NodeType type_)
      : id(std::move(id_)), rest(std::move(rest_)), type(type_) {}
  HeldEntity(HeldEntity&&) noexcept = default;
  HeldEntity& operator=(HeldEntity&&) noexcept = default;
  HeldEntity(const HeldEntity& o)
      : id(o.id), rest(o.rest ? std::make_unique<Entity>(*o.rest) : nullptr), type(o.type) {}
  HeldEntity& operator=(const HeldEntity& o) { return *this = HeldEntity(o); }
};

// The graph is immutable once built, so its structure is a compressed
// sparse row graph: a few bytes per edge where adjacency_list spends about
// a hundred (a list node per edge and two growing vectors per vertex).
// Nodes (as HeldEntity) and relations (in columns) live in plain vectors
// beside it, so that building a graph moves them in whole and reading one
// is an index.
//
// Edges are added in canonical order, which is also source order (nodes
// are in id order and edges sort by source id first); CSR's counting sort
// is stable, so its edge index of an out-edge is our EdgeIndex, out-edges
// come out sorted, and so do in-edges (they are laid out by that index).
struct KnowledgeGraph::Impl {
  using Graph = boost::compressed_sparse_row_graph<boost::bidirectionalS, boost::no_property, boost::no_property,
                                                   boost::no_property, NodeIndex, EdgeIndex>;

  // An edge's `extras` when it has no roles, documents, evidence or
  // attributes.
  static constexpr uint32_t kNoExtras = UINT32_MAX;

  Graph graph;
  std::vector<HeldEntity> nodes;   // by NodeIndex; the label of one without `rest` is its id
  std::vector<NodeIndex> sources;  // by EdgeIndex: CSR keeps targets, not sources, per edge
  // Relations in columns, by EdgeIndex: endpoints are the graph's, type and
  // date an index into `kinds` (distinct pairs, sorted, so the index order
  // is their byte order), and what only some edges have in `extras` (its
  // Relations carry roles, documents, evidence and attributes alone).
  std::vector<uint32_t> kind;
  std::vector<uint64_t> weight;
  std::vector<uint32_t> extras_of;
  std::vector<std::pair<std::string, std::string>> kinds;  // (type, date)
  std::vector<Relation> extras;
  std::vector<DocumentInfo> documents;
  Attributes attributes;
};

}  // namespace newsgraph
