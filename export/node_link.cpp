#include "export/node_link.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>

#include <rapidjson/error/en.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace newsgraph::formats {

namespace {

using rapidjson::StringRef;
using rapidjson::Value;

// The fields the node-link form gives a meaning; any other name is an
// attribute.
constexpr std::array<std::string_view, 15> kNodeFields = {
    "id",      "type",      "label",    "aliases", "name_counts", "canonical", "roles", "country",
    "mentions", "documents", "evidence", "kind",    "date",        "place",     "status"};
constexpr std::array<std::string_view, 9> kLinkFields = {"source", "target", "key",       "type",    "date",
                                                         "weight", "roles",  "documents", "evidence"};
constexpr std::array<std::string_view, 2> kGraphFields = {"generator", "documents"};

template <size_t N>
bool is_field(const std::array<std::string_view, N>& fields, std::string_view name) {
  return std::find(fields.begin(), fields.end(), name) != fields.end();
}

// ---------------------------------------------------------------------------
// Writing

Value string_ref(std::string_view s) { return Value(StringRef(s.data(), static_cast<rapidjson::SizeType>(s.size()))); }

void add(Value& object, std::string_view name, Value value, JsonAllocator& a) {
  Value key = string_ref(name);
  object.AddMember(key, value, a);
}

template <typename Strings>
Value string_array(const Strings& strings, JsonAllocator& a) {
  Value array(rapidjson::kArrayType);
  array.Reserve(static_cast<rapidjson::SizeType>(strings.size()), a);
  for (const std::string& s : strings) array.PushBack(string_ref(s), a);
  return array;
}

void add_string(Value& object, std::string_view name, const std::string& s, JsonAllocator& a) {
  if (!s.empty()) add(object, name, string_ref(s), a);
}

template <typename Strings>
void add_strings(Value& object, std::string_view name, const Strings& strings, JsonAllocator& a) {
  if (!strings.empty()) add(object, name, string_array(strings, a), a);
}

void add_evidence(Value& object, const std::vector<Evidence>& evidence, JsonAllocator& a) {
  if (evidence.empty()) return;
  Value array(rapidjson::kArrayType);
  for (const Evidence& ev : evidence) {
    Value span(rapidjson::kObjectType);
    add(span, "document", string_ref(ev.document), a);
    add(span, "start", Value(ev.start), a);
    add(span, "end", Value(ev.end), a);
    add(span, "text", string_ref(ev.text), a);
    array.PushBack(span, a);
  }
  add(object, "evidence", std::move(array), a);
}

Value attribute_value(const newsgraph::Value& value, JsonAllocator& a) {
  struct Visitor {
    JsonAllocator& a;
    Value operator()(bool b) const { return Value(b); }
    Value operator()(int64_t i) const { return Value(i); }
    Value operator()(double d) const { return Value(d); }
    Value operator()(const std::string& s) const { return string_ref(s); }
    Value operator()(const std::vector<std::string>& list) const { return string_array(list, a); }
  };
  return std::visit(Visitor{a}, value);
}

template <size_t N>
void add_attributes(Value& object, const Attributes& attributes, const std::array<std::string_view, N>& fields,
                    JsonAllocator& a) {
  for (const auto& [name, value] : attributes)
    if (!is_field(fields, name)) add(object, name, attribute_value(value, a), a);
}

// ---------------------------------------------------------------------------
// Reading

std::string text_of(const Value& v) { return std::string(v.GetString(), v.GetStringLength()); }
std::string_view name_of(const Value::ConstMemberIterator& m) {
  return std::string_view(m->name.GetString(), m->name.GetStringLength());
}

const char* type_name(const Value& v) {
  if (v.IsNull()) return "null";
  if (v.IsBool()) return "a boolean";
  if (v.IsNumber()) return "a number";
  if (v.IsString()) return "a string";
  if (v.IsArray()) return "an array";
  return "an object";
}

// Frees a container's memory (`x = {}` would keep its capacity).
template <typename T>
void release(T& x) {
  T empty;
  std::swap(x, empty);
}

// Where a value is, for messages: "links[7]: link \"a\" -> \"b\"". Built
// only when a message is, since reading a big graph would otherwise make a
// string for every node and link.
class Context {
 public:
  explicit Context(std::string fixed) : fixed_(std::move(fixed)) {}
  Context(const std::string& where, const char* kind, const std::string& first, const std::string* second = nullptr)
      : where_(&where), kind_(kind), first_(&first), second_(second) {}
  std::string str() const {
    if (!where_) return fixed_;
    std::string s = *where_ + ": " + kind_ + " \"" + *first_ + "\"";
    if (second_) s += " -> \"" + *second_ + "\"";
    return s;
  }

