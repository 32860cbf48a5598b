// CSV for graph databases (export.h): the node-link objects of
// node_link.h as the columns of two files.
//
// nodes: :ID,id,label,type,:LABEL, then one column per other field and
//        attribute, in name order;
// edges: :START_ID,:END_ID,:TYPE,source,target,label,weight:long,Weight,
//        then one column per other field and attribute (date, roles, ...).
//
// neo4j-admin database import reads :ID (not kept as a property: the
// plain id column is), :LABEL (the node type), :START_ID, :END_ID, :TYPE
// (the relation type), and typed properties: name:long, name:double,
// name:boolean, name:string[] (items joined by ';', neo4j's array
// delimiter), plain name for strings. Lists with a ';' in an item, objects
// (name_counts, evidence) and columns of mixed kinds are JSON text. Gephi's
// spreadsheet import looks for id and label in nodes, source, target,
// label and weight (any case) in edges: hence the plain columns, which
// neo4j keeps as extra properties (the label of an edge is its type).
// Gephi also reads the neo4j columns, as attributes one may untick.
//
// A missing value is an empty field (neo4j sets no property); an empty
// string is "" (neo4j keeps it). Fields with a comma, quote or line break
// are quoted (RFC 4180); neo4j needs --multiline-fields=true for line
// breaks, which evidence sentences may hold. Column names have ':' made
// '_' (neo4j would read a type after it) and, when two names differ only
// in case (Gephi would take them for one), a suffix _2, _3, ...
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <ostream>
#include <set>

#include "export/columns.h"
#include "export/exporters.h"
#include "export/node_link.h"

namespace newsgraph::formats {

namespace {

constexpr char kArrayDelimiter = ';';

constexpr std::string_view kNodeFixed[] = {"id", "label", "type"};
constexpr std::string_view kEdgeFixed[] = {"source", "target", "key", "type", "weight"};

// neo4j's array items cannot hold its delimiter: such lists are JSON.
ColumnKind csv_kind(const rapidjson::Value& v) {
  ColumnKind kind = kind_of(v);
  if (kind != ColumnKind::kStringList) return kind;
  for (const rapidjson::Value& item : v.GetArray())
    if (std::string_view(item.GetString(), item.GetStringLength()).find(kArrayDelimiter) != std::string_view::npos)
      return ColumnKind::kJson;
  return kind;
}

const char* type_suffix(ColumnKind kind) {
  switch (kind) {
    case ColumnKind::kBoolean: return ":boolean";
    case ColumnKind::kLong: return ":long";
    case ColumnKind::kDouble: return ":double";
    case ColumnKind::kStringList: return ":string[]";
    default: return "";
  }
}

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

struct Column {
  std::string name;  // the field or attribute, as in the node-link object
  ColumnKind kind;
  std::string header;
};

// The typed columns after the fixed ones, whose (property) names are
// `taken`.
std::vector<Column> typed_columns(const ColumnKinds& kinds, std::set<std::string> taken) {
  std::vector<Column> columns;
  for (const auto& [name, kind] : kinds) {
    std::string property = name.empty() ? "_" : name;
    std::replace(property.begin(), property.end(), ':', '_');
    std::string unique = property;
    for (int n = 2; taken.count(lower(unique)); ++n) unique = property + "_" + std::to_string(n);
    taken.insert(lower(unique));
    columns.push_back({name, kind, unique + type_suffix(kind)});
  }
  return columns;
}

// One CSV record; fields are appended with add().
class Record {
 public:
  explicit Record(std::ostream& out) : out_(out) {}
  void add(std::string_view field) {
    if (!first_) out_ << ',';
    first_ = false;
    bool quote = field.empty() || field.find_first_of(",\"\r\n") != std::string_view::npos;
    if (!quote) {
      out_ << field;
      return;
    }
    out_ << '"';
    for (char c : field) {
      if (c == '"') out_ << '"';
      out_ << c;
    }
    out_ << '"';
  }
  // A field with no value: nothing between the commas.
  void add_missing() {
    if (!first_) out_ << ',';
    first_ = false;
  }
  void end() { out_ << "\r\n"; }

