// Affiliations from the gazetteer of officeholders, after the article's own
// (affiliation extractor), which they only complete.
#include <set>

#include "extract/extractors.h"

namespace newsgraph::extract {

namespace {

class OfficeholderAffiliationExtractor : public Extractor {
 public:
  explicit OfficeholderAffiliationExtractor(std::shared_ptr<const Lexicons> lex) : lex_(std::move(lex)) {}
  std::string_view name() const override { return "officeholder_affiliations"; }

  void run(Annotation& a) const override {
    const std::string date = a.document && a.document->date.size() == 10 ? a.document->date : std::string();
    std::set<std::string> affiliated;
    for (const Relation& r : a.relations)
      if (r.type == relation::kAffiliatedWith && r.target.starts_with("country:")) affiliated.insert(r.source);
    std::set<std::string> done;
    // affiliate() may add country entities, which moves a.entities: hold
    // indices and a copy of the id, not references (nor a copy of them all).
    const size_t count = a.entities.size();
    for (size_t i = 0; i < count; ++i) {
      if (a.entities[i].type != NodeType::kPerson) continue;
      const std::string id = a.entities[i].id;
      if (!done.insert(id).second) continue;
      auto [begin, end] = lex_->officeholders_by_id.equal_range(id);
      std::set<std::string> countries;
      bool in_office = false;
      for (auto it = begin; it != end; ++it) {
        const Officeholder& o = lex_->officeholders[it->second];
        countries.insert(o.country);
        if (date.empty() || date < o.start || (!o.end.empty() && date > o.end)) continue;
        in_office = true;
        affiliate(a, id, o.country, o.role);
      }
      // Out of office at the date, or no date: the one country all of the
      // person's offices were in, when the article gives none. A
      // politician's country outlasts the term.
      if (!in_office && countries.size() == 1 && !affiliated.count(id)) affiliate(a, id, *countries.begin(), "");
    }
  }

 private:
  void affiliate(Annotation& a, const std::string& person, const std::string& country_slug,
                 const std::string& role) const {
    const Country* c = lex_->country_by_slug(country_slug);
    if (!c) return;
    Relation r;
    r.source = person;
    r.target = country_id(*c);
    r.type = std::string(relation::kAffiliatedWith);
    if (!role.empty()) r.roles.insert(role);
    intern_country(a, *c);
    a.relations.push_back(std::move(r));
  }

  std::shared_ptr<const Lexicons> lex_;
};

}  // namespace

std::unique_ptr<Extractor> make_officeholder_affiliation_extractor(std::shared_ptr<const Lexicons> lexicons) {
  return std::make_unique<OfficeholderAffiliationExtractor>(std::move(lexicons));
}

}  // namespace newsgraph::extract
