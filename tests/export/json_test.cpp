// JSON node-link: what networkx reads, exact round trips, user graphs, errors.
#include <cmath>
#include <catch2/catch.hpp>

#include "support.h"

using namespace newsgraph;
using namespace newsgraph::formats;
using namespace newsgraph::formats::testing;

namespace {

const std::string kA = "000_eb6f25e2540a3901", kB = "002_6a792777fe64eb82";
const std::string kMeeting = "event:meeting_john_kerry_sergei_lavrov_2016-03-24";

KnowledgeGraph build(std::vector<DocumentFacts> facts) {
  GraphBuilder builder;
  for (DocumentFacts& f : facts) builder.add(std::move(f));
  return builder.build();
}

KnowledgeGraph merge(const std::vector<const KnowledgeGraph*>& graphs) {
  GraphBuilder builder;
  for (const KnowledgeGraph* g : graphs) builder.add(*g);
  return builder.build();
}

std::string replace(std::string text, const std::string& from, const std::string& to) {
  size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

Status parse_error(const std::string& text) {
  Result<KnowledgeGraph> g = parse_json_graph(text, "graph.json");
  REQUIRE_FALSE(g.ok());
  return g.status();
}

}  // namespace

TEST_CASE("JSON: networkx's node_link_graph reads every field") {
  TempDir dir;
  for (bool pretty : {false, true}) {
    std::string path = dir.file(pretty ? "pretty.json" : "compact.json");
    write_text(path, to_json(full_graph(), pretty));
    Run r = python(R"(
import json, sys, networkx as nx
A, B = '000_eb6f25e2540a3901', '002_6a792777fe64eb82'
M = 'event:meeting_john_kerry_sergei_lavrov_2016-03-24'
with open(sys.argv[1], encoding='utf-8') as f:
    G = nx.node_link_graph(json.load(f))
assert G.is_directed() and G.is_multigraph()
print(G.number_of_nodes(), G.number_of_edges())

l = G.nodes['person:sergei_lavrov']
assert l['type'] == 'person' and l['label'] == 'Sergei Lavrov', l
assert l['aliases'] == ['Lavrov', 'Sergey Lavrov'], l
assert l['name_counts'] == {'Lavrov': 5, 'Sergei Lavrov': 4, 'Sergey Lavrov': 3}, l
assert 'canonical' not in l, l
assert l['roles'] == ['Foreign Minister'] and l['country'] == 'country:russia', l
assert l['mentions'] == 12 and l['documents'] == [A, B], l
assert l['evidence'] == [
    {'document': A, 'start': 10, 'end': 22, 'text': 'Lavrov said.'},
    {'document': A, 'start': 120, 'end': 159, 'text': 'Kerry met Lavrov in Moscow on Thursday.'},
    {'document': B, 'start': 0, 'end': 38, 'text': 'Sergey Lavrov called the talks useful.'}], l['evidence']
assert l['wikidata'] == 'Q3337' and l['born'] == 1950 and l['score'] == 0.1, l
assert l['verified'] is True and l['tags'] == ['diplomat', 'minister'], l

r = G.nodes['country:russia']
assert r == {'type': 'country', 'label': 'Russia', 'aliases': ['Russian Federation'],
             'name_counts': {'Russia': 5, 'Russian Federation': 1}, 'canonical': True,
             'mentions': 6, 'documents': [A, B]}, r
m = G.nodes[M]
assert m['type'] == 'event' and m['label'] == 'Kerry – Lavrov, Moscow, 2016-03-24' and m['canonical'] is True, m
assert (m['kind'], m['date'], m['place'], m['status']) == ('meeting', '2016-03-24', 'place:moscow', 'occurred'), m
assert G.nodes['place:moscow']['country'] == 'country:russia'
assert G.nodes['agreement:unnamed_treaty'] == {'type': 'entity', 'label': 'agreement:unnamed_treaty'}

visits = G['person:john_kerry']['place:moscow']
assert sorted((k, d['type'], d['date']) for k, d in visits.items()) == [
    (0, 'visited', '2015-12-15'), (1, 'visited', '2016-03-24')], visits
d = G[M]['agreement:new_start'][0]
assert d == {'type': 'discussed', 'weight': 1, 'documents': [A], 'confidence': 0.5, 'count': 2,
             'flag': False, 'note': 'extension', 'topics': ['arms', 'treaty']}, d
a = G['person:sergei_lavrov']['country:russia'][0]
assert a['type'] == 'affiliated_with' and a['weight'] == 4 and a['roles'] == ['Foreign Minister'], a
assert a['documents'] == [A, B], a
p = G['person:john_kerry'][M][0]
assert p['evidence'] == [{'document': A, 'start': 120, 'end': 159,
                          'text': 'Kerry met Lavrov in Moscow on Thursday.'}], p

g = G.graph
assert g['generator'] == 'newsgraph 0.1.0', g
assert g['documents'] == [
    {'id': A, 'title': 'Kerry in Moscow', 'date': '2016-03-25', 'source': 'samples/' + A + '.txt',
     'url': 'https://example.org/kerry'},
    {'id': B, 'title': 'Lavrov: "talks were useful"', 'date': '2016-03-26', 'source': 'samples/' + B + '.txt'}], g
assert (g['corpus'], g['revision'], g['ratio'], g['final'], g['languages']) == ('samples', 3, 0.5, True, ['en', 'ru'])
)",
                   {path});
    INFO(r.err);
    REQUIRE(r.status == 0);
    REQUIRE(r.err.empty());
    REQUIRE(r.out == "9 11\n");
  }
}

