// GraphML: schema-valid, read by networkx and igraph without warnings,
// read back exactly, and other tools' GraphML read.
#include <catch2/catch.hpp>

#include "support.h"

using namespace newsgraph;
using namespace newsgraph::formats;
using namespace newsgraph::formats::testing;

namespace {

const std::string kSchema = std::string(NEWSGRAPH_SHARED_DIR) + "/schemas/graphml/graphml.xsd";

void require_valid(const std::string& path) {
  Run r = run({"/usr/bin/xmllint", "--nonet", "--noout", "--schema", kSchema, path});
  INFO(r.err);
  REQUIRE(r.status == 0);
  REQUIRE(r.err == path + " validates\n");
}

Status parse_error(const std::string& text) {
  Result<KnowledgeGraph> g = parse_graphml(text, "g.graphml");
  REQUIRE_FALSE(g.ok());
  return g.status();
}

std::string graphml(const std::string& keys, const std::string& body) {
  return "<?xml version=\"1.0\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n" + keys +
         "<graph edgedefault=\"directed\">\n" + body + "</graph>\n</graphml>\n";
}

}  // namespace

TEST_CASE("GraphML: valid against the GraphML schema") {
  TempDir dir;
  KnowledgeGraph view = make_view(full_graph(), ViewOptions{"meetings", {}, "", "", 0}).value();
  std::vector<std::pair<std::string, const KnowledgeGraph*>> graphs;
  KnowledgeGraph full = full_graph(), hard = hard_graph(), empty;
  for (auto [name, g] : {std::pair<const char*, const KnowledgeGraph*>{"full", &full},
                         {"hard", &hard},
                         {"empty", &empty},
                         {"meetings", &view}}) {
    INFO(name);
    std::string path = dir.file(std::string(name) + ".graphml");
    write_text(path, to_graphml(*g));
    require_valid(path);
  }
}

TEST_CASE("GraphML: keys as other tools expect them") {
  std::string text = to_graphml(full_graph());
  // Every key is for nodes or for edges and has a name and a type.
  size_t keys = 0;
  for (size_t at = text.find("<key "); at != std::string::npos; at = text.find("<key ", at + 1), ++keys) {
    std::string key = text.substr(at, text.find('>', at) - at);
    INFO(key);
    REQUIRE((key.find(" for=\"node\"") != std::string::npos || key.find(" for=\"edge\"") != std::string::npos));
    REQUIRE(key.find(" attr.name=\"") != std::string::npos);
    REQUIRE(key.find(" attr.type=\"") != std::string::npos);
  }
  REQUIRE(keys == 30);
  // Label and weight keys exist even with nothing to put in them.
  std::string empty = to_graphml(KnowledgeGraph());
  REQUIRE(empty.find(R"(<key id="d0" for="node" attr.name="label" attr.type="string" />)") != std::string::npos);
  REQUIRE(empty.find(R"(<key id="d1" for="edge" attr.name="weight" attr.type="long" />)") != std::string::npos);
  REQUIRE(empty.find(R"(<graph id="G" edgedefault="directed">)") != std::string::npos);
  REQUIRE(to_graphml(full_graph()) == text);
}

