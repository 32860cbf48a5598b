// A tokenizer just precise enough to count nesting depth. It errs towards
// counting too little (tags it does not understand are not counted), so an
// ordinary page is never altered; only pages nested past the limit are.
#include <array>
#include <string>

#include "extract/ingest/html_text.h"

namespace newsgraph::ingest {
namespace {

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

std::string lowercase(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

template <size_t N>
bool is_one_of(std::string_view name, const std::array<std::string_view, N>& names) {
  for (std::string_view n : names) {
    if (name == n) return true;
  }
  return false;
}

// Elements that do not nest: void elements, and those whose end tag may be
// left out (the next <p> or <li> closes the last one).
bool is_counted(std::string_view name) {
  static constexpr std::array<std::string_view, 37> kNotCounted = {
      "area", "base",  "basefont", "bgsound", "br",    "col",      "embed", "frame", "hr",    "image",
      "img",  "input", "keygen",   "link",    "meta",  "param",    "source", "track", "wbr",  "html",
      "head", "body",  "p",        "li",      "dt",    "dd",       "option", "optgroup", "rb", "rt",
      "rtc",  "rp",    "tr",       "td",      "th",    "colgroup", "caption"};
  static constexpr std::array<std::string_view, 3> kTableSections = {"thead", "tbody", "tfoot"};
  return !is_one_of(name, kNotCounted) && !is_one_of(name, kTableSections);
}

// Elements whose content is text up to their end tag.
bool is_raw_text(std::string_view name) {
  static constexpr std::array<std::string_view, 5> kRawText = {"script", "style", "textarea", "title", "xmp"};
  return is_one_of(name, kRawText);
}

// Removed block tags leave a <br> so their text stays a paragraph apart.
bool is_block(std::string_view name) {
  static constexpr std::array<std::string_view, 30> kBlocks = {
      "address", "article", "aside",   "blockquote", "center",     "details", "dialog", "dir",
      "div",     "dl",      "fieldset", "figcaption", "figure",    "footer",  "form",   "h1",
      "h2",      "h3",      "h4",      "h5",         "h6",         "header",  "hgroup", "main",
      "menu",    "nav",     "ol",      "pre",        "section",    "table"};
  return is_one_of(name, kBlocks) || name == "ul" || name == "summary";
}

// Where the raw text of element `name` opened before `pos` ends: at its
// end tag, or at the end of the page.
size_t raw_text_end(std::string_view html, size_t pos, std::string_view name) {
  while ((pos = html.find("</", pos)) != std::string_view::npos) {
    size_t after = pos + 2 + name.size();
    if (lowercase(html.substr(pos + 2, name.size())) == name && (after >= html.size() || is_space(html[after]) ||
                                                                 html[after] == '/' || html[after] == '>')) {
      return pos;
    }
    pos += 2;
  }
  return html.size();
}

}  // namespace

std::optional<std::string> flatten_deep_nesting(std::string_view html, size_t max_depth) {
  std::string out;
  bool flattening = false;
  size_t copied = 0;  // html[0, copied) is in `out` (once flattening)
  size_t depth = 0;
  auto drop = [&](size_t begin, size_t end, std::string_view name) {
    if (!flattening) {
      out.reserve(html.size());
      flattening = true;
    }
    out.append(html.substr(copied, begin - copied));
    if (is_block(name)) out += "<br>";
    copied = end;
  };

  size_t pos = 0;
  while ((pos = html.find('<', pos)) != std::string_view::npos) {
    std::string_view rest = html.substr(pos);
    if (rest.starts_with("<!--")) {
      size_t end = html.find("-->", pos + 4);
      if (end == std::string_view::npos) break;
      pos = end + 3;
      continue;
    }
    if (rest.starts_with("<!") || rest.starts_with("<?") || (rest.starts_with("</") && !(rest.size() > 2 && is_alpha(rest[2])))) {
      size_t end = html.find('>', pos + 1);
      if (end == std::string_view::npos) break;
      pos = end + 1;
      continue;
    }
    bool end_tag = rest.starts_with("</");
    size_t name_begin = pos + (end_tag ? 2 : 1);
    if (name_begin >= html.size() || !is_alpha(html[name_begin])) {
      ++pos;  // a '<' in text
      continue;
    }
    size_t name_end = name_begin;
    while (name_end < html.size() && !is_space(html[name_end]) && html[name_end] != '/' && html[name_end] != '>') {
      ++name_end;
    }
    std::string name = lowercase(html.substr(name_begin, name_end - name_begin));
    // The tag ends at the first '>' outside a quoted attribute value.
    size_t p = name_end;
    while (p < html.size() && html[p] != '>') {
      if (html[p] == '=') {
        ++p;
        while (p < html.size() && is_space(html[p])) ++p;
        if (p < html.size() && (html[p] == '"' || html[p] == '\'')) {
          size_t close = html.find(html[p], p + 1);
          p = close == std::string_view::npos ? html.size() : close + 1;
        }
        continue;
      }
      ++p;
    }
    if (p >= html.size()) break;  // a tag cut off by the end of the page
    size_t tag_end = p + 1;
    bool self_closing = html[p - 1] == '/';

    if (name == "plaintext" && !end_tag) break;  // the rest of the page is text
    if (!end_tag && is_raw_text(name)) {
      pos = raw_text_end(html, tag_end, name);
      continue;
    }
    if (is_counted(name) && !(self_closing && !end_tag)) {
      if (end_tag) {
        if (depth > max_depth) drop(pos, tag_end, name);
        if (depth > 0) --depth;
      } else if (++depth > max_depth) {
        drop(pos, tag_end, name);
      }
    }
    pos = tag_end;
  }
  if (!flattening) return std::nullopt;
  out.append(html.substr(copied));
  return out;
}

}  // namespace newsgraph::ingest
