#include <catch2/catch.hpp>

#include <cmath>

#include "expect.h"
#include "graph/analyse/analyse.h"
#include "test_graphs.h"

using namespace newsgraph;
using namespace newsgraph::analyse;
using namespace newsgraph::analyse::testing;

TEST_CASE("eigenvector centrality of small graphs by hand") {
  // Perron vectors: the path of 4 has (1, phi, phi, 1) / norm, the star of
  // 6 has its centre sqrt(5) times each leaf. The iteration stops within
  // about 1e-6 of them.
  const double phi = (1 + std::sqrt(5.0)) / 2, norm = std::sqrt(2 + 2 * phi * phi);
  const double centre = 1 / std::sqrt(2.0), leaf = 1 / std::sqrt(10.0);
  struct Case {
    const char* name;
    KnowledgeGraph graph;
    std::vector<double> expected;
  };
  Case cases[] = {
      {"path of 4", make_graph(4, {{0, 1}, {1, 2}, {2, 3}}), {1 / norm, phi / norm, phi / norm, 1 / norm}},
      {"star of 6", make_graph(6, {{0, 1}, {0, 2}, {0, 3}, {0, 4}, {0, 5}}), {centre, leaf, leaf, leaf, leaf, leaf}},
      {"one node", make_graph(1, {}), {1}},
      {"isolated nodes", make_graph(4, {}), {0.5, 0.5, 0.5, 0.5}},
  };
  for (const auto& c : cases) {
    INFO(c.name);
    auto scores = eigenvector_centrality(simple_undirected(c.graph));
    REQUIRE(scores.ok());
    require_close(scores.value(), c.expected, 1e-5);
  }
}

TEST_CASE("eigenvector centrality equals networkx's eigenvector_centrality, unweighted and weighted") {
  size_t refused = 0;
  for (const auto& [name, graph] : reference_graphs()) {
    INFO(name);
    SimpleGraph s = simple_undirected(graph);
    auto answers = networkx_each(graph, {"nx.eigenvector_centrality(G)", "nx.eigenvector_centrality(G, weight='weight')"});
    for (bool weigh : {false, true}) {
      INFO("weighted " << weigh);
      CentralityOptions options;
      options.weighted = weigh;
      auto ours = eigenvector_centrality(s, options);
      const NetworkxAnswer& theirs = answers[weigh ? 1 : 0];
      if (!theirs.ok()) {  // the empty graph, or no convergence: networkx refuses, so must we
        INFO("networkx: " << theirs.error);
        REQUIRE_FALSE(ours.ok());
        CHECK(ours.status().code() == Status::Code::kBadInput);
        ++refused;
        continue;
      }
      REQUIRE(ours.ok());
      require_close(ours.value(), theirs, kIterative);
    }
  }
  // networkx refuses the empty graph and fails to converge on the sparse
  // random one (both weightings): most cases are compared by value.
  CHECK(refused == 4);
}

TEST_CASE("eigenvector centrality fails where networkx does not converge") {
  // On a long path the iteration converges too slowly for 100 steps.
  std::vector<EdgeSpec> path;
  for (uint32_t i = 0; i + 1 < 60; ++i) path.push_back({i, i + 1});
  KnowledgeGraph graph = make_graph(60, path);
  NetworkxAnswer theirs = networkx(graph, "nx.eigenvector_centrality(G)");
  CHECK_THAT(theirs.error, Catch::StartsWith("PowerIterationFailedConvergence"));
  auto ours = eigenvector_centrality(simple_undirected(graph));
  REQUIRE_FALSE(ours.ok());
  CHECK(ours.status().code() == Status::Code::kBadInput);
  CHECK_THAT(ours.status().message(), Catch::Contains("did not converge"));
}

TEST_CASE("eigenvector centrality of an empty graph is an error, as in networkx") {
  auto ours = eigenvector_centrality(simple_undirected(make_graph(0, {})));
  REQUIRE_FALSE(ours.ok());
  CHECK(ours.status().code() == Status::Code::kBadInput);
  CHECK_THAT(ours.status().message(), Catch::Contains("null graph"));
}
