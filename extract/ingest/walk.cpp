// read_inputs: inputs in the order given, folders in path order. The order
// of Documents is part of the output's determinism, so directory order
// (which the file system chooses) never shows through.
#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "extract/ingest/ids.h"
#include "extract/ingest/reader.h"

namespace newsgraph::ingest {
namespace {

namespace fs = std::filesystem;

bool is_hidden(const fs::path& path) { return path.filename().string().starts_with("."); }

// Files a folder walk reads: those with a reader's extension, and those
// with no extension at all (read by content).
bool is_article_file(const fs::path& path) {
  return !path.has_extension() || kind_by_extension(path.string()) != InputKind::kUnknown;
}

// Every article file under `folder`, sorted by path in byte order. Walked
// with an explicit stack (folder trees can be deep); symbolic links to
// folders are not followed, so a link cycle cannot loop.
std::vector<std::string> article_files(const fs::path& folder, std::vector<Skipped>& skipped) {
  std::vector<std::string> files;
  std::vector<fs::path> folders{folder};
  while (!folders.empty()) {
    fs::path current = std::move(folders.back());
    folders.pop_back();
    std::error_code error;
    fs::directory_iterator it(current, error);
    if (error) {
      skipped.push_back(Skipped{current.string(), "cannot read folder: " + error.message()});
      continue;
    }
    for (; it != fs::directory_iterator(); it.increment(error)) {
      const fs::directory_entry& entry = *it;
      if (is_hidden(entry.path())) continue;
      std::error_code type_error;
      if (entry.is_symlink(type_error) && entry.is_directory(type_error)) continue;
      if (entry.is_directory(type_error)) {
        folders.push_back(entry.path());
      } else if (entry.is_regular_file(type_error) && is_article_file(entry.path())) {
        files.push_back(entry.path().string());
      }
    }
    if (error) skipped.push_back(Skipped{current.string(), "cannot read folder: " + error.message()});
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

Status read_inputs(const std::vector<std::string>& inputs, const ReadOptions& options,
                   const std::function<void(Document)>& sink, std::vector<Skipped>& skipped) {
  for (const std::string& input : inputs) {
    std::error_code error;
    if (input != "-" && !fs::exists(fs::status(input, error))) {
      return Status::BadInput(input + ": no such file or directory");
    }
  }
  auto read_one = [&](const std::string& path) {
    Status status = read_file_to(path, options, sink, skipped);
    if (!status.ok()) skipped.push_back(skipped_from(path, status));
  };
  for (const std::string& input : inputs) {
    std::error_code error;
    if (input != "-" && fs::is_directory(fs::status(input, error))) {
      for (const std::string& file : article_files(input, skipped)) read_one(file);
    } else {
      read_one(input);
    }
  }
  return Status::Ok();
}

}  // namespace newsgraph::ingest
