// newsgraph export: a graph (or a view of it) in another format, or drawn.
#include <algorithm>
#include <iostream>

#include "cli/commands.h"
#include "export/export.h"

namespace newsgraph::cli {

namespace {

constexpr const char* kFormats = "json, graphml, gexf, dot, csv, html, svg, png, pdf";

// The formats that draw the graph (HTML holds an SVG drawing).
bool is_rendering(const std::string& format) {
  return format == "svg" || format == "png" || format == "pdf" || format == "html";
}

// Options that only some formats take: given to another, they are a
// mistake, not something to ignore.
Status check_options(const ExportOptions& o, const std::string& format) {
  if (!o.layout.empty()) {
    if (!is_rendering(format)) return Status::BadUsage("--layout is for svg, png, pdf and html, not " + format);
    const std::vector<std::string>& layouts = formats::render_layouts();
    if (std::find(layouts.begin(), layouts.end(), o.layout) == layouts.end())
      return Status::BadUsage("unknown layout '" + o.layout + "' (dot, neato, sfdp)");
  }
  if (!o.cluster.empty() && format != "dot" && !is_rendering(format))
    return Status::BadUsage("--cluster is for dot, svg, png, pdf and html, not " + format);
  if (o.dynamic && format != "gexf") return Status::BadUsage("--dynamic is for gexf, not " + format);
  if (!o.size_by.empty() && format != "gexf") return Status::BadUsage("--size-by is for gexf, not " + format);
  return Status::Ok();
}

}  // namespace

int run_export(const ExportOptions& o) {
  std::string format = o.format;
  if (format.empty()) {
    auto from_path = formats::format_for_path(o.output);
    if (!from_path)
      return fail(Status::BadUsage("say --format (" + std::string(kFormats) + "): no format follows from '" + o.output +
                                   "'"));
    format = *from_path;
  }
  formats::WriteOptions w;
  w.pretty = o.pretty;
  w.view = o.query.view;
  if (!o.layout.empty()) w.layout = o.layout;
  w.dynamic = o.dynamic;
  w.cluster = o.cluster;
  w.size_by = o.size_by;
  auto exporter = formats::make_exporter(format, w);
  if (!exporter) return fail(Status::BadUsage("unknown format '" + format + "' (" + kFormats + ")"));
  if (Status s = check_options(o, format); !s.ok()) return fail(s);
  Result<KnowledgeGraph> g = load_view(o.graph, o.query);
  if (!g.ok()) return fail(g.status());
  Status s = exporter->save(g.value(), o.output);
  return s.ok() ? 0 : fail(s);
}

}  // namespace newsgraph::cli
