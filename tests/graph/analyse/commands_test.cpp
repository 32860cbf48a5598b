// The communities, path and neighbors commands, run as a user runs them:
// the newsgraph program (NEWSGRAPH_BINARY) on graph files written here.
// Output lines are compared exactly.
#include <catch2/catch.hpp>

#include <sys/wait.h>
#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <fstream>
#include <memory>
#include <sstream>
#include <stdexcept>

#include "export/export.h"
#include "graph/analyse/analyse.h"
#include "test_graphs.h"

using namespace newsgraph;

namespace {

// A folder in the temporary folder, removed with this object.
class TemporaryFolder {
 public:
  TemporaryFolder() {
    std::string pattern = "/tmp/newsgraph_commands_XXXXXX";
    if (!mkdtemp(pattern.data())) throw std::runtime_error("cannot create a temporary folder");
    path_ = pattern;
  }
  ~TemporaryFolder() { std::system(("rm -rf '" + path_ + "'").c_str()); }
  TemporaryFolder(const TemporaryFolder&) = delete;
  TemporaryFolder& operator=(const TemporaryFolder&) = delete;
  std::string file(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

std::string write(const std::string& path, const std::string& text) {
  std::ofstream(path) << text;
  return path;
}

std::string read(const std::string& path) {
  std::ifstream in(path);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

struct Run {
  std::string out, err;
  int exit = -1;
};

struct PipeCloser {
  void operator()(FILE* f) const { pclose(f); }
};

// Runs `newsgraph ARGS` (ARGS as the shell reads them).
Run newsgraph_run(const TemporaryFolder& folder, const std::string& args) {
  const std::string err = folder.file("stderr");
  const std::string command = std::string(NEWSGRAPH_BINARY) + " " + args + " 2>" + err;
  Run run;
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) throw std::runtime_error("cannot run " + command);
  char buffer[4096];
  for (size_t got; (got = fread(buffer, 1, sizeof buffer, pipe)) > 0;) run.out.append(buffer, got);
  int status = pclose(pipe);
  run.exit = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  run.err = read(err);
  return run;
}

// Two people who met in Oslo; one of them planned a call with a third;
// a fourth is linked to nobody. "Berg" is an alias of two people.
const char* const kMeetingsGraph = R"({"directed": true, "multigraph": true,
 "graph": {"generator": "newsgraph 0.1.0",
           "documents": [{"id": "d1", "title": "Talks in Oslo", "date": "2020-05-02", "source": "d1.txt"},
                         {"id": "d2", "title": "A call in June", "date": "2020-05-20", "source": "d2.txt"}]},
 "nodes": [
  {"id": "person:anna_berg", "type": "person", "label": "Anna Berg", "name_counts": {"Anna Berg": 3, "Berg": 2},
   "roles": ["Foreign Minister"], "mentions": 5, "documents": ["d1", "d2"]},
  {"id": "person:carl_dahl", "type": "person", "label": "Carl Dahl", "name_counts": {"Carl Dahl": 2, "Dahl": 1},
   "mentions": 3, "documents": ["d1"]},
  {"id": "person:erik_berg", "type": "person", "label": "Erik Berg", "name_counts": {"Erik Berg": 1, "Berg": 1},
   "mentions": 2, "documents": ["d2"]},
  {"id": "person:lone_wolf", "type": "person", "label": "Lone Wolf", "name_counts": {"Lone Wolf": 1},
   "mentions": 1, "documents": ["d2"]},
  {"id": "country:norway", "type": "country", "label": "Norway", "canonical": true, "mentions": 1, "documents": ["d1"]},
  {"id": "country:sweden", "type": "country", "label": "Sweden", "canonical": true, "mentions": 1, "documents": ["d1"]},
  {"id": "place:oslo", "type": "place", "label": "Oslo", "name_counts": {"Oslo": 1}, "mentions": 1, "documents": ["d1"]},
  {"id": "event:meeting_anna_berg_carl_dahl_2020-05-01", "type": "event", "kind": "meeting",
   "label": "Meeting: Anna Berg – Carl Dahl", "canonical": true, "date": "2020-05-01", "place": "place:oslo",
   "status": "occurred", "mentions": 1, "documents": ["d1"],
   "evidence": [{"document": "d1", "start": 41, "end": 72, "text": "Berg met Dahl in Oslo on 1 May."}]},
  {"id": "event:phone_call_anna_berg_erik_berg_2020-06", "type": "event", "kind": "phone_call",
   "label": "Call: Anna Berg – Erik Berg", "canonical": true, "date": "2020-06", "status": "planned",
   "mentions": 1, "documents": ["d2"],
   "evidence": [{"document": "d2", "start": 0, "end": 33, "text": "Berg will call Erik Berg in June."}]}],
 "links": [
  {"source": "person:anna_berg", "target": "country:norway", "key": 0, "type": "affiliated_with", "weight": 2,
   "documents": ["d1"], "evidence": [{"document": "d1", "start": 0, "end": 40, "text": "Norway's foreign minister Anna Berg said."}]},
  {"source": "person:anna_berg", "target": "event:meeting_anna_berg_carl_dahl_2020-05-01", "key": 0, "type": "participant",
   "weight": 1, "documents": ["d1"], "evidence": [{"document": "d1", "start": 41, "end": 72, "text": "Berg met Dahl in Oslo on 1 May."}]},
  {"source": "person:anna_berg", "target": "event:phone_call_anna_berg_erik_berg_2020-06", "key": 0, "type": "participant",
   "weight": 1, "documents": ["d2"], "evidence": [{"document": "d2", "start": 0, "end": 33, "text": "Berg will call Erik Berg in June."}]},
  {"source": "person:carl_dahl", "target": "country:sweden", "key": 0, "type": "affiliated_with", "weight": 1,
   "documents": ["d1"], "evidence": [{"document": "d1", "start": 73, "end": 100, "text": "Sweden's Carl Dahl arrived."}]},
  {"source": "person:carl_dahl", "target": "event:meeting_anna_berg_carl_dahl_2020-05-01", "key": 0, "type": "participant",
   "weight": 1, "documents": ["d1"], "evidence": [{"document": "d1", "start": 41, "end": 72, "text": "Berg met Dahl in Oslo on 1 May."}]},
  {"source": "person:erik_berg", "target": "event:phone_call_anna_berg_erik_berg_2020-06", "key": 0, "type": "participant",
   "weight": 1, "documents": ["d2"]},
  {"source": "place:oslo", "target": "country:norway", "key": 0, "type": "located_in", "weight": 1, "documents": ["d1"]}]})";

// A user's networkx graph: two K5 (a0..a4, b0..b4) joined by a4-b0, and an
// isolated node z.
std::string two_cliques() {
  std::string nodes, links;
  for (const char* side : {"a", "b"})
    for (int i = 0; i < 5; ++i) {
      nodes += std::string(nodes.empty() ? "" : ",") + "{\"id\": \"" + side + std::to_string(i) + "\"}";
      for (int j = i + 1; j < 5; ++j)
        links += std::string(links.empty() ? "" : ",") + "{\"source\": \"" + side + std::to_string(i) +
                 "\", \"target\": \"" + side + std::to_string(j) + "\"}";
    }
  nodes += ",{\"id\": \"z\"}";
  links += ",{\"source\": \"a4\", \"target\": \"b0\"}";
  return "{\"directed\": false, \"multigraph\": false, \"graph\": {}, \"nodes\": [" + nodes + "], \"links\": [" +
         links + "]}";
}

}  // namespace

