// Internal to extract/: a statistical name tagger, and the extractor that
// adds what it finds to an Annotation.
//
// The tagger finds names that the rules miss (unknown companies, parties,
// people without a title or a known given name, foreign names): an averaged
// perceptron over hashed features of newsgraph's own tokens, first-order
// tag transitions, Viterbi decoding under BIO constraints. It is trained on
// GUM (data/ner/README.md) by extract/train/newsgraph-train-names and loaded
// from data/ner/names.model.
//
// Tagging is a pure function of the tokens, the text and the Lexicons: the
// same document gives the same names on any thread, in any order. A loaded
// NameTagger is read-only; share one between threads.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "extract/extract.h"

namespace newsgraph::extract {

class Lexicons;
struct NameModel;

enum class NameType : uint8_t { kPerson, kOrganization, kPlace, kEvent };
inline constexpr int kNameTypeCount = 4;

// "PER", "ORG", "LOC", "EVT": the names the training data uses.
std::string_view to_string(NameType type);

struct TaggedName {
  uint32_t first = 0, last = 0;  // token range, half-open, inside one sentence
  NameType type = NameType::kPerson;
  // How sure the tagger is: how much the best tagging of the sentence
  // beats the best one that disagrees with this name on any of its tokens
  // (perceptron units, >= 0; the larger, the surer).
  float score = 0;
};

class NameTagger {
 public:
  // Reads a model written by the trainer. A missing, truncated or corrupt
  // file, or one written for another feature set, gives a Status naming the
  // file and what is wrong.
  static Result<NameTagger> load(const std::string& path);
  // Wraps a model the trainer has in memory.
  explicit NameTagger(std::shared_ptr<const NameModel> model);

  // The names in `annotation` (its text, tokens and sentences; spans are not
  // read), in token order, never overlapping.
  std::vector<TaggedName> tag(const Annotation& annotation, const Lexicons& lexicons) const;

  const NameModel& model() const { return *model_; }

 private:
  std::shared_ptr<const NameModel> model_;
};

// Adds a kName span for each tagged name that overlaps no span already
// there: PER -> kPerson (person_id()), ORG -> kOrganization
// ("organization:" + slug), LOC -> kPlace ("place:" + slug), EVT -> kEvent
// ("event:" + slug). Runs best after the rule-based name extractors, so
// that gazetteer and rule spans win and the tagger fills the gaps.
std::unique_ptr<Extractor> make_model_name_extractor(std::shared_ptr<const Lexicons> lexicons,
                                                     std::shared_ptr<const NameTagger> tagger);

}  // namespace newsgraph::extract
