// Entity-level scores: a found name counts when its tokens and type equal
// a gold name's.
#include <set>
#include <tuple>

#include "extract/train/name_training.h"

namespace newsgraph::extract {

Evaluation evaluate(const NameTagger& tagger, const Lexicons& lexicons, const std::vector<TrainingDocument>& documents) {
  Evaluation e;
  for (const TrainingDocument& d : documents) {
    Annotation a = tokenized(d.text);
    std::set<std::tuple<uint32_t, uint32_t, NameType>> gold;
    for (const TaggedName& g : gold_token_names(a, d.names)) {
      gold.emplace(g.first, g.last, g.type);
      e.by_type[static_cast<int>(g.type)].gold += 1;
    }
    for (const TaggedName& n : tagger.tag(a, lexicons)) {
      Score& s = e.by_type[static_cast<int>(n.type)];
      s.found += 1;
      if (gold.count({n.first, n.last, n.type})) s.correct += 1;
    }
  }
  for (const Score& s : e.by_type) {
    e.all.gold += s.gold;
    e.all.found += s.found;
    e.all.correct += s.correct;
  }
  return e;
}

}  // namespace newsgraph::extract