TEST_CASE("GraphML: networkx reads every field without warnings") {
  TempDir dir;
  std::string path = dir.file("full.graphml");
  write_text(path, to_graphml(full_graph()));
  Run r = python(R"(
import json, sys, networkx as nx
A, B = '000_eb6f25e2540a3901', '002_6a792777fe64eb82'
M = 'event:meeting_john_kerry_sergei_lavrov_2016-03-24'
G = nx.read_graphml(sys.argv[1])
assert type(G) is nx.MultiDiGraph, type(G)
print(G.number_of_nodes(), G.number_of_edges())
l = G.nodes['person:sergei_lavrov']
assert (l['type'], l['label'], l['country'], l['mentions']) == ('person', 'Sergei Lavrov', 'country:russia', 12), l
assert (l['born'], l['score'], l['verified'], l['wikidata']) == (1950, 0.1, True, 'Q3337'), l
assert json.loads(l['aliases']) == ['Lavrov', 'Sergey Lavrov'], l
assert json.loads(l['name_counts']) == {'Lavrov': 5, 'Sergei Lavrov': 4, 'Sergey Lavrov': 3}, l
assert json.loads(l['roles']) == ['Foreign Minister'] and json.loads(l['documents']) == [A, B], l
assert json.loads(l['tags']) == ['diplomat', 'minister'], l
assert json.loads(l['evidence'])[0] == {'document': A, 'start': 10, 'end': 22, 'text': 'Lavrov said.'}, l
assert 'canonical' not in l
assert G.nodes['country:russia']['canonical'] is True
m = G.nodes[M]
assert (m['kind'], m['date'], m['place'], m['status']) == ('meeting', '2016-03-24', 'place:moscow', 'occurred'), m
assert G.nodes['agreement:unnamed_treaty'] == {'type': 'entity', 'label': 'agreement:unnamed_treaty'}
assert all(isinstance(d['weight'], int) for _, _, d in G.edges(data=True))
visits = sorted(d['date'] for d in G['person:john_kerry']['place:moscow'].values())
assert visits == ['2015-12-15', '2016-03-24'], visits
[d] = G[M]['agreement:new_start'].values()
assert (d['type'], d['weight'], d['confidence'], d['count'], d['flag'], d['note']) == (
    'discussed', 1, 0.5, 2, False, 'extension'), d
assert json.loads(d['topics']) == ['arms', 'treaty'], d
[a] = G['person:sergei_lavrov']['country:russia'].values()
assert (a['type'], a['weight'], json.loads(a['roles'])) == ('affiliated_with', 4, ['Foreign Minister']), a
assert sorted(k for _, _, k in G.edges(keys=True)) == sorted('e%d' % i for i in range(11))
)",
                 {path});
  INFO(r.err);
  REQUIRE(r.status == 0);
  REQUIRE(r.err.empty());
  REQUIRE(r.out == "9 11\n");
}

TEST_CASE("GraphML: igraph reads it without warnings") {
  TempDir dir;
  std::string full = dir.file("full.graphml"), hard = dir.file("hard.graphml");
  write_text(full, to_graphml(full_graph()));
  write_text(hard, to_graphml(hard_graph()));
  Run r = python(R"(
import json, math, sys, igraph
g = igraph.Graph.Read_GraphML(sys.argv[1])
assert g.is_directed()
print(g.vcount(), g.ecount())
v = g.vs.find(id='person:sergei_lavrov')
assert (v['label'], v['type'], v['mentions'], v['born'], v['verified']) == ('Sergei Lavrov', 'person', 12, 1950, True), v
assert json.loads(v['aliases']) == ['Lavrov', 'Sergey Lavrov']
russia = g.vs.find(id='country:russia')
[e] = g.es.select(_source=v.index, _target=russia.index)
assert (e['type'], e['weight']) == ('affiliated_with', 4), e.attributes()
assert sorted(e['weight'] for e in g.es) == [1] * 9 + [2, 4]
h = igraph.Graph.Read_GraphML(sys.argv[2])
print(h.vcount(), h.ecount())
a = h.vs.find(id='entity:attributes')
assert math.isnan(a['nan']) and a['infinite'] == -math.inf and a['big'] == -2**63, a.attributes()
assert h.vs.find(id='entity:quotes')['label'] == 'He said "hi" \\ back\\'
assert h.vs.find(id='person:sergei_lavrov')['label'] == 'Сергей Лавров'
assert h.vs.find(id='entity:_x0001F600_')['label'] == 'An emoji id'
)",
                 {full, hard});
  INFO(r.err);
  REQUIRE(r.status == 0);
  REQUIRE(r.err.empty());
  REQUIRE(r.out == "9 11\n14 3\n");
}

