// JSON Lines: each line is parsed on its own, so one bad line costs only
// itself. RapidJSON's getters assert on a wrong type, so every member is
// type-checked first; parsing is iterative so nesting depth cannot
// overflow the stack.
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <cstring>
#include <optional>
#include <sstream>
#include <streambuf>
#include <vector>

#include "extract/ingest/dates.h"
#include "extract/ingest/encoding.h"
#include "extract/ingest/ids.h"
#include "extract/ingest/jsonl.h"

namespace newsgraph::ingest {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

// Splits a stream into lines without ever holding more than `max_line` + 1
// bytes of one line.
class LineReader {
 public:
  LineReader(std::istream& in, size_t max_line) : in_(in), max_line_(max_line), buffer_(1u << 16) {}

  // The next line without its '\n'; false at the end. `too_long`: the line
  // had more than max_line bytes, and `line` holds only its start.
  bool next(std::string& line, bool& too_long) {
    line.clear();
    too_long = false;
    bool any = false;
    while (true) {
      if (pos_ == end_ && !refill()) return any;
      any = true;
      const char* begin = buffer_.data() + pos_;
      const char* newline = static_cast<const char*>(memchr(begin, '\n', end_ - pos_));
      size_t length = newline ? static_cast<size_t>(newline - begin) : end_ - pos_;
      if (!too_long) {
        size_t room = max_line_ + 1 - line.size();
        line.append(begin, std::min(length, room));
        too_long = line.size() > max_line_;
      }
      pos_ += length;
      if (newline) {
        ++pos_;
        return true;
      }
    }
  }

  bool failed() const { return in_.bad(); }

  // The bytes read ahead and not yet returned (at least the start of the
  // stream before the first next(); empty at its end).
  std::string_view buffered() {
    if (pos_ == end_) refill();
    return std::string_view(buffer_.data() + pos_, end_ - pos_);
  }

  // Everything not yet returned, buffered bytes first.
  std::string rest() {
    std::ostringstream all;
    all << buffered() << in_.rdbuf();
    pos_ = end_ = 0;
    return all.str();
  }

