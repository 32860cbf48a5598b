// CSV: the header form of neo4j-admin database import with the columns
// Gephi looks for, RFC 4180 quoting read back by Python's csv module, a
// graph of the same size when networkx builds one from the rows, the file
// names -o gives, and both files written or neither.
#include <sys/resource.h>
#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <csignal>
#include <filesystem>
#include <sstream>

#include "support.h"

using namespace newsgraph;
using namespace newsgraph::formats;
using namespace newsgraph::formats::testing;

namespace {

std::string nodes_csv(const KnowledgeGraph& g) {
  std::ostringstream out;
  Status s = write_csv_nodes(g, out);
  INFO(s.message());
  REQUIRE(s.ok());
  return out.str();
}

std::string edges_csv(const KnowledgeGraph& g) {
  std::ostringstream out;
  Status s = write_csv_edges(g, out);
  INFO(s.message());
  REQUIRE(s.ok());
  return out.str();
}

std::string first_line(const std::string& text) { return text.substr(0, text.find("\r\n")); }

std::vector<std::string> listing(const std::string& folder) {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) names.push_back(entry.path().filename());
  std::sort(names.begin(), names.end());
  return names;
}

Entity named(const std::string& id, NodeType type, const std::string& label, uint64_t mentions = 0) {
  Entity e;
  e.id = id;
  e.type = type;
  e.canonical = label;
  e.mentions = mentions;
  return e;
}

// Two people and a country; a label with a comma and quotes, a list with
// the array delimiter in an item, an integer among doubles, a line break.
KnowledgeGraph small_graph() {
  GraphBuilder b;
  Entity a = named("person:a", NodeType::kPerson, "Anna \"A\" Smith, Jr.", 2);
  a.roles = {"Minister", "Envoy"};
  a.attributes = {{"score", 0.25}, {"active", true}, {"nicknames", std::vector<std::string>{"x;y", "z"}}};
  Entity bob = named("person:b", NodeType::kPerson, "Bob", 1);
  bob.attributes = {{"score", int64_t{1}}, {"active", false}, {"nicknames", std::vector<std::string>{"w"}}};
  b.add_entity(a);
  b.add_entity(bob);
  b.add_entity(named("country:c", NodeType::kCountry, "C"));
  Relation member;
  member.source = "person:a";
  member.target = "country:c";
  member.type = std::string(relation::kAffiliatedWith);
  member.weight = 3;
  member.roles = {"Minister"};
  b.add_relation(member);
  Relation met;
  met.source = "person:a";
  met.target = "person:b";
  met.type = std::string(relation::kMetWith);
  met.date = "2016-03-24";
  met.attributes = {{"note", std::string("line one\nline two")}, {"empty", std::string()}};
  b.add_relation(met);
  return b.build();
}

// One node of a megabyte and one small: its nodes file is far larger than
// its edges file.
KnowledgeGraph big_node_graph() {
  GraphBuilder b;
  Entity big = named("entity:big", NodeType::kEntity, "Big");
  big.attributes["text"] = std::string(1 << 20, 'x');
  b.add_entity(big);
  b.add_entity(named("entity:small", NodeType::kEntity, "Small"));
  Relation r;
  r.source = "entity:big";
  r.target = "entity:small";
  r.type = "linked";
  b.add_relation(r);
  return b.build();
}

// Runs save() with files limited to 64 kB, as a full disk would fail it.
template <typename Save>
Status with_file_size_limit(Save save) {
  struct rlimit old_limit;
  REQUIRE(::getrlimit(RLIMIT_FSIZE, &old_limit) == 0);
  auto old_handler = std::signal(SIGXFSZ, SIG_IGN);
  struct rlimit limit = old_limit;
  limit.rlim_cur = 1 << 16;
  REQUIRE(::setrlimit(RLIMIT_FSIZE, &limit) == 0);
  Status s = save();
  ::setrlimit(RLIMIT_FSIZE, &old_limit);
  std::signal(SIGXFSZ, old_handler);
  return s;
}

}  // namespace

