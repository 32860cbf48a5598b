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
//   - Communities: Louvain (igraph's C library) and networkx's modularity.
//   - Queries for the path and neighbors commands: nodes by name, the
//     shortest path, the nodes within D hops, a person's meetings, and
//     subgraphs to write them out.
//
// "networkx" below means the networkx of Debian 12 (2.8.8): the tests run it
// on the same graphs and compare every score.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "graph/graph.h"

namespace newsgraph::analyse {

// ---------------------------------------------------------------------------
// The simple undirected view

// Compressed adjacency of an undirected simple graph. Node i of the
// SimpleGraph is node i of the KnowledgeGraph it came from. neighbours of
// i: targets[offsets[i] .. offsets[i+1]), sorted, each with its weight.
// An edge {u, v} appears in the rows of both u and v; a self-loop appears
// once, in its node's own row.
struct SimpleGraph {
  std::vector<uint32_t> offsets;  // size node_count + 1
  std::vector<uint32_t> targets;
  std::vector<double> weights;
  size_t node_count() const { return offsets.empty() ? 0 : offsets.size() - 1; }
};

// The undirected simple view of a graph: what networkx gets from
// nx.Graph(G.to_undirected()) on our directed multigraph. Parallel edges and
// opposite directions collapse into one edge; self-loops are kept.
//
// The weight of a collapsed edge is the sum of the weights of the edges it
// stands for. networkx itself would keep the weight of only one of them (the
// last one it happens to see); we sum on purpose, so that two relations
// between the same pair count as much as one relation of weight 2.
SimpleGraph simple_undirected(const KnowledgeGraph& graph);

// Degree of `node` in the simple view as networkx counts it: a self-loop
// adds 2.
size_t degree(const SimpleGraph& graph, uint32_t node);
bool has_self_loop(const SimpleGraph& graph, uint32_t node);
// Edges of the simple view, self-loops included (networkx's number_of_edges).
size_t edge_count(const SimpleGraph& graph);

// ---------------------------------------------------------------------------
// Centrality

struct CentralityOptions {
  bool weighted = false;  // use edge weights where networkx does (as distances for shortest paths)
  // Worker threads for betweenness, closeness and harmonic (0: all cores).
  // Results never depend on it, to the bit.
  unsigned threads = 0;
  // Betweenness only: estimate from this many pivot sources chosen from
  // `seed` (0: exact). A sample of node_count or more is exact.
  size_t sample = 0;
  uint64_t seed = 0;
};

// The measure names of CONTRACT.md: degree, betweenness, closeness,
// harmonic, pagerank, eigenvector, kcore.
const std::vector<std::string>& centrality_measures();

// Scores of `measure` per node; kBadUsage for an unknown measure, kBadInput
// where networkx raises (eigenvector on an empty graph or without
// convergence). An empty graph gives an empty vector otherwise.
Result<std::vector<double>> centrality(const SimpleGraph& graph, std::string_view measure,
                                       const CentralityOptions& options = {});

// The measures one by one. Each says which networkx call it equals; those
// that have no weighted form in networkx ignore options.weighted.

// nx.degree_centrality: degree / (n - 1); 1 for every node when n <= 1.
std::vector<double> degree_centrality(const SimpleGraph& graph);

// nx.betweenness_centrality(normalized=True, weight=None or "weight"),
// exact, or estimated from options.sample pivots drawn with options.seed.
// Weighted, the estimate is networkx's k-sample one (the sum over the
// pivots scaled by n / k); unweighted, it is linear-scaled (Geisberger,
// Sanders and Schultes), unbiased too and much closer on the top nodes
// for the same k (betweenness.cpp says how, and its error bound).
std::vector<double> betweenness_centrality(const SimpleGraph& graph, const CentralityOptions& options = {});

// The pivots betweenness_centrality samples: `sample` distinct nodes out of
// `node_count`, sorted, a function of (node_count, sample, seed) only; all
// nodes when sample >= node_count.
std::vector<uint32_t> betweenness_pivots(size_t node_count, size_t sample, uint64_t seed);

// nx.closeness_centrality(wf_improved=True, distance=None or "weight").
std::vector<double> closeness_centrality(const SimpleGraph& graph, const CentralityOptions& options = {});

// nx.harmonic_centrality(distance=None or "weight").
std::vector<double> harmonic_centrality(const SimpleGraph& graph, const CentralityOptions& options = {});

// nx.pagerank(alpha=0.85, tol=1e-06, max_iter=100, weight=None or
// "weight"); dangling (isolated) nodes spread their rank uniformly, as in
// networkx. kBadInput if it does not converge (networkx raises).
inline constexpr double kPagerankAlpha = 0.85;
Result<std::vector<double>> pagerank(const SimpleGraph& graph, const CentralityOptions& options = {});

// nx.eigenvector_centrality(max_iter=100, tol=1e-06, weight=None or
// "weight"). kBadInput on an empty graph or without convergence in 100
// iterations (networkx raises for both).
Result<std::vector<double>> eigenvector_centrality(const SimpleGraph& graph, const CentralityOptions& options = {});

// nx.core_number, as a double per node. networkx refuses graphs with
// self-loops; we ignore them instead (the core number of the graph without
// its self-loops), so that a graph with one self-loop still has an answer.
std::vector<double> core_number(const SimpleGraph& graph);

// ---------------------------------------------------------------------------
// Ranking

struct Ranked {
  KnowledgeGraph::NodeIndex node;
  double score;
};
// Nodes of `graph` that pass `keep` (all when empty), best score first,
// ties by node id; at most `top` rows (0: all). `scores` is indexed by node
// (as every measure above returns it); nodes without a score are left out.
std::vector<Ranked> rank(const KnowledgeGraph& graph, const std::vector<double>& scores, size_t top,
                         const std::set<NodeType>& keep = {});

// ---------------------------------------------------------------------------
// Statistics

inline constexpr size_t kMostMentioned = 10;

struct DegreeSummary {  // over the nodes of the simple view, networkx degrees
  size_t min = 0, max = 0;
  double mean = 0, median = 0;  // median: mean of the two middle ones for an even count
};

struct MentionCount {
  KnowledgeGraph::NodeIndex node;
  uint64_t mentions;
};

// The first and last ISO date seen, in byte order (so "2016" < "2016-03" <
// "2016-03-24"); both empty when no valid date was seen. Empty and
// malformed dates are skipped.
struct DateRange {
  std::string first, last;
};

struct GraphStats {
  size_t nodes = 0;
  size_t edges = 0;          // relations of the graph as stored
  size_t simple_edges = 0;   // edges of the simple undirected view, self-loops included
  std::map<NodeType, size_t> nodes_by_type;      // only types present
  std::map<std::string, size_t> edges_by_type;   // by Relation::type
  size_t components = 0;          // connected components of the undirected view
  size_t largest_component = 0;   // nodes in the largest one
  double density = 0;             // nx.density of the simple view
  DegreeSummary degree;           // all zero for an empty graph
  // Top kMostMentioned nodes by Entity::mentions, most first, ties by id;
  // nodes never mentioned are left out.
  std::vector<MentionCount> most_mentioned;
  DateRange document_dates;  // DocumentInfo::date
  DateRange event_dates;     // Entity::date of event nodes
};

GraphStats compute_stats(const KnowledgeGraph& graph);

// ---------------------------------------------------------------------------
// Communities

struct CommunityOptions {
  bool weighted = false;  // use edge weights (networkx's weight="weight"); else every edge weighs 1
  double resolution = 1;  // networkx's and igraph's resolution; > 1 favours smaller communities
  uint64_t seed = 0;      // seeds igraph's random node order; the same seed gives the same communities
};

// Communities numbered 0, 1, ... by size, largest first, ties by smallest
// member (node index, so id order).
struct Communities {
  std::vector<uint32_t> membership;            // per node: its community
  std::vector<std::vector<uint32_t>> members;  // per community: its nodes, in node order
  double modularity = 0;                       // of this partition, as modularity() computes it
};

// Louvain communities of the simple view: igraph's
// igraph_community_multilevel (the level of highest modularity), with its
// random generator seeded from options.seed, so the result is a function of
// (graph, options) for a given igraph version. Calls are serialised (igraph
// keeps global state), so calling from several threads is safe but not
// parallel. A graph without edges (or whose edges all weigh 0) gives every
// node its own community and a modularity of NaN (networkx raises
// ZeroDivisionError; igraph returns NaN). kBadUsage for a negative or NaN
// resolution; kBadInput if igraph fails.
Result<Communities> louvain_communities(const SimpleGraph& graph, const CommunityOptions& options = {});

// networkx's community.modularity(G, partition, weight="weight" if
// options.weighted else None, resolution=options.resolution) for the
// partition `membership` (one community index per node). A self-loop adds
// its weight twice to its node's degree and once to its community's
// internal weight, as in networkx. NaN when the total weight is 0.
double modularity(const SimpleGraph& graph, const std::vector<uint32_t>& membership,
                  const CommunityOptions& options = {});

// ---------------------------------------------------------------------------
// Finding nodes by name (the path and neighbors commands)

// The nodes that `name` names, compared case-insensitively (Unicode case
// folding): the node whose id it is, else those whose label it is, else
// those that have it among their names (aliases). The first of these that
// finds anything decides, so a label beats another node's alias, and an id
// always names one node. In node order; empty when nothing matches.
std::vector<KnowledgeGraph::NodeIndex> find_nodes(const KnowledgeGraph& graph, std::string_view name);

// The one node `name` names; kBadInput when none does, or when several do,
// with a message that lists the candidates (id and label) so that the
// caller can name one by its id.
Result<KnowledgeGraph::NodeIndex> find_node(const KnowledgeGraph& graph, std::string_view name);

// ---------------------------------------------------------------------------
// Paths and neighbourhoods, in hops on the simple view

// A shortest path from `from` to `to`: its nodes, both ends included;
// {from} when from == to, empty when `to` cannot be reached. Of all
// shortest paths, the one whose sequence of node indices (so of ids) is
// smallest.
std::vector<uint32_t> shortest_path(const SimpleGraph& graph, uint32_t from, uint32_t to);

// A node within reach: its distance in hops from the centre and the node
// it is reached through (the neighbour one hop closer with the smallest
// index; the centre itself for hops 1, and for the centre).
struct Reached {
  uint32_t node;
  uint32_t hops;
  uint32_t via;
};
// The centre and every node at most `depth` hops from it, by hops, ties by
// node index; the centre comes first with hops 0.
std::vector<Reached> within_hops(const SimpleGraph& graph, uint32_t center, uint32_t depth);

// Relations between two nodes, either direction, in edge order (a == b:
// the node's self-loops).
std::vector<KnowledgeGraph::EdgeIndex> relations_between(const KnowledgeGraph& graph, KnowledgeGraph::NodeIndex a,
                                                         KnowledgeGraph::NodeIndex b);

// ---------------------------------------------------------------------------
// Meetings of one person (or any node that takes part in events)

struct Meeting {
  KnowledgeGraph::NodeIndex event;                 // kind meeting or phone_call
  std::vector<KnowledgeGraph::EdgeIndex> links;    // the node's participant links to it, in edge order
  std::vector<KnowledgeGraph::NodeIndex> others;   // the other participants, in node order
  std::optional<KnowledgeGraph::NodeIndex> place;  // the event's place, when it is a node of the graph
};

// The meetings and phone calls `node` is a participant of (participant
// links in either direction), by date (byte order of the ISO dates, undated
// last), ties by event id. Planned ones are included: see Entity::status.
std::vector<Meeting> meetings_of(const KnowledgeGraph& graph, KnowledgeGraph::NodeIndex node);

// ---------------------------------------------------------------------------
// Subgraphs (what the commands write out)

// The graph of `nodes` and those of `edges` whose ends are both among them,
// with the documents they cite (nodes' and edges' documents) and
// `attributes` as its graph attributes. Nodes and relations are copied
// unchanged; order of the arguments does not matter and repeats are
// ignored.
KnowledgeGraph subgraph(const KnowledgeGraph& graph, const std::vector<KnowledgeGraph::NodeIndex>& nodes,
                        const std::vector<KnowledgeGraph::EdgeIndex>& edges, const Attributes& attributes = {});

// A copy of `graph` in which node i carries the integer attribute `name` =
// values[i] (replacing any attribute of that name); `values` has one entry
// per node.
KnowledgeGraph with_node_attribute(const KnowledgeGraph& graph, const std::string& name,
                                   const std::vector<int64_t>& values);

}  // namespace newsgraph::analyse
