// The rules the checks hold text to, written from the standards (RFC 3629
// for UTF-8, the Gregorian calendar for dates) rather than taken from
// extract/ingest, whose own versions are under test.
#include "tests/fuzz/fuzz_checks.h"

namespace newsgraph::fuzz {

bool is_utf8(std::string_view bytes) {
  size_t i = 0;
  while (i < bytes.size()) {
    unsigned char lead = static_cast<unsigned char>(bytes[i]);
    size_t length;
    uint32_t code;
    if (lead < 0x80) {
      ++i;
      continue;
    } else if (lead >= 0xC2 && lead <= 0xDF) {
      length = 2, code = lead & 0x1Fu;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      length = 3, code = lead & 0x0Fu;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      length = 4, code = lead & 0x07u;
    } else {
      return false;  // a continuation byte, C0/C1 (overlong), or F5..FF
    }
    if (bytes.size() - i < length) return false;
    for (size_t k = 1; k < length; ++k) {
      unsigned char c = static_cast<unsigned char>(bytes[i + k]);
      if ((c & 0xC0u) != 0x80u) return false;
      code = (code << 6) | (c & 0x3Fu);
    }
    if ((length == 3 && code < 0x800) || (length == 4 && code < 0x10000)) return false;  // overlong
    if ((code >= 0xD800 && code <= 0xDFFF) || code > 0x10FFFF) return false;
    i += length;
  }
  return true;
}

bool is_xml_text(std::string_view bytes, size_t& offset) {
  for (offset = 0; offset < bytes.size();) {
    unsigned char lead = static_cast<unsigned char>(bytes[offset]);
    size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    if (offset + length > bytes.size() || !is_utf8(bytes.substr(offset, length))) return false;
    uint32_t code = length == 1 ? lead : lead & (0xFFu >> (length + 1));
    for (size_t k = 1; k < length; ++k) code = (code << 6) | (static_cast<unsigned char>(bytes[offset + k]) & 0x3Fu);
    bool allowed = code == 0x9 || code == 0xA || code == 0xD || (code >= 0x20 && code <= 0xD7FF) ||
                   (code >= 0xE000 && code <= 0xFFFD) || code >= 0x10000;
    if (!allowed) return false;
    offset += length;
  }
  return true;
}

bool on_char_boundary(std::string_view text, size_t offset) {
  return offset >= text.size() || (static_cast<unsigned char>(text[offset]) & 0xC0u) != 0x80u;
}

bool is_calendar_date(std::string_view date) {
  auto number = [&](size_t from, size_t n, int& out) {
    if (date.size() < from + n) return false;
    out = 0;
    for (size_t i = from; i < from + n; ++i) {
      if (date[i] < '0' || date[i] > '9') return false;
      out = out * 10 + (date[i] - '0');
    }
    return true;
  };
  int year, month, day;
  if (!number(0, 4, year)) return false;
  if (date.size() == 4) return true;
  if (date.size() < 7 || date[4] != '-' || !number(5, 2, month) || month < 1 || month > 12) return false;
  if (date.size() == 7) return true;
  if (date.size() != 10 || date[7] != '-' || !number(8, 2, day)) return false;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  int last = kDays[month - 1] + (month == 2 && leap ? 1 : 0);
  return day >= 1 && day <= last;
}

}  // namespace newsgraph::fuzz
