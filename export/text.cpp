#include "export/text.h"

namespace newsgraph::formats {

char32_t next_code_point(std::string_view s, size_t& i) {
  auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char b = byte(i);
  size_t length = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
  if (length == 0 || i + length > s.size()) {
    ++i;
    return kInvalidCodePoint;
  }
  char32_t c = length == 1 ? b : b & (0x7F >> length);
  for (size_t k = 1; k < length; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) {
      ++i;
      return kInvalidCodePoint;
    }
    c = (c << 6) | (byte(i + k) & 0x3F);
  }
  // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
  static constexpr char32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
  if (c < kMin[length] || (c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF) {
    ++i;
    return kInvalidCodePoint;
  }
  i += length;
  return c;
}

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

size_t invalid_utf8_at(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    size_t start = i;
    if (next_code_point(s, i) == kInvalidCodePoint) return start;
  }
  return std::string_view::npos;
}

namespace {

bool is_xml_char(char32_t c) {
  return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
         (c >= 0x10000 && c <= 0x10FFFF);
}

}  // namespace

bool is_xml_text(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {  // the common case, without decoding
      if (s[i] == '\r' || !is_xml_char(static_cast<unsigned char>(s[i]))) return false;
      ++i;
    } else if (char32_t c = next_code_point(s, i); c == kInvalidCodePoint || !is_xml_char(c)) {
      return false;
    }
  }
  return true;
}

std::string to_xml_text(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    size_t start = i;
    char32_t c = next_code_point(s, i);
    if (c == kInvalidCodePoint || !is_xml_char(c)) append_utf8(out, 0xFFFD);
    else out.append(s.substr(start, i - start));
  }
  return out;
}

std::string json_as_xml_text(std::string_view json) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(json.size());
  for (size_t i = 0; i < json.size();) {
    size_t start = i;
    char32_t c = next_code_point(json, i);
    if (c == kInvalidCodePoint) {
      append_utf8(out, 0xFFFD);
    } else if (!is_xml_char(c)) {  // below U+10000: every supplementary character is an XML Char
      out += "\\u";
      for (int shift = 12; shift >= 0; shift -= 4) out += kHex[(c >> shift) & 0xF];
    } else {
      out.append(json.substr(start, i - start));
    }
  }
  return out;
}

}  // namespace newsgraph::formats
