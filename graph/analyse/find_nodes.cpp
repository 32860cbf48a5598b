#include <unicode/unistr.h>

#include "graph/analyse/analyse.h"

// Names from the command line are compared with labels, aliases and ids
// after Unicode case folding (ICU's default full folding), so "LAVROV",
// "lavrov" and "Lavrov" are one name, as are "Straße" and "STRASSE".

namespace newsgraph::analyse {

namespace {

std::string folded(std::string_view text) {
  std::string out;
  bool ascii = true;
  for (char c : text) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
  if (ascii) {  // what ICU would do, without its cost on every node of a large graph
    out.reserve(text.size());
    for (char c : text) out += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    return out;
  }
  icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())))
      .foldCase()
      .toUTF8String(out);
  return out;
}

// At most this many candidates are listed in an "ambiguous" message.
constexpr size_t kListedCandidates = 20;

}  // namespace

std::vector<KnowledgeGraph::NodeIndex> find_nodes(const KnowledgeGraph& graph, std::string_view name) {
  const std::string wanted = folded(name);
  std::vector<KnowledgeGraph::NodeIndex> by_id, by_label, by_alias;
  for (KnowledgeGraph::NodeIndex v = 0; v < graph.node_count(); ++v) {
    const Entity& e = graph.node(v);
    if (folded(e.id) == wanted) by_id.push_back(v);
    if (folded(e.label) == wanted) by_label.push_back(v);
    else
      for (const auto& [alias, count] : e.names)
        if (folded(alias) == wanted) {
          by_alias.push_back(v);
          break;
        }
  }
  // Ids differ only in case at most in graphs users bring; an exact id wins then.
  if (by_id.size() > 1)
    for (KnowledgeGraph::NodeIndex v : by_id)
      if (graph.node_id(v) == name) return {v};
  if (!by_id.empty()) return by_id;
  if (!by_label.empty()) return by_label;
  return by_alias;
}

Result<KnowledgeGraph::NodeIndex> find_node(const KnowledgeGraph& graph, std::string_view name) {
  std::vector<KnowledgeGraph::NodeIndex> found = find_nodes(graph, name);
  if (found.size() == 1) return found.front();
  std::string quoted = "'";
  quoted.append(name).append("'");
  if (found.empty()) return Status::BadInput("no node is named " + quoted + " (by label, alias or id)");
  std::string message = quoted + " is ambiguous: it names " + std::to_string(found.size()) +
                        " nodes; name one by its id:";
  for (size_t i = 0; i < found.size() && i < kListedCandidates; ++i) {
    const Entity& e = graph.node(found[i]);
    message.append("\n  ").append(e.id).append("  ").append(e.label);
    message.append(" (").append(to_string(e.type)).append(")");
  }
  if (found.size() > kListedCandidates)
    message += "\n  ... and " + std::to_string(found.size() - kListedCandidates) + " more";
  return Status::BadInput(message);
}

}  // namespace newsgraph::analyse
