// A country's ministries and institutions named with capitals, however the
// name is written: "the Japanese Finance Ministry", "Japan's Finance
// Ministry", "the Ministry of Finance", "the Finance Ministry" in a story
// about Japan; "the Central Bank of Brazil", "the Brazilian Central Bank",
// "the Central Bank" in a story about Brazil. The head-word extractor finds
// the name; this stage says whose body of which kind it is, so that every
// form of one country's body is one node, and the central banks of two
// countries are two. A ministry is its country's ministry of its portfolio
// (ministry_of: "organization:japan_finance_ministry", or the gazetteer's
// "Russian Foreign Ministry" for Russia's); an institution of
// data/national_bodies.tsv its country's body of that kind (country_body:
// the Central Bank of Brazil of the gazetteer, or
// "organization:kenya_statistics_office").
//
// Whose, in this order: the country inside the name ("the Japanese Finance
// Ministry", "the Central Bank of Brazil") or right before it ("Japan's
// Finance Ministry"); the one body of that kind the article names with its
// country ("the Japanese Finance Ministry ... the Finance Ministry said");
// the country the article names most (leading_country). A name none of
// these places is a body of its article only
// (`organization:finance_ministry_in_<doc>`): the "Central Bank" of two
// articles is rarely one body.
//
// A body of the gazetteer named in full ("Ministry of International Trade
// and Industry", "Reserve Bank of India") is the gazetteer's already and
// stays so.
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
  size_t span;                  // index into Annotation::spans
  std::string portfolio;        // a ministry's (Lexicons::portfolio), else empty
  const NationalBody* body;     // an institution's kind, else nullptr
  const Country* country;       // whose, when the name or the word before says
  bool starred;                 // a gazetteer form of one country's body, kept where no other is meant
};

class CountryBodyExtractor : public Extractor {
 public:
  explicit CountryBodyExtractor(std::shared_ptr<const Lexicons> lex) : lex_(std::move(lex)) {}
  std::string_view name() const override { return "country_bodies"; }

  void run(Annotation& a) const override {
    std::vector<Named> named;
    for (size_t i = 0; i < a.spans.size(); ++i)
      if (auto n = read(a, i)) named.push_back(std::move(*n));
    if (named.empty()) return;
    // Those whose country is said first, so that the others can be theirs.
    for (const Named& n : named)
      if (n.country) rekey(a, n, body_of(n, *n.country), n.country);
    std::string leader;
    bool leader_known = false;
    for (const Named& n : named) {
      if (n.country) continue;
      std::vector<std::string> ids = n.body ? bodies_named(a, *lex_, *n.body) : ministries_named(a, *lex_, n.portfolio);
      const std::string& current = a.entities[a.spans[n.span].entity].id;
      ids.erase(std::remove(ids.begin(), ids.end(), current), ids.end());
      std::sort(ids.begin(), ids.end());
      ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
      if (ids.size() == 1) {
        rekey(a, n, {ids.front(), ""}, nullptr);
        continue;
      }
      if (!leader_known) leader = leading_country(a), leader_known = true;
      const Country* country =
          ids.empty() && !leader.empty() ? lex_->country_by_slug(std::string_view(leader).substr(8)) : nullptr;
      if (!country && n.starred) continue;  // "the Supreme Court": the gazetteer's, as nothing says another
      rekey(a, n, country ? body_of(n, *country) : std::pair<std::string, std::string>(), country);
    }
  }

 private:
  // The ministry named by span i, if it names one the gazetteer does not
  // hold whole.
  std::optional<Named> read(const Annotation& a, size_t i) const {
    const Span& sp = a.spans[i];
    if (sp.type != NodeType::kOrganization || sp.kind != SpanKind::kName || sp.entity < 0) return std::nullopt;
    // The gazetteer's, but for a form it holds for one country among
    // many ("Supreme Court", "Ministry of Defence") where the name, the
    // word before or the article says whose: "Russia's Ministry of
    // Defence".
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
    // An institution: "Central Bank", "Central Bank of" (Brazil).
    while (!words.empty() && (words.back() == "of" || words.back() == "the")) words.pop_back();
    std::string phrase;
    for (const std::string& w : words) phrase.append(phrase.empty() ? "" : " ").append(w);
    const NationalBody* body = nullptr;
    if (auto it = lex_->national_bodies.find(phrase); it != lex_->national_bodies.end()) body = &it->second;
    std::vector<std::string> portfolio;
    auto head = std::find(words.begin(), words.end(), "ministry");
    if (body) {
      // No portfolio to read.
    } else if (head == words.end()) {
      return std::nullopt;
    } else if (head + 1 == words.end()) {
      portfolio.assign(words.begin(), head);  // "Finance Ministry"
    } else if (head == words.begin() && (head[1] == "of" || head[1] == "for")) {
      portfolio.assign(head + 2, words.end());  // "Ministry of Finance"
    } else {
      return std::nullopt;
    }
    if (!body && (portfolio.empty() || portfolio.size() > kMaxPortfolioWords)) return std::nullopt;
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
    return Named{i, body ? std::string() : lex_->portfolio(portfolio), body, country, known == Gazetteer::kAmbiguous};
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

  // Country c's body that `n` names: the id and label, empty for none.
  std::pair<std::string, std::string> body_of(const Named& n, const Country& c) const {
    return n.body ? country_body(*lex_, c, *n.body) : ministry_of(*lex_, c, n.portfolio);
  }

  // Points n's span at the entity (id, label), the country's when given;
  // at a body of its article's own where the id is empty.
  static void rekey(Annotation& a, const Named& n, std::pair<std::string, std::string> to, const Country* country) {
    if (to.first.empty()) {
      if (!a.document) return;
      to = {"organization:" + (n.body ? n.body->key : n.portfolio + "_ministry") + "_in_" + slug(a.document->id), ""};
      country = nullptr;
    }
    const size_t i = n.span;
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

std::unique_ptr<Extractor> make_country_body_extractor(std::shared_ptr<const Lexicons> lexicons) {
  return std::make_unique<CountryBodyExtractor>(std::move(lexicons));
}

}  // namespace newsgraph::extract
