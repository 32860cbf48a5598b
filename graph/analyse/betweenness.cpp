#include <algorithm>
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
// replacement). Weighted, the estimate is networkx's: n/k times the sum of
// the pivots' dependencies. Unweighted, it is Geisberger, Sanders and
// Schultes' linear scaling ("Better Approximation of Betweenness
// Centrality", ALENEX 2008): a pivot s credits v with each pair dependency
// delta_st(v) times d(s,v)/d(s,t), its share of the path by distance, and
// the sum is scaled by 2n/k. The two ends of a pair share out exactly 1
// (d(s,v) + d(v,t) = d(s,t) on a shortest path), so the sum over all
// sources is the exact betweenness and the estimate is unbiased; but a
// pivot no longer makes the nodes next to it look central, which is most
// of plain sampling's error. On Barabasi-Albert graphs of 10,000 nodes,
// the top 100 of 500 linear-scaled pivots share at least 92 nodes with the
// exact top 100 over 8 seeds, where 1000 plain ones share 88 to 94
// (bench/README.md). Weighted graphs keep the plain estimate: with
// zero-weight edges d(s,t) can be 0 and the share undefined.
//
// Error: per source, the normalised contribution of a node lies in
// [0, c n/(n-1)], c = 1 plain and 2 linear-scaled, so by Hoeffding's
// inequality (which also holds for sampling without replacement) each
// node's normalised score is within c n/(n-1) sqrt(ln(2/p) / (2k)) of the
// exact one with probability at least 1 - p: 0.043 c for k = 1000 and
// p = 0.05, whatever the size of the graph. The bound is loose for most
// nodes (those with small betweenness have much smaller error).

namespace newsgraph::analyse {

namespace {

constexpr size_t kSourcesPerBlock = 16;

// Unweighted single-source dependencies: a breadth-first search that goes
// top-down or bottom-up level by level (Beamer, Asanovic and Patterson's
// direction-optimizing BFS), and a back-propagation that reads shortest-path
// arcs from bitmaps, not from a scan of every neighbour.
//
// Why not the textbook form: on a graph of a million nodes, each arc the
// search or the back-propagation looks at is a cache miss on a per-node
// array, and the textbook form looks at every arc twice. Here
//   - a top-down step marks the arcs it found to be on shortest paths in a
//     bitmap indexed like graph.targets (`succ_`);
//   - a bottom-up step (taken when the frontier's arcs outnumber those of
//     the nodes not yet reached) scans the unreached nodes in index order
//     and tests each neighbour against a bitmap of the frontier, which fits
//     in cache, marking in `pred_` the arcs it took;
//   - back-propagation goes level by level from the deepest, reading only the
//     marked arcs of each row;
//   - levels are kept modulo 255 in one byte per node: a neighbour's level
//     differs by at most one, so the residue tells the next level from this
//     one and the last, and a megabyte covers a million nodes;
//   - back-propagation carries delta(v) / sigma(v), whose recurrence
//     delta(v)/sigma(v) = sum over successors w of (1 + delta(w)) / sigma(w)
//     does not read the predecessor's path count.
// The path counts are sums of integers, exact in any order; dependencies
// are computed in another order than networkx's, which moves them by a few
// ulps (the tests hold them to networkx's within 1e-9).
class BreadthFirstDependencies {
 public:
  // linear: Geisberger's linear scaling (see the top of the file).
  BreadthFirstDependencies(const SimpleGraph& graph, bool linear)
      : graph_(graph),
        linear_(linear),
        n_(graph.node_count()),
        level_(n_, kUnreached),
        sigma_(n_, 0.0),
        scaled_(n_, 0.0),
        succ_(words_for(graph.targets.size()), 0),
        pred_(words_for(graph.targets.size()), 0),
        frontier_(words_for(n_), 0) {}

  // Adds every node's dependency on `source` (the source itself excluded)
  // to `into`.
  void add(uint32_t source, std::vector<double>& into) {
    search(source);
    propagate(source, into);
    reset();
  }

