// Within one article, a person named in full once is named by surname
// later ("Lavrov", "Mr Kerry"): those mentions are the same person. The
// surname may also come first (headlines), so full names are gathered
// before any surname is resolved.
#include <algorithm>
#include <map>
#include <set>

#include "extract/extractors.h"

namespace newsgraph::extract {

namespace {

class CoreferenceExtractor : public Extractor {
 public:
  explicit CoreferenceExtractor(std::shared_ptr<const Lexicons> lex) : lex_(std::move(lex)) {}
  std::string_view name() const override { return "coreference"; }

  void run(Annotation& a) const override {
    merge_misspellings(a);
    // Surname -> the full-name people it may stand for.
    std::map<std::string, std::set<int32_t>> by_surname;
    for (const Span& s : a.spans) {
      if (s.type != NodeType::kPerson || s.entity < 0 || s.last - s.first < 2) continue;
      for (const std::string& surname : surnames(a, s)) by_surname[surname].insert(s.entity);
    }
    // Single-word people found by a title ("President Obama") resolve too.
    std::map<std::string, int32_t> single;
    for (const Span& s : a.spans)
      if (s.type == NodeType::kPerson && s.entity >= 0 && s.last - s.first == 1)
        single.emplace(std::string(token_text(a, s.first)), s.entity);

    auto resolve = [&](const std::string& word) -> int32_t {
      auto it = by_surname.find(word);
      if (it != by_surname.end()) return it->second.size() == 1 ? *it->second.begin() : -1;
      auto one = single.find(word);
      return one == single.end() ? -1 : one->second;
    };

    // A person named by the given name alone ("Jeremy said", "Sir Edward"
    // after "Sir Edward Heath") is the one full name that starts with it,
    // when no one has it as a surname. Only words already read as a person
    // count: a free capital ("Will", "Christian") may be anything.
    std::map<std::string, std::set<int32_t>> by_given;
    for (const Span& s : a.spans)
      if (s.type == NodeType::kPerson && s.entity >= 0 && s.kind == SpanKind::kName && s.last - s.first >= 2)
        by_given[std::string(token_text(a, s.first))].insert(s.entity);
    auto given = [&](const std::string& word) -> int32_t {
      auto it = by_given.find(word);
      if (it == by_given.end() || it->second.size() != 1 || by_surname.count(word)) return -1;
      return *it->second.begin();
    };

    // People named in full after a monarch's title: "Crown Prince Abdullah
    // bin Abdul Aziz" is "Prince Abdullah" later.
    std::set<int32_t> royals;
    for (const Span& s : a.spans)
      if (s.type == NodeType::kPerson && s.entity >= 0 && s.last - s.first >= 2 && regnal(a, s))
        royals.insert(s.entity);
    // Re-point single-word person spans, and gazetteer readings of a
    // surname ("Kerry" the county), to the full name. `moved` keeps where
    // each one-word person went, for the same word found again below
    // ("Danworth said ... Danworth attributed" after "Douglas Danforth").
    std::map<int32_t, int32_t> moved;
    for (Span& s : a.spans) {
      if (s.kind != SpanKind::kName || s.last - s.first != 1 || s.entity < 0) continue;
      if (s.type != NodeType::kPerson && s.type != NodeType::kPlace && s.type != NodeType::kOrganization) continue;
      int32_t target = resolve(std::string(token_text(a, s.first)));
      if ((target < 0 || target == s.entity) && s.type == NodeType::kPerson) {
        int32_t full = given(std::string(token_text(a, s.first)));
        if (full >= 0 && regnal(a, s) && !royals.count(full)) full = -1;
        if (full < 0) full = misspelt_surname(by_surname, token_text(a, s.first));
        if (full >= 0) target = full;
      }
      if (target >= 0 && target != s.entity) {
        if (s.type == NodeType::kPerson) moved.emplace(s.entity, target);
        s.entity = target, s.type = NodeType::kPerson;
      }
    }
    // The last words of a longer name: "Santos Alvite" for "Fernando
    // Santos Alvite".
    std::map<std::string, std::set<int32_t>> by_tail;
    for (const Span& s : a.spans)
      if (s.type == NodeType::kPerson && s.entity >= 0 && s.last - s.first >= 3)
        for (uint32_t f = s.first + 1; f + 1 < s.last; ++f) by_tail[std::string(a.slice(f, s.last))].insert(s.entity);
    // A shorter name found on its own ("Santos Alvite") that ends a longer
    // one ("Fernando Santos Alvite") is that person.
    for (Span& s : a.spans) {
      if (s.type != NodeType::kPerson || s.entity < 0 || s.last - s.first < 2) continue;
      auto it = by_tail.find(std::string(a.slice(s.first, s.last)));
      if (it != by_tail.end() && it->second.size() == 1) s.entity = *it->second.begin();
    }
    for (uint32_t t = 0; t + 1 < a.tokens.size(); ++t) {
      if (!a.tokens[t].capitalized || a.span_at(t)) continue;
      for (uint32_t end = t + 2; end <= std::min<size_t>(a.tokens.size(), t + 4); ++end) {
        auto it = by_tail.find(std::string(a.slice(t, end)));
        if (it == by_tail.end() || it->second.size() != 1) continue;
        bool free = true;
        for (uint32_t k = t; k < end; ++k) free = free && !a.span_at(k);
        if (!free || (end < a.tokens.size() && a.tokens[end].capitalized && a.tokens[end].space_before)) continue;
        Span span;
        span.first = t;
        span.last = end;
        span.type = NodeType::kPerson;
        span.entity = *it->second.begin();
        a.add_span(span);
        break;
      }
    }
    // Free capitalised words equal to a surname.
    for (uint32_t t = 0; t < a.tokens.size(); ++t) {
      if (!a.tokens[t].word || !a.tokens[t].capitalized || a.span_at(t)) continue;
      int32_t target = resolve(std::string(token_text(a, t)));
      if (target < 0) continue;
      if (auto m = moved.find(target); m != moved.end()) target = m->second;
      Span span;
      span.first = t;
      span.last = t + 1;
      span.type = NodeType::kPerson;
      span.entity = target;
      a.add_span(span);
    }
    resolve_short_company_names(a);
    resolve_pronouns(a);
    resolve_descriptions(a);
  }