TEST_CASE("CSV: the two files of a small graph, byte for byte") {
  KnowledgeGraph g = small_graph();
  REQUIRE(nodes_csv(g) ==
          ":ID,id,label,type,:LABEL,active:boolean,canonical:boolean,country,mentions:long,nicknames,roles:string[],"
          "score:double\r\n"
          "country:c,country:c,C,country,country,,true,,,,,\r\n"
          "person:a,person:a,\"Anna \"\"A\"\" Smith, Jr.\",person,person,true,true,country:c,2,"
          "\"[\"\"x;y\"\",\"\"z\"\"]\",Envoy;Minister,0.25\r\n"
          "person:b,person:b,Bob,person,person,false,true,,1,\"[\"\"w\"\"]\",,1\r\n");
  REQUIRE(edges_csv(g) ==
          ":START_ID,:END_ID,:TYPE,source,target,label,weight:long,Weight,date,empty,note,roles:string[]\r\n"
          "person:a,country:c,affiliated_with,person:a,country:c,affiliated_with,3,3,,,,Minister\r\n"
          "person:a,person:b,met_with,person:a,person:b,met_with,1,1,2016-03-24,\"\",\"line one\nline two\",\r\n");
  REQUIRE(nodes_csv(KnowledgeGraph()) == ":ID,id,label,type,:LABEL\r\n");
  REQUIRE(edges_csv(KnowledgeGraph()) == ":START_ID,:END_ID,:TYPE,source,target,label,weight:long,Weight\r\n");
}

TEST_CASE("CSV: neo4j's typed headers for every field") {
  KnowledgeGraph g = full_graph();
  REQUIRE(first_line(nodes_csv(g)) ==
          ":ID,id,label,type,:LABEL,aliases:string[],born:long,canonical:boolean,country,date,documents:string[],"
          "evidence,kind,mentions:long,name_counts,place,roles:string[],score:double,status,tags:string[],"
          "verified:boolean,wikidata");
  REQUIRE(first_line(edges_csv(g)) ==
          ":START_ID,:END_ID,:TYPE,source,target,label,weight:long,Weight,confidence:double,count:long,date,"
          "documents:string[],evidence,flag:boolean,note,roles:string[],topics:string[]");
}

TEST_CASE("CSV: column names neo4j and Gephi both take apart") {
  GraphBuilder b;
  Entity e = named("entity:x", NodeType::kEntity, "X");
  // ':' would start a type for neo4j; Gephi takes names that differ only
  // in case for one column.
  e.attributes = {{"a:b", std::string("1")}, {"a_b", std::string("2")}, {"", std::string("3")},
                  {"ID", std::string("4")},  {"Label", std::string("5")}, {"Type:long", std::string("6")}};
  b.add_entity(e);
  REQUIRE(first_line(nodes_csv(b.build())) ==
          ":ID,id,label,type,:LABEL,_,ID_2,Label_2,Type_long,a_b,a_b_2,canonical:boolean");
}

