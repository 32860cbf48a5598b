// export: the graph written to and read from files.
//
// What this header offers (namespace newsgraph::formats, since `export` is
// a C++ keyword):
//   - Exporter, one per format: JSON node-link (RapidJSON), GraphML and
//     GEXF 1.3 (pugixml), DOT (Graphviz cgraph), CSV for graph databases
//     (two files: nodes and edges), the DOT view rendered to SVG, PNG
//     or PDF (Graphviz gvc), and HTML: one self-contained page with the
//     drawing and tables of meetings, entities, links and documents, with
//     their evidence. Formats follow ../shared/CONTRACT.md.
//   - Readers for JSON node-link and GraphML: what write() wrote is read
//     back without loss (write(read(write(g))) is byte-identical), and any
//     networkx node_link_data JSON reads too (a node without type reads as
//     entity, one without label takes its id).
//   - write_file(): whole files or nothing (temporary file, then rename).
#pragma once

#include <functional>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/graph.h"

namespace newsgraph::formats {

struct WriteOptions {
  bool pretty = false;  // JSON: indented
  // DOT, GEXF and the renderings: the view the graph is ("full",
  // "meetings", "countries"). The meetings and countries views link pairs:
  // their edges are undirected, and DOT draws their weights and dates.
  std::string view = "full";
  // GEXF: the numeric node field or attribute ("mentions", a centrality
  // score) that sets viz:size, from 10 for the smallest value (and nodes
  // without one) to 50 for the largest. Empty: 10 + 5 log2(1 + mentions).
  // A name that no node of a non-empty graph has as a number is
  // kBadUsage.
  std::string size_by;
  // GEXF: mode="dynamic" with spells of days from the dates of events,
  // meetings and documents (the rules: timeline.h), so that Gephi's
  // timeline plays the graph over time.
  bool dynamic = false;
  // SVG, PNG, PDF: the Graphviz layout, one of render_layouts(); another
  // name is kBadUsage.
  std::string layout = "dot";
  // DOT and the renderings: "country" draws a box round each country's
  // nodes (those whose country it is, and the country's own node),
  // labelled with the country's name; "" draws none. Another value is
  // kBadUsage. dot lays clusters out; neato and sfdp ignore them.
  std::string cluster;
};

// Writes a graph in one format. Writers fail only on I/O (kIoError when
// the stream fails) and on options that do not fit the graph (kBadUsage,
// see WriteOptions); rendering also fails when Graphviz reports an error.
class Exporter {
 public:
  virtual ~Exporter() = default;
  virtual std::string_view format() const = 0;
  // One file's bytes. CSV, being two files, only saves (kBadUsage here).
  virtual Status write(const KnowledgeGraph& graph, std::ostream& out) const = 0;
  // Writes the file(s) `path` names, whole or not at all: write() through
  // write_file(), so "-" is standard output; CSV overrides it (csv_files).
  virtual Status save(const KnowledgeGraph& graph, const std::string& path) const;
};

// "json", "graphml", "gexf", "dot", "csv", "html", "svg", "png" or "pdf";
// nullptr for any other name.
std::unique_ptr<Exporter> make_exporter(std::string_view format, const WriteOptions& options = {});

// The format a file name implies by its extension (".json" -> "json",
// ".graphml", ".gexf", ".dot"/".gv" -> "dot", ".csv", ".html"/".htm" ->
// "html", ".svg", ".png", ".pdf"), "csv" for a folder named with a final
// '/' (see csv_files), or nullopt.
std::optional<std::string> format_for_path(std::string_view path);

// The layouts WriteOptions::layout takes: "dot", "neato", "sfdp".
const std::vector<std::string>& render_layouts();

// CSV for graph databases: the node-link fields as columns of two files in
// the header form of `neo4j-admin database import` (nodes: :ID, :LABEL and
// typed properties such as mentions:long and roles:string[] with ';'
// between items; edges: :START_ID, :END_ID, :TYPE, weight:long, ...), with
// the plain columns Gephi's spreadsheet import looks for (id, label;
// source, target, label, Weight). RFC 4180: CRLF line ends, fields with
// commas, quotes or line breaks quoted. See csv_writer.cpp for the columns.
struct CsvFiles {
  std::string nodes, edges;
};
// The files `-o OUTPUT` names: an existing folder, or a path ending in
// '/', holds nodes.csv and edges.csv; any other path is a prefix, less a
// final ".csv": "out/graph.csv" -> out/graph.nodes.csv, out/graph.edges.csv.
// "-" and "" are kBadUsage (two files cannot go to standard output).
Result<CsvFiles> csv_files(const std::string& output);
Status write_csv_nodes(const KnowledgeGraph& graph, std::ostream& out);
Status write_csv_edges(const KnowledgeGraph& graph, std::ostream& out);
// Writes both files whole, each through write_file(), and never one
// without the other: both are written to temporaries before either is
// renamed into place, and should the second rename fail after the first,
// both files are removed. A folder in the place of either is kIoError
// before anything is written.
Status save_csv(const KnowledgeGraph& graph, const CsvFiles& files);

// Reads a graph from JSON or GraphML, by content. `source` names it in
// messages ("graph.json: line 3: ..."). Bad input gives kBadInput.
Result<KnowledgeGraph> parse_json_graph(std::string_view bytes, const std::string& source);
Result<KnowledgeGraph> parse_graphml(std::string_view bytes, const std::string& source);
// Reads a graph file ("-": standard input), JSON or GraphML by content.
Result<KnowledgeGraph> read_graph(const std::string& path);

// Writes a file whole or not at all: `body` writes to a temporary file in
// the same folder, which is renamed over `path` only when body and the
// flush succeed; on failure nothing is left behind and an existing file is
// untouched. "-" writes to standard output. A device, pipe or socket
// (/dev/null, /dev/full, a FIFO) is written in place, its write errors
// failing the call; a symbolic link to a file is followed and kept.
Status write_file(const std::string& path, const std::function<Status(std::ostream&)>& body);

}  // namespace newsgraph::formats