TEST_CASE("JSON: hard strings reach networkx intact") {
  TempDir dir;
  write_text(dir.file("hard.json"), to_json(hard_graph()));
  Run r = python(R"(
import json, math, sys, networkx as nx
with open(sys.argv[1], encoding='utf-8') as f:
    G = nx.node_link_graph(json.load(f))
print(G.number_of_nodes(), G.number_of_edges())
assert G.nodes['entity:quotes']['label'] == 'He said "hi" \\ back\\'
assert G.nodes['entity:lines']['label'] == 'Line one\nLine two'
assert G.nodes['entity:markup']['label'] == '<b>&amp;</b> & <i>'
assert G.nodes['person:sergei_lavrov']['label'] == 'Сергей Лавров'
assert G.nodes['entity:emoji']['label'] == 'Emoji 😀🎉 ok'
assert G.nodes['entity:space']['label'] == ' '
assert G.nodes['entity:😀']['label'] == 'An emoji id'
a = G.nodes['entity:attributes']
assert a['empty'] == '' and a['empty list'] == [] and a['ключ'] == 'значение', a
assert a['multi\nline name'] == 'multi\nline\r\nvalue' and a['control'] == 'bell\x07char', a
assert a['crlf'] == 'Windows\r\nline' and math.isnan(a['nan']) and a['infinite'] == -math.inf, a
assert a['big'] == -2**63 and a['aliases'] == ['', 'Имя'] and a['label'] == 'Names "quoted"', a
assert G.nodes['entity:mixed']['tiny'] == 5e-324
e = G['entity:quotes']['entity:a b']
assert sorted(d['type'] for d in e.values()) == ['second', 'type "quoted" \\ <&>'], e
assert e[1]['label'] == 'not a field on links' and e[1]['empty'] == ''
assert G.graph['title'] == 'A "graph" <with> & \\ Кириллица 😀' and G.graph['empty'] == ''
)",
                 {dir.file("hard.json")});
  INFO(r.err);
  REQUIRE(r.status == 0);
  REQUIRE(r.err.empty());
  REQUIRE(r.out == "14 3\n");
}

TEST_CASE("JSON: reading what was written loses nothing") {
  Result<KnowledgeGraph> meetings = make_view(full_graph(), ViewOptions{"meetings", {}, "", "", 0});
  REQUIRE(meetings.ok());
  std::vector<std::pair<std::string, KnowledgeGraph>> graphs;
  graphs.emplace_back("full", full_graph());
  graphs.emplace_back("hard", hard_graph());
  graphs.emplace_back("empty", KnowledgeGraph());
  graphs.emplace_back("meetings view", std::move(meetings).value());
  graphs.emplace_back("many meetings", meetings_graph(50));
  for (const auto& [name, graph] : graphs)
    for (bool pretty : {false, true}) {
      INFO(name << (pretty ? ", pretty" : ", compact"));
      std::string json = to_json(graph, pretty);
      KnowledgeGraph back = from_json(json);
      require_same(graph, back);
      REQUIRE(to_json(back, pretty) == json);
      REQUIRE(to_json(back, !pretty) == to_json(graph, !pretty));
    }
}

