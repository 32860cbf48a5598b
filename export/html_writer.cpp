// HTML: one self-contained page for reading a graph in a browser, with
// nothing fetched from anywhere. It holds, in order: a summary (nodes by
// type, links, documents, the span of dates), the diagram (the DOT view
// drawn as SVG by Graphviz, as `--format svg` draws it, for graphs of up to
// kMaxDrawnNodes nodes: dot takes minutes on more and draws a hairball),
// then tables of meetings, entities, links and documents. Participants,
// places, countries and link ends point to their row in the entity table;
// evidence points to its document's row. A text box above each table hides
// the rows that do not contain what is typed (a few lines of script; the
// page reads fully without it).
//
// The page is also well-formed XML (XHTML syntax in an HTML5 document:
// every element closed, every attribute quoted, text escaped), so strict
// XML readers check it; text that XML cannot hold becomes U+FFFD. Same
// graph, same bytes: nodes and links come in the graph's order.
#include <algorithm>
#include <map>
#include <ostream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "export/exporters.h"
#include "export/text.h"

namespace newsgraph::formats {

namespace {

constexpr size_t kMaxDrawnNodes = 300;

// Text as HTML (and XML) element text or attribute value.
std::string esc(std::string_view s) {
  std::string xml = to_xml_text(s);
  std::string out;
  out.reserve(xml.size());
  for (char c : xml) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      case '\r': out += "&#13;"; break;
      default: out += c;
    }
  }
  return out;
}

// Anchors: node ids and document ids may hold any character, so they are
// escaped as attribute values; "n:" and "d:" keep the two apart.
std::string node_anchor(std::string_view id) { return "n:" + std::string(id); }
std::string document_anchor(std::string_view id) { return "d:" + std::string(id); }

constexpr const char* kStyle =
    "body{font-family:sans-serif;margin:1.5em;color:#222}"
    "table{border-collapse:collapse;margin:0.5em 0 1.5em 0}"
    "th,td{border:1px solid #ccc;padding:0.25em 0.5em;text-align:left;vertical-align:top}"
    "th{background:#f0f0f0}"
    "td.n{text-align:right}"
    "blockquote{margin:0.2em 0;font-size:90%;color:#444}"
    ".note{color:#666}"
    ".diagram svg{max-width:100%;height:auto}"
    "input.filter{margin:0.2em 0;width:20em}";

// Hides the rows of the table after each filter box that do not hold its
// text (case-insensitive). No '<' or '&' in it, so the page stays XML.
constexpr const char* kScript =
    "document.querySelectorAll('input.filter').forEach(function(box){"
    "var table=document.getElementById(box.getAttribute('data-table'));"
    "box.addEventListener('input',function(){"
    "var want=box.value.toLowerCase();"
    "table.querySelectorAll('tbody tr').forEach(function(row){"
    "row.style.display=row.textContent.toLowerCase().indexOf(want)===-1?'none':'';"
    "});});});";

class HtmlExporter final : public Exporter {
 public:
  explicit HtmlExporter(const WriteOptions& options) : options_(options) {}
  std::string_view format() const override { return "html"; }

  Status write(const KnowledgeGraph& graph, std::ostream& out) const override {
    std::string diagram;
    if (graph.node_count() > 0 && graph.node_count() <= kMaxDrawnNodes) {
      WriteOptions svg_options = options_;
      std::ostringstream svg;
      if (Status s = make_render_exporter("svg", svg_options)->write(graph, svg); !s.ok()) return s;
      diagram = svg.str();
      // The page is the document: Graphviz's XML declaration, doctype and
      // comments before the <svg> element go.
      size_t start = diagram.find("<svg");
      diagram = start == std::string::npos ? std::string() : diagram.substr(start);
    }
    std::string page;
    page.reserve(4096 + graph.node_count() * 256 + graph.edge_count() * 256);
    head(graph, page);
    page += "<section id=\"diagram\" class=\"diagram\"><h2>Diagram</h2>";
    if (!diagram.empty()) {
      page += diagram;
    } else if (graph.node_count() > kMaxDrawnNodes) {
      page += "<p class=\"note\">Not drawn: " + std::to_string(graph.node_count()) + " nodes, more than " +
              std::to_string(kMaxDrawnNodes) +
              " can be drawn readably. Narrow the graph with --type, --view, --from, --to or --min-weight.</p>";
    } else {
      page += "<p class=\"note\">The graph is empty.</p>";
    }
    page += "</section>\n";
    meetings(graph, page);
    entities(graph, page);
    links(graph, page);
    documents(graph, page);
    page += "<script>";
    page += kScript;
    page += "</script>\n</body>\n</html>\n";
    out << page;
    out.flush();
    if (!out) return Status::IoError("cannot write the HTML: the output stream failed");
    return Status::Ok();
  }

