// DOT: renders with Graphviz without a word on stderr, labels come out as
// written, shape and colour tell the type, the views draw weights.
#include <catch2/catch.hpp>
#include <sstream>

#include "support.h"

using namespace newsgraph;
using namespace newsgraph::formats;
using namespace newsgraph::formats::testing;

namespace {

KnowledgeGraph view(const KnowledgeGraph& g, const std::string& name) {
  Result<KnowledgeGraph> v = make_view(g, ViewOptions{name, {}, "", "", 0});
  REQUIRE(v.ok());
  return std::move(v).value();
}

// Renders with each layout, requiring success and an empty stderr.
void require_renders(const std::string& dot_file, const std::string& svg_prefix) {
  for (const char* layout : {"dot", "neato", "sfdp"}) {
    INFO(dot_file << " with " << layout);
    std::string svg = svg_prefix + "." + layout + ".svg";
    Run r = run({std::string("/usr/bin/") + layout, "-Tsvg", dot_file, "-o", svg});
    REQUIRE(r.err.empty());
    REQUIRE(r.status == 0);
    REQUIRE(read_text(svg).find("</svg>") != std::string::npos);
  }
}

// Four people: a and b met once, a and c twice, b and c four times, c and
// d on eight dates.
KnowledgeGraph people_who_met() {
  GraphBuilder builder;
  for (const char* p : {"a", "b", "c", "d"}) {
    Entity e;
    e.id = std::string("person:") + p;
    e.type = NodeType::kPerson;
    e.names = {{std::string("Person ") + p, 1}};
    builder.add_entity(std::move(e));
  }
  int n = 0;
  auto meet = [&](const char* x, const char* y, int times) {
    for (int i = 0; i < times; ++i) {
      Entity event;
      event.id = "event:meeting_" + std::to_string(n++);
      event.type = NodeType::kEvent;
      event.kind = std::string(event_kind::kMeeting);
      event.date = "2016-0" + std::to_string(1 + i) + "-15";
      for (const char* p : {x, y}) {
        Relation r;
        r.source = std::string("person:") + p;
        r.target = event.id;
        r.type = std::string(relation::kParticipant);
        builder.add_relation(std::move(r));
      }
      builder.add_entity(std::move(event));
    }
  };
  meet("a", "b", 1);
  meet("a", "c", 2);
  meet("b", "c", 4);
  meet("c", "d", 8);
  return builder.build();
}

}  // namespace

TEST_CASE("DOT: dot, neato and sfdp render it with nothing on stderr") {
  TempDir dir;
  KnowledgeGraph full = full_graph(), many = meetings_graph(300);
  std::vector<std::tuple<std::string, std::string, const KnowledgeGraph*>> cases;
  KnowledgeGraph full_meetings = view(full, "meetings"), full_countries = view(full, "countries"),
                 many_meetings = view(many, "meetings"), hard = hard_graph();
  REQUIRE(many.node_count() == 600);
  REQUIRE(many_meetings.edge_count() > 300);
  for (auto& [name, graph, kind] : std::vector<std::tuple<std::string, const KnowledgeGraph*, std::string>>{
           {"full", &full, "full"},
           {"hard", &hard, "full"},
           {"full-meetings", &full_meetings, "meetings"},
           {"full-countries", &full_countries, "countries"},
           {"many", &many, "full"},
           {"many-meetings", &many_meetings, "meetings"}}) {
    std::string path = dir.file(name + ".dot");
    write_text(path, to_dot(*graph, kind));
    require_renders(path, dir.file(name));
  }
}

TEST_CASE("DOT: labels render exactly as written") {
  TempDir dir;
  std::string path = dir.file("hard.dot");
  write_text(path, to_dot(hard_graph()));
  Run rendered = run({"/usr/bin/dot", "-Tsvg", path, "-o", dir.file("hard.svg")});
  INFO(rendered.err);
  REQUIRE(rendered.status == 0);
  REQUIRE(rendered.err.empty());
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
shows('tab here')
shows('Names "quoted"')
shows('type "quoted" \\ <&>')
titles = [t.text for t in svg.iter(ns + 'title')]
print(sum(1 for g in svg.iter(ns + 'g') if g.get('class') == 'node'),
      sum(1 for g in svg.iter(ns + 'g') if g.get('class') == 'edge'))
tooltips = [a.get('{http://www.w3.org/1999/xlink}title') for a in svg.iter(ns + 'a')]
assert 'entity:q"uo\\te<&>' in tooltips, tooltips
)",
                 {dir.file("hard.svg")});
  INFO(r.err);
  REQUIRE(r.status == 0);
  REQUIRE(r.err.empty());
  REQUIRE(r.out == "14 3\n");
}

