// A page's text and metadata. One parse, one metadata pass over the whole
// tree, then text from the part of the page that holds the article.
#include <gumbo.h>
#include <rapidjson/document.h>

#include <array>
#include <cstddef>
#include <cstdlib>
#include <deque>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "extract/ingest/dates.h"
#include "extract/ingest/encoding.h"
#include "extract/ingest/html_text.h"

namespace newsgraph::ingest {
namespace {

// Every block gumbo allocates for one parse, so that what it fails to
// free is freed anyway: Debian's gumbo 0.10.1 loses a few bytes on some
// malformed pages (a DOCTYPE after <noscript>, found by fuzzing), and a
// run over millions of pages must not grow with them. Each block carries
// a header linking it into a list; free unlinks it, the destructor frees
// what is left.
class GumboAllocations {
 public:
  GumboAllocations() = default;
  GumboAllocations(const GumboAllocations&) = delete;
  GumboAllocations& operator=(const GumboAllocations&) = delete;
  ~GumboAllocations() {
    while (head_.next != &head_) release(head_.next);
  }

  static void* allocate(void* self, size_t size) {
    auto* block = static_cast<Header*>(std::malloc(sizeof(Header) + size));
    if (!block) std::abort();  // gumbo could not go on without it either
    Header& head = static_cast<GumboAllocations*>(self)->head_;
    block->prev = &head;
    block->next = head.next;
    head.next->prev = block;
    head.next = block;
    return block + 1;
  }
  static void deallocate(void*, void* pointer) {
    if (pointer) release(static_cast<Header*>(pointer) - 1);
  }

 private:
  // As aligned as malloc's blocks, so the bytes after it are too.
  struct alignas(std::max_align_t) Header {
    Header* prev;
    Header* next;
  };
  static void release(Header* block) {
    block->prev->next = block->next;
    block->next->prev = block->prev;
    std::free(block);
  }
  Header head_{&head_, &head_};  // the list's sentinel
};

// Owns gumbo's parse tree.
class ParsedHtml {
 public:
  explicit ParsedHtml(std::string_view html) : options_(kGumboDefaultOptions) {
    options_.max_errors = 0;  // parse errors are not reported; don't collect them
    options_.allocator = &GumboAllocations::allocate;
    options_.deallocator = &GumboAllocations::deallocate;
    options_.userdata = &allocations_;
    output_ = gumbo_parse_with_options(&options_, html.data(), html.size());
  }
  ~ParsedHtml() { gumbo_destroy_output(&options_, output_); }  // then allocations_ frees the rest
  ParsedHtml(const ParsedHtml&) = delete;
  ParsedHtml& operator=(const ParsedHtml&) = delete;

  const GumboNode* document() const { return output_->document; }
  const GumboNode* root() const { return output_->root; }

 private:
  GumboAllocations allocations_;  // first: destroyed last
  GumboOptions options_;
  GumboOutput* output_;
};

std::string lowercase(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string_view attribute(const GumboNode* element, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&element->v.element.attributes, name);
  return a ? std::string_view(a->value) : std::string_view();
}

bool has_token(std::string_view value, std::string_view token) {
  std::string lower = lowercase(value);
  size_t pos = 0;
  while (pos < lower.size()) {
    size_t end = lower.find_first_of(" \t\n\r\f", pos);
    if (end == std::string::npos) end = lower.size();
    if (std::string_view(lower).substr(pos, end - pos) == token) return true;
    pos = end + 1;
  }
  return false;
}

std::string trimmed(std::string_view s) {
  size_t begin = s.find_first_not_of(" \t\n\r\f");
  if (begin == std::string_view::npos) return "";
  size_t end = s.find_last_not_of(" \t\n\r\f");
  return std::string(s.substr(begin, end - begin + 1));
}

const GumboVector* children_of(const GumboNode* node) {
  if (node->type == GUMBO_NODE_DOCUMENT) return &node->v.document.children;
  if (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE) return &node->v.element.children;
  return nullptr;
}

// Calls visit(element) for every element under `root` in document order,
// without recursion.
template <typename Visit>
void for_each_element(const GumboNode* root, Visit visit) {
  std::vector<std::pair<const GumboNode*, size_t>> stack{{root, 0}};
  while (!stack.empty()) {
    auto& [node, next] = stack.back();
    const GumboVector* children = children_of(node);
    if (!children || next >= children->length) {
      stack.pop_back();
      continue;
    }
    const auto* child = static_cast<const GumboNode*>(children->data[next++]);
    if (child->type == GUMBO_NODE_ELEMENT) {
      visit(child);
      stack.emplace_back(child, 0);  // invalidates node, next
    }
  }
}

// The concatenated text children of an element (a <script>'s source).
std::string raw_text(const GumboNode* element) {
  std::string out;
  const GumboVector& children = element->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    const auto* child = static_cast<const GumboNode*>(children.data[i]);
    if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE || child->type == GUMBO_NODE_CDATA) {
      out += child->v.text.text;
    }
  }
  return out;
}