TEST_CASE("CSV: Python's csv module reads hard strings back exactly") {
  TempDir dir;
  CsvFiles files{dir.file("nodes.csv"), dir.file("edges.csv")};
  Status s = save_csv(hard_graph(), files);
  INFO(s.message());
  REQUIRE(s.ok());
  Run r = python(R"(
import csv, sys
def rows(path):
    with open(path, newline='', encoding='utf-8') as f:
        return list(csv.DictReader(f, strict=True))
nodes = {n['id']: n for n in rows(sys.argv[1])}
print(len(nodes))
assert all(n[':ID'] == i and n[':LABEL'] == n['type'] for i, n in nodes.items())
label = {i: n['label'] for i, n in nodes.items()}
assert label['entity:quotes'] == 'He said "hi" \\ back\\'
assert label['entity:lines'] == 'Line one\nLine two'
assert label['entity:markup'] == '<b>&amp;</b> & <i>'
assert label['person:sergei_lavrov'] == 'Сергей Лавров'
assert label['entity:emoji'] == 'Emoji 😀🎉 ok'
assert label['entity:tab'] == 'tab\there'
assert label['entity:space'] == ' '
assert label['entity:q"uo\\te<&>'] == 'An id with quotes'
assert label['entity:😀'] == 'An emoji id'
a = {k: v for k, v in nodes['entity:attributes'].items() if v != ''}
assert a == {':ID': 'entity:attributes', 'id': 'entity:attributes', 'label': 'Names "quoted"', 'type': 'entity',
             ':LABEL': 'entity', 'aliases:string[]': ';Имя', 'big:long': '-9223372036854775808',
             'control': 'bell\x07char', 'crlf': 'Windows\r\nline', 'date': '2020', 'documents:string[]': 'doc "1"',
             'evidence': '[{"document":"doc \\"1\\"","start":0,"end":12,"text":"Quote \\"x\\"\\n\\ty"}]',
             'infinite:double': '-Infinity', 'kind': 'k\\ind', 'mixed': '1', 'multi\nline name': 'multi\nline\r\nvalue',
             'name with space': 'v', 'name_counts': '{"":1,"Names \\"quoted\\"":2,"Имя":1}', 'nan:double': 'NaN',
             'roles:string[]': 'role \\ with <markup>;роль', 'status': 'st<a>tus', 'ключ': 'значение'}, a
assert nodes['entity:mixed']['mixed'] == '"one"' and nodes['entity:mixed']['tiny:double'] == '5e-324'
edges = rows(sys.argv[2])
print(len(edges))
e = edges[1]
assert {k: v for k, v in e.items() if v != ''} == {
    ':START_ID': 'entity:quotes', ':END_ID': 'entity:a b', ':TYPE': 'type "quoted" \\ <&>', 'source': 'entity:quotes',
    'target': 'entity:a b', 'label': 'type "quoted" \\ <&>', 'weight:long': '7', 'Weight': '7', 'date': '2020-01',
    'documents:string[]': 'doc "1"', 'evidence': '[{"document":"doc \\"1\\"","start":3,"end":9,"text":"<&>\\"\\\\"}]',
    # The link's own attribute "label", beside the label column.
    'label_2': 'not a field on links', 'roles:string[]': 'Роль'}, e
)",
                 {files.nodes, files.edges});
  INFO(r.err);
  REQUIRE(r.status == 0);
  REQUIRE(r.err.empty());
  REQUIRE(r.out == "14\n3\n");
  // An empty string is "" (neo4j keeps it), a missing value nothing.
  std::string nodes = read_text(files.nodes);
  REQUIRE(nodes.find("\r\nentity:attributes,entity:attributes,\"Names \"\"quoted\"\"\",entity,entity,;Имя,") !=
          std::string::npos);
  REQUIRE(nodes.find(",\"\",") != std::string::npos);
  REQUIRE(nodes.find("\r\nentity:emoji,entity:emoji,Emoji 😀🎉 ok,entity,entity,,,true,,,,,,,,,,,,,\"{\"\"Emoji 😀🎉 "
                     "ok\"\":1}\",,,,,\r\n") != std::string::npos);
}

TEST_CASE("CSV: networkx builds a graph of the same size from the rows") {
  TempDir dir;
  std::vector<std::pair<std::string, KnowledgeGraph>> graphs;
  graphs.emplace_back("full", full_graph());
  graphs.emplace_back("many", meetings_graph(50));
  graphs.emplace_back("meetings", make_view(meetings_graph(50), ViewOptions{"meetings", {}, "", "", 0}).value());
  for (const auto& [name, graph] : graphs) {
    INFO(name);
    std::string prefix = dir.file(name);
    Result<CsvFiles> files = csv_files(prefix + ".csv");
    REQUIRE(files.ok());
    REQUIRE(save_csv(graph, files.value()).ok());
    Run r = python(R"(
import csv, sys, networkx as nx
TYPES = {'long': int, 'double': float, 'boolean': lambda v: v == 'true', 'string[]': lambda v: v.split(';')}
def typed(row):
    out = {}
    for header, value in row.items():
        if value == '' or header.startswith(':'):
            continue
        name, _, kind = header.partition(':')
        out[name] = TYPES.get(kind, str)(value)
    return out
G = nx.MultiDiGraph()
with open(sys.argv[1], newline='', encoding='utf-8') as f:
    for row in csv.DictReader(f, strict=True):
        G.add_node(row[':ID'], **typed(row))
with open(sys.argv[2], newline='', encoding='utf-8') as f:
    for row in csv.DictReader(f, strict=True):
        assert row[':START_ID'] in G and row[':END_ID'] in G, row
        G.add_edge(row[':START_ID'], row[':END_ID'], **typed(row))
print(G.number_of_nodes(), G.number_of_edges())
if 'person:sergei_lavrov' in G:
    l = G.nodes['person:sergei_lavrov']
    assert (l['label'], l['type'], l['mentions'], l['roles'], l['verified'], l['score']) == (
        'Sergei Lavrov', 'person', 12, ['Foreign Minister'], True, 0.1), l
    assert sorted(d['weight'] for _, _, d in G.edges(data=True)) == [1] * 9 + [2, 4]
    assert all(d['Weight'] == str(d['weight']) for _, _, d in G.edges(data=True))
)",
                   {files.value().nodes, files.value().edges});
    INFO(r.err);
    REQUIRE(r.status == 0);
    REQUIRE(r.err.empty());
    REQUIRE(r.out == std::to_string(graph.node_count()) + " " + std::to_string(graph.edge_count()) + "\n");
  }
}

