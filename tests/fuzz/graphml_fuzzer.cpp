// Fuzz target: formats::parse_graphml (pugixml, typed keys, our own files
// and other tools'), then every graph that reads through check_graph.
#include <cstddef>
#include <cstdint>

#include "export/export.h"
#include "tests/fuzz/fuzz_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace newsgraph;
  const std::string source = "fuzz.graphml";
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  Result<KnowledgeGraph> graph = formats::parse_graphml(bytes, source);
  if (graph.ok()) {
    fuzz::check_graph(graph.value());
  } else {
    fuzz::check_parse_error(graph.status(), source);
  }
  return 0;
}
