// SVG, PNG and PDF: the DOT writer's graph laid out and drawn by Graphviz's
// gvc library, with the plugins of Debian's graphviz package: svg from its
// core plugin (libgvplugin_core), png and pdf from its cairo renderer
// (libgvplugin_pango). Each renderer is named in full, so that another
// plugin installed beside them (gd, gdk) cannot change the bytes.
//
// Graphviz reports through agerr(), which prints to standard error unless
// a handler is set: while a render runs, every message goes to a handler
// here; errors become the Status, warnings are dropped. That handler, like
// all of Graphviz's state, is global: renders must not run in parallel.
//
// Same input, same bytes: cairo stamps a PDF with the time it was written
// (/CreationDate in the document information); that entry is overwritten
// with spaces, which keeps every offset the file's cross-reference table
// records. One caveat: Graphviz 2.42's sfdp keeps state from one layout to
// the next within a process, so a second sfdp render of a graph in the
// same process may differ from the first; each process's first is the
// same every time (the command line renders once).
#include <algorithm>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include <graphviz/gvc.h>

#include "export/exporters.h"
#include "export/graphviz_io.h"

namespace newsgraph::formats {

namespace {

struct Device {
  std::string_view format;
  const char* name;  // format:renderer:plugin
};
constexpr Device kDevices[] = {{"svg", "svg:svg:core"}, {"png", "png:cairo:cairo"}, {"pdf", "pdf:cairo:cairo"}};
constexpr const char* kMaxPngSize = "100,100";  // inches; Graphviz's size attribute only ever shrinks

// Graphviz's messages while one lives. agerr() hands the handler a message
// in pieces: "Error" or "Warning", ": ", then the text; continuation lines
// come without the first two and keep the level before.
class MessageCapture {
 public:
  MessageCapture() {
    previous_handler_ = agseterrf(&MessageCapture::receive);
    previous_level_ = agseterr(AGWARN);  // every message to the handler
    current_ = this;
  }
  ~MessageCapture() {
    agseterrf(previous_handler_);
    agseterr(previous_level_);
    current_ = nullptr;
  }
  MessageCapture(const MessageCapture&) = delete;
  MessageCapture& operator=(const MessageCapture&) = delete;

  // The errors reported, on one line, "; " between them; empty when
  // there were none.
  std::string errors() const {
    std::string joined;
    for (const std::string& e : errors_) {
      std::string line;
      for (char c : e) line += c == '\n' || c == '\t' ? ' ' : c;
      size_t first = line.find_first_not_of(' '), last = line.find_last_not_of(' ');
      if (first == std::string::npos) continue;
      if (!joined.empty()) joined += "; ";
      joined += line.substr(first, last - first + 1);
    }
    return joined;
  }

 private:
  static int receive(char* piece) {
    if (current_) current_->take(piece);
    return 0;
  }
  void take(std::string_view piece) {
    if (piece == "Error" || piece == "Warning") {
      in_error_ = piece == "Error";
      if (in_error_) errors_.emplace_back();
    } else if (in_error_ && piece != ": ") {
      errors_.back() += piece;  // an error's text, or a continuation line
    }
  }

  static inline MessageCapture* current_ = nullptr;
  agusererrf previous_handler_;
  agerrlevel_t previous_level_;
  bool in_error_ = false;
  std::vector<std::string> errors_;
};

// One Graphviz context for the whole process, never freed. Graphviz 2.42's
// cairo plugin remembers the last font it measured by a pointer into the
// context's font table, so a render in a second context, after the first
// was freed, reads freed memory (.ci/asan found it). Being reachable from
// this static, the context is not reported as a leak either.
GVC_t* process_context() {
  static GVC_t* const gvc = gvContext();
  return gvc;
}
struct CloseGraph {
  void operator()(Agraph_t* g) const { agclose(g); }
};
struct FreeRenderData {
  void operator()(char* data) const { gvFreeRenderData(data); }
};

// A graph's layout, freed before the graph is closed.
class Layout {
 public:
  Layout(GVC_t* gvc, Agraph_t* graph, const std::string& engine)
      : gvc_(gvc), graph_(graph), done_(gvLayout(gvc, graph, engine.c_str()) == 0) {}
  ~Layout() {
    if (done_) gvFreeLayout(gvc_, graph_);
  }
  Layout(const Layout&) = delete;
  Layout& operator=(const Layout&) = delete;
  bool done() const { return done_; }

