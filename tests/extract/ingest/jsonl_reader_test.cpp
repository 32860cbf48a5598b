#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "extract/ingest/ingest.h"

namespace newsgraph::ingest {
namespace {

using namespace std::string_literals;

TEST_CASE("parse_jsonl reads good lines and reports bad ones by line", "[ingest][jsonl]") {
  std::string jsonl =
      R"({"id": "r-1", "title": "Cocoa", "date": "1987-02-26", "url": "https://e.com/1", "text": "Showers continued.", "places": ["brazil"]})" "\n"
      "\n"
      "   \n"
      R"({"id": 42, "text": "Integer id.\r\nNext line.", "date": "1987-02-26T10:00:00Z"})" "\r\n"
      R"({"text": "No id, bad date.", "date": "someday", "title": null})" "\n"
      R"({"id": "r-4", "text": "Missing comma" "title": "x"})" "\n"
      R"(["not", "an", "object"])" "\n"
      R"({"id": "r-6"})" "\n"
      R"({"id": "r-7", "text": 7})" "\n"
      R"({"id": 1.5, "text": "Float id."})" "\n"
      R"({"id": ["r-9"], "text": "Array id."})" "\n"
      R"({"text": "Title not string.", "title": 10})" "\n"
      R"({"text": "Url not string.", "url": {}})" "\n"
      R"({"text": "Date not string.", "date": 1987})" "\n"
      R"({"text": " \n\t "})" "\n"
      R"({"id": "", "text": "Empty id.\nMOSCOW, March 24, 2016 - talks."})" "\n"
      R"({"text": "Trailing"} x)" "\n"
      R"({"text": "Last line without a newline."})";
  std::vector<Skipped> skipped;
  auto documents = parse_jsonl(jsonl, "data/news.jsonl", skipped);
  REQUIRE(documents.ok());
  const std::vector<Document>& d = documents.value();
  REQUIRE(d.size() == 5);

  CHECK(d[0].id == "r-1");
  CHECK(d[0].title == "Cocoa");
  CHECK(d[0].date == "1987-02-26");
  CHECK(d[0].url == "https://e.com/1");
  CHECK(d[0].source == "data/news.jsonl");
  CHECK(d[0].text == "Showers continued.");

  CHECK(d[1].id == "42");
  CHECK(d[1].date == "1987-02-26");
  CHECK(d[1].text == "Integer id.\nNext line.");

  CHECK(d[2].id == "news-5");
  CHECK(d[2].title == "");
  CHECK(d[2].date == "");

  CHECK(d[3].id == "news-16");
  CHECK(d[3].date == "2016-03-24");  // stated in the text, no date given

  CHECK(d[4].id == "news-18");
  CHECK(d[4].text == "Last line without a newline.");

  std::vector<std::pair<std::string, std::string>> expected = {
      {"data/news.jsonl:6", "malformed JSON at column 39: Missing a comma or '}' after an object member."},
      {"data/news.jsonl:7", "not a JSON object"},
      {"data/news.jsonl:8", "no \"text\""},
      {"data/news.jsonl:9", "\"text\" is not a string"},
      {"data/news.jsonl:10", "\"id\" is not a string or an integer"},
      {"data/news.jsonl:11", "\"id\" is not a string or an integer"},
      {"data/news.jsonl:12", "\"title\" is not a string"},
      {"data/news.jsonl:13", "\"url\" is not a string"},
      {"data/news.jsonl:14", "\"date\" is not a string"},
      {"data/news.jsonl:15", "\"text\" is empty"},
      {"data/news.jsonl:17", "malformed JSON at column 22: The document root must not be followed by other values."},
  };
  REQUIRE(skipped.size() == expected.size());
  for (size_t i = 0; i < expected.size(); ++i) {
    CAPTURE(i);
    CHECK(skipped[i].source == expected[i].first);
    CHECK(skipped[i].reason == expected[i].second);
  }
}

TEST_CASE("parse_jsonl applies the size limit per line", "[ingest][jsonl]") {
  std::string jsonl = R"({"text": "short"})" "\n" R"({"text": "this line is longer than the limit"})" "\n" R"({"text": "also short"})";
  std::vector<Skipped> skipped;
  ReadOptions options;
  options.max_article_bytes = 25;
  auto documents = parse_jsonl(jsonl, "a.jsonl", skipped, options);
  REQUIRE(documents.ok());
  REQUIRE(documents.value().size() == 2);
  CHECK(documents.value()[1].text == "also short");
  REQUIRE(skipped.size() == 1);
  CHECK(skipped[0].source == "a.jsonl:2");
  CHECK(skipped[0].reason == "larger than --max-article-bytes (25 bytes)");
}

TEST_CASE("parse_jsonl decodes each line", "[ingest][jsonl]") {
  std::vector<Skipped> skipped;
  std::string jsonl = "\xEF\xBB\xBF{\"text\": \"caf\xC3\xA9\"}\n{\"text\": \"caf\xE9\"}\n{\"text\": \"\\u00e9\\ud83d\\ude00\"}\n"
                      "{\"text\": \"nul \\u0000\"}\n{\"text\": \"bad \\ud800\"}\n{\"text\": \"undefined \x81\"}\n"
                      "{\"text\": \"low \\ude00 alone\"}\n{\"id\": \"a\\u0000\", \"text\": \"x\"}\n";
  auto documents = parse_jsonl(jsonl, "a.jsonl", skipped);
  REQUIRE(documents.ok());
  REQUIRE(documents.value().size() == 4);
  // RapidJSON lets a lone low surrogate through as the bytes ED B8 80; each
  // becomes U+FFFD, as the WHATWG decoder replaces them.
  CHECK(documents.value()[3].text == "low \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD alone");
  CHECK(documents.value()[0].text == "caf\xC3\xA9");
  CHECK(documents.value()[1].text == "caf\xC3\xA9");
  CHECK(documents.value()[2].text == "\xC3\xA9\xF0\x9F\x98\x80");
  REQUIRE(skipped.size() == 4);
  CHECK(skipped[0].reason == "\"text\" contains a NUL character");
  CHECK(skipped[3].reason == "\"id\" contains a NUL character");
  CHECK(skipped[1].reason == "malformed JSON at column 15: The surrogate pair in string is invalid.");
  CHECK(skipped[2].reason == "not valid UTF-8 or Windows-1252");
}

TEST_CASE("parse_jsonl reads UTF-16 files whole", "[ingest][jsonl]") {
  std::string utf16 = "\xFF\xFE"s;
  for (char c : std::string("{\"text\": \"a\"}\n{\"text\": \"b\"}")) utf16 += std::string{c, '\0'};
  std::vector<Skipped> skipped;
  auto documents = parse_jsonl(utf16, "u.jsonl", skipped);
  REQUIRE(documents.ok());
  REQUIRE(documents.value().size() == 2);
  CHECK(documents.value()[1].text == "b");
  CHECK(documents.value()[1].id == "u-2");
}

TEST_CASE("parse_jsonl fails on files that are not text", "[ingest][jsonl]") {
  std::vector<Skipped> skipped;
  auto empty = parse_jsonl("", "a.jsonl", skipped);
  REQUIRE_FALSE(empty.ok());
  CHECK(empty.status().message() == "a.jsonl: empty file");
  auto binary = parse_jsonl("{\"text\": \"x\"}\n\0\0\0"s, "a.jsonl", skipped);
  REQUIRE_FALSE(binary.ok());
  CHECK(binary.status().message() == "a.jsonl: binary file, not text");
  CHECK(skipped.empty());
}

TEST_CASE("parse_jsonl survives deeply nested JSON", "[ingest][jsonl]") {
  std::string deep = std::string(200000, '[') + std::string(200000, ']') + "\n" +
                     "{\"text\": \"ok\", \"extra\": " + std::string(200000, '[') + std::string(200000, ']') + "}";
  std::vector<Skipped> skipped;
  auto documents = parse_jsonl(deep, "d.jsonl", skipped);
  REQUIRE(documents.ok());
  REQUIRE(documents.value().size() == 1);
  CHECK(documents.value()[0].text == "ok");
  REQUIRE(skipped.size() == 1);
  CHECK(skipped[0].reason == "not a JSON object");
}

}  // namespace
}  // namespace newsgraph::ingest