TEST_CASE("path prints the chain with each relation's type, date and evidence") {
  TemporaryFolder folder;
  const std::string graph = write(folder.file("g.json"), kMeetingsGraph);
  struct Case {
    std::string args;
    std::string out;
  };
  const Case cases[] = {
      {"'anna berg' 'CARL DAHL'",
       "path between Anna Berg [person:anna_berg] and Carl Dahl [person:carl_dahl]: 2 hops\n"
       "Anna Berg [person:anna_berg]\n"
       "  --participant-->  2020-05-01  \"Berg met Dahl in Oslo on 1 May.\" (d1)\n"
       "Meeting: Anna Berg – Carl Dahl [event:meeting_anna_berg_carl_dahl_2020-05-01]\n"
       "  <--participant--  2020-05-01  \"Berg met Dahl in Oslo on 1 May.\" (d1)\n"
       "Carl Dahl [person:carl_dahl]\n"},
      {"Dahl 'erik berg'",
       "path between Carl Dahl [person:carl_dahl] and Erik Berg [person:erik_berg]: 4 hops\n"
       "Carl Dahl [person:carl_dahl]\n"
       "  --participant-->  2020-05-01  \"Berg met Dahl in Oslo on 1 May.\" (d1)\n"
       "Meeting: Anna Berg – Carl Dahl [event:meeting_anna_berg_carl_dahl_2020-05-01]\n"
       "  <--participant--  2020-05-01  \"Berg met Dahl in Oslo on 1 May.\" (d1)\n"
       "Anna Berg [person:anna_berg]\n"
       "  --participant-->  2020-06  \"Berg will call Erik Berg in June.\" (d2)\n"
       "Call: Anna Berg – Erik Berg [event:phone_call_anna_berg_erik_berg_2020-06]\n"
       "  <--participant--  2020-06\n"
       "Erik Berg [person:erik_berg]\n"},
      {"oslo person:anna_berg",
       "path between Oslo [place:oslo] and Anna Berg [person:anna_berg]: 2 hops\n"
       "Oslo [place:oslo]\n"
       "  --located_in-->\n"
       "Norway [country:norway]\n"
       "  <--affiliated_with--  \"Norway's foreign minister Anna Berg said.\" (d1)\n"
       "Anna Berg [person:anna_berg]\n"},
      {"dahl dahl", "path between Carl Dahl [person:carl_dahl] and Carl Dahl [person:carl_dahl]: 0 hops\n"
                    "Carl Dahl [person:carl_dahl]\n"},
      {"'Lone Wolf' Dahl", "no path between Lone Wolf [person:lone_wolf] and Carl Dahl [person:carl_dahl]\n"},
      // In the who-met-whom view the meeting is one met_with edge, dated.
      {"'anna berg' 'carl dahl' --view meetings",
       "path between Anna Berg [person:anna_berg] and Carl Dahl [person:carl_dahl]: 1 hop\n"
       "Anna Berg [person:anna_berg]\n"
       "  --met_with-->  2020-05-01  \"Berg met Dahl in Oslo on 1 May.\" (d1)\n"
       "Carl Dahl [person:carl_dahl]\n"},
  };
  for (const auto& c : cases) {
    INFO(c.args);
    Run run = newsgraph_run(folder, "path " + graph + " " + c.args);
    CHECK(run.err == "");
    CHECK(run.exit == 0);
    CHECK(run.out == c.out);
  }
}

