// GEXF 1.3: valid against the RelaxNG schema, read by networkx with every
// attribute typed and every hard string intact, coloured as DOT draws,
// sized and, in dynamic mode, given spells by the timeline's rules.
#include <catch2/catch.hpp>
#include <sstream>

#include "export/timeline.h"
#include "support.h"

using namespace newsgraph;
using namespace newsgraph::formats;
using namespace newsgraph::formats::testing;

namespace {

const std::string kSchema = std::string(NEWSGRAPH_SHARED_DIR) + "/schemas/gexf-1.3/gexf.rng";

// networkx 2.8 reads GEXF up to 1.2draft; for what it reads, 1.3 differs
// in its namespaces only (networkx 3 has this same entry).
const std::string kNetworkx = R"(
import json, math, sys, networkx as nx
from networkx.readwrite import gexf
gexf.GEXF.versions['1.3'] = dict(gexf.GEXF.versions['1.2draft'], NS_GEXF='http://gexf.net/1.3',
                                 NS_VIZ='http://gexf.net/1.3/viz', VERSION='1.3')
def read(path):
    return nx.read_gexf(path, version='1.3')
)";

Status write_gexf(const KnowledgeGraph& graph, const WriteOptions& options, std::string& text) {
  std::ostringstream out;
  Status s = make_exporter("gexf", options)->write(graph, out);
  text = out.str();
  return s;
}

std::string to_gexf(const KnowledgeGraph& graph, const WriteOptions& options = {}) {
  std::string text;
  Status s = write_gexf(graph, options, text);
  INFO(s.message());
  REQUIRE(s.ok());
  return text;
}

WriteOptions with_view(const std::string& view, bool dynamic = false) {
  WriteOptions o;
  o.view = view;
  o.dynamic = dynamic;
  return o;
}

KnowledgeGraph view(const KnowledgeGraph& g, const std::string& name) {
  Result<KnowledgeGraph> v = make_view(g, ViewOptions{name, {}, "", "", 0});
  REQUIRE(v.ok());
  return std::move(v).value();
}

void require_valid(const std::string& path) {
  Run r = run({"/usr/bin/xmllint", "--nonet", "--noout", "--relaxng", kSchema, path});
  INFO(r.err);
  REQUIRE(r.status == 0);
  REQUIRE(r.err == path + " validates\n");
}

void require_python(const std::string& script, const std::vector<std::string>& args, const std::string& out) {
  Run r = python(kNetworkx + script, args);
  INFO(r.err);
  REQUIRE(r.status == 0);
  REQUIRE(r.err.empty());
  REQUIRE(r.out == out);
}

Entity person(const std::string& slug, std::set<std::string> documents, uint64_t mentions = 1) {
  Entity e;
  e.id = "person:" + slug;
  e.type = NodeType::kPerson;
  e.names = {{"Person " + slug, mentions}};
  e.mentions = mentions;
  e.documents = std::move(documents);
  return e;
}

Relation link(const std::string& source, const std::string& target, std::string_view type,
                  const std::string& date = "") {
  Relation r;
  r.source = source;
  r.target = target;
  r.type = std::string(type);
  r.date = date;
  return r;
}

// Documents of a day, a month and no date; meetings of a month and of a
// day among a, b and c; a visit in a year; d, in the undated document
// only, has no date at all.
KnowledgeGraph dated_graph() {
  GraphBuilder b;
  b.add_document({"d1", "", "2016-03-25", "", ""});
  b.add_document({"d2", "", "2016-04", "", ""});
  b.add_document({"d3", "", "", "", ""});
  b.add_entity(person("a", {"d1"}));
  b.add_entity(person("b", {"d2", "d3"}));
  b.add_entity(person("c", {"d3"}));
  b.add_entity(person("d", {"d3"}));
  Entity place;
  place.id = "place:x";
  place.type = NodeType::kPlace;
  place.canonical = "X";
  b.add_entity(place);
  auto meeting = [&](const std::string& id, const std::string& date, std::vector<std::string> who) {
    Entity e;
    e.id = "event:" + id;
    e.type = NodeType::kEvent;
    e.kind = std::string(event_kind::kMeeting);
    e.date = date;
    e.canonical = id;
    b.add_entity(e);
    for (const std::string& p : who) b.add_relation(link("person:" + p, e.id, relation::kParticipant));
  };
  meeting("m1", "2016-02", {"a", "b"});
  meeting("m2", "2016-02-10", {"a", "b", "c"});
  b.add_relation(link("person:a", "place:x", relation::kVisited, "2015"));
  b.add_relation(link("person:b", "person:d", relation::kAffiliatedWith));
  return b.build();
}

}  // namespace

