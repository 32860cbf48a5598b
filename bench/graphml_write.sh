#!/usr/bin/env bash
# Writing GraphML: newsgraph against python-igraph on one 100,000-node
# knowledge graph (generate_kg.py, fixed seed), side by side:
#   bench/graphml_write.sh [WORK_DIR]      (default /tmp/newsgraph-graphml)
# Builds newsgraph and graphml_write_time.cpp (Release) in $NEWSGRAPH_BUILD
# (default build-bench), then runs graphml_write.py, which prints the table
# of bench/README.md. RUNS (default 3) runs each, the best kept. Needs
# python3-igraph. Nothing here is part of ctest.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
work=${1:-/tmp/newsgraph-graphml}
build=${NEWSGRAPH_BUILD:-$root/build-bench}
mkdir -p "$work"

cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DNEWSGRAPH_TESTS=OFF -DNEWSGRAPH_BENCH=ON >/dev/null
cmake --build "$build" -j"$(nproc)" --target newsgraph newsgraph_graphml_write_time >/dev/null
/usr/bin/python3 "$here/generate_kg.py" "$work/kg100k.json" 100000
/usr/bin/python3 "$here/graphml_write.py" "$work" "$build/newsgraph" "$build/bench/newsgraph_graphml_write_time"