TEST_CASE("path and neighbors refuse unknown and ambiguous names with exit code 1") {
  TemporaryFolder folder;
  const std::string graph = write(folder.file("g.json"), kMeetingsGraph);
  const std::string ambiguous =
      "newsgraph: error: 'Berg' is ambiguous: it names 2 nodes; name one by its id:\n"
      "  person:anna_berg  Anna Berg (person)\n"
      "  person:erik_berg  Erik Berg (person)\n";
  const std::string unknown = "newsgraph: error: no node is named 'Anna' (by label, alias or id)\n";
  struct Case {
    std::string args, err;
  };
  const Case cases[] = {
      {"path " + graph + " Berg Dahl", ambiguous},
      {"path " + graph + " Dahl berg", "newsgraph: error: 'berg' is ambiguous: it names 2 nodes; name one by its id:\n"
                                       "  person:anna_berg  Anna Berg (person)\n"
                                       "  person:erik_berg  Erik Berg (person)\n"},
      {"path " + graph + " Anna Dahl", unknown},
      {"neighbors " + graph + " BERG", "newsgraph: error: 'BERG' is ambiguous: it names 2 nodes; name one by its id:\n"
                                       "  person:anna_berg  Anna Berg (person)\n"
                                       "  person:erik_berg  Erik Berg (person)\n"},
      {"neighbors " + graph + " Anna", unknown},
      // Only people are left in the meetings view.
      {"neighbors " + graph + " Oslo --view meetings", "newsgraph: error: no node is named 'Oslo' (by label, alias or id)\n"},
  };
  for (const auto& c : cases) {
    INFO(c.args);
    Run run = newsgraph_run(folder, c.args);
    CHECK(run.exit == 1);
    CHECK(run.out == "");
    CHECK(run.err == c.err);
  }
  CHECK(newsgraph_run(folder, "neighbors " + graph + " Dahl --depth 0").exit == 2);  // bad usage
}

