// Checks on a graph through the writers and readers of export/ (export.h:
// "what write() wrote is read back without loss").
#include <algorithm>
#include <sstream>

#include "export/export.h"
#include "tests/fuzz/fuzz_checks.h"

namespace newsgraph::fuzz {
namespace {

std::string write(const KnowledgeGraph& graph, std::string_view format) {
  std::unique_ptr<formats::Exporter> exporter = formats::make_exporter(format);
  require(exporter != nullptr, "no exporter for a format export.h names", format);
  std::ostringstream out;
  Status status = exporter->write(graph, out);
  require(status.ok(), "a writer failed on a valid graph", std::string(format) + ": " + status.message());
  return std::move(out).str();
}

// Where two outputs part, with some text of each around that place.
std::string first_difference(std::string_view a, std::string_view b) {
  size_t at = std::mismatch(a.begin(), a.begin() + std::min(a.size(), b.size()), b.begin()).first - a.begin();
  size_t from = at < 80 ? 0 : at - 80;
  return "at byte " + std::to_string(at) + "\n first: " + std::string(a.substr(from, 200)) +
         "\nsecond: " + std::string(b.substr(from, 200));
}

void check_round_trips(const KnowledgeGraph& graph, std::string_view what) {
  std::string json = write(graph, "json");

  Result<KnowledgeGraph> from_json = formats::parse_json_graph(json, "written.json");
  require(from_json.ok(), "written JSON does not read back", std::string(what) + ": " + from_json.status().message());
  std::string json_again = write(from_json.value(), "json");
  require(json_again == json, "JSON written, read and written again differs",
          std::string(what) + " " + first_difference(json, json_again));

  std::string graphml = write(graph, "graphml");
  size_t bad = 0;
  require(is_xml_text(graphml, bad), "GraphML holds a character XML 1.0 does not allow",
          std::string(what) + " at byte " + std::to_string(bad) + ": " + graphml.substr(bad < 80 ? 0 : bad - 80, 160));
  Result<KnowledgeGraph> from_graphml = formats::parse_graphml(graphml, "written.graphml");
  require(from_graphml.ok(), "written GraphML does not read back",
          std::string(what) + ": " + from_graphml.status().message());
  std::string json_from_graphml = write(from_graphml.value(), "json");
  require(json_from_graphml == json, "GraphML written and read back gives other JSON",
          std::string(what) + " " + first_difference(json, json_from_graphml));

  require(!write(graph, "dot").empty(), "DOT writer wrote nothing", what);
}

}  // namespace

void check_graph(const KnowledgeGraph& graph) {
  check_round_trips(graph, "graph");
  for (const char* name : {"meetings", "countries"}) {
    ViewOptions options;
    options.view = name;
    Result<KnowledgeGraph> view = make_view(graph, options);
    require(view.ok(), "make_view failed with valid options", name + (": " + view.status().message()));
    check_round_trips(view.value(), std::string(name) + " view");
  }
}

void check_parse_error(const Status& status, const std::string& source) {
  require(status.code() == Status::Code::kBadInput, "a graph reader failed with a code other than bad input",
          status.message());
  require(status.message().starts_with(source + ": "), "a graph reader's error does not begin with the source",
          status.message());
}

}  // namespace newsgraph::fuzz
