// make_exporter() and format_for_path(); writers fail only when the stream does.
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "support.h"

using namespace newsgraph;
using namespace newsgraph::formats;
using namespace newsgraph::formats::testing;

TEST_CASE("make_exporter: one per format name") {
  for (const char* format : {"json", "graphml", "gexf", "dot", "csv", "html", "svg", "png", "pdf"}) {
    auto exporter = make_exporter(format);
    REQUIRE(exporter);
    REQUIRE(exporter->format() == format);
  }
  for (const char* format : {"", "JSON", "GEXF", "gv", "htm", "jpg", "xml"}) REQUIRE_FALSE(make_exporter(format));
  WriteOptions pretty;
  pretty.pretty = true;
  std::ostringstream out;
  REQUIRE(make_exporter("json", pretty)->write(KnowledgeGraph(), out).ok());
  REQUIRE(out.str().rfind("{\n  \"directed\": true,\n", 0) == 0);
}

TEST_CASE("format_for_path: the format a file name implies") {
  REQUIRE(format_for_path("graph.json") == "json");
  REQUIRE(format_for_path("out/graph.JSON") == "json");
  REQUIRE(format_for_path("a.b/graph.graphml") == "graphml");
  REQUIRE(format_for_path("graph.dot") == "dot");
  REQUIRE(format_for_path("graph.gv") == "dot");
  REQUIRE(format_for_path("graph.gexf") == "gexf");
  REQUIRE(format_for_path("out/graph.csv") == "csv");
  REQUIRE(format_for_path("graph.svg") == "svg");
  REQUIRE(format_for_path("graph.PNG") == "png");
  REQUIRE(format_for_path("graph.pdf") == "pdf");
  REQUIRE(format_for_path("graph.html") == "html");
  REQUIRE(format_for_path("graph.htm") == "html");
  // A folder (named so by its final '/') takes CSV's nodes.csv and edges.csv.
  REQUIRE(format_for_path("out/") == "csv");
  REQUIRE(format_for_path("out/graph.json/") == "csv");
  for (const char* path :
       {"graph", "graph.txt", "graph.xhtml", "json", "dir.json/graph", ".json", ".csv", "out", "-", ""})
    REQUIRE_FALSE(format_for_path(path));
}

TEST_CASE("Exporters: kIoError when the stream fails") {
  KnowledgeGraph g = full_graph();
  for (const char* format : {"json", "graphml", "gexf", "dot", "html", "svg", "png", "pdf"}) {
    INFO(format);
    auto exporter = make_exporter(format);
    std::ofstream full("/dev/full");
    REQUIRE(full);
    Status s = exporter->write(g, full);
    REQUIRE(s.code() == Status::Code::kIoError);
    REQUIRE(s.message().find("the output stream failed") != std::string::npos);

    std::ostringstream broken;
    broken.setstate(std::ios::badbit);
    REQUIRE(exporter->write(g, broken).code() == Status::Code::kIoError);
  }
}

TEST_CASE("Exporters: save() writes the file whole, or to standard output") {
  TempDir dir;
  KnowledgeGraph g = full_graph();
  for (const char* format : {"json", "graphml", "gexf", "dot"}) {
    INFO(format);
    std::string path = dir.file(std::string("graph.") + format);
    auto exporter = make_exporter(format);
    REQUIRE(exporter->save(g, path).ok());
    std::ostringstream out;
    REQUIRE(exporter->write(g, out).ok());
    REQUIRE(read_text(path) == out.str());
  }
  // The writer's error, and no file.
  WriteOptions unknown;
  unknown.size_by = "nope";
  REQUIRE(make_exporter("gexf", unknown)->save(g, dir.file("bad.gexf")).code() == Status::Code::kBadUsage);
  REQUIRE_FALSE(std::ifstream(dir.file("bad.gexf")));
}