TEST_CASE("GEXF: valid against the GEXF 1.3 schema, static and dynamic") {
  TempDir dir;
  KnowledgeGraph full = full_graph(), hard = hard_graph(), empty, dated = dated_graph(), many = meetings_graph(50);
  KnowledgeGraph meetings = view(full, "meetings"), countries = view(full, "countries"),
                 dated_meetings = view(dated, "meetings");
  WriteOptions by_mentions;
  by_mentions.size_by = "mentions";
  for (auto& [name, graph, options] : std::vector<std::tuple<std::string, const KnowledgeGraph*, WriteOptions>>{
           {"full", &full, {}},
           {"hard", &hard, {}},
           {"empty", &empty, {}},
           {"many", &many, by_mentions},
           {"meetings", &meetings, with_view("meetings")},
           {"countries", &countries, with_view("countries")},
           {"full-dynamic", &full, with_view("full", true)},
           {"hard-dynamic", &hard, with_view("full", true)},
           {"empty-dynamic", &empty, with_view("full", true)},
           {"dated-dynamic", &dated, with_view("full", true)},
           {"dated-meetings-dynamic", &dated_meetings, with_view("meetings", true)},
           {"many-dynamic", &many, with_view("full", true)}}) {
    INFO(name);
    std::string path = dir.file(name + ".gexf");
    write_text(path, to_gexf(*graph, options));
    require_valid(path);
  }
}

TEST_CASE("GEXF: the whole file of a small graph") {
  GraphBuilder b;
  b.add_document({"d1", "", "2016-03-24", "", ""});
  b.add_entity(person("a", {"d1"}, 3));
  Entity us;
  us.id = "country:us";
  us.type = NodeType::kCountry;
  us.canonical = "United States";
  b.add_entity(us);
  // The affiliation also gives person:a its country attribute.
  Relation r = link("person:a", "country:us", relation::kAffiliatedWith);
  r.weight = 2;
  b.add_relation(r);
  KnowledgeGraph g = b.build();
  const std::string head = R"(<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
  <meta>
    <creator>newsgraph 0.1.0</creator>
  </meta>
)";
  const std::string declarations = R"(    <attributes class="node">
      <attribute id="0" title="canonical" type="boolean" />
      <attribute id="1" title="country" type="string" />
      <attribute id="2" title="documents" type="string" />
      <attribute id="3" title="mentions" type="long" />
      <attribute id="4" title="name_counts" type="string" />
      <attribute id="5" title="type" type="string" />
    </attributes>
    <attributes class="edge">
      <attribute id="0" title="type" type="string" />
    </attributes>
    <nodes count="2">
      <node id="country:us" label="United States">
        <attvalues>
          <attvalue for="5" value="country" />
          <attvalue for="0" value="true" />
        </attvalues>
)";
  const std::string us_viz = R"(        <viz:color r="178" g="223" b="138" />
        <viz:size value="10" />
      </node>
      <node id="person:a" label="Person a">
        <attvalues>
          <attvalue for="5" value="person" />
          <attvalue for="4" value="{&quot;Person a&quot;:3}" />
          <attvalue for="1" value="country:us" />
          <attvalue for="3" value="3" />
          <attvalue for="2" value="[&quot;d1&quot;]" />
        </attvalues>
)";
  const std::string a_viz = R"(        <viz:color r="166" g="206" b="227" />
        <viz:size value="20" />
      </node>
    </nodes>
    <edges count="1">
      <edge id="0" source="person:a" target="country:us" label="affiliated_with" kind="affiliated_with" weight="2">
        <attvalues>
          <attvalue for="0" value="affiliated_with" />
        </attvalues>
)";
  const std::string tail = R"(      </edge>
    </edges>
  </graph>
