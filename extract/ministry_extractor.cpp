// Ministries named with capitals, however the name is written: "the
// Japanese Finance Ministry", "Japan's Finance Ministry", "the Ministry of
// Finance", "the Finance Ministry" in a story about Japan. The head-word
// extractor finds the name; this stage says whose ministry of which
// portfolio it is, so that every form of one country's ministry is one node
// (ministry_of: "organization:japan_finance_ministry", or the gazetteer's
// "Russian Foreign Ministry" for Russia's), and the finance ministries of
// two countries are two.
//
// Whose, in this order: the country inside the name ("the Japanese Finance
// Ministry") or right before it ("Japan's Finance Ministry"); the one
// ministry of that portfolio the article names with its country ("the
// Japanese Finance Ministry ... the Finance Ministry said"); the country
// the article names most (leading_country). A name none of these places is
// a body of its article only (`organization:finance_ministry_in_<doc>`):
// the "Finance Ministry" of two articles is rarely one body.
//
// A ministry of the gazetteer named in full ("Ministry of International
// Trade and Industry") is the gazetteer's already and stays so.
#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "extract/extractors.h"

namespace newsgraph::extract {

namespace {

// A portfolio has at most this many words: "Foreign Economic Relations and
// Trade". A longer run is more than one name ("Ministry of Finance and the
// Bank of Tokyo").
constexpr size_t kMaxPortfolioWords = 5;

struct Named {
  size_t span;              // index into Annotation::spans
  std::string portfolio;    // Lexicons::portfolio
  const Country* country;   // whose, when the name or the word before says
};

class MinistryExtractor : public Extractor {
 public:
  explicit MinistryExtractor(std::shared_ptr<const Lexicons> lex) : lex_(std::move(lex)) {}
  std::string_view name() const override { return "ministries"; }

  void run(Annotation& a) const override {
    std::vector<Named> named;
    for (size_t i = 0; i < a.spans.size(); ++i)
      if (auto n = read(a, i)) named.push_back(std::move(*n));
    if (named.empty()) return;
    // Those whose country is said first, so that the others can be theirs.
    for (const Named& n : named)
      if (n.country) rekey(a, n.span, ministry_of(*lex_, *n.country, n.portfolio), n.country);
    std::string leader;
    bool leader_known = false;
    for (const Named& n : named) {
      if (n.country) continue;
      std::vector<std::string> ids = ministries_named(a, *lex_, n.portfolio);
      const std::string& current = a.entities[a.spans[n.span].entity].id;
      ids.erase(std::remove(ids.begin(), ids.end(), current), ids.end());
      std::sort(ids.begin(), ids.end());
      ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
      if (ids.size() == 1) {
        rekey(a, n.span, {ids.front(), ""}, nullptr);
        continue;
      }
      if (!leader_known) leader = leading_country(a), leader_known = true;
      const Country* country =
          ids.empty() && !leader.empty() ? lex_->country_by_slug(std::string_view(leader).substr(8)) : nullptr;
      if (country) {
        rekey(a, n.span, ministry_of(*lex_, *country, n.portfolio), country);
      } else if (a.document) {
        rekey(a, n.span, {"organization:" + n.portfolio + "_ministry_in_" + slug(a.document->id), ""}, nullptr);
      }
    }
  }

