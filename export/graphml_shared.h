// Internal to export/: what the GraphML writer and reader agree on.
#pragma once

#include <string>
#include <string_view>

namespace newsgraph::formats {

inline constexpr std::string_view kGraphmlNamespace = "http://graphml.graphdrawing.org/xmlns";

// The <desc> of a <key> whose values are JSON text (lists, evidence,
// attributes of mixed types, strings XML cannot carry).
inline constexpr std::string_view kJsonKeyDesc = "application/json";

// Node ids and attribute names are XML NMTOKENs in GraphML, made of
// letters, digits and . - _ : only. Other characters are written as
// _xHHHH_ (or _xHHHHHHHH_ past U+FFFF) as in XmlConvert.EncodeName, and an
// underscore that starts "_x" and four hex digits is escaped itself, so
// that decoding gives back any string. "" is written "_x_".
std::string encode_name(std::string_view name);
std::string decode_name(std::string_view token);

}  // namespace newsgraph::formats
