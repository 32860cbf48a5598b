#include <memory>
#include <queue>

#include "graph/analyse/analyse.h"
#include "graph/analyse/parallel.h"

// Boost's brandes_betweenness_centrality runs all sources in one call, so it
// can neither be split over threads with a result independent of the thread
// count nor restricted to sampled pivots; this is Brandes' algorithm written
// out, following networkx's _single_source_shortest_path_basic,
// _single_source_dijkstra_path_basic and _accumulate_basic step by step
// (including how Dijkstra breaks ties and counts paths), so that the scores
// are networkx's.
//
// Threads: sources are cut into blocks of kSourcesPerBlock, a number that
// does not depend on the thread count; each block's dependencies are added
// into a vector of its own, and the blocks are added together in block
// order (detail::sum_blocks_in_order). The additions, and so the rounding,
// are the same for any number of threads.
//
// Sampling (options.sample = k < n pivots chosen uniformly without
// replacement): the estimate is n/k times the sum of the pivots'
// dependencies, networkx's betweenness_centrality(k=...) scaling. It is
// unbiased. Per source s, the normalised contribution n*delta_s(v) /
// ((n-1)(n-2)) lies in [0, n/(n-1)], so by Hoeffding's inequality (which
// also holds for sampling without replacement) the error of each node's
// normalised score satisfies |estimate - exact| <= n/(n-1) *
// sqrt(ln(2/p) / (2k)) with probability at least 1 - p: about 0.043 for
// k = 1000 and p = 0.05, whatever the size of the graph. The bound is loose
// for most nodes (those with small betweenness have much smaller error).

namespace newsgraph::analyse {

namespace {

constexpr size_t kSourcesPerBlock = 16;
constexpr uint32_t kUnseen = UINT32_MAX;

// Scratch space of one worker for single-source dependencies.
class SourceDependencies {
 public:
  SourceDependencies(const SimpleGraph& graph, bool weighted)
      : graph_(graph), weighted_(weighted), sigma_(graph.node_count(), 0.0), delta_(graph.node_count(), 0.0) {
    if (weighted_) {
      seen_.assign(graph.node_count(), 0.0);
      state_.assign(graph.node_count(), State::kUnseen);
      preds_.resize(graph.node_count());
    } else {
      hops_.assign(graph.node_count(), kUnseen);
    }
  }

  // Adds every node's dependency on `source` (the source itself excluded)
  // to `into`.
  void add(uint32_t source, std::vector<double>& into) {
    if (weighted_) {
      dijkstra(source);
      accumulate(source, into, [&](uint32_t w, auto&& add_pred) {
        for (uint32_t v : preds_[w]) add_pred(v);
      });
    } else {
      breadth_first(source);
      // Predecessors of w are its neighbours one hop closer; scanning the
      // row visits them in the same order for each v as networkx's lists.
      accumulate(source, into, [&](uint32_t w, auto&& add_pred) {
        for (uint32_t i = graph_.offsets[w]; i < graph_.offsets[w + 1]; ++i) {
          uint32_t v = graph_.targets[i];
          if (hops_[v] + 1 == hops_[w]) add_pred(v);
        }
      });
    }
    reset();
  }

 private:
  enum class State : uint8_t { kUnseen, kSeen, kDone };

  void breadth_first(uint32_t source) {
    hops_[source] = 0;
    sigma_[source] = 1.0;
    order_.push_back(source);
    for (size_t head = 0; head < order_.size(); ++head) {  // order_ doubles as the queue
      uint32_t v = order_[head];
      uint32_t next = hops_[v] + 1;
      double sigma_v = sigma_[v];
      for (uint32_t i = graph_.offsets[v]; i < graph_.offsets[v + 1]; ++i) {
        uint32_t w = graph_.targets[i];
        if (hops_[w] == kUnseen) {
          hops_[w] = next;
          order_.push_back(w);
        }
        if (hops_[w] == next) sigma_[w] += sigma_v;
      }
    }
  }

