#include <algorithm>

#include "graph/analyse/analyse.h"

namespace newsgraph::analyse {

std::vector<KnowledgeGraph::EdgeIndex> relations_between(const KnowledgeGraph& graph, KnowledgeGraph::NodeIndex a,
                                                         KnowledgeGraph::NodeIndex b) {
  std::vector<KnowledgeGraph::EdgeIndex> found;
  for (KnowledgeGraph::EdgeIndex e : graph.out_edges(a))
    if (graph.target(e) == b) found.push_back(e);
  if (a != b)
    for (KnowledgeGraph::EdgeIndex e : graph.out_edges(b))
      if (graph.target(e) == a) found.push_back(e);
  std::sort(found.begin(), found.end());
  return found;
}

}  // namespace newsgraph::analyse
