#include <algorithm>
#include <atomic>
#include <thread>

#include "graph/analyse/parallel.h"

namespace newsgraph::analyse::detail {

unsigned worker_count(unsigned requested, size_t blocks) {
  unsigned threads = requested != 0 ? requested : std::max(1u, std::thread::hardware_concurrency());
  if (blocks < threads) threads = static_cast<unsigned>(std::max<size_t>(blocks, 1));
  return threads;
}

void for_each_block(size_t blocks, unsigned threads, const std::function<void(unsigned worker, size_t block)>& work) {
  const unsigned workers = worker_count(threads, blocks);
  if (workers == 1) {
    for (size_t b = 0; b < blocks; ++b) work(0, b);
    return;
  }
  std::atomic<size_t> next{0};
  auto run = [&](unsigned worker) {
    for (size_t b; (b = next.fetch_add(1)) < blocks;) work(worker, b);
  };
  std::vector<std::thread> pool;
  for (unsigned w = 1; w < workers; ++w) pool.emplace_back(run, w);
  run(0);
  for (auto& t : pool) t.join();
}

}  // namespace newsgraph::analyse::detail
