// export: the graph written to and read from files.
//
// What this header offers (namespace newsgraph::formats, since `export` is
// a C++ keyword):
//   - Exporter, one per format: JSON node-link (RapidJSON), GraphML
//     (pugixml), DOT (Graphviz cgraph). Formats follow ../shared/CONTRACT.md.
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

#include "graph/graph.h"

namespace newsgraph::formats {

struct WriteOptions {
  bool pretty = false;  // JSON: indented
  // DOT: the view the graph is ("full", "meetings", "countries"); it picks
  // how edges are drawn (weights and dates on met_with edges).
  std::string view = "full";
};

// Writes a graph in one format. Writers never fail on a valid graph except
// for I/O; they return kIoError when the stream fails.
class Exporter {
 public:
  virtual ~Exporter() = default;
  virtual std::string_view format() const = 0;
  virtual Status write(const KnowledgeGraph& graph, std::ostream& out) const = 0;
};

// "json", "graphml" or "dot"; nullptr for any other name.
std::unique_ptr<Exporter> make_exporter(std::string_view format, const WriteOptions& options = {});

// The format a file name implies by its extension (".json" -> "json",
// ".graphml", ".dot"/".gv" -> "dot"), or nullopt.
std::optional<std::string> format_for_path(std::string_view path);

// Reads a graph from JSON or GraphML, by content. `source` names it in
// messages ("graph.json: line 3: ..."). Bad input gives kBadInput.
Result<KnowledgeGraph> parse_json_graph(std::string_view bytes, const std::string& source);
Result<KnowledgeGraph> parse_graphml(std::string_view bytes, const std::string& source);
// Reads a graph file ("-": standard input), JSON or GraphML by content.
Result<KnowledgeGraph> read_graph(const std::string& path);

// Writes a file whole or not at all: `body` writes to a temporary file in
// the same folder, which is renamed over `path` only when body and the
// flush succeed; on failure nothing is left behind and an existing file is
// untouched. "-" writes to standard output.
Status write_file(const std::string& path, const std::function<Status(std::ostream&)>& body);

}  // namespace newsgraph::formats
