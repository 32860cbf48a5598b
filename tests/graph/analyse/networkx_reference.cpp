#include "networkx_reference.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <sstream>
#include <stdexcept>

namespace newsgraph::analyse::testing {

namespace {

// A file in the temporary folder that is removed with this object.
class TemporaryFile {
 public:
  TemporaryFile() {
    std::string pattern = "/tmp/newsgraph_analyse_XXXXXX";
    int fd = mkstemp(pattern.data());
    if (fd < 0) throw std::runtime_error("cannot create a temporary file");
    close(fd);
    path_ = pattern;
  }
  ~TemporaryFile() { std::remove(path_.c_str()); }
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

struct PipeCloser {
  void operator()(FILE* f) const { pclose(f); }
};

std::string run(const std::string& command) {
  std::unique_ptr<FILE, PipeCloser> pipe(popen(command.c_str(), "r"));
  if (!pipe) throw std::runtime_error("cannot run " + command);
  std::string output;
  char buffer[4096];
  for (size_t got; (got = fread(buffer, 1, sizeof buffer, pipe.get())) > 0;) output.append(buffer, got);
  return output;
}

}  // namespace

std::vector<NetworkxAnswer> networkx_each(const KnowledgeGraph& graph, const std::vector<std::string>& expressions) {
  TemporaryFile graph_file, expression_file;
  {
    std::ofstream out(graph_file.path());
    out << graph.node_count() << "\n";
    for (KnowledgeGraph::EdgeIndex e = 0; e < graph.edge_count(); ++e)
      out << graph.source(e) << " " << graph.target(e) << " " << graph.edge(e).weight << "\n";
  }
  {
    std::ofstream out(expression_file.path());
    for (const auto& expression : expressions) out << expression << "\n";
  }
  const std::string script = NEWSGRAPH_SOURCE_DIR "/tests/graph/analyse/networkx_reference.py";
  std::istringstream output(run(std::string(NEWSGRAPH_PYTHON) + " " + script + " " + graph_file.path() + " " +
                                expression_file.path()));

  std::vector<NetworkxAnswer> answers;
  std::string line;
  while (std::getline(output, line)) {
    NetworkxAnswer answer;
    if (line.rfind("error ", 0) == 0) {
      answer.error = line.substr(6);
    } else if (line.rfind("values ", 0) == 0) {
      size_t count = std::stoul(line.substr(7));
      for (size_t i = 0; i < count; ++i) {
        if (!std::getline(output, line)) throw std::runtime_error("networkx_reference.py: output cut short");
        answer.values.push_back(std::strtod(line.c_str(), nullptr));
      }
    } else {
      throw std::runtime_error("networkx_reference.py: unexpected line: " + line);
    }
    answers.push_back(std::move(answer));
  }
  if (answers.size() != expressions.size())
    throw std::runtime_error("networkx_reference.py answered " + std::to_string(answers.size()) + " of " +
                             std::to_string(expressions.size()) + " expressions");
  return answers;
}

NetworkxAnswer networkx(const KnowledgeGraph& graph, const std::string& expression) {
  return networkx_each(graph, {expression}).front();
}

}  // namespace newsgraph::analyse::testing
