// Internal to export/: how a node's type looks, the same in every format
// that draws (DOT and its renderings, GEXF's viz:color).
#pragma once

#include <cstdint>

#include "graph/graph.h"

namespace newsgraph::formats {

struct NodeStyle {
  const char* shape;  // a Graphviz node shape
  const char* fill;   // "#rrggbb"
};

NodeStyle node_style(NodeType type);

struct Rgb {
  uint8_t r, g, b;
};
// The fill colour of a "#rrggbb" string (node_style's fills).
Rgb rgb_of(const char* hex);

}  // namespace newsgraph::formats