 private:
  std::string fixed_;
  const std::string* where_ = nullptr;
  const char* kind_ = nullptr;
  const std::string* first_ = nullptr;
  const std::string* second_ = nullptr;
};

std::string operator+(const Context& context, std::string_view more) { return context.str().append(more); }

Status bad_type(const Context& context, std::string_view field, const char* expected, const Value& v) {
  return Status::BadInput(context + ": \"" + std::string(field) + "\" must be " + expected + ", not " + type_name(v));
}

// Node ids and link ends: strings, or integers as networkx graphs often have.
bool read_id(const Value& v, std::string& out) {
  if (v.IsString()) out = text_of(v);
  else if (v.IsInt64()) out = std::to_string(v.GetInt64());
  else if (v.IsUint64()) out = std::to_string(v.GetUint64());
  else return false;
  return true;
}

Status read_string(const Value& v, const Context& context, std::string_view field, std::string& out) {
  if (!v.IsString()) return bad_type(context, field, "a string", v);
  out = text_of(v);
  return Status::Ok();
}

template <typename Inserter>
Status read_strings(const Value& v, const Context& context, std::string_view field, Inserter insert) {
  if (!v.IsArray()) return bad_type(context, field, "an array of strings", v);
  for (const Value& item : v.GetArray()) {
    if (!item.IsString()) return bad_type(context, field, "an array of strings", item);
    insert(text_of(item));
  }
  return Status::Ok();
}

Status read_set(const Value& v, const Context& context, std::string_view field, std::set<std::string>& out) {
  return read_strings(v, context, field, [&](std::string s) { out.insert(std::move(s)); });
}

// Counts are unsigned integers; 3.0 reads as 3 (some tools write all
// numbers as doubles).
bool get_count(const Value& v, uint64_t& out) {
  if (v.IsUint64()) {
    out = v.GetUint64();
    return true;
  }
  if (v.IsDouble()) {
    double d = v.GetDouble();
    if (d >= 0 && d < 18446744073709551616.0 && std::floor(d) == d) {
      out = static_cast<uint64_t>(d);
      return true;
    }
  }
  return false;
}

Status read_count(const Value& v, const Context& context, std::string_view field, uint64_t& out) {
  if (!get_count(v, out)) return bad_type(context, field, "a non-negative integer", v);
  return Status::Ok();
}

Status read_evidence(const Value& v, const Context& context, std::vector<Evidence>& out) {
  const char* expected = "an array of {\"document\", \"start\", \"end\", \"text\"} objects";
  if (!v.IsArray()) return bad_type(context, "evidence", expected, v);
  std::vector<Evidence> spans;
  for (const Value& item : v.GetArray()) {
    if (!item.IsObject()) return bad_type(context, "evidence", expected, item);
    Evidence ev;
    auto document = item.FindMember("document"), start = item.FindMember("start"), end = item.FindMember("end");
    if (document == item.MemberEnd() || start == item.MemberEnd() || end == item.MemberEnd())
      return Status::BadInput(context + ": every \"evidence\" span needs \"document\", \"start\" and \"end\"");
    if (!document->value.IsString()) return bad_type(context, "evidence.document", "a string", document->value);
    if (!start->value.IsUint()) return bad_type(context, "evidence.start", "a 32-bit unsigned integer", start->value);
    if (!end->value.IsUint()) return bad_type(context, "evidence.end", "a 32-bit unsigned integer", end->value);
    ev.document = text_of(document->value);
    ev.start = start->value.GetUint();
    ev.end = end->value.GetUint();
    if (ev.end < ev.start) return Status::BadInput(context + ": an \"evidence\" span ends before it starts");
    if (auto text = item.FindMember("text"); text != item.MemberEnd()) {
      if (!text->value.IsString()) return bad_type(context, "evidence.text", "a string", text->value);
      ev.text = text_of(text->value);
    }
    spans.push_back(std::move(ev));
  }
  merge_evidence(out, spans);  // sorted, unique and capped, as the graph keeps it
  return Status::Ok();
}

// Any other JSON value as an attribute. Values the graph has no type for
// are kept as text: a list with non-strings becomes a list of each item's
// JSON text ([1, "a"] -> ["1", "a"]), an object its JSON text; null is no
// value at all.
std::optional<newsgraph::Value> to_attribute(const Value& v) {
  if (v.IsNull()) return std::nullopt;
  if (v.IsBool()) return newsgraph::Value(v.GetBool());
  if (v.IsInt64()) return newsgraph::Value(v.GetInt64());
  if (v.IsNumber()) return newsgraph::Value(v.GetDouble());  // doubles, and integers past int64
  if (v.IsString()) return newsgraph::Value(text_of(v));
  if (v.IsArray()) {
    std::vector<std::string> items;
    for (const Value& item : v.GetArray()) items.push_back(item.IsString() ? text_of(item) : to_json_text(item));
    return newsgraph::Value(std::move(items));
  }
  return newsgraph::Value(to_json_text(v));
}

void read_attribute(Attributes& attributes, std::string_view name, const Value& v) {
  if (auto value = to_attribute(v)) attributes[std::string(name)] = std::move(*value);
}

// Nodes and links wait in the draft in batches of this many: small beside
// a big file's, which the builder keeps in a fraction of their size.
constexpr size_t kBatch = 1024;

void hand_over_links(GraphDraft& draft) {
  draft.builder.add_relations(std::move(draft.relations));
  draft.relations = {};
}

// The label rule. GraphBuilder derives every label (graph.h): `canonical`
// if set, else the most frequent full name among `names`, else the label
// it was given (which a merge does not keep: the first node added wins).
// Reading must hand it names and canonical such that it derives the label
// that was read:
//   - name_counts are the names; without them (a user graph), aliases are
//     names seen once;
//   - "canonical": true, or a label in a user graph without name_counts,
//     makes the label canonical, so that merging the user graph with
//     others keeps it whatever the order;
//   - in our own files, a node without name_counts has no names: its label
//     is the fallback, as in the graph that was written;
//   - any node whose label would still come out different (a file whose
//     label someone edited) gets that label as canonical.
// Our files thus read back with the names and canonical they were written
// with, and write the same bytes again. Each node's label depends on that
// node alone, so nodes can be settled in batches.
void hand_over_nodes(GraphDraft& draft) {
  std::vector<Entity>& entities = draft.entities;
  std::vector<GraphDraft::NodeInfo>& info = draft.node_info;
  GraphBuilder probe;
  bool probed = false;
  for (size_t i = 0; i < entities.size(); ++i) {
    Entity& e = entities[i];
    GraphDraft::NodeInfo& n = info[i];
    std::string label = n.label.value_or(e.id);
    if (!n.has_name_counts)
      for (const std::string& alias : n.aliases) e.names.emplace(alias, 1);
    if (n.canonical || (!draft.ours && !n.has_name_counts && n.label)) e.canonical = label;
    e.label = std::move(label);
    if (e.canonical.empty() && !e.names.empty()) {
      Entity names_only;
      names_only.id = e.id;
      names_only.names = e.names;
      probe.add_entity(std::move(names_only));
      probed = true;
    }
  }
  info.clear();
  if (probed) {
    KnowledgeGraph derived = probe.build();
    for (Entity& e : entities)
      if (std::optional<KnowledgeGraph::NodeIndex> v = derived.find(e.id); v && derived.node_label(*v) != e.label)
        e.canonical = e.label;
  }
  draft.builder.add_entities(std::move(entities));
  entities = {};
}

// Both ends of a link are ids of nodes (end_of_nodes has been called).
Status check_ends(GraphDraft& draft, const Relation& r, const std::string& where) {
  for (auto [end, id] : {std::pair<const char*, const std::string*>{"source", &r.source}, {"target", &r.target}}) {
    if (id == &r.source && !r.source.empty() && r.source == draft.last_source) continue;
    if (!draft.node_ids.find(*id))
      return Status::BadInput(where + ": link " + end + " \"" + *id + "\" is not the id of a node");
  }
  draft.last_source = r.source;
  return Status::Ok();
}

}  // namespace

