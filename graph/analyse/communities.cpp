#include <igraph.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <mutex>
#include <numeric>

#include "graph/analyse/analyse.h"

// Louvain through igraph's C library (Debian's libigraph-dev). igraph keeps
// process-wide state: the error and warning handlers and the default random
// generator. Each call installs its own for its duration (errors returned,
// not aborting; warnings silent; a generator seeded from options.seed) and
// puts the previous ones back, under one mutex, since igraph 0.10 as Debian
// builds it is not thread-safe (IGRAPH_THREAD_SAFE is 0).

namespace newsgraph::analyse {

namespace {

std::mutex igraph_mutex;

// Owners of igraph's C objects: each destroys what it initialised.
class IntVector {
 public:
  explicit IntVector(igraph_integer_t size) { ok_ = igraph_vector_int_init(&v_, size) == IGRAPH_SUCCESS; }
  ~IntVector() {
    if (ok_) igraph_vector_int_destroy(&v_);
  }
  IntVector(const IntVector&) = delete;
  IntVector& operator=(const IntVector&) = delete;
  bool ok() const { return ok_; }
  igraph_vector_int_t* get() { return &v_; }

 private:
  igraph_vector_int_t v_;
  bool ok_;
};

class RealVector {
 public:
  explicit RealVector(igraph_integer_t size) { ok_ = igraph_vector_init(&v_, size) == IGRAPH_SUCCESS; }
  ~RealVector() {
    if (ok_) igraph_vector_destroy(&v_);
  }
  RealVector(const RealVector&) = delete;
  RealVector& operator=(const RealVector&) = delete;
  bool ok() const { return ok_; }
  igraph_vector_t* get() { return &v_; }

 private:
  igraph_vector_t v_;
  bool ok_;
};

class UndirectedGraph {
 public:
  UndirectedGraph(igraph_vector_int_t* edges, igraph_integer_t nodes) {
    error_ = igraph_create(&g_, edges, nodes, IGRAPH_UNDIRECTED);
  }
  ~UndirectedGraph() {
    if (error_ == IGRAPH_SUCCESS) igraph_destroy(&g_);
  }
  UndirectedGraph(const UndirectedGraph&) = delete;
  UndirectedGraph& operator=(const UndirectedGraph&) = delete;
  igraph_error_t error() const { return error_; }
  const igraph_t* get() const { return &g_; }

 private:
  igraph_t g_;
  igraph_error_t error_;
};

// While alive: igraph returns errors instead of aborting, says nothing on
// standard error, and draws from a PCG32 generator seeded with `seed`.
class IgraphSession {
 public:
  explicit IgraphSession(uint64_t seed)
      : errors_(igraph_set_error_handler(igraph_error_handler_ignore)),
        warnings_(igraph_set_warning_handler(igraph_warning_handler_ignore)),
        previous_rng_(igraph_rng_default()) {
    rng_ok_ = igraph_rng_init(&rng_, &igraph_rngtype_pcg32) == IGRAPH_SUCCESS &&
              igraph_rng_seed(&rng_, static_cast<igraph_uint_t>(seed)) == IGRAPH_SUCCESS;
    if (rng_ok_) igraph_rng_set_default(&rng_);
  }
  ~IgraphSession() {
    igraph_rng_set_default(previous_rng_);
    if (rng_ok_) igraph_rng_destroy(&rng_);
    igraph_set_warning_handler(warnings_);
    igraph_set_error_handler(errors_);
  }
  IgraphSession(const IgraphSession&) = delete;
  IgraphSession& operator=(const IgraphSession&) = delete;
  bool ok() const { return rng_ok_; }

