#include <cstdio>
#include <cstdlib>

#include "tests/fuzz/fuzz_checks.h"

namespace newsgraph::fuzz {

void fail(std::string_view what, std::string_view detail) {
  std::fprintf(stderr, "invariant failed: %.*s\n", static_cast<int>(what.size()), what.data());
  if (!detail.empty()) std::fprintf(stderr, "%.*s\n", static_cast<int>(detail.size()), detail.data());
  std::fflush(stderr);
  std::abort();
}

}  // namespace newsgraph::fuzz