bool is_structured_field(std::string_view name) {
  return name == "aliases" || name == "name_counts" || name == "roles" || name == "documents" || name == "evidence";
}

std::string generator() { return "newsgraph " NEWSGRAPH_VERSION; }

rapidjson::Value graph_object(const KnowledgeGraph& graph, JsonAllocator& a) {
  Value object(rapidjson::kObjectType);
  add(object, "generator", Value(generator().c_str(), a), a);
  if (!graph.documents().empty()) {
    Value documents(rapidjson::kArrayType);
    for (const DocumentInfo& d : graph.documents()) {
      Value document(rapidjson::kObjectType);
      add(document, "id", string_ref(d.id), a);
      add_string(document, "title", d.title, a);
      add_string(document, "date", d.date, a);
      add_string(document, "source", d.source, a);
      add_string(document, "url", d.url, a);
      documents.PushBack(document, a);
    }
    add(object, "documents", std::move(documents), a);
  }
  add_attributes(object, graph.attributes(), kGraphFields, a);
  return object;
}

rapidjson::Value node_object(const Entity& e, JsonAllocator& a) {
  Value object(rapidjson::kObjectType);
  add(object, "id", string_ref(e.id), a);
  add(object, "type", string_ref(to_string(e.type)), a);
  add(object, "label", string_ref(e.label), a);
  Value aliases(rapidjson::kArrayType);  // names other than the label, in byte order
  for (const auto& [name, count] : e.names)
    if (name != e.label) aliases.PushBack(string_ref(name), a);
  if (!aliases.Empty()) add(object, "aliases", std::move(aliases), a);
  if (!e.names.empty()) {
    Value counts(rapidjson::kObjectType);
    for (const auto& [name, count] : e.names) add(counts, name, Value(count), a);
    add(object, "name_counts", std::move(counts), a);
  }
  if (!e.canonical.empty() && e.canonical == e.label) add(object, "canonical", Value(true), a);
  add_strings(object, "roles", e.roles, a);
  add_string(object, "country", e.country, a);
  if (e.mentions > 0) add(object, "mentions", Value(e.mentions), a);
  add_strings(object, "documents", e.documents, a);
  add_evidence(object, e.evidence, a);
  add_string(object, "kind", e.kind, a);
  add_string(object, "date", e.date, a);
  add_string(object, "place", e.place, a);
  add_string(object, "status", e.status, a);
  add_attributes(object, e.attributes, kNodeFields, a);
  return object;
}

