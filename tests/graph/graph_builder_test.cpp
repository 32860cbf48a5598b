// GraphBuilder: merge rules and their independence from order.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <optional>
#include <random>
#include <set>

#include "graph/graph.h"

using namespace newsgraph;

namespace {

Entity person(const std::string& id, std::map<std::string, uint64_t> names, const std::string& doc) {
  Entity e;
  e.id = id;
  e.type = NodeType::kPerson;
  e.names = std::move(names);
  for (const auto& [n, c] : e.names) e.mentions += c;
  e.documents = {doc};
  e.evidence = {{doc, 0, 10, "A sentence."}};
  return e;
}

Entity country(const std::string& id, const std::string& name) {
  Entity e;
  e.id = id;
  e.type = NodeType::kCountry;
  e.canonical = name;
  return e;
}

Relation link(const std::string& s, const std::string& t, const std::string& type, const std::string& doc) {
  Relation r;
  r.source = s;
  r.target = t;
  r.type = type;
  r.documents = {doc};
  r.evidence = {{doc, 5, 20, "Evidence " + doc}};
  return r;
}

DocumentFacts facts(const std::string& doc, std::vector<Entity> entities, std::vector<Relation> relations) {
  DocumentFacts f;
  f.document.id = doc;
  f.entities = std::move(entities);
  f.relations = std::move(relations);
  return f;
}

// A fingerprint of everything a graph holds, for equality checks.
std::string dump(const KnowledgeGraph& g) {
  std::string out;
  for (const auto& d : g.documents()) out += "doc " + d.id + "\n";
  for (KnowledgeGraph::NodeIndex i = 0; i < g.node_count(); ++i) {
    const Entity& e = g.node(i);
    out += "node " + e.id + " " + e.label + " country=" + e.country + " mentions=" + std::to_string(e.mentions);
    for (const auto& [n, c] : e.names) out += " " + n + ":" + std::to_string(c);
    for (const auto& d : e.documents) out += " d=" + d;
    for (const auto& ev : e.evidence) out += " ev=" + ev.document + "@" + std::to_string(ev.start);
    out += " status=" + e.status + "\n";
  }
  for (KnowledgeGraph::EdgeIndex i = 0; i < g.edge_count(); ++i) {
    const Relation r = g.edge(i);
    out += "edge " + r.source + " " + r.target + " " + r.type + " w=" + std::to_string(r.weight);
    for (const auto& ev : r.evidence) out += " ev=" + ev.document;
    out += "\n";
  }
  return out;
}

std::vector<DocumentFacts> corpus() {
  return {
      facts("a", {person("person:sergei_lavrov", {{"Sergei Lavrov", 1}, {"Lavrov", 3}}, "a"), country("country:russia", "Russia")},
            {link("person:sergei_lavrov", "country:russia", "affiliated_with", "a")}),
      facts("b", {person("person:sergei_lavrov", {{"Sergey Lavrov", 2}, {"Lavrov", 1}}, "b")},
            {link("person:sergei_lavrov", "country:russia", "affiliated_with", "b")}),
      facts("c", {person("person:sergei_lavrov", {{"Sergei Lavrov", 1}}, "c"), country("country:belarus", "Belarus")},
            {link("person:sergei_lavrov", "country:belarus", "affiliated_with", "c")}),
  };
}

}  // namespace

TEST_CASE("equal ids merge: names and mentions add, documents unite") {
  GraphBuilder b;
  for (auto& f : corpus()) b.add(f);
  KnowledgeGraph g = b.build();
  REQUIRE(g.node_count() == 3);
  auto i = g.find("person:sergei_lavrov");
  REQUIRE(i);
  const Entity& e = g.node(*i);
  CHECK(e.mentions == 8);
  CHECK(e.names.at("Lavrov") == 4);
  CHECK(e.documents == std::set<std::string>{"a", "b", "c"});
  // Two-word forms outrank the more frequent surname; "Sergei Lavrov" and
  // "Sergey Lavrov" tie at 2 and byte order breaks the tie.
  CHECK(e.label == "Sergei Lavrov");
  // Two documents tie Lavrov to Russia, one to Belarus.
  CHECK(e.country == "country:russia");
  CHECK(g.documents().size() == 3);
}

TEST_CASE("a label is a full name: a leading honorific counts for no word") {
  struct Case {
    std::map<std::string, uint64_t> names;
    std::string label;
  };
  for (const Case& c : std::vector<Case>{
           // "Sir Edward" is the given name alone, however often it is used.
           {{{"Sir Edward", 5}, {"Edward Heath", 1}, {"Heath", 2}}, "Edward Heath"},
           {{{"Dame Ellen", 3}, {"Dame Ellen Marsh", 1}}, "Dame Ellen Marsh"},
           // With no fuller form, the titled surname is the name.
           {{{"Lord Coe", 2}, {"Coe", 3}}, "Coe"},
           {{{"Lord Coe", 2}}, "Lord Coe"},
           // "Mr Pellow" is the surname alone.
           {{{"Mr Pellow", 5}, {"Andrew Pellow", 1}}, "Andrew Pellow"},
           {{{"Dr. Pellow", 2}, {"Pellow", 3}}, "Pellow"},
           // A name that only starts like an honorific counts its words.
           {{{"Sirius Black", 1}, {"Black", 4}}, "Sirius Black"},
       }) {
    GraphBuilder b;
    b.add(facts("a", {person("person:x", c.names, "a")}, {}));
    KnowledgeGraph g = b.build();
    CAPTURE(c.label);
    CHECK(g.node_label(0) == c.label);
  }
}

