// Viterbi decoding of one window under BIO constraints.
#include <algorithm>
#include <limits>

#include "extract/name_model.h"

namespace newsgraph::extract {

void decode(const NameModel& model, const Window& window, const WindowFeatures& features, size_t first_offset,
            DecodeScratch& scratch, std::vector<uint8_t>& tags, std::vector<float>* margins) {
  const size_t n = window.last - window.first;
  constexpr float kImpossible = -std::numeric_limits<float>::infinity();
  scratch.emissions.resize(n * kTagCount);
  scratch.scores.resize(n * kTagCount);
  scratch.back.resize(n * kTagCount);
  const float* weights = model.weights.data();
  for (size_t k = 0; k < n; ++k) {
    // A local sum: the compiler keeps it in registers (the rows cannot alias it).
    float sum[kTagCount] = {};
    for (uint32_t f = features.offsets[first_offset + k]; f < features.offsets[first_offset + k + 1]; ++f) {
      const float* row = weights + static_cast<size_t>(features.buckets[f]) * kTagCount;
      for (int t = 0; t < kTagCount; ++t) sum[t] += row[t];
    }
    std::copy(sum, sum + kTagCount, &scratch.emissions[k * kTagCount]);
  }
  // The token before the window is O (or the sentence start).
  const int start = window.sentence_start ? kSentenceStart : kOutside;
  // Forbidden transitions weigh -infinity (NameModel), so no path through
  // one can win: O is always allowed and finite.
  for (int t = 0; t < kTagCount; ++t) scratch.scores[t] = model.transitions[start][t] + scratch.emissions[t];
  for (size_t k = 1; k < n; ++k) {
    const float* previous = &scratch.scores[(k - 1) * kTagCount];
    for (int t = 0; t < kTagCount; ++t) {
      float best = previous[0] + model.transitions[0][t];
      int from = 0;
      for (int p = 1; p < kTagCount; ++p) {
        float s = previous[p] + model.transitions[p][t];
        if (s > best) best = s, from = p;  // ties keep the lower tag: O first
      }
      scratch.scores[k * kTagCount + t] = best + scratch.emissions[k * kTagCount + t];
      scratch.back[k * kTagCount + t] = static_cast<uint8_t>(from);
    }
  }
  tags.resize(n);
  int best_tag = 0;
  const float* last = &scratch.scores[(n - 1) * kTagCount];
  for (int t = 1; t < kTagCount; ++t)
    if (last[t] > last[best_tag]) best_tag = t;
  for (size_t k = n; k-- > 0;) {
    tags[k] = static_cast<uint8_t>(best_tag);
    best_tag = scratch.back[k * kTagCount + best_tag];
  }
  bool any_name = false;
  for (uint8_t t : tags) any_name = any_name || t != kOutside;
  if (margins && !any_name) margins->assign(n, 0.0f);  // nobody reads them
  if (margins && any_name) {
    // Max-marginals: the best score of any path through (k, t) is
    // forward[k][t] + backward[k][t]. A token's margin is how much the
    // best path beats the best one that tags it otherwise.
    scratch.backward.assign(n * kTagCount, 0.0f);
    for (size_t k = n - 1; k-- > 0;) {
      const float* next_emission = &scratch.emissions[(k + 1) * kTagCount];
      const float* next_backward = &scratch.backward[(k + 1) * kTagCount];
      for (int t = 0; t < kTagCount; ++t) {
        float best = kImpossible;
        for (int u = 0; u < kTagCount; ++u) best = std::max(best, model.transitions[t][u] + next_emission[u] + next_backward[u]);
        scratch.backward[k * kTagCount + t] = best;
      }
    }
    margins->resize(n);
    for (size_t k = 0; k < n; ++k) {
      const float* forward = &scratch.scores[k * kTagCount];
      const float* backward = &scratch.backward[k * kTagCount];
      float other = kImpossible;
      for (int t = 0; t < kTagCount; ++t)
        if (t != tags[k]) other = std::max(other, forward[t] + backward[t]);
      (*margins)[k] = forward[tags[k]] + backward[tags[k]] - other;
    }
  }
}

}  // namespace newsgraph::extract
