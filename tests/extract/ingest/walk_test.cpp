#include <catch2/catch.hpp>

#include <filesystem>
#include <string>
#include <vector>

#include "extract/ingest/ingest.h"
#include "tests/extract/ingest/temp_folder.h"

namespace newsgraph::ingest {
namespace {

using testing::TempFolder;

struct Walked {
  std::vector<std::string> ids;
  std::vector<std::string> sources;
  std::vector<Skipped> skipped;
  Status status;
};

Walked walk(const std::vector<std::string>& inputs) {
  Walked walked;
  walked.status = read_inputs(
      inputs, ReadOptions{},
      [&](Document document) {
        walked.ids.push_back(document.id);
        walked.sources.push_back(document.source);
      },
      walked.skipped);
  return walked;
}

TEST_CASE("read_inputs walks folders in path order and skips what is not an article", "[ingest][walk]") {
  TempFolder folder;
  folder.write("b.txt", "b");
  folder.write("a/2.txt", "two");
  folder.write("a/10.txt", "ten");
  folder.write("a-b.txt", "dash");  // '-' sorts before '/': a-b.txt comes before a/...
  folder.write(".hidden.txt", "hidden");
  folder.write(".git/config.txt", "hidden folder");
  folder.write("README.md", "# not an article");
  folder.write("photo.jpg", "\xFF\xD8\xFF");
  folder.write("noext", "No extension.");
  folder.write("sub/feed.rss",
               "<rss><channel><item><title>One</title><guid>1</guid></item>"
               "<item><title>Two</title><guid>2</guid></item></channel></rss>");
  folder.write("sub/bad.html", std::string("\0\0", 2));
  folder.write("sub/empty.txt", "");
  folder.write("sub/lines.jsonl", "{\"text\": \"ok\"}\nnot json\n");
  std::filesystem::create_directory_symlink(folder.path(), folder.path("sub/loop"));

  Walked walked = walk({folder.path()});
  REQUIRE(walked.status.ok());
  std::string root = folder.path() + "/";
  CHECK(walked.sources == std::vector<std::string>{root + "a-b.txt", root + "a/10.txt", root + "a/2.txt", root + "b.txt",
                                                   root + "noext", root + "sub/feed.rss", root + "sub/feed.rss",
                                                   root + "sub/lines.jsonl"});
  CHECK(walked.ids == std::vector<std::string>{"a-b", "10", "2", "b", "noext", "feed-af63ac4c86019afc",
                                               "feed-af63af4c8601a015", "lines-1"});
  REQUIRE(walked.skipped.size() == 3);
  CHECK(walked.skipped[0].source == root + "sub/bad.html");
  CHECK(walked.skipped[0].reason == "binary file, not text");
  CHECK(walked.skipped[1].source == root + "sub/empty.txt");
  CHECK(walked.skipped[1].reason == "empty file");
  CHECK(walked.skipped[2].source == root + "sub/lines.jsonl:2");
  CHECK(walked.skipped[2].reason == "malformed JSON at column 2: Invalid value.");
}

TEST_CASE("read_inputs keeps the order of its inputs", "[ingest][walk]") {
  TempFolder folder;
  std::string z = folder.write("z.txt", "z");
  std::string a = folder.write("d/a.txt", "a");
  std::string m = folder.write("m.md", "explicit files of any name are read");
  Walked walked = walk({z, folder.path("d"), m, z});
  REQUIRE(walked.status.ok());
  CHECK(walked.sources == std::vector<std::string>{z, a, m, z});
  CHECK(walked.skipped.empty());
}

TEST_CASE("read_inputs fails before reading when an input does not exist", "[ingest][walk]") {
  TempFolder folder;
  std::string z = folder.write("z.txt", "z");
  Walked walked = walk({z, folder.path("missing")});
  REQUIRE_FALSE(walked.status.ok());
  CHECK(walked.status.code() == Status::Code::kBadInput);
  CHECK(walked.status.message() == folder.path("missing") + ": no such file or directory");
  CHECK(walked.ids.empty());
}

}  // namespace
}  // namespace newsgraph::ingest