 private:
  static constexpr uint8_t kUnreached = 255;  // levels are 0..254, modulo 255
  static uint8_t after(uint8_t level) { return level == 254 ? 0 : level + 1; }
  static size_t words_for(size_t bits) { return (bits + 63) / 64; }
  static void set(std::vector<uint64_t>& bits, size_t i) { bits[i >> 6] |= uint64_t{1} << (i & 63); }
  // Calls f(i) for each set bit i in [begin, end), in order; a loop over
  // words and their set bits, not a test (and a mispredicted branch) per arc.
  template <typename F>
  static void for_each_set(const std::vector<uint64_t>& bits, size_t begin, size_t end, F&& f) {
    if (begin >= end) return;
    const size_t first = begin >> 6, last = (end - 1) >> 6;
    for (size_t word = first; word <= last; ++word) {
      uint64_t w = bits[word];
      if (word == first) w &= ~uint64_t{0} << (begin & 63);
      if (word == last && (end & 63) != 0) w &= ~(~uint64_t{0} << (end & 63));
      while (w != 0) {
        f((word << 6) + static_cast<size_t>(__builtin_ctzll(w)));
        w &= w - 1;
      }
    }
  }
  uint32_t row_begin(uint32_t v) const { return graph_.offsets[v]; }
  uint32_t row_end(uint32_t v) const { return graph_.offsets[v + 1]; }

  void search(uint32_t source) {
    level_[source] = 0;
    sigma_[source] = 1.0;
    order_.push_back(source);
    level_begin_.assign({0, 1});
    bottom_up_.clear();
    size_t unreached_arcs = graph_.targets.size() - (row_end(source) - row_begin(source));
    for (uint8_t level = 0;; level = after(level)) {
      const size_t begin = level_begin_[level_begin_.size() - 2], end = level_begin_.back();
      if (begin == end) break;
      size_t frontier_arcs = 0;
      for (size_t k = begin; k < end; ++k) frontier_arcs += row_end(order_[k]) - row_begin(order_[k]);
      // A top-down arc costs a cache miss; a bottom-up one a test of a
      // cached bit, but every unreached arc is looked at, plus one byte per
      // node. The factors were measured on Barabasi-Albert graphs of 1M.
      const bool bottom_up = frontier_arcs * 8 > unreached_arcs + n_ / 2;
      bottom_up_.push_back(bottom_up);
      if (bottom_up) {
        step_bottom_up(level, begin, end);
      } else {
        step_top_down(level, begin, end);
      }
      for (size_t k = end; k < order_.size(); ++k) unreached_arcs -= row_end(order_[k]) - row_begin(order_[k]);
      level_begin_.push_back(order_.size());
    }
    level_begin_.pop_back();  // the last level was empty
  }

  void step_top_down(uint8_t level, size_t begin, size_t end) {
    const uint8_t next = after(level);
    for (size_t k = begin; k < end; ++k) {
      const uint32_t v = order_[k];
      const double sigma_v = sigma_[v];
      for (uint32_t i = row_begin(v); i < row_end(v); ++i) {
        const uint32_t w = graph_.targets[i];
        if (level_[w] == kUnreached) {
          level_[w] = next;
          order_.push_back(w);
        }
        if (level_[w] == next) {
          sigma_[w] += sigma_v;
          set(succ_, i);
        }
      }
    }
  }

  void step_bottom_up(uint8_t level, size_t begin, size_t end) {
    for (size_t k = begin; k < end; ++k) set(frontier_, order_[k]);
    const uint8_t next = after(level);
    for (uint32_t w = 0; w < n_; ++w) {
      if (level_[w] != kUnreached) continue;
      double sigma_w = 0;
      for (uint32_t i = row_begin(w); i < row_end(w); ++i) {
        const uint32_t v = graph_.targets[i];
        if ((frontier_[v >> 6] >> (v & 63)) & 1) {
          sigma_w += sigma_[v];
          set(pred_, i);
        }
      }
      if (sigma_w != 0) {
        level_[w] = next;
        sigma_[w] = sigma_w;
        order_.push_back(w);
      }
    }
    for (size_t k = begin; k < end; ++k) frontier_[order_[k] >> 6] = 0;
  }

