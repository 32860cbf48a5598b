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

// Whether an underscore at s[i] must be escaped itself: "_x" and four hex
// digits could be read back as an escape (followed by '_', or by an
// escape's own '_'), or as the start of an eight-digit one. Any other
// underscore, as in "mac_os_x", stays as it is, which readers that do not
// decode names (networkx, igraph, Gephi) show as the id it is.
bool looks_like_escape(std::string_view s, size_t i) {
  if (i == 0 && s == "_x_") return true;  // the empty name's token
  if (s.substr(i, 2) != "_x" || i + 6 > s.size()) return false;
  for (size_t k = i + 2; k < i + 6; ++k)
    if (hex_value(s[k]) < 0) return false;
  return true;
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
    if (is_plain(b) && !(b == '_' && looks_like_escape(name, i))) {
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