 private:
  // "Paul Volcker" three times and "Paul Vocker" once: one person, misspelt.
  // Full names with the same given name whose surnames (of five letters or
  // more) are one edit apart name the person written most often (the
  // first written on a tie).
  static void merge_misspellings(Annotation& a) {
    struct Name {
      std::string_view given, surname;
      int spans = 0;
      uint32_t first = 0;
    };
    std::map<int32_t, Name> names;
    for (const Span& s : a.spans) {
      if (s.type != NodeType::kPerson || s.entity < 0 || s.kind != SpanKind::kName || s.last - s.first < 2) continue;
      auto [it, fresh] = names.try_emplace(s.entity);
      if (fresh) it->second = {token_text(a, s.first), token_text(a, s.last - 1), 0, s.first};
      ++it->second.spans;
    }
    std::map<int32_t, int32_t> into;
    for (auto& [x, nx] : names)
      for (auto& [y, ny] : names) {
        if (x == y || nx.given != ny.given || std::min(nx.surname.size(), ny.surname.size()) < 5) continue;
        if (!one_edit_apart(nx.surname, ny.surname)) continue;
        bool y_wins = ny.spans > nx.spans || (ny.spans == nx.spans && ny.first < nx.first);
        if (y_wins) into[x] = y;
      }
    for (Span& s : a.spans)
      if (s.type == NodeType::kPerson)
        if (auto it = into.find(s.entity); it != into.end()) s.entity = it->second;
  }

  // "ex-King Michael of Romania" is no commoner Michael named in full: a
  // monarch's or pope's name is their own, or another royal's.
  bool regnal(const Annotation& a, const Span& s) const {
    const Span* t = s.first > 0 ? a.span_at(s.first - 1) : nullptr;
    return t && t->kind == SpanKind::kTitle && lex_->is_regnal_role(t->role);
  }

  // "Danworth said" after "Douglas Danforth", "Crosibie" after "John
  // Crosbie": a word read as a person that is no one's surname but one
  // edit from the surname of exactly one person named in full (both of
  // five letters or more, the first letter the same) is that person,
  // misspelt. Only words already read as people: a free capital one letter
  // from a surname is more often another word. The surname of someone in
  // office is a person of its own: "Reagan" beside "Donald Regan".
  int32_t misspelt_surname(const std::map<std::string, std::set<int32_t>>& by_surname, std::string_view word) const {
    if (word.size() < 5 || by_surname.count(std::string(word))) return -1;
    if (lex_->officeholders_by_surname.count(std::string(word))) return -1;
    std::set<int32_t> fits;
    for (const auto& [surname, people] : by_surname)
      if (surname.size() >= 5 && surname[0] == word[0] && one_edit_apart(surname, word))
        fits.insert(people.begin(), people.end());
    return fits.size() == 1 ? *fits.begin() : -1;
  }

