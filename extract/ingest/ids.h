// extract/ingest (internal): document ids and message helpers.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "extract/ingest/ingest.h"

namespace newsgraph::ingest {

// The file name without its last extension: "samples/000_x.txt" ->
// "000_x"; "-" (standard input) -> "stdin".
std::string file_stem(const std::string& source);

// FNV-1a, 64 bits: stable across platforms and runs, unlike std::hash.
uint64_t fnv1a64(std::string_view bytes);

// 16 lowercase hex digits.
std::string hex16(uint64_t value);

// The Skipped entry for a Status whose message reads "<source>: <reason>"
// or "<source>:<line>: <reason>" (then Skipped::source is "<source>:<line>").
Skipped skipped_from(const std::string& source, const Status& status);

// "source:line".
std::string at_line(const std::string& source, size_t line);

// The 1-based line of byte `offset` in `text`.
size_t line_of_offset(std::string_view text, size_t offset);

// The message for an article over the size limit, without the location.
std::string too_large_reason(const ReadOptions& options);

}  // namespace newsgraph::ingest
