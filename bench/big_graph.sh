#!/usr/bin/env bash
# Every command that reads a graph, on the graph of a million nodes and five
# million edges that run.sh analyses: time, peak memory and output size of
# stats, sampled betweenness and each export format (the "big graphs"
# target: all within 8 GB). Drawings (svg, png, pdf) are left out: Graphviz
# lays out a few thousand nodes at most in useful time, and the html page
# leaves its drawing out above 300 nodes for the same reason.
#   bench/big_graph.sh [WORK_DIR]        (default /tmp/newsgraph-bench)
# Builds newsgraph (Release) in $NEWSGRAPH_BUILD (default build-bench in the
# source tree), generates ba1m with generate.py unless it is there, writes
# the outputs to WORK_DIR/big (about 3 GB) and prints a Markdown table.
# Needs python3-igraph (generate.py) and /usr/bin/time. Not part of ctest.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
work=${1:-/tmp/newsgraph-bench}
build=${NEWSGRAPH_BUILD:-$root/build-bench}
newsgraph=$build/newsgraph

cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DNEWSGRAPH_TESTS=OFF >/dev/null
cmake --build "$build" -j"$(nproc)" --target newsgraph >/dev/null
/usr/bin/python3 "$here/generate.py" "$work/data" ba1m
graph=$work/data/ba1m.json
out=$work/big
rm -rf "$out"
mkdir -p "$out"
times=$(mktemp)
trap 'rm -f "$times"' EXIT

echo "| command | wall | peak memory | output |"
echo "|---|---|---|---|"
# run LABEL OUTPUT-FILES -- ARGS...: one timed run; stdout is discarded.
run() {
  local label=$1 files=$2
  shift 3
  /usr/bin/time -o "$times" -f "%e %M" "$newsgraph" "$@" >/dev/null
  read -r wall kb <"$times"
  local size=""
  if [ -n "$files" ]; then
    # shellcheck disable=SC2086  # a list of files
    size=$(du -cb $files | tail -1 | awk '{printf "%.0f MB", $1 / 1048576}')
  fi
  printf '| `%s` | %s s | %.0f MB | %s |\n' "$label" "$wall" "$((kb / 1024))" "$size"
}

run "stats" "" -- stats "$graph"
run "centrality --measure betweenness --sample 100 --threads 2" "" -- \
  centrality "$graph" --measure betweenness --sample 100 --threads 2 --top 10
for format in json graphml gexf dot html; do
  run "export --format $format" "$out/g.$format" -- export "$graph" --format "$format" -o "$out/g.$format"
done
run "export --format csv" "$out/g.nodes.csv $out/g.edges.csv" -- export "$graph" --format csv -o "$out/g.csv"
