#include <catch2/catch.hpp>

#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <fstream>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <thread>

#include "expect.h"
#include "graph/analyse/analyse.h"
#include "test_graphs.h"

using namespace newsgraph;
using namespace newsgraph::analyse;
using namespace newsgraph::analyse::testing;

namespace {

// Every pair of nodes in [first, first + size).
void add_clique(std::vector<EdgeSpec>& edges, uint32_t first, uint32_t size) {
  for (uint32_t a = first; a < first + size; ++a)
    for (uint32_t b = a + 1; b < first + size; ++b) edges.push_back({a, b});
}

// Cliques of the given sizes, numbered in order, each joined to the next by
// one edge (and the last to the first when `ring`).
KnowledgeGraph cliques(const std::vector<uint32_t>& sizes, bool ring) {
  std::vector<EdgeSpec> edges;
  uint32_t first = 0;
  std::vector<uint32_t> firsts;
  for (uint32_t size : sizes) {
    add_clique(edges, first, size);
    firsts.push_back(first);
    first += size;
  }
  for (size_t i = 0; i + 1 < sizes.size(); ++i) edges.push_back({firsts[i] + sizes[i] - 1, firsts[i + 1]});
  if (ring && sizes.size() > 2) edges.push_back({first - 1, 0});
  return make_graph(first, edges);
}

CommunityOptions weighted(bool on, double resolution = 1) {
  CommunityOptions o;
  o.weighted = on;
  o.resolution = resolution;
  return o;
}

// networkx's partition literal for a membership vector: [[...], [...]].
std::string partition_literal(const std::vector<uint32_t>& membership) {
  uint32_t count = 0;
  for (uint32_t c : membership) count = std::max(count, c + 1);
  std::vector<std::string> parts(count);
  for (uint32_t v = 0; v < membership.size(); ++v) parts[membership[v]] += std::to_string(v) + ",";
  std::string out = "[";
  for (const auto& p : parts) out += "[" + p + "],";
  return out + "]";
}

std::string membership_literal(const std::vector<uint32_t>& membership) {
  std::string out = "[";
  for (uint32_t c : membership) out += std::to_string(c) + ",";
  return out + "]";
}

struct PipeCloser {
  void operator()(FILE* f) const { pclose(f); }
};

// python-igraph's value of each expression on the simple view of `graph`
// (igraph_reference.py), in one run of Python.
std::vector<double> igraph_python(const KnowledgeGraph& graph, const std::vector<std::string>& expressions) {
  char graph_path[] = "/tmp/newsgraph_communities_XXXXXX";
  char expressions_path[] = "/tmp/newsgraph_communities_XXXXXX";
  for (char* path : {graph_path, expressions_path}) {
    int fd = mkstemp(path);
    if (fd < 0) throw std::runtime_error("cannot create a temporary file");
    close(fd);
  }
  {
    std::ofstream out(graph_path);
    out << graph.node_count() << "\n";
    for (KnowledgeGraph::EdgeIndex e = 0; e < graph.edge_count(); ++e)
      out << graph.source(e) << " " << graph.target(e) << " " << graph.edge(e).weight << "\n";
  }
  {
    std::ofstream out(expressions_path);
    for (const auto& expression : expressions) out << expression << "\n";
  }
  const std::string command = std::string(NEWSGRAPH_PYTHON) + " " NEWSGRAPH_SOURCE_DIR
                              "/tests/graph/analyse/igraph_reference.py " + graph_path + " " + expressions_path;
  std::string output;
  {
    std::unique_ptr<FILE, PipeCloser> pipe(popen(command.c_str(), "r"));
    if (!pipe) throw std::runtime_error("cannot run " + command);
    char buffer[4096];
    for (size_t got; (got = fread(buffer, 1, sizeof buffer, pipe.get())) > 0;) output.append(buffer, got);
  }
  std::remove(graph_path);
  std::remove(expressions_path);
  std::vector<double> values;
  std::istringstream lines(output);
  for (std::string line; std::getline(lines, line);) values.push_back(std::strtod(line.c_str(), nullptr));
  if (values.size() != expressions.size())
    throw std::runtime_error("igraph_reference.py answered " + std::to_string(values.size()) + " of " +
                             std::to_string(expressions.size()) + " expressions");
  return values;
}

}  // namespace

