// newsgraph build: articles in, one knowledge graph (JSON) out.
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_map>

#include "cli/commands.h"
#include "cli/progress.h"
#include "cli/work_queue.h"
#include "export/export.h"
#include "extract/extract.h"
#include "extract/ingest/ingest.h"

#ifndef NEWSGRAPH_DEFAULT_DATA_DIR
#define NEWSGRAPH_DEFAULT_DATA_DIR "data"
#endif

namespace newsgraph::cli {

namespace {

// --data, else $NEWSGRAPH_DATA, else the data folder this program was built with.
std::string data_dir(const std::string& flag) {
  if (!flag.empty()) return flag;
  if (const char* env = std::getenv("NEWSGRAPH_DATA"); env && *env) return env;
  return NEWSGRAPH_DEFAULT_DATA_DIR;
}

// A stable 64-bit hash of a document id (FNV-1a): shards never depend on
// the machine, the run or the order of the input.
uint64_t stable_hash(const std::string& s) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
  return h;
}

struct Shard {
  uint64_t k = 1, n = 1;
};

Result<Shard> parse_shard(const std::string& text) {
  if (text.empty()) return Shard{};
  size_t slash = text.find('/');
  auto bad = Status::BadUsage("--shard takes K/N with 1 <= K <= N, e.g. 2/8: got '" + text + "'");
  if (slash == std::string::npos) return bad;
  try {
    size_t used = 0;
    Shard s{std::stoull(text.substr(0, slash), &used), 0};
    if (used != slash) return bad;
    std::string n = text.substr(slash + 1);
    s.n = std::stoull(n, &used);
    if (used != n.size() || s.k < 1 || s.k > s.n) return bad;
    return s;
  } catch (...) {
    return bad;
  }
}

}  // namespace

int run_build(const BuildOptions& o) {
  auto started = std::chrono::steady_clock::now();
  Result<Shard> shard = parse_shard(o.shard);
  if (!shard.ok()) return fail(shard.status());
  auto lexicons = extract::load_lexicons(data_dir(o.data_dir), o.lexicon, o.name_model);
  if (!lexicons.ok()) return fail(lexicons.status());
  const extract::Pipeline pipeline(lexicons.value());
  unsigned threads = o.threads ? o.threads : std::max(1u, std::thread::hardware_concurrency());

  // Articles are read on this thread while `threads` workers extract them
  // (with one thread, this one does both). The builder's merge does not
  // depend on order, so neither does the graph.
  //
  // Articles travel in batches: handing them over one by one cost a
  // thread wake-up (a futex call and an interrupt between cores) per
  // article, which is what kept two threads from running twice as fast.
  // A batch closes at kBatchArticles articles or kBatchBytes of text, so the
  // queue holds at most 4 * threads batches, whatever the input.
  constexpr size_t kBatchArticles = 32, kBatchBytes = 1 << 20;
  GraphBuilder builder;
  std::mutex builder_mutex;
  Progress progress(o.inputs, !o.quiet);
  WorkQueue<std::vector<Document>> queue(4 * threads);
  std::vector<Document> batch;
  size_t batch_bytes = 0;
  std::vector<std::thread> workers;
  if (threads > 1)
    for (unsigned w = 0; w < threads; ++w)
      workers.emplace_back([&] {
        std::vector<DocumentFacts> facts;
        while (std::optional<std::vector<Document>> docs = queue.pop()) {
          facts.clear();
          for (const Document& d : *docs) facts.push_back(pipeline.extract(d));
          std::lock_guard<std::mutex> lock(builder_mutex);
          for (DocumentFacts& f : facts) builder.add(std::move(f));
        }
      });
  auto send_batch = [&] {
    if (batch.empty()) return;
    queue.push(std::move(batch));
    batch = {};
    batch_bytes = 0;
  };
  auto finish_workers = [&] {
    send_batch();
    queue.close();
    for (auto& t : workers) t.join();
    workers.clear();
  };
  size_t articles = 0;
  ingest::ReadOptions read;
  read.max_article_bytes = o.max_article_bytes;
  std::vector<ingest::Skipped> skipped;
  std::unordered_map<uint64_t, uint64_t> sources;  // id hash -> source hash
  size_t repeated_ids = 0;
  Status s = ingest::read_inputs(
      o.inputs, read,
      [&](Document d) {
        // Two articles with one id would merge as one document: say so.
        // Hashes keep the check small for millions of articles.
        auto [it, fresh] = sources.emplace(stable_hash(d.id), stable_hash(d.source));
        if (!fresh && it->second != stable_hash(d.source) && ++repeated_ids <= 3)
          progress.clear(), warn(d.source + ": document id '" + d.id + "' was already used by another file; their facts merge as one document");
        if (shard.value().n > 1 && stable_hash(d.id) % shard.value().n != shard.value().k - 1) return;
        ++articles;
        progress.article(d.source, d.text.size());
        if (threads > 1) {
          batch_bytes += d.text.size();
          batch.push_back(std::move(d));
          if (batch.size() >= kBatchArticles || batch_bytes >= kBatchBytes) send_batch();
        } else {
          builder.add(pipeline.extract(d));
        }
        progress.update();
      },
      skipped);
  finish_workers();
  if (!s.ok()) return fail(s);
  progress.clear();
  if (repeated_ids > 3) warn(std::to_string(repeated_ids) + " articles in all repeat an earlier document id (ids are file names without extension)");
  for (const auto& skip : skipped) warn("skipped " + skip.source + ": " + skip.reason);
  if (articles == 0 && shard.value().n == 1)
    return fail(Status::BadInput(skipped.empty() ? "no articles found in the input"
                                                 : "no article could be read (" + std::to_string(skipped.size()) +
                                                       " skipped)"));

  KnowledgeGraph graph = builder.build();
  formats::WriteOptions w;
  w.pretty = o.pretty;
  auto json = formats::make_exporter("json", w);
  s = formats::write_file(o.output, [&](std::ostream& out) { return json->write(graph, out); });
  if (!s.ok()) return fail(s);

  if (!o.quiet) {
    size_t meetings = 0, entities = 0;
    for (KnowledgeGraph::NodeIndex i = 0; i < graph.node_count(); ++i) {
      bool meeting = false;
      if (graph.node_type(i) == NodeType::kEvent) {  // node() makes an Entity: only for events
        const Entity e = graph.node(i);
        meeting = e.kind == event_kind::kMeeting || e.kind == event_kind::kPhoneCall;
      }
      ++(meeting ? meetings : entities);
    }
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    char line[256];
    std::snprintf(line, sizeof line, "newsgraph: %zu articles read, %zu skipped; %zu entities, %zu meetings; %.2f s\n",
                  articles, skipped.size(), entities, meetings, seconds);
    std::cerr << line;
  }
  return 0;
}

}  // namespace newsgraph::cli
