#include <condition_variable>
#include <map>
#include <mutex>
#include <thread>

#include "graph/analyse/parallel.h"

namespace newsgraph::analyse::detail {

std::vector<double> sum_blocks_in_order(
    size_t length, size_t blocks, unsigned threads,
    const std::function<void(unsigned worker, size_t block, std::vector<double>& partial)>& work) {
  std::vector<double> total(length, 0.0);
  const unsigned workers = worker_count(threads, blocks);
  if (workers == 1) {
    std::vector<double> partial;
    for (size_t b = 0; b < blocks; ++b) {
      partial.assign(length, 0.0);
      work(0, b, partial);
      for (size_t i = 0; i < length; ++i) total[i] += partial[i];
    }
    return total;
  }

  // Blocks finish out of order; a finished block waits in `finished` until
  // every block before it has been added. A worker claims a new block only
  // while fewer than `window` blocks are ahead of the next one to add, which
  // bounds the waiting vectors when one block is much slower than the rest.
  // No deadlock: the block at `next_to_add` is always being computed by a
  // worker that is not waiting.
  const size_t window = 2 * static_cast<size_t>(workers);
  std::mutex mutex;
  std::condition_variable may_claim;
  size_t next_to_claim = 0, next_to_add = 0;
  std::map<size_t, std::vector<double>> finished;

  auto run = [&](unsigned worker) {
    std::vector<double> partial;
    for (;;) {
      size_t block;
      {
        std::unique_lock lock(mutex);
        may_claim.wait(lock, [&] { return next_to_claim >= blocks || next_to_claim < next_to_add + window; });
        if (next_to_claim >= blocks) return;
        block = next_to_claim++;
      }
      partial.assign(length, 0.0);
      work(worker, block, partial);
      {
        std::lock_guard lock(mutex);
        finished.emplace(block, std::move(partial));
        while (!finished.empty() && finished.begin()->first == next_to_add) {
          const std::vector<double>& ready = finished.begin()->second;
          for (size_t i = 0; i < length; ++i) total[i] += ready[i];
          finished.erase(finished.begin());
          ++next_to_add;
        }
      }
      may_claim.notify_all();
    }
  };
  std::vector<std::thread> pool;
  for (unsigned w = 1; w < workers; ++w) pool.emplace_back(run, w);
  run(0);
  for (auto& t : pool) t.join();
  return total;
}

}  // namespace newsgraph::analyse::detail