TEST_CASE("JSON: the same graph gives the same bytes") {
  std::string json = to_json(full_graph());
  REQUIRE(to_json(full_graph()) == json);
  std::vector<DocumentFacts> facts = full_facts();
  std::reverse(facts.begin(), facts.end());
  GraphBuilder builder;
  builder.set_attribute("languages", std::vector<std::string>{"en", "ru"});
  builder.set_attribute("final", true);
  builder.set_attribute("ratio", 0.5);
  builder.set_attribute("revision", int64_t{3});
  builder.set_attribute("corpus", std::string("samples"));
  for (DocumentFacts& f : facts) builder.add(std::move(f));
  REQUIRE(to_json(builder.build()) == json);

  // Compact output is one line; both forms end in a newline.
  REQUIRE(json.back() == '\n');
  REQUIRE(std::count(json.begin(), json.end(), '\n') == 1);
  REQUIRE(to_json(full_graph(), true).back() == '\n');
  REQUIRE(json.rfind(R"({"directed":true,"multigraph":true,"graph":{"generator":"newsgraph 0.1.0",)", 0) == 0);
  // Doubles in their shortest round-trip form; links numbered by networkx keys.
  REQUIRE(json.find(R"("score":0.1)") != std::string::npos);
  REQUIRE(json.find(R"({"source":"person:john_kerry","target":"place:moscow","key":1,"type":"visited",)"
                    R"("date":"2016-03-24","weight":1,)") != std::string::npos);
  REQUIRE(to_json(KnowledgeGraph()) ==
          "{\"directed\":true,\"multigraph\":true,\"graph\":{\"generator\":\"newsgraph 0.1.0\"},\"nodes\":[],"
          "\"links\":[]}\n");
}

TEST_CASE("JSON: merging graphs read back equals merging their facts") {
  std::vector<DocumentFacts> facts = full_facts();
  KnowledgeGraph both = build(facts);
  KnowledgeGraph first = from_json(to_json(build({facts[0]})));
  KnowledgeGraph second = from_json(to_json(build({facts[1]})));
  // Lavrov's label changes with the merged counts: "Sergei Lavrov" in the
  // first document alone, "Sergey Lavrov" in the second, "Sergei Lavrov"
  // again in both.
  REQUIRE(first.node_label(*first.find("person:sergei_lavrov")) == "Sergei Lavrov");
  REQUIRE(second.node_label(*second.find("person:sergei_lavrov")) == "Sergey Lavrov");
  REQUIRE(to_json(merge({&first, &second})) == to_json(both));
  REQUIRE(to_json(merge({&second, &first})) == to_json(both));
}

