// The GraphML writer (CONTRACT.md, "GraphML"): the node-link objects of
// node_link.h flattened into typed <key>s.
//
// A field whose values are all strings, booleans, integers or doubles gets
// a key of that attr.type; anything else (lists, name counts, evidence,
// attributes of mixed types, strings XML cannot carry) gets a string key
// whose values are JSON text and whose <desc> says so (kJsonKeyDesc). The
// graph object (generator, documents, graph attributes) is the JSON text
// of the <graph>'s <desc>: GraphML readers expect no graph-level keys.
//
// Written as a stream, not through pugixml (which reads GraphML here):
// pugixml can only save a whole DOM, and building one costs more than the
// rest of the writer together (0.54 of 0.8 s for 100,000 nodes) and holds
// the whole file's tree in memory, gigabytes for a million nodes. The
// bytes are those pugixml's format_indent writes (two-space indent, " />"
// for empty elements, text escaped as its text_output_escaped escapes it),
// so files read the same by every reader.
#include <array>
#include <charconv>
#include <cmath>
#include <map>
#include <ostream>
#include <span>
#include <string>
#include <string_view>

#include "export/exporters.h"
#include "export/graphml_shared.h"
#include "export/node_link.h"
#include "export/text.h"

namespace newsgraph::formats {

namespace {

enum class Kind { kString, kBoolean, kLong, kDouble, kJson };

const char* attr_type(Kind kind) {
  switch (kind) {
    case Kind::kBoolean: return "boolean";
    case Kind::kLong: return "long";
    case Kind::kDouble: return "double";
    default: return "string";
  }
}

std::string_view string_of(const rapidjson::Value& v) { return {v.GetString(), v.GetStringLength()}; }

Kind kind_of(const rapidjson::Value& v) {
  if (v.IsString()) return is_xml_text(string_of(v)) ? Kind::kString : Kind::kJson;
  if (v.IsBool()) return Kind::kBoolean;
  if (v.IsInt64()) return Kind::kLong;
  // igraph (0.10) fails on subnormal numbers, as strtod reports ERANGE.
  if (v.IsDouble()) return std::fpclassify(v.GetDouble()) == FP_SUBNORMAL ? Kind::kJson : Kind::kDouble;
  return Kind::kJson;  // arrays, objects, integers past int64
}

// xs:double spells the special values NaN, INF and -INF.
std::string double_text(double d) {
  if (std::isnan(d)) return "NaN";
  if (std::isinf(d)) return d > 0 ? "INF" : "-INF";
  char buffer[32];
  auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, d);  // shortest round-trip form
  return std::string(buffer, end);
}

std::string cell_text(const rapidjson::Value& v, Kind kind) {
  switch (kind) {
    case Kind::kString: return std::string(string_of(v));
    case Kind::kBoolean: return v.GetBool() ? "true" : "false";
    case Kind::kLong: return std::to_string(v.GetInt64());
    case Kind::kDouble: return double_text(v.GetDouble());
    case Kind::kJson: return json_as_xml_text(to_json_text(v));
  }
  return {};
}

// "d0", "e12": key and edge ids.
std::string numbered(char prefix, size_t n) {
  std::string id(1, prefix);
  id += std::to_string(n);
  return id;
}

struct Column {
  Kind kind;
  std::string id;  // d0, d1, ...
};

// The keys of nodes or of edges: one per field name, by name.
using Columns = std::map<std::string, Column, std::less<>>;

void see(Columns& columns, std::string_view name, const rapidjson::Value& v) {
  Kind kind = kind_of(v);
  auto it = columns.find(name);
  if (it == columns.end()) columns.emplace(std::string(name), Column{kind, {}});
  else if (it->second.kind != kind) it->second.kind = Kind::kJson;  // mixed: JSON tells them apart
}

bool skipped(std::string_view name, std::span<const std::string_view> names) {
  for (std::string_view n : names)
    if (n == name) return true;
  return false;
}

// Fields that are XML attributes of <node> and <edge> rather than data; a
// link's key is the edge's position among its parallel edges, which the
// reader derives again.
constexpr std::array<std::string_view, 1> kNodeAttributes = {"id"};
constexpr std::array<std::string_view, 3> kEdgeAttributes = {"source", "target", "key"};

// Output through a buffer handed to the stream a megabyte at a time.
class XmlOut {
 public:
  explicit XmlOut(std::ostream& out) : out_(out) { buffer_.reserve(kChunk + 4096); }
  ~XmlOut() { flush(); }
  XmlOut(const XmlOut&) = delete;
  XmlOut& operator=(const XmlOut&) = delete;

  XmlOut& raw(std::string_view s) {
    buffer_.append(s);
    if (buffer_.size() >= kChunk) flush();
    return *this;
  }
  // Character data: & < > escaped. The text is XML text (is_xml_text:
  // JSON carries everything else), so no other character needs it.
  XmlOut& text(std::string_view s) {
    size_t start = 0;
    for (size_t i = 0; i < s.size(); ++i) {
      const char* entity = nullptr;
      switch (s[i]) {
        case '&': entity = "&amp;"; break;
        case '<': entity = "&lt;"; break;
        case '>': entity = "&gt;"; break;
        default: continue;
      }
      buffer_.append(s.substr(start, i - start));
      buffer_.append(entity);
      start = i + 1;
    }
    return raw(s.substr(start));
  }
  // name="value", the value quoted as an attribute: the values written
  // here are key ids, encoded names (encode_name) and fixed words, so only
  // & < > " could need escaping, and only a stray one would.
  XmlOut& attribute(std::string_view name, std::string_view value) {
    buffer_ += ' ';
    buffer_.append(name);
    buffer_ += "=\"";
    for (char ch : value) {
      switch (ch) {
        case '&': buffer_ += "&amp;"; break;
        case '<': buffer_ += "&lt;"; break;
        case '"': buffer_ += "&quot;"; break;
        default: buffer_ += ch;
      }
    }
    buffer_ += '"';
    return *this;
  }
  void flush() {
    if (!buffer_.empty()) out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    buffer_.clear();
  }

