// Internal to export/: one factory per format, for make_exporter().
#pragma once

#include <memory>
#include <string_view>

#include "export/export.h"

namespace newsgraph::formats {

std::unique_ptr<Exporter> make_json_exporter(const WriteOptions& options);
std::unique_ptr<Exporter> make_graphml_exporter();
std::unique_ptr<Exporter> make_dot_exporter(const WriteOptions& options);
std::unique_ptr<Exporter> make_gexf_exporter(const WriteOptions& options);
std::unique_ptr<Exporter> make_csv_exporter();
std::unique_ptr<Exporter> make_html_exporter(const WriteOptions& options);
// "svg", "png" or "pdf"; nullptr for any other name.
std::unique_ptr<Exporter> make_render_exporter(std::string_view format, const WriteOptions& options);

}  // namespace newsgraph::formats