 private:
  // A link to a node's row, labelled with its label; the id itself when
  // the graph has no such node.
  static std::string node_link(const KnowledgeGraph& graph, std::string_view id) {
    std::optional<KnowledgeGraph::NodeIndex> v = graph.find(id);
    std::string label = v ? graph.node_label(*v) : std::string(id);
    if (!v) return esc(label);
    return "<a href=\"#" + esc(node_anchor(id)) + "\">" + esc(label) + "</a>";
  }

  static std::string evidence_cell(const std::vector<Evidence>& evidence) {
    std::string cell;
    for (const Evidence& e : evidence) {
      cell += "<blockquote>" + esc(e.text) + " <a href=\"#" + esc(document_anchor(e.document)) + "\">[" +
              esc(e.document) + "]</a></blockquote>";
    }
    return cell;
  }

  static std::string joined(const std::set<std::string>& items) {
    std::string out;
    for (const std::string& s : items) {
      if (!out.empty()) out += "; ";
      out += s;
    }
    return out;
  }

  static void filter_box(const std::string& table, std::string& page) {
    page += "<input class=\"filter\" type=\"search\" placeholder=\"filter rows\" data-table=\"" + table + "\"/>";
  }

  void head(const KnowledgeGraph& graph, std::string& page) const {
    std::map<std::string, size_t> by_type;
    std::string first, last;
    auto span = [&](const std::string& date) {
      if (date.empty()) return;
      if (first.empty() || date < first) first = date;
      if (last.empty() || date > last) last = date;
    };
    for (KnowledgeGraph::NodeIndex v = 0; v < graph.node_count(); ++v) {
      const Entity& e = graph.node(v);
      ++by_type[std::string(to_string(e.type))];
      span(e.date);
    }
    for (const DocumentInfo& d : graph.documents()) span(d.date);
    std::string title = "newsgraph: " + std::to_string(graph.node_count()) + " nodes, " +
                        std::to_string(graph.edge_count()) + " links";
    page += "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n"
            "<meta charset=\"utf-8\"/>\n<title>" +
            esc(title) + "</title>\n<style>" + kStyle + "</style>\n</head>\n<body>\n<h1>" + esc(title) + "</h1>\n";
    page += "<p>View: " + esc(options_.view) + ". Nodes by type: ";
    bool any = false;
    for (const auto& [type, count] : by_type) {
      page += (any ? ", " : "") + esc(type) + " " + std::to_string(count);
      any = true;
    }
    if (!any) page += "none";
    page += ". Documents: " + std::to_string(graph.documents().size()) + ".";
    if (!first.empty()) page += " Dates from " + esc(first) + " to " + esc(last) + ".";
    page += "</p>\n<p><a href=\"#diagram\">Diagram</a> | <a href=\"#meetings\">Meetings</a> | "
            "<a href=\"#entities\">Entities</a> | <a href=\"#links\">Links</a> | "
            "<a href=\"#documents\">Documents</a></p>\n";
  }

  static void meetings(const KnowledgeGraph& graph, std::string& page) {
    // Participants of each meeting, from its participant links.
    std::map<KnowledgeGraph::NodeIndex, std::vector<std::string>> who;
    for (KnowledgeGraph::EdgeIndex e = 0; e < graph.edge_count(); ++e)
      if (graph.edge_type(e) == relation::kParticipant) who[graph.target(e)].push_back(graph.node_id(graph.source(e)));
    std::vector<KnowledgeGraph::NodeIndex> rows;
    for (KnowledgeGraph::NodeIndex v = 0; v < graph.node_count(); ++v) {
      const Entity& e = graph.node(v);
      if (e.type == NodeType::kEvent && (e.kind == event_kind::kMeeting || e.kind == event_kind::kPhoneCall))
        rows.push_back(v);
    }
    // Dated meetings first, oldest first; the graph's order otherwise.
    std::stable_sort(rows.begin(), rows.end(), [&](auto a, auto b) {
      const std::string &x = graph.node(a).date, &y = graph.node(b).date;
      if (x.empty() != y.empty()) return !x.empty();
      return x < y;
    });
    page += "<section id=\"meetings\"><h2>Meetings (" + std::to_string(rows.size()) + ")</h2>\n";
    if (rows.empty()) {
      page += "<p class=\"note\">No meetings or phone calls in this graph.</p></section>\n";
      return;
    }
    filter_box("meetings-table", page);
    page += "<table id=\"meetings-table\"><thead><tr><th>Date</th><th>Kind</th><th>Status</th><th>Place</th>"
            "<th>Participants</th><th>Evidence</th></tr></thead><tbody>\n";
    for (KnowledgeGraph::NodeIndex v : rows) {
      const Entity& e = graph.node(v);
      std::string people;
      for (const std::string& p : who[v]) people += (people.empty() ? "" : ", ") + node_link(graph, p);
      page += "<tr id=\"" + esc(node_anchor(e.id)) + "\"><td>" + esc(e.date) + "</td><td>" +
              esc(e.kind == event_kind::kPhoneCall ? "phone call" : "meeting") + "</td><td>" + esc(e.status) +
              "</td><td>" + (e.place.empty() ? std::string() : node_link(graph, e.place)) + "</td><td>" + people +
              "</td><td>" + evidence_cell(e.evidence) + "</td></tr>\n";
    }
    page += "</tbody></table></section>\n";
  }

