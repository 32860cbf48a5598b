// Test support for graph/analyse: networkx's answers, computed at test time
// by Debian's python3-networkx (NEWSGRAPH_PYTHON) on the same graph.
#pragma once

#include <string>
#include <vector>

#include "graph/graph.h"

namespace newsgraph::analyse::testing {

// One expression's answer: its values, or the exception networkx raised
// ("TYPE: MESSAGE").
struct NetworkxAnswer {
  std::vector<double> values;
  std::string error;
  bool ok() const { return error.empty(); }
};

// Evaluates each expression with networkx on the simple undirected view of
// `graph` (see networkx_reference.py: `G`, weights summed over parallel
// edges, nodes 0..n-1 as the graph's node indices; `n` the node count). A
// dict result is read in node order. Fails the test (throws) if Python
// cannot be run or prints something unreadable.
std::vector<NetworkxAnswer> networkx_each(const KnowledgeGraph& graph, const std::vector<std::string>& expressions);
// The same for one expression.
NetworkxAnswer networkx(const KnowledgeGraph& graph, const std::string& expression);

}  // namespace newsgraph::analyse::testing
