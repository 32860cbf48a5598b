// newsgraph export: a graph (or a view of it) in another format.
#include <iostream>

#include "cli/commands.h"
#include "export/export.h"

namespace newsgraph::cli {

int run_export(const ExportOptions& o) {
  std::string format = o.format;
  if (format.empty()) {
    auto from_path = formats::format_for_path(o.output);
    if (!from_path) return fail(Status::BadUsage("say --format (json, graphml, dot): no format follows from '" + o.output + "'"));
    format = *from_path;
  }
  formats::WriteOptions w;
  w.pretty = o.pretty;
  w.view = o.query.view;
  auto exporter = formats::make_exporter(format, w);
  if (!exporter) return fail(Status::BadUsage("unknown format '" + format + "' (json, graphml, dot)"));
  Result<KnowledgeGraph> g = load_view(o.graph, o.query);
  if (!g.ok()) return fail(g.status());
  Status s = formats::write_file(o.output, [&](std::ostream& out) { return exporter->write(g.value(), out); });
  return s.ok() ? 0 : fail(s);
}

}  // namespace newsgraph::cli
