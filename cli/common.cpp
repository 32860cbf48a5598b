#include <iostream>

#include "cli/commands.h"
#include "export/export.h"

namespace newsgraph::cli {

int fail(const Status& status) {
  std::cerr << "newsgraph: error: " << status.message() << "\n";
  return status.exit_code();
}

void warn(const std::string& message) { std::cerr << "newsgraph: warning: " << message << "\n"; }

Result<ViewOptions> parse_query(const GraphQuery& query) {
  ViewOptions v;
  v.view = query.view;
  v.from = query.from;
  v.to = query.to;
  v.min_weight = query.min_weight;
  size_t start = 0;
  while (start < query.types.size()) {
    size_t end = query.types.find(',', start);
    if (end == std::string::npos) end = query.types.size();
    std::string name = query.types.substr(start, end - start);
    if (!name.empty()) {
      auto type = parse_node_type(name);
      if (!type)
        return Status::BadUsage("unknown node type '" + name +
                                "' (person, country, organization, agreement, event, place, entity)");
      v.types.insert(*type);
    }
    start = end + 1;
  }
  return v;
}

Result<KnowledgeGraph> load_view(const std::string& path, const GraphQuery& query) {
  Result<ViewOptions> view = parse_query(query);
  if (!view.ok()) return view.status();
  Result<KnowledgeGraph> graph = formats::read_graph(path);
  if (!graph.ok()) return graph.status();
  return make_view(std::move(graph).value(), view.value());
}

}  // namespace newsgraph::cli
