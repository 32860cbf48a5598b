// newsgraph centrality: who is central, as a table, JSON or CSV.
#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <cstdio>
#include <iostream>

#include "cli/commands.h"
#include "graph/analyse/analyse.h"

namespace newsgraph::cli {

namespace {

std::string csv_field(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

// Display width of UTF-8 text: one column per code point.
size_t width(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

}  // namespace

int run_centrality(const CentralityOptions& o) {
  // --type picks the rows: the scores are computed on the whole view, so
  // that people connected through events keep their paths.
  GraphQuery query = o.query;
  query.types.clear();
  Result<ViewOptions> rows = parse_query(o.query);
  if (!rows.ok()) return fail(rows.status());
  Result<KnowledgeGraph> g = load_view(o.graph, query);
  if (!g.ok()) return fail(g.status());
  analyse::CentralityOptions c;
  c.weighted = o.weighted;
  c.threads = o.threads;
  c.sample = o.sample;
  c.seed = o.seed;
  analyse::SimpleGraph simple = analyse::simple_undirected(g.value());
  Result<std::vector<double>> scores = analyse::centrality(simple, o.measure, c);
  if (!scores.ok()) return fail(scores.status());
  std::vector<analyse::Ranked> ranked = analyse::rank(g.value(), scores.value(), o.top, rows.value().types);

  if (o.json) {
    rapidjson::OStreamWrapper os(std::cout);
    rapidjson::Writer<rapidjson::OStreamWrapper> w(os);
    w.StartArray();
    for (const auto& r : ranked) {
      const Entity& e = g.value().node(r.node);
      w.StartObject();
      w.Key("id"), w.String(e.id.c_str());
      w.Key("label"), w.String(e.label.c_str());
      w.Key("type"), w.String(std::string(to_string(e.type)).c_str());
      w.Key("score"), w.Double(r.score);
      w.EndObject();
    }
    w.EndArray();
    std::cout << "\n";
    return 0;
  }
  if (o.csv) {
    std::cout << "rank,id,label,type,score\n";
    size_t i = 0;
    for (const auto& r : ranked) {
      const Entity& e = g.value().node(r.node);
      char score[32];
      std::snprintf(score, sizeof score, "%.17g", r.score);
      std::cout << ++i << "," << csv_field(e.id) << "," << csv_field(e.label) << "," << to_string(e.type) << ","
                << score << "\n";
    }
    return 0;
  }
  size_t label_width = 5;
  for (const auto& r : ranked) label_width = std::max(label_width, width(g.value().node_label(r.node)));
  label_width = std::min<size_t>(label_width, 48);
  std::printf("%4s  %-*s  %-12s  %s\n", "rank", static_cast<int>(label_width), "label", "type", o.measure.c_str());
  size_t i = 0;
  for (const auto& r : ranked) {
    const Entity& e = g.value().node(r.node);
    std::string label = e.label;
    if (width(label) > label_width) {  // cut on a code point boundary
      size_t cut = 0, cols = 0;
      while (cut < label.size() && cols < label_width - 1) {
        ++cut;
        while (cut < label.size() && (static_cast<unsigned char>(label[cut]) & 0xC0) == 0x80) ++cut;
        ++cols;
      }
      label = label.substr(0, cut) + "\u2026";
    }
    std::printf("%4zu  %s%*s  %-12s  %.6f\n", ++i, label.c_str(), static_cast<int>(label_width - width(label)), "",
                std::string(to_string(e.type)).c_str(), r.score);
  }
  if (ranked.empty()) std::printf("(no nodes)\n");
  return 0;
}

}  // namespace newsgraph::cli
