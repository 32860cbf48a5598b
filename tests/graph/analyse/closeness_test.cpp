#include <catch2/catch.hpp>

#include "expect.h"
#include "graph/analyse/analyse.h"
#include "test_graphs.h"

using namespace newsgraph;
using namespace newsgraph::analyse;
using namespace newsgraph::analyse::testing;

TEST_CASE("closeness of small graphs by hand") {
  KnowledgeGraph square = make_graph(4, {{0, 1}, {1, 2}, {2, 3}, {3, 0, 5}});
  CentralityOptions weighted;
  weighted.weighted = true;
  struct Case {
    const char* name;
    KnowledgeGraph graph;
    CentralityOptions options;
    std::vector<double> expected;
  };
  Case cases[] = {
      {"path of 4", make_graph(4, {{0, 1}, {1, 2}, {2, 3}}), {}, {0.5, 0.75, 0.75, 0.5}},
      {"star of 6", make_graph(6, {{0, 1}, {0, 2}, {0, 3}, {0, 4}, {0, 5}}), {}, {1, 5.0 / 9, 5.0 / 9, 5.0 / 9, 5.0 / 9, 5.0 / 9}},
      // node 0 reaches 1 node of 3 others at distance 1: (1/1) * (1/3).
      {"an edge and two isolated nodes", make_graph(4, {{0, 1}}), {}, {1.0 / 3, 1.0 / 3, 0, 0}},
      // weighted, from 0: 1, 2, 3 round the light side.
      {"square, weighted", square, weighted, {3.0 / 6, 3.0 / 4, 3.0 / 4, 3.0 / 6}},
      {"one node", make_graph(1, {}), {}, {0}},
      {"empty", make_graph(0, {}), {}, {}},
  };
  for (const auto& c : cases) {
    INFO(c.name);
    require_close(closeness_centrality(simple_undirected(c.graph), c.options), c.expected, 1e-15);
  }
}

TEST_CASE("closeness equals networkx's closeness_centrality, unweighted and weighted") {
  for (const auto& [name, graph] : reference_graphs()) {
    INFO(name);
    SimpleGraph s = simple_undirected(graph);
    auto answers = networkx_each(graph, {"nx.closeness_centrality(G, wf_improved=True)",
                                    "nx.closeness_centrality(G, distance='weight', wf_improved=True)"});
    CentralityOptions options;
    require_close(closeness_centrality(s, options), answers[0], kExact);
    options.weighted = true;
    require_close(closeness_centrality(s, options), answers[1], kExact);
  }
}

TEST_CASE("closeness does not depend on the thread count, to the bit") {
  SimpleGraph s = simple_undirected(reference_graph("random 300 (seed 1)"));
  for (bool weigh : {false, true}) {
    CentralityOptions options;
    options.weighted = weigh;
    options.threads = 1;
    std::vector<double> one = closeness_centrality(s, options);
    for (unsigned threads : {2u, 7u}) {
      options.threads = threads;
      CHECK(same_bits(closeness_centrality(s, options), one));
    }
  }
}
