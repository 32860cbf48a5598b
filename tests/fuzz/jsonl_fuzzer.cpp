// Fuzz target: ingest::parse_jsonl (RapidJSON per line, member types,
// ids, dates).
#include <cstddef>
#include <cstdint>

#include "tests/fuzz/fuzz_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace newsgraph;
  const std::string source = "fuzz.jsonl";
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  std::vector<ingest::Skipped> skipped;
  Result<std::vector<Document>> read = ingest::parse_jsonl(bytes, source, skipped);
  fuzz::check_read(read, source);
  fuzz::check_skipped(skipped, source);
  return 0;
}
