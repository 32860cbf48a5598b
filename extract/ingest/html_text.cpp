// Text of a parsed HTML subtree: what a reader sees of the article, with
// paragraph breaks where the layout has blocks, so that sentences of
// different blocks never run together.
#include <gumbo.h>

#include <array>
#include <string>
#include <vector>

#include "extract/ingest/html_text.h"

namespace newsgraph::ingest {
namespace {

bool is_html_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Collects text, collapsing whitespace runs to one space and paragraph
// breaks to one "\n\n"; nothing leads or trails.
class TextBuilder {
 public:
  void text(std::string_view s) {
    for (size_t i = 0; i < s.size(); ++i) {
      char c = s[i];
      if (is_html_space(c)) {
        pending_space_ = true;
      } else if (s.substr(i, 2) == "\xC2\xA0") {  // no-break space reads as a space
        pending_space_ = true;
        ++i;
      } else if (s.substr(i, 2) == "\xC2\xAD") {  // soft hyphen: invisible
        ++i;
      } else if (s.substr(i, 3) == "\xE2\x80\x8B" || s.substr(i, 3) == "\xEF\xBB\xBF") {  // zero-width space, BOM
        i += 2;
      } else {
        flush();
        out_ += c;
      }
    }
  }
  void space() { pending_space_ = true; }
  void paragraph() { pending_break_ = true; }
  std::string take() { return std::move(out_); }

 private:
  void flush() {
    if (!out_.empty()) {
      if (pending_break_) {
        out_ += "\n\n";
      } else if (pending_space_) {
        out_ += ' ';
      }
    }
    pending_space_ = pending_break_ = false;
  }
  std::string out_;
  bool pending_space_ = false;
  bool pending_break_ = false;
};

// Elements that are never article text.
bool is_dropped_tag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_APPLET:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_MAP:
    case GUMBO_TAG_FRAMESET:
    case GUMBO_TAG_NOFRAMES:
    case GUMBO_TAG_NOEMBED:
      return true;
    default:
      return false;
  }
}

// Elements laid out as blocks: their text is a paragraph of its own.
bool is_block_tag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_P:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_LEGEND:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_DIR:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_LISTING:
    case GUMBO_TAG_XMP:
    case GUMBO_TAG_PLAINTEXT:
      return true;
    default:
      return false;
  }
}

// Table cells and the like: separated by a space, not a paragraph.
bool is_spaced_tag(GumboTag tag) {
  return tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH || tag == GUMBO_TAG_IMG || tag == GUMBO_TAG_INPUT;
}

// Whole words of id and class values that mark page furniture. Words, not
// substrings: "navigation" marks "site-navigation" but "comment" does not
// mark "commentary".
bool is_boilerplate_word(std::string_view word) {
  static constexpr std::array<std::string_view, 24> kWords = {
      "navigation", "nav",         "navbar",    "menu",        "sidebar",   "footer",
      "comment",    "comments",    "share",     "sharing",     "related",   "cookie",
      "cookies",    "consent",     "subscribe", "subscription", "newsletter", "advert",
      "adverts",    "advertisement", "ad",      "ads",         "breadcrumb", "breadcrumbs"};
  for (std::string_view w : kWords) {
    if (word == w) return true;
  }
  return false;
}

bool has_boilerplate_word(std::string_view value) {
  std::string word;
  for (size_t i = 0; i <= value.size(); ++i) {
    char c = i < value.size() ? value[i] : ' ';
    bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (alnum) {
      word += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    } else if (!word.empty()) {
      if (is_boilerplate_word(word)) return true;
      word.clear();
    }
  }
  return false;
}

bool is_boilerplate_role(std::string_view role) {
  static constexpr std::array<std::string_view, 6> kRoles = {"navigation", "banner", "contentinfo",
                                                             "complementary", "menu", "menubar"};
  for (std::string_view r : kRoles) {
    if (role == r) return true;
  }
  return false;
}

// Containers of the article itself: markers on them are ignored (a body
// class "has-sidebar" must not drop the page).
bool is_content_container(GumboTag tag) {
  return tag == GUMBO_TAG_HTML || tag == GUMBO_TAG_BODY || tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN;
}

