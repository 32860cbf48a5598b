#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "extract/lexicons.h"

using namespace newsgraph::extract;

TEST_CASE("a word table numbers words in the order they are first inserted") {
  WordTable table;
  CHECK(table.insert("Moscow") == 0);
  CHECK(table.insert("moscow") == 1);
  CHECK(table.insert("Moscow") == 0);
  CHECK(table.insert("") == 2);
  CHECK(table.size() == 3);
  CHECK(table.find("Moscow") == 0);
  CHECK(table.find("") == 2);
  CHECK(table.find("Mosco") == WordTable::kNone);
  CHECK(table.count("moscow") == 1);
  CHECK(table.count("MOSCOW") == 0);
}

TEST_CASE("a word table keeps every word as it grows") {
  WordTable table;
  for (uint32_t i = 0; i < 20000; ++i) REQUIRE(table.insert(std::to_string(i) + "w") == i);
  CHECK(table.size() == 20000);
  for (uint32_t i = 0; i < 20000; ++i) REQUIRE(table.find(std::to_string(i) + "w") == i);
  CHECK(table.find("20000w") == WordTable::kNone);
}

TEST_CASE("the phrase matcher finds the longest phrase within the bound") {
  PhraseMatcher names(false);
  names.add("New York", 1);
  names.add("New York City", 2);
  names.add("York", 3);
  names.add("New York", 4);
  names.add("O'Neill", 5);
  const std::string text = "He left New York City for York and met O\u2019Neill in new york.";
  Annotation a = Annotation::of_text(text);
  // Tokens: He left New York City for York and met O’Neill in new york .
  struct Case {
    uint32_t first, last, length;
    std::vector<uint32_t> values;
  };
  for (const Case& c : std::vector<Case>{
           {2, 14, 3, {2}},     // the longest: "New York City"
           {2, 4, 2, {1, 4}},   // bounded before "City": "New York", both values
           {2, 3, 0, {}},       // "New" alone is no phrase
           {3, 14, 1, {3}},     // "York" of "New York City"
           {6, 14, 1, {3}},     // "York"
           {9, 14, 1, {5}},     // the curly apostrophe matches the straight one
           {11, 14, 0, {}},     // case counts: "new york"
           {0, 14, 0, {}},      // "He"
           {5, 5, 0, {}},       // an empty range
       }) {
    CAPTURE(c.first, c.last);
    for (int pass = 0; pass < 2; ++pass) {  // the second pass reads the kept key numbers
      PhraseMatcher::Match m = names.longest(a, c.first, c.last);
      CHECK(m.length == c.length);
      CHECK((m.values ? *m.values : std::vector<uint32_t>{}) == c.values);
      PhraseMatcher::Match bare = names.longest(a.text, a.tokens, c.first, c.last);
      CHECK(bare.length == c.length);
      CHECK(bare.values == m.values);
    }
  }
}

TEST_CASE("a phrase matcher that ignores case folds ASCII letters of both sides") {
  PhraseMatcher titles(true);
  titles.add("Foreign Minister", 7);
  titles.add("prime minister", 8);
  const std::string text = "FOREIGN minister and Prime Minister";
  Annotation a = Annotation::of_text(text);
  CHECK(titles.longest(a, 0, 5).length == 2);
  CHECK(*titles.longest(a, 0, 5).values == std::vector<uint32_t>{7});
  CHECK(titles.longest(a, 3, 5).length == 2);
  CHECK(*titles.longest(a, 3, 5).values == std::vector<uint32_t>{8});
  CHECK(titles.longest(a, 2, 5).length == 0);
  CHECK(titles.key("Prime") == "prime");
}

TEST_CASE("one annotation keeps apart the key numbers of two matchers") {
  PhraseMatcher first(false), second(false);
  first.add("Red Sea", 1);
  second.add("Dead Sea", 2);  // "Sea" gets another number in each matcher
  second.add("Red", 3);
  const std::string text = "Red Sea";
  Annotation a = Annotation::of_text(text);
  CHECK(first.longest(a, 0, 2).length == 2);
  CHECK(second.longest(a, 0, 2).length == 1);
  CHECK(first.longest(a, 0, 2).length == 2);
}
