// Fuzz target: ingest::parse_html on any bytes (gumbo, boilerplate
// removal, meta tags, JSON-LD dates).
#include <cstddef>
#include <cstdint>

#include "tests/fuzz/fuzz_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace newsgraph;
  const std::string source = "fuzz.html";
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  Result<std::vector<Document>> read = ingest::parse_html(bytes, source);
  fuzz::check_read(read, source);
  if (read.ok()) fuzz::require(read.value().size() == 1, "parse_html gave other than one Document");
  return 0;
}
