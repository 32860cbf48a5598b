// The JSON node-link reader: our own files and networkx's node_link_data.
#include <rapidjson/document.h>

#include "export/export.h"
#include "export/node_link.h"

namespace newsgraph::formats {

Result<KnowledgeGraph> parse_json_graph(std::string_view bytes, const std::string& source) {
  auto bad = [&](const std::string& message) { return Status::BadInput(source + ": " + message); };
  rapidjson::Document doc;
  std::string error;
  size_t offset = 0;
  if (!parse_json(bytes, doc, error, offset)) return bad(line_at(bytes, offset) + ": " + error);
  if (!doc.IsObject()) return bad("not a node-link graph: the top level is not a JSON object");

  auto nodes = doc.FindMember("nodes");
  if (nodes == doc.MemberEnd()) return bad("not a node-link graph: no \"nodes\"");
  if (!nodes->value.IsArray()) return bad("nodes must be an array");
  // networkx before 3.4 writes "links", later versions "edges".
  auto links = doc.FindMember("links");
  if (links == doc.MemberEnd()) links = doc.FindMember("edges");
  if (links != doc.MemberEnd() && !links->value.IsArray())
    return bad(std::string(links->name.GetString()) + " must be an array");

  GraphDraft draft;
  if (auto graph = doc.FindMember("graph"); graph != doc.MemberEnd())
    if (Status s = read_graph_object(graph->value, draft); !s.ok()) return bad(s.message());
  size_t i = 0;
  for (const rapidjson::Value& node : nodes->value.GetArray())
    if (Status s = read_node(node, "nodes[" + std::to_string(i++) + "]", draft); !s.ok()) return bad(s.message());
  if (links != doc.MemberEnd()) {
    std::string name = links->name.GetString();
    i = 0;
    for (const rapidjson::Value& link : links->value.GetArray())
      if (Status s = read_link(link, name + "[" + std::to_string(i++) + "]", draft); !s.ok()) return bad(s.message());
  }
  return finish(std::move(draft), source);
}

}  // namespace newsgraph::formats
