// extract/ingest: articles from files into Documents.
//
// What this header offers: readers for plain text, HTML (an HTML5 parser;
// script, style, navigation and boilerplate dropped; title and date from
// meta tags), RSS 2.0 and Atom feeds (one Document per item), and JSON Lines
// (one article per line: `text`, optional `id`, `title`, `date`, `url`);
// and a walker over files and folders (recursive, sorted by path).
//
// Contract for callers:
//   - Every Document's text is valid UTF-8 (input in Windows-1252/Latin-1 is
//     transcoded; bytes that are neither are reported as bad input).
//   - Document::date is ISO (YYYY, YYYY-MM or YYYY-MM-DD) or empty. Where
//     the source gives no date but the article states one near its top (a
//     dateline, "March 25, 2016"), that date is used.
//   - Errors name the file (and the line for JSON Lines). One bad article in
//     a folder is reported in `skipped` and the walk goes on.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/graph.h"

namespace newsgraph::ingest {

struct ReadOptions {
  size_t max_article_bytes = 20u << 20;  // larger articles are skipped as bad input
};

// An input that was not read, and why ("samples/x.html: not valid UTF-8").
struct Skipped {
  std::string source;
  std::string reason;
};

// Parsers over bytes already in memory. `source` is the path reported in
// messages and stored in Document::source; ids derive from its file name.
Result<std::vector<Document>> parse_text(std::string_view bytes, const std::string& source, const ReadOptions& options = {});
Result<std::vector<Document>> parse_html(std::string_view bytes, const std::string& source, const ReadOptions& options = {});
Result<std::vector<Document>> parse_feed(std::string_view bytes, const std::string& source, const ReadOptions& options = {});
// Bad lines are added to `skipped` (with their line number); the rest is read.
Result<std::vector<Document>> parse_jsonl(std::string_view bytes, const std::string& source, std::vector<Skipped>& skipped,
                                          const ReadOptions& options = {});

// Reads one file ("-": standard input), choosing the parser by extension
// (.txt .html .htm .xml .rss .atom .jsonl .json) and, where that says
// nothing, by content.
Result<std::vector<Document>> read_file(const std::string& path, std::vector<Skipped>& skipped,
                                        const ReadOptions& options = {});

// Reads every input in order: files, and folders searched recursively in
// sorted path order. Each Document goes to `sink` as soon as it is read.
// Unreadable inputs go to `skipped`. Fails only when an input path does
// not exist.
Status read_inputs(const std::vector<std::string>& inputs, const ReadOptions& options,
                   const std::function<void(Document)>& sink, std::vector<Skipped>& skipped);

// The date an article states near its top ("March 25, 2016", "25 March
// 2016", "2016-03-25"), as ISO, or empty.
std::string find_stated_date(std::string_view text);

}  // namespace newsgraph::ingest
