// newsgraph merge: graphs built apart (shards) into one. Merging is
// commutative and associative, so any grouping of shards gives the bytes
// of one build over all of them.
#include "cli/commands.h"
#include "export/export.h"

namespace newsgraph::cli {

int run_merge(const MergeOptions& o) {
  GraphBuilder builder;
  for (const auto& path : o.graphs) {
    Result<KnowledgeGraph> g = formats::read_graph(path);
    if (!g.ok()) return fail(g.status());
    builder.add(g.value());
  }
  KnowledgeGraph merged = builder.build();
  formats::WriteOptions w;
  w.pretty = o.pretty;
  auto json = formats::make_exporter("json", w);
  Status s = formats::write_file(o.output, [&](std::ostream& out) { return json->write(merged, out); });
  return s.ok() ? 0 : fail(s);
}

}  // namespace newsgraph::cli