  // networkx's Dijkstra: a heap of (distance, push count, predecessor,
  // node); a node's path count starts over whenever a shorter distance is
  // found and grows on equal ones. The push count makes the order of pops a
  // total order, hence networkx's, given neighbours in the same order.
  void dijkstra(uint32_t source) {
    struct Entry {
      double distance;
      uint64_t count;
      uint32_t pred, node;
      bool operator>(const Entry& o) const { return distance != o.distance ? distance > o.distance : count > o.count; }
    };
    std::priority_queue<Entry, std::vector<Entry>, std::greater<>> heap;
    uint64_t pushes = 0;
    sigma_[source] = 1.0;
    seen_[source] = 0;
    state_[source] = State::kSeen;
    heap.push({0, pushes++, source, source});
    while (!heap.empty()) {
      Entry e = heap.top();
      heap.pop();
      uint32_t v = e.node;
      if (state_[v] == State::kDone) continue;
      sigma_[v] += sigma_[e.pred];  // the source counts itself twice, as in networkx: ratios are unchanged
      order_.push_back(v);
      state_[v] = State::kDone;
      for (uint32_t i = graph_.offsets[v]; i < graph_.offsets[v + 1]; ++i) {
        uint32_t w = graph_.targets[i];
        double distance = e.distance + graph_.weights[i];
        if (state_[w] != State::kDone && (state_[w] == State::kUnseen || distance < seen_[w])) {
          seen_[w] = distance;
          state_[w] = State::kSeen;
          heap.push({distance, pushes++, v, w});
          sigma_[w] = 0.0;
          preds_[w].assign(1, v);
        } else if (distance == seen_[w]) {
          sigma_[w] += sigma_[v];
          preds_[w].push_back(v);
        }
      }
    }
  }

  // Brandes' back-propagation in reverse order of distance.
  template <typename ForEachPred>
  void accumulate(uint32_t source, std::vector<double>& into, ForEachPred&& for_each_pred) {
    for (size_t i = order_.size(); i-- > 0;) {
      uint32_t w = order_[i];
      double coeff = (1 + delta_[w]) / sigma_[w];
      for_each_pred(w, [&](uint32_t v) { delta_[v] += sigma_[v] * coeff; });
      if (w != source) into[w] += delta_[w];
    }
  }

  // Every node a search touched ends in order_ (Dijkstra pops every node it
  // pushes), so clearing those clears everything.
  void reset() {
    for (uint32_t v : order_) {
      sigma_[v] = 0;
      delta_[v] = 0;
      if (weighted_) {
        state_[v] = State::kUnseen;
        preds_[v].clear();
      } else {
        hops_[v] = kUnseen;
      }
    }
    order_.clear();
  }

  const SimpleGraph& graph_;
  bool weighted_;
  std::vector<uint32_t> order_;  // nodes in the order they were settled
  std::vector<double> sigma_;    // shortest-path counts
  std::vector<double> delta_;    // dependencies
  std::vector<uint32_t> hops_;   // unweighted: distance in hops
  std::vector<double> seen_;     // weighted: best distance found so far
  std::vector<State> state_;     // weighted
  std::vector<std::vector<uint32_t>> preds_;  // weighted: predecessors on shortest paths
};

}  // namespace

std::vector<double> betweenness_centrality(const SimpleGraph& graph, const CentralityOptions& options) {
  const size_t n = graph.node_count();
  if (n == 0) return {};
  const bool sampled = options.sample != 0 && options.sample < n;
  const std::vector<uint32_t> sources = betweenness_pivots(n, sampled ? options.sample : n, options.seed);

  const size_t blocks = (sources.size() + kSourcesPerBlock - 1) / kSourcesPerBlock;
  const unsigned workers = detail::worker_count(options.threads, blocks);
  std::vector<std::unique_ptr<SourceDependencies>> scratch(workers);
  std::vector<double> scores =
      detail::sum_blocks_in_order(n, blocks, workers, [&](unsigned worker, size_t block, std::vector<double>& partial) {
        if (!scratch[worker]) scratch[worker] = std::make_unique<SourceDependencies>(graph, options.weighted);
        const size_t end = std::min(sources.size(), (block + 1) * kSourcesPerBlock);
        for (size_t i = block * kSourcesPerBlock; i < end; ++i) scratch[worker]->add(sources[i], partial);
      });

  // networkx's _rescale: 1 / ((n-1)(n-2)) for undirected normalised scores
  // (each pair was counted from both ends), times n/k when sampled; no
  // rescaling at all for n <= 2, where every score is 0.
  if (n > 2) {
    double scale = 1.0 / (static_cast<double>(n - 1) * static_cast<double>(n - 2));
    if (sampled) scale = scale * static_cast<double>(n) / static_cast<double>(options.sample);
    for (double& s : scores) s *= scale;
  }
  return scores;
}

}  // namespace newsgraph::analyse
