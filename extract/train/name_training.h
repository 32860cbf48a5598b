// The name tagger's trainer (extract/name_tagger.h): training data, the
// averaged structured perceptron, and entity-level evaluation. Used by the
// newsgraph-train-names program and by tests.
//
// Training is deterministic: the same documents, options and seed give the
// same model, weight for weight.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "extract/name_model.h"
#include "extract/name_tagger.h"

namespace newsgraph::extract {

// A name of a training document: bytes [start, end) of its text.
struct GoldName {
  uint32_t start = 0, end = 0;
  NameType type = NameType::kPerson;
};

struct TrainingDocument {
  std::string id;
  std::string text;
  std::vector<GoldName> names;  // sorted, never overlapping
};

// Reads a JSON Lines file written by data/tools/make_ner_data.py: one
// {"id", "text", "names": [[start, end, "PER"|"ORG"|"LOC"|"EVT"], ...]}
// per line. Errors name the file and line.
Result<std::vector<TrainingDocument>> read_training_documents(const std::string& path);

// `text` split into tokens and sentences as Pipeline::annotate() does,
// with no extractor run. The annotation views `text`: keep it alive.
Annotation tokenized(const std::string& text);

// The gold names of a document as token ranges of `annotation` (the tokens
// that overlap each name). `unaligned` counts names whose ends fall inside
// a token, or that span two sentences (those are dropped).
std::vector<TaggedName> gold_token_names(const Annotation& annotation, const std::vector<GoldName>& names,
                                         size_t* unaligned = nullptr);

struct TrainingOptions {
  uint32_t bits = 18;  // 2^bits feature buckets
  uint64_t seed = 1;   // the order of the windows in each epoch
};

class NameTrainer {
 public:
  NameTrainer(std::shared_ptr<const Lexicons> lexicons, TrainingOptions options);

  // Computes the document's windows, features and gold tags once.
  void add(const TrainingDocument& document);
  // One pass over every window added, in an order drawn from the seed.
  void epoch();
  // The averaged weights after the epochs so far.
  NameModel model() const;

  struct Counts {
    size_t documents = 0, tokens = 0, windows = 0, scored_tokens = 0;
    size_t names = 0, unaligned = 0;
    size_t outside_windows = 0;  // gold names not wholly inside a window: learnt as O
  };
  const Counts& counts() const { return counts_; }

 private:
  struct Instance {
    Window window;
    uint32_t first_offset = 0;  // into features_.offsets
    uint32_t first_gold = 0;    // into gold_
  };
  void update(const Instance& instance, const std::vector<uint8_t>& predicted);
  void add_weight(size_t index, float delta);
  void add_transition(int previous, int tag, float delta);

  std::shared_ptr<const Lexicons> lexicons_;
  TrainingOptions options_;
  std::mt19937_64 random_;
  WindowFeatures features_;
  std::vector<uint8_t> gold_;
  std::vector<Instance> instances_;
  NameModel weights_;
  // Averaging (Daumé's trick): the sum of step * update, so that the
  // average is weights - sums / step.
  std::vector<double> sums_;
  std::array<std::array<double, kTagCount>, kTagCount + 1> transition_sums_{};
  uint64_t step_ = 1;
  Counts counts_;
  DecodeScratch scratch_;
};

struct Score {
  size_t gold = 0, found = 0, correct = 0;
  double precision() const { return found ? static_cast<double>(correct) / static_cast<double>(found) : 0; }
  double recall() const { return gold ? static_cast<double>(correct) / static_cast<double>(gold) : 0; }
  double f1() const {
    double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
};

// Exact-span, exact-type scores of the tagger on gold documents.
struct Evaluation {
  std::array<Score, kNameTypeCount> by_type{};
  Score all;
};
Evaluation evaluate(const NameTagger& tagger, const Lexicons& lexicons, const std::vector<TrainingDocument>& documents);

}  // namespace newsgraph::extract