rapidjson::Value link_object(const Relation& r, uint64_t key, JsonAllocator& a) {
  Value object(rapidjson::kObjectType);
  add(object, "source", string_ref(r.source), a);
  add(object, "target", string_ref(r.target), a);
  add(object, "key", Value(key), a);
  add(object, "type", string_ref(r.type), a);
  add_string(object, "date", r.date, a);
  add(object, "weight", Value(r.weight), a);
  add_strings(object, "roles", r.roles, a);
  add_strings(object, "documents", r.documents, a);
  add_evidence(object, r.evidence, a);
  add_attributes(object, r.attributes, kLinkFields, a);
  return object;
}

std::string to_json_text(const rapidjson::Value& value) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);  // NaN too: see CMakeLists.txt
  value.Accept(writer);
  return std::string(buffer.GetString(), buffer.GetSize());
}

// The code unit of the \uXXXX escape at `at` (the backslash), or -1.
long escaped_unit(std::string_view text, size_t at) {
  if (at + 6 > text.size() || text[at] != '\\' || text[at + 1] != 'u') return -1;
  long unit = 0;
  for (size_t k = at + 2; k < at + 6; ++k) {
    char h = text[k];
    int digit = h >= '0' && h <= '9' ? h - '0' : h >= 'a' && h <= 'f' ? h - 'a' + 10 : h >= 'A' && h <= 'F' ? h - 'A' + 10 : -1;
    if (digit < 0) return -1;
    unit = unit * 16 + digit;
  }
  return unit;
}

