// Fuzz target: ingest::parse_text on any bytes (encodings, line ends,
// titles, stated dates).
#include <cstddef>
#include <cstdint>

#include "tests/fuzz/fuzz_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace newsgraph;
  const std::string source = "fuzz.txt";
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  Result<std::vector<Document>> read = ingest::parse_text(bytes, source);
  fuzz::check_read(read, source);
  if (read.ok()) fuzz::require(read.value().size() == 1, "parse_text gave other than one Document");
  return 0;
}
