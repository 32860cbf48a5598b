// newsgraph: news articles to a knowledge graph. The command line of
// ../shared/CONTRACT.md; each subcommand lives in its own file.
#include <CLI/CLI.hpp>
#include <malloc.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>

#include "cli/commands.h"

using namespace newsgraph::cli;

namespace {

void add_query(CLI::App* cmd, GraphQuery& q) {
  cmd->add_option("--view", q.view, "full, meetings (who met whom) or countries")
      ->check(CLI::IsMember({"full", "meetings", "countries"}));
  cmd->add_option("--type", q.types, "node types to keep, comma-separated (person,country,...)");
  cmd->add_option("--from", q.from, "keep events on or after this ISO date");
  cmd->add_option("--to", q.to, "keep events on or before this ISO date");
  cmd->add_option("--min-weight", q.min_weight, "drop edges lighter than this");
}

}  // namespace

// What a command printed must have reached standard output: a full disk
// or a closed pipe there fails the run (exit 1) as it would for a file,
// rather than leaving a cut-off table behind an exit status of 0.
int finish_standard_output(int code) {
  errno = 0;
  std::cout.flush();
  int error = errno;
  bool failed = !std::cout;
  if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
    failed = true;
    if (error == 0) error = errno;
  }
  if (!failed) return code;
  if (code != 0) return code;  // the command has said what went wrong
  std::string why = error != 0 ? std::strerror(error) : "the stream failed";
  std::cerr << "newsgraph: error: cannot write to standard output: " << why << "\n";
  return code == 0 ? 1 : code;
}

// Where pages come from. Building and reading graphs allocate and free
// vectors of megabytes over and over (GraphBuilder's runs, per-article
// scratch); glibc maps each one of more than 128 KB afresh and returns it to
// the kernel when freed, and every page of it then faults in again, which
// on a virtual machine costs more than the work done in it (a quarter of a
// build's time here). Up to 32 MB (glibc's ceiling) a block now comes from
// the heap, and the heap keeps up to 256 MB of freed memory for reuse. Peak
// memory is unchanged; only freed memory is returned later or not at all.
static void keep_freed_memory() {
  mallopt(M_MMAP_THRESHOLD, 32 << 20);
  mallopt(M_TRIM_THRESHOLD, 256 << 20);
  mallopt(M_TOP_PAD, 16 << 20);
}