 private:
  bool refill() {
    in_.read(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    end_ = static_cast<size_t>(in_.gcount());
    pos_ = 0;
    return end_ > 0;
  }

  std::istream& in_;
  size_t max_line_;
  std::vector<char> buffer_;
  size_t pos_ = 0, end_ = 0;
};

// A read-only stream over bytes in memory, without copying them.
class MemoryBuffer : public std::streambuf {
 public:
  explicit MemoryBuffer(std::string_view bytes) {
    char* begin = const_cast<char*>(bytes.data());  // never written: no overflow or putback
    setg(begin, begin, begin + bytes.size());
  }
};

// What one line gave: a Document, or the reason it was skipped.
struct LineResult {
  std::optional<Document> document;
  std::string reason;
  bool not_json_object = false;  // malformed JSON or not an object
};

LineResult failure(std::string reason, bool not_json_object = false) {
  return LineResult{std::nullopt, std::move(reason), not_json_object};
}

// The line is valid UTF-8, but RapidJSON 1.1 decodes a \u escape of a lone
// surrogate into bytes that are not: those become U+FFFD, as in feeds.
std::string string_of(const rapidjson::Value& value) {
  return repair_utf8(std::string_view(value.GetString(), value.GetStringLength()));
}

// An optional string member: absent or null gives "", another type fails.
bool optional_string(const rapidjson::Value& object, const char* name, std::string& out) {
  auto member = object.FindMember(name);
  if (member == object.MemberEnd() || member->value.IsNull()) return true;
  if (!member->value.IsString()) return false;
  out = string_of(member->value);
  return true;
}

LineResult read_line(std::string_view bytes, size_t number, const std::string& source, const std::string& stem) {
  if (bytes.find('\0') != std::string_view::npos) return failure("NUL byte, not text");
  Result<std::string> decoded = decode_text(bytes, source);
  if (!decoded.ok()) return failure(skipped_from(source, decoded.status()).reason);
  const std::string& line = decoded.value();

  rapidjson::Document json;
  json.Parse<rapidjson::kParseIterativeFlag>(line.data(), line.size());
  if (json.HasParseError()) {
    return failure("malformed JSON at column " + std::to_string(json.GetErrorOffset() + 1) + ": " +
                       rapidjson::GetParseError_En(json.GetParseError()),
                   true);
  }
  if (!json.IsObject()) return failure("not a JSON object", true);

  Document document;
  document.source = source;
  auto text = json.FindMember("text");
  if (text == json.MemberEnd()) return failure("no \"text\"");
  if (!text->value.IsString()) return failure("\"text\" is not a string");
  document.text = normalize_newlines(string_of(text->value));
  if (document.text.find('\0') != std::string::npos) return failure("\"text\" contains a NUL character");
  if (is_blank(document.text)) return failure("\"text\" is empty");

  auto id = json.FindMember("id");
  if (id != json.MemberEnd() && !id->value.IsNull()) {
    if (id->value.IsString()) {
      document.id = string_of(id->value);
    } else if (id->value.IsInt64()) {
      document.id = std::to_string(id->value.GetInt64());
    } else if (id->value.IsUint64()) {
      document.id = std::to_string(id->value.GetUint64());
    } else {
      return failure("\"id\" is not a string or an integer");
    }
  }
  if (document.id.empty()) document.id = stem + "-" + std::to_string(number);

  if (!optional_string(json, "title", document.title)) return failure("\"title\" is not a string");
  if (!optional_string(json, "url", document.url)) return failure("\"url\" is not a string");
  std::string date;
  if (!optional_string(json, "date", date)) return failure("\"date\" is not a string");
  for (auto [field, value] : {std::pair<const char*, const std::string*>{"id", &document.id},
                               {"title", &document.title}, {"url", &document.url}, {"date", &date}})
    if (value->find('\0') != std::string::npos) return failure("\"" + std::string(field) + "\" contains a NUL character");
  document.date = normalize_date(date);
  if (document.date.empty()) document.date = find_stated_date(document.text);
  return LineResult{std::move(document), "", false};
}

}  // namespace

Status read_jsonl(std::istream& in, const std::string& source, const ReadOptions& options, bool require_object_lines,
                  const std::function<void(Document)>& sink, std::vector<Skipped>& skipped) {
  LineReader lines(in, options.max_article_bytes);
  std::string_view start = lines.buffered();
  if (start.empty()) return Status::BadInput(source + ": empty file");
  // UTF-16 cannot be split into lines byte-wise: decode it whole first.
  if (start.starts_with("\xFF\xFE") || start.starts_with("\xFE\xFF")) {
    Result<std::string> decoded = decode_text(lines.rest(), source);
    if (!decoded.ok()) return decoded.status();
    MemoryBuffer buffer(decoded.value());
    std::istream decoded_in(&buffer);
    return read_jsonl(decoded_in, source, options, require_object_lines, sink, skipped);
  }
  // JSON text has no raw NUL: one near the start means a binary file.
  if (start.find('\0') != std::string_view::npos) return Status::BadInput(source + ": binary file, not text");

  std::string stem = file_stem(source);
  std::string line;
  bool too_long = false;
  bool seen_content = false;
  for (size_t number = 1;; ++number) {
    bool more = lines.next(line, too_long);
    if (number == 1 && std::string_view(line).starts_with(kUtf8Bom)) line.erase(0, kUtf8Bom.size());
    if (!more) break;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!too_long && is_blank(line)) continue;
    if (too_long) {
      skipped.push_back(Skipped{at_line(source, number), too_large_reason(options)});
      seen_content = true;
      continue;
    }
    LineResult result = read_line(line, number, source, stem);
    if (require_object_lines && !seen_content && result.not_json_object) {
      return Status::BadInput(source + ": not JSON Lines (one JSON object per line): line " + std::to_string(number) +
                              ": " + result.reason);
    }
    seen_content = true;
    if (result.document) {
      sink(std::move(*result.document));
    } else {
      skipped.push_back(Skipped{at_line(source, number), std::move(result.reason)});
    }
  }
  if (lines.failed()) return Status::IoError(source + ": read error");
  return Status::Ok();
}

Result<std::vector<Document>> parse_jsonl(std::string_view bytes, const std::string& source, std::vector<Skipped>& skipped,
                                          const ReadOptions& options) {
  MemoryBuffer buffer(bytes);
  std::istream in(&buffer);
  std::vector<Document> documents;
  Status status = read_jsonl(in, source, options, /*require_object_lines=*/false,
                             [&](Document document) { documents.push_back(std::move(document)); }, skipped);
  if (!status.ok()) return status;
  return documents;
}

}  // namespace newsgraph::ingest
