#include <algorithm>

#include "graph/analyse/analyse.h"

namespace newsgraph::analyse {

std::vector<Reached> within_hops(const SimpleGraph& graph, uint32_t center, uint32_t depth) {
  constexpr uint32_t kUnseen = UINT32_MAX;
  std::vector<uint32_t> hops(graph.node_count(), kUnseen);
  std::vector<Reached> reached{{center, 0, center}};
  hops[center] = 0;
  // Breadth first, one ring at a time: each ring is sorted by node before
  // the next is grown from it, so a node's `via` is its smallest neighbour
  // in the ring before (the first to reach it).
  for (size_t ring = 0; ring < reached.size();) {
    const size_t ring_end = reached.size();
    if (reached[ring].hops >= depth) break;
    for (size_t k = ring; k < ring_end; ++k) {
      const uint32_t v = reached[k].node;
      for (uint32_t i = graph.offsets[v]; i < graph.offsets[v + 1]; ++i) {
        const uint32_t w = graph.targets[i];
        if (hops[w] != kUnseen) continue;
        hops[w] = reached[k].hops + 1;
        reached.push_back({w, hops[w], v});
      }
    }
    std::sort(reached.begin() + static_cast<ptrdiff_t>(ring_end), reached.end(),
              [](const Reached& a, const Reached& b) { return a.node < b.node; });
    ring = ring_end;
  }
  return reached;
}

}  // namespace newsgraph::analyse