  static void entities(const KnowledgeGraph& graph, std::string& page) {
    size_t count = 0;
    for (KnowledgeGraph::NodeIndex v = 0; v < graph.node_count(); ++v) {
      const Entity& e = graph.node(v);
      count += !(e.type == NodeType::kEvent && (e.kind == event_kind::kMeeting || e.kind == event_kind::kPhoneCall));
    }
    page += "<section id=\"entities\"><h2>Entities (" + std::to_string(count) + ")</h2>\n";
    filter_box("entities-table", page);
    page += "<table id=\"entities-table\"><thead><tr><th>Label</th><th>Type</th><th>Country</th><th>Roles</th>"
            "<th>Mentions</th><th>Documents</th><th>Also written</th></tr></thead><tbody>\n";
    for (KnowledgeGraph::NodeIndex v = 0; v < graph.node_count(); ++v) {
      const Entity& e = graph.node(v);
      if (e.type == NodeType::kEvent && (e.kind == event_kind::kMeeting || e.kind == event_kind::kPhoneCall))
        continue;
      std::set<std::string> aliases;
      for (const auto& [name, n] : e.names)
        if (name != e.label) aliases.insert(name);
      std::string type(to_string(e.type));
      if (!e.kind.empty()) type += " (" + e.kind + ")";
      page += "<tr id=\"" + esc(node_anchor(e.id)) + "\"><td>" + esc(e.label) + "</td><td>" + esc(type) +
              "</td><td>" + (e.country.empty() ? std::string() : node_link(graph, e.country)) + "</td><td>" +
              esc(joined(e.roles)) + "</td><td class=\"n\">" + std::to_string(e.mentions) + "</td><td class=\"n\">" +
              std::to_string(e.documents.size()) + "</td><td>" + esc(joined(aliases)) + "</td></tr>\n";
    }
    page += "</tbody></table></section>\n";
  }

  static void links(const KnowledgeGraph& graph, std::string& page) {
    page += "<section id=\"links\"><h2>Links (" + std::to_string(graph.edge_count()) + ")</h2>\n";
    filter_box("links-table", page);
    page += "<table id=\"links-table\"><thead><tr><th>From</th><th>Link</th><th>To</th><th>Weight</th>"
            "<th>Date</th><th>Roles</th><th>Evidence</th></tr></thead><tbody>\n";
    for (KnowledgeGraph::EdgeIndex i = 0; i < graph.edge_count(); ++i) {
      const Relation r = graph.edge(i);
      // The meetings view lists a pair's dates as an attribute.
      std::string date = r.date;
      if (auto it = r.attributes.find("dates"); date.empty() && it != r.attributes.end())
        if (const auto* dates = std::get_if<std::vector<std::string>>(&it->second))
          date = joined(std::set<std::string>(dates->begin(), dates->end()));
      page += "<tr><td>" + node_link(graph, r.source) + "</td><td>" + esc(r.type) + "</td><td>" +
              node_link(graph, r.target) + "</td><td class=\"n\">" + std::to_string(r.weight) + "</td><td>" +
              esc(date) + "</td><td>" + esc(joined(r.roles)) + "</td><td>" + evidence_cell(r.evidence) +
              "</td></tr>\n";
    }
    page += "</tbody></table></section>\n";
  }

  static void documents(const KnowledgeGraph& graph, std::string& page) {
    page += "<section id=\"documents\"><h2>Documents (" + std::to_string(graph.documents().size()) + ")</h2>\n";
    filter_box("documents-table", page);
    page += "<table id=\"documents-table\"><thead><tr><th>Id</th><th>Date</th><th>Title</th><th>Source</th>"
            "</tr></thead><tbody>\n";
    for (const DocumentInfo& d : graph.documents()) {
      std::string source = esc(d.source.empty() ? d.url : d.source);
      if (!d.url.empty()) source = "<a href=\"" + esc(d.url) + "\">" + source + "</a>";
      page += "<tr id=\"" + esc(document_anchor(d.id)) + "\"><td>" + esc(d.id) + "</td><td>" + esc(d.date) +
              "</td><td>" + esc(d.title) + "</td><td>" + source + "</td></tr>\n";
    }
    page += "</tbody></table></section>\n";
  }

  WriteOptions options_;
};

}  // namespace

std::unique_ptr<Exporter> make_html_exporter(const WriteOptions& options) {
  return std::make_unique<HtmlExporter>(options);
}

}  // namespace newsgraph::formats
