#include <catch2/catch.hpp>

#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "extract/ingest/ingest.h"
#include "tests/extract/ingest/temp_folder.h"

namespace newsgraph::ingest {
namespace {

using testing::TempFolder;

const char* const kRss = "<rss><channel><item><title>Feed item</title><guid>g</guid></item></channel></rss>";
const char* const kHtml = "<!DOCTYPE html><title>Page</title><p>Page text</p>";
const char* const kJsonl = "{\"id\": \"j1\", \"text\": \"Line text\"}\n";

struct KindCase {
  const char* name;
  const char* content;
  const char* expected_text;  // of the first Document
};

TEST_CASE("read_file picks the reader by extension", "[ingest][read_file]") {
  TempFolder folder;
  const KindCase cases[] = {
      {"a.txt", "<p>Tags stay text</p>", "<p>Tags stay text</p>"},
      {"a.TEXT", "plain", "plain"},
      {"a.html", kHtml, "Page text"},
      {"a.HTM", kHtml, "Page text"},
      {"a.xhtml", kHtml, "Page text"},
      {"a.xml", kRss, "Feed item"},
      {"a.rss", kRss, "Feed item"},
      {"a.atom", kRss, "Feed item"},
      {"a.jsonl", kJsonl, "Line text"},
      {"a.ndjson", kJsonl, "Line text"},
      {"a.json", kJsonl, "Line text"},
  };
  for (const KindCase& c : cases) {
    CAPTURE(c.name);
    std::vector<Skipped> skipped;
    auto documents = read_file(folder.write(c.name, c.content), skipped);
    REQUIRE(documents.ok());
    REQUIRE(documents.value().size() == 1);
    CHECK(documents.value()[0].text == c.expected_text);
    CHECK(documents.value()[0].source == folder.path(c.name));
  }
}

TEST_CASE("read_file picks the reader by content for other names", "[ingest][read_file]") {
  TempFolder folder;
  const KindCase cases[] = {
      {"notes.md", "# Heading\n\nSome notes.", "# Heading\n\nSome notes."},
      {"page", "\n  <!-- saved page -->\n<HTML><body><p>Page text</p>", "Page text"},
      {"fragment", "<div><p>Page text</p></div>", "Page text"},
      {"doctype", kHtml, "Page text"},
      {"feed", "<?xml version=\"1.0\"?>\n<!-- comment -->\n<rss version=\"2.0\"><channel><item><title>Feed item</title></item></channel></rss>",
       "Feed item"},
      {"atom", "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>Feed item</title></entry></feed>", "Feed item"},
      {"xhtml", "<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>Page text</p></body></html>",
       "Page text"},
      {"lines", kJsonl, "Line text"},
  };
  for (const KindCase& c : cases) {
    CAPTURE(c.name);
    std::vector<Skipped> skipped;
    auto documents = read_file(folder.write(c.name, c.content), skipped);
    REQUIRE(documents.ok());
    REQUIRE(documents.value().size() == 1);
    CHECK(documents.value()[0].text == c.expected_text);
  }
}

TEST_CASE("read_file reports bad files with the path first", "[ingest][read_file]") {
  TempFolder folder;
  folder.write("sub/keep.txt", "x");
  struct Case {
    const char* name;
    std::string content;  // not written when empty and `write` is false
    bool write;
    const char* message;  // after "<path>: "
  };
  const Case cases[] = {
      {"missing.txt", "", false, "no such file or directory"},
      {"sub", "", false, "is a folder, not a file"},
      {"empty.txt", "", true, "empty file"},
      {"empty.jsonl", "", true, "empty file"},
      {"big.txt", std::string(101, 'x'), true, "larger than --max-article-bytes (100 bytes)"},
      {"big.html", "<p>" + std::string(101, 'x'), true, "larger than --max-article-bytes (100 bytes)"},
      {"big-noext", std::string(101, 'x'), true, "larger than --max-article-bytes (100 bytes)"},
      {"image.png", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16), true, "binary file, not text"},
      {"config.xml", "<config><a/></config>", true, "not an RSS or Atom feed (root element <config>)"},
      {"pretty.json", "{\n  \"text\": \"x\"\n}\n", true,
       "not JSON Lines (one JSON object per line): line 1: malformed JSON at column 2: Missing a name for object member."},
      {"array.json", "[{\"text\": \"x\"}]", true, "not JSON Lines (one JSON object per line): line 1: not a JSON object"},
  };
  ReadOptions options;
  options.max_article_bytes = 100;
  for (const Case& c : cases) {
    CAPTURE(c.name);
    std::string path = c.write ? folder.write(c.name, c.content) : folder.path(c.name);
    std::vector<Skipped> skipped;
    auto documents = read_file(path, skipped, options);
    REQUIRE_FALSE(documents.ok());
    CHECK(documents.status().code() == Status::Code::kBadInput);
    CHECK(documents.status().message() == path + ": " + c.message);
  }
}

TEST_CASE("read_file applies the size limit per article in feeds and JSON Lines", "[ingest][read_file]") {
  TempFolder folder;
  std::string jsonl;
  for (int i = 0; i < 10; ++i) jsonl += "{\"text\": \"article " + std::to_string(i) + "\"}\n";
  ReadOptions options;
  options.max_article_bytes = 30;
  std::vector<Skipped> skipped;
  auto documents = read_file(folder.write("many.jsonl", jsonl), skipped, options);
  REQUIRE(documents.ok());
  CHECK(documents.value().size() == 10);
  CHECK(documents.value()[9].id == "many-10");
  CHECK(skipped.empty());
}

TEST_CASE("read_file streams JSON Lines whose lines span read buffers", "[ingest][read_file]") {
  TempFolder folder;
  std::string long_text(100000, 'y');
  std::string jsonl = "{\"text\": \"" + long_text + "\"}\n{\"text\": \"second\"}";
  std::vector<Skipped> skipped;
  auto documents = read_file(folder.write("long.jsonl", jsonl), skipped);
  REQUIRE(documents.ok());
  REQUIRE(documents.value().size() == 2);
  CHECK(documents.value()[0].text == long_text);
  CHECK(documents.value()[1].text == "second");
}

TEST_CASE("read_file reads standard input for \"-\"", "[ingest][read_file]") {
  std::istringstream input("<rss><channel><item><title>From stdin</title><guid>g</guid></item></channel></rss>");
  std::streambuf* saved = std::cin.rdbuf(input.rdbuf());
  std::vector<Skipped> skipped;
  auto documents = read_file("-", skipped);
  std::cin.rdbuf(saved);
  std::cin.clear();
  REQUIRE(documents.ok());
  REQUIRE(documents.value().size() == 1);
  CHECK(documents.value()[0].text == "From stdin");
  CHECK(documents.value()[0].source == "-");
  CHECK(documents.value()[0].id.starts_with("stdin-"));

  std::istringstream nothing("");
  saved = std::cin.rdbuf(nothing.rdbuf());
  auto empty = read_file("-", skipped);
  std::cin.rdbuf(saved);
  std::cin.clear();
  REQUIRE_FALSE(empty.ok());
  CHECK(empty.status().message() == "-: empty file");
}

}  // namespace
}  // namespace newsgraph::ingest
