// newsgraph: news articles to a knowledge graph. The command line of
// ../shared/CONTRACT.md; each subcommand lives in its own file.
#include <CLI/CLI.hpp>

#include <iostream>

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

int main(int argc, char** argv) {
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
                "betweenness from K pivot sources instead of all (an unbiased estimate; error falls as 1/sqrt(K))");
  c->add_option("--seed", cent.seed, "seed for --sample");
  auto* json_flag = c->add_flag("--json", cent.json, "print JSON: [{id, label, type, score}], best first");
  c->add_flag("--csv", cent.csv, "print CSV")->excludes(json_flag);

  ExportOptions exp;
  auto* e = app.add_subcommand("export", "Write a graph or a view of it as JSON, GraphML or DOT");
  e->add_option("graph", exp.graph, "a graph (JSON or GraphML); - for stdin")->required();
  e->add_option("--format", exp.format, "json, graphml or dot (default: from -o's extension)");
  add_query(e, exp.query);
  e->add_option("-o,--output", exp.output, "the file to write (default: standard output)");
  e->add_flag("--pretty", exp.pretty, "indent JSON");

  MergeOptions merge;
  auto* m = app.add_subcommand("merge", "Merge graphs built apart (shards) into one");
  m->add_option("graphs", merge.graphs, "graphs (JSON or GraphML)")->required();
  m->add_option("-o,--output", merge.output, "the merged graph (default: standard output)");
  m->add_flag("--pretty", merge.pretty, "indent the JSON");

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
  if (b->parsed()) return run_build(build);
  if (s->parsed()) return run_stats(stats);
  if (c->parsed()) return run_centrality(cent);
  if (e->parsed()) return run_export(exp);
  if (m->parsed()) return run_merge(merge);
  return 2;
}
