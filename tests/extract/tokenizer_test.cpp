#include <catch2/catch.hpp>

#include "extract/extract.h"

using namespace newsgraph::extract;

namespace {

std::vector<std::string> words(const std::string& text) {
  std::vector<std::string> out;
  for (const Token& t : tokenize(text).tokens) out.push_back(text.substr(t.start, t.end - t.start));
  return out;
}

std::vector<std::string> sentences(const std::string& text) {
  Tokenized t = tokenize(text);
  std::vector<std::string> out;
  for (const Sentence& s : t.sentences)
    out.push_back(text.substr(t.tokens[s.first].start, t.tokens[s.last - 1].end - t.tokens[s.first].start));
  return out;
}

}  // namespace

TEST_CASE("tokens keep abbreviations, initials and names whole") {
  struct Case {
    std::string text;
    std::vector<std::string> tokens;
  };
  for (const Case& c : std::vector<Case>{
           {"U.S. officials", {"U.S.", "officials"}},
           {"Mr. Kerry met Dr Smith", {"Mr.", "Kerry", "met", "Dr", "Smith"}},
           {"J. R. R. Tolkien", {"J.", "R.", "R.", "Tolkien"}},
           {"Russia's minister", {"Russia", "'s", "minister"}},
           {"Russia\u2019s minister", {"Russia", "\u2019s", "minister"}},
           {"O'Neill didn't", {"O'Neill", "didn't"}},
           {"Bashar al-Assad", {"Bashar", "al", "-", "Assad"}},
           {"U.S.-Russian talks", {"U.S.", "-", "Russian", "talks"}},
           {"1,000 pieces and 3.5 percent", {"1,000", "pieces", "and", "3.5", "percent"}},
           {"Sept. 3, 2014", {"Sept.", "3", ",", "2014"}},
           {"\u201cReal progress,\u201d he said.", {"\u201c", "Real", "progress", ",", "\u201d", "he", "said", "."}},
           {"Сергей Лавров", {"Сергей", "Лавров"}},
       }) {
    CHECK(words(c.text) == c.tokens);
  }
}

TEST_CASE("token flags: capitalised, all caps, spacing") {
  Tokenized t = tokenize("NATO said\nthe Élysée");
  REQUIRE(t.tokens.size() == 4);
  CHECK(t.tokens[0].all_caps);
  CHECK(t.tokens[0].capitalized);
  CHECK_FALSE(t.tokens[1].capitalized);
  CHECK(t.tokens[2].newline_before);
  CHECK(t.tokens[3].capitalized);
  CHECK_FALSE(t.tokens[3].all_caps);
}

TEST_CASE("sentences end at terminal punctuation before a new sentence") {
  struct Case {
    std::string text;
    std::vector<std::string> sentences;
  };
  for (const Case& c : std::vector<Case>{
           {"Kerry met Lavrov. They talked.", {"Kerry met Lavrov.", "They talked."}},
           {"Mr. Kerry met Mr. Lavrov.", {"Mr. Kerry met Mr. Lavrov."}},
           {"He met J. Smith in Moscow.", {"He met J. Smith in Moscow."}},
           {"Sanctions from the U.S. and the EU.", {"Sanctions from the U.S. and the EU."}},
           {"He flew to the U.S. The visit was short.", {"He flew to the U.S.", "The visit was short."}},
           // A wire paragraph's line breaks end no sentence after an
           // abbreviation; an indented line (a new paragraph) does.
           {"He met the Deputy U.S.\nTrade Representative.", {"He met the Deputy U.S.\nTrade Representative."}},
           {"Sales rose in the U.S.\n    Prices fell.", {"Sales rose in the U.S.", "Prices fell."}},
           {"\u201cWe agreed.\u201d Lavrov said so.", {"\u201cWe agreed.\u201d", "Lavrov said so."}},
           {"Headline without a stop\n\nFirst line of text.", {"Headline without a stop", "First line of text."}},
           {"It grew 3.5 percent. Prices fell.", {"It grew 3.5 percent.", "Prices fell."}},
           {"Is it? Yes! 12 people came.", {"Is it?", "Yes!", "12 people came."}},
           {"", {}},
       }) {
    CHECK(sentences(c.text) == c.sentences);
  }
}

TEST_CASE("invalid UTF-8 does not stop the tokenizer") {
  std::string text = "Kerry \xff\xfe met";
  Tokenized t = tokenize(text);
  CHECK(t.tokens.size() >= 2);
  CHECK(t.tokens.back().end == text.size());
}

TEST_CASE("slug: lower case, accents and dots dropped, words joined by _") {
  struct Case {
    std::string name, slug;
  };
  for (const Case& c : std::vector<Case>{
           {"Sergei Lavrov", "sergei_lavrov"},
           {"U.S.", "us"},
           {"Élysée Palace", "elysee_palace"},
           {"Bashar al-Assad", "bashar_al_assad"},
           {"O'Neill", "oneill"},
           {"  G-20   summit ", "g_20_summit"},
           {"Сергей", "сергей"},
       }) {
    CHECK(slug(c.name) == c.slug);
  }
}
