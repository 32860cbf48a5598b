// The name tagger's features: which tokens are scored, and what each one
// looks like, hashed straight from the text into buckets. No string is
// built per token: lexicon lookups reuse one buffer.
#include <algorithm>
#include <limits>

#include "extract/lexicons.h"
#include "extract/name_model.h"

namespace newsgraph::extract {

namespace {

// Tokens this close to a word with a capital letter are scored; names'
// lower-case parts ("Bank of America", "Organisation for the Prohibition")
// lie within it.
constexpr uint32_t kWindowRadius = 1;
// Titles are at most this many tokens long ("Deputy Foreign Minister").
constexpr uint32_t kLongestTitle = 4;

// Feature templates: the kind of a feature, hashed with its value. The
// numbers are part of the model: renumbering needs kFeatureVersion bumped
// and a new model.
enum Template : uint64_t {
  kBias = 1,
  kWord,
  kShape,
  kPrefix1,
  kPrefix2,
  kPrefix3,
  kSuffix2,
  kSuffix3,
  kFlags,
  kWordBefore1,
  kWordBefore2,
  kWordAfter1,
  kWordAfter2,
  kShapeBefore1,
  kShapeBefore2,
  kShapeAfter1,
  kShapeAfter2,
  kWordBigramAfter,
  kShapeTrigram,
  kGazetteer,
  kGazetteerBefore,
  kGazetteerAfter,
  kGivenName,
  kGivenNameBefore,
  kTitleBefore,
  kInTitle,
  kCommonWord,
  kHeadlineShape,
  kDocumentCase,
  kSuffix4,
  kWordBeforeShape,
  kShapeWordAfter,
};

// How a word is written elsewhere in its document.
constexpr uint8_t kSeenLower = 1, kSeenCapitalised = 2;

// Token flags.
constexpr uint8_t kCapitalised = 1, kAllCaps = 2, kDigit = 4, kHyphenated = 8, kInnerCapital = 16, kIsWord = 32;

constexpr uint64_t kFnvOffset = 14695981039346656037ull;
constexpr uint64_t kFnvPrime = 1099511628211ull;

inline uint64_t add_byte(uint64_t h, unsigned char c) { return (h ^ c) * kFnvPrime; }

// Murmur3's finaliser: spreads a hash over all 64 bits.
inline uint64_t mix(uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ull;
  h ^= h >> 33;
  return h;
}

inline uint64_t pair(uint64_t a, uint64_t b) { return mix(a * 0x9e3779b97f4a7c15ull + b); }

inline bool continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// FNV-1a of `s` with ASCII letters lower-cased and ’ read as '.
uint64_t hash_lower(std::string_view s, uint64_t h = kFnvOffset) {
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == 0xE2 && s.compare(i, 3, "\u2019") == 0) {
      c = '\'';
      i += 2;
    } else if (c >= 'A' && c <= 'Z') {
      c = static_cast<unsigned char>(c - 'A' + 'a');
    }
    h = add_byte(h, c);
  }
  return h;
}

// The first / last `n` code points of s (all of s when it is shorter).
std::string_view prefix(std::string_view s, int n) {
  size_t i = 0;
  for (int k = 0; k < n && i < s.size(); ++k) {
    ++i;
    while (i < s.size() && continuation(static_cast<unsigned char>(s[i]))) ++i;
  }
  return s.substr(0, i);
}
std::string_view suffix(std::string_view s, int n) {
  size_t i = s.size();
  for (int k = 0; k < n && i > 0; ++k) {
    --i;
    while (i > 0 && continuation(static_cast<unsigned char>(s[i]))) --i;
  }
  return s.substr(i);
}

// The word's shape, runs of one class capped at two: "Xxx" (Moscow), "XX"
// (NATO), "X.X." (U.S.), "dd" (2016), "Xd" (G20), "xXx" (iPhone). Letters
// outside ASCII count as lower case but for a capitalised word's first one.
uint64_t hash_shape(std::string_view s, bool capitalised) {
  uint64_t h = kFnvOffset;
  unsigned char last = 0;
  int run = 0;
  bool first = true;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (continuation(c)) continue;
    unsigned char k;
    if (c >= 'A' && c <= 'Z') k = 'X';
    else if (c >= 'a' && c <= 'z') k = 'x';
    else if (c >= '0' && c <= '9') k = 'd';
    else if (c >= 0x80) k = first && capitalised ? 'X' : 'x';
    else k = c;
    first = false;
    run = k == last ? run + 1 : 1;
    last = k;
    if (run <= 2) h = add_byte(h, k);
  }
  return h;
}

