// HTML: a page that a strict XML reader (Python's xml.etree) accepts, whose
// every in-page link resolves, with a row per entity, meeting, link and
// document and each evidence sentence; the drawing for small graphs and a
// note instead for big ones; the same bytes every time.
#include <catch2/catch.hpp>
#include <sstream>

#include "support.h"

using namespace newsgraph;
using namespace newsgraph::formats;
using namespace newsgraph::formats::testing;

namespace {

std::string to_html(const KnowledgeGraph& graph, const WriteOptions& options = {}) {
  auto exporter = make_exporter("html", options);
  REQUIRE(exporter);
  REQUIRE(exporter->format() == "html");
  std::ostringstream out;
  Status s = exporter->write(graph, out);
  INFO(s.message());
  REQUIRE(s.ok());
  return out.str();
}

// Reads the page as XML and prints, one per line: the rows of each table
// ("table-id rows"), "svg N" for drawings, "dangling ID" for each in-page
// link whose target is missing, and "text T" for each evidence quote.
constexpr const char* kReadPage = R"(
import sys, xml.etree.ElementTree as ET
ns = {'h': 'http://www.w3.org/1999/xhtml'}
root = ET.parse(sys.argv[1]).getroot()
ids = {e.get('id') for e in root.iter() if e.get('id') is not None}
for table in root.iter('{http://www.w3.org/1999/xhtml}table'):
    print(table.get('id'), len(table.findall('h:tbody/h:tr', ns)))
print('svg', sum(1 for _ in root.iter('{http://www.w3.org/2000/svg}svg')))
for a in root.iter('{http://www.w3.org/1999/xhtml}a'):
    href = a.get('href', '')
    if href.startswith('#') and href[1:] not in ids:
        print('dangling', href[1:])
for q in root.iter('{http://www.w3.org/1999/xhtml}blockquote'):
    print('text', (q.text or '').strip())
)";

std::string read_page(const std::string& html) {
  TempDir dir;
  std::string path = dir.file("page.html");
  write_text(path, html);
  Run r = python(kReadPage, {path});
  INFO(r.err);
  REQUIRE(r.status == 0);
  return r.out;
}

size_t meeting_count(const KnowledgeGraph& g) {
  size_t n = 0;
  for (KnowledgeGraph::NodeIndex v = 0; v < g.node_count(); ++v)
    n += g.node(v).kind == event_kind::kMeeting || g.node(v).kind == event_kind::kPhoneCall;
  return n;
}

}  // namespace

TEST_CASE("html: a row for every entity, meeting, link and document, and no dangling link") {
  const KnowledgeGraph g = full_graph();
  const std::string out = read_page(to_html(g));
  const size_t meetings = meeting_count(g);
  REQUIRE(meetings > 0);
  CHECK_THAT(out, Catch::Contains("meetings-table " + std::to_string(meetings) + "\n"));
  CHECK_THAT(out, Catch::Contains("entities-table " + std::to_string(g.node_count() - meetings) + "\n"));
  CHECK_THAT(out, Catch::Contains("links-table " + std::to_string(g.edge_count()) + "\n"));
  CHECK_THAT(out, Catch::Contains("documents-table " + std::to_string(g.documents().size()) + "\n"));
  CHECK_THAT(out, Catch::Contains("svg 1\n"));
  CHECK_THAT(out, !Catch::Contains("dangling"));
  for (KnowledgeGraph::EdgeIndex e = 0; e < g.edge_count(); ++e)
    for (const Evidence& ev : g.edge(e).evidence) CHECK_THAT(out, Catch::Contains("text " + ev.text));
}

TEST_CASE("html: text that breaks careless writers is escaped") {
  const KnowledgeGraph g = hard_graph();
  const std::string out = read_page(to_html(g));
  CHECK_THAT(out, Catch::Contains("entities-table " + std::to_string(g.node_count() - meeting_count(g)) + "\n"));
  CHECK_THAT(out, !Catch::Contains("dangling"));
}

TEST_CASE("html: a big graph is not drawn, and says how to narrow it") {
  const KnowledgeGraph g = meetings_graph(400);
  REQUIRE(g.node_count() > 300);
  const std::string html = to_html(g);
  CHECK_THAT(html, Catch::Contains("Not drawn: " + std::to_string(g.node_count()) + " nodes"));
  CHECK_THAT(read_page(html), Catch::Contains("svg 0\n"));
}

TEST_CASE("html: an empty graph is a page too") {
  const std::string out = read_page(to_html(KnowledgeGraph()));
  CHECK_THAT(out, Catch::Contains("entities-table 0\n"));
  CHECK_THAT(out, Catch::Contains("svg 0\n"));
}

TEST_CASE("html: the same graph gives the same bytes, and .html names the format") {
  const KnowledgeGraph g = full_graph();
  CHECK(to_html(g) == to_html(g));
  CHECK(format_for_path("out/graph.html") == "html");
  CHECK(format_for_path("graph.HTM") == "html");
}