TEST_CASE("GraphML: graphology reads it without warnings") {
  // graphology-graphml under Node, as a JavaScript user would read the
  // export; tests/export/graphology/read_graphml.mjs prints each graph as
  // graphology exports it, checked here in Python.
  TempDir dir;
  std::string full = dir.file("full.graphml"), hard = dir.file("hard.graphml");
  write_text(full, to_graphml(full_graph()));
  write_text(hard, to_graphml(hard_graph()));
  Run read = run({"/usr/bin/env", "node", std::string(NEWSGRAPH_SOURCE_DIR) + "/tests/export/graphology/read_graphml.mjs",
                  full, hard});
  INFO("node: " << read.err << " (its packages come from `bash .ci/setup`)");
  REQUIRE(read.status == 0);
  REQUIRE(read.err.empty());
  std::string exported = dir.file("graphology.jsonl");
  write_text(exported, read.out);
  Run r = python(R"(
import json, math, sys
with open(sys.argv[1], encoding='utf-8') as f:
    full, hard = [json.loads(line) for line in f]
for g in (full, hard):
    assert (g['type'], g['multi']) == ('directed', True), g['options']
    print(len(g['nodes']), len(g['edges']))
nodes = {n['key']: n['attributes'] for n in full['nodes']}
l = nodes['person:sergei_lavrov']
assert (l['type'], l['label'], l['country'], l['mentions'], l['born'], l['verified']) == (
    'person', 'Sergei Lavrov', 'country:russia', 12, 1950, True), l
assert l['score'] == 0.1 and json.loads(l['aliases']) == ['Lavrov', 'Sergey Lavrov'], l
assert nodes['agreement:unnamed_treaty'] == {'type': 'entity', 'label': 'agreement:unnamed_treaty'}
# Parallel edges keep their own ids and types.
assert sorted(e['key'] for e in full['edges']) == sorted('e%d' % i for i in range(11))
visits = sorted(e['attributes']['date'] for e in full['edges']
                if (e['source'], e['target']) == ('person:john_kerry', 'place:moscow'))
assert visits == ['2015-12-15', '2016-03-24'], visits
assert sorted(e['attributes']['weight'] for e in full['edges']) == [1] * 9 + [2, 4]
assert all(type(e['attributes']['weight']) is int for e in full['edges'])
nodes = {n['key']: n['attributes'] for n in hard['nodes']}
assert nodes['entity:quotes']['label'] == 'He said "hi" \\ back\\'
assert nodes['entity:lines']['label'] == 'Line one\nLine two'
assert nodes['entity:markup']['label'] == '<b>&amp;</b> & <i>'
assert nodes['entity:emoji']['label'] == 'Emoji 😀🎉 ok'
assert nodes['entity:space']['label'] == ' '
assert nodes['entity:q_x0022_uo_x005C_te_x003C__x0026__x003E_']['label'] == 'An id with quotes'
a = nodes['entity:attributes']
# JavaScript numbers are doubles, and JSON has no infinity or NaN.
assert float(a['big']) == -2.0**63 and a['infinite'] is None and a['nan'] is None, a
assert a['_x043A__x043B__x044E__x0447_'] == 'значение', a
assert json.loads(a['crlf']) == 'Windows\r\nline', a
)",
                 {exported});
  INFO(r.err);
  REQUIRE(r.status == 0);
  REQUIRE(r.err.empty());
  REQUIRE(r.out == "9 11\n14 3\n");
}

TEST_CASE("GraphML: networkx reads hard strings, names and ids") {
  TempDir dir;
  std::string path = dir.file("hard.graphml");
  write_text(path, to_graphml(hard_graph()));
  Run r = python(R"(
import json, math, sys, networkx as nx
G = nx.read_graphml(sys.argv[1])
print(G.number_of_nodes(), G.number_of_edges())
assert G.nodes['entity:quotes']['label'] == 'He said "hi" \\ back\\'
assert G.nodes['entity:lines']['label'] == 'Line one\nLine two'
assert G.nodes['entity:markup']['label'] == '<b>&amp;</b> & <i>'
assert G.nodes['entity:emoji']['label'] == 'Emoji 😀🎉 ok'
assert G.nodes['entity:tab']['label'] == 'tab\there'
assert G.nodes['entity:space']['label'] == ' '
# Ids and attribute names that are not XML names are escaped as XmlConvert does.
assert G.nodes['entity:a_x0020_b']['label'] == 'An id with a space'
assert G.nodes['entity:_x005F_x0041_']['label'] == 'An id like an escape'
assert G.nodes['entity:q_x0022_uo_x005C_te_x003C__x0026__x003E_']['label'] == 'An id with quotes'
a = G.nodes['entity:attributes']
assert a['name_x0020_with_x0020_space'] == 'v' and a['_x043A__x043B__x044E__x0447_'] == 'значение', a
assert math.isnan(a['nan']) and a['infinite'] == -math.inf and a['big'] == -2**63, a
# What XML cannot carry as text (CR, control characters) or one key cannot
# type (an integer here, a string there) is JSON text.
assert json.loads(a['crlf']) == 'Windows\r\nline' and json.loads(a['control']) == 'bell\x07char', a
assert json.loads(a['mixed']) == 1 and json.loads(G.nodes['entity:mixed']['mixed']) == 'one', a
assert json.loads(a['empty_x0020_list']) == [], a
e = G['entity:quotes']['entity:a_x0020_b']
assert sorted(d['type'] for d in e.values()) == ['second', 'type "quoted" \\ <&>'], e
)",
                 {path});
  INFO(r.err);
  REQUIRE(r.status == 0);
  REQUIRE(r.err.empty());
  REQUIRE(r.out == "14 3\n");
}