</gexf>
)";
  REQUIRE(to_gexf(g) == head + "  <graph defaultedgetype=\"directed\">\n" + declarations + us_viz + a_viz + tail);
  // Only person:a has a dated document; the country and the edge to it
  // are there throughout.
  const std::string spell = "          <spell start=\"2016-03-24\" end=\"2016-03-24\" />\n";
  const std::string spells = "        <spells>\n" + spell + "        </spells>\n";
  REQUIRE(to_gexf(g, with_view("full", true)) ==
          head + "  <graph defaultedgetype=\"directed\" mode=\"dynamic\" timeformat=\"date\">\n" + declarations +
              us_viz + spells + a_viz + tail);
  REQUIRE(to_gexf(g, with_view("countries")).find("<graph defaultedgetype=\"undirected\">") != std::string::npos);
}

TEST_CASE("GEXF: networkx reads every node and edge, typed, coloured as DOT draws them") {
  TempDir dir;
  std::string gexf = dir.file("full.gexf"), dot = dir.file("full.dot");
  write_text(gexf, to_gexf(full_graph()));
  write_text(dot, to_dot(full_graph()));
  require_python(R"(
import pygraphviz as pgv
A, B = '000_eb6f25e2540a3901', '002_6a792777fe64eb82'
M = 'event:meeting_john_kerry_sergei_lavrov_2016-03-24'
G = read(sys.argv[1])
assert type(G) is nx.MultiDiGraph, type(G)
print(G.number_of_nodes(), G.number_of_edges())
l = dict(G.nodes['person:sergei_lavrov'])
assert json.loads(l.pop('evidence'))[0] == {'document': A, 'start': 10, 'end': 22, 'text': 'Lavrov said.'}
assert l == {'label': 'Sergei Lavrov', 'type': 'person', 'aliases': '["Lavrov","Sergey Lavrov"]',
             'name_counts': '{"Lavrov":5,"Sergei Lavrov":4,"Sergey Lavrov":3}', 'roles': '["Foreign Minister"]',
             'country': 'country:russia', 'mentions': 12, 'documents': json.dumps([A, B], separators=(',', ':')),
             'born': 1950, 'score': 0.1, 'tags': '["diplomat","minister"]', 'verified': True, 'wikidata': 'Q3337',
             'viz': {'color': {'r': 166, 'g': 206, 'b': 227, 'a': 1.0}, 'size': 28.5}}, l
m = G.nodes[M]
assert (m['label'], m['kind'], m['date'], m['place'], m['status'], m['canonical']) == (
    'Kerry – Lavrov, Moscow, 2016-03-24', 'meeting', '2016-03-24', 'place:moscow', 'occurred', True), m
assert G.nodes['agreement:unnamed_treaty'] == {
    'label': 'agreement:unnamed_treaty', 'type': 'entity',
    'viz': {'color': {'r': 217, 'g': 217, 'b': 217, 'a': 1.0}, 'size': 10.0}}
d = G.edges[M, 'agreement:new_start', '2']
assert d == {'id': '2', 'label': 'discussed', 'type': 'discussed', 'weight': 1.0, 'documents': '["%s"]' % A,
             'confidence': 0.5, 'count': 2, 'flag': False, 'note': 'extension', 'topics': '["arms","treaty"]'}, d
visits = sorted((k, d['date']) for k, d in G['person:john_kerry']['place:moscow'].items())
assert visits == [('6', '2015-12-15'), ('7', '2016-03-24')], visits
assert sorted(k for _, _, k in G.edges(keys=True)) == sorted(str(i) for i in range(11))
assert sorted(d['weight'] for _, _, d in G.edges(data=True)) == [1.0] * 9 + [2.0, 4.0]
assert all(d['label'] == d['type'] for _, _, d in G.edges(data=True))
assert all('spells' not in d for _, d in G.nodes(data=True))
with open(sys.argv[2], encoding='utf-8') as f:
    D = pgv.AGraph(string=f.read())
for n, data in G.nodes(data=True):
    c = data['viz']['color']
    assert '#%02x%02x%02x' % (c['r'], c['g'], c['b']) == D.get_node(n).attr['fillcolor'], n
)",
                 {gexf, dot}, "9 11\n");
}