TEST_CASE("CSV: the files -o names") {
  TempDir dir;
  std::string folder = dir.path();
  struct Case {
    std::string output, nodes, edges;
  };
  std::vector<Case> cases = {
      {"graph.csv", "graph.nodes.csv", "graph.edges.csv"},
      {"out/graph.csv", "out/graph.nodes.csv", "out/graph.edges.csv"},
      {"out/graph.CSV", "out/graph.nodes.csv", "out/graph.edges.csv"},
      {"out/graph", "out/graph.nodes.csv", "out/graph.edges.csv"},
      {"out/graph.v2", "out/graph.v2.nodes.csv", "out/graph.v2.edges.csv"},
      {"out/", "out/nodes.csv", "out/edges.csv"},
      {folder, folder + "/nodes.csv", folder + "/edges.csv"},  // an existing folder
      {folder + "/", folder + "/nodes.csv", folder + "/edges.csv"},
  };
  for (const Case& c : cases) {
    INFO(c.output);
    Result<CsvFiles> files = csv_files(c.output);
    REQUIRE(files.ok());
    REQUIRE(files.value().nodes == c.nodes);
    REQUIRE(files.value().edges == c.edges);
  }
  for (const char* output : {"-", ""}) {
    Result<CsvFiles> files = csv_files(output);
    REQUIRE(files.status().code() == Status::Code::kBadUsage);
    REQUIRE(files.status().message() ==
            "CSV is two files, nodes and edges: give a folder or NAME.csv to write, not standard output");
  }
}

TEST_CASE("CSV: the exporter saves two files, and cannot write one stream") {
  TempDir dir;
  auto exporter = make_exporter("csv");
  REQUIRE(exporter);
  REQUIRE(exporter->format() == "csv");
  Status s = exporter->save(small_graph(), dir.file("g.csv"));
  INFO(s.message());
  REQUIRE(s.ok());
  REQUIRE(listing(dir.path()) == std::vector<std::string>{"g.edges.csv", "g.nodes.csv"});
  REQUIRE(read_text(dir.file("g.nodes.csv")) == nodes_csv(small_graph()));
  REQUIRE(read_text(dir.file("g.edges.csv")) == edges_csv(small_graph()));
  REQUIRE(exporter->save(small_graph(), "-").code() == Status::Code::kBadUsage);
  std::ostringstream out;
  REQUIRE(exporter->write(small_graph(), out).code() == Status::Code::kBadUsage);
  REQUIRE(out.str().empty());
}

