// Internal to export/: UTF-8 helpers for the XML and DOT writers, whose
// readers reject what JSON accepts (control characters, invalid UTF-8).
#pragma once

#include <string>
#include <string_view>

namespace newsgraph::formats {

// The code point of the UTF-8 sequence at s[i], advancing i past it; an
// invalid or truncated sequence gives kInvalidCodePoint and skips one byte.
inline constexpr char32_t kInvalidCodePoint = 0xFFFFFFFF;
char32_t next_code_point(std::string_view s, size_t& i);

void append_utf8(std::string& out, char32_t c);

// The offset of the first byte of `s` that is not valid UTF-8, or npos.
size_t invalid_utf8_at(std::string_view s);

// True when an XML 1.0 parser gives `s` back unchanged as element text:
// valid UTF-8, only XML Chars, and no carriage return (parsers turn CR
// into LF).
bool is_xml_text(std::string_view s);

// `s` with every byte sequence XML 1.0 cannot hold replaced by U+FFFD
// (invalid UTF-8, control characters other than tab, LF and CR,
// U+FFFE, U+FFFF).
std::string to_xml_text(std::string_view s);

// JSON text as XML text, losing nothing: a character XML 1.0 cannot hold
// becomes its JSON escape (U+FFFF -> \uFFFF), which a JSON reader decodes
// back. For JSON only, where such characters can only be inside strings
// (JSON writers escape control characters themselves); invalid UTF-8
// still becomes U+FFFD.
std::string json_as_xml_text(std::string_view json);

}  // namespace newsgraph::formats
