#include <catch2/catch.hpp>

#include "extract/ingest/ids.h"

namespace newsgraph::ingest {
namespace {

TEST_CASE("fnv1a64 matches the published FNV-1a test vectors", "[ingest][ids]") {
  CHECK(hex16(fnv1a64("")) == "cbf29ce484222325");
  CHECK(hex16(fnv1a64("a")) == "af63dc4c8601ec8c");
  CHECK(hex16(fnv1a64("foobar")) == "85944171f73967e8");
  CHECK(hex16(0x1) == "0000000000000001");
}

TEST_CASE("file_stem drops folders and the last extension", "[ingest][ids]") {
  CHECK(file_stem("samples/000_x.txt") == "000_x");
  CHECK(file_stem("a/b.c.html") == "b.c");
  CHECK(file_stem("noext") == "noext");
  CHECK(file_stem("-") == "stdin");
}

TEST_CASE("skipped_from splits a message into location and reason", "[ingest][ids]") {
  Skipped plain = skipped_from("dir/a.xml", Status::BadInput("dir/a.xml: empty file"));
  CHECK(plain.source == "dir/a.xml");
  CHECK(plain.reason == "empty file");
  Skipped with_line = skipped_from("dir/a.xml", Status::BadInput("dir/a.xml:7: malformed XML: x"));
  CHECK(with_line.source == "dir/a.xml:7");
  CHECK(with_line.reason == "malformed XML: x");
}

TEST_CASE("line_of_offset counts lines from 1", "[ingest][ids]") {
  CHECK(line_of_offset("ab\ncd\nef", 0) == 1);
  CHECK(line_of_offset("ab\ncd\nef", 3) == 2);
  CHECK(line_of_offset("ab\ncd\nef", 7) == 3);
  CHECK(line_of_offset("ab", 99) == 1);
}

}  // namespace
}  // namespace newsgraph::ingest