const GumboVector* children_of(const GumboNode* node) {
  if (node->type == GUMBO_NODE_DOCUMENT) return &node->v.document.children;
  if (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE) return &node->v.element.children;
  return nullptr;
}

}  // namespace

bool is_marked_boilerplate(const GumboInternalNode* element) {
  if (element->type != GUMBO_NODE_ELEMENT || is_content_container(element->v.element.tag)) return false;
  const GumboVector* attributes = &element->v.element.attributes;
  if (const GumboAttribute* role = gumbo_get_attribute(attributes, "role")) {
    if (is_boilerplate_role(role->value)) return true;
  }
  for (const char* name : {"id", "class"}) {
    if (const GumboAttribute* attribute = gumbo_get_attribute(attributes, name)) {
      if (has_boilerplate_word(attribute->value)) return true;
    }
  }
  return false;
}

bool is_dropped_element(const GumboInternalNode* element, bool in_article, MarkedBoilerplate marked) {
  if (element->type != GUMBO_NODE_ELEMENT) return false;
  GumboTag tag = element->v.element.tag;
  if (is_dropped_tag(tag) || (tag == GUMBO_TAG_HEADER && !in_article)) return true;
  return marked == MarkedBoilerplate::kDrop && is_marked_boilerplate(element);
}

std::string subtree_text(const GumboInternalNode* root, MarkedBoilerplate marked) {
  TextBuilder out;
  // Depth-first with an explicit stack: pages can nest thousands of levels.
  struct Frame {
    const GumboNode* node;
    size_t next_child;
    bool in_article;  // inside <article> or <main>, where <header> is content
  };
  auto tag_of = [](const GumboNode* node) {
    return node->type == GUMBO_NODE_ELEMENT ? node->v.element.tag : GUMBO_TAG_UNKNOWN;
  };
  auto enter = [&](const GumboNode* node) {
    if (is_block_tag(tag_of(node))) out.paragraph();
    if (is_spaced_tag(tag_of(node))) out.space();
  };
  std::vector<Frame> stack;
  if (root->type == GUMBO_NODE_TEXT || root->type == GUMBO_NODE_CDATA) {
    out.text(root->v.text.text);
    return out.take();
  }
  if (!children_of(root)) return "";
  GumboTag root_tag = tag_of(root);
  stack.push_back({root, 0, root_tag == GUMBO_TAG_ARTICLE || root_tag == GUMBO_TAG_MAIN});
  enter(root);
  while (!stack.empty()) {
    Frame& frame = stack.back();
    const GumboVector* children = children_of(frame.node);
    if (frame.next_child >= children->length) {
      enter(frame.node);  // a block ends as it starts: with a break
      stack.pop_back();
      continue;
    }
    const auto* child = static_cast<const GumboNode*>(children->data[frame.next_child++]);
    switch (child->type) {
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_CDATA:
        out.text(child->v.text.text);
        break;
      case GUMBO_NODE_WHITESPACE:
        out.space();
        break;
      case GUMBO_NODE_ELEMENT: {
        GumboTag tag = child->v.element.tag;
        bool in_article = frame.in_article || tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN;
        if (is_dropped_element(child, frame.in_article, marked)) break;
        enter(child);
        stack.push_back({child, 0, in_article});  // invalidates `frame`
        break;
      }
      default:  // comments, templates
        break;
    }
  }
  return out.take();
}

std::string single_line(std::string_view text) {
  TextBuilder out;
  out.text(text);
  return out.take();
}

std::string plain_text_paragraphs(std::string_view text) {
  TextBuilder out;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t newline = text.find('\n', pos);
    std::string_view line = text.substr(pos, newline == std::string_view::npos ? std::string_view::npos : newline - pos);
    if (line.find_first_not_of(" \t\r\f") == std::string_view::npos) {
      out.paragraph();
    } else {
      out.text(line);
      out.space();
    }
    if (newline == std::string_view::npos) break;
    pos = newline + 1;
  }
  return out.take();
}

}  // namespace newsgraph::ingest