TEST_CASE("path --json is the node-link graph of the path, its ids in order in graph.path") {
  TemporaryFolder folder;
  const std::string graph = write(folder.file("g.json"), kMeetingsGraph);
  Run run = newsgraph_run(folder, "path " + graph + " Dahl 'Erik Berg' --json");
  REQUIRE(run.exit == 0);
  Result<KnowledgeGraph> path = formats::parse_json_graph(run.out, "path --json");
  REQUIRE(path.ok());
  const KnowledgeGraph& g = path.value();
  const std::vector<std::string> order = {"person:carl_dahl", "event:meeting_anna_berg_carl_dahl_2020-05-01",
                                          "person:anna_berg", "event:phone_call_anna_berg_erik_berg_2020-06",
                                          "person:erik_berg"};
  CHECK(g.attributes() == Attributes{{"from", std::string("person:carl_dahl")},
                                     {"to", std::string("person:erik_berg")},
                                     {"path", order}});
  REQUIRE(g.node_count() == 5);
  REQUIRE(g.edge_count() == 4);
  for (KnowledgeGraph::EdgeIndex e = 0; e < g.edge_count(); ++e) CHECK(g.edge(e).type == "participant");
  CHECK(g.documents().size() == 2);
  CHECK(g.node_label(*g.find("person:anna_berg")) == "Anna Berg");
}