TEST_CASE("GraphML: read back, it is the same graph") {
  KnowledgeGraph control_label;
  {
    // A label XML cannot carry makes the whole label key JSON.
    GraphBuilder builder;
    Entity e;
    e.id = "entity:bell";
    e.canonical = "bell\x07" "and\r\nCR";
    builder.add_entity(e);
    e.id = "entity:plain";
    e.canonical = "plain";
    builder.add_entity(e);
    control_label = builder.build();
  }
  KnowledgeGraph noncharacters;
  {
    // U+FFFE and U+FFFF are valid UTF-8 but no XML Char: as JSON escapes
    // in the JSON text of the graph's <desc> and of a label key, lossless.
    GraphBuilder builder;
    Entity e;
    e.id = "entity:nonchar";
    e.canonical = "not \xEF\xBF\xBF XML \xEF\xBF\xBE";
    builder.add_entity(e);
    builder.add_document(DocumentInfo{"doc", "title \xEF\xBF\xBF", "", "", ""});
    noncharacters = builder.build();
  }
  std::vector<std::pair<std::string, KnowledgeGraph>> graphs;
  graphs.emplace_back("noncharacters", std::move(noncharacters));
  graphs.emplace_back("full", full_graph());
  graphs.emplace_back("hard", hard_graph());
  graphs.emplace_back("empty", KnowledgeGraph());
  graphs.emplace_back("control label", std::move(control_label));
  graphs.emplace_back("meetings view", make_view(full_graph(), ViewOptions{"meetings", {}, "", "", 0}).value());
  graphs.emplace_back("many meetings", meetings_graph(50));
  for (const auto& [name, graph] : graphs) {
    INFO(name);
    std::string text = to_graphml(graph);
    KnowledgeGraph back = from_graphml(text);
    require_same(graph, back);
    REQUIRE(to_json(back) == to_json(graph));
    REQUIRE(to_graphml(back) == text);
  }
  REQUIRE(to_graphml(graphs[0].second).find("title \\uFFFF") != std::string::npos);
  std::string text = to_graphml(graphs[4].second);
  REQUIRE(text.find("attr.name=\"label\" attr.type=\"string\">\n    <desc>application/json</desc>") !=
          std::string::npos);
  REQUIRE(text.find(">\"plain\"</data>") != std::string::npos);
}

TEST_CASE("GraphML: ids are escaped only where XML or reading back needs it") {
  struct Case {
    std::string id, written;
  };
  const std::vector<Case> cases = {
      {"product:mac_os_x", "product:mac_os_x"},              // "_x" alone is no escape: kept
      {"entity:a_x_b", "entity:a_x_b"},
      {"entity:_xyz1", "entity:_xyz1"},
      {"entity:_x12", "entity:_x12"},                        // too few hex digits to be read as one
      {"entity:_x0041_", "entity:_x005F_x0041_"},            // would read back as "A"
      {"entity:_xABCD", "entity:_x005F_xABCD"},              // the next escape's '_' would end it
      {"entity:_xABCD e", "entity:_x005F_xABCD_x0020_e"},
      {"entity:_x0001F600_", "entity:_x005F_x0001F600_"},
      {"_x_", "_x005F_x_"},                                  // the empty id's own token
      {"entity:a b", "entity:a_x0020_b"},
      {"entity:\xC3\xA9", "entity:_x00E9_"},
  };
  GraphBuilder builder;
  for (const Case& c : cases) {
    Entity e;
    e.id = c.id;
    e.canonical = c.id;  // not a literal: g++ 12 warns on that here (-Wrestrict, a false alarm)
    builder.add_entity(e);
  }
  KnowledgeGraph g = builder.build();
  std::string text = to_graphml(g);
  for (const Case& c : cases) {
    INFO(c.id);
    REQUIRE(text.find("<node id=\"" + c.written + "\">") != std::string::npos);
  }
  KnowledgeGraph back = from_graphml(text);
  require_same(g, back);
}

