// Decoding is one pass over the bytes per candidate encoding; ICU does the
// UTF-16 conversion so surrogate handling follows the standard exactly.
#include "extract/ingest/encoding.h"

#include <unicode/ustring.h>
#include <unicode/utf16.h>
#include <unicode/utypes.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <vector>

namespace newsgraph::ingest {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

// Windows-1252 0x80..0x9F; 0 marks the five bytes the code page leaves
// undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D).
constexpr std::array<char32_t, 32> kCp1252High = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

// False when a byte is one of the five Windows-1252 leaves undefined: such
// bytes mean the text is in some other encoding, which we will not guess.
bool decode_cp1252(std::string_view bytes, std::string& out) {
  out.clear();
  out.reserve(bytes.size() + bytes.size() / 8);
  for (unsigned char b : bytes) {
    if (b < 0x80) {
      out += static_cast<char>(b);
    } else if (b < 0xA0) {
      char32_t c = kCp1252High[b - 0x80];
      if (c == 0) return false;
      append_utf8(out, c);
    } else {
      append_utf8(out, b);  // 0xA0..0xFF are Latin-1, code point = byte
    }
  }
  return true;
}

// UTF-16 code units from bytes after the byte order mark. A trailing odd
// byte fails unless `lenient`, which drops it.
bool decode_utf16(std::string_view bytes, bool big_endian, bool lenient, std::string& out) {
  if (bytes.size() % 2 != 0) {
    if (!lenient) return false;
    bytes.remove_suffix(1);
  }
  std::vector<UChar> units(bytes.size() / 2);
  for (size_t i = 0; i < units.size(); ++i) {
    auto hi = static_cast<unsigned char>(bytes[2 * i + (big_endian ? 0 : 1)]);
    auto lo = static_cast<unsigned char>(bytes[2 * i + (big_endian ? 1 : 0)]);
    units[i] = static_cast<UChar>((hi << 8) | lo);
  }
  out.clear();
  // ICU takes int32_t lengths: convert in chunks that never split a
  // surrogate pair.
  constexpr size_t kChunk = 1u << 20;
  size_t pos = 0;
  while (pos < units.size()) {
    size_t end = std::min(units.size(), pos + kChunk);
    if (end < units.size() && U16_IS_LEAD(units[end - 1])) --end;
    auto length = static_cast<int32_t>(end - pos);
    std::string chunk(static_cast<size_t>(length) * 3, '\0');
    int32_t written = 0;
    UErrorCode error = U_ZERO_ERROR;
    if (lenient) {
      u_strToUTF8WithSub(chunk.data(), static_cast<int32_t>(chunk.size()), &written, units.data() + pos, length,
                         0xFFFD, nullptr, &error);
    } else {
      u_strToUTF8(chunk.data(), static_cast<int32_t>(chunk.size()), &written, units.data() + pos, length, &error);
    }
    if (U_FAILURE(error)) return false;
    out.append(chunk.data(), static_cast<size_t>(written));
    pos = end;
  }
  return true;
}

}  // namespace

namespace {

// The length of the well-formed UTF-8 sequence at s[0, n), or 0 when the
// bytes there are ill-formed (overlong, a surrogate, past U+10FFFF, cut).
size_t utf8_sequence_length(const unsigned char* s, size_t n) {
  unsigned char b = s[0];
  if (b < 0x80) return 1;
  size_t length;
  char32_t min, c;
  if (b >= 0xC2 && b <= 0xDF) {
    length = 2, min = 0x80, c = b & 0x1F;
  } else if (b >= 0xE0 && b <= 0xEF) {
    length = 3, min = 0x800, c = b & 0x0F;
  } else if (b >= 0xF0 && b <= 0xF4) {
    length = 4, min = 0x10000, c = b & 0x07;
  } else {
    return 0;
  }
  if (n < length) return 0;
  for (size_t k = 1; k < length; ++k) {
    if ((s[k] & 0xC0) != 0x80) return 0;
    c = (c << 6) | (s[k] & 0x3F);
  }
  if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return 0;
  return length;
}

}  // namespace

std::string_view trim_space(std::string_view s) {
  constexpr std::string_view kSpace = " \t\n\r\f\v";
  size_t begin = s.find_first_not_of(kSpace);
  if (begin == std::string_view::npos) return {};
  return s.substr(begin, s.find_last_not_of(kSpace) - begin + 1);
}

bool is_blank(std::string_view s) { return trim_space(s).empty(); }

bool is_valid_utf8(std::string_view bytes) {
  const auto* s = reinterpret_cast<const unsigned char*>(bytes.data());
  for (size_t i = 0; i < bytes.size();) {
    size_t length = utf8_sequence_length(s + i, bytes.size() - i);
    if (length == 0) return false;
    i += length;
  }
  return true;
}

std::string repair_utf8(std::string_view bytes) {
  if (is_valid_utf8(bytes)) return std::string(bytes);
  const auto* s = reinterpret_cast<const unsigned char*>(bytes.data());
  std::string out;
  out.reserve(bytes.size() + 8);
  for (size_t i = 0; i < bytes.size();) {
    size_t length = utf8_sequence_length(s + i, bytes.size() - i);
    if (length == 0) {
      out += "\xEF\xBF\xBD";  // U+FFFD REPLACEMENT CHARACTER
      ++i;
    } else {
      out.append(bytes.substr(i, length));
      i += length;
    }
  }
  return out;
}

std::string normalize_newlines(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r') {
      out += '\n';
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    } else {
      out += text[i];
    }
  }
  return out;
}

Result<std::string> decode_text(std::string_view bytes, const std::string& source) {
  std::string decoded;
  bool utf16_le = bytes.starts_with("\xFF\xFE");
  bool utf16_be = bytes.starts_with("\xFE\xFF");
  if (utf16_le || utf16_be) {
    if (!decode_utf16(bytes.substr(2), utf16_be, /*lenient=*/false, decoded)) {
      return Status::BadInput(source + ": not valid UTF-16");
    }
    if (decoded.find('\0') != std::string::npos) return Status::BadInput(source + ": binary file, not text");
    return normalize_newlines(decoded);
  }
  if (bytes.find('\0') != std::string_view::npos) return Status::BadInput(source + ": binary file, not text");
  if (bytes.starts_with(kUtf8Bom)) bytes.remove_prefix(kUtf8Bom.size());
  if (is_valid_utf8(bytes)) return normalize_newlines(bytes);
  if (decode_cp1252(bytes, decoded)) return normalize_newlines(decoded);
  return Status::BadInput(source + ": not valid UTF-8 or Windows-1252");
}

std::string sniffable_prefix(std::string_view bytes) {
  bool utf16_le = bytes.starts_with("\xFF\xFE");
  bool utf16_be = bytes.starts_with("\xFE\xFF");
  if (utf16_le || utf16_be) {
    std::string decoded;
    decode_utf16(bytes.substr(2), utf16_be, /*lenient=*/true, decoded);
    return decoded;
  }
  if (bytes.starts_with(kUtf8Bom)) bytes.remove_prefix(kUtf8Bom.size());
  return std::string(bytes);
}

}  // namespace newsgraph::ingest
