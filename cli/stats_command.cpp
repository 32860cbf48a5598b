// newsgraph stats: what a graph holds, at a glance or as JSON.
#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/writer.h>

#include <cstdio>
#include <iostream>

#include "cli/commands.h"
#include "export/export.h"
#include "graph/analyse/analyse.h"

namespace newsgraph::cli {

namespace {

void print_text(const KnowledgeGraph& g, const analyse::GraphStats& s) {
  std::printf("nodes        %zu\n", s.nodes);
  for (const auto& [type, n] : s.nodes_by_type) std::printf("  %-12s %zu\n", std::string(to_string(type)).c_str(), n);
  std::printf("edges        %zu\n", s.edges);
  for (const auto& [type, n] : s.edges_by_type) std::printf("  %-16s %zu\n", type.c_str(), n);
  std::printf("documents    %zu\n", g.documents().size());
  std::printf("components   %zu (largest: %zu nodes)\n", s.components, s.largest_component);
  std::printf("density      %.6g\n", s.density);
  std::printf("degree       min %zu, max %zu, mean %.3f, median %.1f\n", s.degree.min, s.degree.max, s.degree.mean,
              s.degree.median);
  auto range = [](const analyse::DateRange& r) { return r.first.empty() ? std::string("none") : r.first + " to " + r.last; };
  std::printf("document dates  %s\n", range(s.document_dates).c_str());
  std::printf("event dates     %s\n", range(s.event_dates).c_str());
  if (!s.most_mentioned.empty()) std::printf("most mentioned\n");
  for (const auto& m : s.most_mentioned) {
    const Entity& e = g.node(m.node);
    std::printf("  %6llu  %s (%s)\n", static_cast<unsigned long long>(m.mentions), e.label.c_str(),
                std::string(to_string(e.type)).c_str());
  }
}

void print_json(const KnowledgeGraph& g, const analyse::GraphStats& s) {
  rapidjson::OStreamWrapper os(std::cout);
  rapidjson::Writer<rapidjson::OStreamWrapper> w(os);
  auto key = [&](const char* k) { w.Key(k); };
  w.StartObject();
  key("nodes"), w.Uint64(s.nodes);
  key("edges"), w.Uint64(s.edges);
  key("documents"), w.Uint64(g.documents().size());
  key("nodes_by_type"), w.StartObject();
  for (const auto& [type, n] : s.nodes_by_type) w.Key(std::string(to_string(type)).c_str()), w.Uint64(n);
  w.EndObject();
  key("edges_by_type"), w.StartObject();
  for (const auto& [type, n] : s.edges_by_type) w.Key(type.c_str()), w.Uint64(n);
  w.EndObject();
  key("components"), w.Uint64(s.components);
  key("largest_component"), w.Uint64(s.largest_component);
  key("density"), w.Double(s.density);
  key("degree"), w.StartObject();
  key("min"), w.Uint64(s.degree.min), key("max"), w.Uint64(s.degree.max);
  key("mean"), w.Double(s.degree.mean), key("median"), w.Double(s.degree.median);
  w.EndObject();
  auto range = [&](const char* name, const analyse::DateRange& r) {
    key(name), w.StartObject();
    key("first"), w.String(r.first.c_str()), key("last"), w.String(r.last.c_str());
    w.EndObject();
  };
  range("document_dates", s.document_dates);
  range("event_dates", s.event_dates);
  key("most_mentioned"), w.StartArray();
  for (const auto& m : s.most_mentioned) {
    const Entity& e = g.node(m.node);
    w.StartObject();
    key("id"), w.String(e.id.c_str()), key("label"), w.String(e.label.c_str());
    key("type"), w.String(std::string(to_string(e.type)).c_str()), key("mentions"), w.Uint64(m.mentions);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  std::cout << "\n";
}

}  // namespace

int run_stats(const StatsOptions& o) {
  Result<KnowledgeGraph> g = formats::read_graph(o.graph);
  if (!g.ok()) return fail(g.status());
  analyse::GraphStats s = analyse::compute_stats(g.value());
  if (o.json) print_json(g.value(), s);
  else print_text(g.value(), s);
  return 0;
}

}  // namespace newsgraph::cli