// "datePublished" of a JSON-LD block: the shallowest one, searched
// breadth-first through objects, arrays and @graph.
std::string json_ld_date_published(std::string_view json) {
  rapidjson::Document document;
  document.Parse<rapidjson::kParseIterativeFlag>(json.data(), json.size());
  if (document.HasParseError()) return "";
  std::deque<const rapidjson::Value*> queue{&document};
  while (!queue.empty()) {
    const rapidjson::Value* value = queue.front();
    queue.pop_front();
    if (value->IsObject()) {
      auto found = value->FindMember("datePublished");
      if (found != value->MemberEnd() && found->value.IsString()) {
        std::string iso =
            normalize_date(std::string_view(found->value.GetString(), found->value.GetStringLength()));
        if (!iso.empty()) return iso;
      }
      for (auto member = value->MemberBegin(); member != value->MemberEnd(); ++member) {
        if (member->value.IsObject() || member->value.IsArray()) queue.push_back(&member->value);
      }
    } else if (value->IsArray()) {
      for (const auto& element : value->GetArray()) {
        if (element.IsObject() || element.IsArray()) queue.push_back(&element);
      }
    }
  }
  return "";
}

// Meta tags naming the publication date, most specific first.
constexpr std::array<std::string_view, 10> kDateMetaKeys = {
    "article:published_time", "og:published_time", "pubdate",          "publishdate",      "date",
    "dc.date",                "dc.date.issued",    "sailthru.date",    "parsely-pub-date", "datepublished"};

// What one pass over the page collects.
struct PageFacts {
  std::map<std::string, std::string> meta;  // lowercased property/name/itemprop -> first content
  std::string title_element;
  std::string canonical_url;
  const GumboNode* first_h1 = nullptr;
  const GumboNode* main = nullptr;
  const GumboNode* body = nullptr;
  std::vector<const GumboNode*> articles;
  std::vector<std::string> json_ld;
};

PageFacts collect_facts(const GumboNode* document) {
  PageFacts facts;
  bool have_title = false, have_canonical = false;
  for_each_element(document, [&](const GumboNode* element) {
    switch (element->v.element.tag) {
      case GUMBO_TAG_META: {
        std::string_view content = attribute(element, "content");
        for (const char* key_attribute : {"property", "name", "itemprop"}) {
          std::string key = lowercase(trimmed(attribute(element, key_attribute)));
          if (!key.empty() && !content.empty()) facts.meta.emplace(key, trimmed(content));
        }
        break;
      }
      case GUMBO_TAG_TITLE:
        if (!have_title && element->v.element.tag_namespace == GUMBO_NAMESPACE_HTML) {  // not an <svg> <title>
          facts.title_element = subtree_text(element, MarkedBoilerplate::kKeep);
          have_title = true;
        }
        break;
      case GUMBO_TAG_LINK:
        if (!have_canonical && has_token(attribute(element, "rel"), "canonical")) {
          facts.canonical_url = trimmed(attribute(element, "href"));
          have_canonical = !facts.canonical_url.empty();
        }
        break;
      case GUMBO_TAG_H1:
        if (!facts.first_h1) facts.first_h1 = element;
        break;
      case GUMBO_TAG_MAIN:
        if (!facts.main) facts.main = element;
        break;
      case GUMBO_TAG_BODY:
        if (!facts.body) facts.body = element;
        break;
      case GUMBO_TAG_ARTICLE:
        facts.articles.push_back(element);
        break;
      case GUMBO_TAG_SCRIPT:
        if (lowercase(attribute(element, "type")).find("ld+json") != std::string::npos) {
          facts.json_ld.push_back(raw_text(element));
        }
        break;
      default:
        if (!facts.main && lowercase(attribute(element, "role")) == "main") facts.main = element;
        break;
    }
  });
  return facts;
}

