#include "support.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

extern char** environ;

namespace newsgraph::formats::testing {

TempDir::TempDir() {
  const char* base = std::getenv("TMPDIR");
  std::string pattern = std::string(base && *base ? base : "/tmp") + "/newsgraph-export-XXXXXX";
  std::vector<char> buffer(pattern.begin(), pattern.end());
  buffer.push_back('\0');
  if (!::mkdtemp(buffer.data())) FAIL("mkdtemp failed");
  path_ = buffer.data();
}

TempDir::~TempDir() {
  std::error_code ignored;
  std::filesystem::permissions(path_, std::filesystem::perms::owner_all, std::filesystem::perm_options::add, ignored);
  std::filesystem::remove_all(path_, ignored);
}

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE(in);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

void write_text(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
  REQUIRE(out);
}

Run run(const std::vector<std::string>& argv, const std::string& input) {
  TempDir dir;
  std::string in = dir.file("in"), out = dir.file("out"), err = dir.file("err");
  write_text(in, input);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, in.c_str(), O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen(&actions, 2, err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  std::vector<char*> args;
  for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  pid_t pid;
  Run result;
  int spawned = posix_spawn(&pid, args[0], &actions, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (spawned != 0) {
    result.err = "cannot start " + argv[0];
    return result;
  }
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.out = read_text(out);
  result.err = read_text(err);
  return result;
}

Run python(const std::string& script, const std::vector<std::string>& args) {
  std::vector<std::string> argv = {NEWSGRAPH_PYTHON, "-W", "error", "-c", script};
  argv.insert(argv.end(), args.begin(), args.end());
  return run(argv);
}

namespace {

std::string write_with(const std::string& format, const KnowledgeGraph& graph, const WriteOptions& options) {
  auto exporter = make_exporter(format, options);
  REQUIRE(exporter);
  std::ostringstream out;
  Status s = exporter->write(graph, out);
  INFO(s.message());
  REQUIRE(s.ok());
  return out.str();
}

Evidence span(const std::string& document, uint32_t start, const std::string& text) {
  return Evidence{document, start, start + static_cast<uint32_t>(text.size()), text};
}

Entity entity(const std::string& id, NodeType type, std::map<std::string, uint64_t> names, uint64_t mentions,
              std::set<std::string> documents) {
  Entity e;
  e.id = id;
  e.type = type;
  e.names = std::move(names);
  e.mentions = mentions;
  e.documents = std::move(documents);
  return e;
}

Relation relation(const std::string& source, const std::string& target, std::string_view type,
                  std::set<std::string> documents, uint64_t weight = 1) {
  Relation r;
  r.source = source;
  r.target = target;
  r.type = std::string(type);
  r.documents = std::move(documents);
  r.weight = weight;
  return r;
}

}  // namespace

std::string to_json(const KnowledgeGraph& graph, bool pretty) {
  WriteOptions options;
  options.pretty = pretty;
  return write_with("json", graph, options);
}

std::string to_graphml(const KnowledgeGraph& graph) { return write_with("graphml", graph, {}); }

std::string to_dot(const KnowledgeGraph& graph, const std::string& view) {
  WriteOptions options;
  options.view = view;
  return write_with("dot", graph, options);
}

KnowledgeGraph from_json(const std::string& text) {
  Result<KnowledgeGraph> g = parse_json_graph(text, "test.json");
  INFO(g.status().message());
  REQUIRE(g.ok());
  return std::move(g).value();
}

KnowledgeGraph from_graphml(const std::string& text) {
  Result<KnowledgeGraph> g = parse_graphml(text, "test.graphml");
  INFO(g.status().message());
  REQUIRE(g.ok());
  return std::move(g).value();
}

namespace {

bool same_value(const Value& a, const Value& b) {
  auto* x = std::get_if<double>(&a);
  auto* y = std::get_if<double>(&b);
  if (x && y && std::isnan(*x) && std::isnan(*y)) return true;
  return a == b;
}

void require_same(const Attributes& a, const Attributes& b) {
  REQUIRE(a.size() == b.size());
  for (auto i = a.begin(), j = b.begin(); i != a.end(); ++i, ++j) {
    INFO("attribute " << i->first);
    REQUIRE(i->first == j->first);
    REQUIRE(same_value(i->second, j->second));
  }
}

}  // namespace

void require_same(const KnowledgeGraph& a, const KnowledgeGraph& b) {
  REQUIRE(a.documents() == b.documents());
  require_same(a.attributes(), b.attributes());
  REQUIRE(a.node_count() == b.node_count());
  for (KnowledgeGraph::NodeIndex v = 0; v < a.node_count(); ++v) {
    const Entity &x = a.node(v), &y = b.node(v);
    INFO("node " << x.id);
    REQUIRE(x.id == y.id);
    REQUIRE(x.type == y.type);
    REQUIRE(x.label == y.label);
    REQUIRE(x.canonical == y.canonical);
    REQUIRE(x.names == y.names);
    REQUIRE(x.roles == y.roles);
    REQUIRE(x.country == y.country);
    REQUIRE(x.mentions == y.mentions);
    REQUIRE(x.documents == y.documents);
    REQUIRE(x.evidence == y.evidence);
    REQUIRE(x.kind == y.kind);
    REQUIRE(x.date == y.date);
    REQUIRE(x.place == y.place);
    REQUIRE(x.status == y.status);
    require_same(x.attributes, y.attributes);
  }
  REQUIRE(a.edge_count() == b.edge_count());
  for (KnowledgeGraph::EdgeIndex e = 0; e < a.edge_count(); ++e) {
    const Relation &x = a.edge(e), &y = b.edge(e);
    INFO("edge " << x.source << " -> " << x.target << " " << x.type);
    REQUIRE(x.key() == y.key());
    REQUIRE(x.weight == y.weight);
    REQUIRE(x.roles == y.roles);
    REQUIRE(x.documents == y.documents);
    REQUIRE(x.evidence == y.evidence);
    require_same(x.attributes, y.attributes);
  }
}

std::vector<DocumentFacts> full_facts() {
  const std::string a = "000_eb6f25e2540a3901", b = "002_6a792777fe64eb82";
  const std::string meeting = "event:meeting_john_kerry_sergei_lavrov_2016-03-24";
  const std::string sentence = "Kerry met Lavrov in Moscow on Thursday.";
  std::vector<DocumentFacts> facts(2);

  DocumentFacts& first = facts[0];
  first.document = {a, "Kerry in Moscow", "2016-03-25", "samples/" + a + ".txt", "https://example.org/kerry"};
  {
    Entity lavrov = entity("person:sergei_lavrov", NodeType::kPerson, {{"Sergei Lavrov", 2}, {"Lavrov", 5}}, 7, {a});
    lavrov.roles = {"Foreign Minister"};
    lavrov.evidence = {span(a, 120, sentence), span(a, 10, "Lavrov said.")};
    lavrov.attributes = {{"wikidata", std::string("Q3337")},
                         {"born", int64_t{1950}},
                         {"score", 0.1},
                         {"verified", true},
                         {"tags", std::vector<std::string>{"diplomat", "minister"}}};
    Entity kerry = entity("person:john_kerry", NodeType::kPerson, {{"John Kerry", 2}, {"Kerry", 4}}, 6, {a});
    kerry.roles = {"Secretary of State"};
    Entity russia = entity("country:russia", NodeType::kCountry, {{"Russia", 4}}, 4, {a});
    russia.canonical = "Russia";
    Entity us = entity("country:united_states", NodeType::kCountry, {{"US", 2}, {"U.S.", 1}}, 3, {a});
    us.canonical = "United States";
    Entity moscow = entity("place:moscow", NodeType::kPlace, {{"Moscow", 3}}, 3, {a});
    Entity event = entity(meeting, NodeType::kEvent, {}, 0, {a});
    event.canonical = "Kerry – Lavrov, Moscow, 2016-03-24";
    event.kind = std::string(event_kind::kMeeting);
    event.date = "2016-03-24";
    event.place = "place:moscow";
    event.status = "occurred";
    event.evidence = {span(a, 120, sentence)};
    Entity start = entity("agreement:new_start", NodeType::kAgreement, {{"New START", 1}}, 1, {a});
    first.entities = {lavrov, kerry, russia, us, moscow, event, start};
    first.mentions = {{0, 5, kerry.id, NodeType::kPerson}, {10, 16, lavrov.id, NodeType::kPerson}};

    Relation kerry_in = relation(kerry.id, meeting, relation::kParticipant, {a});
    kerry_in.evidence = {span(a, 120, sentence)};
    Relation lavrov_in = relation(lavrov.id, meeting, relation::kParticipant, {a});
    Relation lavrov_russia = relation(lavrov.id, russia.id, relation::kAffiliatedWith, {a}, 3);
    lavrov_russia.roles = {"Foreign Minister"};
    Relation kerry_us = relation(kerry.id, us.id, relation::kAffiliatedWith, {a});
    kerry_us.roles = {"Secretary of State"};
    Relation visit = relation(kerry.id, moscow.id, relation::kVisited, {a});
    visit.date = "2016-03-24";
    Relation earlier_visit = relation(kerry.id, moscow.id, relation::kVisited, {a});
    earlier_visit.date = "2015-12-15";
    Relation in_russia = relation(moscow.id, russia.id, relation::kLocatedIn, {a});
    Relation discussed = relation(meeting, start.id, relation::kDiscussed, {a});
    discussed.attributes = {{"note", std::string("extension")},
                            {"confidence", 0.5},
                            {"count", int64_t{2}},
                            {"flag", false},
                            {"topics", std::vector<std::string>{"arms", "treaty"}}};
    // A relation to a node that no document declared: a placeholder.
    Relation unknown = relation(meeting, "agreement:unnamed_treaty", relation::kDiscussed, {a});
    first.relations = {kerry_in, lavrov_in, lavrov_russia, kerry_us, visit, earlier_visit, in_russia, discussed, unknown};
  }

  DocumentFacts& second = facts[1];
  second.document = {b, "Lavrov: \"talks were useful\"", "2016-03-26", "samples/" + b + ".txt", ""};
  {
    Entity lavrov = entity("person:sergei_lavrov", NodeType::kPerson, {{"Sergey Lavrov", 3}, {"Sergei Lavrov", 2}},
                           5, {b});
    lavrov.evidence = {span(b, 0, "Sergey Lavrov called the talks useful.")};
    Entity russia = entity("country:russia", NodeType::kCountry, {{"Russia", 1}, {"Russian Federation", 1}}, 2, {b});
    russia.canonical = "Russia";
    Entity un = entity("organization:united_nations", NodeType::kOrganization, {{"United Nations", 1}, {"UN", 2}}, 3,
                       {b});
    Entity start = entity("agreement:new_start", NodeType::kAgreement, {{"New START", 2}}, 2, {b});
    second.entities = {lavrov, russia, un, start};
    Relation lavrov_russia = relation(lavrov.id, russia.id, relation::kAffiliatedWith, {b});
    Relation party = relation(russia.id, start.id, relation::kPartyTo, {b});
    Relation member = relation(russia.id, un.id, relation::kMemberOf, {b}, 2);
    second.relations = {lavrov_russia, party, member};
  }
  return facts;
}

KnowledgeGraph full_graph() {
  GraphBuilder builder;
  for (DocumentFacts& f : full_facts()) builder.add(std::move(f));
  builder.set_attribute("corpus", std::string("samples"));
  builder.set_attribute("revision", int64_t{3});
  builder.set_attribute("ratio", 0.5);
  builder.set_attribute("final", true);
  builder.set_attribute("languages", std::vector<std::string>{"en", "ru"});
  return builder.build();
}

KnowledgeGraph hard_graph() {
  GraphBuilder builder;
  builder.add_document({"doc \"1\"", "Title with <b>&amp;</b> and \"quotes\"\nand a line", "2020", "in/a\\b.txt",
                        "https://example.org/?a=1&b=<2>"});
  auto add = [&](const std::string& id, const std::string& label, NodeType type = NodeType::kEntity) {
    Entity e;
    e.id = id;
    e.type = type;
    e.canonical = label;
    e.names = {{label, 1}};
    builder.add_entity(std::move(e));
  };
  add("entity:quotes", "He said \"hi\" \\ back\\");
  add("entity:lines", "Line one\nLine two");
  add("entity:markup", "<b>&amp;</b> & <i>");
  add("person:sergei_lavrov", "Сергей Лавров", NodeType::kPerson);
  add("entity:emoji", "Emoji 😀🎉 ok");
  add("entity:tab", "tab\there");
  add("entity:space", " ");
  // Ids that are not XML names, and one that looks like an escape.
  add("entity:a b", "An id with a space");
  add("entity:_x0041_", "An id like an escape");
  add("entity:кириллица", "A Cyrillic id");
  add("entity:😀", "An emoji id");
  add("entity:q\"uo\\te<&>", "An id with quotes");
  {
    Entity e;
    e.id = "entity:attributes";
    e.names = {{"Names \"quoted\"", 2}, {"Имя", 1}, {"", 1}};
    e.roles = {"role \\ with <markup>", "роль"};
    e.documents = {"doc \"1\""};
    e.evidence = {{"doc \"1\"", 0, 12, "Quote \"x\"\n\ty"}};
    e.kind = "k\\ind";
    e.date = "2020";
    e.status = "st<a>tus";
    e.attributes = {{"empty", std::string()},
                    {"empty list", std::vector<std::string>{}},
                    {"name with space", std::string("v")},
                    {"ключ", std::string("значение")},
                    {"multi\nline name", std::string("multi\nline\r\nvalue")},
                    {"mixed", int64_t{1}},
                    {"nan", std::numeric_limits<double>::quiet_NaN()},
                    {"infinite", -std::numeric_limits<double>::infinity()},
                    {"control", std::string("bell\x07" "char")},
                    {"crlf", std::string("Windows\r\nline")},
                    {"big", int64_t{-9223372036854775807 - 1}}};
    builder.add_entity(std::move(e));
  }
  {
    Entity e;  // "mixed" is an integer above and a string here
    e.id = "entity:mixed";
    e.canonical = "Mixed";
    e.attributes = {{"mixed", std::string("one")}, {"tiny", 5e-324}};
    builder.add_entity(std::move(e));
  }
  Relation r;
  r.source = "entity:quotes";
  r.target = "entity:a b";
  r.type = "type \"quoted\" \\ <&>";
  r.date = "2020-01";
  r.weight = 7;
  r.roles = {"Роль"};
  r.documents = {"doc \"1\""};
  r.evidence = {{"doc \"1\"", 3, 9, "<&>\"\\"}};
  r.attributes = {{"label", std::string("not a field on links")}, {"empty", std::string()}};
  builder.add_relation(r);
  r.type = "second";
  builder.add_relation(r);
  r.source = "entity:😀";
  r.target = "entity:q\"uo\\te<&>";
  r.type = "emoji";
  builder.add_relation(r);
  builder.set_attribute("title", std::string("A \"graph\" <with> & \\ Кириллица 😀"));
  builder.set_attribute("empty", std::string());
  return builder.build();
}

KnowledgeGraph meetings_graph(size_t people) {
  GraphBuilder builder;
  uint64_t seed = 12345;
  auto next = [&](uint64_t n) {
    seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
    return (seed >> 33) % n;
  };
  auto person = [](size_t i) { return "person:p" + std::to_string(i); };
  for (size_t i = 0; i < people; ++i) {
    Entity p;
    p.id = person(i);
    p.type = NodeType::kPerson;
    p.names = {{"Person \"" + std::to_string(i) + "\" Name", 1}};
    builder.add_entity(std::move(p));
  }
  for (size_t m = 0; m < people; ++m) {
    Entity event;
    event.id = "event:meeting_" + std::to_string(m);
    event.type = NodeType::kEvent;
    event.kind = std::string(event_kind::kMeeting);
    event.date = "2016-0" + std::to_string(1 + next(9)) + "-1" + std::to_string(next(10));
    event.status = "occurred";
    event.canonical = "Meeting " + std::to_string(m);
    // Most meetings among a few people near each other, so that some pairs
    // meet many times.
    size_t first = next(people), count = 2 + next(3);
    for (size_t k = 0; k < count; ++k) {
      Relation r;
      r.source = person((first + next(5)) % people);
      r.target = event.id;
      r.type = std::string(relation::kParticipant);
      builder.add_relation(std::move(r));
    }
    builder.add_entity(std::move(event));
  }
  return builder.build();
}

}  // namespace newsgraph::formats::testing
