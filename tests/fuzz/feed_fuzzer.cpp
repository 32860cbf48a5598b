// Fuzz target: ingest::parse_feed (RSS 2.0, RSS 1.0, Atom; pugixml and
// item HTML through the HTML reader).
#include <cstddef>
#include <cstdint>

#include "tests/fuzz/fuzz_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace newsgraph;
  const std::string source = "fuzz.xml";
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  std::vector<ingest::Skipped> skipped;
  Result<std::vector<Document>> read = ingest::parse_feed(bytes, source, skipped);
  fuzz::check_read(read, source);
  fuzz::check_skipped(skipped, source);
  return 0;
}
