#include <algorithm>

#include "graph/analyse/analyse.h"

// A breadth-first search from `to` gives the distance to it of every node
// closer than `from` (it stops once `from` is reached); the path then walks from `from`, each step to the smallest neighbour one hop
// closer. Neighbours are sorted in the simple view, so that is the first
// one found, and the path is the smallest sequence of node indices among
// the shortest ones.

namespace newsgraph::analyse {

std::vector<uint32_t> shortest_path(const SimpleGraph& graph, uint32_t from, uint32_t to) {
  constexpr uint32_t kUnseen = UINT32_MAX;
  std::vector<uint32_t> hops(graph.node_count(), kUnseen);
  std::vector<uint32_t> queue{to};
  hops[to] = 0;
  for (size_t head = 0; head < queue.size() && hops[from] == kUnseen; ++head) {
    const uint32_t v = queue[head];
    for (uint32_t i = graph.offsets[v]; i < graph.offsets[v + 1]; ++i)
      if (hops[graph.targets[i]] == kUnseen) {
        hops[graph.targets[i]] = hops[v] + 1;
        queue.push_back(graph.targets[i]);
      }
  }
  if (hops[from] == kUnseen) return {};
  std::vector<uint32_t> path{from};
  for (uint32_t v = from; v != to;) {
    for (uint32_t i = graph.offsets[v]; i < graph.offsets[v + 1]; ++i)
      if (hops[graph.targets[i]] != kUnseen && hops[graph.targets[i]] + 1 == hops[v]) {
        v = graph.targets[i];
        break;
      }
    path.push_back(v);
  }
  return path;
}

}  // namespace newsgraph::analyse
