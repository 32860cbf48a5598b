// newsgraph communities: Louvain communities of a graph or view, as a
// summary, as JSON, and as a node attribute in a written graph (--write) so
// that Gephi and friends can colour by it.
#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iostream>

#include "cli/commands.h"
#include "export/export.h"
#include "graph/analyse/analyse.h"

namespace newsgraph::cli {

namespace {

// Members named per community in the summary.
constexpr size_t kNamedMembers = 5;

void print_json(const KnowledgeGraph& g, const analyse::Communities& c) {
  rapidjson::OStreamWrapper os(std::cout);
  rapidjson::Writer<rapidjson::OStreamWrapper> w(os);
  w.StartObject();
  w.Key("modularity");
  if (std::isnan(c.modularity)) w.Null();
  else w.Double(c.modularity);
  w.Key("communities");
  w.StartArray();
  for (size_t id = 0; id < c.members.size(); ++id) {
    w.StartObject();
    w.Key("id"), w.Uint64(id);
    w.Key("size"), w.Uint64(c.members[id].size());
    w.Key("members"), w.StartArray();
    for (uint32_t v : c.members[id]) w.String(g.node_id(v).c_str());
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  std::cout << "\n";
}

void print_text(const KnowledgeGraph& g, const analyse::SimpleGraph& simple, const analyse::Communities& c,
                const CommunitiesOptions& o) {
  if (std::isnan(c.modularity)) std::printf("modularity   undefined (the graph has no edges of weight > 0)\n");
  else std::printf("modularity   %.6f\n", c.modularity);
  std::printf("communities  %zu (%zu nodes; Louvain, seed %llu%s)\n", c.members.size(), g.node_count(),
              static_cast<unsigned long long>(o.seed), o.weighted ? ", weighted" : "");
  const size_t shown = o.top == 0 ? c.members.size() : std::min(o.top, c.members.size());
  std::vector<size_t> degrees(g.node_count());
  for (uint32_t v = 0; v < g.node_count(); ++v) degrees[v] = analyse::degree(simple, v);
  for (size_t id = 0; id < shown; ++id) {
    std::vector<uint32_t> members = c.members[id];  // in node order, so ties stay in id order
    std::stable_sort(members.begin(), members.end(), [&](uint32_t a, uint32_t b) { return degrees[a] > degrees[b]; });
    std::string named;
    for (size_t i = 0; i < members.size() && i < kNamedMembers; ++i)
      named += (i ? ", " : "") + g.node_label(members[i]) + " (" + std::to_string(degrees[members[i]]) + ")";
    if (members.size() > kNamedMembers) named += ", and " + std::to_string(members.size() - kNamedMembers) + " more";
    std::printf("%5zu  %zu %s: %s\n", id, members.size(), members.size() == 1 ? "node" : "nodes", named.c_str());
  }
  if (shown < c.members.size())
    std::printf("(%zu more communities; --top 0 lists all)\n", c.members.size() - shown);
}

}  // namespace

int run_communities(const CommunitiesOptions& o) {
  std::optional<std::string> write_format;
  if (!o.write.empty()) {
    write_format = formats::format_for_path(o.write);
    if (!write_format)
      return fail(Status::BadUsage("--write: no format follows from '" + o.write + "' (.json, .graphml, .dot)"));
  }
  Result<KnowledgeGraph> loaded = load_view(o.graph, o.query);
  if (!loaded.ok()) return fail(loaded.status());
  const KnowledgeGraph& g = loaded.value();
  analyse::CommunityOptions options;
  options.weighted = o.weighted;
  options.resolution = o.resolution;
  options.seed = o.seed;
  const analyse::SimpleGraph simple = analyse::simple_undirected(g);
  Result<analyse::Communities> c = analyse::louvain_communities(simple, options);
  if (!c.ok()) return fail(c.status());

  if (write_format) {
    formats::WriteOptions w;
    w.view = o.query.view;
    auto exporter = formats::make_exporter(*write_format, w);
    if (!exporter) return fail(Status::BadUsage("--write: cannot write format '" + *write_format + "'"));
    const std::vector<int64_t> community(c.value().membership.begin(), c.value().membership.end());
    const KnowledgeGraph out = analyse::with_node_attribute(g, "community", community);
    Status s = formats::write_file(o.write, [&](std::ostream& os) { return exporter->write(out, os); });
    if (!s.ok()) return fail(s);
  }
  if (o.json) print_json(g, c.value());
  else print_text(g, simple, c.value(), o);
  return 0;
}

}  // namespace newsgraph::cli