TEST_CASE("neighbors lists a person's meetings, then the nodes ring by ring, by relation") {
  TemporaryFolder folder;
  const std::string graph = write(folder.file("g.json"), kMeetingsGraph);
  struct Case {
    std::string args;
    std::string out;
  };
  const Case cases[] = {
      {"'anna berg'",
       "Anna Berg [person:anna_berg]\n"
       "  person; Foreign Minister; country: Norway; 5 mentions in 2 documents\n"
       "\n"
       "meetings (2)\n"
       "  2020-05-01  meeting in Oslo with Carl Dahl [person:carl_dahl]  [event:meeting_anna_berg_carl_dahl_2020-05-01]\n"
       "    \"Berg met Dahl in Oslo on 1 May.\" (d1)\n"
       "  2020-06  phone_call with Erik Berg [person:erik_berg]; planned  [event:phone_call_anna_berg_erik_berg_2020-06]\n"
       "    \"Berg will call Erik Berg in June.\" (d2)\n"
       "\n"
       "1 hop (1 node)\n"
       "  --affiliated_with-->\n"
       "    Norway [country:norway]  \"Norway's foreign minister Anna Berg said.\" (d1)\n"},
      {"'carl dahl' --depth 2",
       "Carl Dahl [person:carl_dahl]\n"
       "  person; country: Sweden; 3 mentions in 1 document\n"
       "\n"
       "meetings (1)\n"
       "  2020-05-01  meeting in Oslo with Anna Berg [person:anna_berg]  [event:meeting_anna_berg_carl_dahl_2020-05-01]\n"
       "    \"Berg met Dahl in Oslo on 1 May.\" (d1)\n"
       "\n"
       "1 hop (1 node)\n"
       "  --affiliated_with-->\n"
       "    Sweden [country:sweden]  \"Sweden's Carl Dahl arrived.\" (d1)\n"
       "\n"
       "2 hops (1 node)\n"
       "  <--participant--\n"
       "    Anna Berg [person:anna_berg]  via Meeting: Anna Berg – Carl Dahl "
       "[event:meeting_anna_berg_carl_dahl_2020-05-01]  2020-05-01  \"Berg met Dahl in Oslo on 1 May.\" (d1)\n"},
      {"norway --depth 3",
       "Norway [country:norway]\n"
       "  country; 1 mention in 1 document\n"
       "\n"
       "1 hop (2 nodes)\n"
       "  <--affiliated_with--\n"
       "    Anna Berg [person:anna_berg]  \"Norway's foreign minister Anna Berg said.\" (d1)\n"
       "  <--located_in--\n"
       "    Oslo [place:oslo]\n"
       "\n"
       "2 hops (2 nodes)\n"
       "  --participant-->\n"
       "    Meeting: Anna Berg – Carl Dahl [event:meeting_anna_berg_carl_dahl_2020-05-01] in Oslo  via Anna Berg "
       "[person:anna_berg]  2020-05-01  \"Berg met Dahl in Oslo on 1 May.\" (d1)\n"
       "    Call: Anna Berg – Erik Berg [event:phone_call_anna_berg_erik_berg_2020-06]  via Anna Berg "
       "[person:anna_berg]  2020-06  \"Berg will call Erik Berg in June.\" (d2)\n"
       "\n"
       "3 hops (2 nodes)\n"
       "  <--participant--\n"
       "    Carl Dahl [person:carl_dahl]  via Meeting: Anna Berg – Carl Dahl "
       "[event:meeting_anna_berg_carl_dahl_2020-05-01]  2020-05-01  \"Berg met Dahl in Oslo on 1 May.\" (d1)\n"
       "    Erik Berg [person:erik_berg]  via Call: Anna Berg – Erik Berg "
       "[event:phone_call_anna_berg_erik_berg_2020-06]  2020-06\n"},
      {"'lone wolf'",
       "Lone Wolf [person:lone_wolf]\n"
       "  person; 1 mention in 1 document\n"
       "\n"
       "(no neighbours)\n"},
      // The who-met-whom view: the planned call is not a meeting that took place.
      {"'anna berg' --view meetings",
       "Anna Berg [person:anna_berg]\n"
       "  person; Foreign Minister; country: country:norway; 5 mentions in 2 documents\n"
       "\n"
       "1 hop (1 node)\n"
       "  --met_with-->\n"
       "    Carl Dahl [person:carl_dahl]  2020-05-01  \"Berg met Dahl in Oslo on 1 May.\" (d1)\n"},
  };
  for (const auto& c : cases) {
    INFO(c.args);
    Run run = newsgraph_run(folder, "neighbors " + graph + " " + c.args);
    CHECK(run.err == "");
    CHECK(run.exit == 0);
    CHECK(run.out == c.out);
  }
}