TEST_CASE("relations with equal keys merge and add their weights") {
  GraphBuilder b;
  for (auto& f : corpus()) b.add(f);
  KnowledgeGraph g = b.build();
  REQUIRE(g.edge_count() == 2);
  CHECK(g.edge(0).target == "country:belarus");
  CHECK(g.edge(1).target == "country:russia");
  CHECK(g.edge(1).weight == 2);
  CHECK(g.edge(1).documents == std::set<std::string>{"a", "b"});
  CHECK(g.node_id(g.source(1)) == "person:sergei_lavrov");
  CHECK(g.out_edges(*g.find("person:sergei_lavrov")) == std::vector<KnowledgeGraph::EdgeIndex>{0, 1});
  CHECK(g.in_edges(*g.find("country:russia")) == std::vector<KnowledgeGraph::EdgeIndex>{1});
}

TEST_CASE("merging is commutative and associative, whatever the order") {
  std::vector<DocumentFacts> docs = corpus();
  GraphBuilder whole;
  for (auto& f : docs) whole.add(f);
  std::string expected = dump(whole.build());

  std::mt19937 rng(7);
  for (int round = 0; round < 20; ++round) {
    std::shuffle(docs.begin(), docs.end(), rng);
    // Split into two shards, build each, merge the graphs in either order.
    size_t cut = rng() % (docs.size() + 1);
    GraphBuilder left, right;
    for (size_t i = 0; i < docs.size(); ++i) (i < cut ? left : right).add(docs[i]);
    KnowledgeGraph l = left.build(), r = right.build();
    GraphBuilder lr, rl;
    lr.add(l), lr.add(r);
    rl.add(r), rl.add(l);
    CHECK(dump(lr.build()) == expected);
    CHECK(dump(rl.build()) == expected);
  }
}

TEST_CASE("many arrivals out of order merge as one by one: sorted runs, a tail, and vectors handed over whole") {
  // 20,000 mentions of 3,000 people and 20,000 of 2,500 links, in an order
  // that is neither sorted nor grouped, so the builder merges its tail into
  // its sorted run many times over. The counts must come out as a plain
  // map counts them, and the same whatever the order and however they are handed over.
  std::mt19937 rng(11);
  std::vector<Entity> entities;
  std::vector<Relation> relations;
  std::map<std::string, uint64_t> mentions, weights;
  for (int i = 0; i < 20000; ++i) {
    std::string id = "person:p" + std::to_string(rng() % 3000);
    Entity e = person(id, {{"Name " + std::to_string(rng() % 3), 1}}, "d" + std::to_string(i % 7));
    e.mentions = 1 + rng() % 4;
    mentions[id] += e.mentions;
    entities.push_back(e);
    std::string target = "person:p" + std::to_string(rng() % 50);
    Relation r = link(id, target, "met_with", "d" + std::to_string(i % 7));
    r.weight = 1 + rng() % 3;
    weights[id + " " + target] += r.weight;
    relations.push_back(r);
  }
  // bulk: the first third one by one, the rest as two vectors handed over.
  auto build = [&](bool bulk, bool reverse) {
    GraphBuilder builder;
    std::vector<Entity> more_entities;
    std::vector<Relation> more_relations;
    for (size_t k = 0; k < entities.size(); ++k) {
      size_t i = reverse ? entities.size() - 1 - k : k;
      if (bulk && k >= entities.size() / 3) {
        more_entities.push_back(entities[i]);
        more_relations.push_back(relations[i]);
      } else {
        builder.add_entity(entities[i]);
        builder.add_relation(relations[i]);
      }
    }
    builder.add_entities(std::move(more_entities));
    builder.add_relations(std::move(more_relations));
    return builder.build();
  };
  KnowledgeGraph g = build(false, false);
  std::map<std::string, uint64_t> got_mentions, got_weights;
  for (KnowledgeGraph::NodeIndex v = 0; v < g.node_count(); ++v)
    if (g.node(v).mentions > 0) got_mentions[g.node_id(v)] = g.node(v).mentions;
  for (KnowledgeGraph::EdgeIndex e = 0; e < g.edge_count(); ++e)
    got_weights[g.edge(e).source + " " + g.edge(e).target] = g.edge(e).weight;
  CHECK(got_mentions == mentions);
  CHECK(got_weights == weights);
  std::string expected = dump(g);
  CHECK(dump(build(true, false)) == expected);
  CHECK(dump(build(false, true)) == expected);
  CHECK(dump(build(true, true)) == expected);
}

