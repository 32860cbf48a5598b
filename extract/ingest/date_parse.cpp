// Date reading is hand-written rather than std::regex or std::get_time:
// both depend on the locale, and the output must not.
#include <array>

#include "extract/ingest/encoding.h"
#include "extract/ingest/dates.h"

namespace newsgraph::ingest {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Reads exactly `count` digits at text[pos] not followed by another digit.
std::optional<int> read_number(std::string_view text, size_t pos, size_t count) {
  if (pos + count > text.size()) return std::nullopt;
  int value = 0;
  for (size_t i = pos; i < pos + count; ++i) {
    if (!is_digit(text[i])) return std::nullopt;
    value = value * 10 + (text[i] - '0');
  }
  if (pos + count < text.size() && is_digit(text[pos + count])) return std::nullopt;
  return value;
}

// Spaces, tabs and no-break spaces (U+00A0) between the parts of a date.
size_t skip_spaces(std::string_view text, size_t pos) {
  while (pos < text.size()) {
    if (text[pos] == ' ' || text[pos] == '\t') {
      ++pos;
    } else if (text.substr(pos, 2) == "\xC2\xA0") {
      pos += 2;
    } else {
      break;
    }
  }
  return pos;
}

// A month name or abbreviation at text[pos], any case, ending at a
// non-letter; an optional '.' after it is consumed. Returns the month and
// moves pos past it.
int read_month(std::string_view text, size_t& pos) {
  static constexpr std::array<std::string_view, 12> kNames = {"january", "february", "march",     "april",
                                                               "may",     "june",     "july",      "august",
                                                               "september", "october", "november", "december"};
  size_t end = pos;
  std::string word;
  while (end < text.size() && is_alpha(text[end]) && word.size() < 10) word += lower(text[end++]);
  if (end < text.size() && is_alpha(text[end])) return 0;
  int month = 0;
  for (size_t m = 0; m < kNames.size() && month == 0; ++m) {
    if (word == kNames[m] || word == kNames[m].substr(0, 3)) month = static_cast<int>(m) + 1;
  }
  if (word == "sept") month = 9;
  if (month == 0) return 0;
  if (end < text.size() && text[end] == '.') ++end;
  pos = end;
  return month;
}

// A day of the month, 1 or 2 digits, with an optional ordinal suffix.
std::optional<int> read_day(std::string_view text, size_t& pos) {
  size_t digits = 0;
  while (pos + digits < text.size() && is_digit(text[pos + digits]) && digits < 3) ++digits;
  if (digits == 0 || digits > 2) return std::nullopt;
  int day = read_number(text, pos, digits).value_or(0);
  size_t end = pos + digits;
  static constexpr std::array<std::string_view, 4> kSuffixes = {"st", "nd", "rd", "th"};
  for (std::string_view suffix : kSuffixes) {
    if (end + 2 <= text.size() && lower(text[end]) == suffix[0] && lower(text[end + 1]) == suffix[1] &&
        (end + 2 == text.size() || !is_alpha(text[end + 2]))) {
      end += 2;
      break;
    }
  }
  if (end < text.size() && is_alpha(text[end])) return std::nullopt;
  pos = end;
  return day;
}

std::optional<int> read_year(std::string_view text, size_t pos) { return read_number(text, pos, 4); }


std::string pad(int value, int width) {
  std::string s = std::to_string(value);
  while (static_cast<int>(s.size()) < width) s.insert(s.begin(), '0');
  return s;
}

}  // namespace

std::string iso_date(int year, int month, int day) {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return "";
  static constexpr std::array<int, 12> kDays = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  if (day > kDays[month - 1] || (month == 2 && day == 29 && !leap)) return "";
  return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2);
}

std::optional<WrittenDate> match_written_date(std::string_view text, size_t pos) {
  size_t p = pos;
  int month = 0;
  std::optional<int> day;
  if (is_alpha(text.size() > p ? text[p] : '\0')) {
    // Month first: "March 25, 2016".
    month = read_month(text, p);
    if (month == 0) return std::nullopt;
    size_t after_month = skip_spaces(text, p);
    if (after_month == p && !(p > pos && text[p - 1] == '.')) return std::nullopt;
    p = after_month;
    day = read_day(text, p);
    if (!day) return std::nullopt;
    if (p < text.size() && text[p] == ',') ++p;
  } else {
    // Day first: "25 March 2016", "25th of March, 2016".
    day = read_day(text, p);
    if (!day) return std::nullopt;
    size_t after_day = skip_spaces(text, p);
    if (after_day == p) return std::nullopt;
    p = after_day;
    if (text.substr(p, 2) == "of" || text.substr(p, 2) == "Of") {
      size_t after_of = skip_spaces(text, p + 2);
      if (after_of > p + 2) p = after_of;
    }
    month = read_month(text, p);
    if (month == 0) return std::nullopt;
    if (p < text.size() && text[p] == ',') ++p;
  }
  size_t year_start = skip_spaces(text, p);
  if (year_start == p && text[p - 1] != ',') return std::nullopt;
  std::optional<int> year = read_year(text, year_start);
  if (!year) return std::nullopt;
  std::string iso = iso_date(*year, month, *day);
  if (iso.empty()) return std::nullopt;
  return WrittenDate{year_start + 4 - pos, iso};
}

std::string match_iso_date(std::string_view text, size_t pos) {
  auto year = read_number(text, pos, 4);
  if (!year || pos + 10 > text.size() || text[pos + 4] != '-' || text[pos + 7] != '-') return "";
  auto month = read_number(text, pos + 5, 2);
  auto day = read_number(text, pos + 8, 2);
  if (!month || !day) return "";
  return iso_date(*year, *month, *day);
}

std::string normalize_date(std::string_view value) {
  std::string s(trim_space(value));
  std::string_view v = s;
  if (v.size() >= 4 && is_digit(v[0])) {
    // ISO 8601: YYYY, YYYY-MM, YYYY-MM-DD (also with '/'), YYYYMMDD, each
    // optionally followed by a time ("T04:17:00Z", " 04:17").
    if (auto year = read_number(v, 0, 4)) {
      if (v.size() == 4) return iso_date(*year, 1, 1).empty() ? "" : pad(*year, 4);
      char sep = v[4];
      if ((sep == '-' || sep == '/') && v.size() >= 7) {
        auto month = read_number(v, 5, 2);
        if (!month) return "";
        if (v.size() == 7) return iso_date(*year, *month, 1).empty() ? "" : pad(*year, 4) + "-" + pad(*month, 2);
        if (v[7] != sep || v.size() < 10) return "";
        auto day = read_number(v, 8, 2);
        if (!day || (v.size() > 10 && v[10] != 'T' && v[10] != 't' && v[10] != ' ')) return "";
        return iso_date(*year, *month, *day);
      }
      return "";
    }
    if (auto compact = read_number(v, 0, 8)) {
      if (v.size() > 8 && v[8] != 'T') return "";
      return iso_date(*compact / 10000, *compact / 100 % 100, *compact % 100);
    }
  }
  // RFC 822 and written dates: the first date in the value, which skips a
  // leading weekday ("Tue, 10 Jun 2003") or a label ("Posted: 2016-03-25").
  for (size_t i = 0; i < v.size(); ++i) {
    if (i > 0 && (is_alpha(v[i - 1]) || is_digit(v[i - 1]))) continue;
    if (auto date = match_written_date(v, i)) return date->iso;
    if (std::string iso = match_iso_date(v, i); !iso.empty()) return iso;
  }
  return "";
}

}  // namespace newsgraph::ingest
