// extract/ingest (internal): text and metadata from HTML.
//
// Split in three units: html_page.cpp parses a page and reads its
// metadata, html_text.cpp turns a parsed subtree into text, and
// html_flatten.cpp bounds the nesting depth before parsing. The parser's
// node type is only named here, never defined, so gumbo.h stays in the
// .cpp files.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

struct GumboInternalNode;  // gumbo's GumboNode

namespace newsgraph::ingest {

// What the HTML reader takes from one page. Every field may be empty.
struct HtmlPage {
  std::string title;
  std::string date;  // ISO, from the page's metadata only
  std::string url;
  std::string text;
};

// Reads a page given as UTF-8. Never fails: malformed HTML is parsed as
// browsers parse it.
HtmlPage read_html_page(std::string_view html);

// The text of an HTML fragment (a feed item's content), with the same
// dropping and paragraph rules as a page's body.
std::string html_fragment_text(std::string_view html);

// Plain text laid out like extracted HTML text: whitespace runs collapse to
// one space, blank lines become one paragraph break, ends are trimmed.
std::string plain_text_paragraphs(std::string_view text);

// All whitespace runs (line breaks too) collapsed to one space, ends
// trimmed: for titles.
std::string single_line(std::string_view text);

// How subtree_text treats elements marked as boilerplate by their id,
// class or role.
enum class MarkedBoilerplate { kDrop, kKeep };

// The text of a parsed subtree (see parse_html in ingest.h for the rules).
// `root` itself is never dropped. Iterative: any depth is safe.
std::string subtree_text(const GumboInternalNode* root, MarkedBoilerplate marked);

// True when subtree_text leaves out `element` and all it holds: a tag that
// is never article text (script, nav, aside, footer, forms, ...), a
// <header> unless `in_article` (inside <article> or <main>), or, with
// kDrop, an element marked as boilerplate.
bool is_dropped_element(const GumboInternalNode* element, bool in_article, MarkedBoilerplate marked);

// True when the element's id, class or role marks it as boilerplate
// (navigation, sidebar, comments, share buttons, ...).
bool is_marked_boilerplate(const GumboInternalNode* element);

// Browsers stop nesting elements at a fixed depth (Chromium at 512), and
// the parser's cost per tag grows with the depth, so a page nested very
// deeply would take minutes. Deeper than this, tags are removed before
// parsing; their text stays, block tags leave a line break.
inline constexpr size_t kMaxHtmlDepth = 512;

// The page with tags below kMaxHtmlDepth removed, or nullopt when it never
// nests that deep (as estimated by a tokenizer that skips comments and
// raw-text elements and does not count void elements or elements whose end
// tag is optional).
std::optional<std::string> flatten_deep_nesting(std::string_view html, size_t max_depth = kMaxHtmlDepth);

}  // namespace newsgraph::ingest
