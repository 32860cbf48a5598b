// SVG, PNG and PDF through Graphviz's gvc: the labels are in the SVG, the
// PNG and PDF are what their signatures say, each layout works, nothing
// reaches standard error, and the same graph gives the same bytes.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <sstream>

#include "support.h"

using namespace newsgraph;
using namespace newsgraph::formats;
using namespace newsgraph::formats::testing;

namespace {

// What a call writes to file descriptor 2, where Graphviz would print.
template <typename F>
std::string stderr_of(F call) {
  TempDir dir;
  std::string path = dir.file("stderr");
  std::fflush(stderr);
  int saved = ::dup(STDERR_FILENO);
  FILE* file = std::fopen(path.c_str(), "w");
  REQUIRE(file);
  ::dup2(::fileno(file), STDERR_FILENO);
  call();
  std::fflush(stderr);
  ::dup2(saved, STDERR_FILENO);
  ::close(saved);
  std::fclose(file);
  return read_text(path);
}

Status render(const KnowledgeGraph& graph, const std::string& format, const WriteOptions& options, std::string& bytes) {
  auto exporter = make_exporter(format, options);
  REQUIRE(exporter);
  REQUIRE(exporter->format() == format);
  std::ostringstream out;
  Status s;
  std::string err = stderr_of([&] { s = exporter->write(graph, out); });
  INFO(err);
  REQUIRE(err.empty());
  bytes = out.str();
  return s;
}

std::string rendered(const KnowledgeGraph& graph, const std::string& format, const WriteOptions& options = {}) {
  std::string bytes;
  Status s = render(graph, format, options, bytes);
  INFO(s.message());
  REQUIRE(s.ok());
  return bytes;
}

WriteOptions layout(const std::string& name, const std::string& view = "full") {
  WriteOptions o;
  o.layout = name;
  o.view = view;
  return o;
}

KnowledgeGraph view(const KnowledgeGraph& g, const std::string& name) {
  Result<KnowledgeGraph> v = make_view(g, ViewOptions{name, {}, "", "", 0});
  REQUIRE(v.ok());
  return std::move(v).value();
}

uint32_t big_endian(const std::string& bytes, size_t at) {
  uint32_t n = 0;
  for (size_t i = 0; i < 4; ++i) n = n << 8 | static_cast<unsigned char>(bytes[at + i]);
  return n;
}

// The PNG signature, then the IHDR chunk: its width and height.
std::pair<uint32_t, uint32_t> png_size(const std::string& png) {
  REQUIRE(png.size() > 24);
  REQUIRE(png.substr(0, 8) == "\x89PNG\r\n\x1a\n");
  REQUIRE(png.substr(12, 4) == "IHDR");
  return {big_endian(png, 16), big_endian(png, 20)};
}

// %PDF-, and the cross-reference table where startxref says it is (the
// blanked creation date must not have moved it).
void require_pdf(const std::string& pdf) {
  REQUIRE(pdf.rfind("%PDF-1.", 0) == 0);
  REQUIRE(pdf.find("%%EOF") != std::string::npos);
  size_t startxref = pdf.rfind("startxref\n");
  REQUIRE(startxref != std::string::npos);
  size_t offset = std::stoul(pdf.substr(startxref + 10));
  REQUIRE(pdf.substr(offset, 4) == "xref");
  REQUIRE(pdf.find("/CreationDate") == std::string::npos);
}

}  // namespace

TEST_CASE("Render: SVG holds every label, drawn with each layout") {
  TempDir dir;
  KnowledgeGraph hard = hard_graph();
  for (const std::string& name : render_layouts()) {
    INFO(name);
    std::string path = dir.file(name + ".svg");
    write_text(path, rendered(hard, "svg", layout(name)));
    Run r = python(R"(
import sys, xml.etree.ElementTree as ET
svg = ET.parse(sys.argv[1]).getroot()
ns = '{http://www.w3.org/2000/svg}'
texts = [t.text or '' for t in svg.iter(ns + 'text')]
def shows(*lines):
    assert any(texts[i:i + len(lines)] == list(lines) for i in range(len(texts))), (lines, texts)
shows('He said "hi" \\ back\\')
shows('Line one', 'Line two')
shows('<b>&amp;</b> & <i>')
shows('Сергей Лавров')
shows('Emoji 😀🎉 ok')
shows('Names "quoted"')
shows('type "quoted" \\ <&>')
print(sum(1 for g in svg.iter(ns + 'g') if g.get('class') == 'node'),
      sum(1 for g in svg.iter(ns + 'g') if g.get('class') == 'edge'))
)",
                   {path});
    INFO(r.err);
    REQUIRE(r.status == 0);
    REQUIRE(r.err.empty());
    REQUIRE(r.out == "14 3\n");
  }
}