  // One letter substituted, added, dropped, or two swapped.
  static bool one_edit_apart(std::string_view x, std::string_view y) {
    if (x.size() > y.size()) std::swap(x, y);
    if (y.size() - x.size() > 1) return false;
    size_t i = 0;
    while (i < x.size() && x[i] == y[i]) ++i;
    if (i == x.size()) return y.size() != x.size();  // one letter added at the end, or equal
    if (x.size() == y.size())
      return x.substr(i + 1) == y.substr(i + 1) ||
             (i + 1 < x.size() && x[i] == y[i + 1] && x[i + 1] == y[i] && x.substr(i + 2) == y.substr(i + 2));
    return x.substr(i) == y.substr(i + 1);
  }

  // A country, a region or a capital is named at t: "Texas" of "Texas Oil
  // and Gas Corp" is still the state elsewhere in the article (a town's
  // name may be the company's: "Bethlehem" of "Bethlehem Steel Corp").
  bool names_a_land(const Annotation& a, uint32_t t) const {
    const Sentence& s = a.sentences[a.sentence_of[t]];
    std::string_view kind = place_kind_at(a, *lex_, s, t);
    if (kind == "region" || kind == "capital") return true;
    auto m = lex_->names.longest(a, t, t + 1);
    if (m.length)
      for (uint32_t v : *m.values)
        if (lex_->entries[v].kind == LexKind::kCountryName || lex_->entries[v].kind == LexKind::kCountryAdjective)
          return true;
    return false;
  }

  // "Franco Nevada Mining Corp Ltd" is "Franco Nevada" later: a company's
  // name without its trailing company words, when that short form is
  // itself a name (not one common word) and stands for one company.
  void resolve_short_company_names(Annotation& a) const {
    std::map<std::string, std::set<int32_t>> short_forms;
    for (const Span& s : a.spans) {
      if (s.type != NodeType::kOrganization || s.entity < 0 || s.kind != SpanKind::kName) continue;
      uint32_t core = s.last;
      for (uint32_t last = s.last; last > s.first + 1;) {
        if (!lex_->company_words.count(std::string(token_text(a, last - 1)))) break;
        --last;
        core = last;
        if (last - s.first == 1 && lex_->is_common_word(token_text(a, s.first))) break;
        short_forms[std::string(a.slice(s.first, last))].insert(s.entity);
      }
      // "Eastman Kodak Co" is "Kodak" later, "Shearson Lehman Brothers
      // Inc" "Shearson": one word of the name, no English word and no
      // given name, when it stands for one company of the article.
      if (core == s.last || core - s.first < 2) continue;
      for (uint32_t t = s.first; t < core; ++t) {
        std::string_view w = token_text(a, t);
        if (!a.tokens[t].word || !a.tokens[t].capitalized || lex_->is_common_word(w) || lex_->is_given_name(w) ||
            lex_->company_words.count(std::string(w)) || names_a_land(a, t))
          continue;
        short_forms[std::string(w)].insert(s.entity);
      }
    }
    if (short_forms.empty()) return;
    // People or places that are really the company ("Franco Nevada stock").
    for (Span& s : a.spans) {
      if (s.kind != SpanKind::kName || s.type == NodeType::kOrganization || s.type == NodeType::kCountry) continue;
      auto it = short_forms.find(std::string(a.slice(s.first, s.last)));
      if (it != short_forms.end() && it->second.size() == 1) s.entity = *it->second.begin(), s.type = NodeType::kOrganization;
    }
    for (uint32_t t = 0; t < a.tokens.size(); ++t) {
      if (!a.tokens[t].capitalized || a.span_at(t)) continue;
      for (uint32_t end = std::min<uint32_t>(static_cast<uint32_t>(a.tokens.size()), t + 4); end > t; --end) {
        auto it = short_forms.find(std::string(a.slice(t, end)));
        if (it == short_forms.end() || it->second.size() != 1) continue;
        if (end < a.tokens.size() && a.tokens[end].capitalized && a.tokens[end].space_before) continue;
        Span span;
        span.first = t;
        span.last = end;
        span.type = NodeType::kOrganization;
        span.entity = *it->second.begin();
        if (a.add_span(span)) t = end - 1;
        break;
      }
    }
  }

