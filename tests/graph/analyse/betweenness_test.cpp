#include <catch2/catch.hpp>

#include <set>

#include "expect.h"
#include "graph/analyse/analyse.h"
#include "test_graphs.h"

using namespace newsgraph;
using namespace newsgraph::analyse;
using namespace newsgraph::analyse::testing;

namespace {

CentralityOptions weighted(bool on) {
  CentralityOptions options;
  options.weighted = on;
  return options;
}

std::string python_list(const std::vector<uint32_t>& values) {
  std::string out = "[";
  for (uint32_t v : values) out += std::to_string(v) + ",";
  return out + "]";
}

}  // namespace

TEST_CASE("betweenness of small graphs by hand") {
  // A square whose edge 3-0 is heavy: weighted, the shortest paths go round
  // the other way.
  KnowledgeGraph square = make_graph(4, {{0, 1}, {1, 2}, {2, 3}, {3, 0, 5}});
  struct Case {
    const char* name;
    KnowledgeGraph graph;
    bool weighted;
    std::vector<double> expected;
  };
  Case cases[] = {
      {"path of 4", make_graph(4, {{0, 1}, {1, 2}, {2, 3}}), false, {0, 2.0 / 3, 2.0 / 3, 0}},
      {"star of 6", make_graph(6, {{0, 1}, {0, 2}, {0, 3}, {0, 4}, {0, 5}}), false, {1, 0, 0, 0, 0, 0}},
      {"square", square, false, {1.0 / 6, 1.0 / 6, 1.0 / 6, 1.0 / 6}},
      {"square, weighted", square, true, {0, 2.0 / 3, 2.0 / 3, 0}},
      {"two nodes (no rescaling)", make_graph(2, {{0, 1}}), false, {0, 0}},
      {"one node", make_graph(1, {}), false, {0}},
      {"empty", make_graph(0, {}), false, {}},
  };
  for (const auto& c : cases) {
    INFO(c.name);
    require_close(betweenness_centrality(simple_undirected(c.graph), weighted(c.weighted)), c.expected, 1e-15);
  }
}

TEST_CASE("betweenness equals networkx's betweenness_centrality, unweighted and weighted") {
  for (const auto& [name, graph] : reference_graphs()) {
    INFO(name);
    SimpleGraph s = simple_undirected(graph);
    auto answers = networkx_each(graph, {"nx.betweenness_centrality(G, normalized=True)",
                                    "nx.betweenness_centrality(G, normalized=True, weight='weight')"});
    require_close(betweenness_centrality(s, weighted(false)), answers[0], kExact);
    require_close(betweenness_centrality(s, weighted(true)), answers[1], kExact);
  }
}

TEST_CASE("weighted betweenness follows networkx through zero-weight edges") {
  // networkx's Dijkstra counts paths oddly across zero-weight edges (and
  // self-loops); given the same neighbour order, the numbers still agree.
  KnowledgeGraph g = make_graph(7, {{0, 1, 0}, {1, 2, 1}, {0, 2, 1}, {2, 3, 0}, {3, 3, 0}, {3, 4, 2}, {4, 5, 0}, {5, 6, 1}, {2, 6, 3}});
  require_close(betweenness_centrality(simple_undirected(g), weighted(true)),
                networkx(g, "nx.betweenness_centrality(G, weight='weight')"), kExact);
}

TEST_CASE("unweighted betweenness equals networkx where the search changes direction and runs past 255 levels") {
  // A broom: a handle of 300 nodes, a hub with 400 leaves (wide levels,
  // which the search crosses bottom-up), each leaf joined to one of 10
  // collectors (many shortest paths of equal length), the collectors to a
  // second path of 300 (narrow levels again, top-down). Ends are about 600
  // hops apart, so levels wrap around modulo 255. A self-loop, a triangle
  // and an isolated node come on top.
  std::vector<EdgeSpec> edges;
  for (uint32_t i = 0; i < 300; ++i) edges.push_back({i, i + 1});  // 0 .. 300, 300 the hub
  for (uint32_t leaf = 301; leaf <= 700; ++leaf) {
    edges.push_back({300, leaf});
    edges.push_back({leaf, 701 + leaf % 10});
  }
  for (uint32_t collector = 701; collector <= 710; ++collector) edges.push_back({collector, 711});
  for (uint32_t i = 711; i < 1010; ++i) edges.push_back({i, i + 1});
  edges.push_back({5, 5});
  edges.push_back({1011, 1012});
  edges.push_back({1012, 1013});
  edges.push_back({1013, 1011});
  KnowledgeGraph broom = make_graph(1015, edges);
  SimpleGraph s = simple_undirected(broom);
  require_close(betweenness_centrality(s, weighted(false)), networkx(broom, "nx.betweenness_centrality(G)"), kExact);
  CentralityOptions sampled;
  sampled.sample = 60;
  sampled.seed = 3;
  require_close(betweenness_centrality(s, sampled),
                networkx(broom, "linear_betweenness_from(G, " + python_list(betweenness_pivots(1015, 60, 3)) + ")"),
                kExact);
}

