#include "cli/progress.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <system_error>

namespace newsgraph::cli {

namespace {

uint64_t size_of(const std::filesystem::path& path) {
  std::error_code ec;
  if (std::filesystem::is_regular_file(path, ec)) {
    uint64_t size = std::filesystem::file_size(path, ec);
    return ec ? 0 : size;
  }
  uint64_t total = 0;
  if (!std::filesystem::is_directory(path, ec)) return 0;
  for (auto it = std::filesystem::recursive_directory_iterator(path, ec);
       !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec))
    if (it->is_regular_file(ec)) total += it->file_size(ec);
  return total;
}

}  // namespace

Progress::Progress(const std::vector<std::string>& inputs, bool enabled)
    : enabled_(enabled && isatty(STDERR_FILENO)), started_(std::chrono::steady_clock::now()), drawn_(started_) {
  if (!enabled_) return;
  for (const std::string& input : inputs)
    if (input != "-") total_ += size_of(input);
}

Progress::~Progress() { clear(); }

void Progress::clear() {
  if (enabled_ && width_ > 0) std::cerr << '\r' << std::string(width_, ' ') << '\r' << std::flush;
  width_ = 0;
}

void Progress::article(const std::string& source, uint64_t text_bytes) {
  if (!enabled_) return;
  ++articles_;
  if (source != source_) {
    // The file before is done: count it whole, whatever its markup.
    finished_files_ += current_size_;
    source_ = source;
    current_file_ = 0;
    std::error_code ec;
    current_size_ = std::filesystem::file_size(source, ec);
    if (ec) current_size_ = 0;
  }
  current_file_ = std::min(current_size_, current_file_ + text_bytes);
}

void Progress::update() {
  if (!enabled_) return;
  auto now = std::chrono::steady_clock::now();
  if (now - drawn_ < std::chrono::milliseconds(200)) return;
  drawn_ = now;
  draw();
}

void Progress::draw() {
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
  uint64_t done = finished_files_ + current_file_;
  double mb = static_cast<double>(done) / 1e6;
  char line[160];
  int n = std::snprintf(line, sizeof line, "newsgraph: %llu articles, %.1f MB, %.1f MB/s",
                        static_cast<unsigned long long>(articles_), mb, seconds > 0 ? mb / seconds : 0.0);
  if (total_ > 0 && done > 0 && done <= total_) {
    double left = seconds * static_cast<double>(total_ - done) / static_cast<double>(done);
    n += std::snprintf(line + n, sizeof line - n, ", %.0f%%, %.0f s left", 100.0 * done / total_, left);
  }
  std::string text(line, std::min<size_t>(n, sizeof line - 1));
  size_t pad = width_ > text.size() ? width_ - text.size() : 0;
  width_ = std::max(width_, text.size());
  std::cerr << '\r' << text << std::string(pad, ' ') << std::flush;
}

}  // namespace newsgraph::cli
