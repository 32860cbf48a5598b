// Internal to the name tagger (name_tagger.h) and its trainer
// (extract/train/): the tag set, the model, the features of a token,
// decoding, and the model file.
//
// What a caller must know:
//   - Features are hashed into 2^bits buckets; each bucket holds one weight
//     per tag. Training and tagging compute features with the same code
//     (NameFeatures), so a model sees at run time what it saw in training.
//   - Only some tokens are scored: those near a word with a capital letter
//     (NameFeatures::windows). Every other token is O without scoring, so
//     running text costs little.
//   - kFeatureVersion names the feature set; a model file written for
//     another one is refused. Bump it with any change to NameFeatures.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "extract/name_tagger.h"

namespace newsgraph::extract {

// ---------------------------------------------------------------------------
// Tags: O, then B and I of each NameType (B-PER = 1, I-PER = 2, B-ORG = 3...).

inline constexpr int kTagCount = 1 + 2 * kNameTypeCount;
inline constexpr uint8_t kOutside = 0;
// The "previous tag" of a window's first token when it starts a sentence.
inline constexpr int kSentenceStart = kTagCount;

inline uint8_t begin_tag(NameType type) { return static_cast<uint8_t>(1 + 2 * static_cast<int>(type)); }
inline uint8_t inside_tag(NameType type) { return static_cast<uint8_t>(2 + 2 * static_cast<int>(type)); }
inline bool is_inside(int tag) { return tag != kOutside && tag % 2 == 0; }
inline NameType tag_type(int tag) { return static_cast<NameType>((tag - 1) / 2); }
// BIO: I-X only after B-X or I-X (never after O or at a sentence start).
inline bool transition_allowed(int previous, int tag) {
  if (!is_inside(tag)) return true;
  return previous != kSentenceStart && previous != kOutside && tag_type(previous) == tag_type(tag);
}

// "O", "B-PER", "I-LOC", ...
std::string tag_name(int tag);

// ---------------------------------------------------------------------------
// The model

inline constexpr uint32_t kFeatureVersion = 1;

struct NameModel {
  uint32_t bits = 18;          // 2^bits feature buckets
  std::vector<float> weights;  // bucket-major: weights[bucket * kTagCount + tag]
  // transitions[previous][tag]; previous kSentenceStart: a sentence's
  // first token. Pairs that BIO forbids weigh -infinity, always: decoding
  // needs no test, and training never moves them (gold and predicted tag
  // sequences are valid).
  std::array<std::array<float, kTagCount>, kTagCount + 1> transitions{};

  size_t buckets() const { return size_t{1} << bits; }
  // A model of 2^bits buckets, every weight 0 (forbidden transitions
  // -infinity).
  static NameModel zero(uint32_t bits);
};

// ---------------------------------------------------------------------------
// Features

// Tokens [first, last) of one sentence, scored together; every token of the
// sentence outside the windows is O.
struct Window {
  uint32_t first = 0, last = 0;
  bool sentence_start = false;  // first is the sentence's first token
};

// The features of a window's tokens: token k of the window has buckets
// [offsets[k], offsets[k + 1]).
struct WindowFeatures {
  std::vector<uint32_t> buckets;
  std::vector<uint32_t> offsets;
  void clear() {
    buckets.clear();
    offsets.assign(1, 0);
  }
};

// Computes windows and features for the sentences of one annotation. It
// reads the whole document once when constructed (how each word is
// written) and keeps per-sentence scratch: use one object for all the
// sentences of a document.
class NameFeatures {
 public:
  NameFeatures(const Annotation& annotation, const Lexicons& lexicons, uint32_t bits);

  // Reads sentence `s` (lexicon matches, capitals) and appends its windows
  // to `windows`. Call before features() for windows of that sentence.
  void windows(const Sentence& s, std::vector<Window>& windows);
  // Appends the features of the tokens of `w` (a window of the sentence
  // last passed to windows()).
  void features(const Window& w, WindowFeatures& out);

 private:
  struct TokenInfo {
    uint64_t word = 0;   // hash of the lower-cased text
    uint64_t shape = 0;  // hash of the word shape (only in and next to windows)
    uint8_t flags = 0;
    uint8_t gazetteer = 0;  // 0, or 1 + 2 * (LexKind * 2 + ambiguous) + inside
    bool trigger = false;   // holds a capital letter
    bool expands = false;   // widens the window around it
    bool scored = false;    // in a window
    bool given = false;     // a known given name
    bool common = false;    // capitalised and a common English word
  };
  const TokenInfo& info(int64_t t) const;
  bool title_before(uint32_t t);
  bool in_title(uint32_t t);
  int title_length(uint32_t t);
  void emit(uint64_t template_id, uint64_t value);

  // How a word is written elsewhere in the document: kSeenLower,
  // kSeenCapitalised (not opening a sentence). An open-addressing table of
  // lower-cased word hashes, built once per document.
  uint8_t seen(uint64_t word) const;

  const Annotation& a_;
  const Lexicons& lex_;
  uint32_t shift_;
  std::vector<uint64_t> word_hashes_;  // by token: hash of the lower-cased text
  std::vector<uint64_t> seen_words_;   // 0: empty slot
  std::vector<uint8_t> seen_how_;
  Sentence sentence_{};
  bool headline_ = false;
  std::vector<TokenInfo> infos_;       // by token - sentence_.first
  TokenInfo before_sentence_, after_sentence_;  // what info() gives outside the sentence
  std::vector<int8_t> title_lengths_;  // memo of title_length(), -1: unknown
  std::string scratch_;
  WindowFeatures* out_ = nullptr;
};

// ---------------------------------------------------------------------------
// Decoding

// Scratch for decode(), reused across windows.
struct DecodeScratch {
  std::vector<float> emissions, scores, backward;
  std::vector<uint8_t> back;
};

// The best BIO-valid tags of a window's tokens (Viterbi over the emission
// and transition weights). Token k of the window has the features
// [offsets[first_offset + k], offsets[first_offset + k + 1]) of `features`.
// `tags` gets one tag per token; `margins`, when given, per token how much
// the best path's score exceeds that of the best path that tags the token
// otherwise (>= 0; left 0 in a window tagged all O, to save the work).
void decode(const NameModel& model, const Window& window, const WindowFeatures& features, size_t first_offset,
            DecodeScratch& scratch, std::vector<uint8_t>& tags, std::vector<float>* margins = nullptr);

// ---------------------------------------------------------------------------
// The model file (format in name_model_file.cpp)

Status write_model(const NameModel& model, const std::string& path);
Result<std::shared_ptr<const NameModel>> read_model(const std::string& path);

}  // namespace newsgraph::extract
