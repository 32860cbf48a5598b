#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/unistr.h>

#include <cctype>

#include "extract/extract.h"

namespace newsgraph::extract {

namespace {

bool nfc_ok(UErrorCode status) { return U_SUCCESS(status); }

// Lower case without accents: "Élysée" -> "elysee". Letters without a Latin
// decomposition (Cyrillic, Arabic) stay as they are, lower-cased.
std::string fold(std::string_view name) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(icu::StringPiece(name.data(), static_cast<int32_t>(name.size())));
  icu::UnicodeString decomposed = U_SUCCESS(status) ? nfd->normalize(s, status) : s;
  icu::UnicodeString kept;
  bool latin = false;  // the last base letter was Latin
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK) {
      if (!latin) kept.append(c);  // "й" keeps its breve; "é" loses its accent
      continue;
    }
    latin = uscript_getScript(c, &status) == USCRIPT_LATIN;
    kept.append(u_tolower(c));
  }
  icu::UnicodeString composed = nfc_ok(status) ? icu::Normalizer2::getNFCInstance(status)->normalize(kept, status) : kept;
  std::string out;
  composed.toUTF8String(out);
  return out;
}

}  // namespace

std::string slug(std::string_view name) {
  std::string folded = fold(name);
  std::string out;
  bool gap = false;
  for (size_t i = 0; i < folded.size();) {
    unsigned char c = static_cast<unsigned char>(folded[i]);
    if (c == '\'' || (c == 0xE2 && folded.compare(i, 3, "\u2019") == 0)) {  // apostrophes join: "o'neill" -> "oneill"
      i += c == '\'' ? 1 : 3;
      continue;
    }
    if (c >= 0x80) {  // a non-ASCII letter: keep its bytes
      size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
      if (gap && !out.empty()) out += '_';
      gap = false;
      out.append(folded, i, n);
      i += n;
      continue;
    }
    if (std::isalnum(c)) {
      if (gap && !out.empty()) out += '_';
      gap = false;
      out += static_cast<char>(c);
    } else if (c != '.') {  // "U.S." -> "us"
      gap = true;
    }
    ++i;
  }
  return out;
}

}  // namespace newsgraph::extract
