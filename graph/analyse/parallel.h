// Internal to graph/analyse: running per-source work on threads without
// letting the thread count reach the results.
#pragma once

#include <cstddef>
#include <functional>
#include <vector>

namespace newsgraph::analyse::detail {

// Workers for `requested` threads (0: all cores) and `blocks` blocks of
// work: at least 1, at most `blocks`.
unsigned worker_count(unsigned requested, size_t blocks);

// Calls work(worker, block) once for every block in [0, blocks), on
// worker_count(threads, blocks) threads; `worker` in [0, that count) lets a
// caller keep scratch space per worker. Blocks are claimed in order but may
// finish in any order, so `work` must write only what its block owns.
void for_each_block(size_t blocks, unsigned threads, const std::function<void(unsigned worker, size_t block)>& work);

// Sum of per-block vectors of `length` doubles, added in block order:
// total = ((0 + b0) + b1) + ... element by element, whatever the number of
// threads, so the result is bit-identical for any `threads`.
// work(worker, block, partial) adds its block's contribution into
// `partial`, which it receives zeroed. At most a few blocks per worker wait
// to be added at any time (memory: O(threads * length)).
std::vector<double> sum_blocks_in_order(
    size_t length, size_t blocks, unsigned threads,
    const std::function<void(unsigned worker, size_t block, std::vector<double>& partial)>& work);

}  // namespace newsgraph::analyse::detail
