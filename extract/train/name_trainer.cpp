// The averaged structured perceptron (Collins 2002) over the tagger's
// windows, with Daumé's trick for averaging.
#include "extract/lexicons.h"
#include "extract/train/name_training.h"

namespace newsgraph::extract {

NameTrainer::NameTrainer(std::shared_ptr<const Lexicons> lexicons, TrainingOptions options)
    : lexicons_(std::move(lexicons)),
      options_(options),
      random_(options.seed),
      weights_(NameModel::zero(options.bits)),
      sums_(weights_.weights.size(), 0.0) {
  features_.clear();
}

void NameTrainer::add(const TrainingDocument& document) {
  Annotation a = tokenized(document.text);
  std::vector<TaggedName> gold = gold_token_names(a, document.names, &counts_.unaligned);
  counts_.documents += 1;
  counts_.tokens += a.tokens.size();
  counts_.names += gold.size();

  std::vector<uint8_t> tags(a.tokens.size(), kOutside);
  for (const TaggedName& g : gold) {
    tags[g.first] = begin_tag(g.type);
    for (uint32_t t = g.first + 1; t < g.last; ++t) tags[t] = inside_tag(g.type);
  }

  NameFeatures features(a, *lexicons_, options_.bits);
  std::vector<Window> windows;
  size_t next_gold = 0;
  for (const Sentence& s : a.sentences) {
    windows.clear();
    features.windows(s, windows);
    // A name that no window holds whole cannot be tagged: it is O for
    // training (and a miss in evaluation).
    for (; next_gold < gold.size() && gold[next_gold].first < s.last; ++next_gold) {
      const TaggedName& g = gold[next_gold];
      bool held = false;
      for (const Window& w : windows) held = held || (w.first <= g.first && g.last <= w.last);
      if (held) continue;
      counts_.outside_windows += 1;
      for (uint32_t t = g.first; t < g.last; ++t) tags[t] = kOutside;
    }
    for (const Window& w : windows) {
      Instance instance{w, static_cast<uint32_t>(features_.offsets.size() - 1), static_cast<uint32_t>(gold_.size())};
      features.features(w, features_);
      gold_.insert(gold_.end(), tags.begin() + w.first, tags.begin() + w.last);
      instances_.push_back(instance);
      counts_.windows += 1;
      counts_.scored_tokens += w.last - w.first;
    }
  }
}

void NameTrainer::add_weight(size_t index, float delta) {
  weights_.weights[index] += delta;
  sums_[index] += static_cast<double>(step_) * delta;
}

void NameTrainer::add_transition(int previous, int tag, float delta) {
  weights_.transitions[previous][tag] += delta;
  transition_sums_[previous][tag] += static_cast<double>(step_) * delta;
}

void NameTrainer::update(const Instance& instance, const std::vector<uint8_t>& predicted) {
  const uint32_t n = instance.window.last - instance.window.first;
  const uint8_t* gold = &gold_[instance.first_gold];
  int gold_previous = instance.window.sentence_start ? kSentenceStart : kOutside;
  int predicted_previous = gold_previous;
  for (uint32_t k = 0; k < n; ++k) {
    const int g = gold[k], p = predicted[k];
    if (g != p) {
      for (uint32_t f = features_.offsets[instance.first_offset + k]; f < features_.offsets[instance.first_offset + k + 1]; ++f) {
        size_t row = static_cast<size_t>(features_.buckets[f]) * kTagCount;
        add_weight(row + g, 1.0f);
        add_weight(row + p, -1.0f);
      }
    }
    if (g != p || gold_previous != predicted_previous) {
      add_transition(gold_previous, g, 1.0f);
      add_transition(predicted_previous, p, -1.0f);
    }
    gold_previous = g;
    predicted_previous = p;
  }
}

void NameTrainer::epoch() {
  std::vector<uint32_t> order(instances_.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  // Fisher-Yates with the generator's raw output: std::shuffle's draws
  // differ between standard libraries, this does not.
  for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[random_() % i]);
  std::vector<uint8_t> predicted;
  for (uint32_t i : order) {
    const Instance& instance = instances_[i];
    decode(weights_, instance.window, features_, instance.first_offset, scratch_, predicted);
    const uint8_t* gold = &gold_[instance.first_gold];
    bool same = true;
    for (size_t k = 0; k < predicted.size() && same; ++k) same = predicted[k] == gold[k];
    if (!same) update(instance, predicted);
    ++step_;
  }
}

NameModel NameTrainer::model() const {
  NameModel m = NameModel::zero(options_.bits);
  const double step = static_cast<double>(step_);
  for (size_t i = 0; i < m.weights.size(); ++i)
    m.weights[i] = static_cast<float>(weights_.weights[i] - sums_[i] / step);
  for (int p = 0; p <= kTagCount; ++p)
    for (int t = 0; t < kTagCount; ++t)
      m.transitions[p][t] = static_cast<float>(weights_.transitions[p][t] - transition_sums_[p][t] / step);
  return m;
}

}  // namespace newsgraph::extract