TEST_CASE("JSON: networkx node_link_data graphs read") {
  Run made = python(R"(
import json, networkx as nx
G = nx.MultiDiGraph(name='user graph')
G.add_node(1, label='Sergei Lavrov', type='person', aliases=['Lavrov'], party='x')
G.add_node(2)
G.add_node('x', type='spaceship', weight=2.5, pos=[0.1, 2], meta={'a': 1}, nothing=None, mentions=3.0)
G.add_edge(1, 2, type='met_with', weight=3, since=2001)
G.add_edge(1, 2, type='met_with')
G.add_edge(2, 'x')
print(json.dumps(nx.node_link_data(G)))
)");
  INFO(made.err);
  REQUIRE(made.status == 0);
  for (bool edges : {false, true}) {
    // networkx 3.4 and later call the links "edges".
    std::string json = edges ? replace(made.out, "\"links\"", "\"edges\"") : made.out;
    KnowledgeGraph g = from_json(json);
    REQUIRE(g.node_count() == 3);
    const Entity& lavrov = g.node(*g.find("1"));
    REQUIRE(lavrov.type == NodeType::kPerson);
    REQUIRE(lavrov.label == "Sergei Lavrov");
    REQUIRE(lavrov.canonical == "Sergei Lavrov");  // kept through merges
    REQUIRE(lavrov.names == std::map<std::string, uint64_t>{{"Lavrov", 1}});
    REQUIRE(lavrov.attributes == Attributes{{"party", std::string("x")}});
    const Entity& two = g.node(*g.find("2"));
    REQUIRE(two.type == NodeType::kEntity);
    REQUIRE(two.label == "2");
    REQUIRE(two.attributes.empty());
    const Entity& x = g.node(*g.find("x"));
    REQUIRE(x.type == NodeType::kEntity);
    REQUIRE(x.mentions == 3);
    REQUIRE(x.attributes == Attributes{{"source_type", std::string("spaceship")},
                                       {"weight", 2.5},
                                       {"pos", std::vector<std::string>{"0.1", "2"}},
                                       {"meta", std::string(R"({"a":1})")}});
    REQUIRE(g.attributes() == Attributes{{"name", std::string("user graph")}});
    // Parallel links of one type and date are one relation, weights added.
    REQUIRE(g.edge_count() == 2);
    REQUIRE(g.edge(0).type == "met_with");
    REQUIRE(g.edge(0).weight == 4);
    REQUIRE(g.edge(0).attributes == Attributes{{"since", int64_t{2001}}});
    REQUIRE(g.edge(1).type.empty());
    REQUIRE(g.edge(1).weight == 1);
    // Written again, it reads back the same.
    std::string ours = to_json(g);
    REQUIRE(to_json(from_json(ours)) == ours);
  }
}

TEST_CASE("JSON: labels read are the labels the graph has") {
  KnowledgeGraph full = full_graph();
  SECTION("a user graph's label wins over merged names, in any order") {
    KnowledgeGraph user =
        from_json(R"({"nodes": [{"id": "person:sergei_lavrov", "label": "S. V. Lavrov", "type": "person"}]})");
    REQUIRE(merge({&user, &full}).node_label(*full.find("person:sergei_lavrov")) == "S. V. Lavrov");
    REQUIRE(to_json(merge({&user, &full})) == to_json(merge({&full, &user})));
  }
  SECTION("a label someone edited in our file stays") {
    std::string json = replace(to_json(full), R"("label":"Sergei Lavrov")", R"("label":"Lavrov, S.")");
    KnowledgeGraph edited = from_json(json);
    const Entity& lavrov = edited.node(*edited.find("person:sergei_lavrov"));
    REQUIRE(lavrov.label == "Lavrov, S.");
    REQUIRE(lavrov.canonical == "Lavrov, S.");
    REQUIRE(lavrov.names.size() == 3);
  }
  SECTION("a node of ours without names keeps its label without becoming canonical") {
    GraphBuilder builder;
    Entity e;
    e.id = "event:x";
    e.label = "A label given, no names";
    builder.add_entity(e);
    KnowledgeGraph g = builder.build();
    KnowledgeGraph back = from_json(to_json(g));
    REQUIRE(back.node_label(0) == "A label given, no names");
    REQUIRE(back.node(0).canonical.empty());
  }
}

