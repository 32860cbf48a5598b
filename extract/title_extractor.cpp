#include "extract/extractors.h"

namespace newsgraph::extract {

namespace {

class TitleExtractor : public Extractor {
 public:
  explicit TitleExtractor(std::shared_ptr<const Lexicons> lex) : lex_(std::move(lex)) {}
  std::string_view name() const override { return "titles"; }

  void run(Annotation& a) const override {
    for (const Sentence& s : a.sentences) {
      for (uint32_t t = s.first; t < s.last;) {
        if (const Span* taken = a.span_at(t)) {  // "Kremlin" in "Kremlin spokesman"
          t = taken->last;
          continue;
        }
        auto m = lex_->titles.longest(a, t, s.last);
        if (m.length == 0 || !a.tokens[t].word) {
          ++t;
          continue;
        }
        const Title& title = lex_->title_list[m.values->front()];
        Span span;
        span.first = t;
        span.last = t + m.length;
        span.kind = SpanKind::kTitle;
        span.role = title.role.empty() ? std::string() : title.role;
        t = a.add_span(span) ? t + m.length : t + 1;
      }
    }
  }

 private:
  std::shared_ptr<const Lexicons> lex_;
};

}  // namespace

std::unique_ptr<Extractor> make_title_extractor(std::shared_ptr<const Lexicons> lexicons) {
  return std::make_unique<TitleExtractor>(std::move(lexicons));
}

}  // namespace newsgraph::extract
