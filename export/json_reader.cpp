// The JSON node-link reader: our own files and networkx's node_link_data.
#include <rapidjson/document.h>

#include "export/export.h"
#include "export/node_link.h"

namespace newsgraph::formats {

namespace {

// The draft of a JSON graph, or what is wrong with it. A function of its
// own so that the document tree is freed before the graph is built.
Status read_json_draft(std::string_view bytes, GraphDraft& draft) {
  rapidjson::Document doc;
  std::string error;
  size_t offset = 0;
  if (!parse_json(bytes, doc, error, offset)) return Status::BadInput(line_at(bytes, offset) + ": " + error);
  if (!doc.IsObject()) return Status::BadInput("not a node-link graph: the top level is not a JSON object");

  auto nodes = doc.FindMember("nodes");
  if (nodes == doc.MemberEnd()) return Status::BadInput("not a node-link graph: no \"nodes\"");
  if (!nodes->value.IsArray()) return Status::BadInput("nodes must be an array");
  // networkx before 3.4 writes "links", later versions "edges".
  auto links = doc.FindMember("links");
  if (links == doc.MemberEnd()) links = doc.FindMember("edges");
  if (links != doc.MemberEnd() && !links->value.IsArray())
    return Status::BadInput(std::string(links->name.GetString()) + " must be an array");

  if (auto graph = doc.FindMember("graph"); graph != doc.MemberEnd())
    if (Status s = read_graph_object(graph->value, draft); !s.ok()) return s;
  draft.node_where = [](size_t i) { return "nodes[" + std::to_string(i) + "]"; };
  draft.entities.reserve(nodes->value.Size());
  draft.node_info.reserve(nodes->value.Size());
  size_t i = 0;
  for (const rapidjson::Value& node : nodes->value.GetArray())
    if (Status s = read_node(node, "nodes[" + std::to_string(i++) + "]", draft); !s.ok()) return s;
  if (links != doc.MemberEnd()) {
    std::string name = links->name.GetString();
    draft.relation_where = [name](size_t i) { return name + "[" + std::to_string(i) + "]"; };
    draft.relations.reserve(links->value.Size());
    i = 0;
    for (const rapidjson::Value& link : links->value.GetArray())
      if (Status s = read_link(link, name + "[" + std::to_string(i++) + "]", draft); !s.ok()) return s;
  }
  return Status::Ok();
}

}  // namespace

Result<KnowledgeGraph> parse_json_graph(std::string_view bytes, const std::string& source) {
  GraphDraft draft;
  if (Status s = read_json_draft(bytes, draft); !s.ok()) return Status::BadInput(source + ": " + s.message());
  return finish(std::move(draft), source);
}

}  // namespace newsgraph::formats
