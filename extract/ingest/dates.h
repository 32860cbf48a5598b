// extract/ingest (internal): reading dates as sources write them.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace newsgraph::ingest {

// "YYYY-MM-DD" when year/month/day name a real day (years 1000..9999,
// leap years counted), else "".
std::string iso_date(int year, int month, int day);

// A date written out in words starting at text[pos]: "March 25, 2016",
// "Mar. 25 2016", "Sept. 3, 2014", "25th of March, 2016", "10 Jun 2003".
// The caller checks that pos starts a word. `length` covers the match.
struct WrittenDate {
  size_t length = 0;
  std::string iso;
};
std::optional<WrittenDate> match_written_date(std::string_view text, size_t pos);

// An ISO date "YYYY-MM-DD" starting at text[pos] and not running into
// further digits, as a valid ISO date, or "".
std::string match_iso_date(std::string_view text, size_t pos);

// A date value from metadata (a meta tag, a feed's pubDate, a JSONL field)
// as ISO, or "" when it is no real date. Accepted: ISO 8601 dates and
// datetimes (the date part as written, no time zone shift; "2016",
// "2016-03" kept at that precision; "20160325" and "2016/03/25" too), RFC
// 822 ("Tue, 10 Jun 2003 04:00:00 GMT") and written dates ("March 25,
// 2016"). Two-digit years are refused: no century is guessed.
std::string normalize_date(std::string_view value);

}  // namespace newsgraph::ingest
