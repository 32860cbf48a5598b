// extract/ingest: articles from files into Documents.
//
// What this header offers: readers for plain text, HTML (an HTML5 parser;
// script, style, navigation and boilerplate dropped; title and date from
// meta tags), RSS 2.0 and Atom feeds (one Document per item), and JSON Lines
// (one article per line: `text`, optional `id`, `title`, `date`, `url`);
// and a walker over files and folders (recursive, sorted by path).
//
// Contract for callers:
//   - Every Document's text is valid UTF-8 with "\n" line ends and no NUL,
//     and is never empty or all whitespace. Input bytes are read as: UTF-8
//     (a byte order mark is dropped); UTF-16 LE/BE when it starts with a
//     byte order mark; otherwise Windows-1252 (which covers Latin-1 text)
//     when no byte is undefined there. Anything else is bad input ("not
//     valid UTF-8 or Windows-1252"); bytes with a NUL are "binary file, not
//     text". CRLF and lone CR become LF.
//   - Document::date is ISO (YYYY, YYYY-MM or YYYY-MM-DD) or empty. Dates
//     the source gives (meta tags, pubDate, a JSONL `date`) are normalised;
//     one that cannot be read as a real calendar date is dropped. Where the
//     source gives none but the article states one near its top (a
//     dateline, "March 25, 2016"), that date is used (find_stated_date).
//   - Document::source is the path as given ("-" for standard input); ids
//     derive from its file name without the last extension ("stdin" for
//     "-"). Ids are a function of the content, never of the position of an
//     article in its file, except JSONL lines without `id`.
//   - Every error message begins with the path; JSON Lines and feed items
//     are located by line ("news.jsonl:12"). Skipped::source is that
//     location and Skipped::reason the rest of the message, so
//     "<source>: <reason>" is the full message.
//   - Nothing here throws; nothing reads the network (XML entities are not
//     expanded, external or internal).
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/graph.h"