TEST_CASE("GraphML: networkx's GraphML reads") {
  TempDir dir;
  std::string path = dir.file("nx.graphml");
  Run made = python(R"(
import sys, networkx as nx
G = nx.MultiDiGraph(name='from networkx', year=2016)
G.add_node('Sergei Lavrov', label='Sergei Lavrov', type='person', mentions=3, score=0.25, active=True)
G.add_node('Moscow', type='place')
G.add_node('n3')
G.add_edge('Sergei Lavrov', 'Moscow', type='visited', weight=2, date='2016-03-24')
G.add_edge('Sergei Lavrov', 'Moscow', type='visited', weight=1.0, date='2016-04-01')
G.add_edge('Moscow', 'n3', strength=0.5)
nx.write_graphml(G, sys.argv[1])
)",
                    {path});
  INFO(made.err);
  REQUIRE(made.status == 0);
  KnowledgeGraph g = from_graphml(read_text(path));
  REQUIRE(g.node_count() == 3);
  const Entity& lavrov = g.node(*g.find("Sergei Lavrov"));
  REQUIRE(lavrov.type == NodeType::kPerson);
  REQUIRE(lavrov.label == "Sergei Lavrov");
  REQUIRE(lavrov.mentions == 3);
  REQUIRE(lavrov.attributes == Attributes{{"score", 0.25}, {"active", true}});
  REQUIRE(g.node_type(*g.find("Moscow")) == NodeType::kPlace);
  REQUIRE(g.node_label(*g.find("Moscow")) == "Moscow");
  REQUIRE(g.node_type(*g.find("n3")) == NodeType::kEntity);
  REQUIRE(g.edge_count() == 3);
  REQUIRE(g.edge(0).source == "Moscow");
  REQUIRE(g.edge(0).attributes.at("strength") == Value(0.5));
  REQUIRE(g.edge(1).date == "2016-03-24");
  REQUIRE(g.edge(1).weight == 2);
  REQUIRE(g.edge(2).weight == 1);
  REQUIRE(g.attributes() == Attributes{{"name", std::string("from networkx")}, {"year", int64_t{2016}}});
}

TEST_CASE("GraphML: ours, read and written again by networkx, reads") {
  TempDir dir;
  std::string ours = dir.file("ours.graphml"), again = dir.file("again.graphml");
  write_text(ours, to_graphml(full_graph()));
  Run r = python("import sys, networkx as nx\nnx.write_graphml(nx.read_graphml(sys.argv[1]), sys.argv[2])\n",
                 {ours, again});
  INFO(r.err);
  REQUIRE(r.status == 0);
  // networkx drops the <desc>s: the lists are plain strings of JSON now,
  // and the documents are gone.
  REQUIRE(read_text(again).find("application/json") == std::string::npos);
  KnowledgeGraph g = from_graphml(read_text(again)), full = full_graph();
  REQUIRE(g.documents().empty());
  REQUIRE(g.node_count() == full.node_count());
  REQUIRE(g.edge_count() == full.edge_count());
  for (KnowledgeGraph::NodeIndex v = 0; v < g.node_count(); ++v) {
    INFO(g.node_id(v));
    REQUIRE(g.node_label(v) == full.node_label(v));
    REQUIRE(g.node(v).names == full.node(v).names);
    REQUIRE(g.node(v).evidence == full.node(v).evidence);
    REQUIRE(g.node(v).roles == full.node(v).roles);
  }
  for (KnowledgeGraph::EdgeIndex e = 0; e < g.edge_count(); ++e) REQUIRE(g.edge(e).key() == full.edge(e).key());
}

