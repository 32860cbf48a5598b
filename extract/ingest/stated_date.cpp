// find_stated_date: the date of a byline or dateline near the top of the
// article. Dates inside the lead paragraph are mostly about the events
// reported ("born in Luton on 5 April 1920", "until 15 July 2006"), so a
// date counts only where bylines and datelines put it: on a short line of
// its own ("By Patrick Goodenough | March 25, 2016 | 4:17am EDT"), or at
// the start of a line, after at most a capitalised place or weekday
// ("MOSCOW, March 25, 2016 -", "Thursday, 24 March 2016").
#include <array>

#include "extract/ingest/encoding.h"
#include "extract/ingest/dates.h"
#include "extract/ingest/ingest.h"

namespace newsgraph::ingest {
namespace {

constexpr size_t kTopLines = 5;
constexpr size_t kTopBytes = 600;
// Bylines and date lines are shorter; paragraphs are longer.
constexpr size_t kMaxDateLineBytes = 100;
// "WASHINGTON, D.C., " and the like.
constexpr size_t kMaxDatelinePrefixBytes = 60;

bool is_word_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// The first kTopLines non-empty lines, cut at kTopBytes. A cut can only
// shorten a date's year or day, which then no longer matches, so it never
// yields a wrong date.
std::string_view top_of(std::string_view text) {
  size_t end = 0, lines = 0;
  while (end < text.size() && lines < kTopLines) {
    size_t newline = text.find('\n', end);
    size_t line_end = newline == std::string_view::npos ? text.size() : newline;
    if (!is_blank(text.substr(end, line_end - end))) ++lines;
    end = newline == std::string_view::npos ? text.size() : newline + 1;
  }
  return text.substr(0, std::min(end, kTopBytes));
}

// `prefix` without a trailing weekday name and its comma.
std::string_view without_weekday(std::string_view prefix) {
  static constexpr std::array<std::string_view, 14> kWeekdays = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "mon",    "tue",     "wed",       "thu",      "fri",    "sat",      "sun"};
  size_t end = prefix.find_last_not_of(" \t,.");
  if (end == std::string_view::npos) return {};
  size_t begin = end;
  while (begin > 0 && is_word_char(prefix[begin - 1])) --begin;
  std::string word(prefix.substr(begin, end + 1 - begin));
  for (char& c : word) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  for (std::string_view weekday : kWeekdays) {
    if (word == weekday) return prefix.substr(0, begin);
  }
  return prefix;
}

// Whether a date at text[pos] sits where bylines and datelines put dates.
bool is_dateline_position(std::string_view text, size_t pos) {
  size_t previous_newline = pos == 0 ? std::string_view::npos : text.rfind('\n', pos - 1);
  size_t line_begin = previous_newline == std::string_view::npos ? 0 : previous_newline + 1;
  size_t line_end = text.find('\n', pos);
  if (line_end == std::string_view::npos) line_end = text.size();
  if (line_end - line_begin <= kMaxDateLineBytes) return true;
  std::string_view prefix = text.substr(line_begin, pos - line_begin);
  if (prefix.size() > kMaxDatelinePrefixBytes) return false;
  for (char c : without_weekday(prefix)) {
    if (c >= 'a' && c <= 'z') return false;  // a sentence, not a place name
  }
  return true;
}

}  // namespace

std::string find_stated_date(std::string_view text) {
  std::string_view top = top_of(text);
  for (size_t i = 0; i < top.size(); ++i) {
    if (i > 0 && is_word_char(top[i - 1])) continue;
    std::string iso = match_iso_date(top, i);
    if (iso.empty()) {
      if (auto date = match_written_date(top, i)) iso = date->iso;
    }
    if (!iso.empty() && is_dateline_position(text, i)) return iso;
  }
  return "";
}

}  // namespace newsgraph::ingest