bool vet_json(std::string_view& text, std::string& rewritten, std::string& error, size_t& offset) {
  // Nesting first, without recursion: brackets outside strings.
  struct ZeroNumber {
    size_t start, end;
    bool negative;
  };
  std::vector<ZeroNumber> zeros;
  size_t depth = 0;
  bool in_string = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (in_string) {
      if (c == '\\') {
        // RapidJSON 1.1 decodes a \u escape of a lone surrogate into bytes
        // that are not UTF-8; such a string names no character.
        long unit = escaped_unit(text, i);
        if (unit >= 0xD800 && unit <= 0xDBFF) {
          long low = escaped_unit(text, i + 6);
          if (low >= 0xDC00 && low <= 0xDFFF) {
            i += 11;  // the pair, both escapes
            continue;
          }
        }
        if (unit >= 0xD800 && unit <= 0xDFFF) {
          error = "a \\u escape of a lone surrogate, which is not a character";
          offset = i;
          return false;
        }
        // NUL cuts names short in GraphML, GEXF and DOT (C strings, and
        // XML has no such character), so no graph can hold one.
        if (unit == 0) {
          error = "a \\u0000 escape (NUL), which no graph format can carry";
          offset = i;
          return false;
        }
        ++i;
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > kMaxJsonDepth) {
        error = "nested more than " + std::to_string(kMaxJsonDepth) + " levels deep";
        offset = i;
        return false;
      }
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    } else if (c == 'N' || c == 'I') {
      // RapidJSON 1.1 reads on past NaN or Infinity into an exponent
      // ("NaNe0") and then asserts (internal/strtod.h); such text is no
      // number in any dialect.
      std::string_view word = c == 'N' ? "NaN" : "Infinity";
      if (text.substr(i).starts_with(word) && i + word.size() < text.size() &&
          std::string_view("0123456789.eE+-").find(text[i + word.size()]) != std::string_view::npos) {
        error = "Invalid value.";
        offset = i;
        return false;
      }
    } else if (c == '-' || (c >= '0' && c <= '9')) {
      size_t end = i;
      while (end < text.size() && std::string_view("0123456789.eE+-").find(text[end]) != std::string_view::npos) ++end;
      std::string_view number = text.substr(i, end - i);
      size_t e = number.find_first_of("eE");
      if (e != std::string_view::npos && number.substr(0, e).find_first_not_of("-0.") == std::string_view::npos &&
          number.substr(0, e).find('0') != std::string_view::npos)
        zeros.push_back({i, end, number.starts_with('-')});
      i = end - 1;
    }
  }
  // RapidJSON 1.1's full-precision path normalises a zero significand with
  // clz(0), undefined behaviour (internal/diyfp.h), for any 0e-N with N >
  // 22. Such a number is zero whatever its exponent: it is read as 0.0.
  if (!zeros.empty()) {
    size_t from = 0;
    for (const ZeroNumber& z : zeros) {
      rewritten.append(text.substr(from, z.start - from));
      rewritten += z.negative ? "-0.0" : "0.0";
      from = z.end;
    }
    rewritten.append(text.substr(from));
    text = rewritten;
  }
  return true;
}

bool parse_json(std::string_view text, rapidjson::Document& doc, std::string& error, size_t& offset) {
  std::string rewritten;
  if (!vet_json(text, rewritten, error, offset)) return false;
  doc.Parse<kJsonParseFlags>(text.data(), text.size());
  if (!doc.HasParseError()) return true;
  error = rapidjson::GetParseError_En(doc.GetParseError());
  offset = doc.GetErrorOffset();
  return false;
}

