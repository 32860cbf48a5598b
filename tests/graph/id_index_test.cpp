#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "graph/graph.h"

using newsgraph::IdIndex;

TEST_CASE("an id index finds each id at its position and refuses a second of an id") {
  IdIndex index(2);  // fewer than will come: the table must grow and keep every id
  std::vector<std::string> ids;
  for (int i = 0; i < 5000; ++i) ids.push_back("person:p" + std::to_string(i));
  for (uint32_t i = 0; i < ids.size(); ++i) CHECK_FALSE(index.insert(ids[i], i).has_value());
  CHECK(index.size() == 5000);
  for (uint32_t i = 0; i < ids.size(); ++i) CHECK(index.find(ids[i]) == i);

  // A second id equal to one in keeps the first position and changes nothing.
  CHECK(index.insert("person:p42", 9999) == 42u);
  CHECK(index.find("person:p42") == 42u);
  CHECK(index.size() == 5000);

  // The index keeps its own copy: the strings it was given may go.
  ids.clear();
  CHECK(index.find("person:p4999") == 4999u);
  for (const char* absent : {"person:p5000", "person:p", "", "PERSON:P1", "person:p1 "})
    CHECK_FALSE(index.find(absent).has_value());
}

TEST_CASE("an id index tells apart ids that differ in one byte, length or embedded zero") {
  IdIndex index;
  const std::vector<std::string> ids = {"", "a", "b", "ab", "ba", std::string("a\0b", 3), std::string("a\0c", 3)};
  for (uint32_t i = 0; i < ids.size(); ++i) CHECK_FALSE(index.insert(ids[i], i).has_value());
  for (uint32_t i = 0; i < ids.size(); ++i) CHECK(index.find(ids[i]) == i);
  CHECK_FALSE(index.find(std::string("a\0", 2)).has_value());
}
