// read_file: the reader for a path. Text and HTML files are size-checked
// before they are read; JSON Lines files are streamed.
#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "extract/ingest/encoding.h"
#include "extract/ingest/ids.h"
#include "extract/ingest/jsonl.h"
#include "extract/ingest/reader.h"

namespace newsgraph::ingest {
namespace {

namespace fs = std::filesystem;

// Enough to see past an XML declaration, a doctype and a comment or two.
constexpr size_t kSniffBytes = 4096;

std::string lowercase(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

Result<std::vector<Document>> collect(const std::function<Status(const std::function<void(Document)>&)>& read) {
  std::vector<Document> documents;
  Status status = read([&](Document document) { documents.push_back(std::move(document)); });
  if (!status.ok()) return status;
  return documents;
}

// Parses bytes already in memory with the reader for `kind`.
Status parse_bytes(std::string_view bytes, const std::string& source, InputKind kind, const ReadOptions& options,
                   const std::function<void(Document)>& sink, std::vector<Skipped>& skipped) {
  if (kind == InputKind::kUnknown) kind = kind_by_content(bytes.substr(0, kSniffBytes));
  if (kind == InputKind::kJsonLines || kind == InputKind::kJson) {
    std::istringstream in{std::string(bytes)};
    return read_jsonl(in, source, options, kind == InputKind::kJson, sink, skipped);
  }
  Result<std::vector<Document>> documents = kind == InputKind::kHtml   ? parse_html(bytes, source, options)
                                            : kind == InputKind::kFeed ? parse_feed(bytes, source, skipped, options)
                                                                       : parse_text(bytes, source, options);
  if (!documents.ok()) return documents.status();
  for (Document& document : documents.value()) sink(std::move(document));
  return Status::Ok();
}

std::string error_text(int error) { return std::generic_category().message(error); }

}  // namespace

InputKind kind_by_extension(const std::string& path) {
  std::string extension = lowercase(fs::path(path).extension().string());
  if (extension == ".txt" || extension == ".text") return InputKind::kText;
  if (extension == ".html" || extension == ".htm" || extension == ".xhtml") return InputKind::kHtml;
  if (extension == ".xml" || extension == ".rss" || extension == ".atom") return InputKind::kFeed;
  if (extension == ".jsonl" || extension == ".ndjson") return InputKind::kJsonLines;
  if (extension == ".json") return InputKind::kJson;
  return InputKind::kUnknown;
}

InputKind kind_by_content(std::string_view head) {
  std::string text = sniffable_prefix(head);
  std::string_view s = text;
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  if (s.starts_with("{")) return InputKind::kJson;
  if (!s.starts_with("<")) return InputKind::kText;
  // Past the prolog (declaration, comments, doctype) to the root element.
  std::string lower = lowercase(s);
  std::string_view rest = lower;
  bool xml = false;
  while (true) {
    while (!rest.empty() && is_space(rest.front())) rest.remove_prefix(1);
    if (rest.starts_with("<?")) {
      xml = true;
      size_t end = rest.find("?>");
      if (end == std::string_view::npos) return InputKind::kFeed;
      rest.remove_prefix(end + 2);
    } else if (rest.starts_with("<!--")) {
      size_t end = rest.find("-->");
      if (end == std::string_view::npos) return InputKind::kHtml;
      rest.remove_prefix(end + 3);
    } else if (rest.starts_with("<!doctype")) {
      if (rest.substr(9, 5).find("html") != std::string_view::npos) return InputKind::kHtml;
      size_t end = rest.find('>');
      if (end == std::string_view::npos) return InputKind::kHtml;
      rest.remove_prefix(end + 1);
    } else {
      break;
    }
  }
  if (!rest.starts_with("<")) return xml ? InputKind::kFeed : InputKind::kHtml;
  size_t name_end = rest.find_first_of(" \t\n\r\f/>", 1);
  std::string_view name = rest.substr(1, name_end == std::string_view::npos ? std::string_view::npos : name_end - 1);
  if (name == "html") return InputKind::kHtml;
  size_t colon = name.find(':');
  std::string_view local = colon == std::string_view::npos ? name : name.substr(colon + 1);
  if (local == "rss" || local == "feed" || local == "rdf") return InputKind::kFeed;
  return xml ? InputKind::kFeed : InputKind::kHtml;
}

Status read_file_to(const std::string& path, const ReadOptions& options, const std::function<void(Document)>& sink,
                    std::vector<Skipped>& skipped) {
  if (path == "-") {
    std::string bytes{std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>()};
    if (std::cin.bad()) return Status::IoError("-: read error");
    if (bytes.empty()) return Status::BadInput("-: empty file");
    return parse_bytes(bytes, path, InputKind::kUnknown, options, sink, skipped);
  }

  std::error_code error;
  fs::file_status status = fs::status(path, error);
  if (!fs::exists(status)) return Status::BadInput(path + ": no such file or directory");
  if (fs::is_directory(status)) return Status::BadInput(path + ": is a folder, not a file");
  bool regular = fs::is_regular_file(status);
  uintmax_t size = regular ? fs::file_size(path, error) : 0;
  if (regular && !error && size == 0) return Status::BadInput(path + ": empty file");

  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(path + ": cannot open: " + error_text(errno));

  InputKind kind = kind_by_extension(path);
  std::string head;
  if (kind == InputKind::kUnknown) {
    head.resize(kSniffBytes);
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<size_t>(in.gcount()));
    kind = kind_by_content(head);
  }
  bool whole_article = kind == InputKind::kText || kind == InputKind::kHtml;
  if (whole_article && regular && size > options.max_article_bytes) {
    return Status::BadInput(path + ": " + too_large_reason(options));
  }
  if ((kind == InputKind::kJsonLines || kind == InputKind::kJson) && (head.empty() || regular)) {
    if (!head.empty()) {
      in.clear();
      in.seekg(0);
    }
    return read_jsonl(in, path, options, kind == InputKind::kJson, sink, skipped);
  }

  // Everything else is parsed from memory. A text or HTML file whose size
  // was not known (a pipe) is read only to just past the limit.
  std::ostringstream rest;
  rest << head;
  if (whole_article && !regular) {
    std::string chunk(options.max_article_bytes + 1 - std::min(head.size(), options.max_article_bytes), '\0');
    in.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
    rest.write(chunk.data(), in.gcount());
  } else {
    rest << in.rdbuf();
  }
  if (in.bad()) return Status::IoError(path + ": read error");
  std::string bytes = std::move(rest).str();
  if (bytes.empty()) return Status::BadInput(path + ": empty file");
  return parse_bytes(bytes, path, kind, options, sink, skipped);
}

Result<std::vector<Document>> read_file(const std::string& path, std::vector<Skipped>& skipped, const ReadOptions& options) {
  return collect([&](const std::function<void(Document)>& sink) { return read_file_to(path, options, sink, skipped); });
}

}  // namespace newsgraph::ingest
