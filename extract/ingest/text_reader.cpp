// Plain text articles: the text is kept exactly as decoded, so offsets
// into it are offsets into the file's text.
#include "extract/ingest/encoding.h"
#include "extract/ingest/ids.h"
#include "extract/ingest/ingest.h"

namespace newsgraph::ingest {
namespace {

// Longer first lines are the article's first paragraph, not a headline.
constexpr size_t kMaxTitleBytes = 300;


std::string title_of(std::string_view text) {
  size_t pos = 0;
  while (pos < text.size()) {
    size_t newline = text.find('\n', pos);
    std::string_view line = trim_space(text.substr(pos, newline == std::string_view::npos ? text.npos : newline - pos));
    if (!line.empty()) return line.size() <= kMaxTitleBytes ? std::string(line) : "";
    if (newline == std::string_view::npos) break;
    pos = newline + 1;
  }
  return "";
}

}  // namespace

Result<std::vector<Document>> parse_text(std::string_view bytes, const std::string& source, const ReadOptions& options) {
  if (bytes.empty()) return Status::BadInput(source + ": empty file");
  if (bytes.size() > options.max_article_bytes) return Status::BadInput(source + ": " + too_large_reason(options));
  Result<std::string> text = decode_text(bytes, source);
  if (!text.ok()) return text.status();
  if (text.value().find_first_not_of(" \t\n\f\v") == std::string::npos) {
    return Status::BadInput(source + ": no text (only whitespace)");
  }
  Document document;
  document.id = file_stem(source);
  document.source = source;
  document.title = title_of(text.value());
  document.date = find_stated_date(text.value());
  document.text = std::move(text).value();
  return std::vector<Document>{std::move(document)};
}

}  // namespace newsgraph::ingest
