// Visits: "Kerry visited Moscow", "Kerry's visit to Russia", "Lavrov
// arrived in Washington", "Kerry flew to Sochi": a visited link from the
// person to the place or country, with the date the sentence gives and,
// for a visit to come, attribute status "planned".
#include <algorithm>
#include <array>

#include "extract/dates.h"
#include "extract/extractors.h"
// The modality of a visit is told as a meeting's is: one grammar.
#include "extract/meeting_parts.h"

namespace newsgraph::extract {

namespace {

constexpr std::array<std::string_view, 8> kVisitVerbs = {"visited", "visits", "visit", "arrived", "arrives",
                                                         "flew",    "travelled", "traveled"};
constexpr std::array<std::string_view, 4> kVisitNouns = {"visit", "trip", "arrival", "journey"};

class VisitExtractor : public Extractor {
 public:
  explicit VisitExtractor(std::shared_ptr<const Lexicons> lex) : lex_(std::move(lex)) {}
  std::string_view name() const override { return "visits"; }

  void run(Annotation& a) const override {
    for (const Sentence& sentence : a.sentences)
      for (uint32_t k = sentence.first; k < sentence.last; ++k) {
        const Sentence s = window_around(sentence, k);
        std::string_view w = token_text(a, k);
        bool verb = in(kVisitVerbs, w), noun = in(kVisitNouns, w);
        if (!verb && !noun) continue;
        int32_t place = destination(a, s, k + 1, verb);
        if (place < 0) continue;
        int32_t who = visitor(a, s, k, noun);
        if (who < 0) continue;
        for (uint32_t t = k > s.first + 4 ? k - 4 : s.first; t < k; ++t)
          if (token_text(a, t) == "not" || token_text(a, t) == "n't" || token_text(a, t) == "never") who = -1;
        if (who < 0) continue;
        Relation r;
        r.source = a.entities[who].id;
        r.target = a.entities[place].id;
        r.type = std::string(relation::kVisited);
        std::vector<DateMention> dates = find_dates(a, s, false);
        if (dates.size() == 1) r.date = dates[0].iso;  // one date in the sentence: the visit's
        // "hopes to visit Canada", "when he visits Washington next month",
        // "for Nakasone's visit to Washington, April 29": told as a meeting
        // would be, or the nearest date after the article.
        if (meeting::after_article(a, meeting::nearest_date(a, s, k, false)) || meeting::status(a, s, k) == "planned")
          r.attributes["status"] = std::string("planned");
        r.evidence.push_back(a.evidence(k, k + 1));
        a.relations.push_back(std::move(r));
      }
  }

 private:
  // "visited Moscow", "arrived in Sochi", "flew to Antalya", "visit to Russia".
  int32_t destination(const Annotation& a, const Sentence& s, uint32_t t, bool verb) const {
    if (t < s.last && (token_text(a, t) == "in" || token_text(a, t) == "to")) ++t;
    else if (!verb) return -1;
    if (t < s.last && token_text(a, t) == "the") ++t;
    const Span* sp = t < s.last ? a.span_at(t) : nullptr;
    if (!sp || sp->entity < 0 || sp->kind != SpanKind::kName) return -1;
    if (sp->type != NodeType::kPlace && sp->type != NodeType::kCountry) return -1;
    return sp->entity;
  }

  // The person before the trigger: "Kerry visited", "Kerry's visit",
  // "Kerry will visit", "his visit" (a resolved pronoun).
  int32_t visitor(const Annotation& a, const Sentence& s, uint32_t k, bool noun) const {
    uint32_t p = k;
    for (int gap = 0; p > s.first && gap < 5; ++gap) {
      const Span* sp = a.span_at(p - 1);
      if (sp && sp->type == NodeType::kPerson && sp->entity >= 0) return sp->entity;
      std::string_view w = token_text(a, p - 1);
      if (noun && (w == "his" || w == "her")) {
        // The possessive stands for the last person named before it.
        for (uint32_t q = p - 1; q > s.first; --q)
          if (const Span* x = a.span_at(q - 1); x && x->type == NodeType::kPerson && x->entity >= 0) return x->entity;
        return -1;
      }
      if (!(a.tokens[p - 1].word && !a.tokens[p - 1].capitalized) && w != "'s" && w != "\u2019s") return -1;
      p = sp ? sp->first : p - 1;
    }
    return -1;
  }

  std::shared_ptr<const Lexicons> lex_;
};

}  // namespace

std::unique_ptr<Extractor> make_visit_extractor(std::shared_ptr<const Lexicons> lexicons) {
  return std::make_unique<VisitExtractor>(std::move(lexicons));
}

}  // namespace newsgraph::extract