TEST_CASE("louvain finds two cliques joined by an edge, numbered by size then smallest member") {
  struct Case {
    const char* name;
    std::vector<uint32_t> sizes;
    std::vector<uint32_t> membership;
  };
  const Case cases[] = {
      {"K5 - K5", {5, 5}, {0, 0, 0, 0, 0, 1, 1, 1, 1, 1}},
      {"K4 - K6: the larger first", {4, 6}, {1, 1, 1, 1, 0, 0, 0, 0, 0, 0}},
      {"K6 - K4", {6, 4}, {0, 0, 0, 0, 0, 0, 1, 1, 1, 1}},
  };
  for (const auto& c : cases) {
    INFO(c.name);
    KnowledgeGraph g = cliques(c.sizes, false);
    for (uint64_t seed : {0, 1, 42}) {
      INFO("seed " << seed);
      CommunityOptions options;
      options.seed = seed;
      Result<Communities> found = louvain_communities(simple_undirected(g), options);
      REQUIRE(found.ok());
      CHECK(found.value().membership == c.membership);
      REQUIRE(found.value().members.size() == 2);
      for (uint32_t id = 0; id < 2; ++id)
        for (uint32_t v : found.value().members[id]) CHECK(c.membership[v] == id);
    }
  }
  // Two K5 joined by one edge: m = 21, each side 10 edges inside and degree
  // sum 21, so Q = 2 * (10/21 - (21/42)^2) = 20/21 - 1/2.
  Result<Communities> k5 = louvain_communities(simple_undirected(cliques({5, 5}, false)));
  REQUIRE(k5.ok());
  CHECK(std::abs(k5.value().modularity - (20.0 / 21 - 0.5)) < 1e-15);
}

TEST_CASE("louvain's modularity equals networkx's community.modularity for the partition found") {
  for (const auto& [name, graph] : reference_graphs()) {
    if (graph.edge_count() == 0) continue;  // networkx divides by zero; see the edgeless case below
    std::vector<double> ours;
    std::vector<std::string> expressions;
    for (bool weigh : {false, true}) {
      Result<Communities> found = louvain_communities(simple_undirected(graph), weighted(weigh));
      REQUIRE(found.ok());
      ours.push_back(found.value().modularity);
      expressions.push_back("[nx.community.modularity(G, " + partition_literal(found.value().membership) +
                            ", weight=" + (weigh ? "'weight'" : "None") + ")]");
    }
    std::vector<NetworkxAnswer> answers = networkx_each(graph, expressions);
    for (size_t i = 0; i < ours.size(); ++i) {
      INFO(name << ": " << expressions[i]);
      require_close({ours[i]}, answers[i], kExact);
    }
  }
  KnowledgeGraph two = cliques({5, 5}, false);
  Result<Communities> found = louvain_communities(simple_undirected(two));
  REQUIRE(found.ok());
  require_close({found.value().modularity},
                networkx(two, "[nx.community.modularity(G, " + partition_literal(found.value().membership) + ")]"),
                kExact);
}

TEST_CASE("python-igraph's community_multilevel reaches the same modularity") {
  struct Case {
    const char* name;
    KnowledgeGraph graph;
  };
  const Case cases[] = {
      {"K5 - K5", cliques({5, 5}, false)},
      {"K4 - K6", cliques({4, 6}, false)},
      {"ring of six K5", cliques({5, 5, 5, 5, 5, 5}, true)},
  };
  for (const auto& c : cases) {
    INFO(c.name);
    Result<Communities> found = louvain_communities(simple_undirected(c.graph));
    REQUIRE(found.ok());
    const double theirs = igraph_python(c.graph, {"g.community_multilevel().modularity"}).front();
    CHECK(std::abs(found.value().modularity - theirs) <= kExact);
  }
  // A ring of cliques: Louvain keeps each clique whole.
  Result<Communities> ring = louvain_communities(simple_undirected(cliques({5, 5, 5, 5, 5, 5}, true)));
  REQUIRE(ring.ok());
  for (uint32_t v = 0; v < 30; ++v) CHECK(ring.value().membership[v] == v / 5);
}