TEST_CASE("GEXF: networkx reads hard labels, ids, names and values") {
  TempDir dir;
  std::string path = dir.file("hard.gexf");
  write_text(path, to_gexf(hard_graph()));
  require_python(R"(
G = read(sys.argv[1])
print(G.number_of_nodes(), G.number_of_edges())
label = {n: d['label'] for n, d in G.nodes(data=True)}
assert label['entity:quotes'] == 'He said "hi" \\ back\\'
assert label['entity:lines'] == 'Line one\nLine two'
assert label['entity:markup'] == '<b>&amp;</b> & <i>'
assert label['person:sergei_lavrov'] == 'Сергей Лавров'
assert label['entity:emoji'] == 'Emoji 😀🎉 ok'
assert label['entity:tab'] == 'tab\there'
assert label['entity:space'] == ' '
assert label['entity:a b'] == 'An id with a space'
assert label['entity:_x0041_'] == 'An id like an escape'
assert label['entity:кириллица'] == 'A Cyrillic id'
assert label['entity:😀'] == 'An emoji id'
assert label['entity:q"uo\\te<&>'] == 'An id with quotes'
a = dict(G.nodes['entity:attributes'])
assert math.isnan(a.pop('nan')), a
assert a.pop('viz') == {'color': {'r': 217, 'g': 217, 'b': 217, 'a': 1.0}, 'size': 10.0}
assert json.loads(a.pop('evidence')) == [{'document': 'doc "1"', 'start': 0, 'end': 12, 'text': 'Quote "x"\n\ty'}]
assert a == {'label': 'Names "quoted"', 'type': 'entity', 'aliases': '["","Имя"]',
             'name_counts': '{"":1,"Names \\"quoted\\"":2,"Имя":1}', 'roles': '["role \\\\ with <markup>","роль"]',
             'documents': '["doc \\"1\\""]', 'kind': 'k\\ind', 'date': '2020', 'status': 'st<a>tus',
             'empty': '', 'empty list': '[]', 'name with space': 'v', 'ключ': 'значение',
             'multi\nline name': 'multi\nline\r\nvalue', 'crlf': 'Windows\r\nline',
             # XML 1.0 cannot hold a BEL: it is U+FFFD.
             'control': 'bell\ufffdchar',
             # An integer here, a string on entity:mixed: JSON text tells them apart.
             'mixed': '1', 'infinite': -math.inf, 'big': -2**63}, a
m = G.nodes['entity:mixed']
assert (m['mixed'], m['tiny']) == ('"one"', 5e-324), m
e = {d['label']: d for _, _, d in G.edges(data=True)}
assert sorted(e) == ['emoji', 'second', 'type "quoted" \\ <&>'], e
d = e['type "quoted" \\ <&>']
# The link's attribute "label" is left out: the edge's label is its type.
assert d == {'id': '1', 'label': 'type "quoted" \\ <&>', 'type': 'type "quoted" \\ <&>', 'weight': 7.0,
             'date': '2020-01', 'roles': '["Роль"]', 'documents': '["doc \\"1\\""]',
             'evidence': '[{"document":"doc \\"1\\"","start":3,"end":9,"text":"<&>\\"\\\\"}]', 'empty': ''}, d
)",
                 {path}, "14 3\n");
}

TEST_CASE("GEXF: the meetings and countries views are undirected") {
  TempDir dir;
  std::string meetings = dir.file("meetings.gexf"), countries = dir.file("countries.gexf");
  write_text(meetings, to_gexf(view(dated_graph(), "meetings"), with_view("meetings")));
  write_text(countries, to_gexf(view(full_graph(), "countries"), with_view("countries")));
  require_python(R"(
G = read(sys.argv[1])
assert type(G) is nx.Graph, type(G)
print(G.number_of_nodes(), G.number_of_edges())
ab = G.edges['person:a', 'person:b']
assert (ab['label'], ab['weight'], json.loads(ab['dates'])) == ('met_with', 2.0, ['2016-02', '2016-02-10']), ab
assert G.edges['person:a', 'person:c']['weight'] == 1.0
C = read(sys.argv[2])
assert not C.is_directed()
print(C.number_of_nodes(), C.number_of_edges())
assert C.edges['country:russia', 'country:united_states']['weight'] == 1.0
)",
                 {meetings, countries}, "3 3\n2 1\n");
}

