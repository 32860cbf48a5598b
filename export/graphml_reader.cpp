// The GraphML reader: what graphml_writer.cpp writes, read back exactly,
// and plain GraphML from other tools (networkx, igraph, Gephi, yEd).
//
// Each <node> and <edge> becomes the node-link object the JSON reader
// would see (data by their keys' attr.name and attr.type) and goes through
// the same read_node/read_link. Keys that say nothing are lenient: a key
// without attr.name is named by its id, one without attr.type is a string
// (see untyped()), data of an undeclared key is named by the key, data
// holding markup rather than text (yEd's graphics) is skipped.
#include <algorithm>
#include <cctype>
#include <charconv>
#include <map>

#include <pugixml.hpp>
#include <rapidjson/document.h>

#include "export/export.h"
#include "export/graphml_shared.h"
#include "export/node_link.h"
#include "export/text.h"

namespace newsgraph::formats {

namespace {

using rapidjson::Value;

std::string_view local_name(const pugi::xml_node& n) {
  std::string_view name = n.name();
  size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

bool is(const pugi::xml_node& n, std::string_view name) {
  return n.type() == pugi::node_element && local_name(n) == name;
}

pugi::xml_node child(const pugi::xml_node& parent, std::string_view name) {
  for (pugi::xml_node c : parent.children())
    if (is(c, name)) return c;
  return {};
}

// The text of an element: its character data, or nullopt when it holds
// only markup.
std::optional<std::string> text_of(const pugi::xml_node& element) {
  std::string text;
  bool markup = false;
  for (pugi::xml_node c : element.children()) {
    if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) text += c.value();
    else if (c.type() == pugi::node_element) markup = true;
  }
  if (markup && text.empty()) return std::nullopt;
  return text;
}

enum class Kind { kString, kBoolean, kInteger, kDouble, kJson };

struct Key {
  std::string name;
  Kind kind = Kind::kString;
  std::optional<std::string> default_text;
};

// A key that declares no type (or data of no declared key) is a string,
// except for the node-link fields that must be numbers or booleans: their
// text is read as what the field needs, as a user would expect of
// <data key="weight">2</data>.
Key untyped(std::string name) {
  Kind kind = Kind::kString;
  if (name == "weight" || name == "mentions") kind = Kind::kInteger;
  else if (name == "canonical") kind = Kind::kBoolean;
  return Key{std::move(name), kind, std::nullopt};
}
using Keys = std::map<std::string, Key, std::less<>>;  // by key id

struct KeySets {
  Keys node, edge, graph;
};

KeySets read_keys(const pugi::xml_node& root) {
  KeySets keys;
  for (pugi::xml_node k : root.children()) {
    if (!is(k, "key") || !*k.attribute("id").value()) continue;
    std::string id = k.attribute("id").value();
    Key key = untyped(k.attribute("attr.name") ? decode_name(k.attribute("attr.name").value()) : id);
    std::string_view type = k.attribute("attr.type").value();
    if (type == "string") key.kind = Kind::kString;
    else if (type == "boolean") key.kind = Kind::kBoolean;
    else if (type == "int" || type == "long" || type == "integer") key.kind = Kind::kInteger;
    else if (type == "float" || type == "double") key.kind = Kind::kDouble;
    if (pugi::xml_node desc = child(k, "desc"); desc && desc.child_value() == kJsonKeyDesc) key.kind = Kind::kJson;
    if (pugi::xml_node d = child(k, "default")) key.default_text = text_of(d);
    std::string_view domain = k.attribute("for") ? k.attribute("for").value() : "all";
    if (domain == "node" || domain == "all") keys.node[id] = key;
    if (domain == "edge" || domain == "all") keys.edge[id] = key;
    if (domain == "graph" || domain == "all") keys.graph[id] = key;
  }
  return keys;
}

std::string_view trim(std::string_view s) {
  auto space = [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  return s;
}

template <typename T>
bool parse_number(std::string_view s, T& out) {
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && end == s.data() + s.size();
}

// The text of one <data> as the JSON value its key's type says; `false`
// with `error` set when the text is not of that type. Empty text of a
// typed key is no value (`out` stays null).
bool to_value(const std::string& text, const Key& key, JsonAllocator& a, Value& out, std::string& error) {
  error.clear();
  std::string_view t = trim(text);
  if (key.kind != Kind::kString && t.empty()) return true;
  switch (key.kind) {
    case Kind::kString:
      out.SetString(text.data(), static_cast<rapidjson::SizeType>(text.size()), a);
      return true;
    case Kind::kBoolean: {
      std::string lower(t);
      std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
      if (lower == "true" || lower == "1") out.SetBool(true);
      else if (lower == "false" || lower == "0") out.SetBool(false);
      else error = "\"" + text + "\" is not a boolean";
      return error.empty();
    }
    case Kind::kInteger: {
      int64_t i;
      uint64_t u;
      if (parse_number(t, i)) out.SetInt64(i);
      else if (parse_number(t, u)) out.SetUint64(u);
      else error = "\"" + text + "\" is not an integer";
      return error.empty();
    }
    case Kind::kDouble: {
      double d;
      if (!t.empty() && t.front() == '+') t.remove_prefix(1);
      if (parse_number(t, d)) out.SetDouble(d);
      else error = "\"" + text + "\" is not a number";
      return error.empty();
    }
    case Kind::kJson: {
      rapidjson::Document doc(&a);
      size_t offset;
      if (!parse_json(t, doc, error, offset)) {
        error = "not JSON text (" + error + ")";
        return false;
      }
      out.Swap(doc);
      return true;
    }
  }
  return false;
}

// The node-link object of a <node>, <edge> or <graph>: `object` already
// holds the members from XML attributes; this adds the data and the
// defaults of keys without data.
Status add_data(const pugi::xml_node& element, const Keys& keys, const std::string& where, JsonAllocator& a,
                Value& object) {
  std::vector<const Key*> seen;
  for (pugi::xml_node data : element.children()) {
    if (!is(data, "data") || !data.attribute("key")) continue;
    std::string_view id = data.attribute("key").value();
    auto it = keys.find(id);
    Key undeclared = untyped(std::string(id));
    const Key& key = it == keys.end() ? undeclared : it->second;
    if (it != keys.end()) seen.push_back(&it->second);
    std::optional<std::string> text = text_of(data);
    if (!text) continue;
    Value value;
    std::string error;
    // Our lists as plain strings that hold JSON: what networkx writes after
    // reading our GraphML (it drops the keys' <desc>).
    bool json = key.kind == Kind::kString && is_structured_field(key.name) &&
                to_value(*text, Key{key.name, Kind::kJson, std::nullopt}, a, value, error);
    if (!json && !to_value(*text, key, a, value, error))
      return Status::BadInput(where + ": data of key \"" + key.name + "\": " + error);
    if (!value.IsNull()) object.AddMember(Value(key.name.c_str(), a), value, a);
  }
  for (const auto& [id, key] : keys) {
    if (!key.default_text || std::find(seen.begin(), seen.end(), &key) != seen.end()) continue;
    Value value;
    std::string error;
    if (!to_value(*key.default_text, key, a, value, error))
      return Status::BadInput("the default of key \"" + key.name + "\": " + error);
    if (!value.IsNull()) object.AddMember(Value(key.name.c_str(), a), value, a);
  }
  return Status::Ok();
}

// "line N" of elements met in document order, counting lines as it goes.
class Lines {
 public:
  explicit Lines(std::string_view text) : text_(text) {}
  std::string at(const pugi::xml_node& n) {
    ptrdiff_t offset = n.offset_debug();
    if (offset < 0) return "line ?";
    size_t o = std::min(static_cast<size_t>(offset), text_.size());
    if (o < pos_) pos_ = 0, line_ = 1;
    line_ += static_cast<size_t>(std::count(text_.begin() + static_cast<ptrdiff_t>(pos_),
                                            text_.begin() + static_cast<ptrdiff_t>(o), '\n'));
    pos_ = o;
    return "line " + std::to_string(line_);
  }

 private:
  std::string_view text_;
  size_t pos_ = 0, line_ = 1;
};

// The <node>s and <edge>s of a <graph> and of the graphs nested in its
// nodes, in document order (without recursion: nesting can be deep).
void collect(const pugi::xml_node& graph, std::vector<pugi::xml_node>& nodes, std::vector<pugi::xml_node>& edges) {
  pugi::xml_node n = graph.first_child();
  while (n) {
    bool in_graph = is(n.parent(), "graph");
    if (in_graph && is(n, "node")) nodes.push_back(n);
    if (in_graph && is(n, "edge")) edges.push_back(n);
    if ((is(n, "node") || is(n, "graph")) && n.first_child()) {
      n = n.first_child();
      continue;
    }
    while (n != graph && !n.next_sibling()) n = n.parent();
    if (n == graph) break;
    n = n.next_sibling();
  }
}

}  // namespace

Result<KnowledgeGraph> parse_graphml(std::string_view bytes, const std::string& source) {
  auto bad = [&](const std::string& message) { return Status::BadInput(source + ": " + message); };
  pugi::xml_document doc;
  // Whitespace-only text is a value too (a label " "), when it is all the
  // element holds.
  pugi::xml_parse_result parsed =
      doc.load_buffer(bytes.data(), bytes.size(), pugi::parse_default | pugi::parse_ws_pcdata_single);
  if (!parsed) return bad(line_at(bytes, static_cast<size_t>(parsed.offset)) + ": " + parsed.description());
  // pugixml passes UTF-8 through unchecked; the graph holds valid UTF-8 only.
  if (size_t at = invalid_utf8_at(bytes); parsed.encoding == pugi::encoding_utf8 && at != std::string_view::npos)
    return bad(line_at(bytes, at) + ": invalid UTF-8");
  pugi::xml_node root = doc.document_element();
  if (!is(root, "graphml")) return bad("not GraphML: the root element is <" + std::string(root.name()) + ">");
  pugi::xml_node graph = child(root, "graph");
  if (!graph) return bad("no <graph> element");

  KeySets keys = read_keys(root);
  Lines lines(bytes);
  JsonAllocator a;
  GraphDraft draft;

  // Our graph object is the <desc>'s JSON; other tools' desc is prose.
  if (pugi::xml_node desc = child(graph, "desc")) {
    std::string text = desc.child_value();
    rapidjson::Document object;
    std::string error;
    size_t offset;
    if (parse_json(text, object, error, offset) && object.IsObject())
      if (Status s = read_graph_object(object, draft); !s.ok()) return bad(lines.at(desc) + ": " + s.message());
  }
  // Graph-level data, which other tools write.
  Value attributes(rapidjson::kObjectType);
  if (Status s = add_data(graph, keys.graph, lines.at(graph), a, attributes); !s.ok()) return bad(s.message());
  if (Status s = read_graph_object(attributes, draft); !s.ok()) return bad(lines.at(graph) + ": " + s.message());

  std::vector<pugi::xml_node> nodes, edges;
  collect(graph, nodes, edges);
  draft.node_where = [&](size_t i) { return Lines(bytes).at(nodes[i]); };
  draft.relation_where = [&](size_t i) { return Lines(bytes).at(edges[i]); };
  for (const pugi::xml_node& n : nodes) {
    std::string where = lines.at(n);
    std::string_view id = n.attribute("id").value();
    if (id.empty()) return bad(where + ": <node> without an id");
    Value object(rapidjson::kObjectType);
    std::string decoded = decode_name(id);
    object.AddMember("id", Value(decoded.data(), static_cast<rapidjson::SizeType>(decoded.size()), a), a);
    if (Status s = add_data(n, keys.node, where, a, object); !s.ok()) return bad(s.message());
    if (Status s = read_node(object, where, draft); !s.ok()) return bad(s.message());
    a.Clear();
  }
  if (Status s = end_of_nodes(draft); !s.ok()) return bad(s.message());
  for (const pugi::xml_node& e : edges) {
    std::string where = lines.at(e);
    Value object(rapidjson::kObjectType);
    for (const char* end : {"source", "target"}) {
      if (!e.attribute(end)) return bad(where + ": <edge> without " + end);
      std::string decoded = decode_name(e.attribute(end).value());
      object.AddMember(Value(end, a), Value(decoded.data(), static_cast<rapidjson::SizeType>(decoded.size()), a), a);
    }
    if (Status s = add_data(e, keys.edge, where, a, object); !s.ok()) return bad(s.message());
    if (Status s = read_link(object, where, draft); !s.ok()) return bad(s.message());
    a.Clear();
  }
  return finish(std::move(draft), source);
}

}  // namespace newsgraph::formats
