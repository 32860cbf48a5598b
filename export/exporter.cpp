#include <algorithm>
#include <cctype>

#include "export/exporters.h"

namespace newsgraph::formats {

std::unique_ptr<Exporter> make_exporter(std::string_view format, const WriteOptions& options) {
  if (format == "json") return make_json_exporter(options);
  if (format == "graphml") return make_graphml_exporter();
  if (format == "dot") return make_dot_exporter(options);
  if (format == "gexf") return make_gexf_exporter(options);
  if (format == "csv") return make_csv_exporter();
  if (format == "html") return make_html_exporter(options);
  return make_render_exporter(format, options);
}

Status Exporter::save(const KnowledgeGraph& graph, const std::string& path) const {
  return write_file(path, [&](std::ostream& out) { return write(graph, out); });
}

std::optional<std::string> format_for_path(std::string_view path) {
  if (!path.empty() && path.back() == '/') return "csv";  // only CSV is a folder of files
  size_t slash = path.find_last_of('/');
  std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  size_t dot = name.find_last_of('.');
  if (dot == std::string_view::npos || dot == 0) return std::nullopt;  // no extension, or a dot file
  std::string extension(name.substr(dot + 1));
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char ch) { return std::tolower(ch); });
  if (extension == "json") return "json";
  if (extension == "graphml") return "graphml";
  if (extension == "dot" || extension == "gv") return "dot";
  if (extension == "html" || extension == "htm") return "html";
  for (const char* format : {"gexf", "csv", "svg", "png", "pdf"})
    if (extension == format) return format;
  return std::nullopt;
}

}  // namespace newsgraph::formats