TEST_CASE("GEXF: viz:size from mentions, or from the attribute named") {
  GraphBuilder b;
  std::vector<std::pair<const char*, std::optional<double>>> scores = {
      {"a", 0.1}, {"b", 0.3}, {"c", 0.5}, {"d", std::nullopt}, {"e", 0.2}};
  uint64_t mentions = 0;
  for (auto& [slug, score] : scores) {
    Entity e = person(slug, {}, mentions);
    mentions = mentions * 2 + 1;  // 0, 1, 3, 7, 15
    if (score) e.attributes["pagerank"] = *score;
    e.attributes["rank"] = std::string("high");
    b.add_entity(e);
  }
  KnowledgeGraph g = b.build();
  TempDir dir;
  std::vector<std::pair<std::string, std::string>> cases = {
      // 10 + 5 log2(1 + mentions)
      {"", "[10.0, 15.0, 20.0, 25.0, 30.0]"},
      // 10 for the smallest value (and no value), 50 for the largest, linear between
      {"pagerank", "[10.0, 30.0, 50.0, 10.0, 20.0]"},
      {"mentions", "[10.0, 12.67, 18.0, 28.67, 50.0]"}};
  for (const auto& [size_by, sizes] : cases) {
    INFO(size_by);
    WriteOptions o;
    o.size_by = size_by;
    std::string path = dir.file("sized.gexf");
    write_text(path, to_gexf(g, o));
    require_valid(path);
    require_python("G = read(sys.argv[1])\nprint([G.nodes['person:' + p]['viz']['size'] for p in 'abcde'])\n", {path},
                   sizes + "\n");
  }
  WriteOptions by_pagerank;
  by_pagerank.size_by = "pagerank";
  REQUIRE(to_gexf(KnowledgeGraph(), by_pagerank).find("<nodes count=\"0\" />") != std::string::npos);
  for (const char* size_by : {"rank", "nope", "label"}) {
    INFO(size_by);
    WriteOptions o;
    o.size_by = size_by;
    std::string text;
    Status s = write_gexf(g, o, text);
    REQUIRE(s.code() == Status::Code::kBadUsage);
    REQUIRE(s.message() == "no node has a number in \"" + std::string(size_by) + "\" to size the nodes by");
  }
}

TEST_CASE("GEXF: dynamic spells follow events, documents and edges") {
  TempDir dir;
  std::string full = dir.file("dated.gexf"), meetings = dir.file("meetings.gexf"), fixed = dir.file("static.gexf");
  write_text(full, to_gexf(dated_graph(), with_view("full", true)));
  write_text(meetings, to_gexf(view(dated_graph(), "meetings"), with_view("meetings", true)));
  write_text(fixed, to_gexf(dated_graph()));
  require_python(R"(
G = read(sys.argv[1])
assert G.graph['mode'] == 'dynamic'
spells = {n: d.get('spells') for n, d in G.nodes(data=True)}
assert spells == {
    # Events: their date at its precision.
    'event:m1': [('2016-02-01', '2016-02-29')],
    'event:m2': [('2016-02-10', '2016-02-10')],
    # Others: their documents' dates and their edges' spells.
    'person:a': [('2015-01-01', '2016-03-25')],
    'person:b': [('2016-02-01', '2016-04-30')],
    'person:c': [('2016-02-10', '2016-02-10')],
    'person:d': None,
    'place:x': [('2015-01-01', '2015-12-31')]}, spells
edges = {(u, v, d['label']): d.get('spells') for u, v, d in G.edges(data=True)}
assert edges == {
    ('person:a', 'event:m1', 'participant'): [('2016-02-01', '2016-02-29')],
    ('person:a', 'event:m2', 'participant'): [('2016-02-10', '2016-02-10')],
    ('person:b', 'event:m1', 'participant'): [('2016-02-01', '2016-02-29')],
    ('person:b', 'event:m2', 'participant'): [('2016-02-10', '2016-02-10')],
    ('person:c', 'event:m2', 'participant'): [('2016-02-10', '2016-02-10')],
    ('person:a', 'place:x', 'visited'): [('2015-01-01', '2015-12-31')],
    # Undated, to an end that is always there: always there too.
    ('person:b', 'person:d', 'affiliated_with'): None}, edges
M = read(sys.argv[2])
edges = {tuple(sorted((u, v))): d.get('spells') for u, v, d in M.edges(data=True)}
assert edges == {
    # One spell per meeting date; the day in February lies within the month.
    ('person:a', 'person:b'): [('2016-02-01', '2016-02-29')],
    ('person:a', 'person:c'): [('2016-02-10', '2016-02-10')],
    ('person:b', 'person:c'): [('2016-02-10', '2016-02-10')]}, edges
S = read(sys.argv[3])
assert S.graph['mode'] == 'static'
assert not any('spells' in d for _, d in S.nodes(data=True))
assert not any('spells' in d for _, _, d in S.edges(data=True))
print('ok')
)",
                 {full, meetings, fixed}, "ok\n");
}