 private:
  // The ministry named by span i, if it names one the gazetteer does not
  // hold whole.
  std::optional<Named> read(const Annotation& a, size_t i) const {
    const Span& sp = a.spans[i];
    if (sp.type != NodeType::kOrganization || sp.kind != SpanKind::kName || sp.entity < 0) return std::nullopt;
    // The gazetteer's, but for a form it holds for one country among
    // many when another's owns it: "Russia's Ministry of Defence".
    const Gazetteer known = from_gazetteer(a, sp);
    if (known == Gazetteer::kSure) return std::nullopt;
    // The country inside the name: "Japanese", "West German".
    const Country* country = nullptr;
    std::vector<bool> country_word(sp.last - sp.first, false);
    for (const Span& inner : a.nested) {
      if (inner.first < sp.first || inner.last > sp.last || inner.type != NodeType::kCountry || inner.entity < 0)
        continue;
      const std::string& id = a.entities[inner.entity].id;
      if (id.rfind("country:", 0) != 0) continue;
      const Country* c = lex_->country_by_slug(std::string_view(id).substr(8));
      if (!c || (country && country != c)) return std::nullopt;  // "U.S.-Japan ... Ministry": whose is unclear
      country = c;
      for (uint32_t t = inner.first; t < inner.last; ++t) country_word[t - sp.first] = true;
    }
    std::vector<std::string> words;
    for (uint32_t t = sp.first; t < sp.last; ++t) {
      if (country_word[t - sp.first] || !a.tokens[t].word) continue;
      std::string w(token_text(a, t));
      for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (w == "the" && words.empty()) continue;
      words.push_back(std::move(w));
    }
    std::vector<std::string> portfolio;
    auto head = std::find(words.begin(), words.end(), "ministry");
    if (head == words.end()) return std::nullopt;
    if (head + 1 == words.end()) {
      portfolio.assign(words.begin(), head);  // "Finance Ministry"
    } else if (head == words.begin() && (head[1] == "of" || head[1] == "for")) {
      portfolio.assign(head + 2, words.end());  // "Ministry of Finance"
    } else {
      return std::nullopt;
    }
    if (portfolio.empty() || portfolio.size() > kMaxPortfolioWords) return std::nullopt;
    // A portfolio is common words ("Trade and Industry"); a name among
    // them makes it another body ("Ministry of Finance and the Bank of
    // Tokyo").
    for (const std::string& w : portfolio)
      if (w == "the" || w == "of" || (!lex_->portfolios.count(w) && !lex_->is_common_word(w))) return std::nullopt;
    if (!country) {
      const Sentence& s = a.sentences[a.sentence_of[sp.first]];
      if (const Span* owner = country_owner_before(a, s, sp.first))
        country = lex_->country_by_slug(std::string_view(a.entities[owner->entity].id).substr(8));
    }
    if (known == Gazetteer::kAmbiguous && !country) return std::nullopt;
    return Named{i, lex_->portfolio(portfolio), country};
  }

  enum class Gazetteer { kNo, kSure, kAmbiguous };

  // Whether the span's entity is the gazetteer's entry for its words, and
  // whether by a starred form.
  Gazetteer from_gazetteer(const Annotation& a, const Span& sp) const {
    auto m = lex_->names.longest(a, sp.first, sp.last);
    if (m.length != sp.last - sp.first) return Gazetteer::kNo;
    const std::string& id = a.entities[sp.entity].id;
    for (uint32_t v : *m.values) {
      const LexEntry& e = lex_->entries[v];
      if (e.kind == LexKind::kOrganization && id == "organization:" + lex_->organizations[e.index].slug)
        return e.ambiguous ? Gazetteer::kAmbiguous : Gazetteer::kSure;
    }
    return Gazetteer::kNo;
  }

  // Points span i at the entity (id, label), the country's when given.
  static void rekey(Annotation& a, size_t i, const std::pair<std::string, std::string>& to, const Country* country) {
    Entity e;
    e.id = to.first;
    e.type = NodeType::kOrganization;
    e.canonical = to.second;
    a.spans[i].entity = a.intern(std::move(e));
    if (country) affiliate_with_country(a, to.first, *country);
  }

  std::shared_ptr<const Lexicons> lex_;
};

}  // namespace

std::unique_ptr<Extractor> make_ministry_extractor(std::shared_ptr<const Lexicons> lexicons) {
  return std::make_unique<MinistryExtractor>(std::move(lexicons));
}

}  // namespace newsgraph::extract
