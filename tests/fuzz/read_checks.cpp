// Checks on what the readers of extract/ingest return (ingest.h, "Contract
// for callers").
#include "tests/fuzz/fuzz_checks.h"

namespace newsgraph::fuzz {
namespace {

// The field, quoted, for a failure message: its first bytes, with control
// and non-ASCII bytes as \xNN so that the faulty ones show.
std::string show(std::string_view name, std::string_view value) {
  constexpr size_t kShown = 200;
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out(name);
  out += " = \"";
  for (unsigned char c : value.substr(0, kShown)) {
    if (c >= 0x20 && c < 0x7F && c != '\\') {
      out += static_cast<char>(c);
    } else {
      out += "\\x";
      out += kHex[c >> 4];
      out += kHex[c & 0xF];
    }
  }
  out += value.size() > kShown ? "\"..." : "\"";
  return out;
}

void check_field(std::string_view name, std::string_view value) {
  require(is_utf8(value), "Document field is not valid UTF-8", show(name, value));
  require(value.find('\0') == std::string_view::npos, "Document field holds a NUL", show(name, value));
}

}  // namespace

void check_read(const Result<std::vector<Document>>& read, const std::string& source) {
  if (!read.ok()) {
    require(read.status().code() == Status::Code::kBadInput, "a reader failed with a code other than bad input",
            read.status().message());
    require(read.status().message().starts_with(source + ":"), "a reader's error does not begin with the path",
            read.status().message());
    return;
  }
  for (const Document& document : read.value()) {
    check_field("id", document.id);
    check_field("title", document.title);
    check_field("url", document.url);
    check_field("text", document.text);
    require(!document.id.empty(), "Document without an id");
    require(document.source == source, "Document::source is not the path given", show("source", document.source));
    require(document.text.find('\r') == std::string::npos, "Document text holds a CR", show("text", document.text));
    require(document.text.find_first_not_of(" \t\n\f\v") != std::string::npos, "Document text is blank",
            show("text", document.text));
    require(document.date.empty() || is_calendar_date(document.date),
            "Document::date is neither empty nor an ISO calendar date", show("date", document.date));
  }
}

void check_skipped(const std::vector<ingest::Skipped>& skipped, const std::string& source) {
  for (const ingest::Skipped& s : skipped) {
    std::string message = s.source + ": " + s.reason;
    require(s.source.starts_with(source + ":") && s.source.size() > source.size() + 1,
            "a skipped item is not located as PATH:LINE", message);
    require(s.source.find_first_not_of("0123456789", source.size() + 1) == std::string::npos,
            "a skipped item is not located as PATH:LINE", message);
    require(!s.reason.empty(), "a skipped item without a reason", message);
  }
}

}  // namespace newsgraph::fuzz