TEST_CASE("DOT: shape and colour tell the type; Graphviz reads every node and edge") {
  TempDir dir;
  std::string path = dir.file("full.dot");
  std::string dot = to_dot(full_graph());
  REQUIRE(dot.rfind("digraph newsgraph {\n", 0) == 0);
  write_text(path, dot);
  Run r = python(R"(
import sys, pygraphviz as pgv
with open(sys.argv[1], encoding='utf-8') as f:
    A = pgv.AGraph(string=f.read())  # AGraph(path) leaves the file open
assert A.is_directed() and not A.is_strict()
print(A.number_of_nodes(), A.number_of_edges())
style = {n: (A.get_node(n).attr['shape'], A.get_node(n).attr['fillcolor']) for n in A.nodes()}
assert style['person:sergei_lavrov'] == ('ellipse', '#a6cee3'), style
assert style['country:russia'] == ('hexagon', '#b2df8a'), style
assert style['organization:united_nations'] == ('box', '#fdbf6f'), style
assert style['agreement:new_start'] == ('note', '#cab2d6'), style
assert style['event:meeting_john_kerry_sergei_lavrov_2016-03-24'] == ('octagon', '#fb9a99'), style
assert style['place:moscow'] == ('house', '#ffff99'), style
assert style['agreement:unnamed_treaty'] == ('egg', '#d9d9d9'), style
assert all(A.get_node(n).attr['style'] == 'filled' for n in A.nodes())
assert A.get_node('person:sergei_lavrov').attr['label'] == 'Sergei Lavrov'
labels = sorted(e.attr['label'] for e in A.edges())
assert labels == sorted(['participant', 'participant', 'affiliated_with', 'affiliated_with', 'visited', 'visited',
                         'located_in', 'discussed', 'discussed', 'party_to', 'member_of']), labels
)",
                 {path});
  INFO(r.err);
  REQUIRE(r.status == 0);
  REQUIRE(r.err.empty());
  REQUIRE(r.out == "9 11\n");
}

TEST_CASE("DOT: the meetings and countries views are undirected and weighted") {
  TempDir dir;
  KnowledgeGraph met = view(people_who_met(), "meetings");
  REQUIRE(met.edge_count() == 4);
  std::string path = dir.file("meetings.dot");
  std::string dot = to_dot(met, "meetings");
  REQUIRE(dot.rfind("graph newsgraph {\n", 0) == 0);
  write_text(path, dot);
  Run r = python(R"(
import sys, pygraphviz as pgv
with open(sys.argv[1], encoding='utf-8') as f:
    A = pgv.AGraph(string=f.read())  # AGraph(path) leaves the file open
assert not A.is_directed()
print(A.number_of_nodes(), A.number_of_edges())
def edge(u, v):
    e = A.get_edge('person:' + u, 'person:' + v)
    return e.attr['penwidth'], e.attr['label']
assert edge('a', 'b') == ('1', '1\\n2016-01-15'), edge('a', 'b')
assert edge('a', 'c') == ('3', '2\\n2016-01-15, 2016-02-15'), edge('a', 'c')
assert edge('b', 'c') == ('5', '4\\n2016-01-15, 2016-02-15, 2016-03-15\\n2016-04-15'), edge('b', 'c')
assert edge('c', 'd') == ('7', '8\\n2016-01-15, 2016-02-15, 2016-03-15\\n2016-04-15, 2016-05-15, 2016-06-15'
                               '\\n+2 more'), edge('c', 'd')
)",
                 {path});
  INFO(r.err);
  REQUIRE(r.status == 0);
  REQUIRE(r.err.empty());
  REQUIRE(r.out == "4 4\n");
  require_renders(path, dir.file("meetings"));

  KnowledgeGraph countries = view(full_graph(), "countries");
  REQUIRE(to_dot(countries, "countries").rfind("graph newsgraph {\n", 0) == 0);
  // The full view of the same graph is directed, labelled by type.
  REQUIRE(to_dot(met, "full").find("\"person:a\" -> \"person:b\"\t[label=met_with];") != std::string::npos);
}