TEST_CASE("neighbors --json: the nodes within reach with their hops, and whole meetings") {
  TemporaryFolder folder;
  const std::string graph = write(folder.file("g.json"), kMeetingsGraph);
  Run run = newsgraph_run(folder, "neighbors " + graph + " 'carl dahl' --json");
  REQUIRE(run.exit == 0);
  Result<KnowledgeGraph> near = formats::parse_json_graph(run.out, "neighbors --json");
  REQUIRE(near.ok());
  const KnowledgeGraph& g = near.value();
  CHECK(g.attributes() == Attributes{{"center", std::string("person:carl_dahl")}, {"depth", int64_t{1}}});
  // Depth 1, and Anna Berg as the other participant of Carl Dahl's meeting.
  const std::vector<std::pair<std::string, int64_t>> expected = {
      {"country:sweden", 1},
      {"event:meeting_anna_berg_carl_dahl_2020-05-01", 1},
      {"person:anna_berg", 2},
      {"person:carl_dahl", 0}};
  REQUIRE(g.node_count() == expected.size());
  for (KnowledgeGraph::NodeIndex v = 0; v < g.node_count(); ++v) {
    INFO(expected[v].first);
    CHECK(g.node_id(v) == expected[v].first);
    CHECK(g.node(v).attributes.at("hops") == Value(expected[v].second));
  }
  CHECK(g.edge_count() == 3);  // Sweden, and both participant links
}

TEST_CASE("communities: summary, JSON and a graph written with a community attribute") {
  TemporaryFolder folder;
  const std::string graph = write(folder.file("cliques.json"), two_cliques());

  Run text = newsgraph_run(folder, "communities " + graph);
  CHECK(text.err == "");
  CHECK(text.exit == 0);
  CHECK(text.out ==
        "modularity   0.452381\n"
        "communities  3 (11 nodes; Louvain, seed 0)\n"
        "    0  5 nodes: a4 (5), a0 (4), a1 (4), a2 (4), a3 (4)\n"
        "    1  5 nodes: b0 (5), b1 (4), b2 (4), b3 (4), b4 (4)\n"
        "    2  1 node: z (0)\n");

  Run json = newsgraph_run(folder, "communities " + graph + " --json --seed 3");
  CHECK(json.exit == 0);
  CHECK(json.out ==
        "{\"modularity\":0.45238095238095235,\"communities\":["
        "{\"id\":0,\"size\":5,\"members\":[\"a0\",\"a1\",\"a2\",\"a3\",\"a4\"]},"
        "{\"id\":1,\"size\":5,\"members\":[\"b0\",\"b1\",\"b2\",\"b3\",\"b4\"]},"
        "{\"id\":2,\"size\":1,\"members\":[\"z\"]}]}\n");
  CHECK(std::abs(0.45238095238095235 - (20.0 / 21 - 0.5)) < 1e-15);  // 2 * (10/21 - (21/42)^2)

  for (const char* name : {"out.json", "out.graphml"}) {
    INFO(name);
    const std::string out = folder.file(name);
    Run written = newsgraph_run(folder, "communities " + graph + " --write " + out);
    CHECK(written.exit == 0);
    CHECK(written.out == text.out);
    Result<KnowledgeGraph> back = formats::read_graph(out);
    REQUIRE(back.ok());
    REQUIRE(back.value().node_count() == 11);
    for (KnowledgeGraph::NodeIndex v = 0; v < 11; ++v) {
      const Entity& e = back.value().node(v);
      INFO(e.id);
      const int64_t expected = e.id[0] == 'a' ? 0 : e.id[0] == 'b' ? 1 : 2;
      CHECK(e.attributes.at("community") == Value(expected));
    }
  }
  Run bad = newsgraph_run(folder, "communities " + graph + " --write " + folder.file("out.txt"));
  CHECK(bad.exit == 2);
}

TEST_CASE("communities prints the same bytes for the same seed") {
  TemporaryFolder folder;
  const std::string graph = folder.file("random.json");
  {
    std::ofstream out(graph);
    REQUIRE(formats::make_exporter("json")->write(analyse::testing::random_graph({}, 1), out).ok());
  }
  for (const char* seed : {"0", "5"}) {
    INFO("seed " << seed);
    Run first = newsgraph_run(folder, std::string("communities ") + graph + " --json --seed " + seed);
    Run again = newsgraph_run(folder, std::string("communities ") + graph + " --json --seed " + seed);
    CHECK(first.exit == 0);
    CHECK(first.out == again.out);
    CHECK(first.out.rfind("{\"modularity\":", 0) == 0);
  }
}
