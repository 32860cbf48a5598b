#include "extract/dates.h"

#include <array>
#include <cstdio>
#include <optional>

#include "extract/extractors.h"

namespace newsgraph::extract {

namespace {

struct Ymd {
  int y = 0, m = 0, d = 0;
};

// Days since 1970-01-01 of a civil date (proleptic Gregorian), and back.
long days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Ymd civil_from_days(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  Ymd out;
  out.d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  out.m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  out.y = static_cast<int>(yoe + era * 400 + (out.m <= 2));
  return out;
}

int days_in_month(int y, int m) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 && leap ? 29 : kDays[m - 1];
}

std::string iso(int y, int m = 0, int d = 0) {
  char buf[16];
  if (d) std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  else if (m) std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
  else std::snprintf(buf, sizeof buf, "%04d", y);
  return buf;
}

std::optional<Ymd> anchor(const Annotation& a) {
  if (!a.document) return std::nullopt;
  const std::string& d = a.document->date;
  if (d.size() != 10 || !is_iso_date(d)) return std::nullopt;
  return Ymd{std::stoi(d.substr(0, 4)), std::stoi(d.substr(5, 2)), std::stoi(d.substr(8, 2))};
}

int month_of(std::string_view w) {
  static constexpr std::array<std::array<std::string_view, 3>, 12> kMonths = {{
      {"January", "Jan", "Jan."},   {"February", "Feb", "Feb."}, {"March", "Mar.", "Mar."},
      {"April", "Apr", "Apr."},     {"May", "May", "May"},       {"June", "Jun", "Jun."},
      {"July", "Jul", "Jul."},      {"August", "Aug", "Aug."},   {"September", "Sept.", "Sep."},
      {"October", "Oct", "Oct."},   {"November", "Nov", "Nov."}, {"December", "Dec", "Dec."},
  }};
  for (int m = 0; m < 12; ++m)
    for (auto name : kMonths[m])
      if (w == name) return m + 1;
  if (w == "Sept") return 9;
  return 0;
}

int weekday_of(std::string_view w) {  // 0 = Monday
  static constexpr std::array<std::string_view, 7> kDays = {"Monday", "Tuesday", "Wednesday", "Thursday",
                                                           "Friday", "Saturday", "Sunday"};
  for (int i = 0; i < 7; ++i)
    if (w == kDays[i]) return i;
  return -1;
}

int number(std::string_view w, int lo, int hi) {
  if (w.empty() || w.size() > 4) return 0;
  int v = 0;
  for (char c : w) {
    if (c < '0' || c > '9') return 0;
    v = v * 10 + (c - '0');
  }
  return v >= lo && v <= hi ? v : 0;
}

// "24th" -> 24
int day_number(std::string_view w) {
  for (std::string_view suffix : {"st", "nd", "rd", "th"})
    if (w.size() > 2 && w.substr(w.size() - 2) == suffix) return number(w.substr(0, w.size() - 2), 1, 31);
  return number(w, 1, 31);
}

// The month `step` months from `doc`'s ("last month", "two months ago").
std::string month_step(const Ymd& doc, int step) {
  int months = doc.y * 12 + (doc.m - 1) + step;
  return iso(months / 12, months % 12 + 1);
}

// A stretch of days at the precision it allows: the day when it is one,
// else its month when it lies in one, else its year, else nothing. "Last
// week" is not a day, and a week across two months is no month.
std::string span_iso(long first, long last) {
  Ymd a = civil_from_days(first), b = civil_from_days(last);
  if (first == last) return iso(a.y, a.m, a.d);
  if (a.y == b.y && a.m == b.m) return iso(a.y, a.m);
  if (a.y == b.y) return iso(a.y);
  return "";
}

// "a", "two" ... "ten", "2" ... "99": how many units a relative date
// counts back.
int count_word(std::string_view w) {
  static constexpr std::array<std::string_view, 11> kCounts = {"a",   "one",   "two",   "three", "four", "five",
                                                              "six", "seven", "eight", "nine",  "ten"};
  for (int i = 0; i < static_cast<int>(kCounts.size()); ++i)
    if (w == kCounts[i] || (i == 0 && w == "an")) return i == 0 ? 1 : i;
  return number(w, 1, 99);
}

// The year of the last date written out with its year before token `t`
// ("March 17, 2003", "17 March 2003", "in 2003"), looking back a few
// thousand tokens, or 0.
int year_written_before(const Annotation& a, uint32_t t) {
  constexpr uint32_t kLookBack = 3000;
  for (uint32_t u = t; u > 1 && t - u < kLookBack; --u) {
    int y = number(token_text(a, u - 1), 1800, 2100);
    if (!y) continue;
    std::string_view before = token_text(a, u - 2);
    if (month_of(before) || before == "in" || before == "since" ||
        (before == "," && u >= 4 && day_number(token_text(a, u - 3)) && month_of(token_text(a, u - 4))))
      return y;
  }
  return 0;
}

}  // namespace