TEST_CASE("GEXF: met_with edges have a spell per meeting date") {
  GraphBuilder b;
  b.add_entity(person("a", {}));
  b.add_entity(person("b", {}));
  Relation met = link("person:a", "person:b", relation::kMetWith);
  met.attributes["dates"] = std::vector<std::string>{"2016-03-24", "2015", "2016-03", "not a date", "2017-01-02"};
  b.add_relation(met);
  Relation undated = link("person:a", "person:b", relation::kDiscussed);
  b.add_relation(undated);
  Timeline t = make_timeline(b.build());
  REQUIRE(t.edges.size() == 2);
  // Edges in (source, target, type) order: discussed, then met_with.
  REQUIRE(t.edges[1] == std::vector<Spell>{{"2015-01-01", "2015-12-31"},
                                           {"2016-03-01", "2016-03-31"},
                                           {"2017-01-02", "2017-01-02"}});
  // Both ends live from 2015 to 2017, so the undated edge does too.
  REQUIRE(t.edges[0] == std::vector<Spell>{{"2015-01-01", "2017-01-02"}});
  REQUIRE(t.nodes == std::vector<std::optional<Spell>>{Spell{"2015-01-01", "2017-01-02"},
                                                       Spell{"2015-01-01", "2017-01-02"}});
}

TEST_CASE("GEXF: the days an ISO date covers") {
  std::vector<std::pair<std::string, std::optional<Spell>>> cases = {
      {"2016", Spell{"2016-01-01", "2016-12-31"}},
      {"2016-02", Spell{"2016-02-01", "2016-02-29"}},
      {"2015-02", Spell{"2015-02-01", "2015-02-28"}},
      {"1900-02", Spell{"1900-02-01", "1900-02-28"}},
      {"2000-02", Spell{"2000-02-01", "2000-02-29"}},
      {"2016-04", Spell{"2016-04-01", "2016-04-30"}},
      {"2016-12", Spell{"2016-12-01", "2016-12-31"}},
      {"2016-03-24", Spell{"2016-03-24", "2016-03-24"}},
      {"2016-02-29", Spell{"2016-02-29", "2016-02-29"}},
      {"2016-03-24T10:00:00Z", Spell{"2016-03-24", "2016-03-24"}},
      {"", std::nullopt},
      {"0000", std::nullopt},
      {"16", std::nullopt},
      {"2016-13", std::nullopt},
      {"2016-00", std::nullopt},
      {"2016-3", std::nullopt},
      {"2016/03", std::nullopt},
      {"2015-02-29", std::nullopt},
      {"2016-04-31", std::nullopt},
      {"2016-03-00", std::nullopt},
      {"2016-03-24x", std::nullopt},
      {"abcd", std::nullopt},
      {"March 2016", std::nullopt}};
  for (const auto& [date, spell] : cases) {
    INFO(date);
    REQUIRE(spell_of(date) == spell);
  }
}

TEST_CASE("GEXF: the same graph gives the same bytes") {
  WriteOptions dynamic = with_view("full", true);
  REQUIRE(to_gexf(meetings_graph(40), dynamic) == to_gexf(meetings_graph(40), dynamic));
  REQUIRE(to_gexf(full_graph()) == to_gexf(full_graph()));
}