TEST_CASE("JSON: bad input is kBadInput naming the source and the line") {
  struct Case {
    std::string input, message;
  };
  std::vector<Case> cases = {
      {R"({"nodes": [{"id": "a"})", "graph.json: line 1: Missing a comma or ']' after an array element."},
      {"{\"nodes\": [\n{\"id\": 1},\n,\n]}", "graph.json: line 3: Invalid value."},
      {"{\"nodes\": []} x", "graph.json: line 1: The document root must not be followed by other values."},
      {"{\"nodes\": [{\"id\": \"\xC3\x28\"}]}", "graph.json: line 1: Invalid encoding in string."},
      {R"({"nodes": [{"id": "a\udc00"}]})",
       "graph.json: line 1: a \\u escape of a lone surrogate, which is not a character"},
      {R"({"nodes": [{"id": "a", "x": NaNe0}]})", "graph.json: line 1: Invalid value."},
      {R"({"nodes": [{"id": "a", "x": -Infinity.5}]})", "graph.json: line 1: Invalid value."},
      {R"({"nodes": [{"id": "a", "x\u0000y": 1}]})",
       "graph.json: line 1: a \\u0000 escape (NUL), which no graph format can carry"},
      {"{\"nodes\": [\n{\"id\": \"\\\\\\ud800\"}]}",
       "graph.json: line 2: a \\u escape of a lone surrogate, which is not a character"},
      {"{\"nodes\": [], \"x\": " + std::string(1000, '[') + std::string(1000, ']') + "}",
       "graph.json: line 1: nested more than 256 levels deep"},
      {"[]", "graph.json: not a node-link graph: the top level is not a JSON object"},
      {R"({"links": []})", "graph.json: not a node-link graph: no \"nodes\""},
      {R"({"nodes": {}})", "graph.json: nodes must be an array"},
      {R"({"nodes": [], "links": {}})", "graph.json: links must be an array"},
      {R"({"nodes": [], "graph": []})", "graph.json: \"graph\" must be an object, not an array"},
      {R"({"nodes": [1]})", "graph.json: nodes[0]: a node must be an object, not a number"},
      {R"({"nodes": [{"label": "x"}]})", "graph.json: nodes[0]: node without \"id\""},
      {R"({"nodes": [{"id": 1.5}]})", "graph.json: nodes[0]: \"id\" must be a string or an integer, not a number"},
      {R"({"nodes": [{"id": ""}]})", "graph.json: nodes[0]: node with an empty \"id\""},
      {R"({"nodes": [{"id": "a"}, {"id": "b"}, {"id": "a"}]})",
       "graph.json: nodes[2]: duplicate node id \"a\" (first at nodes[0])"},
      {R"({"nodes": [{"id": 1}, {"id": "1"}]})", "graph.json: nodes[1]: duplicate node id \"1\" (first at nodes[0])"},
      {R"({"nodes": [{"id": "a"}], "links": [{"source": "a", "target": "b"}]})",
       "graph.json: links[0]: link target \"b\" is not the id of a node"},
      {R"({"nodes": [{"id": "a"}], "edges": [{"source": "c", "target": "a"}]})",
       "graph.json: edges[0]: link source \"c\" is not the id of a node"},
      {R"({"nodes": [{"id": "a"}], "links": [{"target": "a"}]})", "graph.json: links[0]: link without \"source\""},
      {R"({"nodes": [{"id": "a", "mentions": "x"}]})",
       "graph.json: nodes[0]: node \"a\": \"mentions\" must be a non-negative integer, not a string"},
      {R"({"nodes": [{"id": "a", "mentions": -1}]})",
       "graph.json: nodes[0]: node \"a\": \"mentions\" must be a non-negative integer, not a number"},
      {R"({"nodes": [{"id": "a", "type": 5}]})", "graph.json: nodes[0]: node \"a\": \"type\" must be a string, not a number"},
      {R"({"nodes": [{"id": "a", "label": ["x"]}]})",
       "graph.json: nodes[0]: node \"a\": \"label\" must be a string, not an array"},
      {R"({"nodes": [{"id": "a", "roles": "x"}]})",
       "graph.json: nodes[0]: node \"a\": \"roles\" must be an array of strings, not a string"},
      {R"({"nodes": [{"id": "a", "aliases": [1]}]})",
       "graph.json: nodes[0]: node \"a\": \"aliases\" must be an array of strings, not a number"},
      {R"({"nodes": [{"id": "a", "name_counts": {"A": "2"}}]})",
       "graph.json: nodes[0]: node \"a\": \"name_counts.A\" must be a non-negative integer, not a string"},
      {R"({"nodes": [{"id": "a", "canonical": "yes"}]})",
       "graph.json: nodes[0]: node \"a\": \"canonical\" must be a boolean, not a string"},
      {R"({"nodes": [{"id": "a", "evidence": [{"document": "d"}]}]})",
       "graph.json: nodes[0]: node \"a\": every \"evidence\" span needs \"document\", \"start\" and \"end\""},
      {R"({"nodes": [{"id": "a", "evidence": [{"document": "d", "start": -1, "end": 2}]}]})",
       "graph.json: nodes[0]: node \"a\": \"evidence.start\" must be a 32-bit unsigned integer, not a number"},
      {R"({"nodes": [{"id": "a", "evidence": [{"document": "d", "start": 5, "end": 2}]}]})",
       "graph.json: nodes[0]: node \"a\": an \"evidence\" span ends before it starts"},
      {R"({"nodes": [{"id": "a"}], "links": [{"source": "a", "target": "a", "weight": 0.5}]})",
       "graph.json: links[0]: link \"a\" -> \"a\": \"weight\" must be a non-negative integer, not a number"},
      {R"({"nodes": [{"id": "a"}], "links": [{"source": "a", "target": "a", "documents": [null]}]})",
       "graph.json: links[0]: link \"a\" -> \"a\": \"documents\" must be an array of strings, not null"},
      {R"({"nodes": [], "graph": {"documents": [{"title": "t"}]}})",
       "graph.json: graph: every document needs a string \"id\""},
      {R"({"nodes": [], "graph": {"documents": [{"id": "d", "date": 2016}]}})",
       "graph.json: graph: document \"d\": \"date\" must be a string, not a number"},
  };
  for (const Case& c : cases) {
    INFO(c.input);
    Status s = parse_error(c.input);
    REQUIRE(s.code() == Status::Code::kBadInput);
    REQUIRE(s.message() == c.message);
  }
}

