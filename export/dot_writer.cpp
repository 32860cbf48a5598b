// The DOT writer (CONTRACT.md, "DOT"), through Graphviz's cgraph: cgraph
// quotes names and values as the DOT grammar needs; what Graphviz makes of
// a label's text (\ escapes, HTML entities) is escaped here.
#include <charconv>
#include <cmath>
#include <cstdio>
#include <map>
#include <memory>
#include <ostream>

#include <graphviz/cgraph.h>

#include "export/exporters.h"
#include "export/graphviz_io.h"
#include "export/palette.h"
#include "export/text.h"

namespace newsgraph::formats {

namespace {

// ---------------------------------------------------------------------------
// cgraph plumbing

struct CloseGraph {
  void operator()(Agraph_t* g) const { agclose(g); }
};
using GraphHandle = std::unique_ptr<Agraph_t, CloseGraph>;

// cgraph takes char* but copies and never writes through it.
char* c(const std::string& s) { return const_cast<char*>(s.c_str()); }
char* c(const char* s) { return const_cast<char*>(s); }

void set(void* object, const char* name, const std::string& value) { agsafeset(object, c(name), c(value), c("")); }

// ---------------------------------------------------------------------------
// Text

// A label as Graphviz shows it: a backslash starts an escape (\n, \N, ...)
// and &name; is an HTML entity, so both are escaped; line breaks become
// \n; other control characters and invalid UTF-8 (which Graphviz warns
// about) become U+FFFD.
std::string escape_label(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    size_t start = i;
    char32_t ch = next_code_point(s, i);
    switch (ch) {
      case '\\': out += "\\\\"; break;
      case '&': out += "&amp;"; break;
      case '\n': out += "\\n"; break;
      case '\r':
        if (s.substr(i, 1) != "\n") out += "\\n";
        break;
      case '\t': out += ' '; break;
      default:
        if (ch == kInvalidCodePoint || ch < 0x20 || ch == 0x7F) append_utf8(out, 0xFFFD);
        else out.append(s.substr(start, i - start));
    }
  }
  return out;
}

// A node name: cgraph quotes it and escapes its quotes but not its
// backslashes, and "a\" would end in an escaped quote.
std::string escape_name(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    size_t start = i;
    char32_t ch = next_code_point(s, i);
    if (ch == '\\') out += "\\\\";
    else if (ch == kInvalidCodePoint) append_utf8(out, 0xFFFD);
    else out.append(s.substr(start, i - start));
  }
  return out;
}

// ---------------------------------------------------------------------------
// Style

// 1 for one meeting, thicker with more: 1 + 2 log2(weight), two decimals.
std::string pen_width(uint64_t weight) {
  double width = weight > 1 ? 1 + 2 * std::log2(static_cast<double>(weight)) : 1;
  width = std::round(width * 100) / 100;
  char buffer[32];
  auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, width);
  return std::string(buffer, end);
}

// "3" and the dates of the meetings, three to a line, at most six.
std::string meeting_label(const Relation& r) {
  std::string label = std::to_string(r.weight);
  auto it = r.attributes.find("dates");
  if (it == r.attributes.end()) return label;
  const auto* dates = std::get_if<std::vector<std::string>>(&it->second);
  if (!dates || dates->empty()) return label;
  constexpr size_t kShown = 6, kPerLine = 3;
  for (size_t i = 0; i < dates->size() && i < kShown; ++i) label += (i % kPerLine == 0 ? "\n" : ", ") + (*dates)[i];
  if (dates->size() > kShown) label += "\n+" + std::to_string(dates->size() - kShown) + " more";
  return label;
}

// The country a node is drawn with under --cluster country: its own id
// for a country, else its country; "" for none.
const std::string& cluster_of(const Entity& e) { return e.type == NodeType::kCountry ? e.id : e.country; }

