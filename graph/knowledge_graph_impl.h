// Internal to graph/: the Boost.Graph store behind KnowledgeGraph, shared by
// knowledge_graph.cpp (reading) and graph_builder.cpp (building). Not part
// of the public interface; include graph/graph.h instead.
#pragma once

#include <boost/graph/adjacency_list.hpp>

#include "graph/graph.h"

namespace newsgraph {

struct EdgeData {
  KnowledgeGraph::EdgeIndex index = 0;
  Relation relation;
};

struct KnowledgeGraph::Impl {
  // vecS vertices: a vertex descriptor is the node's index in id order.
  // vecS out-edge lists keep insertion order, and edges are inserted in
  // canonical order, so out_edges() come out sorted without extra work.
  using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, Entity, EdgeData>;
  using EdgeDescriptor = Graph::edge_descriptor;

  // adjacency_list can be neither moved nor swapped without copies (Boost
  // 1.74's swap makes three), so a graph of n vertices is made in place.
  explicit Impl(size_t vertices = 0) : graph(vertices) {}

  Graph graph;
  std::vector<EdgeDescriptor> edges;  // by EdgeIndex
  std::vector<DocumentInfo> documents;
  Attributes attributes;

  // Edge descriptors point into the graph they came from: recompute them
  // after copying the graph.
  void reindex_edges();
};

}  // namespace newsgraph
