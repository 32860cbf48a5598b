// Internal to export/: one factory per format, for make_exporter().
#pragma once

#include <memory>

#include "export/export.h"

namespace newsgraph::formats {

std::unique_ptr<Exporter> make_json_exporter(const WriteOptions& options);
std::unique_ptr<Exporter> make_graphml_exporter();
std::unique_ptr<Exporter> make_dot_exporter(const WriteOptions& options);

}  // namespace newsgraph::formats