TEST_CASE("modularity equals networkx's and igraph's for given partitions") {
  for (const auto& [name, graph] : reference_graphs()) {
    if (graph.edge_count() == 0) continue;
    SimpleGraph s = simple_undirected(graph);
    std::vector<uint32_t> thirds(graph.node_count());
    for (uint32_t v = 0; v < thirds.size(); ++v) thirds[v] = v % 3;
    std::vector<double> ours;
    std::vector<std::string> nx_expressions, ig_expressions;
    for (bool weigh : {false, true})
      for (const char* resolution : {"1.0", "0.5", "2.0"}) {
        ours.push_back(modularity(s, thirds, weighted(weigh, std::strtod(resolution, nullptr))));
        nx_expressions.push_back("[nx.community.modularity(G, " + partition_literal(thirds) + ", weight=" +
                                 (weigh ? "'weight'" : "None") + ", resolution=" + resolution + ")]");
        ig_expressions.push_back("ig.GraphBase.modularity(g, " + membership_literal(thirds) + ", " +
                                 (weigh ? "'weight'" : "None") + ", " + resolution + ")");
      }
    std::vector<NetworkxAnswer> nx_answers = networkx_each(graph, nx_expressions);
    for (size_t i = 0; i < ours.size(); ++i) {
      INFO(name << ": " << nx_expressions[i]);
      require_close({ours[i]}, nx_answers[i], kExact);
    }
    // igraph takes a second to load: a few graphs with self-loops and sums of weights do.
    if (name != "self-loops" && name != "parallel and opposite relations" && name != "random 300 (seed 1)") continue;
    std::vector<double> ig_answers = igraph_python(graph, ig_expressions);
    for (size_t i = 0; i < ours.size(); ++i) {
      INFO(name << ": " << ig_expressions[i]);
      CHECK(std::abs(ours[i] - ig_answers[i]) <= kExact);
    }
  }
}

TEST_CASE("the same seed gives the same communities, from any thread") {
  const KnowledgeGraph& graph = reference_graph("random 300 (seed 1)");
  SimpleGraph s = simple_undirected(graph);
  for (uint64_t seed : {0, 7}) {
    CommunityOptions options;
    options.seed = seed;
    Result<Communities> first = louvain_communities(s, options);
    REQUIRE(first.ok());
    Result<Communities> again = louvain_communities(s, options);
    REQUIRE(again.ok());
    CHECK(again.value().membership == first.value().membership);
    CHECK(same_bits({again.value().modularity}, {first.value().modularity}));

    // Four calls at once: igraph's global state is serialised, so each
    // still gets the answer of a call alone.
    std::vector<std::vector<uint32_t>> concurrent(4);
    std::vector<std::thread> threads;
    for (auto& out : concurrent)
      threads.emplace_back([&s, &options, &out] {
        Result<Communities> c = louvain_communities(s, options);
        if (c.ok()) out = c.value().membership;
      });
    for (auto& t : threads) t.join();
    for (const auto& membership : concurrent) CHECK(membership == first.value().membership);
  }
}

TEST_CASE("edgeless graphs: singletons in node order, modularity NaN") {
  for (size_t n : {0, 1, 3}) {
    INFO(n << " nodes");
    Result<Communities> found = louvain_communities(simple_undirected(make_graph(n, {})));
    REQUIRE(found.ok());
    CHECK(found.value().membership.size() == n);
    for (uint32_t v = 0; v < n; ++v) {
      CHECK(found.value().membership[v] == v);
      CHECK(found.value().members[v] == std::vector<uint32_t>{v});
    }
    CHECK(std::isnan(found.value().modularity));
  }
  // networkx refuses them (it divides by zero); so do we, with NaN.
  CHECK_FALSE(networkx(make_graph(3, {}), "[nx.community.modularity(G, [[0], [1], [2]])]").ok());
  // All edges of weight 0, weighted.
  Result<Communities> zero = louvain_communities(simple_undirected(make_graph(2, {{0, 1, 0}})), weighted(true));
  REQUIRE(zero.ok());
  CHECK(std::isnan(zero.value().modularity));
}

TEST_CASE("isolated nodes come after the larger communities, in node order") {
  // Nodes 0 and 5 are isolated; 1-4 is a K4.
  std::vector<EdgeSpec> edges;
  add_clique(edges, 1, 4);
  Result<Communities> found = louvain_communities(simple_undirected(make_graph(6, edges)));
  REQUIRE(found.ok());
  CHECK(found.value().membership == std::vector<uint32_t>{1, 0, 0, 0, 0, 2});
}

TEST_CASE("a negative or NaN resolution is bad usage") {
  SimpleGraph s = simple_undirected(cliques({5, 5}, false));
  for (double resolution : {-1.0, std::nan("")}) {
    Result<Communities> found = louvain_communities(s, weighted(false, resolution));
    REQUIRE_FALSE(found.ok());
    CHECK(found.status().code() == Status::Code::kBadUsage);
  }
}