const uint64_t kSentenceBeginWord = hash_lower("<s>");
const uint64_t kSentenceEndWord = hash_lower("</s>");

bool is_hyphen(std::string_view w) {
  return w.size() == 1 ? w[0] == '-' : w.size() == 3 && (w == "\u2010" || w == "\u2011");
}

}  // namespace

std::string tag_name(int tag) {
  if (tag == kOutside) return "O";
  return std::string(is_inside(tag) ? "I-" : "B-") + std::string(to_string(tag_type(tag)));
}

NameModel NameModel::zero(uint32_t bits) {
  NameModel m;
  m.bits = bits;
  m.weights.assign(m.buckets() * kTagCount, 0.0f);
  for (int p = 0; p <= kTagCount; ++p)
    for (int t = 0; t < kTagCount; ++t)
      m.transitions[p][t] = transition_allowed(p, t) ? 0.0f : -std::numeric_limits<float>::infinity();
  return m;
}

NameFeatures::NameFeatures(const Annotation& annotation, const Lexicons& lexicons, uint32_t bits)
    : a_(annotation), lex_(lexicons), shift_(64 - bits) {
  before_sentence_.word = before_sentence_.shape = kSentenceBeginWord;
  after_sentence_.word = after_sentence_.shape = kSentenceEndWord;
  size_t slots = 16;
  while (slots < 2 * a_.tokens.size()) slots *= 2;
  seen_words_.assign(slots, 0);
  seen_how_.assign(slots, 0);
  word_hashes_.resize(a_.tokens.size());
  for (uint32_t t = 0; t < a_.tokens.size(); ++t) {
    const Token& tok = a_.tokens[t];
    std::string_view w = a_.text.substr(tok.start, tok.end - tok.start);
    uint64_t h = word_hashes_[t] = hash_lower(w);
    if (!tok.word) continue;
    uint8_t how = 0;
    if (!tok.capitalized) {
      how = kSeenLower;
      for (char c : w)
        if (c >= 'A' && c <= 'Z') how = 0;
    } else if (!a_.sentence_of.empty() && a_.sentences[a_.sentence_of[t]].first != t) {
      how = kSeenCapitalised;
    }
    if (!how) continue;
    h |= 1;  // never 0, the empty slot
    size_t i = mix(h) & (slots - 1);
    while (seen_words_[i] != 0 && seen_words_[i] != h) i = (i + 1) & (slots - 1);
    seen_words_[i] = h;
    seen_how_[i] |= how;
  }
}

uint8_t NameFeatures::seen(uint64_t word) const {
  uint64_t h = word | 1;
  const size_t mask = seen_words_.size() - 1;
  for (size_t i = mix(h) & mask; seen_words_[i] != 0; i = (i + 1) & mask)
    if (seen_words_[i] == h) return seen_how_[i];
  return 0;
}

inline const NameFeatures::TokenInfo& NameFeatures::info(int64_t t) const {
  if (t < sentence_.first) return before_sentence_;
  if (t >= sentence_.last) return after_sentence_;
  return infos_[static_cast<size_t>(t - sentence_.first)];
}

