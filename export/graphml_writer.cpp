// The GraphML writer (CONTRACT.md, "GraphML"): the node-link objects of
// node_link.h flattened into typed <key>s.
//
// A field whose values are all strings, booleans, integers or doubles gets
// a key of that attr.type; anything else (lists, name counts, evidence,
// attributes of mixed types, strings XML cannot carry) gets a string key
// whose values are JSON text and whose <desc> says so (kJsonKeyDesc). The
// graph object (generator, documents, graph attributes) is the JSON text
// of the <graph>'s <desc>: GraphML readers expect no graph-level keys.
#include <array>
#include <charconv>
#include <cmath>
#include <map>
#include <ostream>
#include <span>

#include <pugixml.hpp>

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
    case Kind::kJson: return to_xml_text(to_json_text(v));
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

void add_data(pugi::xml_node element, const rapidjson::Value& object, const Columns& columns,
              std::span<const std::string_view> skip) {
  for (auto m = object.MemberBegin(); m != object.MemberEnd(); ++m) {
    std::string_view name = string_of(m->name);
    if (skipped(name, skip)) continue;
    const Column& column = columns.find(name)->second;
    pugi::xml_node data = element.append_child("data");
    data.append_attribute("key").set_value(column.id.c_str());
    data.text().set(cell_text(m->value, column.kind).c_str());
  }
}

void add_keys(pugi::xml_node root, const char* domain, const Columns& columns) {
  for (const auto& [name, column] : columns) {
    pugi::xml_node key = root.append_child("key");
    key.append_attribute("id").set_value(column.id.c_str());
    key.append_attribute("for").set_value(domain);
    key.append_attribute("attr.name").set_value(encode_name(name).c_str());
    key.append_attribute("attr.type").set_value(attr_type(column.kind));
    if (column.kind == Kind::kJson) key.append_child("desc").text().set(std::string(kJsonKeyDesc).c_str());
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
      rapidjson::Value node = node_object(graph.node(v), a);
      for (auto m = node.MemberBegin(); m != node.MemberEnd(); ++m)
        if (!skipped(string_of(m->name), kNodeAttributes)) see(node_columns, string_of(m->name), m->value);
      a.Clear();
    }
    for (KnowledgeGraph::EdgeIndex e = 0; e < graph.edge_count(); ++e) {
      rapidjson::Value link = link_object(graph.edge(e), 0, a);
      for (auto m = link.MemberBegin(); m != link.MemberEnd(); ++m)
        if (!skipped(string_of(m->name), kEdgeAttributes)) see(edge_columns, string_of(m->name), m->value);
      a.Clear();
    }
    size_t next_id = 0;
    for (Columns* columns : {&node_columns, &edge_columns})
      for (auto& [name, column] : *columns) column.id = numbered('d', next_id++);

    pugi::xml_document doc;
    pugi::xml_node declaration = doc.append_child(pugi::node_declaration);
    declaration.append_attribute("version").set_value("1.0");
    declaration.append_attribute("encoding").set_value("UTF-8");
    pugi::xml_node root = doc.append_child("graphml");
    root.append_attribute("xmlns").set_value(std::string(kGraphmlNamespace).c_str());
    root.append_attribute("xmlns:xsi").set_value("http://www.w3.org/2001/XMLSchema-instance");
    root.append_attribute("xsi:schemaLocation")
        .set_value("http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
    add_keys(root, "node", node_columns);
    add_keys(root, "edge", edge_columns);

    pugi::xml_node g = root.append_child("graph");
    g.append_attribute("id").set_value("G");
    g.append_attribute("edgedefault").set_value("directed");
    g.append_child("desc").text().set(to_xml_text(to_json_text(graph_object(graph, a))).c_str());
    a.Clear();
    for (KnowledgeGraph::NodeIndex v = 0; v < graph.node_count(); ++v) {
      pugi::xml_node node = g.append_child("node");
      node.append_attribute("id").set_value(encode_name(graph.node(v).id).c_str());
      add_data(node, node_object(graph.node(v), a), node_columns, kNodeAttributes);
      a.Clear();
    }
    for (KnowledgeGraph::EdgeIndex e = 0; e < graph.edge_count(); ++e) {
      const Relation& r = graph.edge(e);
      pugi::xml_node edge = g.append_child("edge");
      edge.append_attribute("id").set_value(numbered('e', e).c_str());
      edge.append_attribute("source").set_value(encode_name(r.source).c_str());
      edge.append_attribute("target").set_value(encode_name(r.target).c_str());
      add_data(edge, link_object(r, 0, a), edge_columns, kEdgeAttributes);
      a.Clear();
    }
    doc.save(out, "  ", pugi::format_indent, pugi::encoding_utf8);
    out.flush();
    if (!out) return Status::IoError("cannot write the GraphML graph: the output stream failed");
    return Status::Ok();
  }
};

}  // namespace

std::unique_ptr<Exporter> make_graphml_exporter() { return std::make_unique<GraphmlExporter>(); }

}  // namespace newsgraph::formats