TEST_CASE("JSON: null is no value, and integral doubles are counts") {
  KnowledgeGraph g = from_json(R"({"nodes": [{"id": "a", "label": null, "mentions": 2.0, "x": null}],
                                   "links": [{"source": "a", "target": "a", "weight": 3.0, "type": null}],
                                   "graph": {"y": null}})");
  REQUIRE(g.node_label(0) == "a");
  REQUIRE(g.node(0).mentions == 2);
  REQUIRE(g.node(0).attributes.empty());
  REQUIRE(g.edge(0).weight == 3);
  REQUIRE(g.attributes().empty());
}

TEST_CASE("JSON: surrogate pairs and escaped backslashes before u read") {
  // An emoji as a pair of \u escapes, then the six characters \ud800.
  Result<KnowledgeGraph> g = parse_json_graph(R"({"nodes": [{"id": "\ud83d\ude00 \\ud800"}]})", "graph.json");
  REQUIRE(g.ok());
  REQUIRE(g.value().node_count() == 1);
  CHECK(g.value().node_id(0) == "\xF0\x9F\x98\x80 \\ud800");
}

TEST_CASE("JSON: zero with any exponent reads as zero") {
  Result<KnowledgeGraph> g =
      parse_json_graph(R"({"nodes": [{"id": "a", "x": 0e-30, "y": -0.00E+400, "z": 10e-30}]})", "graph.json");
  REQUIRE(g.ok());
  const Attributes& a = g.value().node(0).attributes;
  REQUIRE(std::holds_alternative<double>(a.at("x")));
  CHECK(std::get<double>(a.at("x")) == 0.0);
  REQUIRE(std::holds_alternative<double>(a.at("y")));
  CHECK(std::signbit(std::get<double>(a.at("y"))));
  REQUIRE(std::holds_alternative<double>(a.at("z")));
  CHECK(std::get<double>(a.at("z")) == 1e-29);
}

