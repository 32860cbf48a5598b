// extract/ingest (internal): JSON Lines read as a stream, so that a large
// file is never held in memory whole.
#pragma once

#include <functional>
#include <istream>
#include <string>
#include <vector>

#include "extract/ingest/ingest.h"

namespace newsgraph::ingest {

// Reads JSON Lines from `in` (see parse_jsonl for the rules), handing each
// Document to `sink` as its line is read. Fails (bad input) on an empty
// stream, a binary one, undecodable UTF-16, and, when `require_object_lines`
// (a .json file, which may be plain JSON), when the first non-blank line is
// not a JSON object: "SOURCE: not JSON Lines (...)".
Status read_jsonl(std::istream& in, const std::string& source, const ReadOptions& options, bool require_object_lines,
                  const std::function<void(Document)>& sink, std::vector<Skipped>& skipped);

}  // namespace newsgraph::ingest
