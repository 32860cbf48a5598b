#include <catch2/catch.hpp>

#include "expect.h"
#include "graph/analyse/analyse.h"
#include "test_graphs.h"

using namespace newsgraph;
using namespace newsgraph::analyse;
using namespace newsgraph::analyse::testing;

namespace {

// The adjacency as (node, neighbour, weight) triples, row by row.
std::vector<double> triples(const SimpleGraph& g) {
  std::vector<double> out;
  for (uint32_t v = 0; v < g.node_count(); ++v)
    for (uint32_t i = g.offsets[v]; i < g.offsets[v + 1]; ++i) {
      out.push_back(v);
      out.push_back(g.targets[i]);
      out.push_back(g.weights[i]);
    }
  return out;
}

}  // namespace

TEST_CASE("simple_undirected collapses directions and parallel edges, summing weights") {
  // 0->1 (2), 1->0 (3), 0->1 of another type (4), 1->2 (1), 2->2 (5).
  KnowledgeGraph g = make_graph(4, {{0, 1, 2}, {1, 0, 3}, {0, 1, 4, "other"}, {1, 2, 1}, {2, 2, 5}});
  SimpleGraph s = simple_undirected(g);
  CHECK(s.node_count() == 4);
  CHECK(s.offsets == std::vector<uint32_t>{0, 1, 3, 5, 5});
  CHECK(s.targets == std::vector<uint32_t>{1, 0, 2, 1, 2});
  CHECK(s.weights == std::vector<double>{9, 9, 1, 1, 5});
  CHECK(degree(s, 0) == 1);
  CHECK(degree(s, 1) == 2);
  CHECK(degree(s, 2) == 3);  // a self-loop counts twice, as in networkx
  CHECK(degree(s, 3) == 0);
  CHECK(has_self_loop(s, 2));
  CHECK_FALSE(has_self_loop(s, 1));
  CHECK(edge_count(s) == 3);
}

TEST_CASE("simple_undirected of an empty graph has no nodes") {
  SimpleGraph s = simple_undirected(make_graph(0, {}));
  CHECK(s.node_count() == 0);
  CHECK(s.targets.empty());
  CHECK(edge_count(s) == 0);
}

TEST_CASE("simple_undirected is networkx's nx.Graph(G.to_undirected()) with summed weights") {
  for (const auto& [name, graph] : reference_graphs()) {
    INFO(name);
    SimpleGraph s = simple_undirected(graph);
    auto answers = networkx_each(graph, {"[x for u in sorted(G) for v in sorted(G[u]) for x in (u, v, G[u][v]['weight'])]",
                                    "dict(G.degree())", "[G.number_of_edges()]"});
    require_close(triples(s), answers[0], 0);
    std::vector<double> degrees;
    for (uint32_t v = 0; v < s.node_count(); ++v) degrees.push_back(static_cast<double>(degree(s, v)));
    require_close(degrees, answers[1], 0);
    require_close({static_cast<double>(edge_count(s))}, answers[2], 0);
  }
}