Status read_graph_object(const rapidjson::Value& object, GraphDraft& draft) {
  const Context context("graph");
  if (!object.IsObject()) return Status::BadInput("\"graph\" must be an object, not " + std::string(type_name(object)));
  draft.graph_read = true;
  for (auto m = object.MemberBegin(); m != object.MemberEnd(); ++m) {
    std::string_view name = name_of(m);
    const Value& v = m->value;
    if (v.IsNull()) {
      continue;
    } else if (name == "generator") {
      draft.ours = v.IsString() && std::string_view(v.GetString(), v.GetStringLength()).starts_with("newsgraph");
    } else if (name == "documents") {
      if (!v.IsArray()) return bad_type(context, name, "an array of document objects", v);
      for (const Value& item : v.GetArray()) {
        if (!item.IsObject()) return bad_type(context, name, "an array of document objects", item);
        DocumentInfo d;
        auto id = item.FindMember("id");
        if (id == item.MemberEnd() || !id->value.IsString())
          return Status::BadInput("graph: every document needs a string \"id\"");
        d.id = text_of(id->value);
        const Context doc_context("graph: document \"" + d.id + "\"");
        for (auto [field, out] : {std::pair<const char*, std::string*>{"title", &d.title},
                                  {"date", &d.date},
                                  {"source", &d.source},
                                  {"url", &d.url}})
          if (auto f = item.FindMember(field); f != item.MemberEnd())
            if (Status s = read_string(f->value, doc_context, field, *out); !s.ok()) return s;
        draft.documents.push_back(std::move(d));
      }
    } else {
      read_attribute(draft.attributes, name, v);
    }
  }
  return Status::Ok();
}

Status read_node(const rapidjson::Value& object, const std::string& where, GraphDraft& draft) {
  if (!object.IsObject()) return Status::BadInput(where + ": a node must be an object, not " + type_name(object));
  GraphDraft::NodeInfo node;
  Entity e;
  auto id = object.FindMember("id");
  if (id == object.MemberEnd()) return Status::BadInput(where + ": node without \"id\"");
  if (!read_id(id->value, e.id)) return bad_type(Context(where), "id", "a string or an integer", id->value);
  if (e.id.empty()) return Status::BadInput(where + ": node with an empty \"id\"");
  const Context context(where, "node", e.id);

  std::optional<std::string> unknown_type;
  for (auto m = object.MemberBegin(); m != object.MemberEnd(); ++m) {
    std::string_view name = name_of(m);
    const Value& v = m->value;
    Status s;
    if (name == "id" || v.IsNull()) {  // null: no value, as for attributes
      continue;
    } else if (name == "type") {
      std::string type;
      s = read_string(v, context, name, type);
      std::optional<NodeType> known = parse_node_type(type);
      e.type = known.value_or(NodeType::kEntity);
      unknown_type = known ? std::nullopt : std::optional<std::string>(type);
    } else if (name == "label") {
      node.label.emplace();
      s = read_string(v, context, name, *node.label);
    } else if (name == "aliases") {
      s = read_strings(v, context, name, [&](std::string a) { node.aliases.push_back(std::move(a)); });
    } else if (name == "name_counts") {
      if (!v.IsObject()) return bad_type(context, name, "an object of counts", v);
      node.has_name_counts = true;
      for (auto c = v.MemberBegin(); c != v.MemberEnd(); ++c) {
        uint64_t count = 0;
        if (!get_count(c->value, count))
          return bad_type(context, "name_counts." + std::string(name_of(c)), "a non-negative integer", c->value);
        e.names[std::string(name_of(c))] = count;
      }
    } else if (name == "canonical") {
      if (!v.IsBool()) return bad_type(context, name, "a boolean", v);
      node.canonical = v.GetBool();
    } else if (name == "roles") {
      s = read_set(v, context, name, e.roles);
    } else if (name == "country") {
      s = read_string(v, context, name, e.country);
    } else if (name == "mentions") {
      s = read_count(v, context, name, e.mentions);
    } else if (name == "documents") {
      s = read_set(v, context, name, e.documents);
    } else if (name == "evidence") {
      s = read_evidence(v, context, e.evidence);
    } else if (name == "kind") {
      s = read_string(v, context, name, e.kind);
    } else if (name == "date") {
      s = read_string(v, context, name, e.date);
    } else if (name == "place") {
      s = read_string(v, context, name, e.place);
    } else if (name == "status") {
      s = read_string(v, context, name, e.status);
    } else {
      read_attribute(e.attributes, name, v);
    }
    if (!s.ok()) return s;
  }
  // A type the graph does not know reads as entity; the original stays.
  if (unknown_type) e.attributes.emplace("source_type", *unknown_type);
  const auto position = static_cast<uint32_t>(draft.node_ids.size());
  if (std::optional<uint32_t> first = draft.node_ids.insert(e.id, position))
    return Status::BadInput(where + ": duplicate node id \"" + e.id + "\" (first at " + draft.node_where(*first) + ")");
  draft.entities.push_back(std::move(e));
  draft.node_info.push_back(std::move(node));
  if (draft.graph_read && draft.entities.size() >= kBatch) hand_over_nodes(draft);
  return Status::Ok();
}

