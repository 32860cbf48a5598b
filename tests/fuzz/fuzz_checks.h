// tests/fuzz: what every fuzz target checks besides "no crash".
//
// Each check states a promise of a stage's public header (ingest.h,
// export.h, extract.h, graph.h) and, when the promise is broken, prints
// what broke and aborts, which libFuzzer reports as a crash and saves the
// input (crash-<sha1>), and the replay driver turns into a failed test.
// The checks are written apart from the code under test (their own UTF-8
// and calendar rules), so a bug there cannot hide itself.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/extract.h"
#include "extract/ingest/ingest.h"
#include "graph/graph.h"

namespace newsgraph::fuzz {

// Prints "invariant failed: WHAT" and DETAIL to standard error and aborts.
[[noreturn]] void fail(std::string_view what, std::string_view detail = {});
inline void require(bool holds, std::string_view what, std::string_view detail = {}) {
  if (!holds) fail(what, detail);
}

// Well-formed UTF-8: no stray continuation bytes, overlong forms,
// surrogates (U+D800..U+DFFF) or code points past U+10FFFF.
bool is_utf8(std::string_view bytes);
// True when `offset` (at most text.size()) does not fall inside a
// multi-byte UTF-8 sequence.
bool on_char_boundary(std::string_view text, size_t offset);
// Valid UTF-8 holding only characters XML 1.0 allows (its production Char:
// tab, LF, CR, U+0020..U+D7FF, U+E000..U+FFFD, U+10000..U+10FFFF); on
// failure `offset` is the byte offset of the first one that is not.
bool is_xml_text(std::string_view bytes, size_t& offset);
// YYYY, YYYY-MM or YYYY-MM-DD naming a day the calendar has (no 30 February).
bool is_calendar_date(std::string_view date);

// A reader's result (ingest.h): every Document has a non-empty id, its
// source is `source`, text is UTF-8 without NUL or CR and not blank,
// title/url/id are UTF-8 without NUL, date is a calendar date or empty. An
// error is bad input whose message begins with "SOURCE:".
void check_read(const Result<std::vector<Document>>& read, const std::string& source);
// Every skipped item is located as "SOURCE:LINE" and has a reason.
void check_skipped(const std::vector<ingest::Skipped>& skipped, const std::string& source);

// A graph as the writers and readers promise (export.h, CONTRACT.md):
// JSON written, read back and written again gives the same bytes; GraphML
// is XML text (is_xml_text), and written and read back gives the same
// JSON; DOT writes. Views (meetings, countries) of the graph are checked
// the same way.
void check_graph(const KnowledgeGraph& graph);
// A graph reader's error: bad input, message beginning "SOURCE: ".
void check_parse_error(const Status& status, const std::string& source);

// Tokens (extract.h) lie inside the text, in order, on character
// boundaries, and sentences cover token ranges in order.
void check_tokens(std::string_view text, const extract::Tokenized& tokenized);
// Extraction's facts for `document` (graph.h): mentions in text order
// inside the text on character boundaries, naming entities of the facts;
// entities unique, sorted, "type:slug" ids; evidence quoting the document
// at its offsets; relation ends among the entities. Then the graph built
// from the facts passes check_graph.
void check_facts(const Document& document, const DocumentFacts& facts);

}  // namespace newsgraph::fuzz