TEST_CASE("CSV: a folder named with a final slash is made, and only on success") {
  TempDir dir;
  auto exporter = make_exporter("csv");
  Status s = exporter->save(small_graph(), dir.file("csv/"));
  INFO(s.message());
  REQUIRE(s.ok());
  REQUIRE(listing(dir.file("csv")) == std::vector<std::string>{"edges.csv", "nodes.csv"});
  REQUIRE(read_text(dir.file("csv/nodes.csv")) == nodes_csv(small_graph()));
  // Its parent must exist, as for any output.
  s = exporter->save(small_graph(), dir.file("no/such/"));
  REQUIRE(s.code() == Status::Code::kIoError);
  REQUIRE(s.message() == "cannot make the folder " + dir.file("no/such/") + ": No such file or directory");
  // A folder made for files that then cannot be written is taken back.
  KnowledgeGraph big = big_node_graph();
  s = with_file_size_limit([&] { return exporter->save(big, dir.file("made/")); });
  REQUIRE(s.code() == Status::Code::kIoError);
  REQUIRE(listing(dir.path()) == std::vector<std::string>{"csv"});
  // One that was there is kept.
  REQUIRE(::mkdir(dir.file("kept").c_str(), 0777) == 0);
  s = with_file_size_limit([&] { return exporter->save(big, dir.file("kept/")); });
  REQUIRE(s.code() == Status::Code::kIoError);
  REQUIRE(listing(dir.path()) == std::vector<std::string>{"csv", "kept"});
  REQUIRE(listing(dir.file("kept")).empty());
}

TEST_CASE("CSV: both files are written, or neither") {
  TempDir dir;
  CsvFiles files{dir.file("nodes.csv"), dir.file("edges.csv")};
  write_text(files.nodes, "old nodes");
  write_text(files.edges, "old edges");
  auto unchanged = [&] {
    REQUIRE(read_text(files.nodes) == "old nodes");
    REQUIRE(read_text(files.edges) == "old edges");
    REQUIRE(listing(dir.path()) == std::vector<std::string>{"edges.csv", "nodes.csv"});
  };

  SECTION("the nodes file fails after the edges file was written") {
    // Nodes far larger than edges: a file size limit between the two makes
    // write() fail on the nodes file only, as a full disk would.
    KnowledgeGraph g = big_node_graph();
    Status s = with_file_size_limit([&] { return save_csv(g, files); });
    REQUIRE(s.code() == Status::Code::kIoError);
    REQUIRE(s.message() == "cannot write " + files.nodes + ": File too large");
    unchanged();
    // Without the limit, both are replaced.
    REQUIRE(save_csv(g, files).ok());
    REQUIRE(read_text(files.nodes) == nodes_csv(g));
    REQUIRE(read_text(files.edges) == edges_csv(g));
  }
  SECTION("a folder where the edges file should be") {
    std::filesystem::remove(files.edges);
    std::filesystem::create_directory(files.edges);
    Status s = save_csv(small_graph(), files);
    REQUIRE(s.code() == Status::Code::kIoError);
    REQUIRE(s.message() == "cannot write " + files.edges + ": Is a directory");
    REQUIRE(read_text(files.nodes) == "old nodes");
    REQUIRE(listing(dir.path()) == std::vector<std::string>{"edges.csv", "nodes.csv"});
  }
  SECTION("a folder where the nodes file should be") {
    std::filesystem::remove(files.nodes);
    std::filesystem::create_directory(files.nodes);
    Status s = save_csv(small_graph(), files);
    REQUIRE(s.code() == Status::Code::kIoError);
    REQUIRE(s.message() == "cannot write " + files.nodes + ": Is a directory");
    REQUIRE(read_text(files.edges) == "old edges");
    REQUIRE(listing(dir.path()) == std::vector<std::string>{"edges.csv", "nodes.csv"});
  }
  SECTION("a folder that does not exist") {
    CsvFiles missing{dir.file("missing/nodes.csv"), dir.file("missing/edges.csv")};
    Status s = save_csv(small_graph(), missing);
    REQUIRE(s.code() == Status::Code::kIoError);
    REQUIRE(s.message().rfind("cannot write " + missing.edges + ": cannot create a file in ", 0) == 0);
    unchanged();
  }
  SECTION("success replaces both and leaves nothing else") {
    REQUIRE(save_csv(small_graph(), files).ok());
    REQUIRE(read_text(files.nodes) == nodes_csv(small_graph()));
    REQUIRE(read_text(files.edges) == edges_csv(small_graph()));
    REQUIRE(listing(dir.path()) == std::vector<std::string>{"edges.csv", "nodes.csv"});
  }
}

TEST_CASE("CSV: the same graph gives the same bytes") {
  REQUIRE(nodes_csv(meetings_graph(40)) == nodes_csv(meetings_graph(40)));
  REQUIRE(edges_csv(meetings_graph(40)) == edges_csv(meetings_graph(40)));
}
