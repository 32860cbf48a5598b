// Internal to graph/: the Boost.Graph store behind KnowledgeGraph, shared by
// knowledge_graph.cpp (reading) and graph_builder.cpp (building). Not part
// of the public interface; include graph/graph.h instead.
#pragma once

#include <boost/graph/compressed_sparse_row_graph.hpp>

#include "graph/graph.h"

namespace newsgraph {

// The graph is immutable once built, so its structure is a compressed
// sparse row graph: a few bytes per edge where adjacency_list spends about
// a hundred (a list node per edge and two growing vectors per vertex).
// Nodes and relations live in plain vectors beside it, so that building a
// graph moves them in whole and reading one is an index.
//
// Edges are added in canonical order, which is also source order (nodes
// are in id order and edges sort by source id first); CSR's counting sort
// is stable, so its edge index of an out-edge is our EdgeIndex, out-edges
// come out sorted, and so do in-edges (they are laid out by that index).
struct KnowledgeGraph::Impl {
  using Graph = boost::compressed_sparse_row_graph<boost::bidirectionalS, boost::no_property, boost::no_property,
                                                   boost::no_property, NodeIndex, EdgeIndex>;

  Graph graph;
  std::vector<Entity> nodes;        // by NodeIndex
  std::vector<Relation> relations;  // by EdgeIndex
  std::vector<NodeIndex> sources;   // by EdgeIndex: CSR keeps targets, not sources, per edge
  std::vector<DocumentInfo> documents;
  Attributes attributes;
};

}  // namespace newsgraph
