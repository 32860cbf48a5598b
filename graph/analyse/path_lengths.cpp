#include "graph/analyse/path_lengths.h"

#include <algorithm>
#include <limits>
#include <memory>

#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/dijkstra_shortest_paths.hpp>
#include <boost/pending/queue.hpp>

#include "graph/analyse/csr_graph.h"
#include "graph/analyse/parallel.h"

namespace newsgraph::analyse::detail {

namespace {

constexpr double kUnreached = std::numeric_limits<double>::infinity();

// Sources per block of work: enough to amortise claiming a block.
constexpr size_t kSourcesPerBlock = 16;

// Records hop counts along BFS tree edges; the source is set to 0 by hand.
class HopRecorder : public boost::default_bfs_visitor {
 public:
  explicit HopRecorder(std::vector<double>& lengths) : lengths_(&lengths) {}
  template <typename Edge, typename Graph>
  void tree_edge(Edge e, const Graph& g) const {
    (*lengths_)[boost::target(e, g)] = (*lengths_)[boost::source(e, g)] + 1;
  }

 private:
  std::vector<double>* lengths_;
};

// One per worker: scratch space kept between sources.
class PathLengths {
 public:
  PathLengths(const SimpleGraph& simple, const CsrGraph& csr, bool weighted)
      : simple_(simple), csr_(csr), weighted_(weighted), lengths_(simple.node_count()), colors_(simple.node_count()) {}

  const std::vector<double>& from(uint32_t source) {
    auto index = boost::get(boost::vertex_index, csr_);
    auto colors = boost::make_iterator_property_map(colors_.begin(), index);
    if (weighted_) {
      // Weights are sums of integers, so path lengths are exact integers in
      // a double and equal paths compare equal, as in networkx.
      boost::dijkstra_shortest_paths(csr_, source,
                                     boost::distance_map(boost::make_iterator_property_map(lengths_.begin(), index))
                                         .weight_map(weight_map(simple_, csr_))
                                         .color_map(colors)
                                         .distance_inf(kUnreached));
    } else {
      std::fill(lengths_.begin(), lengths_.end(), kUnreached);
      lengths_[source] = 0;
      boost::breadth_first_search(csr_, source, queue_, HopRecorder(lengths_), colors);
    }
    return lengths_;
  }

 private:
  const SimpleGraph& simple_;
  const CsrGraph& csr_;
  bool weighted_;
  std::vector<double> lengths_;
  std::vector<boost::default_color_type> colors_;
  boost::queue<uint32_t> queue_;
};

}  // namespace

void for_each_source(const SimpleGraph& graph, const CentralityOptions& options,
                     const std::function<void(uint32_t source, const std::vector<double>& lengths)>& visit) {
  const size_t n = graph.node_count();
  const size_t blocks = (n + kSourcesPerBlock - 1) / kSourcesPerBlock;
  const unsigned workers = worker_count(options.threads, blocks);
  const CsrGraph csr = to_csr(graph);
  std::vector<std::unique_ptr<PathLengths>> searches(workers);
  for_each_block(blocks, workers, [&](unsigned worker, size_t block) {
    if (!searches[worker]) searches[worker] = std::make_unique<PathLengths>(graph, csr, options.weighted);
    const size_t end = std::min(n, (block + 1) * kSourcesPerBlock);
    for (size_t s = block * kSourcesPerBlock; s < end; ++s) {
      const auto source = static_cast<uint32_t>(s);
      visit(source, searches[worker]->from(source));
    }
  });
}

}  // namespace newsgraph::analyse::detail
