// A progress line for `newsgraph build` on standard error: articles, MB
// read, MB/s and the time left, redrawn in place at most five times a
// second. Only when standard error is a terminal and the run is not
// --quiet: a log file or a pipe gets the one summary line alone.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

namespace newsgraph::cli {

class Progress {
 public:
  // `inputs`: the paths given to build; their sizes (folders summed
  // recursively) are the whole to measure against. Unreadable paths count
  // as empty: reading reports them.
  Progress(const std::vector<std::string>& inputs, bool enabled);
  ~Progress();  // clears the line
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  // One more article, of `text_bytes`, read from `source`.
  void article(const std::string& source, uint64_t text_bytes);
  // Redraws when due (called once a batch is extracted).
  void update();
  // Clears the line, for a message to print in its place; the next
  // update() draws it again.
  void clear();

 private:
  void draw();
  bool enabled_;
  uint64_t total_ = 0, finished_files_ = 0, current_file_ = 0, current_size_ = 0, articles_ = 0;
  std::string source_;
  std::chrono::steady_clock::time_point started_, drawn_;
  size_t width_ = 0;
};

}  // namespace newsgraph::cli
