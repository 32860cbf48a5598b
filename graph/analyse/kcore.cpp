#include <boost/graph/core_numbers.hpp>

#include "graph/analyse/analyse.h"
#include "graph/analyse/csr_graph.h"

namespace newsgraph::analyse {

// Boost's core_numbers (Batagelj-Zaversnik, the algorithm networkx uses) on
// the graph without its self-loops: networkx raises on self-loops, and
// Boost would count a self-loop once where networkx's degree counts it
// twice. Core numbers are unique, so the order of the algorithm's steps does
// not matter.
std::vector<double> core_number(const SimpleGraph& graph) {
  const size_t n = graph.node_count();
  detail::CsrGraph csr = detail::to_csr_without_self_loops(graph);
  std::vector<uint32_t> cores(n, 0);
  if (n > 0) boost::core_numbers(csr, boost::make_iterator_property_map(cores.begin(), boost::get(boost::vertex_index, csr)));
  return std::vector<double>(cores.begin(), cores.end());
}

}  // namespace newsgraph::analyse