Status read_link(const rapidjson::Value& object, const std::string& where, GraphDraft& draft) {
  if (!object.IsObject()) return Status::BadInput(where + ": a link must be an object, not " + type_name(object));
  Relation r;
  for (auto [field, out] : {std::pair<const char*, std::string*>{"source", &r.source}, {"target", &r.target}}) {
    auto end = object.FindMember(field);
    if (end == object.MemberEnd()) return Status::BadInput(where + ": link without \"" + field + "\"");
    if (!read_id(end->value, *out)) return bad_type(Context(where), field, "a string or an integer", end->value);
  }
  const Context context(where, "link", r.source, &r.target);
  for (auto m = object.MemberBegin(); m != object.MemberEnd(); ++m) {
    std::string_view name = name_of(m);
    const Value& v = m->value;
    Status s;
    if (name == "source" || name == "target" || name == "key" || v.IsNull()) {
      continue;  // the key follows from the link order; null is no value
    } else if (name == "type") {
      s = read_string(v, context, name, r.type);
    } else if (name == "date") {
      s = read_string(v, context, name, r.date);
    } else if (name == "weight") {
      s = read_count(v, context, name, r.weight);
    } else if (name == "roles") {
      s = read_set(v, context, name, r.roles);
    } else if (name == "documents") {
      s = read_set(v, context, name, r.documents);
    } else if (name == "evidence") {
      s = read_evidence(v, context, r.evidence);
    } else {
      read_attribute(r.attributes, name, v);
    }
    if (!s.ok()) return s;
  }
  if (draft.nodes_done)
    if (Status s = check_ends(draft, r, where); !s.ok()) return s;
  draft.relations.push_back(std::move(r));
  if (draft.nodes_done && draft.relations.size() >= kBatch) hand_over_links(draft);
  return Status::Ok();
}

Status end_of_nodes(GraphDraft& draft) {
  if (draft.nodes_done) return Status::Ok();
  draft.nodes_done = true;
  for (size_t i = 0; i < draft.relations.size(); ++i)
    if (Status s = check_ends(draft, draft.relations[i], draft.relation_where(i)); !s.ok()) return s;
  return Status::Ok();
}

Result<KnowledgeGraph> finish(GraphDraft draft, const std::string& source) {
  if (Status s = end_of_nodes(draft); !s.ok()) return Status::BadInput(source + ": " + s.message());
  hand_over_nodes(draft);
  release(draft.node_ids);
  GraphBuilder& builder = draft.builder;
  for (DocumentInfo& d : draft.documents) builder.add_document(std::move(d));
  hand_over_links(draft);
  for (auto& [name, value] : draft.attributes) builder.set_attribute(name, std::move(value));
  return builder.build();
}

std::string line_at(std::string_view text, size_t offset) {
  offset = std::min(offset, text.size());
  return "line " + std::to_string(1 + std::count(text.begin(), text.begin() + static_cast<ptrdiff_t>(offset), '\n'));
}

}  // namespace newsgraph::formats
