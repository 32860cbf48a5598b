#include "export/columns.h"

#include <charconv>
#include <cmath>

#include "export/node_link.h"

namespace newsgraph::formats {

ColumnKind kind_of(const rapidjson::Value& v) {
  if (v.IsString()) return ColumnKind::kString;
  if (v.IsBool()) return ColumnKind::kBoolean;
  if (v.IsInt64()) return ColumnKind::kLong;
  if (v.IsDouble()) return ColumnKind::kDouble;
  if (v.IsArray()) {
    for (const rapidjson::Value& item : v.GetArray())
      if (!item.IsString()) return ColumnKind::kJson;
    return ColumnKind::kStringList;
  }
  return ColumnKind::kJson;  // objects, integers past int64
}

ColumnKind widen(ColumnKind a, ColumnKind b) {
  if (a == b) return a;
  auto numeric = [](ColumnKind k) { return k == ColumnKind::kLong || k == ColumnKind::kDouble; };
  if (numeric(a) && numeric(b)) return ColumnKind::kDouble;
  return ColumnKind::kJson;
}

bool is_skipped(std::string_view name, std::span<const std::string_view> skip) {
  for (std::string_view s : skip)
    if (s == name) return true;
  return false;
}

void see_members(ColumnKinds& columns, const rapidjson::Value& object, std::span<const std::string_view> skip,
                 const KindOf& kind) {
  for (auto m = object.MemberBegin(); m != object.MemberEnd(); ++m) {
    std::string_view name(m->name.GetString(), m->name.GetStringLength());
    if (is_skipped(name, skip)) continue;
    ColumnKind k = kind(m->value);
    auto it = columns.find(name);
    if (it == columns.end()) columns.emplace(std::string(name), k);
    else it->second = widen(it->second, k);
  }
}

std::string number_text(double d) {
  if (std::isnan(d)) return "NaN";
  if (std::isinf(d)) return d > 0 ? "Infinity" : "-Infinity";
  char buffer[32];
  auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, d);
  return std::string(buffer, end);
}

std::string cell_text(const rapidjson::Value& v, ColumnKind kind) {
  if (kind == ColumnKind::kJson) return to_json_text(v);
  if (v.IsString()) return std::string(v.GetString(), v.GetStringLength());
  if (v.IsBool()) return v.GetBool() ? "true" : "false";
  if (v.IsInt64()) return std::to_string(v.GetInt64());
  if (v.IsDouble()) return number_text(v.GetDouble());
  return to_json_text(v);
}

}  // namespace newsgraph::formats
