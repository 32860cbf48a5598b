#include <catch2/catch.hpp>

#include "expect.h"
#include "graph/analyse/analyse.h"
#include "test_graphs.h"

using namespace newsgraph;
using namespace newsgraph::analyse;
using namespace newsgraph::analyse::testing;

TEST_CASE("shortest_path by hand: ends, ties, direction and reach") {
  // A square 0-1-3-2-0 with a tail 3-4, node 5 alone; 6->1 points the other way.
  KnowledgeGraph g = make_graph(7, {{0, 1}, {0, 2}, {1, 3}, {2, 3}, {3, 4}, {6, 1}});
  SimpleGraph s = simple_undirected(g);
  struct Case {
    uint32_t from, to;
    std::vector<uint32_t> path;
  };
  const Case cases[] = {
      {0, 3, {0, 1, 3}},     // two shortest paths: the smaller sequence
      {3, 0, {3, 1, 0}},
      {2, 1, {2, 0, 1}},     // 2-0-1 and 2-3-1: 0 < 3
      {0, 4, {0, 1, 3, 4}},
      {4, 6, {4, 3, 1, 6}},  // against the direction of 6->1
      {2, 2, {2}},
      {0, 5, {}},            // unreachable
      {5, 5, {5}},
  };
  for (const auto& c : cases) {
    INFO(c.from << " to " << c.to);
    CHECK(shortest_path(s, c.from, c.to) == c.path);
  }
}

TEST_CASE("shortest_path is the smallest of networkx's all_shortest_paths") {
  for (const char* name : {"random 300 (seed 1)", "random sparse 300 (seed 3)", "self-loops",
                           "parallel and opposite relations"}) {
    const KnowledgeGraph& g = reference_graph(name);
    SimpleGraph s = simple_undirected(g);
    const uint32_t n = static_cast<uint32_t>(g.node_count());
    for (uint32_t from : {0u, n / 2})
      for (uint32_t to : {n - 1, n / 3 + 1}) {
        INFO(name << ": " << from << " to " << to);
        const std::string expression = "min(nx.all_shortest_paths(G, " + std::to_string(from) + ", " +
                                       std::to_string(to) + ")) if nx.has_path(G, " + std::to_string(from) + ", " +
                                       std::to_string(to) + ") else []";
        NetworkxAnswer theirs = networkx(g, expression);
        REQUIRE(theirs.ok());
        std::vector<uint32_t> path = shortest_path(s, from, to);
        std::vector<double> ours(path.begin(), path.end());
        require_close(ours, theirs, 0);
      }
  }
}
