// The JSON node-link reader: our own files and networkx's node_link_data.
//
// The text is read event by event (RapidJSON's SAX reader), and each node,
// link and the graph object becomes a small tree of its own, read by
// read_node, read_link or read_graph_object and freed at once: the tree of
// a whole million-link file would take several times the file's size, on
// top of the graph being built from it.
#include <rapidjson/encodedstream.h>
#include <rapidjson/error/en.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>

#include "export/export.h"
#include "export/node_link.h"

namespace newsgraph::formats {

namespace {

using rapidjson::SizeType;

// The top-level object's members that mean something. Of a name given
// twice, the first is read (as a tree's FindMember would); of "links"
// (networkx before 3.4) and "edges" (later versions), whichever comes
// first.
enum class Part { kOther, kGraph, kNodes, kLinks };

class NodeLinkHandler : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, NodeLinkHandler> {
 public:
  explicit NodeLinkHandler(GraphDraft& draft) : draft_(draft), pool_(buffer_, sizeof buffer_), element_(&pool_) {}

  const Status& status() const { return status_; }
  bool saw_nodes() const { return seen_[static_cast<int>(Part::kNodes)]; }

  bool StartObject() { return open(true, [](rapidjson::Document& d) { return d.StartObject(); }); }
  bool StartArray() { return open(false, [](rapidjson::Document& d) { return d.StartArray(); }); }
  bool EndObject(SizeType n) { return close([n](rapidjson::Document& d) { return d.EndObject(n); }); }
  bool EndArray(SizeType n) { return close([n](rapidjson::Document& d) { return d.EndArray(n); }); }
  bool Key(const char* s, SizeType n, bool copy) {
    if (in_element_) return element_.Key(s, n, copy);
    if (depth_ == 1) key_.assign(s, n);
    return true;
  }
  bool Null() { return scalar([](rapidjson::Document& d) { return d.Null(); }); }
  bool Bool(bool b) { return scalar([b](rapidjson::Document& d) { return d.Bool(b); }); }
  bool Int(int i) { return scalar([i](rapidjson::Document& d) { return d.Int(i); }); }
  bool Uint(unsigned u) { return scalar([u](rapidjson::Document& d) { return d.Uint(u); }); }
  bool Int64(int64_t i) { return scalar([i](rapidjson::Document& d) { return d.Int64(i); }); }
  bool Uint64(uint64_t u) { return scalar([u](rapidjson::Document& d) { return d.Uint64(u); }); }
  bool Double(double x) { return scalar([x](rapidjson::Document& d) { return d.Double(x); }); }
  bool String(const char* s, SizeType n, bool copy) {
    return scalar([=](rapidjson::Document& d) { return d.String(s, n, copy); });
  }

 private:
  bool fail(Status s) {
    status_ = std::move(s);
    return false;
  }

  // A member of the top-level object begins: which part it is.
  bool begin_member(bool is_array) {
    Part part = key_ == "nodes" ? Part::kNodes
                : key_ == "links" || key_ == "edges" ? Part::kLinks
                : key_ == "graph" ? Part::kGraph
                : Part::kOther;
    if (part != Part::kOther && seen_[static_cast<int>(part)]) part = Part::kOther;
    seen_[static_cast<int>(part)] = true;
    part_ = part;
    if ((part == Part::kNodes || part == Part::kLinks) && !is_array)
      return fail(Status::BadInput(key_ + " must be an array"));
    if (part == Part::kNodes) {
      draft_.node_where = [](size_t i) { return "nodes[" + std::to_string(i) + "]"; };
    } else if (part == Part::kLinks) {
      draft_.relation_where = [name = key_](size_t i) { return name + "[" + std::to_string(i) + "]"; };
      links_name_ = key_;
    }
    count_ = 0;
    return true;
  }

  // A value begins at `depth_`: an element when it is the graph object or
  // an item of the nodes or links.
  void maybe_begin_element() {
    if (in_element_) return;
    if ((part_ == Part::kGraph && depth_ == 1) || ((part_ == Part::kNodes || part_ == Part::kLinks) && depth_ == 2)) {
      in_element_ = true;
      element_depth_ = depth_;
    }
  }

