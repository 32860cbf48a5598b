// graph/analyse: analyses over a KnowledgeGraph, as free functions that
// return plain vectors (one score per node, indexed like the graph).
//
// What this header offers:
//   - SimpleGraph: the undirected simple view that centrality runs on
//     (CONTRACT.md): parallel edges collapsed, directions dropped, self-loops
//     kept as networkx keeps them.
//   - Centrality measures equal to networkx's on the same graph, with
//     networkx's defaults.
//   - ranking: scores to rows, best first, ties by node id.
//   - Stats: counts, components, density and degrees of a graph.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "graph/graph.h"

namespace newsgraph::analyse {

// Compressed adjacency of an undirected simple graph. Node i of the
// SimpleGraph is node i of the KnowledgeGraph it came from. neighbours of
// i: targets[offsets[i] .. offsets[i+1]), sorted, each with its weight.
struct SimpleGraph {
  std::vector<uint32_t> offsets;  // size node_count + 1
  std::vector<uint32_t> targets;
  std::vector<double> weights;
  size_t node_count() const { return offsets.empty() ? 0 : offsets.size() - 1; }
};

// The undirected simple view of a graph. The weight of a collapsed edge is
// the sum of the weights of the edges it stands for.
SimpleGraph simple_undirected(const KnowledgeGraph& graph);

struct CentralityOptions {
  bool weighted = false;  // use edge weights where networkx does (as distances for shortest paths)
};

// The measure names of CONTRACT.md: degree, betweenness, closeness,
// harmonic, pagerank, eigenvector, kcore.
const std::vector<std::string>& centrality_measures();

// Scores of `measure` per node; kBadUsage for an unknown measure.
Result<std::vector<double>> centrality(const SimpleGraph& graph, std::string_view measure,
                                       const CentralityOptions& options = {});

struct Ranked {
  KnowledgeGraph::NodeIndex node;
  double score;
};
// Nodes of `graph` that pass `keep` (all when empty), best score first,
// ties by node id; at most `top` rows (0: all).
std::vector<Ranked> rank(const KnowledgeGraph& graph, const std::vector<double>& scores, size_t top,
                         const std::set<NodeType>& keep = {});

}  // namespace newsgraph::analyse