int main(int argc, char** argv) {
  keep_freed_memory();
  CLI::App app{"newsgraph: news articles to a knowledge graph of people, countries, organizations,\n"
               "agreements, events and places, and who met whom."};
  app.require_subcommand(1);
  app.set_version_flag("--version", "newsgraph 0.1.0");

  BuildOptions build;
  auto* b = app.add_subcommand("build", "Read articles and build the graph (JSON)");
  b->add_option("inputs", build.inputs, "files or folders: text, HTML, RSS/Atom, JSON Lines; - for stdin")->required();
  b->add_option("-o,--output", build.output, "the graph file to write (default: standard output)");
  b->add_option("--threads", build.threads, "worker threads (default: all cores); the output never depends on it");
  b->add_option("--shard", build.shard, "K/N: build only the documents whose id hashes to shard K of N");
  b->add_option("--lexicon", build.lexicon, "a user lexicon of names to add or suppress (see README)");
  b->add_flag("--name-model", build.name_model,
              "also run the statistical name tagger (data/ner/) after the rules: more names found, fewer right");
  b->add_option("--data", build.data_dir, "the data folder (default: $NEWSGRAPH_DATA or the built-in one)");
  b->add_option("--max-article-bytes", build.max_article_bytes, "skip articles larger than this (default 20 MB)");
  b->add_flag("--pretty", build.pretty, "indent the JSON");
  b->add_flag("-q,--quiet", build.quiet, "no summary on standard error");

  StatsOptions stats;
  auto* s = app.add_subcommand("stats", "Counts, components, density, degrees and dates of a graph");
  s->add_option("graph", stats.graph, "a graph (JSON or GraphML); - for stdin")->required();
  s->add_flag("--json", stats.json, "print JSON");

  CentralityOptions cent;
  auto* c = app.add_subcommand("centrality", "Rank nodes by a centrality measure (networkx's values)");
  c->add_option("graph", cent.graph, "a graph (JSON or GraphML); - for stdin")->required();
  c->add_option("--measure", cent.measure, "degree, betweenness, closeness, harmonic, pagerank, eigenvector, kcore")
      ->required();
  add_query(c, cent.query);
  c->add_option("--top", cent.top, "rows to print (default 20; 0 = all)");
  c->add_flag("--weighted", cent.weighted, "use edge weights (as distances for shortest paths)");
  c->add_option("--threads", cent.threads, "worker threads (default: all cores)");
  c->add_option("--sample", cent.sample,
                "betweenness from K pivot sources instead of all: an unbiased estimate (linear-scaled unweighted), each normalised score within 0.086 of the exact one (0.043 with --weighted) with 95% probability at K = 1000, error falling as 1/sqrt(K)");
  c->add_option("--seed", cent.seed, "seed for --sample");
  auto* json_flag = c->add_flag("--json", cent.json, "print JSON: [{id, label, type, score}], best first");
  c->add_flag("--csv", cent.csv, "print CSV")->excludes(json_flag);

  ExportOptions exp;
  auto* e = app.add_subcommand(
      "export",
      "Write a graph or a view of it as JSON, GraphML, GEXF, DOT or CSV, draw it as SVG, PNG or PDF, or write an HTML "
      "page to read it in a browser");
  e->add_option("graph", exp.graph, "a graph (JSON or GraphML); - for stdin")->required();
  e->add_option("--format", exp.format,
                "json, graphml, gexf (Gephi), dot, csv (neo4j-admin import, Gephi), html (one page: the drawing "
                "and tables of meetings, entities, links and documents with their evidence), or svg, png, pdf (the "
                "DOT view drawn by Graphviz); default: from -o's extension (.json .graphml .gexf .dot .gv .csv .html "
                ".htm .svg .png .pdf)");
  add_query(e, exp.query);
  e->add_option("-o,--output", exp.output,
                "the file to write (default: standard output). CSV is two files: -o DIR/ (or an existing folder) "
                "writes DIR/nodes.csv and DIR/edges.csv; -o NAME.csv writes NAME.nodes.csv and NAME.edges.csv");
  e->add_flag("--pretty", exp.pretty, "indent JSON");
  e->add_option("--layout", exp.layout,
                "svg, png, pdf, html: the Graphviz layout, dot (default), neato or sfdp (for large graphs)");
  e->add_option("--cluster", exp.cluster,
                "dot, svg, png, pdf, html: country draws a box round each country's people, organizations, places and "
                "the country itself (laid out by dot; neato and sfdp ignore it)")
      ->check(CLI::IsMember({"country"}));
  e->add_flag("--dynamic", exp.dynamic,
              "gexf: a dynamic graph whose nodes and edges have spells of days from the dates of events, meetings "
              "and documents, for Gephi's timeline");
  e->add_option("--size-by", exp.size_by,
                "gexf: the numeric node field or attribute (mentions, a score) that sizes nodes, 10 to 50 "
                "(default: the log of mentions)");

  MergeOptions merge;
  auto* m = app.add_subcommand("merge", "Merge graphs built apart (shards) into one");
  m->add_option("graphs", merge.graphs, "graphs (JSON or GraphML)")->required();
  m->add_option("-o,--output", merge.output, "the merged graph (default: standard output)");
  m->add_flag("--pretty", merge.pretty, "indent the JSON");

  CommunitiesOptions comm;
  auto* cm = app.add_subcommand("communities", "Louvain communities (igraph), their modularity and members");
  cm->add_option("graph", comm.graph, "a graph (JSON or GraphML); - for stdin")->required();
  add_query(cm, comm.query);
  cm->add_option("--seed", comm.seed, "seed of the random node order (default 0); the same seed, the same output");
  cm->add_option("--resolution", comm.resolution, "modularity resolution >= 0 (default 1; higher: smaller communities)");
  cm->add_flag("--weighted", comm.weighted, "use edge weights");
  cm->add_option("--top", comm.top, "communities to summarise (default 20; 0 = all)");
  cm->add_flag("--json", comm.json, "print JSON: {modularity, communities: [{id, size, members}]}");
  cm->add_option("--write", comm.write,
                 "also write the graph (.json, .graphml, .dot) with a `community` attribute on every node");

  PathOptions path;
  auto* p = app.add_subcommand("path", "How two entities are connected: a shortest path, with evidence");
  p->add_option("graph", path.graph, "a graph (JSON or GraphML); - for stdin")->required();
  p->add_option("from", path.from, "a label, alias or id (case-insensitive)")->required();
  p->add_option("to", path.to, "a label, alias or id (case-insensitive)")->required();
  add_query(p, path.query);
  p->add_flag("--json", path.json, "print the path as a node-link graph (graph.path: the ids in order)");

  NeighborsOptions near;
  auto* n = app.add_subcommand("neighbors", "What surrounds an entity: meetings and nodes within --depth hops");
  n->add_option("graph", near.graph, "a graph (JSON or GraphML); - for stdin")->required();
  n->add_option("name", near.name, "a label, alias or id (case-insensitive)")->required();
  n->add_option("--depth", near.depth, "hops (default 1)")->check(CLI::Range(1u, UINT32_MAX));
  add_query(n, near.query);
  n->add_flag("--json", near.json, "print the neighbourhood as a node-link graph (node attribute hops)");

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& help) {
    return app.exit(help);
  } catch (const CLI::CallForAllHelp& help) {
    return app.exit(help);
  } catch (const CLI::CallForVersion& version) {
    return app.exit(version);
  } catch (const CLI::ParseError& error) {
    app.exit(error);
    return 2;  // CONTRACT.md: bad usage
  }
  int code = 2;
  if (b->parsed()) code = run_build(build);
  else if (s->parsed()) code = run_stats(stats);
  else if (c->parsed()) code = run_centrality(cent);
  else if (e->parsed()) code = run_export(exp);
  else if (m->parsed()) code = run_merge(merge);
  else if (cm->parsed()) code = run_communities(comm);
  else if (p->parsed()) code = run_path(path);
  else if (n->parsed()) code = run_neighbors(near);
  return finish_standard_output(code);
}