TEST_CASE("evidence keeps the first kMaxEvidence spans in order, from any merge order") {
  std::vector<Evidence> a, b;
  for (uint32_t i = 0; i < 10; ++i) (i % 2 ? a : b).push_back({"doc", i * 10, i * 10 + 5, "s"});
  std::vector<Evidence> ab = a, ba = b;
  merge_evidence(ab, b);
  merge_evidence(ba, a);
  REQUIRE(ab.size() == kMaxEvidence);
  CHECK(ab == ba);
  CHECK(ab.front().start == 0);
  CHECK(ab.back().start == 70);
}

TEST_CASE("scalar attributes keep the smaller value: occurred beats planned") {
  Entity planned;
  planned.id = "event:meeting_a_b";
  planned.type = NodeType::kEvent;
  planned.status = "planned";
  Entity occurred = planned;
  occurred.status = "occurred";
  for (bool flip : {false, true}) {
    GraphBuilder b;
    b.add_entity(flip ? planned : occurred);
    b.add_entity(flip ? occurred : planned);
    KnowledgeGraph g = b.build();
    CHECK(g.node(0).status == "occurred");
  }
}

TEST_CASE("a relation to an undeclared node gets a placeholder node") {
  GraphBuilder b;
  b.add_relation(link("person:x", "country:y", "affiliated_with", "d"));
  KnowledgeGraph g = b.build();
  REQUIRE(g.node_count() == 2);
  CHECK(g.node_id(0) == "country:y");
  CHECK(g.node_type(0) == NodeType::kEntity);
  CHECK(g.node_label(0) == "country:y");
  // Not a country node: no country is derived from it.
  CHECK(g.node(1).country.empty());
}

TEST_CASE("an empty builder builds an empty graph") {
  GraphBuilder b;
  KnowledgeGraph g = b.build();
  CHECK(g.node_count() == 0);
  CHECK(g.edge_count() == 0);
  CHECK(!g.find("anything"));
}

TEST_CASE("copies of a graph are independent and whole") {
  GraphBuilder b;
  for (auto& f : corpus()) b.add(f);
  KnowledgeGraph g = b.build();
  KnowledgeGraph copy = g;
  KnowledgeGraph moved = std::move(g);
  CHECK(dump(copy) == dump(moved));
  CHECK(copy.edge(1).weight == 2);
}


TEST_CASE("the accessors that copy nothing agree with node() and edge()") {
  // Bare nodes (an id and a type only), a node with a given label, a rich
  // person, a placeholder for an undeclared end, and relations with and
  // without dates, roles and evidence: stored in different forms, read alike.
  GraphBuilder builder;
  for (const auto& c : corpus()) builder.add(c);
  Entity bare;
  bare.id = "country:x";
  bare.type = NodeType::kCountry;
  builder.add_entity(bare);
  Entity labelled;
  labelled.id = "event:y";
  labelled.type = NodeType::kEvent;
  labelled.label = "A summit";
  builder.add_entity(labelled);
  Relation dated = link("event:y", "country:x", "discussed", "a");
  dated.date = "2016-03-24";
  dated.roles = {"host"};
  builder.add_relations({dated, link("event:y", "person:undeclared", "participant", "b")});
  Relation plain;
  plain.source = "country:x";
  plain.target = "event:y";
  plain.type = "party_to";
  plain.weight = 7;
  builder.add_relation(plain);
  KnowledgeGraph g = builder.build();
  REQUIRE(g.node_count() == 6);
  for (KnowledgeGraph::NodeIndex v = 0; v < g.node_count(); ++v) {
    const Entity e = g.node(v);
    INFO(e.id);
    CHECK(g.node_id(v) == e.id);
    CHECK(g.node_label(v) == e.label);
    CHECK(g.node_type(v) == e.type);
  }
  CHECK(g.node_label(*g.find("country:x")) == "country:x");
  CHECK(g.node_label(*g.find("event:y")) == "A summit");
  CHECK(g.node_label(*g.find("person:undeclared")) == "person:undeclared");
  CHECK(g.node_type(*g.find("person:undeclared")) == NodeType::kEntity);
  for (KnowledgeGraph::EdgeIndex e = 0; e < g.edge_count(); ++e) {
    const Relation r = g.edge(e);
    INFO(r.source + " " + r.target);
    CHECK(g.edge_type(e) == r.type);
    CHECK(g.edge_date(e) == r.date);
    CHECK(g.edge_weight(e) == r.weight);
    CHECK(g.node_id(g.source(e)) == r.source);
    CHECK(g.node_id(g.target(e)) == r.target);
  }
  std::optional<KnowledgeGraph::NodeIndex> y = g.find("event:y");
  REQUIRE(y);
  std::vector<KnowledgeGraph::EdgeIndex> out = g.out_edges(*y);
  REQUIRE(out.size() == 2);
  const Relation discussed = g.edge(out[0]);
  CHECK(discussed.type == "discussed");
  CHECK(discussed.date == "2016-03-24");
  CHECK(discussed.roles == std::set<std::string>{"host"});
  CHECK(discussed.documents == std::set<std::string>{"a"});
  const Relation party = g.edge(g.in_edges(*y).at(0));
  CHECK(party.type == "party_to");
  CHECK(party.weight == 7);
  CHECK(party.documents.empty());
  CHECK(party.evidence.empty());
}
