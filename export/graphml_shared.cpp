#include "export/graphml_shared.h"

#include "export/text.h"

namespace newsgraph::formats {

namespace {

bool is_plain(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-' ||
         c == '_' || c == ':';
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The code point of an escape _xHHHH_ or _xHHHHHHHH_ at s[i], and its
// length; 0 when there is none.
size_t escape_at(std::string_view s, size_t i, char32_t& c) {
  if (s.substr(i, 2) != "_x") return 0;
  for (size_t digits : {4, 8}) {
    if (i + 2 + digits >= s.size() || s[i + 2 + digits] != '_') continue;
    char32_t value = 0;
    size_t k = 0;
    for (; k < digits; ++k) {
      int h = hex_value(s[i + 2 + k]);
      if (h < 0) break;
      value = value * 16 + static_cast<char32_t>(h);
    }
    if (k == digits && value <= 0x10FFFF && !(value >= 0xD800 && value <= 0xDFFF)) {
      c = value;
      return digits + 3;
    }
  }
  return 0;
}

void append_escape(std::string& out, char32_t c) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  int digits = c > 0xFFFF ? 8 : 4;
  out += "_x";
  for (int k = digits - 1; k >= 0; --k) out += kHex[(c >> (4 * k)) & 0xF];
  out += '_';
}

}  // namespace

std::string encode_name(std::string_view name) {
  if (name.empty()) return "_x_";
  std::string out;
  out.reserve(name.size());
  for (size_t i = 0; i < name.size();) {
    unsigned char b = static_cast<unsigned char>(name[i]);
    // Every "_x" of the output must start an escape: an underscore before
    // an x is escaped itself.
    if (is_plain(b) && !(b == '_' && name.substr(i + 1, 1) == "x")) {
      out += name[i++];
      continue;
    }
    size_t start = i;
    char32_t c = b < 0x80 ? name[i++] : next_code_point(name, i);
    if (c == kInvalidCodePoint) c = static_cast<unsigned char>(name[start]);  // not UTF-8: keep the byte's value
    append_escape(out, c);
  }
  return out;
}

std::string decode_name(std::string_view token) {
  if (token == "_x_") return "";
  std::string out;
  out.reserve(token.size());
  for (size_t i = 0; i < token.size();) {
    char32_t c;
    if (size_t length = escape_at(token, i, c)) {
      append_utf8(out, c);
      i += length;
    } else {
      out += token[i++];
    }
  }
  return out;
}

}  // namespace newsgraph::formats
