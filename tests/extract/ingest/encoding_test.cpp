#include <catch2/catch.hpp>

#include <string>

#include "extract/ingest/encoding.h"

namespace newsgraph::ingest {
namespace {

using namespace std::string_literals;

struct DecodeCase {
  const char* name;
  std::string bytes;
  std::string expected;  // the text, or the error message
  bool ok;
};

TEST_CASE("decode_text turns every supported encoding into UTF-8", "[ingest][encoding]") {
  const DecodeCase cases[] = {
      {"UTF-8 kept", "caf\xC3\xA9 \xE2\x82\xAC", "caf\xC3\xA9 \xE2\x82\xAC", true},
      {"UTF-8 BOM dropped", "\xEF\xBB\xBFHello", "Hello", true},
      {"CRLF and CR become LF", "a\r\nb\rc\n\r\n", "a\nb\nc\n\n", true},
      {"UTF-16 LE", "\xFF\xFEH\0i\0\xE9\0\r\0\n\0"s, "Hi\xC3\xA9\n", true},
      {"UTF-16 BE", "\xFE\xFF\0H\0i\0\xE9"s, "Hi\xC3\xA9", true},
      {"UTF-16 LE surrogate pair", "\xFF\xFE\x3D\xD8\x00\xDE"s, "\xF0\x9F\x98\x80", true},
      {"UTF-16 odd length", "\xFF\xFEH\0i"s, "a.txt: not valid UTF-16", false},
      {"UTF-16 lone surrogate", "\xFF\xFE\x3D\xD8H\0"s, "a.txt: not valid UTF-16", false},
      {"UTF-16 with a NUL character", "\xFF\xFEH\0\0\0"s, "a.txt: binary file, not text", false},
      {"Windows-1252", "caf\xE9 \x93quoted\x94 \x80 \x85", "caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D \xE2\x82\xAC \xE2\x80\xA6", true},
      {"Latin-1 upper half", "\xFF\xA0", "\xC3\xBF\xC2\xA0", true},
      {"overlong UTF-8 read as Windows-1252", "\xC0\xAF", "\xC3\x80\xC2\xAF", true},
      {"undefined in Windows-1252", "caf\xE9\x81", "a.txt: not valid UTF-8 or Windows-1252", false},
      {"NUL byte", "text\0more"s, "a.txt: binary file, not text", false},
  };
  for (const DecodeCase& c : cases) {
    CAPTURE(c.name);
    Result<std::string> decoded = decode_text(c.bytes, "a.txt");
    REQUIRE(decoded.ok() == c.ok);
    CHECK((c.ok ? decoded.value() : decoded.status().message()) == c.expected);
    if (!c.ok) CHECK(decoded.status().code() == Status::Code::kBadInput);
  }
}

TEST_CASE("is_valid_utf8 follows the standard's well-formed sequences", "[ingest][encoding]") {
  struct Case {
    std::string bytes;
    bool valid;
  };
  const Case cases[] = {
      {"", true},
      {"plain", true},
      {"\xC3\xA9", true},
      {"\xF0\x9F\x98\x80", true},
      {"\xF4\x8F\xBF\xBF", true},   // U+10FFFF
      {"\xF4\x90\x80\x80", false},  // past U+10FFFF
      {"\xED\xA0\x80", false},      // a surrogate
      {"\xC1\xBF", false},          // overlong
      {"\xE0\x80\xAF", false},      // overlong
      {"\xC3", false},              // cut short
      {"\x80", false},              // a lone continuation byte
  };
  for (const Case& c : cases) {
    CAPTURE(c.bytes);
    CHECK(is_valid_utf8(c.bytes) == c.valid);
  }
}

TEST_CASE("repair_utf8 replaces each ill-formed byte with U+FFFD", "[ingest][encoding]") {
  CHECK(repair_utf8("caf\xC3\xA9") == "caf\xC3\xA9");
  CHECK(repair_utf8("A\xED\xA0\x80" "B") == "A\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD" "B");
  CHECK(repair_utf8("\xC3") == "\xEF\xBF\xBD");
  CHECK(repair_utf8("\xE9t\xC3\xA9") == "\xEF\xBF\xBDt\xC3\xA9");
}

TEST_CASE("sniffable_prefix narrows UTF-16 to what sniffing reads", "[ingest][encoding]") {
  CHECK(sniffable_prefix("\xFF\xFE<\0r\0s\0s\0>"s) == "<rss");  // the odd byte at the end is dropped
  CHECK(sniffable_prefix("\xEF\xBB\xBF<html>") == "<html>");
  CHECK(sniffable_prefix("\xE9t\xE9") == "\xE9t\xE9");
}

}  // namespace
}  // namespace newsgraph::ingest