 private:
  GVC_t* gvc_;
  Agraph_t* graph_;
  bool done_;
};

// cgraph takes char* but copies and never writes through it.
void set_attribute(Agraph_t* g, const char* name, const char* value) {
  agsafeset(g, const_cast<char*>(name), const_cast<char*>(value), const_cast<char*>(""));
}

void blank_creation_date(char* data, size_t size) {
  std::string_view pdf(data, size);
  constexpr std::string_view kKey = "/CreationDate (";
  size_t start = pdf.find(kKey);
  if (start == std::string_view::npos) return;
  size_t close = pdf.find(')', start + kKey.size());
  if (close == std::string_view::npos) return;
  std::fill(data + start, data + close + 1, ' ');
}

class RenderExporter final : public Exporter {
 public:
  RenderExporter(const Device& device, const WriteOptions& options) : device_(device), options_(options) {}
  std::string_view format() const override { return device_.format; }

  Status write(const KnowledgeGraph& graph, std::ostream& out) const override {
    const std::vector<std::string>& layouts = render_layouts();
    if (std::find(layouts.begin(), layouts.end(), options_.layout) == layouts.end())
      return Status::BadUsage("unknown layout '" + options_.layout + "' (dot, neato, sfdp)");
    std::ostringstream dot;
    if (Status s = make_dot_exporter(options_)->write(graph, dot); !s.ok()) return s;

    auto fail = [&](const MessageCapture& messages, const char* what) {
      std::string why = messages.errors().empty() ? "Graphviz failed" : messages.errors();
      return Status::IoError("cannot " + std::string(what) + " the " + std::string(device_.format) + ": " + why);
    };
    MessageCapture messages;
    GVC_t* gvc = process_context();
    if (!gvc) return fail(messages, "render");
    std::unique_ptr<Agraph_t, CloseGraph> g(read_dot(dot.str()));
    if (!g || !messages.errors().empty()) return fail(messages, "read the DOT graph for");
    // Cairo's bitmaps end at 32767 pixels a side, and past them Graphviz
    // scales the drawing down with a warning it prints itself, not through
    // agerr(). Asking for at most 100 inches (9600 pixels at 96 dpi) scales
    // it down first, quietly.
    if (device_.format == "png") set_attribute(g.get(), "size", kMaxPngSize);
    Layout layout(gvc, g.get(), options_.layout);
    if (!layout.done() || !messages.errors().empty()) return fail(messages, "lay out");
    char* bytes = nullptr;
    unsigned int size = 0;
    int rendered = gvRenderData(gvc, g.get(), device_.name, &bytes, &size);
    std::unique_ptr<char, FreeRenderData> data(bytes);
    if (rendered != 0 || !data || !messages.errors().empty()) return fail(messages, "render");
    if (device_.format == "pdf") blank_creation_date(data.get(), size);
    out.write(data.get(), static_cast<std::streamsize>(size));
    out.flush();
    if (!out) return Status::IoError("cannot write the " + std::string(device_.format) + ": the output stream failed");
    return Status::Ok();
  }

 private:
  Device device_;
  WriteOptions options_;
};

}  // namespace

const std::vector<std::string>& render_layouts() {
  static const std::vector<std::string> layouts = {"dot", "neato", "sfdp"};
  return layouts;
}

std::unique_ptr<Exporter> make_render_exporter(std::string_view format, const WriteOptions& options) {
  for (const Device& device : kDevices)
    if (device.format == format) return std::make_unique<RenderExporter>(device, options);
  return nullptr;
}

}  // namespace newsgraph::formats
