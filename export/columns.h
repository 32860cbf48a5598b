// Internal to export/: the node-link objects of node_link.h as typed
// columns, for the formats that declare each column's type once (GEXF's
// <attribute>s, CSV's header).
#pragma once

#include <functional>
#include <map>
#include <span>
#include <string>
#include <string_view>

#include <rapidjson/document.h>

namespace newsgraph::formats {

// What a column holds. kJson holds anything as JSON text: arrays that are
// not all strings, objects, integers past int64, and columns whose values
// are of different kinds (JSON text tells them apart). Integers among
// doubles are the one mix that keeps a type: kDouble.
enum class ColumnKind { kString, kBoolean, kLong, kDouble, kStringList, kJson };

// The kind of one value: kStringList for an array of strings only (an
// empty array included), kJson as above.
ColumnKind kind_of(const rapidjson::Value& value);
// The kind of a column holding values of kinds `a` and `b`.
ColumnKind widen(ColumnKind a, ColumnKind b);

// Column name -> kind, in name order.
using ColumnKinds = std::map<std::string, ColumnKind, std::less<>>;
// A format's kind of a value: kind_of, narrowed to what the format holds.
using KindOf = std::function<ColumnKind(const rapidjson::Value&)>;

// Adds the members of a node or link object to `columns`, but those named
// in `skip` (fields the format writes in places of their own).
void see_members(ColumnKinds& columns, const rapidjson::Value& object, std::span<const std::string_view> skip,
                 const KindOf& kind);

bool is_skipped(std::string_view name, std::span<const std::string_view> skip);

// A double as Java (Gephi, neo4j) and Python both read it back exactly:
// the shortest round-trip form, "NaN", "Infinity", "-Infinity".
std::string number_text(double d);

// A value's text in a column of `kind`: strings as they are, booleans
// "true"/"false", integers in decimal, doubles as number_text; in kJson
// columns, the value's JSON text. Not for kStringList (each format joins
// lists its own way).
std::string cell_text(const rapidjson::Value& value, ColumnKind kind);

}  // namespace newsgraph::formats