TEST_CASE("DOT: --cluster country boxes each country with its people") {
  TempDir dir;
  WriteOptions options;
  options.cluster = "country";
  for (const auto& [name, graph] : {std::pair<std::string, KnowledgeGraph>{"full", full_graph()},
                                    {"meetings", view(full_graph(), "meetings")}}) {
    INFO(name);
    options.view = name;
    std::ostringstream out;
    Status s = make_exporter("dot", options)->write(graph, out);
    REQUIRE(s.ok());
    std::string path = dir.file(name + ".dot");
    write_text(path, out.str());
    // Each cluster with its label and its nodes, as Graphviz reads them.
    Run r = python(R"(
import sys, pygraphviz as pgv
with open(sys.argv[1], encoding='utf-8') as f:
    A = pgv.AGraph(string=f.read())
for sub in sorted(A.subgraphs(), key=lambda sub: sub.name):  # pygraphviz's order is its heap's
    print(sub.name, '|', sub.graph_attr['label'], '|', ' '.join(sorted(sub.nodes())))
print(A.number_of_nodes(), A.number_of_edges())
)",
                   {path});
    INFO(r.err);
    REQUIRE(r.status == 0);
    REQUIRE(r.err.empty());
    if (name == "full") {
      // The country's own node is in its box, named as the graph names it,
      // with its people and places.
      REQUIRE(r.out ==
              "cluster_country:russia | Russia | country:russia person:sergei_lavrov place:moscow\n"
              "cluster_country:united_states | United States | country:united_states person:john_kerry\n"
              "9 11\n");
    } else {
      // The meetings view has no country nodes: the name comes from the id.
      REQUIRE(r.out ==
              "cluster_country:russia | Russia | person:sergei_lavrov\n"
              "cluster_country:united_states | United States | person:john_kerry\n"
              "2 1\n");
    }
    // Written in the order of the countries' ids, every time.
    REQUIRE(out.str().find("subgraph \"cluster_country:russia\"") <
            out.str().find("subgraph \"cluster_country:united_states\""));
    require_renders(path, dir.file(name));
    Run svg = run({"/usr/bin/dot", "-Tsvg", path});
    REQUIRE(svg.err.empty());
    size_t clusters = 0;
    for (size_t at = svg.out.find("class=\"cluster\""); at != std::string::npos;
         at = svg.out.find("class=\"cluster\"", at + 1))
      ++clusters;
    REQUIRE(clusters == 2);
  }
  std::ostringstream out;
  options.cluster = "continent";
  Status s = make_exporter("dot", options)->write(full_graph(), out);
  REQUIRE(s.code() == Status::Code::kBadUsage);
  REQUIRE(s.message() == "unknown cluster 'continent' (country)");
  REQUIRE(out.str().empty());
}

TEST_CASE("DOT: the same graph gives the same bytes") {
  KnowledgeGraph g = meetings_graph(40);
  REQUIRE(to_dot(g) == to_dot(meetings_graph(40)));
  KnowledgeGraph v = view(g, "meetings");
  REQUIRE(to_dot(v, "meetings") == to_dot(view(meetings_graph(40), "meetings"), "meetings"));
  // Clusters too, whatever was allocated in between (cgraph's own ids
  // would order them by address).
  WriteOptions options;
  options.cluster = "country";
  auto clustered = [&] {
    std::ostringstream out;
    REQUIRE(make_exporter("dot", options)->write(full_graph(), out).ok());
    return out.str();
  };
  std::string first = clustered();
  std::vector<std::string> noise(1000, std::string(100, 'x'));
  REQUIRE(clustered() == first);
}