void NameFeatures::windows(const Sentence& s, std::vector<Window>& out) {
  sentence_ = s;
  const size_t n = s.last - s.first;
  infos_.assign(n, TokenInfo{});
  title_lengths_.assign(n, -1);
  auto text_of = [&](uint32_t t) { return a_.text.substr(a_.tokens[t].start, a_.tokens[t].end - a_.tokens[t].start); };

  for (uint32_t t = s.first; t < s.last; ++t) {
    const Token& tok = a_.tokens[t];
    std::string_view w = text_of(t);
    TokenInfo& i = infos_[t - s.first];
    i.word = word_hashes_[t];
    bool inner_capital = false, digit = false;
    for (size_t k = 0; k < w.size(); ++k) {
      char c = w[k];
      if (c >= '0' && c <= '9') digit = true;
      if (k > 0 && c >= 'A' && c <= 'Z') inner_capital = true;
    }
    bool hyphenated = (t > s.first && !tok.space_before && is_hyphen(text_of(t - 1))) ||
                      (t + 1 < s.last && !a_.tokens[t + 1].space_before && is_hyphen(text_of(t + 1)));
    i.flags = static_cast<uint8_t>((tok.capitalized ? kCapitalised : 0) | (tok.all_caps ? kAllCaps : 0) |
                                   (digit ? kDigit : 0) | (hyphenated ? kHyphenated : 0) |
                                   (inner_capital ? kInnerCapital : 0) | (tok.word ? kIsWord : 0));
    i.trigger = tok.word && (tok.capitalized || inner_capital);
    if (!i.trigger) continue;
    scratch_.assign(w);
    i.given = lex_.given_names.count(scratch_) > 0;
    for (char& c : scratch_)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    i.common = lex_.english_words.count(scratch_) > 0;
    // A capitalised common word opening a sentence before a lower-case
    // word ("The company", "But it") is scored, but does not pull its
    // neighbours in.
    bool lower_next = t + 1 < s.last && a_.tokens[t + 1].word && !a_.tokens[t + 1].capitalized &&
                      !(text_of(t + 1)[0] >= '0' && text_of(t + 1)[0] <= '9');
    i.expands = !(t == s.first && i.common && lower_next);
  }

  // Gazetteer names, leftmost longest, as the gazetteer extractor reads them.
  for (uint32_t t = s.first; t < s.last;) {
    if (!infos_[t - s.first].trigger) {
      ++t;
      continue;
    }
    PhraseMatcher::Match m = lex_.names.longest(a_, t, s.last);
    if (m.length == 0) {
      ++t;
      continue;
    }
    const LexEntry& e = lex_.entries[m.values->front()];
    uint8_t code = static_cast<uint8_t>(1 + 2 * (static_cast<int>(e.kind) * 2 + (e.ambiguous ? 1 : 0)));
    for (uint32_t k = 0; k < m.length; ++k) infos_[t + k - s.first].gazetteer = static_cast<uint8_t>(code + (k > 0 ? 1 : 0));
    t += m.length;
  }

  // A title-case sentence (a headline) capitalises common words: capitals
  // say less there. The same test as title_case() in extractors.h, on
  // this sentence's own words.
  size_t words = 0, capitalised_common = 0;
  for (uint32_t t = s.first + 1; t < s.last; ++t) {
    const Token& tok = a_.tokens[t];
    if (!tok.word || tok.end - tok.start < 4) continue;
    ++words;
    const TokenInfo& i = infos_[t - s.first];
    if (tok.capitalized && !tok.all_caps && i.common && !i.given) ++capitalised_common;
  }
  headline_ = capitalised_common >= 2 && capitalised_common * 10 >= words * 3;

  // Windows: runs of tokens near a trigger, and the parts of hyphenated
  // words ("Jong-un", "Bourg-la-Reine", "US-75") that follow them.
  for (uint32_t t = s.first; t < s.last; ++t) {
    const TokenInfo& i = infos_[t - s.first];
    if (!i.trigger) continue;
    infos_[t - s.first].scored = true;
    if (!i.expands) continue;
    uint32_t from = t - std::min<uint32_t>(t - s.first, kWindowRadius);
    uint32_t to = std::min<uint32_t>(t + kWindowRadius + 1, s.last);
    for (uint32_t k = from; k < to; ++k) infos_[k - s.first].scored = true;
  }
  for (uint32_t t = s.first + 1; t < s.last; ++t)
    if (infos_[t - 1 - s.first].scored && a_.tokens[t].word && !a_.tokens[t].space_before &&
        !a_.tokens[t - 1].space_before && is_hyphen(text_of(t - 1)))
      infos_[t - s.first].scored = true;
  for (uint32_t t = s.first; t < s.last;) {
    if (!infos_[t - s.first].scored) {
      ++t;
      continue;
    }
    uint32_t end = t;
    while (end < s.last && infos_[end - s.first].scored) ++end;
    out.push_back({t, end, t == s.first});
    // Shapes are needed only in and around windows.
    for (uint32_t k = t - std::min<uint32_t>(t - s.first, 2); k < std::min<uint32_t>(end + 2, s.last); ++k)
      infos_[k - s.first].shape = hash_shape(text_of(k), a_.tokens[k].capitalized);
    t = end;
  }
}

int NameFeatures::title_length(uint32_t t) {
  int8_t& memo = title_lengths_[t - sentence_.first];
  if (memo < 0) memo = static_cast<int8_t>(std::min<uint32_t>(lex_.titles.longest(a_, t, sentence_.last).length, 100));
  return memo;
}

bool NameFeatures::title_before(uint32_t t) {
  for (uint32_t k = 1; k <= kLongestTitle && t >= sentence_.first + k; ++k)
    if (title_length(t - k) == static_cast<int>(k)) return true;
  return false;
}

