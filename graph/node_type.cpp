#include <array>
#include <cctype>

#include "graph/graph.h"

namespace newsgraph {

namespace {
constexpr std::array<std::string_view, 7> kNames = {"person", "country", "organization", "agreement",
                                                    "event",  "place",   "entity"};
}  // namespace

std::string_view to_string(NodeType type) { return kNames[static_cast<size_t>(type)]; }

std::optional<NodeType> parse_node_type(std::string_view name) {
  for (size_t i = 0; i < kNames.size(); ++i)
    if (kNames[i] == name) return static_cast<NodeType>(i);
  return std::nullopt;
}

bool is_iso_date(std::string_view date) {
  auto digits = [&](size_t from, size_t n) {
    if (date.size() < from + n) return false;
    for (size_t i = from; i < from + n; ++i)
      if (!std::isdigit(static_cast<unsigned char>(date[i]))) return false;
    return true;
  };
  auto in_range = [&](size_t from, int lo, int hi) {
    int v = (date[from] - '0') * 10 + (date[from + 1] - '0');
    return v >= lo && v <= hi;
  };
  if (date.size() == 4) return digits(0, 4);
  if (date.size() == 7) return digits(0, 4) && date[4] == '-' && digits(5, 2) && in_range(5, 1, 12);
  if (date.size() == 10)
    return digits(0, 4) && date[4] == '-' && digits(5, 2) && in_range(5, 1, 12) && date[7] == '-' &&
           digits(8, 2) && in_range(8, 1, 31);
  return false;
}

}  // namespace newsgraph
