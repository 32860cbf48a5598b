// HTML articles: decoded first, so gumbo always sees UTF-8 (it assumes
// UTF-8 and ignores <meta charset>).
#include "extract/ingest/encoding.h"
#include "extract/ingest/html_text.h"
#include "extract/ingest/ids.h"
#include "extract/ingest/ingest.h"

namespace newsgraph::ingest {

Result<std::vector<Document>> parse_html(std::string_view bytes, const std::string& source, const ReadOptions& options) {
  if (bytes.empty()) return Status::BadInput(source + ": empty file");
  if (bytes.size() > options.max_article_bytes) return Status::BadInput(source + ": " + too_large_reason(options));
  Result<std::string> html = decode_text(bytes, source);
  if (!html.ok()) return html.status();
  HtmlPage page = read_html_page(html.value());
  if (page.text.empty()) return Status::BadInput(source + ": no article text");
  Document document;
  document.id = file_stem(source);
  document.source = source;
  document.title = std::move(page.title);
  document.date = page.date.empty() ? find_stated_date(page.text) : std::move(page.date);
  document.url = std::move(page.url);
  document.text = std::move(page.text);
  return std::vector<Document>{std::move(document)};
}

}  // namespace newsgraph::ingest
