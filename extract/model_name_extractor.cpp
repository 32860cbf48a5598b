// Names found by the statistical tagger (name_tagger.h) where no other
// extractor found anything.
#include "extract/extractors.h"
#include "extract/name_tagger.h"

namespace newsgraph::extract {

namespace {

constexpr float kMinScore = 10;

class ModelNameExtractor : public Extractor {
 public:
  ModelNameExtractor(std::shared_ptr<const Lexicons> lexicons, std::shared_ptr<const NameTagger> tagger)
      : lex_(std::move(lexicons)), tagger_(std::move(tagger)) {}
  std::string_view name() const override { return "model names"; }

  void run(Annotation& a) const override {
    for (const TaggedName& n : tagger_->tag(a, *lex_)) {
      // Below this margin the tagger's names cost more precision than they
      // add recall on the development sets (tests/eval/README.md).
      if (n.score < kMinScore) continue;
      std::string_view text = a.slice(n.first, n.last);
      std::string key = slug(text);
      if (key.empty()) continue;  // punctuation only
      switch (n.type) {
        case NameType::kPerson:
          add_mention(a, n.first, n.last, NodeType::kPerson, person_id(*lex_, text), "");
          break;
        case NameType::kOrganization:
          add_mention(a, n.first, n.last, NodeType::kOrganization, "organization:" + key, "");
          break;
        case NameType::kPlace:
          add_mention(a, n.first, n.last, NodeType::kPlace, "place:" + key, "");
          break;
        case NameType::kEvent:
          // Too weak to use (F1 0.15 on GUM's dev set): named events come
          // from their head words instead (named_thing_extractor.cpp).
          break;
      }
    }
  }

 private:
  std::shared_ptr<const Lexicons> lex_;
  std::shared_ptr<const NameTagger> tagger_;
};

}  // namespace

std::unique_ptr<Extractor> make_model_name_extractor(std::shared_ptr<const Lexicons> lexicons,
                                                     std::shared_ptr<const NameTagger> tagger) {
  return std::make_unique<ModelNameExtractor>(std::move(lexicons), std::move(tagger));
}

}  // namespace newsgraph::extract
