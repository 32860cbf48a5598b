// Internal to cli/: one function per subcommand, each taking its parsed
// options as a plain struct and returning the process exit code
// (CONTRACT.md: 0 success, 1 bad input, 2 bad usage). main.cpp parses the
// command line and calls them.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "graph/graph.h"

namespace newsgraph::cli {

// Filters and view shared by every command that reads a graph.
struct GraphQuery {
  std::string view = "full";
  std::string types;  // comma-separated node types
  std::string from, to;
  double min_weight = 0;
};

struct BuildOptions {
  std::vector<std::string> inputs;
  std::string output = "-";
  unsigned threads = 0;  // 0: all cores
  std::string shard;     // "K/N", empty: all documents
  std::string lexicon;
  bool name_model = false;  // run the statistical name tagger after the rules
  std::string data_dir;  // empty: NEWSGRAPH_DATA, else the built-in data folder
  size_t max_article_bytes = 20u << 20;
  bool pretty = false;
  bool quiet = false;
};

struct StatsOptions {
  std::string graph;
  bool json = false;
};

struct CentralityOptions {
  std::string graph;
  std::string measure;
  GraphQuery query;
  size_t top = 20;
  bool json = false, csv = false, weighted = false;
  unsigned threads = 0;
  size_t sample = 0;
  uint64_t seed = 0;
};

struct ExportOptions {
  std::string graph;
  std::string format;  // empty: from the output's extension
  GraphQuery query;
  std::string output = "-";  // CSV: a folder or NAME.csv (formats::csv_files)
  bool pretty = false;
  std::string layout;   // svg, png, pdf; empty: dot
  std::string cluster;  // dot, svg, png, pdf: "" or "country"
  bool dynamic = false;  // gexf
  std::string size_by;   // gexf
};

struct MergeOptions {
  std::vector<std::string> graphs;
  std::string output = "-";
  bool pretty = false;
};

int run_build(const BuildOptions& options);
int run_stats(const StatsOptions& options);
int run_centrality(const CentralityOptions& options);
int run_export(const ExportOptions& options);
int run_merge(const MergeOptions& options);

// communities, path, neighbors (communities_command.cpp, path_command.cpp,
// neighbors_command.cpp).

struct CommunitiesOptions {
  std::string graph;
  GraphQuery query;
  uint64_t seed = 0;
  double resolution = 1;
  bool weighted = false;
  size_t top = 20;    // communities to summarise (0 = all); --json lists all
  bool json = false;
  std::string write;  // a graph file to write with a `community` node attribute; empty: none
};

struct PathOptions {
  std::string graph;
  std::string from, to;  // labels, aliases or ids
  GraphQuery query;
  bool json = false;
};

struct NeighborsOptions {
  std::string graph;
  std::string name;  // a label, alias or id
  GraphQuery query;
  uint32_t depth = 1;
  bool json = false;
};

int run_communities(const CommunitiesOptions& options);
int run_path(const PathOptions& options);
int run_neighbors(const NeighborsOptions& options);

// How path and neighbors describe nodes and relations (path_command.cpp).
// "Label [id]".
std::string node_name(const Entity& entity);
// A relation's date: its own, else its `dates` attribute (met_with edges of
// the meetings view), else the date of an event at either end; "" if none.
std::string relation_date(const KnowledgeGraph& graph, KnowledgeGraph::EdgeIndex e);
// "--type-->" when the relation leaves `from`, else "<--type--".
std::string arrow(const KnowledgeGraph& graph, KnowledgeGraph::EdgeIndex e, KnowledgeGraph::NodeIndex from);
// "\"sentence\" (document)", on one line.
std::string evidence_text(const Evidence& evidence);
// "  DATE  EVIDENCE" of a relation, each part only when known.
std::string relation_details(const KnowledgeGraph& graph, KnowledgeGraph::EdgeIndex e);

// Shared by the commands.

// Prints "newsgraph: error: MESSAGE" to standard error and returns the
// status's exit code.
int fail(const Status& status);
void warn(const std::string& message);

// The view and filters of a query, parsed; kBadUsage for an unknown type.
Result<ViewOptions> parse_query(const GraphQuery& query);

// Reads GRAPH and applies the query's view and filters.
Result<KnowledgeGraph> load_view(const std::string& path, const GraphQuery& query);

}  // namespace newsgraph::cli