// A name for a node id whose node is not in the view (the meetings view
// has people, not countries): "country:united_states" -> "United States".
std::string name_from_id(std::string_view id) {
  size_t colon = id.find(':');
  std::string name(colon == std::string_view::npos ? id : id.substr(colon + 1));
  bool word_start = true;
  for (char& ch : name) {
    if (ch == '_') ch = ' ';
    if (word_start && ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
    word_start = ch == ' ';
  }
  return name;
}

// One subgraph "cluster_<country id>" per country that has nodes, made in
// the order of their ids so that the output is the same every time, each
// labelled with the country's label when its node is in the graph, else
// with a name made from its id.
std::map<std::string, Agraph_t*> add_country_clusters(Agraph_t* g, const KnowledgeGraph& graph) {
  std::map<std::string, std::string> labels;
  for (KnowledgeGraph::NodeIndex v = 0; v < graph.node_count(); ++v) {
    const Entity& e = graph.node(v);
    if (const std::string& country = cluster_of(e); !country.empty()) labels.emplace(country, name_from_id(country));
  }
  for (KnowledgeGraph::NodeIndex v = 0; v < graph.node_count(); ++v) {
    const Entity& e = graph.node(v);
    auto it = labels.find(e.id);
    if (it != labels.end() && !e.label.empty()) it->second = e.label;
  }
  std::map<std::string, Agraph_t*> clusters;
  for (const auto& [country, label] : labels) {
    Agraph_t* sub = agsubg(g, c("cluster_" + escape_name(country)), 1);
    set(sub, "label", escape_label(label));
    set(sub, "style", "rounded");
    set(sub, "color", "#9e9e9e");
    clusters.emplace(country, sub);
  }
  return clusters;
}

class DotExporter final : public Exporter {
 public:
  DotExporter(std::string view, std::string cluster) : view_(std::move(view)), cluster_(std::move(cluster)) {}
  std::string_view format() const override { return "dot"; }

  Status write(const KnowledgeGraph& graph, std::ostream& out) const override {
    if (!cluster_.empty() && cluster_ != "country")
      return Status::BadUsage("unknown cluster '" + cluster_ + "' (country)");
    // The meetings and countries views link pairs: undirected, weighted.
    bool pairs = view_ == "meetings" || view_ == "countries";
    GraphHandle g(agopen(c("newsgraph"), pairs ? Agundirected : Agdirected, ostream_discipline()));
    if (!g) return Status::IoError("cannot write the DOT graph: Graphviz could not create it");
    agattr(g.get(), AGNODE, c("style"), c("filled"));
    agattr(g.get(), AGNODE, c("shape"), c("ellipse"));
    agattr(g.get(), AGNODE, c("fillcolor"), c("#d9d9d9"));
    agattr(g.get(), AGNODE, c("label"), c("\\N"));
    agattr(g.get(), AGNODE, c("tooltip"), c(""));
    agattr(g.get(), AGEDGE, c("label"), c(""));
    if (pairs) agattr(g.get(), AGEDGE, c("penwidth"), c("1"));

    std::map<std::string, Agraph_t*> clusters;
    if (cluster_ == "country") clusters = add_country_clusters(g.get(), graph);
    std::vector<Agnode_t*> nodes(graph.node_count());
    for (KnowledgeGraph::NodeIndex v = 0; v < graph.node_count(); ++v) {
      const Entity& e = graph.node(v);
      nodes[v] = agnode(g.get(), c(escape_name(e.id)), 1);
      if (auto it = clusters.find(cluster_of(e)); it != clusters.end()) agsubnode(it->second, nodes[v], 1);
      NodeStyle style = node_style(e.type);
      set(nodes[v], "shape", style.shape);
      set(nodes[v], "fillcolor", style.fill);
      set(nodes[v], "label", escape_label(e.label.empty() ? e.id : e.label));
      set(nodes[v], "tooltip", escape_label(e.id));
    }
    for (KnowledgeGraph::EdgeIndex i = 0; i < graph.edge_count(); ++i) {
      const Relation r = graph.edge(i);
      Agedge_t* edge = agedge(g.get(), nodes[graph.source(i)], nodes[graph.target(i)], nullptr, 1);
      if (pairs) {
        set(edge, "label", escape_label(meeting_label(r)));
        set(edge, "penwidth", pen_width(r.weight));
      } else {
        set(edge, "label", escape_label(r.type));
      }
    }
    int written = agwrite(g.get(), &out);
    if (written == EOF || !out) return Status::IoError("cannot write the DOT graph: the output stream failed");
    return Status::Ok();
  }

 private:
  std::string view_, cluster_;
};

}  // namespace

std::unique_ptr<Exporter> make_dot_exporter(const WriteOptions& options) {
  return std::make_unique<DotExporter>(options.view, options.cluster);
}

}  // namespace newsgraph::formats