TEST_CASE("Render: the meetings view, undirected and weighted") {
  TempDir dir;
  std::string path = dir.file("meetings.svg");
  write_text(path, rendered(view(full_graph(), "meetings"), "svg", layout("dot", "meetings")));
  Run r = python(R"(
import sys, xml.etree.ElementTree as ET
svg = ET.parse(sys.argv[1]).getroot()
ns = '{http://www.w3.org/2000/svg}'
texts = [t.text for t in svg.iter(ns + 'text')]
assert texts == ['John Kerry', 'Sergei Lavrov', '1', '2016-03-24'], texts
[edge] = [g for g in svg.iter(ns + 'g') if g.get('class') == 'edge']
assert edge.find(ns + 'title').text == 'person:john_kerry--person:sergei_lavrov'
assert not any(p.get('fill') == 'black' for p in edge.iter(ns + 'polygon'))  # no arrowhead
)",
                 {path});
  INFO(r.err);
  REQUIRE(r.status == 0);
  REQUIRE(r.err.empty());
}

TEST_CASE("Render: PNG, a picture of some size") {
  for (const std::string& name : render_layouts()) {
    INFO(name);
    auto [width, height] = png_size(rendered(full_graph(), "png", layout(name)));
    REQUIRE(width > 100);
    REQUIRE(height > 100);
  }
  auto [width, height] = png_size(rendered(KnowledgeGraph(), "png"));
  REQUIRE(width > 0);
  REQUIRE(height > 0);
}

TEST_CASE("Render: PDF, its cross-references intact") {
  for (const std::string& name : render_layouts()) {
    INFO(name);
    require_pdf(rendered(full_graph(), "pdf", layout(name)));
  }
  require_pdf(rendered(hard_graph(), "pdf"));
  require_pdf(rendered(KnowledgeGraph(), "pdf"));
}

TEST_CASE("Render: the same graph gives the same bytes") {
  // A PDF made a second later would carry another creation date.
  for (const char* format : {"svg", "png", "pdf"}) {
    INFO(format);
    REQUIRE(rendered(full_graph(), format) == rendered(full_graph(), format));
  }
  for (const char* name : {"dot", "neato"}) {
    INFO(name);
    REQUIRE(rendered(meetings_graph(30), "svg", layout(name)) == rendered(meetings_graph(30), "svg", layout(name)));
  }
}

TEST_CASE("Render: large drawings, and nothing on standard error") {
  // Far too large for cairo's bitmaps at full scale, where Graphviz would
  // scale the picture down with a warning: at most 100 inches at 96 dpi.
  KnowledgeGraph many = meetings_graph(300), meetings = view(meetings_graph(300), "meetings");
  auto [width, height] = png_size(rendered(many, "png"));
  REQUIRE(std::max(width, height) <= 9600 + 8);  // the margin adds a few pixels
  REQUIRE(std::max(width, height) >= 9600 - 8);
  png_size(rendered(meetings, "png", layout("sfdp", "meetings")));
  // rendered() requires an empty stderr for each.
  require_pdf(rendered(many, "pdf"));
  require_pdf(rendered(meetings, "pdf", layout("neato", "meetings")));
  REQUIRE(rendered(many, "svg", layout("sfdp")).find("</svg>") != std::string::npos);
}

TEST_CASE("Render: an unknown layout is bad usage") {
  std::string bytes;
  for (const char* name : {"", "circo", "Dot", "nop"}) {
    INFO(name);
    Status s = render(full_graph(), "svg", layout(name), bytes);
    REQUIRE(s.code() == Status::Code::kBadUsage);
    REQUIRE(s.message() == "unknown layout '" + std::string(name) + "' (dot, neato, sfdp)");
    REQUIRE(bytes.empty());
  }
}

TEST_CASE("Render: save() writes the file whole") {
  TempDir dir;
  std::string path = dir.file("graph.svg");
  Status s = make_exporter("svg")->save(full_graph(), path);
  INFO(s.message());
  REQUIRE(s.ok());
  REQUIRE(read_text(path) == rendered(full_graph(), "svg"));
}

// sfdp keeps state between layouts in one process (render.cpp): its
// drawing is compared across processes, each rendering once, as the
// command line does. This binary is run again for that, with the hidden
// test case below.
TEST_CASE("Render: sfdp gives the same bytes in every process") {
  TempDir dir;
  std::string self = std::filesystem::read_symlink("/proc/self/exe");
  for (const char* name : {"first.svg", "second.svg"}) {
    REQUIRE(::setenv("NEWSGRAPH_RENDER_TO", dir.file(name).c_str(), 1) == 0);
    Run r = run({self, "[render-child]"});
    ::unsetenv("NEWSGRAPH_RENDER_TO");
    INFO(r.out << r.err);
    REQUIRE(r.status == 0);
  }
  std::string first = read_text(dir.file("first.svg"));
  REQUIRE(first.find("</svg>") != std::string::npos);
  REQUIRE(first == read_text(dir.file("second.svg")));
}

TEST_CASE("Render: one sfdp drawing, for the test above", "[.][render-child]") {
  const char* path = std::getenv("NEWSGRAPH_RENDER_TO");
  REQUIRE(path);
  write_text(path, rendered(meetings_graph(30), "svg", layout("sfdp")));
}
