// The article's own country for its office holders whose country it
// leaves unsaid. Wire copy names the country and then writes "Finance
// Minister Beshir Omar" or "Prime Minister Felipe Gonzalez": a reader takes
// the office to be the government the article is about. This extractor does
// the same, and only where that is clear.
#include <map>
#include <set>

#include "extract/extractors.h"

namespace newsgraph::extract {

namespace {

// Offices of a national government: a head of government, or a minister
// whose title names the ministry ("Finance Minister", "Foreign
// Secretary"). A bare "Minister" or "Secretary" may be of a party, a union
// or a company. Heads of state ("President") and legislators stay out too:
// company and union presidents, and the foreign senator quoted on trade,
// are as often of another country than the article's.
bool is_national_office(std::string_view kind, std::string_view role) {
  if (kind == "head_of_government") return true;
  return kind == "minister" && role.find(' ') != std::string_view::npos;
}

class HomeCountryAffiliationExtractor : public Extractor {
 public:
  explicit HomeCountryAffiliationExtractor(std::shared_ptr<const Lexicons> lex) : lex_(std::move(lex)) {}
  std::string_view name() const override { return "home_country_affiliations"; }

  void run(Annotation& a) const override {
    std::set<std::string> affiliated;
    for (const Relation& r : a.relations)
      if (r.type == relation::kAffiliatedWith) affiliated.insert(r.source);
    const std::string home = home_country(a);
    if (home.empty()) return;
    // Evidence: the person's first mention, where the office is written.
    std::map<int32_t, const Span*> first_mention;
    for (const Span& s : a.spans)
      if (s.type == NodeType::kPerson && s.entity >= 0) first_mention.emplace(s.entity, &s);
    std::vector<Relation> found;
    for (const auto& [entity, span] : first_mention) {
      const Entity& e = a.entities[entity];
      if (affiliated.count(e.id) || names_other_country(a, *span, home)) continue;
      for (const std::string& role : e.roles) {
        if (!is_national_office(lex_->kind_of_role(role), role)) continue;
        Relation r;
        r.source = e.id;
        r.target = home;
        r.type = std::string(relation::kAffiliatedWith);
        r.roles.insert(role);
        r.evidence.push_back(a.evidence(span->first, span->last));
        found.push_back(std::move(r));
        break;
      }
    }
    a.relations.insert(a.relations.end(), found.begin(), found.end());
  }

 private:
  // True when the sentence of `mention` names a country other than
  // `home`, itself or by one of its places ("Brazil's suspension of
  // interest", "won Ankara concessions", "Paris was more subdued, with
  // finance minister Herve Gaymard"): the office may be that country's.
  static bool names_other_country(const Annotation& a, const Span& mention, const std::string& home) {
    const Sentence& s = a.sentences[a.sentence_of[mention.first]];
    auto other = [&](const Span& x) {
      if (x.first < s.first || x.first >= s.last || x.entity < 0) return false;
      const std::string& id = a.entities[x.entity].id;
      if (x.type == NodeType::kCountry) return id != home;
      if (x.type != NodeType::kPlace) return false;
      for (const Relation& r : a.relations)
        if (r.type == relation::kLocatedIn && r.source == id && r.target != home) return true;
      return false;
    };
    for (const Span& x : a.spans)
      if (other(x)) return true;
    for (const Span& x : a.nested)
      if (other(x)) return true;
    return false;
  }

  // The country the article is about: the one it names at least
  // kMinMentions times and kLead times as often as any other, or the one
  // most of the people it places are of ("French Finance Minister Edouard
  // Balladur"). Where the two differ (an American envoy's visit to Tokyo,
  // the British debate on the Iraq war) no country is clear. Returns the
  // country's id, or empty.
  static std::string home_country(const Annotation& a) {
    std::map<std::string, int> mentions;
    auto count = [&](const Span& s) {
      if (s.type == NodeType::kCountry && s.entity >= 0 && s.kind != SpanKind::kTitle)
        ++mentions[a.entities[s.entity].id];
    };
    for (const Span& s : a.spans) count(s);
    for (const Span& s : a.nested) count(s);
    auto [named, times] = leader(mentions, kLead);
    if (times < kMinMentions) named.clear();

    // Organizations' countries (the gazetteer's) say nothing of the article.
    std::map<std::string, int> people_of;
    std::set<std::pair<std::string, std::string>> seen;
    for (const Relation& r : a.relations)
      if (r.type == relation::kAffiliatedWith && r.source.starts_with("person:") &&
          r.target.starts_with("country:") && seen.emplace(r.source, r.target).second)
        ++people_of[r.target];
    if (people_of.empty()) return named;
    auto [placed, people] = leader(people_of);
    if (people == 0 || (!named.empty() && named != placed)) return {};
    return placed;
  }

  // The key counted most, with its count, when that is more than every
  // other's and at least `times` each; else with a count of 0.
  template <class Key>
  static std::pair<Key, int> leader(const std::map<Key, int>& counts, int times = 1) {
    Key best{};
    int first = 0, second = 0;
    for (const auto& [key, n] : counts) {
      if (n > first) {
        second = first;
        first = n;
        best = key;
      } else if (n > second) {
        second = n;
      }
    }
    const bool leads = first > second && first >= times * second;
    return {best, leads ? first : 0};
  }
  static constexpr int kMinMentions = 2;
  static constexpr int kLead = 2;

  std::shared_ptr<const Lexicons> lex_;
};

}  // namespace

std::unique_ptr<Extractor> make_home_country_affiliation_extractor(std::shared_ptr<const Lexicons> lexicons) {
  return std::make_unique<HomeCountryAffiliationExtractor>(std::move(lexicons));
}

}  // namespace newsgraph::extract