TEST_CASE("GraphML: igraph's GraphML reads") {
  TempDir dir;
  std::string path = dir.file("igraph.graphml");
  Run made = python(R"(
import sys, igraph
g = igraph.Graph(directed=True)
g.add_vertices(3)
g.vs['name'] = ['a', 'b', 'c']
g.vs['label'] = ['A', 'B', 'C']
g.vs['size'] = [1.5, 2.0, 3.0]
g.add_edges([(0, 1), (1, 2), (1, 2)])
g.es['weight'] = [1, 2, 3]
g.es['kind'] = ['x', 'y', 'z']
g.write_graphml(sys.argv[1])
)",
                    {path});
  INFO(made.err);
  REQUIRE(made.status == 0);
  KnowledgeGraph g = from_graphml(read_text(path));
  REQUIRE(g.node_count() == 3);
  REQUIRE(g.node_label(*g.find("n1")) == "B");
  REQUIRE(g.node(*g.find("n1")).attributes == Attributes{{"name", std::string("b")}, {"size", 2.0}});
  // Parallel edges of the same (empty) type merge, weights adding.
  REQUIRE(g.edge_count() == 2);
  REQUIRE(g.edge(1).weight == 5);
}

TEST_CASE("GraphML: plain GraphML with few or no keys") {
  SECTION("no keys at all") {
    KnowledgeGraph g = from_graphml(
        "<graphml><graph edgedefault=\"undirected\"><node id=\"a\"><data key=\"label\">A</data>"
        "<data key=\"colour\">red</data></node><node id=\"b\"/><edge source=\"a\" target=\"b\">"
        "<data key=\"weight\">2</data></edge></graph></graphml>");
    REQUIRE(g.node_count() == 2);
    REQUIRE(g.node_label(0) == "A");
    REQUIRE(g.node(0).attributes == Attributes{{"colour", std::string("red")}});
    REQUIRE(g.node_label(1) == "b");
    REQUIRE(g.edge_count() == 1);
    REQUIRE(g.edge(0).weight == 2);
  }
  SECTION("keys without names or types, for all, with defaults") {
    KnowledgeGraph g = from_graphml(graphml(
        "<key id=\"k0\" for=\"all\" attr.name=\"tag\"><default>none</default></key>\n"
        "<key id=\"k1\" attr.name=\"mentions\" attr.type=\"int\"><default>1</default></key>\n"
        "<key id=\"k2\" for=\"node\"/>\n",
        "<node id=\"a\"><data key=\"k0\">A-tag</data><data key=\"k2\">x</data></node>\n"
        "<node id=\"b\"><data key=\"k1\">4</data></node>\n"
        "<edge source=\"a\" target=\"b\"/>\n"));
    REQUIRE(g.node(0).attributes == Attributes{{"tag", std::string("A-tag")}, {"k2", std::string("x")}});
    REQUIRE(g.node(0).mentions == 1);
    REQUIRE(g.node(1).attributes == Attributes{{"tag", std::string("none")}});
    REQUIRE(g.node(1).mentions == 4);
    REQUIRE(g.edge(0).attributes == Attributes{{"tag", std::string("none")}, {"mentions", int64_t{1}}});
  }
  SECTION("yEd's graphics, nested graphs and hyperedges") {
    KnowledgeGraph g = from_graphml(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:y=\"http://www.yworks.com/xml/graphml\">\n"
        "<key for=\"node\" id=\"d6\" yfiles.type=\"nodegraphics\"/>\n"
        "<key for=\"node\" id=\"d7\" attr.name=\"description\" attr.type=\"string\"/>\n"
        "<graph id=\"G\" edgedefault=\"directed\">\n"
        "<node id=\"n0\"><data key=\"d6\"><y:ShapeNode><y:NodeLabel>Zero</y:NodeLabel></y:ShapeNode></data>"
        "<data key=\"d7\"><![CDATA[a <b>]]></data></node>\n"
        "<node id=\"n1\"><graph id=\"n1:\" edgedefault=\"directed\"><node id=\"n1::n0\"/></graph></node>\n"
        "<edge source=\"n0\" target=\"n1::n0\"/>\n"
        "<hyperedge><endpoint node=\"n0\"/><endpoint node=\"n1\"/></hyperedge>\n"
        "</graph></graphml>\n");
    REQUIRE(g.node_count() == 3);
    REQUIRE(g.node_label(0) == "n0");
    REQUIRE(g.node(0).attributes == Attributes{{"description", std::string("a <b>")}});
    REQUIRE(g.node_id(2) == "n1::n0");
    REQUIRE(g.edge_count() == 1);
  }
  SECTION("a <desc> of prose") {
    KnowledgeGraph g = from_graphml(graphml("", "<desc>A graph of {things}</desc><node id=\"a\"/>\n"));
    REQUIRE(g.node_count() == 1);
    REQUIRE(g.attributes().empty());
  }
}