  template <typename Forward>
  bool scalar(Forward forward) {
    if (depth_ == 0) return fail(Status::BadInput("not a node-link graph: the top level is not a JSON object"));
    if (depth_ == 1 && !begin_member(false)) return false;
    maybe_begin_element();
    if (!in_element_) return true;
    forward(element_);
    return depth_ == element_depth_ ? end_element() : true;
  }

  template <typename Forward>
  bool open(bool is_object, Forward forward) {
    if (depth_ == 0) {
      if (!is_object) return fail(Status::BadInput("not a node-link graph: the top level is not a JSON object"));
      depth_ = 1;
      return true;
    }
    if (depth_ == 1 && !begin_member(!is_object)) return false;
    maybe_begin_element();
    ++depth_;
    if (in_element_) forward(element_);
    return true;
  }

  template <typename Forward>
  bool close(Forward forward) {
    --depth_;
    if (in_element_) {
      forward(element_);
      return depth_ == element_depth_ ? end_element() : true;
    }
    if (depth_ == 1 && part_ == Part::kNodes) {
      part_ = Part::kOther;
      if (Status s = end_of_nodes(draft_); !s.ok()) return fail(std::move(s));
    }
    return true;
  }

  // The element's events went straight into the document's handler; a
  // generator with nothing more to add makes Populate move the finished
  // value from its stack into the document.
  bool end_element() {
    in_element_ = false;
    auto nothing_more = [](rapidjson::Document&) { return true; };
    element_.Populate(nothing_more);
    Status s;
    if (part_ == Part::kGraph) s = read_graph_object(element_, draft_);
    else if (part_ == Part::kNodes) s = read_node(element_, "nodes[" + std::to_string(count_++) + "]", draft_);
    else s = read_link(element_, links_name_ + "[" + std::to_string(count_++) + "]", draft_);
    element_.SetNull();
    pool_.Clear();
    return s.ok() || fail(std::move(s));
  }

  GraphDraft& draft_;
  Status status_;
  size_t depth_ = 0;  // containers open
  std::string key_;   // the last key of the top-level object
  Part part_ = Part::kOther;
  bool seen_[4] = {};
  std::string links_name_;
  size_t count_ = 0;  // items of the current array read
  bool in_element_ = false;
  size_t element_depth_ = 0;  // depth_ where the element began
  char buffer_[16384];        // most elements fit here: no allocation per element
  rapidjson::MemoryPoolAllocator<> pool_;
  rapidjson::Document element_;
};

}  // namespace

Status read_json_draft(std::string_view bytes, GraphDraft& draft) {
  std::string_view text = bytes;
  std::string rewritten, error;
  size_t offset = 0;
  if (!vet_json(text, rewritten, error, offset)) return Status::BadInput(line_at(bytes, offset) + ": " + error);
  rapidjson::MemoryStream memory(text.data(), text.size());
  rapidjson::EncodedInputStream<rapidjson::UTF8<>, rapidjson::MemoryStream> in(memory);
  NodeLinkHandler handler(draft);
  rapidjson::Reader reader;
  rapidjson::ParseResult parsed = reader.Parse<kJsonParseFlags>(in, handler);
  if (!handler.status().ok()) return handler.status();
  if (parsed.IsError())
    return Status::BadInput(line_at(bytes, parsed.Offset()) + ": " + rapidjson::GetParseError_En(parsed.Code()));
  if (!handler.saw_nodes()) return Status::BadInput("not a node-link graph: no \"nodes\"");
  return Status::Ok();
}

Result<KnowledgeGraph> parse_json_graph(std::string_view bytes, const std::string& source) {
  GraphDraft draft;
  if (Status s = read_json_draft(bytes, draft); !s.ok()) return Status::BadInput(source + ": " + s.message());
  return finish(std::move(draft), source);
}

}  // namespace newsgraph::formats
