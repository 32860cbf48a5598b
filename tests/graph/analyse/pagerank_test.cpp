#include <catch2/catch.hpp>

#include "expect.h"
#include "graph/analyse/analyse.h"
#include "test_graphs.h"

using namespace newsgraph;
using namespace newsgraph::analyse;
using namespace newsgraph::analyse::testing;

TEST_CASE("pagerank of small graphs by hand") {
  // Solutions of x = 0.15/n + 0.85 * sum over neighbours of x/deg; the power
  // iteration stops within about 1e-6 of them.
  struct Case {
    const char* name;
    KnowledgeGraph graph;
    std::vector<double> expected;
  };
  const double path_end = 0.0375 + 0.425 * (0.4625 / 1.425), path_middle = 0.4625 / 1.425;
  const double star_centre = 0.875 / 1.85, star_leaf = (1 - 0.875 / 1.85) / 5;
  Case cases[] = {
      {"path of 4", make_graph(4, {{0, 1}, {1, 2}, {2, 3}}), {path_end, path_middle, path_middle, path_end}},
      {"star of 6", make_graph(6, {{0, 1}, {0, 2}, {0, 3}, {0, 4}, {0, 5}}),
       {star_centre, star_leaf, star_leaf, star_leaf, star_leaf, star_leaf}},
      {"isolated nodes share evenly", make_graph(3, {}), {1.0 / 3, 1.0 / 3, 1.0 / 3}},
      {"one node", make_graph(1, {}), {1}},
  };
  for (const auto& c : cases) {
    INFO(c.name);
    auto ranks = pagerank(simple_undirected(c.graph));
    REQUIRE(ranks.ok());
    require_close(ranks.value(), c.expected, 1e-5);
  }
}

TEST_CASE("pagerank of an empty graph is empty, as in networkx") {
  auto ranks = pagerank(simple_undirected(make_graph(0, {})));
  REQUIRE(ranks.ok());
  CHECK(ranks.value().empty());
}

TEST_CASE("pagerank equals networkx's pagerank, unweighted and weighted") {
  for (const auto& [name, graph] : reference_graphs()) {
    INFO(name);
    SimpleGraph s = simple_undirected(graph);
    auto answers = networkx_each(graph, {"nx.pagerank(G, alpha=0.85, tol=1e-06, max_iter=100, weight=None)",
                                    "nx.pagerank(G, alpha=0.85, tol=1e-06, max_iter=100, weight='weight')"});
    CentralityOptions options;
    auto unweighted = pagerank(s, options);
    REQUIRE(unweighted.ok());
    require_close(unweighted.value(), answers[0], kIterative);
    options.weighted = true;
    auto weighted = pagerank(s, options);
    REQUIRE(weighted.ok());
    require_close(weighted.value(), answers[1], kIterative);
  }
}
