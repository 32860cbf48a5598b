// extract/ingest (internal): bytes of any supported encoding -> UTF-8 text.
#pragma once

#include <string>
#include <string_view>

#include "graph/graph.h"

namespace newsgraph::ingest {

// The text of `bytes` as valid UTF-8 with "\n" line ends. Accepted, in this
// order: a UTF-16 LE/BE byte order mark and valid UTF-16 after it; UTF-8 (a
// leading byte order mark dropped); Windows-1252 without undefined bytes.
// Bad input, with messages beginning "SOURCE: ": "binary file, not text"
// (a NUL), "not valid UTF-16", "not valid UTF-8 or Windows-1252".
Result<std::string> decode_text(std::string_view bytes, const std::string& source);

// ASCII-compatible bytes for guessing a file's kind from its first bytes:
// UTF-16 is narrowed to its ASCII characters, a UTF-8 byte order mark is
// dropped, anything else is returned as it is. Never fails.
std::string sniffable_prefix(std::string_view bytes);

// True when `bytes` is well-formed UTF-8 (no overlong forms, surrogates or
// code points past U+10FFFF).
bool is_valid_utf8(std::string_view bytes);

// `s` without the ASCII white space (space, tab, LF, CR, FF, VT) at its
// ends; is_blank: nothing else is there. The readers' one notion of blank.
std::string_view trim_space(std::string_view s);
bool is_blank(std::string_view s);

// `bytes` with every byte that is not part of a well-formed UTF-8 sequence
// replaced by U+FFFD: for text assembled from escapes that name no
// character (an XML "&#xD800;").
std::string repair_utf8(std::string_view bytes);

// CRLF and lone CR become LF.
std::string normalize_newlines(std::string_view text);

}  // namespace newsgraph::ingest
