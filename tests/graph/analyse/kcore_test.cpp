#include <catch2/catch.hpp>

#include "expect.h"
#include "graph/analyse/analyse.h"
#include "test_graphs.h"

using namespace newsgraph;
using namespace newsgraph::analyse;
using namespace newsgraph::analyse::testing;

TEST_CASE("core numbers of small graphs by hand") {
  struct Case {
    const char* name;
    KnowledgeGraph graph;
    std::vector<double> expected;
  };
  Case cases[] = {
      // a 4-clique (0..3) with a tail 3-4-5 and an isolated node 6.
      {"clique with a tail", make_graph(7, {{0, 1}, {0, 2}, {0, 3}, {1, 2}, {1, 3}, {2, 3}, {3, 4}, {4, 5}}),
       {3, 3, 3, 3, 1, 1, 0}},
      {"self-loops are ignored", make_graph(3, {{0, 0}, {0, 1}, {1, 1}, {2, 2}}), {1, 1, 0}},
      {"parallel edges count once", make_graph(2, {{0, 1}, {1, 0}, {0, 1, 1, "other"}}), {1, 1}},
      {"one node", make_graph(1, {}), {0}},
      {"empty", make_graph(0, {}), {}},
  };
  for (const auto& c : cases) {
    INFO(c.name);
    require_close(core_number(simple_undirected(c.graph)), c.expected, 0);
  }
}

TEST_CASE("core numbers equal networkx's core_number (on the graph without self-loops)") {
  for (const auto& [name, graph] : reference_graphs()) {
    INFO(name);
    auto answers = networkx_each(
        graph, {"nx.core_number(G)",
                "(lambda H: (H.remove_edges_from(list(nx.selfloop_edges(H))), nx.core_number(H))[1])(G.copy())"});
    SimpleGraph s = simple_undirected(graph);
    bool has_loops = false;
    for (uint32_t v = 0; v < s.node_count(); ++v) has_loops = has_loops || has_self_loop(s, v);
    // networkx refuses self-loops; we answer for the graph without them.
    CHECK(answers[0].ok() == !has_loops);
    require_close(core_number(s), answers[1], 0);
  }
}
