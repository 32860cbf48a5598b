#include <catch2/catch.hpp>

#include <string>

#include "extract/ingest/ingest.h"

namespace newsgraph::ingest {
namespace {

TEST_CASE("parse_text keeps the text and takes the headline and dateline", "[ingest][text]") {
  std::string text = "\n  Kerry meets Lavrov  \n\nMOSCOW, March 24, 2016 - Talks began.\n";
  auto documents = parse_text(text, "corpus/day.one.txt");
  REQUIRE(documents.ok());
  REQUIRE(documents.value().size() == 1);
  const Document& d = documents.value()[0];
  CHECK(d.id == "day.one");
  CHECK(d.title == "Kerry meets Lavrov");
  CHECK(d.date == "2016-03-24");
  CHECK(d.source == "corpus/day.one.txt");
  CHECK(d.url == "");
  CHECK(d.text == text);
}

TEST_CASE("parse_text takes a first line of up to 300 bytes as the title", "[ingest][text]") {
  std::string line300(300, 'x'), line301(301, 'x');
  CHECK(parse_text(line300 + "\nbody", "a.txt").value()[0].title == line300);
  CHECK(parse_text(line301 + "\nbody", "a.txt").value()[0].title == "");
}

TEST_CASE("parse_text normalises the text it keeps", "[ingest][text]") {
  auto documents = parse_text("\xEF\xBB\xBFTitle\r\nCaf\xE9\r\n", "a.txt");
  REQUIRE(documents.ok());
  CHECK(documents.value()[0].title == "Title");
  CHECK(documents.value()[0].text == "Title\nCaf\xC3\xA9\n");
}

TEST_CASE("parse_text reports bad input with the path first", "[ingest][text]") {
  struct Case {
    std::string bytes;
    size_t limit;
    const char* message;
  };
  const Case cases[] = {
      {"", 100, "in/a.txt: empty file"},
      {" \n\t\n", 100, "in/a.txt: no text (only whitespace)"},
      {"12345678901", 10, "in/a.txt: larger than --max-article-bytes (10 bytes)"},
      {std::string("a\0b", 3), 100, "in/a.txt: binary file, not text"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.message);
    ReadOptions options;
    options.max_article_bytes = c.limit;
    auto documents = parse_text(c.bytes, "in/a.txt", options);
    REQUIRE_FALSE(documents.ok());
    CHECK(documents.status().code() == Status::Code::kBadInput);
    CHECK(documents.status().message() == c.message);
  }
  ReadOptions exact;
  exact.max_article_bytes = 10;
  CHECK(parse_text("1234567890", "in/a.txt", exact).ok());
}

}  // namespace
}  // namespace newsgraph::ingest
