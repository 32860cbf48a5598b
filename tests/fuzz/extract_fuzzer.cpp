// Fuzz target: extraction (extract::Pipeline over the real lexicons of
// data/) on any text that ingest::parse_text accepts, so the Document
// meets the reader's contract, as every Document the pipeline sees does.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <optional>

#include "tests/fuzz/fuzz_checks.h"

namespace {

// Loaded once: the lexicons take far longer to load than one document to
// extract. NEWSGRAPH_DATA points at another data folder, as for the program.
std::optional<newsgraph::extract::Pipeline> pipeline;

}  // namespace

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
  const char* from_environment = std::getenv("NEWSGRAPH_DATA");
  std::string data_dir = from_environment && *from_environment ? from_environment : NEWSGRAPH_FUZZ_DATA_DIR;
  auto lexicons = newsgraph::extract::load_lexicons(data_dir);
  if (!lexicons.ok()) {
    std::fprintf(stderr, "extract_fuzzer: %s\n", lexicons.status().message().c_str());
    std::exit(1);
  }
  pipeline.emplace(std::move(lexicons).value());
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace newsgraph;
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  Result<std::vector<Document>> read = ingest::parse_text(bytes, "fuzz.txt");
  if (!read.ok()) return 0;
  for (const Document& document : read.value()) {
    fuzz::check_tokens(document.text, extract::tokenize(document.text));
    fuzz::check_facts(document, pipeline->extract(document));
  }
  return 0;
}