 private:
  static constexpr size_t kChunk = size_t{1} << 20;
  std::ostream& out_;
  std::string buffer_;
};

// <ELEMENT id=...>, its <data> children at two more spaces of indent, and
// the closing tag; " />" when there are none.
void write_element(XmlOut& x, std::string_view element, const rapidjson::Value& object, const Columns& columns,
                   std::span<const std::string_view> skip) {
  bool open = false;
  for (auto m = object.MemberBegin(); m != object.MemberEnd(); ++m) {
    std::string_view name = string_of(m->name);
    if (skipped(name, skip)) continue;
    const Column& column = columns.find(name)->second;
    if (!open) x.raw(">\n");
    open = true;
    x.raw("      <data").attribute("key", column.id).raw(">").text(cell_text(m->value, column.kind)).raw("</data>\n");
  }
  if (!open) {
    x.raw(" />\n");
    return;
  }
  x.raw("    </").raw(element).raw(">\n");
}

void write_keys(XmlOut& x, const char* domain, const Columns& columns) {
  for (const auto& [name, column] : columns) {
    x.raw("  <key").attribute("id", column.id).attribute("for", domain);
    x.attribute("attr.name", encode_name(name)).attribute("attr.type", attr_type(column.kind));
    if (column.kind == Kind::kJson) x.raw(">\n    <desc>").text(kJsonKeyDesc).raw("</desc>\n  </key>\n");
    else x.raw(" />\n");
  }
}

class GraphmlExporter final : public Exporter {
 public:
  std::string_view format() const override { return "graphml"; }

  Status write(const KnowledgeGraph& graph, std::ostream& out) const override {
    JsonAllocator a;
    // First pass: which keys, of which types. Node label and edge weight
    // keys always exist (readers look for them).
    Columns node_columns{{"label", {Kind::kString, {}}}}, edge_columns{{"weight", {Kind::kLong, {}}}};
    for (KnowledgeGraph::NodeIndex v = 0; v < graph.node_count(); ++v) {
      const Entity e = graph.node(v);  // the node object refers to its strings
      rapidjson::Value node = node_object(e, a);
      for (auto m = node.MemberBegin(); m != node.MemberEnd(); ++m)
        if (!skipped(string_of(m->name), kNodeAttributes)) see(node_columns, string_of(m->name), m->value);
      a.Clear();
    }
    for (KnowledgeGraph::EdgeIndex e = 0; e < graph.edge_count(); ++e) {
      const Relation r = graph.edge(e);  // the link object refers to its strings
      rapidjson::Value link = link_object(r, 0, a);
      for (auto m = link.MemberBegin(); m != link.MemberEnd(); ++m)
        if (!skipped(string_of(m->name), kEdgeAttributes)) see(edge_columns, string_of(m->name), m->value);
      a.Clear();
    }
    size_t next_id = 0;
    for (Columns* columns : {&node_columns, &edge_columns})
      for (auto& [name, column] : *columns) column.id = numbered('d', next_id++);

    {
      XmlOut x(out);
      x.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml").attribute("xmlns", kGraphmlNamespace);
      x.attribute("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
      x.attribute("xsi:schemaLocation",
                  "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
      x.raw(">\n");
      write_keys(x, "node", node_columns);
      write_keys(x, "edge", edge_columns);
      x.raw("  <graph id=\"G\" edgedefault=\"directed\">\n    <desc>");
      x.text(json_as_xml_text(to_json_text(graph_object(graph, a)))).raw("</desc>\n");
      a.Clear();
      for (KnowledgeGraph::NodeIndex v = 0; v < graph.node_count(); ++v) {
        x.raw("    <node").attribute("id", encode_name(graph.node_id(v)));
        write_element(x, "node", node_object(graph.node(v), a), node_columns, kNodeAttributes);
        a.Clear();
      }
      for (KnowledgeGraph::EdgeIndex e = 0; e < graph.edge_count(); ++e) {
        const Relation r = graph.edge(e);
        x.raw("    <edge").attribute("id", numbered('e', e));
        x.attribute("source", encode_name(r.source)).attribute("target", encode_name(r.target));
        write_element(x, "edge", link_object(r, 0, a), edge_columns, kEdgeAttributes);
        a.Clear();
        if (!out) break;  // a full disk: stop early
      }
      x.raw("  </graph>\n</graphml>\n");
    }
    out.flush();
    if (!out) return Status::IoError("cannot write the GraphML graph: the output stream failed");
    return Status::Ok();
  }
};

}  // namespace

std::unique_ptr<Exporter> make_graphml_exporter() { return std::make_unique<GraphmlExporter>(); }

}  // namespace newsgraph::formats
