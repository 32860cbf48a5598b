// Internal to export/: the node-link form (CONTRACT.md, "JSON graph") of a
// graph's parts as RapidJSON values, in both directions.
//
// The JSON writer serialises these objects as they are; the GraphML writer
// flattens the same objects into typed keys, and both readers turn objects
// back into a graph through the same functions. So the two formats carry
// the same fields, check them the same way and apply the same label rule.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <rapidjson/document.h>

#include "graph/graph.h"

namespace newsgraph::formats {

using JsonAllocator = rapidjson::MemoryPoolAllocator<>;

// "newsgraph 0.1.0": the graph object's "generator".
std::string generator();

// ---------------------------------------------------------------------------
// Writing. Strings are referenced, not copied: the values must not outlive
// the graph. Empty strings, empty lists and zero counts are left out, but a
// node always has id, type and label and a link source, target, key, type
// and weight. Attributes that would take the name of one of these fields
// are not written (readers never make such attributes).

// {"generator", "documents": [...], ...graph attributes}
rapidjson::Value graph_object(const KnowledgeGraph& graph, JsonAllocator& allocator);
rapidjson::Value node_object(const Entity& entity, JsonAllocator& allocator);
// `key` tells the link apart from others between the same two nodes.
rapidjson::Value link_object(const Relation& relation, uint64_t key, JsonAllocator& allocator);

// Fields of nodes and links whose values are arrays or objects (aliases,
// name_counts, roles, documents, evidence).
bool is_structured_field(std::string_view name);

// The value compactly as JSON text.
std::string to_json_text(const rapidjson::Value& value);

// Parses JSON text as every reader here does: exact doubles (they must read
// back as written), NaN and infinities as Python writes them, valid UTF-8
// only, and nesting at most kMaxJsonDepth deep (deeper values would
// overflow the stack of the code that walks them). On failure, `error`
// says why and `offset` where.
inline constexpr size_t kMaxJsonDepth = 256;
bool parse_json(std::string_view text, rapidjson::Document& doc, std::string& error, size_t& offset);

// ---------------------------------------------------------------------------
// Reading. Each read_* checks the types of the fields it knows, turns the
// rest into attributes and adds what it read to a GraphDraft; finish()
// builds the graph. Errors are kBadInput with a message that the caller
// prefixes with the source name (finish() prefixes it itself).

// Entities and relations are kept in vectors of their own, beside what is
// read only for checking and labelling, so that finish() hands them to the
// builder whole: a million-node file is not copied once more on the way.
struct GraphDraft {
  struct NodeInfo {
    std::optional<std::string> label;  // as read
    bool has_name_counts = false;
    bool canonical = false;            // "canonical": true
    std::vector<std::string> aliases;  // used only without name_counts
  };
  bool ours = false;  // the graph object names newsgraph as its generator
  std::vector<Entity> entities;      // names from name_counts, the rest as read
  std::vector<NodeInfo> node_info;   // one per entity, at the same index
  std::vector<Relation> relations;
  // Where the i-th node or relation was read ("nodes[3]", "line 12"), for
  // messages: set by the reader, called only when there is a message, so
  // that a big graph keeps no string per link for the rare error.
  std::function<std::string(size_t)> node_where, relation_where;
  std::vector<DocumentInfo> documents;
  Attributes attributes;
};

Status read_graph_object(const rapidjson::Value& object, GraphDraft& draft);
Status read_node(const rapidjson::Value& object, const std::string& where, GraphDraft& draft);
Status read_link(const rapidjson::Value& object, const std::string& where, GraphDraft& draft);

// Checks node ids (present, non-empty, unique) and link ends (known nodes),
// then builds the graph through GraphBuilder.
Result<KnowledgeGraph> finish(GraphDraft draft, const std::string& source);

// "line N" for a byte offset into `text`.
std::string line_at(std::string_view text, size_t offset);

}  // namespace newsgraph::formats