 private:
  std::ostream& out_;
  bool first_ = true;
};

void add_value(Record& record, const rapidjson::Value& object, const Column& column) {
  auto it = object.FindMember(
      rapidjson::StringRef(column.name.data(), static_cast<rapidjson::SizeType>(column.name.size())));
  if (it == object.MemberEnd()) return record.add_missing();
  const rapidjson::Value& v = it->value;
  if (column.kind != ColumnKind::kStringList) return record.add(cell_text(v, column.kind));
  if (v.Empty()) return record.add_missing();
  std::string joined;
  for (rapidjson::SizeType k = 0; k < v.Size(); ++k) {
    if (k > 0) joined += kArrayDelimiter;
    joined.append(v[k].GetString(), v[k].GetStringLength());
  }
  record.add(joined);
}

template <typename Objects>
std::vector<Column> columns_of(size_t count, Objects object_at, std::span<const std::string_view> fixed,
                               std::set<std::string> taken) {
  JsonAllocator a;
  ColumnKinds kinds;
  for (size_t i = 0; i < count; ++i) {
    see_members(kinds, object_at(i, a), fixed, csv_kind);
    a.Clear();
  }
  return typed_columns(kinds, std::move(taken));
}

Status finish(std::ostream& out, const char* what) {
  out.flush();
  if (!out) return Status::IoError(std::string("cannot write the CSV ") + what + ": the output stream failed");
  return Status::Ok();
}

bool is_directory(const std::string& path) {
  struct stat st;
  return ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

class CsvExporter final : public Exporter {
 public:
  std::string_view format() const override { return "csv"; }
  Status write(const KnowledgeGraph&, std::ostream&) const override {
    return Status::BadUsage("CSV is two files, nodes and edges: save it to a folder or NAME.csv");
  }
  // A folder named with a final '/' is made when missing (its parent must
  // exist, as for any output file), and removed again when the files
  // cannot be written, so a failed run leaves nothing behind.
  Status save(const KnowledgeGraph& graph, const std::string& path) const override {
    Result<CsvFiles> files = csv_files(path);
    if (!files.ok()) return files.status();
    bool made = false;
    if (path.back() == '/' && !is_directory(path)) {
      if (::mkdir(path.c_str(), 0777) != 0)
        return Status::IoError("cannot make the folder " + path + ": " + std::strerror(errno));
      made = true;
    }
    Status s = save_csv(graph, files.value());
    if (!s.ok() && made) ::rmdir(path.c_str());
    return s;
  }
};

}  // namespace

Status write_csv_nodes(const KnowledgeGraph& graph, std::ostream& out) {
  Entity held;  // node_object refers to its strings; each object is used before the next call
  auto node_at = [&](size_t v, JsonAllocator& a) {
    held = graph.node(static_cast<KnowledgeGraph::NodeIndex>(v));
    return node_object(held, a);
  };
  std::vector<Column> columns = columns_of(graph.node_count(), node_at, kNodeFixed, {"id", "label", "type"});
  Record header(out);
  for (std::string_view fixed : {":ID", "id", "label", "type", ":LABEL"}) header.add(fixed);
  for (const Column& c : columns) header.add(c.header);
  header.end();
  JsonAllocator a;
  for (KnowledgeGraph::NodeIndex v = 0; v < graph.node_count(); ++v) {
    const Entity& e = graph.node(v);
    std::string_view type = to_string(e.type);
    Record row(out);
    for (std::string_view fixed :
         {std::string_view(e.id), std::string_view(e.id), std::string_view(e.label), type, type})
      row.add(fixed);
    rapidjson::Value node = node_object(e, a);
    for (const Column& c : columns) add_value(row, node, c);
    a.Clear();
    row.end();
  }
  return finish(out, "nodes");
}

Status write_csv_edges(const KnowledgeGraph& graph, std::ostream& out) {
  Relation held;  // link_object refers to its strings; each object is used before the next call
  auto link_at = [&](size_t e, JsonAllocator& a) {
    held = graph.edge(static_cast<KnowledgeGraph::EdgeIndex>(e));
    return link_object(held, 0, a);
  };
  std::vector<Column> columns =
      columns_of(graph.edge_count(), link_at, kEdgeFixed, {"source", "target", "label", "weight"});
  Record header(out);
  for (std::string_view fixed : {":START_ID", ":END_ID", ":TYPE", "source", "target", "label", "weight:long", "Weight"})
    header.add(fixed);
  for (const Column& c : columns) header.add(c.header);
  header.end();
  JsonAllocator a;
  for (KnowledgeGraph::EdgeIndex i = 0; i < graph.edge_count(); ++i) {
    const Relation r = graph.edge(i);
    const std::string weight = std::to_string(r.weight);
    Record row(out);
    for (const std::string* fixed : {&r.source, &r.target, &r.type, &r.source, &r.target, &r.type, &weight, &weight})
      row.add(*fixed);
    rapidjson::Value link = link_object(r, 0, a);
    for (const Column& c : columns) add_value(row, link, c);
    a.Clear();
    row.end();
  }
  return finish(out, "edges");
}

Result<CsvFiles> csv_files(const std::string& output) {
  if (output.empty() || output == "-")
    return Status::BadUsage(
        "CSV is two files, nodes and edges: give a folder or NAME.csv to write, not standard output");
  if (output.back() == '/' || is_directory(output)) {
    std::string folder = output.back() == '/' ? output : output + "/";
    return CsvFiles{folder + "nodes.csv", folder + "edges.csv"};
  }
  std::string prefix = output;
  if (prefix.size() >= 4 && lower(prefix.substr(prefix.size() - 4)) == ".csv") prefix.resize(prefix.size() - 4);
  return CsvFiles{prefix + ".nodes.csv", prefix + ".edges.csv"};
}

// The edges file's body writes the nodes file whole (temporary, rename)
// before the edges file is renamed in turn: a failure before that leaves
// both files as they were. Only a failure of the very last steps (the
// edges file's sync, close or rename) comes after the new nodes file is in
// place; then both files are removed rather than left mismatched. Folders
// in the files' places, the one cause of a failing rename that can be
// seen beforehand, are refused before anything is written.
Status save_csv(const KnowledgeGraph& graph, const CsvFiles& files) {
  for (const std::string* path : {&files.nodes, &files.edges})
    if (is_directory(*path)) return Status::IoError("cannot write " + *path + ": Is a directory");
  // When a stream fails, write_file() names the cause (a full disk) and
  // the file; the writers' own message could not.
  auto body = [&graph](Status (*writer)(const KnowledgeGraph&, std::ostream&), std::ostream& out) {
    Status s = writer(graph, out);
    return s.ok() || !out ? Status::Ok() : s;
  };
  bool nodes_written = false;
  Status s = write_file(files.edges, [&](std::ostream& edges) {
    if (Status e = body(write_csv_edges, edges); !e.ok() || !edges) return e;
    Status n = write_file(files.nodes, [&](std::ostream& nodes) { return body(write_csv_nodes, nodes); });
    nodes_written = n.ok();
    return n;
  });
  if (!s.ok() && nodes_written) {
    ::unlink(files.nodes.c_str());
    ::unlink(files.edges.c_str());
  }
  return s;
}

std::unique_ptr<Exporter> make_csv_exporter() { return std::make_unique<CsvExporter>(); }

}  // namespace newsgraph::formats
