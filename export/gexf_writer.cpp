// The GEXF 1.3 writer (Gephi's own format; valid against
// ../shared/schemas/gexf-1.3/gexf.rng): the node-link objects of
// node_link.h as typed <attribute>s, with viz: colours and sizes.
//
// - A node's id and label are its XML attributes; every other field and
//   attribute is an <attvalue> of a typed <attribute> (string, boolean,
//   long, double). Lists, objects and columns of mixed kinds are JSON
//   text in string attributes, as in GraphML.
// - An edge's label and kind are its relation type (Gephi keeps parallel
//   edges of different kinds apart), its weight the weight; its other
//   fields, the type included, are attvalues. Link attributes named id or
//   label are left out: readers take those names for the edge's own.
// - The graph's documents and attributes have no place in GEXF.
// - Text XML cannot hold (control characters, invalid UTF-8) becomes
//   U+FFFD: GEXF is written for Gephi and networkx, not read back here.
// - Edges are directed but in the meetings and countries views.
// - viz:color is the DOT palette's fill; viz:size follows
//   WriteOptions::size_by.
// - Dynamic mode: spells of days (timeformat="date") by timeline.h's rules.
#include <cmath>
#include <optional>
#include <ostream>

#include <pugixml.hpp>

#include "export/columns.h"
#include "export/exporters.h"
#include "export/node_link.h"
#include "export/palette.h"
#include "export/text.h"
#include "export/timeline.h"

namespace newsgraph::formats {

namespace {

constexpr std::string_view kNamespace = "http://gexf.net/1.3";
constexpr std::string_view kVizNamespace = "http://gexf.net/1.3/viz";

// Fields that are XML attributes of <node> and <edge> rather than
// attvalues; a link's key is implied by the edge ids.
constexpr std::string_view kNodeOwn[] = {"id", "label"};
constexpr std::string_view kEdgeOwn[] = {"source", "target", "key", "weight", "id", "label"};

constexpr double kMinSize = 10, kMaxSize = 50;

// Lists are strings in GEXF (JSON text, as in GraphML).
ColumnKind gexf_kind(const rapidjson::Value& v) {
  ColumnKind kind = kind_of(v);
  return kind == ColumnKind::kStringList ? ColumnKind::kJson : kind;
}

const char* gexf_type(ColumnKind kind) {
  switch (kind) {
    case ColumnKind::kBoolean: return "boolean";
    case ColumnKind::kLong: return "long";
    case ColumnKind::kDouble: return "double";
    default: return "string";
  }
}

// An attribute's column: its kind and its id ("0", "1", ... in name order).
struct Column {
  ColumnKind kind;
  std::string id;
};
using Columns = std::map<std::string, Column, std::less<>>;

Columns number(const ColumnKinds& kinds) {
  Columns columns;
  for (const auto& [name, kind] : kinds) columns.emplace(name, Column{kind, std::to_string(columns.size())});
  return columns;
}

void set(pugi::xml_node element, const char* name, std::string_view value) {
  element.append_attribute(name).set_value(to_xml_text(value).c_str());
}

void add_declarations(pugi::xml_node graph, const char* domain, const Columns& columns) {
  if (columns.empty()) return;
  pugi::xml_node attributes = graph.append_child("attributes");
  attributes.append_attribute("class").set_value(domain);
  for (const auto& [name, column] : columns) {
    pugi::xml_node a = attributes.append_child("attribute");
    a.append_attribute("id").set_value(column.id.c_str());
    set(a, "title", name);
    a.append_attribute("type").set_value(gexf_type(column.kind));
  }
}

void add_attvalues(pugi::xml_node element, const rapidjson::Value& object, const Columns& columns,
                   std::span<const std::string_view> skip) {
  pugi::xml_node values;
  for (auto m = object.MemberBegin(); m != object.MemberEnd(); ++m) {
    std::string_view name(m->name.GetString(), m->name.GetStringLength());
    if (is_skipped(name, skip)) continue;
    const Column& column = columns.find(name)->second;
    if (!values) values = element.append_child("attvalues");
    pugi::xml_node value = values.append_child("attvalue");
    value.append_attribute("for").set_value(column.id.c_str());
    set(value, "value", cell_text(m->value, column.kind));
  }
}

void add_spells(pugi::xml_node element, const std::vector<Spell>& spells) {
  if (spells.empty()) return;
  pugi::xml_node list = element.append_child("spells");
  for (const Spell& s : spells) {
    pugi::xml_node spell = list.append_child("spell");
    spell.append_attribute("start").set_value(s.start.c_str());
    spell.append_attribute("end").set_value(s.end.c_str());
  }
}

std::string size_text(double size) { return number_text(std::round(size * 100) / 100); }

// viz:size of every node, by WriteOptions::size_by.
Result<std::vector<double>> node_sizes(const KnowledgeGraph& graph, const std::string& size_by) {
  std::vector<double> sizes(graph.node_count(), kMinSize);
  if (size_by.empty()) {
    for (KnowledgeGraph::NodeIndex v = 0; v < graph.node_count(); ++v)
      sizes[v] = kMinSize + 5 * std::log2(1 + static_cast<double>(graph.node(v).mentions));
    return sizes;
  }
  std::vector<std::optional<double>> values(graph.node_count());
  std::optional<double> low, high;
  JsonAllocator a;
  for (KnowledgeGraph::NodeIndex v = 0; v < graph.node_count(); ++v) {
    // Mentions are a count, so a node without any has 0 (node_object
    // leaves zero counts out).
    if (size_by == "mentions") {
      values[v] = static_cast<double>(graph.node(v).mentions);
    } else {
      const Entity e = graph.node(v);  // the node object refers to its strings
      rapidjson::Value node = node_object(e, a);
      auto it = node.FindMember(rapidjson::StringRef(size_by.data(), static_cast<rapidjson::SizeType>(size_by.size())));
      if (it != node.MemberEnd() && it->value.IsNumber() && std::isfinite(it->value.GetDouble()))
        values[v] = it->value.GetDouble();
      a.Clear();
    }
    if (values[v]) {
      low = std::min(low.value_or(*values[v]), *values[v]);
      high = std::max(high.value_or(*values[v]), *values[v]);
    }
  }
  if (!low && graph.node_count() > 0)
    return Status::BadUsage("no node has a number in \"" + size_by + "\" to size the nodes by");
  for (KnowledgeGraph::NodeIndex v = 0; v < graph.node_count(); ++v)
    if (values[v] && *high > *low) sizes[v] = kMinSize + (kMaxSize - kMinSize) * (*values[v] - *low) / (*high - *low);
  return sizes;
}

class GexfExporter final : public Exporter {
 public:
  explicit GexfExporter(const WriteOptions& options) : options_(options) {}
  std::string_view format() const override { return "gexf"; }

