#include <catch2/catch.hpp>

#include <string>

#include "extract/ingest/ingest.h"

namespace newsgraph::ingest {
namespace {

struct StatedCase {
  std::string text;
  const char* expected;
};

// A lead paragraph longer than a byline line (over 100 bytes).
const std::string kLead =
    "The two ministers spoke for more than four hours about Syria, Ukraine and the nuclear deal with Iran, "
    "officials said.";

TEST_CASE("find_stated_date finds the byline or dateline date", "[ingest][stated_date]") {
  const StatedCase cases[] = {
      {"Headline\n\nBy Patrick Goodenough | March 25, 2016 | 4:17am EDT\n" + kLead, "2016-03-25"},
      {"Headline\nMar. 25, 2016\n", "2016-03-25"},
      {"Headline\nMar 25, 2016\n", "2016-03-25"},
      {"Headline\nSept. 3, 2014\n", "2014-09-03"},
      {"Headline\nPublished 25 March 2016\n", "2016-03-25"},
      {"Headline\n25th of March, 2016\n", "2016-03-25"},
      {"Headline\nUpdated 2016-03-25T10:00:00Z\n", "2016-03-25"},
      {"Headline\nMarch 25 2016\n", "2016-03-25"},
      {"Headline\nMarch 25th, 2016\n", "2016-03-25"},
      {"Headline\nMARCH 25, 2016\n", "2016-03-25"},
      {"Headline\nThursday, March 24, 2016\n", "2016-03-24"},
      {"Headline\nMay\xC2\xA0" "5,\xC2\xA0" "2016\n", "2016-05-05"},  // no-break spaces
      {"February 29, 2016\n", "2016-02-29"},
      // Datelines at the start of a long paragraph.
      {"Headline\nMOSCOW, March 25, 2016 - " + kLead, "2016-03-25"},
      {"Headline\nThursday, 24 March 2016: " + kLead, "2016-03-24"},
      {"Headline\n2016-03-25 " + kLead, "2016-03-25"},
      // The first date wins.
      {"Headline\nMarch 25, 2016\nMarch 26, 2016\n", "2016-03-25"},
  };
  for (const StatedCase& c : cases) {
    CAPTURE(c.text);
    CHECK(find_stated_date(c.text) == std::string(c.expected));
  }
}

TEST_CASE("find_stated_date never guesses", "[ingest][stated_date]") {
  const StatedCase cases[] = {
      {"Headline\nMOSCOW, December 15. Talks began.\n", ""},  // no year
      {"Headline\nMarch 2016\n", ""},                          // no day
      {"Headline\nMarch 25, 16\n", ""},                        // two-digit year
      {"Headline\n25/03/2016\n", ""},                          // numeric forms are ambiguous
      {"Headline\nFebruary 30, 2016\n", ""},
      {"Headline\n2016-02-30\n", ""},
      {"Headline\nFebruary 29, 2015\n", ""},
      {"Headline\n12016-03-25\n", ""},
      {"Headline\nMarchx 25, 2016\n", ""},
      // Dates inside a lead paragraph are about events.
      {"Headline\n" + kLead + " He was born on 5 April 1920 in Luton.\n", ""},
      {"Headline\nOn 25 March 2016 " + kLead, ""},
      {"Headline\nWASHINGTON, D.C. - " + kLead + " March 25, 2016", ""},
      // Past the top of the article: the sixth non-empty line, or past 600 bytes.
      {"1\n2\n\n3\n4\n5\nMarch 25, 2016\n", ""},
      {std::string(650, 'x') + "\nMarch 25, 2016\n", ""},
      {"", ""},
  };
  for (const StatedCase& c : cases) {
    CAPTURE(c.text);
    CHECK(find_stated_date(c.text) == std::string(c.expected));
  }
}

TEST_CASE("find_stated_date reads the fifth non-empty line", "[ingest][stated_date]") {
  CHECK(find_stated_date("1\n\n2\n3\n\n\n4\nMarch 25, 2016\n") == "2016-03-25");
}

}  // namespace
}  // namespace newsgraph::ingest