bool calendar_word(std::string_view w) { return month_of(w) != 0 || weekday_of(w) >= 0; }

// How far after the document date a month-day without a year may lie and
// still be of the document's year when nothing says the future.
constexpr long kAheadDays = 60;

std::vector<DateMention> find_dates(const Annotation& a, const Sentence& s, bool future) {
  std::vector<DateMention> out;
  std::optional<Ymd> doc = anchor(a);
  auto word = [&](uint32_t t) { return t < s.last ? token_text(a, t) : std::string_view(); };
  auto year_at = [&](uint32_t t) { return number(word(t), 1800, 2100); };
  // A month-day without a year: the year that puts it nearest the
  // document date on the right side of it.
  // Without an article date, a month-day takes the year the article last
  // wrote out before it ("on 17 March 2003 ... on 13 March").
  auto narrative_year = [&](uint32_t t) { return doc ? 0 : year_written_before(a, t); };
  auto infer_year = [&](int m, int d) {
    int y = doc->y;
    long here = days_from_civil(doc->y, doc->m, doc->d);
    long at = days_from_civil(y, m, d ? d : 1);
    // A date of the next two months is that one even where nothing says
    // the future ("before Nakasone leaves for Washington on April 29" in
    // an article of April 10): a day eleven months gone would carry its
    // year.
    if (!future && at > here + kAheadDays) --y;
    if (future && at < here - (d ? 0 : 31)) ++y;
    return y;
  };

  for (uint32_t t = s.first; t < s.last; ++t) {
    std::string_view w = word(t);
    int m = month_of(w);
    if (m && a.tokens[t].capitalized) {
      // "March 24, 2016" / "March 24" / "March 2016" / "in March"
      if (int d = day_number(word(t + 1))) {
        uint32_t end = t + 2;
        int y = 0;
        if (word(end) == ",") ++end;
        if ((y = year_at(end))) ++end; else end = t + 2;
        if (!y && doc) y = infer_year(m, d);
        if (!y) y = narrative_year(t);
        if (y && d <= days_in_month(y, m)) out.push_back({t, end, iso(y, m, d)});
        t = end - 1;
        continue;
      }
      if (int y = year_at(t + 1)) {
        out.push_back({t, t + 2, iso(y, m)});
        ++t;
        continue;
      }
      if (w == "May" && !(t > s.first && (word(t - 1) == "in" || word(t - 1) == "early" || word(t - 1) == "late")))
        continue;  // "may" as a verb, capitalised
      if (doc && t > s.first) {
        std::string_view before = word(t - 1);
        if (before == "in" || before == "early" || before == "late" || before == "mid" || before == "since" ||
            before == "until" || before == "last" || before == "next" || before == "this")
          out.push_back({t, t + 1, iso(infer_year(m, 0), m)});
      }
      continue;
    }
    // "24 March 2016" / "24 March"
    if (int d = day_number(w); d && t + 1 < s.last && (m = month_of(word(t + 1)))) {
      uint32_t end = t + 2;
      int y = year_at(end);
      if (y) ++end;
      else if (doc) y = infer_year(m, d);
      else y = narrative_year(t);
      if (y && d <= days_in_month(y, m)) out.push_back({t, end, iso(y, m, d)});
      t = end - 1;
      continue;
    }
    // "2015-12-14"
    if (int y = year_at(t); y && word(t + 1) == "-" && t + 4 < s.last && word(t + 3) == "-") {
      int mm = number(word(t + 2), 1, 12), dd = number(word(t + 4), 1, 31);
      if (mm && dd && dd <= days_in_month(y, mm)) {
        out.push_back({t, t + 5, iso(y, mm, dd)});
        t += 4;
        continue;
      }
    }
    // "in 2013"
    if (int y = year_at(t); y && t > s.first && (word(t - 1) == "in" || word(t - 1) == "since")) {
      out.push_back({t, t + 1, iso(y)});
      continue;
    }
    if (!doc) continue;
    long here = days_from_civil(doc->y, doc->m, doc->d);
    // Weekdays: the nearest such day before (or, for plans, after) the
    // article's date; the article's own weekday is the same day.
    if (int wd = weekday_of(w); wd >= 0) {
      int today = static_cast<int>(((here % 7) + 7 + 3) % 7);  // 1970-01-01 was a Thursday (3)
      bool next = future || word(t - 1) == "next";
      long delta = next ? (wd - today + 7) % 7 : -((today - wd + 7) % 7);
      if (word(t - 1) == "last" && delta == 0) delta = -7;
      Ymd d = civil_from_days(here + delta);
      out.push_back({t, t + 1, iso(d.y, d.m, d.d)});
      continue;
    }
    if (w == "today" || w == "yesterday" || w == "tomorrow" || w == "tonight") {
      long delta = w == "yesterday" ? -1 : w == "tomorrow" ? 1 : 0;
      Ymd d = civil_from_days(here + delta);
      out.push_back({t, t + 1, iso(d.y, d.m, d.d)});
      continue;
    }
    if ((w == "last" || w == "this") && (word(t + 1) == "night" || word(t + 1) == "morning" ||
                                        word(t + 1) == "afternoon" || word(t + 1) == "evening")) {
      Ymd d = civil_from_days(here + (w == "last" ? -1 : 0));  // "last night": the evening before
      out.push_back({t, t + 2, iso(d.y, d.m, d.d)});
      ++t;
      continue;
    }
    if ((w == "last" || w == "this" || w == "next") && t + 1 < s.last) {
      std::string_view unit = word(t + 1);
      int step = w == "last" ? -1 : w == "next" ? 1 : 0;
      std::string when;
      if (unit == "month") {
        when = month_step(*doc, step);
      } else if (unit == "year") {
        when = iso(doc->y + step);
      } else if (unit == "week" || unit == "weekend") {
        // Monday to Sunday of the article's week, shifted by weeks; a
        // weekend is that week's Saturday and Sunday ("last weekend" on a
        // Wednesday: the one just past).
        long monday = here - static_cast<long>(((here % 7) + 7 + 3) % 7) + 7L * step;
        when = unit == "week" ? span_iso(monday, monday + 6) : span_iso(monday + 5, monday + 6);
      }
      if (!when.empty()) {
        out.push_back({t, t + 2, when});
        ++t;
        continue;
      }
    }
    // "two years ago", "three days ago", "a month ago"
    if (int n = count_word(w); n && t + 2 < s.last && word(t + 2) == "ago") {
      std::string_view unit = word(t + 1);
      if (unit.size() > 1 && unit.back() == 's') unit.remove_suffix(1);
      std::string when;
      if (unit == "day") when = span_iso(here - n, here - n);
      else if (unit == "week") when = span_iso(here - 7L * n - 3, here - 7L * n + 3);
      else if (unit == "month") when = month_step(*doc, -n);
      else if (unit == "year") when = iso(doc->y - n);
      if (!when.empty()) {
        out.push_back({t, t + 3, when});
        t += 2;
      }
    }
  }
  return out;
}

}  // namespace newsgraph::extract
