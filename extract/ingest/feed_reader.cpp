// RSS 2.0, RSS 1.0 and Atom through pugixml. pugixml expands only XML's
// predefined entities and character references: DTD entities (internal or
// external) stay unexpanded text, so a hostile DOCTYPE neither fetches
// anything nor grows. A reference to U+0000 ends the value it is in
// (pugixml's strings are NUL-terminated).
#include <pugixml.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "extract/ingest/encoding.h"
#include "extract/ingest/dates.h"
#include "extract/ingest/html_text.h"
#include "extract/ingest/ids.h"
#include "extract/ingest/ingest.h"

namespace newsgraph::ingest {
namespace {

enum class FeedKind { kRss, kRdf, kAtom };

std::string_view local_name(const pugi::xml_node& node) {
  std::string_view name = node.name();
  size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

std::string_view prefix_of(const pugi::xml_node& node) {
  std::string_view name = node.name();
  size_t colon = name.find(':');
  return colon == std::string_view::npos ? std::string_view() : name.substr(0, colon + 1);
}

std::string trim(std::string_view s) { return std::string(trim_space(s)); }

struct StringWriter : pugi::xml_writer {
  std::string out;
  void write(const void* data, size_t size) override { out.append(static_cast<const char*>(data), size); }
};

// An element's content as markup or text: its text and CDATA children
// joined, or, when it holds elements (Atom xhtml content, or HTML a feed
// forgot to escape), its children serialised back to markup.
struct Content {
  std::string value;
  bool is_markup = false;
};

Content content_of(const pugi::xml_node& element) {
  Content content;
  bool has_elements = false;
  for (const pugi::xml_node& child : element.children()) {
    if (child.type() == pugi::node_element) has_elements = true;
  }
  if (has_elements) {
    StringWriter writer;
    for (const pugi::xml_node& child : element.children()) {
      child.print(writer, "", pugi::format_raw | pugi::format_no_declaration);
    }
    content.value = std::move(writer.out);
    content.is_markup = true;
    return content;
  }
  for (const pugi::xml_node& child : element.children()) {
    if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) content.value += child.value();
  }
  return content;
}

// Text of a content element. Atom says what it holds (type "text", the
// default, "html" or "xhtml"); RSS does not, so there anything with a tag
// or an entity is read as HTML.
std::string text_of(const Content& content, FeedKind kind, std::string_view atom_type) {
  bool html = content.is_markup;
  if (kind == FeedKind::kAtom) {
    html = html || atom_type == "html" || atom_type == "xhtml" || atom_type == "text/html";
  } else {
    html = html || content.value.find_first_of("<&") != std::string::npos;
  }
  return html ? html_fragment_text(content.value) : plain_text_paragraphs(content.value);
}

// Atom content that is neither text nor markup (type="image/png", or a src
// reference) carries no article text.
bool is_textual(const pugi::xml_node& element) {
  std::string_view type = element.attribute("type").value();
  if (!element.attribute("src").empty()) return false;
  return type.empty() || type == "text" || type == "html" || type == "xhtml" || type.starts_with("text/");
}

std::string title_of(const pugi::xml_node& title, FeedKind kind) {
  if (!title) return "";
  return single_line(text_of(content_of(title), kind, title.attribute("type").value()));
}

// The first child with the given local name, any namespace prefix.
pugi::xml_node child_by_local_name(const pugi::xml_node& parent, std::string_view name) {
  for (const pugi::xml_node& child : parent.children()) {
    if (child.type() == pugi::node_element && local_name(child) == name) return child;
  }
  return {};
}

std::string atom_link(const pugi::xml_node& entry, const std::string& prefix) {
  std::string first;
  const std::string name = prefix + "link";  // children() keeps the pointer: it must outlive the loop
  for (const pugi::xml_node& link : entry.children(name.c_str())) {
    std::string href = trim(link.attribute("href").value());
    std::string_view rel = link.attribute("rel").value();
    if (rel.empty() || rel == "alternate") return href;
    if (first.empty()) first = href;
  }
  return first;
}

struct ItemContext {
  const std::string& source;
  const ReadOptions& options;
  std::string stem;
  FeedKind kind;
  std::string prefix;  // the root's namespace prefix with its colon, for Atom
};

// One item or entry; a reason (without location) when it cannot be read.
Result<Document> read_item(const pugi::xml_node& item, const ItemContext& context) {
  const std::string& p = context.prefix;
  Document document;
  document.source = context.source;
  std::string guid;
  std::vector<pugi::xml_node> contents;
  std::vector<pugi::xml_node> dates;
  if (context.kind == FeedKind::kAtom) {
    document.title = title_of(item.child((p + "title").c_str()), context.kind);
    document.url = atom_link(item, p);
    guid = trim(item.child((p + "id").c_str()).text().get());
    contents = {item.child((p + "content").c_str()), item.child((p + "summary").c_str())};
    dates = {item.child((p + "published").c_str()), item.child((p + "updated").c_str())};
  } else {
    document.title = title_of(item.child("title"), context.kind);
    document.url = trim(item.child("link").text().get());
    guid = trim(context.kind == FeedKind::kRss ? item.child("guid").text().get() : item.attribute("rdf:about").value());
    contents = {child_by_local_name(item, "encoded"), item.child("description")};
    dates = {item.child("pubDate"), child_by_local_name(item, "date")};
  }

  for (const pugi::xml_node& element : contents) {
    if (!element || !is_textual(element)) continue;
    Content content = content_of(element);
    if (content.value.size() > context.options.max_article_bytes) {
      return Status::BadInput(too_large_reason(context.options));
    }
    document.text = text_of(content, context.kind, element.attribute("type").value());
    if (!is_blank(document.text)) break;
    document.text.clear();  // whitespace alone, vertical tabs too, is no text
  }
  // Headline-only feeds: the headline is all the article text there is.
  if (document.text.empty()) document.text = document.title;
  if (is_blank(document.text)) return Status::BadInput("no title or text");

  for (const pugi::xml_node& element : dates) {
    if (element && document.date.empty()) document.date = normalize_date(element.text().get());
  }
  if (document.date.empty()) document.date = find_stated_date(document.text);

  std::string key = !guid.empty()                                   ? guid
                    : !document.url.empty()                         ? document.url
                    : !document.title.empty() || !document.date.empty() ? document.title + "\n" + document.date
                                                                        : document.text;
  document.id = context.stem + "-" + hex16(fnv1a64(key));
  // XML character references may name surrogates, which pugixml encodes
  // as they are.
  document.title = repair_utf8(document.title);
  document.url = repair_utf8(document.url);
  document.text = repair_utf8(document.text);
  return document;
}

}  // namespace

Result<std::vector<Document>> parse_feed(std::string_view bytes, const std::string& source, std::vector<Skipped>& skipped,
                                         const ReadOptions& options) {
  if (bytes.empty()) return Status::BadInput(source + ": empty file");
  Result<std::string> text = decode_text(bytes, source);
  if (!text.ok()) return text.status();
  const std::string& xml = text.value();

  pugi::xml_document document;
  pugi::xml_parse_result parsed = document.load_buffer(xml.data(), xml.size(), pugi::parse_default, pugi::encoding_utf8);
  if (!parsed) {
    size_t line = line_of_offset(xml, static_cast<size_t>(std::max<ptrdiff_t>(parsed.offset, 0)));
    return Status::BadInput(at_line(source, line) + ": malformed XML: " + parsed.description());
  }
  pugi::xml_node root = document.document_element();
  std::string_view root_name = local_name(root);
  ItemContext context{source, options, file_stem(source), FeedKind::kRss, std::string(prefix_of(root))};
  std::vector<pugi::xml_node> items;
  if (root_name == "rss") {
    for (const pugi::xml_node& item : root.child("channel").children("item")) items.push_back(item);
  } else if (root_name == "RDF") {
    context.kind = FeedKind::kRdf;
    for (const pugi::xml_node& item : root.children()) {
      if (item.type() == pugi::node_element && local_name(item) == "item") items.push_back(item);
    }
  } else if (root_name == "feed") {
    context.kind = FeedKind::kAtom;
    const std::string name = context.prefix + "entry";  // children() keeps the pointer: it must outlive the loop
    for (const pugi::xml_node& entry : root.children(name.c_str())) items.push_back(entry);
  } else {
    return Status::BadInput(source + ": not an RSS or Atom feed (root element <" + std::string(root.name()) + ">)");
  }

  std::vector<Document> documents;
  for (const pugi::xml_node& item : items) {
    Result<Document> read = read_item(item, context);
    if (read.ok()) {
      documents.push_back(std::move(read).value());
    } else {
      size_t line = line_of_offset(xml, static_cast<size_t>(std::max<ptrdiff_t>(item.offset_debug(), 0)));
      skipped.push_back(Skipped{at_line(source, line), read.status().message()});
    }
  }
  return documents;
}

Result<std::vector<Document>> parse_feed(std::string_view bytes, const std::string& source, const ReadOptions& options) {
  std::vector<Skipped> ignored;
  return parse_feed(bytes, source, ignored, options);
}

}  // namespace newsgraph::ingest
