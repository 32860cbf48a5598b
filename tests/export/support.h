// What the export tests share: temporary folders, running the real
// readers (Python's networkx and igraph, xmllint, Graphviz), and graphs
// that fill every field.
#pragma once

#include <string>
#include <vector>

#include "export/export.h"
#include "graph/graph.h"

namespace newsgraph::formats::testing {

// A fresh folder under $TMPDIR, removed with its contents.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::string& path() const { return path_; }
  std::string file(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

std::string read_text(const std::string& path);
void write_text(const std::string& path, const std::string& text);

// A program's exit status (-1 when it could not start or was killed) and
// everything it wrote.
struct Run {
  int status = -1;
  std::string out, err;
};
Run run(const std::vector<std::string>& argv, const std::string& input = "");
// NEWSGRAPH_PYTHON -W error -c SCRIPT ARGS...: warnings are errors, so a
// reader that warns fails the test, and so does a missing module.
Run python(const std::string& script, const std::vector<std::string>& args = {});

// The graph written in one format (the writers must not fail).
std::string to_json(const KnowledgeGraph& graph, bool pretty = false);
std::string to_graphml(const KnowledgeGraph& graph);
std::string to_dot(const KnowledgeGraph& graph, const std::string& view = "full");
// Reads what a writer wrote, requiring success.
KnowledgeGraph from_json(const std::string& text);
KnowledgeGraph from_graphml(const std::string& text);

// Every field of every node, edge and document, and the graph attributes,
// equal (NaN equals NaN).
void require_same(const KnowledgeGraph& a, const KnowledgeGraph& b);

// Two documents' facts about Kerry and Lavrov meeting in Moscow, filling
// every field of Entity, Relation and DocumentInfo, with attributes of
// every Value type, parallel links and a placeholder node.
std::vector<DocumentFacts> full_facts();
KnowledgeGraph full_graph();  // both documents merged, with graph attributes

// Strings that break careless writers: quotes, backslashes, <>&, line
// breaks, Cyrillic, emoji, control characters, empty values, in labels,
// names, ids, attribute names and values. Labels hold only what XML can
// carry as text (so GraphML label values stay plain strings); carriage
// returns and control characters are in attributes.
KnowledgeGraph hard_graph();

// `people` people and about as many meetings among them (deterministic).
KnowledgeGraph meetings_graph(size_t people);

}  // namespace newsgraph::formats::testing
