#include "export/palette.h"

namespace newsgraph::formats {

// The light tones of ColorBrewer's Paired (black labels stay readable on
// them), grey for a node of unknown type.
NodeStyle node_style(NodeType type) {
  switch (type) {
    case NodeType::kPerson: return {"ellipse", "#a6cee3"};
    case NodeType::kCountry: return {"hexagon", "#b2df8a"};
    case NodeType::kOrganization: return {"box", "#fdbf6f"};
    case NodeType::kAgreement: return {"note", "#cab2d6"};
    case NodeType::kEvent: return {"octagon", "#fb9a99"};
    case NodeType::kPlace: return {"house", "#ffff99"};
    case NodeType::kEntity: break;
  }
  return {"egg", "#d9d9d9"};
}

namespace {

uint8_t hex_digit(char c) {
  if (c >= '0' && c <= '9') return static_cast<uint8_t>(c - '0');
  if (c >= 'a' && c <= 'f') return static_cast<uint8_t>(c - 'a' + 10);
  return static_cast<uint8_t>(c - 'A' + 10);
}

uint8_t channel(const char* two) { return static_cast<uint8_t>(hex_digit(two[0]) * 16 + hex_digit(two[1])); }

}  // namespace

Rgb rgb_of(const char* hex) { return {channel(hex + 1), channel(hex + 3), channel(hex + 5)}; }

}  // namespace newsgraph::formats