  Status write(const KnowledgeGraph& graph, std::ostream& out) const override {
    Result<std::vector<double>> sizes = node_sizes(graph, options_.size_by);
    if (!sizes.ok()) return sizes.status();
    JsonAllocator a;
    // First pass: the attributes, and of which types.
    ColumnKinds node_kinds, edge_kinds;
    for (KnowledgeGraph::NodeIndex v = 0; v < graph.node_count(); ++v) {
      see_members(node_kinds, node_object(graph.node(v), a), kNodeOwn, gexf_kind);
      a.Clear();
    }
    for (KnowledgeGraph::EdgeIndex e = 0; e < graph.edge_count(); ++e) {
      see_members(edge_kinds, link_object(graph.edge(e), 0, a), kEdgeOwn, gexf_kind);
      a.Clear();
    }
    Columns node_columns = number(node_kinds), edge_columns = number(edge_kinds);
    std::optional<Timeline> timeline;
    if (options_.dynamic) timeline = make_timeline(graph);

    pugi::xml_document doc;
    pugi::xml_node declaration = doc.append_child(pugi::node_declaration);
    declaration.append_attribute("version").set_value("1.0");
    declaration.append_attribute("encoding").set_value("UTF-8");
    pugi::xml_node root = doc.append_child("gexf");
    root.append_attribute("xmlns").set_value(std::string(kNamespace).c_str());
    root.append_attribute("xmlns:viz").set_value(std::string(kVizNamespace).c_str());
    root.append_attribute("version").set_value("1.3");
    root.append_child("meta").append_child("creator").text().set(generator().c_str());

    pugi::xml_node g = root.append_child("graph");
    bool pairs = options_.view == "meetings" || options_.view == "countries";
    g.append_attribute("defaultedgetype").set_value(pairs ? "undirected" : "directed");
    if (timeline) {
      g.append_attribute("mode").set_value("dynamic");
      g.append_attribute("timeformat").set_value("date");
    }
    add_declarations(g, "node", node_columns);
    add_declarations(g, "edge", edge_columns);

    pugi::xml_node nodes = g.append_child("nodes");
    nodes.append_attribute("count").set_value(static_cast<unsigned long long>(graph.node_count()));
    for (KnowledgeGraph::NodeIndex v = 0; v < graph.node_count(); ++v) {
      const Entity& e = graph.node(v);
      pugi::xml_node node = nodes.append_child("node");
      set(node, "id", e.id);
      set(node, "label", e.label);
      add_attvalues(node, node_object(e, a), node_columns, kNodeOwn);
      a.Clear();
      if (timeline && timeline->nodes[v]) add_spells(node, {*timeline->nodes[v]});
      Rgb fill = rgb_of(node_style(e.type).fill);
      pugi::xml_node color = node.append_child("viz:color");
      color.append_attribute("r").set_value(fill.r);
      color.append_attribute("g").set_value(fill.g);
      color.append_attribute("b").set_value(fill.b);
      node.append_child("viz:size").append_attribute("value").set_value(size_text(sizes.value()[v]).c_str());
    }
    pugi::xml_node edges = g.append_child("edges");
    edges.append_attribute("count").set_value(static_cast<unsigned long long>(graph.edge_count()));
    for (KnowledgeGraph::EdgeIndex i = 0; i < graph.edge_count(); ++i) {
      const Relation r = graph.edge(i);
      pugi::xml_node edge = edges.append_child("edge");
      edge.append_attribute("id").set_value(std::to_string(i).c_str());
      set(edge, "source", r.source);
      set(edge, "target", r.target);
      set(edge, "label", r.type);
      set(edge, "kind", r.type);
      edge.append_attribute("weight").set_value(std::to_string(r.weight).c_str());
      add_attvalues(edge, link_object(r, 0, a), edge_columns, kEdgeOwn);
      a.Clear();
      if (timeline) add_spells(edge, timeline->edges[i]);
    }
    doc.save(out, "  ", pugi::format_indent, pugi::encoding_utf8);
    out.flush();
    if (!out) return Status::IoError("cannot write the GEXF graph: the output stream failed");
    return Status::Ok();
  }

 private:
  WriteOptions options_;
};

}  // namespace

std::unique_ptr<Exporter> make_gexf_exporter(const WriteOptions& options) {
  return std::make_unique<GexfExporter>(options);
}

}  // namespace newsgraph::formats