  // Brandes' back-propagation, deepest level first. scaled_ ends as a
  // node's delta / sigma, the sum over its successors w of coeff(w) =
  // (1 + delta(w)) / sigma(w) = 1 / sigma(w) + scaled(w); once a level is
  // done, scaled_ of its nodes is turned into their coeff.
  void propagate(uint32_t source, std::vector<double>& into) {
    const size_t levels = level_begin_.size() - 1;
    for (size_t level = levels; level-- > 0;) {
      const size_t begin = level_begin_[level], end = level_begin_[level + 1];
      if (level + 1 < levels) {
        const size_t next_end = level_begin_[level + 2];
        if (bottom_up_[level]) {
          // The arcs were marked from the far end: push to predecessors.
          for (size_t k = end; k < next_end; ++k) {
            const uint32_t w = order_[k];
            const double coeff = scaled_[w];
            for_each_set(pred_, row_begin(w), row_end(w), [&](size_t i) { scaled_[graph_.targets[i]] += coeff; });
          }
        } else {
          // The arcs were marked from the near end: pull from successors.
          for (size_t k = begin; k < end; ++k) {
            const uint32_t v = order_[k];
            double sum = 0;
            for_each_set(succ_, row_begin(v), row_end(v), [&](size_t i) { sum += scaled_[graph_.targets[i]]; });
            scaled_[v] = sum;
          }
        }
      }
      // Linear scaling: a target w counts d(v)/d(w) towards v, so scaled_
      // carries the sum of delta_st(v) / (sigma(v) d(t)) and coeff(w) is
      // 1 / (d(w) sigma(w)) + scaled(w); v's share is d(v) sigma(v) scaled(v).
      const double depth = linear_ && level > 0 ? static_cast<double>(level) : 1.0;
      for (size_t k = begin; k < end; ++k) {
        const uint32_t v = order_[k];
        const double sigma = sigma_[v], scaled = scaled_[v];
        if (v != source) into[v] += depth * scaled * sigma;
        scaled_[v] = 1 / (depth * sigma) + scaled;
      }
    }
  }

  // Clears what the search touched: the reached nodes and the words of the
  // arc bitmaps that hold their rows (every marked arc is in such a row).
  // Node by node when few were reached (a small component of a big graph),
  // else all at once, which streams instead of jumping about.
  void reset() {
    if (order_.size() > n_ / 8) {
      std::fill(level_.begin(), level_.end(), kUnreached);
      std::fill(sigma_.begin(), sigma_.end(), 0.0);
      std::fill(scaled_.begin(), scaled_.end(), 0.0);
      std::fill(succ_.begin(), succ_.end(), 0);
      std::fill(pred_.begin(), pred_.end(), 0);
      order_.clear();
      return;
    }
    for (uint32_t v : order_) {
      level_[v] = kUnreached;
      sigma_[v] = 0;
      scaled_[v] = 0;
      if (row_begin(v) == row_end(v)) continue;
      for (size_t word = row_begin(v) >> 6; word <= (row_end(v) - 1) >> 6; ++word) succ_[word] = pred_[word] = 0;
    }
    order_.clear();
  }

  const SimpleGraph& graph_;
  const bool linear_;
  const uint32_t n_;
  std::vector<uint32_t> order_;        // nodes by level, each level a range
  std::vector<size_t> level_begin_;    // where each level starts in order_, and one past the last
  std::vector<bool> bottom_up_;        // how each level's successors were found
  std::vector<uint8_t> level_;         // distance from the source, modulo 255
  std::vector<double> sigma_;          // shortest-path counts
  std::vector<double> scaled_;         // delta / sigma, then the coefficient for predecessors
  std::vector<uint64_t> succ_, pred_;  // marked arcs, indexed like graph.targets
  std::vector<uint64_t> frontier_;     // nodes of the level a bottom-up step grows from
};

// Weighted single-source dependencies, networkx's Dijkstra and its
// predecessor lists.
class DijkstraDependencies {
 public:
  explicit DijkstraDependencies(const SimpleGraph& graph)
      : graph_(graph),
        sigma_(graph.node_count(), 0.0),
        delta_(graph.node_count(), 0.0),
        seen_(graph.node_count(), 0.0),
        state_(graph.node_count(), State::kUnseen),
        preds_(graph.node_count()) {}

