// extract/ingest (internal): choosing the reader for a file.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/ingest/ingest.h"

namespace newsgraph::ingest {

enum class InputKind {
  kText,
  kHtml,
  kFeed,
  kJsonLines,
  kJson,     // .json: JSON Lines, unless its first line is no JSON object
  kUnknown,  // an extension of none of the above, or none at all
};

// By the file's extension, case-insensitively.
InputKind kind_by_extension(const std::string& path);

// By the first bytes of the content: a feed's root element (rss, feed,
// rdf:RDF) or other XML -> kFeed; an HTML tag -> kHtml; "{" -> kJson; else
// kText.
InputKind kind_by_content(std::string_view head);

// Reads one file as read_file does, handing Documents to `sink` as they
// are read.
Status read_file_to(const std::string& path, const ReadOptions& options, const std::function<void(Document)>& sink,
                    std::vector<Skipped>& skipped);

}  // namespace newsgraph::ingest