// The first <time datetime> under `root` that reads as a date.
std::string time_element_date(const GumboNode* root) {
  std::string found;
  for_each_element(root, [&](const GumboNode* element) {
    if (found.empty() && element->v.element.tag == GUMBO_TAG_TIME) found = normalize_date(attribute(element, "datetime"));
  });
  return found;
}

std::string meta_value(const PageFacts& facts, std::string_view key) {
  auto it = facts.meta.find(std::string(key));
  return it == facts.meta.end() ? "" : it->second;
}

// True when `element` sits inside page furniture (an <aside> of teasers, a
// "related" list), where an <article> is not the page's article.
bool is_inside_furniture(const GumboNode* element, MarkedBoilerplate marked) {
  for (const GumboNode* node = element->parent; node; node = node->parent) {
    if (is_dropped_element(node, /*in_article=*/true, marked)) return true;
  }
  return false;
}

// An <article> holding less than this share of the text around it is a
// teaser next to a story that is not marked up as one.
constexpr size_t kMinArticleShareDivisor = 3;

// Text of the part of the page that holds the article, and that part: the
// <article> (outside page furniture) with the most text, else <main> (or
// role=main), else <body>. The surrounding <main>/<body> wins when that
// <article> holds under a third of its text. Markers of boilerplate are
// ignored when they would leave no text at all (a page whose every block
// carries class "share", say).
std::pair<std::string, const GumboNode*> article_text(const PageFacts& facts, const GumboNode* fallback) {
  const GumboNode* outer = facts.main ? facts.main : facts.body ? facts.body : fallback;
  for (MarkedBoilerplate marked : {MarkedBoilerplate::kDrop, MarkedBoilerplate::kKeep}) {
    std::string outer_text = subtree_text(outer, marked);
    std::string best_text;
    const GumboNode* best = nullptr;
    for (const GumboNode* article : facts.articles) {
      if (is_inside_furniture(article, marked)) continue;
      std::string text = subtree_text(article, marked);
      if (text.size() > best_text.size()) best_text = std::move(text), best = article;
    }
    if (best && best_text.size() * kMinArticleShareDivisor >= outer_text.size()) return {std::move(best_text), best};
    if (!outer_text.empty()) return {std::move(outer_text), outer};
  }
  return {"", outer};
}

}  // namespace

// Gumbo is given valid UTF-8, but Debian's gumbo 0.10.1 can hand back
// bytes that are not: a numeric character reference whose digits overflow
// ("&#xFFFFFFFFFFFFFFFFFFFF20caf;") came out as a lone byte (the fuzzer
// found it). Such bytes become U+FFFD; valid text is returned as it is.
namespace {
std::string as_utf8(std::string text) { return is_valid_utf8(text) ? text : repair_utf8(text); }
}  // namespace

HtmlPage read_html_page(std::string_view html) {
  std::optional<std::string> flattened = flatten_deep_nesting(html);
  ParsedHtml parsed(flattened ? std::string_view(*flattened) : html);
  PageFacts facts = collect_facts(parsed.document());

  HtmlPage page;
  auto [text, article] = article_text(facts, parsed.root());
  page.text = std::move(text);

  for (std::string_view key : {"og:title", "twitter:title"}) {
    if (page.title.empty()) page.title = single_line(meta_value(facts, key));
  }
  if (page.title.empty()) page.title = single_line(facts.title_element);
  if (page.title.empty() && facts.first_h1) {
    page.title = single_line(subtree_text(facts.first_h1, MarkedBoilerplate::kKeep));
  }

  for (std::string_view key : kDateMetaKeys) {
    if (page.date.empty()) page.date = normalize_date(meta_value(facts, key));
  }
  if (page.date.empty()) page.date = time_element_date(article);
  for (const std::string& json : facts.json_ld) {
    if (page.date.empty()) page.date = json_ld_date_published(json);
  }

  page.url = facts.canonical_url.empty() ? meta_value(facts, "og:url") : facts.canonical_url;
  for (std::string* field : {&page.text, &page.title, &page.url}) *field = as_utf8(std::move(*field));
  return page;
}

std::string html_fragment_text(std::string_view html) {
  std::optional<std::string> flattened = flatten_deep_nesting(html);
  ParsedHtml parsed(flattened ? std::string_view(*flattened) : html);
  std::string text = subtree_text(parsed.root(), MarkedBoilerplate::kDrop);
  return as_utf8(text.empty() ? subtree_text(parsed.root(), MarkedBoilerplate::kKeep) : std::move(text));
}

}  // namespace newsgraph::ingest
