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
// parse_json in two steps, for readers that take RapidJSON's events rather
// than its tree: vet_json checks what RapidJSON 1.1 gets wrong and, where
// a number must be rewritten, points `text` into `rewritten`; then parse
// `text` with these flags.
bool vet_json(std::string_view& text, std::string& rewritten, std::string& error, size_t& offset);
inline constexpr unsigned kJsonParseFlags = rapidjson::kParseFullPrecisionFlag | rapidjson::kParseNanAndInfFlag |
                                            rapidjson::kParseValidateEncodingFlag | rapidjson::kParseIterativeFlag;

// ---------------------------------------------------------------------------
// Reading. Each read_* checks the types of the fields it knows, turns the
// rest into attributes and adds what it read to a GraphDraft; finish()
// builds the graph. Errors are kBadInput with a message that the caller
// prefixes with the source name (finish() prefixes it itself).

// Nodes and links are handed to `builder` in batches as they are read,
// which keeps most of a big file's in a few dozen bytes each: nodes once
// the graph object has been read (their labels depend on whether the file
// is ours), links once end_of_nodes() has been called (they are checked
// against the node ids first). Until then they wait here.
struct GraphDraft {
  struct NodeInfo {
    std::optional<std::string> label;  // as read
    bool has_name_counts = false;
    bool canonical = false;            // "canonical": true
    std::vector<std::string> aliases;  // used only without name_counts
  };
  bool ours = false;        // the graph object names newsgraph as its generator
  bool graph_read = false;  // the graph object has been read
  bool nodes_done = false;  // end_of_nodes() has been called
  std::vector<Entity> entities;      // names from name_counts, the rest as read
  std::vector<NodeInfo> node_info;   // one per entity, at the same index
  std::vector<Relation> relations;   // read, not yet handed to `builder`
  IdIndex node_ids;                  // every node id read, with its position
  std::string last_source;  // links come grouped by source in most files: look each up once
  GraphBuilder builder;
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
// Says that every node has been read: checks that the links read so far
// name nodes. Readers whose nodes come before their links call it between
// the two; finish() calls it when no one has.
Status end_of_nodes(GraphDraft& draft);
// The draft of a JSON node-link graph from its text (parse_json_graph
// without finish(), so that a caller can free the text before building).
Status read_json_draft(std::string_view bytes, GraphDraft& draft);

// Checks the link ends not checked yet (they must be node ids), then builds
// the graph through GraphBuilder. Node ids are checked (present, non-empty,
// unique) as read_node reads them.
Result<KnowledgeGraph> finish(GraphDraft draft, const std::string& source);

// "line N" for a byte offset into `text`.
std::string line_at(std::string_view text, size_t offset);

}  // namespace newsgraph::formats
