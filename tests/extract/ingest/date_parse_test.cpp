#include <catch2/catch.hpp>

#include "extract/ingest/dates.h"

namespace newsgraph::ingest {
namespace {

struct DateCase {
  const char* input;
  const char* expected;
};

TEST_CASE("normalize_date reads ISO, RFC 822 and written dates", "[ingest][dates]") {
  const DateCase cases[] = {
      {"2016-03-25", "2016-03-25"},
      {"  2016-03-25\n", "2016-03-25"},
      {"2016-03-25T04:17:00Z", "2016-03-25"},
      {"2016-03-25T23:30:00-05:00", "2016-03-25"},  // the date as written, no time zone shift
      {"2016-03-25 04:17", "2016-03-25"},
      {"2016/03/25", "2016-03-25"},
      {"20160325", "2016-03-25"},
      {"20160325T041700", "2016-03-25"},
      {"2016", "2016"},
      {"2016-03", "2016-03"},
      {"2016-13", ""},
      {"2016-02-30", ""},
      {"2016-02-29", "2016-02-29"},
      {"2015-02-29", ""},
      {"1900-02-29", ""},
      {"2000-02-29", "2000-02-29"},
      {"0999-01-01", ""},
      {"2016-3-5", ""},
      {"2016-03-25x", ""},
      {"Tue, 10 Jun 2003 04:00:00 GMT", "2003-06-10"},
      {"10 Jun 2003", "2003-06-10"},
      {"Tue, 10 Jun 03 04:00:00 GMT", ""},  // two-digit year: no century guessed
      {"March 25, 2016", "2016-03-25"},
      {"Posted: 2016-03-25", "2016-03-25"},
      {"Fri, 31 Jun 2016 10:00:00 +0000", ""},
      {"yesterday", ""},
      {"", ""},
  };
  for (const DateCase& c : cases) {
    CAPTURE(c.input);
    CHECK(normalize_date(c.input) == c.expected);
  }
}

TEST_CASE("iso_date checks the calendar", "[ingest][dates]") {
  CHECK(iso_date(2016, 3, 5) == "2016-03-05");
  CHECK(iso_date(2016, 4, 31) == "");
  CHECK(iso_date(2016, 0, 1) == "");
  CHECK(iso_date(2016, 1, 0) == "");
  CHECK(iso_date(10000, 1, 1) == "");
}

TEST_CASE("match_written_date reports the length it matched", "[ingest][dates]") {
  std::string_view text = "on Sept. 3, 2014 at noon";
  auto date = match_written_date(text, 3);
  REQUIRE(date);
  CHECK(date->iso == "2014-09-03");
  CHECK(text.substr(3, date->length) == "Sept. 3, 2014");
  CHECK_FALSE(match_written_date(text, 0));
}

}  // namespace
}  // namespace newsgraph::ingest
