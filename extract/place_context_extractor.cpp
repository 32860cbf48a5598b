// Towns no gazetteer lists, placed by the text: a name followed by the
// region it is in ("from Hartpury, Gloucestershire") or by the town it is
// near ("Bromesberrow, near Ledbury"). They take that region's country.
// The gazetteer keeps only towns of 15,000 people or more; local news
// names villages all the time, and always this way.
#include <vector>

#include "extract/dates.h"
#include "extract/extractors.h"

namespace newsgraph::extract {

namespace {

// A village's name has at most this many words ("Market Harborough").
constexpr uint32_t kMaxWords = 3;

class PlaceContextExtractor : public Extractor {
 public:
  explicit PlaceContextExtractor(std::shared_ptr<const Lexicons> lex) : lex_(std::move(lex)) {}
  std::string_view name() const override { return "place_context"; }

  void run(Annotation& a) const override {
    for (const Sentence& s : a.sentences)
      for (uint32_t t = s.first; t < s.last; ++t) {
        if (!free_capital(a, t) || (t > s.first && free_capital(a, t - 1))) continue;
        uint32_t end = t;
        while (end < s.last && end - t < kMaxWords && free_capital(a, end)) ++end;
        if (end + 1 >= s.last || token_text(a, end) != ",") continue;
        // "Port Pirie", "Cape Canaveral": a common word may start the name;
        // other names ("IG Metall", "Henley-on-Thames") hold it.
        uint32_t first = t;
        if (t > s.first && a.tokens[t - 1].word && a.tokens[t - 1].capitalized) {
          if (a.span_at(t - 1) || a.tokens[t - 1].all_caps || sentence_start(a, t - 1)) continue;
          first = t - 1;
        }
        if (t > s.first && !a.tokens[t].space_before) continue;
        const Span* where = placed_by(a, s, end + 1);
        if (!where) continue;
        const std::string region = a.entities[where->entity].id;  // before spans move
        std::string id = "place:" + slug(a.slice(first, end));
        if (!add_mention(a, first, end, NodeType::kPlace, id, "")) continue;
        // The country of the region or town it is placed by.
        for (const Relation& r : std::vector<Relation>(a.relations))
          if (r.source == region && r.type == relation::kLocatedIn) {
            Relation located;
            located.source = id;
            located.target = r.target;
            located.type = std::string(relation::kLocatedIn);
            a.relations.push_back(std::move(located));
            break;
          }
        t = end;
      }
  }

 private:
  // A capitalised word no extractor claimed, neither a date nor a common
  // word that only the sentence's start capitalises.
  bool free_capital(const Annotation& a, uint32_t t) const {
    const Token& tok = a.tokens[t];
    if (!tok.word || !tok.capitalized || tok.all_caps || a.span_at(t)) return false;
    std::string_view w = token_text(a, t);
    if (calendar_word(w) || lex_->is_given_name(w)) return false;
    return !lex_->is_common_word(w);
  }

  // At t: a region of the gazetteer ("Gloucestershire") that ends a phrase,
  // or "near" and a place ("near Ledbury"). Returns the place's span.
  const Span* placed_by(const Annotation& a, const Sentence& s, uint32_t t) const {
    bool near = token_text(a, t) == "near" && t + 1 < s.last;
    if (near) ++t;
    const Span* sp = a.span_at(t);
    if (!sp || sp->first != t || sp->type != NodeType::kPlace || sp->entity < 0 || sp->kind != SpanKind::kName)
      return nullptr;
    // "Smith, Texas Instruments' chief": the region starts another name.
    // "IG Metall, Europe's largest union": the region owns something.
    if (sp->last < s.last && (a.tokens[sp->last].capitalized || a.span_at(sp->last))) return nullptr;
    if (sp->last < s.last && (token_text(a, sp->last) == "'s" || token_text(a, sp->last) == "\u2019s")) return nullptr;
    return near || place_kind_at(a, *lex_, s, t) == "region" ? sp : nullptr;
  }

  std::shared_ptr<const Lexicons> lex_;
};

}  // namespace

std::unique_ptr<Extractor> make_place_context_extractor(std::shared_ptr<const Lexicons> lexicons) {
  return std::make_unique<PlaceContextExtractor>(std::move(lexicons));
}

}  // namespace newsgraph::extract
