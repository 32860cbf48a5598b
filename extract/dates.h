// Internal to extract/: dates written in a sentence, resolved against the
// article's publication date.
#pragma once

#include <string>
#include <vector>

#include "extract/extract.h"

namespace newsgraph::extract {

struct DateMention {
  uint32_t first = 0, last = 0;  // tokens
  std::string iso;               // YYYY, YYYY-MM or YYYY-MM-DD
};

// The dates in sentence `s`. Absolute dates are taken as written ("March
// 24, 2016", "24 March 2016", "May 2015", "in 2013"); dates without a year
// ("December 14", "in July") and relative ones ("Thursday", "yesterday",
// "last month", "next week", "two years ago") are resolved against the
// document's date, looking back for past events and forward when
// `future` (a month-day of the next two months is ahead in any case). Without a document date, relative ones are left out and a
// month-day takes the year the article last wrote out before it ("on 17
// March 2003 ... on 13 March"). Precision is never invented: a week is
// its month where it lies in one, else its year.
// The name of a month or a day of the week ("March", "Sept.", "Friday").
bool calendar_word(std::string_view w);

std::vector<DateMention> find_dates(const Annotation& a, const Sentence& s, bool future);

}  // namespace newsgraph::extract