  // "the Secretary of State", "the Russian foreign minister": a role
  // without a name stands for the one person of the article who holds that
  // role (and country, when one is given). Roles come from the titles seen
  // right before names (kTitle spans); the affiliation stage has not run
  // yet, so the country is the adjective or name before the title.
  static void resolve_descriptions(Annotation& a) {
    std::map<std::string, std::set<int32_t>> holders;  // role -> people
    std::map<int32_t, std::set<int32_t>> country_of;   // person -> countries named before their title
    for (const Span& s : a.spans) {
      if (s.type != NodeType::kPerson || s.entity < 0 || s.kind != SpanKind::kName || s.first == 0) continue;
      const Span* title = a.span_at(s.first - 1);
      if (!title || title->kind != SpanKind::kTitle || title->role.empty()) continue;
      holders[title->role].insert(s.entity);
      if (title->first > 0)
        if (const Span* c = a.span_at(title->first - 1); c && c->type == NodeType::kCountry && c->entity >= 0)
          country_of[s.entity].insert(c->entity);
    }
    for (size_t i = 0; i < a.spans.size(); ++i) {
      const Span title = a.spans[i];
      if (title.kind != SpanKind::kTitle || title.role.empty() || title.first == 0) continue;
      // Followed by a name, it is that name's title, not a description.
      if (title.last < a.tokens.size() && a.tokens[title.last].capitalized && a.tokens[title.last].space_before) continue;
      uint32_t p = title.first;
      int32_t country = -1;
      if (const Span* c = a.span_at(p - 1); c && c->type == NodeType::kCountry && c->entity >= 0) {
        country = c->entity;
        p = c->first;
      }
      if (p == 0 || (token_text(a, p - 1) != "the" && token_text(a, p - 1) != "The")) continue;
      auto it = holders.find(title.role);
      if (it == holders.end()) continue;
      std::set<int32_t> fits;
      for (int32_t person : it->second)
        if (country < 0 || country_of[person].count(country)) fits.insert(person);
      if (fits.size() != 1) continue;
      // The description becomes a reference to the person: the title span
      // gives way to a span that names no one but points to them.
      Span ref;
      ref.first = title.first;
      ref.last = title.last;
      ref.kind = SpanKind::kPronoun;
      ref.type = NodeType::kPerson;
      ref.entity = *fits.begin();
      ref.role = title.role;
      a.spans[i] = ref;
    }
  }

  // "he", "she" (and "him", "her") stand for the person named last before
  // them, in this sentence or the two before. News writes a pronoun for
  // the person it is about, so the nearest name is right far more often
  // than not; without a name that near, the pronoun stays unresolved.
  static void resolve_pronouns(Annotation& a) {
    int32_t last = -1;
    uint32_t last_sentence = 0;
    for (uint32_t t = 0; t < a.tokens.size(); ++t) {
      if (const Span* sp = a.span_at(t)) {
        if (sp->type == NodeType::kPerson && sp->entity >= 0 && sp->kind == SpanKind::kName)
          last = sp->entity, last_sentence = a.sentence_of[t];
        t = sp->last - 1;
        continue;
      }
      std::string_view w = token_text(a, t);
      if (w != "he" && w != "He" && w != "she" && w != "She" && w != "him" && w != "her") continue;
      if (last < 0 || a.sentence_of[t] > last_sentence + 2) continue;
      Span span;
      span.first = t;
      span.last = t + 1;
      span.kind = SpanKind::kPronoun;
      span.type = NodeType::kPerson;
      span.entity = last;
      a.add_span(span);
    }
  }

  // "Bashar al-Assad" -> {"al-Assad", "Assad"}; "John Kerry" -> {"Kerry"}.
  static std::vector<std::string> surnames(const Annotation& a, const Span& s) {
    std::vector<std::string> out;
    uint32_t last = s.last - 1;
    out.emplace_back(token_text(a, last));
    uint32_t first = last;
    while (first > s.first + 1 && !a.tokens[first].space_before) --first;  // hyphenated tail
    if (first < last) out.emplace_back(a.slice(first, last + 1));
    return out;
  }

  std::shared_ptr<const Lexicons> lex_;
};

}  // namespace

std::unique_ptr<Extractor> make_coreference_extractor(std::shared_ptr<const Lexicons> lexicons) {
  return std::make_unique<CoreferenceExtractor>(std::move(lexicons));
}

}  // namespace newsgraph::extract
