#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>
#include <string_view>

#include "extract/extract.h"

namespace newsgraph::extract {

namespace {

// Abbreviations that keep their dot ("Mr.", "Sen.", "Sept."). Case matters:
// "No." is an abbreviation, "no." ends a sentence.
constexpr std::array<std::string_view, 52> kAbbreviations = {
    "Mr",   "Mrs",   "Ms",   "Dr",    "St",   "Sen",   "Rep",   "Gov",   "Gen",   "Lt",   "Col",
    "Capt", "Sgt",   "Adm",  "Prof",  "Jr",   "Sr",    "Inc",   "Corp",  "Ltd",   "Co",   "Bros",
    "Jan",  "Feb",   "Mar",  "Apr",   "Jun",  "Jul",   "Aug",   "Sep",   "Sept",  "Oct",  "Nov",
    "Dec",  "No",    "vs",   "etc",   "Mt",   "Ft",    "Ave",   "Rev",   "Hon",   "Messrs", "Pres",
    "Dept", "Univ",  "approx", "Cmdr", "Maj", "Brig", "Supt", "Insp"};

// Abbreviations after which a sentence never ends: they precede a name.
constexpr std::array<std::string_view, 24> kNeverFinal = {
    "Mr.", "Mrs.", "Ms.", "Dr.", "Sen.", "Rep.", "Gov.", "Gen.", "Lt.", "Col.", "Capt.", "Sgt.",
    "Adm.", "Prof.", "St.", "Rev.", "Hon.", "Messrs.", "Pres.", "Cmdr.", "Maj.", "Brig.", "Supt.", "No."};

// Words that start sentences; after "U.S." or "Inc." one of them means the
// dot also ended the sentence.
constexpr std::array<std::string_view, 30> kSentenceStarters = {
    "The", "He",  "She",  "It",    "They", "We",   "I",    "But",  "And",  "In",
    "On",  "At",  "This", "That",  "A",    "An",   "There", "His", "Her",  "Its",
    "Their", "If", "When", "While", "As",  "After", "Before", "However", "Meanwhile", "Some"};

template <size_t N>
bool contains(const std::array<std::string_view, N>& list, std::string_view word) {
  for (auto w : list)
    if (w == word) return true;
  return false;
}

struct Cursor {
  std::string_view text;
  // The code point at byte i and the byte after it; U+FFFD for bad bytes.
  UChar32 at(size_t i, size_t* next) const {
    int32_t j = static_cast<int32_t>(i);
    UChar32 c;
    U8_NEXT(text.data(), j, static_cast<int32_t>(text.size()), c);
    *next = static_cast<size_t>(j);
    return c < 0 ? 0xFFFD : c;
  }
  UChar32 at(size_t i) const {
    size_t n;
    return i < text.size() ? at(i, &n) : 0;
  }
};

bool is_word_char(UChar32 c) {
  return u_isalnum(c) || u_charType(c) == U_NON_SPACING_MARK || u_charType(c) == U_COMBINING_SPACING_MARK;
}
bool is_apostrophe(UChar32 c) { return c == '\'' || c == 0x2019; }
bool is_space(UChar32 c) { return u_isUWhiteSpace(c) || c == 0xFEFF; }

}  // namespace

Tokenized tokenize(std::string_view text) {
  Tokenized out;
  Cursor cur{text};
  size_t i = 0;
  bool space = false, newline = false;
  int newlines = 0, indent = 0;
  std::vector<bool> paragraph_before;  // per token: a blank line precedes it
  std::vector<bool> indented_before;   // per token: it starts an indented line (a wire paragraph)
  while (i < text.size()) {
    size_t next;
    UChar32 c = cur.at(i, &next);
    if (is_space(c)) {
      space = true;
      if (c == '\n') newline = true, ++newlines, indent = 0;
      else if (newline) ++indent;
      i = next;
      continue;
    }
    Token t;
    t.start = static_cast<uint32_t>(i);
    t.space_before = space;
    t.newline_before = newline;
    if (is_word_char(c)) {
      t.word = true;
      bool digit_start = u_isdigit(c);
      size_t j = next;
      while (j < text.size()) {
        size_t k;
        UChar32 d = cur.at(j, &k);
        if (is_word_char(d)) { j = k; continue; }
        if (is_apostrophe(d) && k < text.size() && is_word_char(cur.at(k))) {
          // "Russia's" splits off the possessive; "O'Neill" and "don't" stay whole.
          size_t after_s;
          UChar32 s = cur.at(k, &after_s);
          if ((s == 's' || s == 'S') && (after_s >= text.size() || !is_word_char(cur.at(after_s)))) break;
          j = k;
          continue;
        }
        if (digit_start && (d == ',' || d == '.') && k < text.size() && u_isdigit(cur.at(k))) { j = k; continue; }
        break;
      }
      // Dots of abbreviations: "J.", "U.S.", "U.S.A.", "Mr.", "Sept."
      std::string_view word = text.substr(i, j - i);
      bool single_letter = (j - i) <= 4 && [&] { size_t n; cur.at(i, &n); return n == j && u_isalpha(c); }();
      if (j < text.size() && text[j] == '.') {
        if (single_letter) {
          size_t k = j + 1;
          // Letter-dot pairs continue the abbreviation.
          while (k < text.size()) {
            size_t after;
            UChar32 l = cur.at(k, &after);
            if (u_isalpha(l) && after < text.size() && text[after] == '.' &&
                (after + 1 >= text.size() || !is_word_char(cur.at(after + 1)))) {
              k = after + 1;
            } else {
              break;
            }
          }
          j = k == j + 1 ? j + 1 : k;
        } else if (contains(kAbbreviations, word)) {
          j += 1;
        }
      }
      t.end = static_cast<uint32_t>(j);
      UChar32 first = c;
      t.capitalized = u_isupper(first) || u_istitle(first);
      size_t letters = 0, upper = 0;
      for (size_t p = i; p < j;) {
        size_t n;
        UChar32 d = cur.at(p, &n);
        if (u_isalpha(d)) ++letters, upper += u_isupper(d) ? 1 : 0;
        p = n;
      }
      t.all_caps = letters >= 2 && letters == upper;
      i = j;
    } else {
      t.end = static_cast<uint32_t>(next);
      // A possessive "'s" after a word is one token: "Russia" "'s".
      if (is_apostrophe(c) && !space && !out.tokens.empty() && out.tokens.back().word && next < text.size()) {
        size_t after;
        UChar32 s = cur.at(next, &after);
        if ((s == 's' || s == 'S') && (after >= text.size() || !is_word_char(cur.at(after)))) t.end = static_cast<uint32_t>(after);
      }
      i = t.end;
    }
    paragraph_before.push_back(newlines >= 2);
    indented_before.push_back(newline && indent >= 2);
    out.tokens.push_back(t);
    space = newline = false;
    newlines = indent = 0;
  }

  // Sentences.
  auto tok = [&](size_t k) { return text.substr(out.tokens[k].start, out.tokens[k].end - out.tokens[k].start); };
  auto starts_sentence = [&](size_t k) {
    const Token& t = out.tokens[k];
    if (t.capitalized || (t.word && u_isdigit(cur.at(t.start)))) return true;
    UChar32 c = cur.at(t.start);
    return c == '"' || c == 0x201C || c == 0x2018 || c == '\'' || c == '(' || c == '[' || c == 0x2013 || c == 0x2014;
  };
  uint32_t begin = 0;
  auto close = [&](size_t end) {
    if (end > begin) out.sentences.push_back({begin, static_cast<uint32_t>(end)});
    begin = static_cast<uint32_t>(end);
  };
  for (size_t k = 0; k < out.tokens.size(); ++k) {
    if (paragraph_before[k]) close(k);
    std::string_view s = tok(k);
    bool terminal = s == "." || s == "!" || s == "?" || s == "\u2026";
    bool abbreviation_end = !terminal && out.tokens[k].word && s.size() > 1 && s.back() == '.' &&
                            !contains(kNeverFinal, s) && !(s.size() == 2);  // "J." is an initial
    if (!terminal && !abbreviation_end) continue;
    size_t end = k + 1;
    // Closing quotes and brackets belong to the sentence they close.
    while (end < out.tokens.size() && !out.tokens[end].space_before && !out.tokens[end].word) {
      std::string_view q = tok(end);
      if (q == "\"" || q == "\u201D" || q == "\u2019" || q == "'" || q == ")" || q == "]") ++end; else break;
    }
    if (end >= out.tokens.size()) continue;
    if (!out.tokens[end].space_before) continue;  // "3.5", "U.S.-Russian"
    // After "U.S." a sentence ends where a paragraph does, or where a word
    // that starts sentences follows; a line broken inside a wire paragraph
    // ("the Deputy U.S.\nTrade Representative") goes on.
    if (abbreviation_end &&
        !(paragraph_before[end] || indented_before[end] || contains(kSentenceStarters, tok(end))))
      continue;
    if (starts_sentence(end)) {
      close(end);
      k = end - 1;
    }
  }
  close(out.tokens.size());
  return out;
}

}  // namespace newsgraph::extract
