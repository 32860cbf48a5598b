// An aide's country from the one they serve: "Prime Minister Jacques
// Chirac's spokesman, Denis Baudouin", "Reagan's chief of staff Howard
// Baker". A spokesman, adviser or secretary of a person speaks for that
// person's government; the article seldom says their country again. Runs
// after every other affiliation stage, as the principal's country may come
// from any of them, and gives a country only to an aide who has none.
#include <array>
#include <map>
#include <set>

#include "extract/extractors.h"

namespace newsgraph::extract {

namespace {

// Title kinds (data/titles.tsv) of the people who serve another: a
// spokesman, an aide, a secretary or adviser.
constexpr std::array<std::string_view, 2> kAideKinds = {"official", "diplomat"};

class AideAffiliationExtractor : public Extractor {
 public:
  explicit AideAffiliationExtractor(std::shared_ptr<const Lexicons> lex) : lex_(std::move(lex)) {}
  std::string_view name() const override { return "aide_affiliations"; }

  void run(Annotation& a) const override {
    std::map<std::string, std::set<std::string>> countries_of;
    for (const Relation& r : a.relations)
      if (r.type == relation::kAffiliatedWith && r.target.starts_with("country:")) countries_of[r.source].insert(r.target);
    std::vector<Relation> found;
    for (const Span& aide : a.spans) {
      if (aide.type != NodeType::kPerson || aide.kind != SpanKind::kName || aide.entity < 0) continue;
      const std::string& id = a.entities[aide.entity].id;
      if (countries_of.count(id)) continue;
      const Span* principal = principal_before(a, aide);
      if (!principal) continue;
      auto it = countries_of.find(a.entities[principal->entity].id);
      if (it == countries_of.end() || it->second.size() != 1) continue;
      Relation r;
      r.source = id;
      r.target = *it->second.begin();
      r.type = std::string(relation::kAffiliatedWith);
      r.evidence.push_back(a.evidence(principal->first, aide.last));
      countries_of[id].insert(r.target);
      found.push_back(std::move(r));
    }
    a.relations.insert(a.relations.end(), found.begin(), found.end());
  }

 private:
  // PRINCIPAL 's TITLE [,] AIDE: the principal's span, or nullptr.
  const Span* principal_before(const Annotation& a, const Span& aide) const {
    const Sentence& s = a.sentences[a.sentence_of[aide.first]];
    uint32_t t = aide.first;
    if (t > s.first && token_text(a, t - 1) == ",") --t;
    const Span* title = t > s.first ? a.span_at(t - 1) : nullptr;
    if (!title || title->kind != SpanKind::kTitle || title->last != t || title->first < s.first + 2) return nullptr;
    if (!in(kAideKinds, lex_->kind_of_role(title->role))) return nullptr;
    std::string_view owner = token_text(a, title->first - 1);
    if ((owner != "'s" && owner != "\u2019s") || a.tokens[title->first - 1].space_before) return nullptr;
    const Span* principal = a.span_at(title->first - 2);
    if (!principal || principal->type != NodeType::kPerson || principal->entity < 0 ||
        principal->entity == aide.entity)
      return nullptr;
    return principal;
  }

  std::shared_ptr<const Lexicons> lex_;
};

}  // namespace

std::unique_ptr<Extractor> make_aide_affiliation_extractor(std::shared_ptr<const Lexicons> lexicons) {
  return std::make_unique<AideAffiliationExtractor>(std::move(lexicons));
}

}  // namespace newsgraph::extract