 private:
  igraph_error_handler_t* errors_;
  igraph_warning_handler_t* warnings_;
  igraph_rng_t* previous_rng_;
  igraph_rng_t rng_;
  bool rng_ok_ = false;
};

Status igraph_failure(const char* what, igraph_error_t error) {
  return Status::BadInput(std::string("igraph ") + what + " failed: " + igraph_strerror(error));
}

// Renumbers a partition as Communities promises: by size, largest first,
// ties by smallest member.
Communities ordered(const std::vector<uint32_t>& raw, size_t raw_count) {
  std::vector<std::vector<uint32_t>> groups(raw_count);
  for (uint32_t v = 0; v < raw.size(); ++v) groups[raw[v]].push_back(v);  // each in node order
  groups.erase(std::remove_if(groups.begin(), groups.end(), [](const auto& g) { return g.empty(); }), groups.end());
  std::sort(groups.begin(), groups.end(), [](const auto& a, const auto& b) {
    return a.size() != b.size() ? a.size() > b.size() : a.front() < b.front();
  });
  Communities c;
  c.membership.assign(raw.size(), 0);
  for (uint32_t id = 0; id < groups.size(); ++id)
    for (uint32_t v : groups[id]) c.membership[v] = id;
  c.members = std::move(groups);
  return c;
}

double total_weight(const SimpleGraph& graph, bool weighted) {
  double total = 0;
  for (uint32_t v = 0; v < graph.node_count(); ++v)
    for (uint32_t i = graph.offsets[v]; i < graph.offsets[v + 1]; ++i)
      if (graph.targets[i] >= v) total += weighted ? graph.weights[i] : 1.0;
  return total;
}

}  // namespace

Result<Communities> louvain_communities(const SimpleGraph& graph, const CommunityOptions& options) {
  if (!(options.resolution >= 0)) {
    char shown[32];
    std::snprintf(shown, sizeof shown, "%g", options.resolution);
    return Status::BadUsage(std::string("the resolution must be a number >= 0, not ") + shown);
  }
  const size_t n = graph.node_count();
  std::vector<uint32_t> raw(n);
  if (total_weight(graph, options.weighted) == 0) {  // nothing to optimise: singletons
    std::iota(raw.begin(), raw.end(), 0u);
    Communities c = ordered(raw, n);
    c.modularity = modularity(graph, c.membership, options);
    return c;
  }

  // Each undirected edge once (u <= v), self-loops included, in row order.
  std::vector<std::pair<uint32_t, uint32_t>> edges;
  std::vector<double> weights;
  for (uint32_t v = 0; v < n; ++v)
    for (uint32_t i = graph.offsets[v]; i < graph.offsets[v + 1]; ++i)
      if (graph.targets[i] >= v) {
        edges.emplace_back(v, graph.targets[i]);
        weights.push_back(options.weighted ? graph.weights[i] : 1.0);
      }

  std::lock_guard<std::mutex> lock(igraph_mutex);
  IgraphSession session(options.seed);
  if (!session.ok()) return Status::BadInput("igraph: cannot set up its random generator");
  IntVector edge_list(static_cast<igraph_integer_t>(2 * edges.size()));
  RealVector edge_weights(static_cast<igraph_integer_t>(weights.size()));
  IntVector membership(0);
  if (!edge_list.ok() || !edge_weights.ok() || !membership.ok()) return Status::BadInput("igraph: out of memory");
  for (size_t e = 0; e < edges.size(); ++e) {
    VECTOR(*edge_list.get())[2 * e] = edges[e].first;
    VECTOR(*edge_list.get())[2 * e + 1] = edges[e].second;
    VECTOR(*edge_weights.get())[e] = weights[e];
  }
  UndirectedGraph g(edge_list.get(), static_cast<igraph_integer_t>(n));
  if (g.error() != IGRAPH_SUCCESS) return igraph_failure("create", g.error());
  if (igraph_error_t e = igraph_community_multilevel(g.get(), edge_weights.get(), options.resolution,
                                                     membership.get(), nullptr, nullptr);
      e != IGRAPH_SUCCESS)
    return igraph_failure("community_multilevel", e);

  size_t raw_count = 0;
  for (size_t v = 0; v < n; ++v) {
    raw[v] = static_cast<uint32_t>(VECTOR(*membership.get())[static_cast<igraph_integer_t>(v)]);
    raw_count = std::max<size_t>(raw_count, raw[v] + 1);
  }
  Communities c = ordered(raw, raw_count);
  c.modularity = modularity(graph, c.membership, options);
  return c;
}

}  // namespace newsgraph::analyse