bool NameFeatures::in_title(uint32_t t) {
  for (uint32_t k = 0; k < kLongestTitle && t >= sentence_.first + k; ++k)
    if (title_length(t - k) > static_cast<int>(k)) return true;
  return false;
}

inline void NameFeatures::emit(uint64_t template_id, uint64_t value) {
  out_->buckets.push_back(static_cast<uint32_t>(mix(value ^ (template_id * 0x9e3779b97f4a7c15ull)) >> shift_));
}

void NameFeatures::features(const Window& w, WindowFeatures& out) {
  out_ = &out;
  if (out.offsets.empty()) out.offsets.push_back(static_cast<uint32_t>(out.buckets.size()));
  for (uint32_t t = w.first; t < w.last; ++t) {
    const int64_t ti = t;
    const TokenInfo& here = info(ti);
    const TokenInfo& before1 = info(ti - 1);
    const TokenInfo& before2 = info(ti - 2);
    const TokenInfo& after1 = info(ti + 1);
    const TokenInfo& after2 = info(ti + 2);
    std::string_view text = a_.text.substr(a_.tokens[t].start, a_.tokens[t].end - a_.tokens[t].start);
    const bool first = t == sentence_.first;

    emit(kBias, 0);
    emit(kWord, here.word);
    emit(kShape, here.shape);
    // Prefixes of 1-3 and suffixes of 2-4 code points shorter than the
    // word, each hash continuing the last.
    std::string_view p1 = prefix(text, 1), p2 = prefix(text, 2), p3 = prefix(text, 3);
    uint64_t h = hash_lower(p1);
    if (p1.size() < text.size()) emit(kPrefix1, h);
    h = hash_lower(p2.substr(p1.size()), h);
    if (p2.size() < text.size() && p2.size() > p1.size()) emit(kPrefix2, h);
    h = hash_lower(p3.substr(p2.size()), h);
    if (p3.size() < text.size() && p3.size() > p2.size()) emit(kPrefix3, h);
    std::string_view s1 = suffix(text, 1), s2 = suffix(text, 2), s3 = suffix(text, 3), s4 = suffix(text, 4);
    h = hash_lower(s2);
    if (s2.size() < text.size() && s2.size() > s1.size()) emit(kSuffix2, h);
    h = hash_lower(s3.substr(0, s3.size() - s2.size()), h);  // suffixes hash their new front after the rest
    if (s3.size() < text.size() && s3.size() > s2.size()) emit(kSuffix3, h);
    h = hash_lower(s4.substr(0, s4.size() - s3.size()), h);
    if (s4.size() < text.size() && s4.size() > s3.size()) emit(kSuffix4, h);
    emit(kWordBeforeShape, pair(before1.word, here.shape));
    emit(kShapeWordAfter, pair(here.shape, after1.word));
    emit(kFlags, here.flags | (first ? 64u : 0u) | (headline_ ? 128u : 0u));
    emit(kWordBefore1, before1.word);
    emit(kWordBefore2, before2.word);
    emit(kWordAfter1, after1.word);
    emit(kWordAfter2, after2.word);
    emit(kShapeBefore1, before1.shape);
    emit(kShapeBefore2, before2.shape);
    emit(kShapeAfter1, after1.shape);
    emit(kShapeAfter2, after2.shape);
    emit(kWordBigramAfter, pair(here.word, after1.word));
    emit(kShapeTrigram, pair(pair(before1.shape, here.shape), after1.shape));

    if (here.gazetteer) emit(kGazetteer, here.gazetteer);
    if (before1.gazetteer) emit(kGazetteerBefore, before1.gazetteer);
    if (after1.gazetteer) emit(kGazetteerAfter, after1.gazetteer);
    if (here.given) emit(kGivenName, (after1.flags & kCapitalised) ? 1 : 2);
    if (before1.given && here.trigger) emit(kGivenNameBefore, 1);
    if (title_before(t)) emit(kTitleBefore, here.flags & kCapitalised);
    if (in_title(t)) emit(kInTitle, here.flags & kCapitalised);
    if (here.common) emit(kCommonWord, first ? 1 : 2);
    if (headline_) emit(kHeadlineShape, here.shape);
    if (here.trigger) emit(kDocumentCase, seen(here.word) | (first ? 4u : 0u) | (headline_ ? 8u : 0u));
    out.offsets.push_back(static_cast<uint32_t>(out.buckets.size()));
  }
}

}  // namespace newsgraph::extract
