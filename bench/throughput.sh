#!/usr/bin/env bash
# Build throughput side by side, in one run on the same text (issue: from
# five articles to millions):
#   bench/throughput.sh [WORK_DIR]      (default /tmp/newsgraph-throughput)
# 1. builds newsgraph and bench/tokenize_floor.cpp (Release) in
#    $NEWSGRAPH_BUILD (default build-bench in the source tree), and installs
#    compromise from npm into bench/node_modules (package.json pins it);
# 2. on ../shared/corpus (BBC folders and Reuters-21578 JSON Lines) runs
#    the floor (reading + tokenizing), `newsgraph build` with 1 and 2
#    threads, and compromise's people/places/organizations; then
#    `newsgraph build` on the corpus given 10 times, for peak memory;
# 3. writes WORK_DIR/throughput.md (the table of bench/README.md) and
#    prints it. RUNS (default 3) runs of each newsgraph command, best
#    wall time kept; compromise runs once.
# Needs /usr/bin/time (package time), node and npm.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
work=${1:-/tmp/newsgraph-throughput}
build=${NEWSGRAPH_BUILD:-$root/build-bench}
corpus=${NEWSGRAPH_CORPUS:-$root/../shared/corpus}
runs=${RUNS:-3}
mkdir -p "$work"

cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DNEWSGRAPH_TESTS=OFF -DNEWSGRAPH_BENCH=ON >/dev/null
cmake --build "$build" -j"$(nproc)" --target newsgraph newsgraph_tokenize_floor >/dev/null
(cd "$here" && npm install --no-audit --no-fund --silent >/dev/null)

inputs=("$corpus/bbc" "$corpus/reuters21578.jsonl")
ten=()
for _ in 1 2 3 4 5 6 7 8 9 10; do ten+=("${inputs[@]}"); done

# measure NAME RUNS COMMAND...: appends "NAME wall user sys max_rss_kb" of
# the fastest run to $work/times.txt; the command's stdout goes to
# $work/NAME.out.
: >"$work/times.txt"
measure() {
  local name=$1 n=$2 best=
  shift 2
  for ((i = 0; i < n; i++)); do
    /usr/bin/time -f "%e %U %S %M" -o "$work/$name.time" "$@" >"$work/$name.out" 2>"$work/$name.err"
    local line
    line=$(tail -n 1 "$work/$name.time")
    if [ -z "$best" ] || awk -v a="${line%% *}" -v b="${best%% *}" 'BEGIN { exit !(a < b) }'; then best=$line; fi
  done
  echo "$name $best" >>"$work/times.txt"
  echo "throughput: $name: $best (wall user sys KB)" >&2
}

echo "throughput: load average $(cut -d' ' -f1 /proc/loadavg)" >&2
measure floor "$runs" "$build/bench/newsgraph_tokenize_floor" "${inputs[@]}"
measure newsgraph_t1 "$runs" "$build/newsgraph" build "${inputs[@]}" -o "$work/graph.json" --threads 1 --quiet
measure newsgraph_t2 "$runs" "$build/newsgraph" build "${inputs[@]}" -o "$work/graph.json" --threads 2 --quiet
measure newsgraph_samples 1 "$build/newsgraph" build "$root/samples" -o "$work/samples.json" --threads 1 --quiet
measure newsgraph_x10 1 "$build/newsgraph" build "${ten[@]}" -o "$work/graph10.json" --threads 2 --quiet
# compromise takes minutes a megabyte: it and newsgraph meet on one BBC
# section (PEER_INPUT) rather than on the whole corpus.
peer_input=${PEER_INPUT:-$corpus/bbc/business}
measure newsgraph_peer 1 "$build/newsgraph" build "$peer_input" -o "$work/peer.json" --threads 1 --quiet
measure floor_peer 1 "$build/bench/newsgraph_tokenize_floor" "$peer_input"
measure compromise 1 node "$here/compromise_ner.mjs" "$peer_input"
load_end=$(cut -d' ' -f1 /proc/loadavg)

/usr/bin/python3 - "$work" "$load_end" "$here/node_modules/compromise/package.json" "$(node --version)" "$peer_input" <<'PY'
import json, os, sys
work, load_end, peer_input = sys.argv[1], sys.argv[2], sys.argv[5]
version, node = json.load(open(sys.argv[3]))["version"], sys.argv[4]
t = {}
for line in open(os.path.join(work, "times.txt")):
    name, wall, user, sys_, rss = line.split()
    t[name] = dict(wall=float(wall), cpu=float(user) + float(sys_), rss=int(rss))
floor = json.load(open(os.path.join(work, "floor.out")))
peer = json.load(open(os.path.join(work, "compromise.out")))
mb = floor["bytes"] / 1e6
# newsgraph's fixed start (loading gazetteers, about a second) is measured
# on the samples and reported apart; the rates below include it.
start = t["newsgraph_samples"]["wall"]
floor_peer = json.load(open(os.path.join(work, "floor_peer.out")))
peer_mb = floor_peer["bytes"] / 1e6
rows = [
    ("read + tokenize (floor, 1 thread)", t["floor"], mb),
    ("`newsgraph build --threads 1`", t["newsgraph_t1"], mb),
    ("`newsgraph build --threads 2`", t["newsgraph_t2"], mb),
    ("`newsgraph build --threads 2`, the corpus given 10 times", t["newsgraph_x10"], 10 * mb),
    ("`newsgraph build --threads 1`, %s only" % os.path.basename(peer_input), t["newsgraph_peer"], peer_mb),
    ("compromise %s on Node %s, %s only (people, places, organizations)" % (version, node, os.path.basename(peer_input)),
     t["compromise"], peer["bytes"] / 1e6),
]
out = ["Corpus: %d articles, %.1f MB of text (../shared/corpus: BBC and Reuters-21578)." % (floor["articles"], mb), "",
       "| what | wall | CPU | MB/s (wall) | MB/s per core (CPU) | peak memory |", "|---|---|---|---|---|---|"]
for name, r, size in rows:
    out.append("| %s | %.2f s | %.2f s | %.1f | %.1f | %.0f MB |" % (name, r["wall"], r["cpu"], size / r["wall"], size / r["cpu"], r["rss"] / 1024))
t1, t2 = t["newsgraph_t1"]["wall"], t["newsgraph_t2"]["wall"]
out += ["",
        "- newsgraph, 1 thread: %.1f MB/s, %.1f x the floor's time (target: >= 50 MB/s per core, within about 5 x)." % (mb / t1, t1 / t["floor"]["wall"]),
        "- 2 threads: %.2f x the speed of 1 (target >= 1.8 x)." % (t1 / t2),
        "- against compromise on the same %.1f MB: %.1f x faster (wall, 1 thread each)." % (peer_mb, t["compromise"]["wall"] / t["newsgraph_peer"]["wall"]),
        "- fixed start (gazetteers loaded, 5 samples built): %.2f s, in every figure above." % start,
        "- peak memory, corpus once: %.0f MB; given 10 times: %.0f MB (target <= 1 GB, sublinear)." % (t["newsgraph_t2"]["rss"] / 1024, t["newsgraph_x10"]["rss"] / 1024),
        "", "Load average (1 min) at the end: %s." % load_end]
text = "\n".join(out) + "\n"
open(os.path.join(work, "throughput.md"), "w").write(text)
print(text)
PY
