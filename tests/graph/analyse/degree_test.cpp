#include <catch2/catch.hpp>

#include "expect.h"
#include "graph/analyse/analyse.h"
#include "test_graphs.h"

using namespace newsgraph;
using namespace newsgraph::analyse;
using namespace newsgraph::analyse::testing;

TEST_CASE("degree centrality of small graphs by hand") {
  struct Case {
    const char* name;
    KnowledgeGraph graph;
    std::vector<double> expected;
  };
  Case cases[] = {
      {"path of 4", make_graph(4, {{0, 1}, {1, 2}, {2, 3}}), {1.0 / 3, 2.0 / 3, 2.0 / 3, 1.0 / 3}},
      {"parallel edges count once", make_graph(2, {{0, 1}, {1, 0}, {0, 1, 1, "other"}}), {1, 1}},
      {"a self-loop counts twice", make_graph(3, {{0, 0}, {0, 1}}), {1.5, 0.5, 0}},
      {"one node", make_graph(1, {}), {1}},
      {"empty", make_graph(0, {}), {}},
  };
  for (const auto& c : cases) {
    INFO(c.name);
    require_close(degree_centrality(simple_undirected(c.graph)), c.expected, 1e-15);
  }
}

TEST_CASE("degree centrality equals networkx's degree_centrality") {
  for (const auto& [name, graph] : reference_graphs()) {
    INFO(name);
    require_close(degree_centrality(simple_undirected(graph)), networkx(graph, "nx.degree_centrality(G)"), kExact);
  }
}
