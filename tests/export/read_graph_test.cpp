// read_graph(): files and standard input, JSON or GraphML by content.
#include <fcntl.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>

#include "support.h"

using namespace newsgraph;
using namespace newsgraph::formats;
using namespace newsgraph::formats::testing;

namespace {

KnowledgeGraph read_ok(const std::string& path) {
  Result<KnowledgeGraph> g = read_graph(path);
  INFO(g.status().message());
  REQUIRE(g.ok());
  return std::move(g).value();
}

// read_graph("-") with standard input read from `path`.
Result<KnowledgeGraph> read_stdin_from(const std::string& path) {
  int saved = ::dup(STDIN_FILENO);
  int fd = ::open(path.c_str(), O_RDONLY);
  REQUIRE(fd >= 0);
  ::dup2(fd, STDIN_FILENO);
  ::close(fd);
  Result<KnowledgeGraph> g = read_graph("-");
  ::dup2(saved, STDIN_FILENO);
  ::close(saved);
  return g;
}

}  // namespace

TEST_CASE("read_graph: JSON and GraphML by their first byte") {
  TempDir dir;
  KnowledgeGraph full = full_graph();
  // The content decides, not the name.
  write_text(dir.file("graph.xml"), to_json(full, true));
  write_text(dir.file("graph.json"), to_graphml(full));
  require_same(read_ok(dir.file("graph.xml")), full);
  require_same(read_ok(dir.file("graph.json")), full);
  // Leading white space and a byte order mark.
  write_text(dir.file("spaced"), "\xEF\xBB\xBF \n\t" + to_json(full));
  require_same(read_ok(dir.file("spaced")), full);
  write_text(dir.file("spaced.graphml"), "\n  " + to_graphml(full));
  require_same(read_ok(dir.file("spaced.graphml")), full);
  // Standard input.
  Result<KnowledgeGraph> g = read_stdin_from(dir.file("graph.json"));
  INFO(g.status().message());
  REQUIRE(g.ok());
  require_same(g.value(), full);
}

TEST_CASE("read_graph: empty, unreadable and malformed files") {
  TempDir dir;
  write_text(dir.file("empty.json"), "");
  write_text(dir.file("blank.json"), " \n\t\r\n");
  write_text(dir.file("words.json"), "\nnot a graph");
  write_text(dir.file("broken.graphml"), "<graphml>\n<graph>");
  struct Case {
    std::string path;
    Status::Code code;
    std::string message;
  };
  std::vector<Case> cases = {
      {dir.file("empty.json"), Status::Code::kBadInput, dir.file("empty.json") + ": empty"},
      {dir.file("blank.json"), Status::Code::kBadInput, dir.file("blank.json") + ": empty"},
      {dir.file("words.json"), Status::Code::kBadInput, dir.file("words.json") + ": line 2: Invalid value."},
      {dir.file("broken.graphml"), Status::Code::kBadInput,
       dir.file("broken.graphml") + ": line 2: Start-end tags mismatch"},
      {dir.file("missing.json"), Status::Code::kIoError,
       "cannot read " + dir.file("missing.json") + ": No such file or directory"},
      {dir.path(), Status::Code::kIoError, "cannot read " + dir.path() + ": Is a directory"},
  };
  for (const Case& c : cases) {
    INFO(c.path);
    Result<KnowledgeGraph> g = read_graph(c.path);
    REQUIRE_FALSE(g.ok());
    REQUIRE(g.status().code() == c.code);
    REQUIRE(g.status().message() == c.message);
  }
  Result<KnowledgeGraph> g = read_stdin_from(dir.file("empty.json"));
  REQUIRE(g.status().code() == Status::Code::kBadInput);
  REQUIRE(g.status().message() == "standard input: empty");
  g = read_stdin_from(dir.file("words.json"));
  REQUIRE(g.status().message() == "standard input: line 2: Invalid value.");
}
