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
  std::string output = "-";
  bool pretty = false;
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
