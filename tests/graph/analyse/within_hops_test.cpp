#include <catch2/catch.hpp>

#include "expect.h"
#include "graph/analyse/analyse.h"
#include "test_graphs.h"

using namespace newsgraph;
using namespace newsgraph::analyse;
using namespace newsgraph::analyse::testing;

namespace {

struct Row {
  uint32_t node, hops, via;
  bool operator==(const Row&) const = default;
};

std::vector<Row> rows(const std::vector<Reached>& reached) {
  std::vector<Row> out;
  for (const Reached& r : reached) out.push_back({r.node, r.hops, r.via});
  return out;
}

}  // namespace

TEST_CASE("within_hops by hand: rings in node order, via the smallest closer neighbour") {
  // 4 is the centre; 4-2, 4-0, 0-3, 2-3, 3-1, 5 alone.
  KnowledgeGraph g = make_graph(6, {{4, 2}, {0, 4}, {0, 3}, {2, 3}, {3, 1}});
  SimpleGraph s = simple_undirected(g);
  CHECK(rows(within_hops(s, 4, 0)) == std::vector<Row>{{4, 0, 4}});
  CHECK(rows(within_hops(s, 4, 1)) == std::vector<Row>{{4, 0, 4}, {0, 1, 4}, {2, 1, 4}});
  // 3 is reached through 0 and 2: via 0.
  CHECK(rows(within_hops(s, 4, 2)) == std::vector<Row>{{4, 0, 4}, {0, 1, 4}, {2, 1, 4}, {3, 2, 0}});
  const std::vector<Row> all{{4, 0, 4}, {0, 1, 4}, {2, 1, 4}, {3, 2, 0}, {1, 3, 3}};
  CHECK(rows(within_hops(s, 4, 3)) == all);
  CHECK(rows(within_hops(s, 4, 10)) == all);
  CHECK(rows(within_hops(s, 5, 2)) == std::vector<Row>{{5, 0, 5}});
}

TEST_CASE("within_hops agrees with networkx's single_source_shortest_path_length(cutoff)") {
  for (const char* name : {"random 300 (seed 2)", "random sparse 300 (seed 3)", "disconnected with isolated nodes"}) {
    const KnowledgeGraph& g = reference_graph(name);
    SimpleGraph s = simple_undirected(g);
    for (uint32_t depth : {1u, 2u, 3u}) {
      INFO(name << ", depth " << depth);
      // Per node: its hops, or -1 beyond the cutoff; and its via.
      const std::string lengths = "nx.single_source_shortest_path_length(G, 1, cutoff=" + std::to_string(depth) + ")";
      auto answers = networkx_each(
          g, {"[" + lengths + ".get(v, -1) for v in range(n)]",
              "(lambda d: [min(u for u in G[v] if d.get(u, -9) == d[v] - 1) if d.get(v, 0) > 0 else -1 "
              "for v in range(n)])(" + lengths + ")"});
      std::vector<double> hops(g.node_count(), -1), via(g.node_count(), -1);
      std::vector<Reached> reached = within_hops(s, 1, depth);
      for (const Reached& r : reached) {
        hops[r.node] = r.hops;
        if (r.hops > 0) via[r.node] = r.via;
      }
      require_close(hops, answers[0], 0);
      require_close(via, answers[1], 0);
      for (size_t i = 1; i < reached.size(); ++i) {  // sorted by (hops, node)
        INFO(i);
        CHECK((reached[i - 1].hops < reached[i].hops ||
               (reached[i - 1].hops == reached[i].hops && reached[i - 1].node < reached[i].node)));
      }
    }
  }
}
