// The JSON node-link writer (CONTRACT.md, "JSON graph").
#include <ostream>
#include <string>

#include <rapidjson/prettywriter.h>
#include <rapidjson/writer.h>

#include "export/exporters.h"
#include "export/node_link.h"

namespace newsgraph::formats {

namespace {

// A RapidJSON output stream into a std::ostream, through a buffer (one
// ostream::put per character would be slow).
class BufferedOut {
 public:
  using Ch = char;
  explicit BufferedOut(std::ostream& out) : out_(out) { buffer_.reserve(kSize); }
  void Put(char c) {
    buffer_.push_back(c);
    if (buffer_.size() == kSize) Flush();
  }
  void Flush() {
    out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    buffer_.clear();
  }

 private:
  static constexpr size_t kSize = 1 << 16;
  std::ostream& out_;
  std::string buffer_;
};

template <typename Writer>
void write_graph(const KnowledgeGraph& graph, Writer& writer) {
  JsonAllocator allocator;
  writer.StartObject();
  writer.Key("directed");
  writer.Bool(true);
  writer.Key("multigraph");
  writer.Bool(true);
  writer.Key("graph");
  graph_object(graph, allocator).Accept(writer);
  // One node or link at a time, so the DOM never holds the whole graph.
  allocator.Clear();
  writer.Key("nodes");
  writer.StartArray();
  for (KnowledgeGraph::NodeIndex v = 0; v < graph.node_count(); ++v) {
    node_object(graph.node(v), allocator).Accept(writer);
    allocator.Clear();
  }
  writer.EndArray();
  writer.Key("links");
  writer.StartArray();
  uint64_t key = 0;
  for (KnowledgeGraph::EdgeIndex e = 0; e < graph.edge_count(); ++e) {
    // Links are sorted by (source, target, ...): parallel links are
    // neighbours, numbered 0, 1, 2... as networkx numbers multigraph keys.
    bool parallel = e > 0 && graph.source(e) == graph.source(e - 1) && graph.target(e) == graph.target(e - 1);
    key = parallel ? key + 1 : 0;
    link_object(graph.edge(e), key, allocator).Accept(writer);
    allocator.Clear();
  }
  writer.EndArray();
  writer.EndObject();
}

class JsonExporter final : public Exporter {
 public:
  explicit JsonExporter(bool pretty) : pretty_(pretty) {}
  std::string_view format() const override { return "json"; }

  Status write(const KnowledgeGraph& graph, std::ostream& out) const override {
    // NaN and infinities are written (RAPIDJSON_WRITE_DEFAULT_FLAGS, see
    // CMakeLists.txt) as Python's json writes and reads them.
    static_assert(rapidjson::kWriteDefaultFlags & rapidjson::kWriteNanAndInfFlag);
    BufferedOut stream(out);
    if (pretty_) {
      rapidjson::PrettyWriter<BufferedOut> writer(stream);
      writer.SetIndent(' ', 2);
      write_graph(graph, writer);
    } else {
      rapidjson::Writer<BufferedOut> writer(stream);
      write_graph(graph, writer);
    }
    stream.Put('\n');
    stream.Flush();
    out.flush();
    if (!out) return Status::IoError("cannot write the JSON graph: the output stream failed");
    return Status::Ok();
  }

 private:
  bool pretty_;
};

}  // namespace

std::unique_ptr<Exporter> make_json_exporter(const WriteOptions& options) {
  return std::make_unique<JsonExporter>(options.pretty);
}

}  // namespace newsgraph::formats