  // Adds every node's dependency on `source` (the source itself excluded)
  // to `into`.
  void add(uint32_t source, std::vector<double>& into) {
    dijkstra(source);
    accumulate(source, into);
    reset();
  }

 private:
  enum class State : uint8_t { kUnseen, kSeen, kDone };

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
  void accumulate(uint32_t source, std::vector<double>& into) {
    for (size_t i = order_.size(); i-- > 0;) {
      uint32_t w = order_[i];
      double coeff = (1 + delta_[w]) / sigma_[w];
      for (uint32_t v : preds_[w]) delta_[v] += sigma_[v] * coeff;
      if (w != source) into[w] += delta_[w];
    }
  }

  // Dijkstra pops every node it pushes, so every node it touched is in
  // order_.
  void reset() {
    for (uint32_t v : order_) {
      sigma_[v] = 0;
      delta_[v] = 0;
      state_[v] = State::kUnseen;
      preds_[v].clear();
    }
    order_.clear();
  }

  const SimpleGraph& graph_;
  std::vector<uint32_t> order_;  // nodes in the order they were settled
  std::vector<double> sigma_;    // shortest-path counts
  std::vector<double> delta_;    // dependencies
  std::vector<double> seen_;     // best distance found so far
  std::vector<State> state_;
  std::vector<std::vector<uint32_t>> preds_;  // predecessors on shortest paths
};

// One worker's scratch space, for whichever search the options ask for.
class SourceDependencies {
 public:
  SourceDependencies(const SimpleGraph& graph, bool weighted, bool linear) {
    if (weighted) {
      dijkstra_ = std::make_unique<DijkstraDependencies>(graph);
    } else {
      breadth_first_ = std::make_unique<BreadthFirstDependencies>(graph, linear);
    }
  }
  void add(uint32_t source, std::vector<double>& into) {
    if (dijkstra_) {
      dijkstra_->add(source, into);
    } else {
      breadth_first_->add(source, into);
    }
  }

 private:
  std::unique_ptr<BreadthFirstDependencies> breadth_first_;
  std::unique_ptr<DijkstraDependencies> dijkstra_;
};

}  // namespace

std::vector<double> betweenness_centrality(const SimpleGraph& graph, const CentralityOptions& options) {
  const size_t n = graph.node_count();
  if (n == 0) return {};
  const bool sampled = options.sample != 0 && options.sample < n;
  const bool linear = sampled && !options.weighted;
  const std::vector<uint32_t> sources = betweenness_pivots(n, sampled ? options.sample : n, options.seed);

  const size_t blocks = (sources.size() + kSourcesPerBlock - 1) / kSourcesPerBlock;
  const unsigned workers = detail::worker_count(options.threads, blocks);
  std::vector<std::unique_ptr<SourceDependencies>> scratch(workers);
  std::vector<double> scores =
      detail::sum_blocks_in_order(n, blocks, workers, [&](unsigned worker, size_t block, std::vector<double>& partial) {
        if (!scratch[worker]) scratch[worker] = std::make_unique<SourceDependencies>(graph, options.weighted, linear);
        const size_t end = std::min(sources.size(), (block + 1) * kSourcesPerBlock);
        for (size_t i = block * kSourcesPerBlock; i < end; ++i) scratch[worker]->add(sources[i], partial);
      });

  // networkx's _rescale: 1 / ((n-1)(n-2)) for undirected normalised scores
  // (each pair was counted from both ends), times n/k when sampled, and
  // twice that when linear-scaled (each end counted its share only); no
  // rescaling at all for n <= 2, where every score is 0.
  if (n > 2) {
    double scale = 1.0 / (static_cast<double>(n - 1) * static_cast<double>(n - 2));
    if (sampled) scale = scale * static_cast<double>(n) / static_cast<double>(options.sample);
    if (linear) scale *= 2;
    for (double& s : scores) s *= scale;
  }
  return scores;
}

}  // namespace newsgraph::analyse
