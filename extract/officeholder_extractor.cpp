#include <map>
#include <set>

#include "extract/extractors.h"

namespace newsgraph::extract {

namespace {

// Politicians are named a while before and after their terms.
constexpr int kYearsAround = 2;

std::string shift_years(const std::string& iso, int years) {
  return std::to_string(std::stoi(iso.substr(0, 4)) + years) + iso.substr(4);
}

class OfficeholderExtractor : public Extractor {
 public:
  explicit OfficeholderExtractor(std::shared_ptr<const Lexicons> lex) : lex_(std::move(lex)) {}
  std::string_view name() const override { return "officeholders"; }

  void run(Annotation& a) const override {
    const std::string date = a.document && a.document->date.size() == 10 ? a.document->date : std::string();
    // An officeholder is meant where the article names their country, or
    // the name has a title of public office or a courtesy title ("President
    // Obama", "Mr Blair"): "defender Cole" in a football report is no
    // president of Sierra Leone, whatever the date.
    std::set<std::string> countries;
    for (const auto& [id, count] : countries_named(a)) countries.insert(id.substr(8));
    // People named by one word only, in this article.
    std::map<int32_t, bool> one_word;
    for (const Span& s : a.spans)
      if (s.type == NodeType::kPerson && s.entity >= 0 && s.kind == SpanKind::kName) {
        auto [it, fresh] = one_word.emplace(s.entity, s.last - s.first == 1);
        if (!fresh) it->second = it->second && s.last - s.first == 1;
      }
    for (auto [entity, single] : one_word) {
      if (!single) continue;
      Entity& e = a.entities[entity];
      std::string word = surface(a, entity);
      const Officeholder* o = unique(word, date, public_title(a, entity) ? nullptr : &countries);
      if (!o) continue;
      std::string id = person_id(*lex_, o->name);
      bool taken = false;
      for (const Entity& other : a.entities) taken = taken || other.id == id;
      if (!taken) e.id = id;  // the same person, now by full name
    }
    // Surnames that no rule found: "the meeting between Putin and Trump".
    for (uint32_t t = 0; t < a.tokens.size(); ++t) {
      const Token& tok = a.tokens[t];
      if (!tok.word || !tok.capitalized || tok.all_caps || a.span_at(t)) continue;
      std::string_view word = token_text(a, t);
      // "themselves as English" is no Bill English.
      if (lex_->is_common_word(word) || lex_->is_given_name(word) || lex_->language_names.count(word)) continue;
      if (t + 1 < a.tokens.size() && a.tokens[t + 1].capitalized && a.tokens[t + 1].space_before) continue;
      // "Mandel Ngan": a capitalised word before makes it another person's
      // surname (a sentence's first word only when no common word).
      if (t > 0 && a.tokens[t - 1].word && a.tokens[t - 1].capitalized && a.tokens[t].space_before &&
          !a.span_at(t - 1) && !(sentence_start(a, t - 1) && lex_->is_common_word(token_text(a, t - 1))))
        continue;
      // A head of state or government in office at the article's date is
      // named so in any article ("the meeting between Putin and Trump").
      const Officeholder* o = unique(std::string(word), date, &countries);
      if (!o && !date.empty())
        if (const Officeholder* leader = unique(std::string(word), date, nullptr); leader && leader->leader)
          o = leader;
      if (o) add_mention(a, t, t + 1, NodeType::kPerson, person_id(*lex_, o->name), "");
    }
  }

 private:
  // Whether a mention of the entity has a title of public office or a
  // courtesy title right before it.
  bool public_title(const Annotation& a, int32_t entity) const {
    for (const Span& s : a.spans) {
      if (s.entity != entity || s.kind != SpanKind::kName || s.first == 0) continue;
      const Span* t = a.span_at(s.first - 1);
      if (!t || t->kind != SpanKind::kTitle || t->last != s.first) continue;
      if (t->role.empty()) return true;  // "Mr", "Lord"
      std::string_view kind = lex_->kind_of_role(t->role);
      for (std::string_view office : {"minister", "official", "head_of_state", "head_of_government", "legislator",
                                      "party", "diplomat", "royal", "judicial", "military", "honorific"})
        if (kind == office) return true;
    }
    return false;
  }

  static std::string surface(const Annotation& a, int32_t entity) {
    for (const Span& s : a.spans)
      if (s.entity == entity && s.kind == SpanKind::kName) return std::string(token_text(a, s.first));
    return {};
  }

  // The one officeholder of this surname near `date` (any date when the
  // article has none), of `countries` (slugs) unless null: a head of state
  // or government if exactly one is, else the only official; nullptr when
  // that is not one person.
  const Officeholder* unique(const std::string& surname, const std::string& date,
                             const std::set<std::string>* countries) const {
    auto [begin, end] = lex_->officeholders_by_surname.equal_range(surname);
    std::map<std::string, const Officeholder*> leaders, all;
    for (auto it = begin; it != end; ++it) {
      const Officeholder& o = lex_->officeholders[it->second];
      if (countries && !countries->count(o.country)) continue;
      if (!date.empty() && (date < shift_years(o.start, -kYearsAround) ||
                            (!o.end.empty() && date > shift_years(o.end, kYearsAround))))
        continue;
      all.emplace(o.name, &o);
      if (o.leader) leaders.emplace(o.name, &o);
    }
    if (leaders.size() == 1) return leaders.begin()->second;
    if (leaders.empty() && all.size() == 1) return all.begin()->second;
    return nullptr;
  }

  std::shared_ptr<const Lexicons> lex_;
};

}  // namespace

std::unique_ptr<Extractor> make_officeholder_extractor(std::shared_ptr<const Lexicons> lexicons) {
  return std::make_unique<OfficeholderExtractor>(std::move(lexicons));
}

}  // namespace newsgraph::extract