namespace newsgraph::ingest {

struct ReadOptions {
  // Larger articles are bad input: a whole text or HTML file, one JSON
  // Lines line (in bytes as written), one feed item's content.
  size_t max_article_bytes = 20u << 20;
};

// An input that was not read, and why. source: a path, or "path:line" for
// one line of JSON Lines or one item of a feed; reason: "not valid UTF-8 or
// Windows-1252", "malformed JSON at column 7: Missing a comma ...".
struct Skipped {
  std::string source;
  std::string reason;
};

// Parsers over bytes already in memory. `source` is the path reported in
// messages and stored in Document::source; ids derive from its file name.
// Empty bytes are bad input "SOURCE: empty file".

// Plain text: one Document, text = the decoded bytes. id: file stem; title:
// the first non-empty line, trimmed, when it is at most 300 bytes; date:
// find_stated_date(text).
Result<std::vector<Document>> parse_text(std::string_view bytes, const std::string& source, const ReadOptions& options = {});

// HTML: one Document. Text comes from the <article> with the most text
// (one inside page furniture such as <aside> does not count, and one
// holding under a third of the text of the <main> or <body> around it is a
// teaser, so that <main>/<body> is read instead), else <main> (or
// role=main), else <body>. Non-content elements (script, style, noscript,
// template, svg, iframe, forms, nav, aside, footer, ...) and elements whose
// id/class words or role mark boilerplate (navigation, menu, sidebar,
// footer, comments, share, related, cookie, subscribe, advert, ...;
// role=navigation/banner/contentinfo/complementary) are dropped, unless
// that would leave no text. A <header> is dropped except inside <article>
// or <main>, where it holds the headline and byline. Block elements become
// paragraph breaks ("\n\n"; <br> too); whitespace inside a block collapses
// to single spaces; table cells are joined by a space. Title: og:title,
// twitter:title, <title>, first <h1>. Date: publication meta tags
// (article:published_time, og:published_time, pubdate, publishdate, date,
// dc.date, dc.date.issued, sailthru.date, parsely-pub-date, itemprop
// datePublished, in that order), then <time datetime> in the article, then
// JSON-LD datePublished, then find_stated_date(text). url: <link
// rel=canonical>, then og:url. Nesting deeper than 512 elements is
// flattened (the text is kept). A page with no text left is bad input "no
// article text".
Result<std::vector<Document>> parse_html(std::string_view bytes, const std::string& source, const ReadOptions& options = {});

// RSS 2.0, RSS 1.0 (RDF) and Atom: one Document per item/entry, in file
// order. text: content:encoded, content, description or summary, reduced to
// text when it is HTML; the title when there is none. date: pubDate (RFC
// 822), dc:date, published, updated. url: link. id: "<file stem>-<16 hex
// digits of FNV-1a 64 of the guid/Atom id, else the link, else title "\n"
// date, else the text>". Items too large or without title and text go to
// `skipped` ("feed.xml:LINE", reason). Malformed XML is bad input
// "feed.xml:LINE: malformed XML: ..."; well-formed XML that is not a feed
// is bad input "feed.xml: not an RSS or Atom feed (root element <x>)".
Result<std::vector<Document>> parse_feed(std::string_view bytes, const std::string& source, std::vector<Skipped>& skipped,
                                         const ReadOptions& options = {});
// As above, dropping the skipped items' reasons.
Result<std::vector<Document>> parse_feed(std::string_view bytes, const std::string& source, const ReadOptions& options = {});

// JSON Lines: one object per line. `text` (string) is required; `id`
// (string or integer), `title`, `url` (strings) and `date` (string; kept
// only when it normalises to an ISO date) are optional, null meaning
// absent; other members are ignored. Blank lines are skipped silently. A bad
// line (malformed JSON, not an object, no or empty text, a member of the
// wrong type, longer than max_article_bytes) goes to `skipped` as
// ("file.jsonl:LINE", reason) and the rest is read. Without an id (or with
// an empty one) the id is "<file stem>-<line number>".
Result<std::vector<Document>> parse_jsonl(std::string_view bytes, const std::string& source, std::vector<Skipped>& skipped,
                                          const ReadOptions& options = {});

// Reads one file ("-": standard input). The parser is chosen by extension,
// case-insensitively: .txt .text -> text; .html .htm .xhtml -> HTML; .xml
// .rss .atom -> feed; .jsonl .ndjson -> JSON Lines; .json -> JSON Lines,
// bad input unless its first line is one JSON object. Any other extension,
// none, and "-": by content (a feed's root element, an HTML tag, a "{" line,
// else text). Bad input: no such file, a folder, an empty file, a text or
// HTML file over max_article_bytes ("PATH: larger than --max-article-bytes
// (N bytes)", N the limit), undecodable bytes. Unreadable: kIoError.
Result<std::vector<Document>> read_file(const std::string& path, std::vector<Skipped>& skipped,
                                        const ReadOptions& options = {});

// Reads every input in order: files (as read_file), and folders searched
// recursively, their files sorted by path in byte order. In folders, names
// starting with '.' are skipped, and so are files whose extension is none
// of read_file's (README.md, images); files without an extension are read.
// Symbolic links to folders are not followed. Each Document goes to `sink`
// as soon as it is read (JSON Lines files are streamed). A file that cannot
// be read goes to `skipped` and reading goes on. Fails, before reading
// anything, only when an input path does not exist: kBadInput "PATH: no
// such file or directory".
Status read_inputs(const std::vector<std::string>& inputs, const ReadOptions& options,
                   const std::function<void(Document)>& sink, std::vector<Skipped>& skipped);

// The date an article states near its top, as ISO YYYY-MM-DD, or empty.
// Looks at the first 5 non-empty lines, at most 600 bytes, and returns the
// first full date there ("March 25, 2016", "Mar. 25, 2016", "Sept. 3,
// 2014", "March 25 2016", "25 March 2016", "25th of March, 2016",
// "2016-03-25"; month names in any case) that stands where bylines and
// datelines put dates: on a line of at most 100 bytes, or preceded on its
// line by at most 60 bytes with no lowercase letter but a weekday name
// ("MOSCOW, March 25, 2016 -", "Thursday, March 24, 2016"). Dates inside
// a lead paragraph ("born on 5 April 1920") are about events, not the
// article, and are not taken. A date without a year gives nothing (no year
// is guessed), nor does an impossible one (February 30).
std::string find_stated_date(std::string_view text);

}  // namespace newsgraph::ingest