TEST_CASE("betweenness does not depend on the thread count, to the bit") {
  const KnowledgeGraph& graph = reference_graph("random 300 (seed 1)");
  SimpleGraph s = simple_undirected(graph);
  for (bool weigh : {false, true})
    for (size_t sample : {size_t{0}, size_t{40}}) {
      INFO("weighted " << weigh << ", sample " << sample);
      CentralityOptions options;
      options.weighted = weigh;
      options.sample = sample;
      options.seed = 17;
      options.threads = 1;
      std::vector<double> one = betweenness_centrality(s, options);
      options.threads = 2;
      std::vector<double> two = betweenness_centrality(s, options);
      options.threads = 7;
      std::vector<double> seven = betweenness_centrality(s, options);
      options.threads = 0;
      std::vector<double> all = betweenness_centrality(s, options);
      CHECK(same_bits(one, two));
      CHECK(same_bits(one, seven));
      CHECK(same_bits(one, all));
    }
}

TEST_CASE("betweenness pivots are a deterministic sample without replacement") {
  std::vector<uint32_t> pivots = betweenness_pivots(300, 40, 17);
  CHECK(pivots.size() == 40);
  CHECK(std::is_sorted(pivots.begin(), pivots.end()));
  CHECK(std::set<uint32_t>(pivots.begin(), pivots.end()).size() == 40);
  CHECK(pivots.back() < 300);
  CHECK(pivots == betweenness_pivots(300, 40, 17));
  CHECK(pivots != betweenness_pivots(300, 40, 18));
  CHECK(betweenness_pivots(5, 5, 1) == std::vector<uint32_t>{0, 1, 2, 3, 4});
  CHECK(betweenness_pivots(5, 9, 1) == std::vector<uint32_t>{0, 1, 2, 3, 4});
  CHECK(betweenness_pivots(0, 3, 1).empty());
}

TEST_CASE("sampled betweenness is linear-scaled unweighted and networkx's k-sample estimate weighted, on the same pivots") {
  for (std::string name : {"random 300 (seed 1)", "random sparse 300 (seed 3)"}) {
    INFO(name);
    const KnowledgeGraph& graph = reference_graph(name);
    SimpleGraph s = simple_undirected(graph);
    CentralityOptions options;
    options.sample = 40;
    options.seed = 5;
    std::string pivots = python_list(betweenness_pivots(s.node_count(), options.sample, options.seed));
    auto answers = networkx_each(graph, {"linear_betweenness_from(G, " + pivots + ")",
                                         "betweenness_from(G, " + pivots + ", 'weight')",
                                         "linear_betweenness_from(G, list(G))", "nx.betweenness_centrality(G)"});
    require_close(betweenness_centrality(s, options), answers[0], kExact);
    options.weighted = true;
    require_close(betweenness_centrality(s, options), answers[1], kExact);
    // The reference estimator is unbiased where it counts: over every node
    // as a pivot it is networkx's exact betweenness.
    REQUIRE(answers[2].ok());
    require_close(answers[2].values, answers[3], kExact);
  }
}

TEST_CASE("a sample of every node is the exact betweenness") {
  SimpleGraph s = simple_undirected(reference_graph("random 300 (seed 2)"));
  CentralityOptions options;
  std::vector<double> exact = betweenness_centrality(s, options);
  options.sample = s.node_count();
  CHECK(same_bits(betweenness_centrality(s, options), exact));
  options.sample = s.node_count() + 5;
  CHECK(same_bits(betweenness_centrality(s, options), exact));
}
