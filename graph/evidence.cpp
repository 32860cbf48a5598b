#include <algorithm>

#include "graph/graph.h"

namespace newsgraph {

void merge_evidence(std::vector<Evidence>& evidence, const std::vector<Evidence>& more) {
  // Keeping the first kMaxEvidence of the sorted union is a function of the
  // union alone, so any order of merges keeps the same spans.
  evidence.insert(evidence.end(), more.begin(), more.end());
  std::sort(evidence.begin(), evidence.end());
  evidence.erase(std::unique(evidence.begin(), evidence.end()), evidence.end());
  if (evidence.size() > kMaxEvidence) evidence.resize(kMaxEvidence);
}

}  // namespace newsgraph
