// Internal to export/: cgraph graphs written to a std::ostream and read
// from memory, with object ids handed out in the order names first appear.
//
// Why not cgraph's own id discipline: it makes a named object's id the
// address of its interned name, and cgraph keeps subgraphs ordered by id,
// so the order in which clusters are written (and laid out) would follow
// the heap. Here the nth new name gets id 2n, so subgraphs come out in the
// order they were made (or read), every time. Anonymous objects (edges)
// get odd ids, as in cgraph.
#pragma once

#include <ostream>
#include <string>

struct Agdisc_s;
struct Agraph_s;

namespace newsgraph::formats {

// The discipline for agopen(): memory as cgraph's default, sequential ids,
// and output through a std::ostream (agwrite(g, &stream)); it reads
// nothing.
Agdisc_s* ostream_discipline();

// A DOT text parsed by cgraph with sequential ids, or nullptr where cgraph
// reports an error (through agerr()). The caller agclose()s it.
Agraph_s* read_dot(const std::string& text);

}  // namespace newsgraph::formats