namespace {

// The members of a user graph (no generator: labels without name_counts
// are canonical) of 3,000 nodes and 8,000 links, enough for the reader to
// hand them to the builder in several batches; links j, j + 3000 and
// j + 6000 are parallel, of one type, and merge.
struct Members {
  std::string graph, nodes, links;
};

Members big_user_graph() {
  Members m;
  m.graph = R"({"name": "big", "documents": [{"id": "d1", "title": "One"}]})";
  m.nodes = "[";
  for (int i = 0; i < 3000; ++i) {
    m.nodes += std::string(i ? "," : "") + "\n{\"id\": \"n" + std::to_string(i) + "\"";
    if (i % 3 == 0) m.nodes += ", \"type\": \"person\"";
    if (i % 5 == 0) m.nodes += ", \"label\": \"Label " + std::to_string(i) + "\"";
    if (i % 7 == 0) m.nodes += ", \"name_counts\": {\"A " + std::to_string(i) + "\": 2, \"B\": 1}";
    if (i % 11 == 0) m.nodes += ", \"mentions\": " + std::to_string(i) + ", \"colour\": \"red\"";
    m.nodes += "}";
  }
  m.nodes += "]";
  m.links = "[";
  for (int j = 0; j < 8000; ++j) {
    m.links += std::string(j ? "," : "") + "\n{\"source\": \"n" + std::to_string(j % 3000) + "\", \"target\": \"n" +
               std::to_string((7 * j + 1) % 3000) + "\", \"type\": \"" + (j % 2 ? "met_with" : "affiliated_with") +
               "\", \"weight\": " + std::to_string(1 + j % 3);
    if (j % 13 == 0)
      m.links += ", \"documents\": [\"d" + std::to_string(j % 4) + "\"], \"since\": " + std::to_string(j);
    m.links += "}";
  }
  m.links += "]";
  return m;
}

}  // namespace

TEST_CASE("JSON: a big graph reads the same whatever the order of its members") {
  const Members m = big_user_graph();
  auto object = [](const std::vector<std::pair<std::string, std::string>>& members) {
    std::string text = "{";
    for (const auto& [name, value] : members) text += (text.size() > 1 ? ", \"" : "\"") + name + "\": " + value;
    return text + "}";
  };
  KnowledgeGraph first = from_json(object({{"graph", m.graph}, {"nodes", m.nodes}, {"links", m.links}}));
  REQUIRE(first.node_count() == 3000);
  REQUIRE(first.edge_count() == 3000);  // 8,000 links less the 5,000 that merge with a parallel one
  const std::string expected = to_json(first);
  SECTION("links before nodes, graph last") {
    REQUIRE(to_json(from_json(object({{"links", m.links}, {"nodes", m.nodes}, {"graph", m.graph}}))) == expected);
  }
  SECTION("networkx 3.4's \"edges\", graph after the nodes") {
    REQUIRE(to_json(from_json(object({{"nodes", m.nodes}, {"edges", m.links}, {"graph", m.graph}}))) == expected);
  }
  SECTION("our own file, with its graph object moved after its links") {
    // In our files a label without name_counts is not canonical: the reader
    // must not settle labels before it knows whose file it reads.
    const std::string& ours = expected;
    size_t graph = ours.find("\"graph\":"), nodes = ours.find(",\"nodes\":"), end = ours.rfind('}');
    REQUIRE(graph != std::string::npos);
    REQUIRE(nodes != std::string::npos);
    std::string moved = ours.substr(0, graph) + ours.substr(nodes + 1, end - nodes - 1) + "," +
                        ours.substr(graph, nodes - graph) + "}";
    REQUIRE(moved.find("\"graph\":") > moved.find("\"links\":"));
    REQUIRE(to_json(from_json(moved)) == ours);
  }
  SECTION("the same graph built entity by entity and relation by relation") {
    GraphBuilder builder;
    for (KnowledgeGraph::NodeIndex v = 0; v < first.node_count(); ++v) builder.add_entity(first.node(v));
    for (KnowledgeGraph::EdgeIndex e = 0; e < first.edge_count(); ++e) builder.add_relation(first.edge(e));
    for (const DocumentInfo& d : first.documents()) builder.add_document(d);
    for (const auto& [name, value] : first.attributes()) builder.set_attribute(name, value);
    REQUIRE(to_json(builder.build()) == expected);
  }
  const std::optional<KnowledgeGraph::NodeIndex> n5 = first.find("n5"), n0 = first.find("n0");
  REQUIRE(n5);
  REQUIRE(n0);
  CHECK(first.node(*n5).canonical == "Label 5");
  CHECK(first.node_label(*n0) == "Label 0");
  CHECK(first.node(*n0).attributes.at("colour") == Value(std::string("red")));
  // Names, but no label read: the label is the id, which the names do not
  // give, so it is made canonical (the label rule, finish()).
  CHECK(first.node_label(*first.find("n7")) == "n7");
  CHECK(first.node(*first.find("n7")).names.at("A 7") == 2);
  CHECK(first.node_label(*first.find("n1")) == "n1");
}