TEST_CASE("GraphML: bad input is kBadInput naming the source and the line") {
  const std::string long_key = "<key id=\"m\" for=\"node\" attr.name=\"mentions\" attr.type=\"long\"/>\n";
  struct Case {
    std::string input, message;
  };
  std::vector<Case> cases = {
      {"<graphml>\n<graph>\n<node id=\"a\">\n</graph>", "g.graphml: line 4: Start-end tags mismatch"},
      {"<graphml><graph>", "g.graphml: line 1: Start-end tags mismatch"},
      {"<foo/>", "g.graphml: not GraphML: the root element is <foo>"},
      {graphml("", "<node id=\"a\"/>\n<node id=\"\xC3\x28\"/>\n"), "g.graphml: line 5: invalid UTF-8"},
      {"<graphml/>", "g.graphml: no <graph> element"},
      {graphml("", "<node/>\n"), "g.graphml: line 4: <node> without an id"},
      {graphml("", "<node id=\"a\"/>\n<node id=\"b\"/>\n<node id=\"a\"/>\n"),
       "g.graphml: line 6: duplicate node id \"a\" (first at line 4)"},
      {graphml("", "<node id=\"a\"/>\n<edge source=\"a\" target=\"c\"/>\n"),
       "g.graphml: line 5: link target \"c\" is not the id of a node"},
      {graphml("", "<node id=\"a\"/>\n<edge target=\"a\"/>\n"), "g.graphml: line 5: <edge> without source"},
      {graphml(long_key, "<node id=\"a\"><data key=\"m\">many</data></node>\n"),
       "g.graphml: line 5: data of key \"mentions\": \"many\" is not an integer"},
      {graphml("<key id=\"m\" for=\"node\" attr.name=\"mentions\" attr.type=\"string\"/>\n",
               "<node id=\"a\"><data key=\"m\">5</data></node>\n"),
       "g.graphml: line 5: node \"a\": \"mentions\" must be a non-negative integer, not a string"},
      {graphml("<key id=\"b\" for=\"node\" attr.name=\"canonical\" attr.type=\"boolean\"/>\n",
               "<node id=\"a\"><data key=\"b\">perhaps</data></node>\n"),
       "g.graphml: line 5: data of key \"canonical\": \"perhaps\" is not a boolean"},
      {graphml("<key id=\"r\" for=\"node\" attr.name=\"roles\" attr.type=\"string\"><desc>application/json</desc></key>\n",
               "<node id=\"a\"><data key=\"r\">[\"x\"</data></node>\n"),
       "g.graphml: line 5: data of key \"roles\": not JSON text (Missing a comma or ']' after an array element.)"},
      {graphml("<key id=\"w\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n",
               "<node id=\"a\"/>\n<edge source=\"a\" target=\"a\"><data key=\"w\">0.5</data></edge>\n"),
       "g.graphml: line 6: link \"a\" -> \"a\": \"weight\" must be a non-negative integer, not a number"},
      {graphml("", "<desc>{\"documents\": 3}</desc>\n"),
       "g.graphml: line 4: graph: \"documents\" must be an array of document objects, not a number"},
  };
  for (const Case& c : cases) {
    INFO(c.input);
    Status s = parse_error(c.input);
    REQUIRE(s.code() == Status::Code::kBadInput);
    REQUIRE(s.message() == c.message);
  }
}
