// extract: from one Document to its DocumentFacts (graph/graph.h).
//
// What this header offers:
//   - Lexicons: the read-only data every extractor shares (gazetteers of
//     countries, places and organizations; titles; given names; an English
//     word list), loaded once from data/ and shared by all threads.
//   - Annotation: one document as it moves through the pipeline: tokens,
//     sentences, the spans found so far, the document's entities and
//     relations.
//   - Extractor: the seam. Each extractor finds one kind of fact and adds
//     it to the Annotation; it reads what earlier ones found.
//   - Pipeline: the extractors in their order, from Document to
//     DocumentFacts. extract() is a pure function of the Document (and the
//     Lexicons), so documents can be extracted in parallel.
//
// Offsets are byte offsets into Document::text; token ranges are half-open
// [first, last).
#pragma once

#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "graph/graph.h"

namespace newsgraph::extract {

// ---------------------------------------------------------------------------
// Text

struct Token {
  uint32_t start = 0, end = 0;  // bytes of Document::text
  bool space_before = false;    // whitespace between this token and the previous one
  bool newline_before = false;  // that whitespace holds a line break
  bool word = false;            // letters or digits (else punctuation/symbol)
  bool capitalized = false;     // a word whose first letter is upper case
  bool all_caps = false;        // a word with two or more letters, all upper case
};

struct Sentence {
  uint32_t first = 0, last = 0;  // token range
};

// The part of sentence `s` within `radius` tokens of token k: what a rule
// anchored at k (a meeting verb, a visit) searches for its people, date
// and place. Real sentences are shorter, so this is the whole sentence;
// on text that never ends a sentence it keeps such rules linear in the
// text rather than quadratic.
inline Sentence window_around(const Sentence& s, uint32_t k, uint32_t radius = 80) {
  return Sentence{k > s.first + radius ? k - radius : s.first, k + radius < s.last ? k + radius + 1 : s.last};
}

// Splits text into tokens and sentences. Words keep internal apostrophes
// ("O'Neill") and abbreviation dots ("U.S.", "Mr.", "J."); hyphens and a
// possessive "'s" are tokens of their own. Sentences end at . ! ? before a
// capitalised word, a quote or a digit (not after "Mr." or an initial), and
// at blank lines.
struct Tokenized {
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
};
Tokenized tokenize(std::string_view text);

// ---------------------------------------------------------------------------
// Lexicons

class Lexicons;       // defined in lexicons.h, internal to extract/
class PhraseMatcher;  // likewise

// Loads every lexicon under `data_dir` (see data/README.md) and, when
// `user_lexicon` is not empty, the user's additions (README.md, "Lexicon").
// With `name_model`, also the statistical name tagger (data/ner/), which
// the Pipeline then runs after the rules. Errors name the file and line.
Result<std::shared_ptr<const Lexicons>> load_lexicons(const std::string& data_dir,
                                                      const std::string& user_lexicon = "", bool name_model = false);

// ---------------------------------------------------------------------------
// Annotation

// What a span of tokens is.
enum class SpanKind : uint8_t {
  kName,       // names an entity: "Sergei Lavrov", "Russia", "NATO"
  kAdjective,  // a country's adjective: "Russian"
  kTitle,      // a role: "Foreign Minister", "spokesman"
  kPronoun,    // unused yet: reserved for coreference
};

struct Span {
  uint32_t first = 0, last = 0;  // token range
  SpanKind kind = SpanKind::kName;
  NodeType type = NodeType::kEntity;
  int32_t entity = -1;  // index into Annotation::entities, -1 when none
  std::string role;     // kTitle: the role it names ("Foreign Minister")
};

struct Annotation {
  const Document* document = nullptr;
  std::string_view text;
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::vector<uint32_t> sentence_of;  // token index -> sentence index
  std::vector<Span> spans;            // kept sorted by (first, last)
  // Mentions inside a longer name ("Iran" in "Iran nuclear deal"): they
  // count for their entity but claim no tokens.
  std::vector<Span> nested;
  std::vector<Entity> entities;
  std::vector<Relation> relations;

  // `text` split into tokens and sentences, with no spans yet: what every
  // stage starts from. The annotation views `text`, which must outlive it.
  static Annotation of_text(std::string_view text);
  // The text of tokens [first, last), as written.
  std::string_view slice(uint32_t first, uint32_t last) const;
  // Evidence for tokens [first, last): the sentence that holds them, or,
  // when that is longer than kMaxEvidenceText bytes, the whole tokens
  // around them that fit in it (the mention itself always).
  Evidence evidence(uint32_t first, uint32_t last) const;
  static constexpr uint32_t kMaxEvidenceText = 600;
  // The index of the entity with this id, adding `entity` when new.
  int32_t intern(Entity entity);
  // Adds a span, keeping `spans` sorted. Spans never overlap: one that
  // would is not added (and false is returned).
  bool add_span(Span span);
  // The span covering token `t`, or nullptr.
  const Span* span_at(uint32_t t) const;
  // Each token's key number for `matcher`, as PhraseMatcher::longest
  // looks them up (kUnasked until then): kept, because stages ask the same
  // matchers about the same tokens many times. Set `text` and `tokens`
  // before the first call; the vector stays valid while the Annotation
  // lives.
  std::vector<uint32_t>& phrase_keys(const PhraseMatcher& matcher) const;

 private:
  // One entry per matcher asked about; a deque, so that a reference handed
  // out stays valid when another matcher is added.
  mutable std::deque<std::pair<const PhraseMatcher*, std::vector<uint32_t>>> phrase_keys_;
  // Where span_at last looked: stages ask about token after token, so the
  // answer is most often that span or the next. Only a hint, checked
  // against `spans` before use, so any change to them leaves it safe.
  mutable size_t span_hint_ = 0;
};

// ---------------------------------------------------------------------------
// Extractors

class Extractor {
 public:
  virtual ~Extractor() = default;
  virtual std::string_view name() const = 0;
  virtual void run(Annotation& annotation) const = 0;
};

class Pipeline {
 public:
  // The standard pipeline over `lexicons`, extractors in this order:
  // titles, countries, organizations, places, agreements and events,
  // people, coreference, affiliation, meetings.
  explicit Pipeline(std::shared_ptr<const Lexicons> lexicons);
  ~Pipeline();
  Pipeline(Pipeline&&) noexcept;

  // The extractors' names, in order.
  std::vector<std::string_view> stages() const;

  // Runs every extractor over one document.
  Annotation annotate(const Document& document) const;
  // annotate(), turned into facts: entities with their mentions, names,
  // documents and evidence; relations with evidence.
  DocumentFacts extract(const Document& document) const;

 private:
  std::shared_ptr<const Lexicons> lexicons_;
  std::vector<std::unique_ptr<Extractor>> extractors_;
};

// The id slug of a name: lower case, accents, dots and apostrophes dropped,
// other punctuation and spaces joining words with '_' ("Sergei Lavrov" ->
// "sergei_lavrov", "U.S." -> "us").
std::string slug(std::string_view name);

}  // namespace newsgraph::extract
