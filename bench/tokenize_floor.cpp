// The floor of bench/throughput.sh: reading the articles exactly as
// `newsgraph build` does (ingest::read_inputs: files, folders, JSON Lines,
// encodings) and tokenizing them (extract::tokenize), nothing more. Prints
// one JSON object: {"articles", "bytes", "tokens", "seconds"}, where bytes
// are the articles' text and seconds the wall time of reading and
// tokenizing.
//
//   tokenize_floor INPUT...
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "extract/extract.h"
#include "extract/ingest/ingest.h"

int main(int argc, char** argv) {
  std::vector<std::string> inputs(argv + 1, argv + argc);
  auto started = std::chrono::steady_clock::now();
  size_t articles = 0, bytes = 0, tokens = 0;
  std::vector<newsgraph::ingest::Skipped> skipped;
  newsgraph::Status s = newsgraph::ingest::read_inputs(
      inputs, {},
      [&](newsgraph::Document d) {
        ++articles;
        bytes += d.text.size();
        tokens += newsgraph::extract::tokenize(d.text).tokens.size();
      },
      skipped);
  if (!s.ok()) {
    std::fprintf(stderr, "tokenize_floor: %s\n", s.message().c_str());
    return 1;
  }
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::printf("{\"articles\": %zu, \"bytes\": %zu, \"tokens\": %zu, \"seconds\": %.6f}\n", articles, bytes, tokens,
              seconds);
  return 0;
}
