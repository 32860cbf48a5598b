#include "extract/ingest/ids.h"

#include <algorithm>
#include <filesystem>

namespace newsgraph::ingest {

std::string file_stem(const std::string& source) {
  if (source == "-") return "stdin";
  return std::filesystem::path(source).stem().string();
}

uint64_t fnv1a64(std::string_view bytes) {
  uint64_t hash = 14695981039346656037ull;
  for (unsigned char b : bytes) {
    hash ^= b;
    hash *= 1099511628211ull;
  }
  return hash;
}

std::string hex16(uint64_t value) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, value >>= 4) out[static_cast<size_t>(i)] = kDigits[value & 0xF];
  return out;
}

Skipped skipped_from(const std::string& source, const Status& status) {
  const std::string& message = status.message();
  if (!message.starts_with(source)) return Skipped{source, message};
  // The location may carry a line after the path: "feed.xml:7: ...".
  size_t split = message.find(": ", source.size());
  if (split == std::string::npos) return Skipped{source, message};
  return Skipped{message.substr(0, split), message.substr(split + 2)};
}

std::string at_line(const std::string& source, size_t line) { return source + ":" + std::to_string(line); }

size_t line_of_offset(std::string_view text, size_t offset) {
  offset = std::min(offset, text.size());
  return 1 + static_cast<size_t>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

std::string too_large_reason(const ReadOptions& options) {
  return "larger than --max-article-bytes (" + std::to_string(options.max_article_bytes) + " bytes)";
}

}  // namespace newsgraph::ingest
