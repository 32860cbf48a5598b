#!/usr/bin/env bash
# Makes the benchmark table of bench/README.md, from nothing:
#   bench/run.sh [WORK_DIR]        (default /tmp/newsgraph-bench)
# 1. builds newsgraph (Release, no tests) in $NEWSGRAPH_BUILD (default
#    build-bench in the source tree) and the two helpers of this folder
#    against its libraries;
# 2. generates the graphs (generate.py, fixed seeds) in WORK_DIR/data,
#    unless they are there already;
# 3. runs compare.py: every measurement side by side, written to
#    WORK_DIR/results.json and WORK_DIR/table.md and printed.
# Environment knobs are compare.py's (RUNS, SAMPLE, ...). Needs python3-igraph,
# python3-networkx, python3-scipy, hyperfine and /usr/bin/time (package time).
# Nothing here is part of ctest.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
work=${1:-/tmp/newsgraph-bench}
build=${NEWSGRAPH_BUILD:-$root/build-bench}
python=/usr/bin/python3

mkdir -p "$work/bin"
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DNEWSGRAPH_TESTS=OFF >/dev/null
cmake --build "$build" -j"$(nproc)" --target newsgraph newsgraph_analyse >/dev/null
g++ -O2 -std=c++20 -I"$root" "$here/algorithm_time.cpp" \
  "$build/graph/analyse/libnewsgraph_analyse.a" "$build/graph/libnewsgraph_graph.a" \
  $(pkg-config --libs igraph) -licuuc -lpthread -o "$work/bin/algorithm_time"
g++ -O2 -std=c++20 -I"$root" "$here/boost_baseline.cpp" -o "$work/bin/boost_baseline"

"$python" "$here/generate.py" "$work/data"

{
  echo "nproc: $(nproc)"
  grep -m1 'model name' /proc/cpuinfo
  grep MemTotal /proc/meminfo
  uname -sr
} | tee "$work/machine.txt"

"$python" "$here/compare.py" "$work" "$build/newsgraph" "$work/bin/algorithm_time" "$work/bin/boost_baseline"
