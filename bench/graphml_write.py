#!/usr/bin/python3
"""Times writing one 100,000-node knowledge graph as GraphML: newsgraph's
writer against python-igraph's write_graphml, on the same graph.

Usage: graphml_write.py WORK_DIR NEWSGRAPH GRAPHML_WRITE_TIME   (graphml_write.sh runs it)

WORK_DIR/kg100k.json comes from generate_kg.py. newsgraph's time is
graphml_write_time.cpp's (the graph read first, not timed). igraph reads
the GraphML newsgraph wrote (not timed: the same nodes, edges and
attributes) and writes it again with Graph.write_graphml, timed. The whole
`newsgraph export` command, reading the JSON included, is timed too. Best
of RUNS (environment, default 3) runs each; prints a Markdown table.
"""
import json
import os
import subprocess
import sys
import time

import igraph

WORK, NEWSGRAPH, WRITE_TIME = sys.argv[1:4]
RUNS = int(os.environ.get("RUNS", "3"))


def main():
    graph = os.path.join(WORK, "kg100k.json")
    ours = os.path.join(WORK, "kg100k.newsgraph.graphml")
    theirs = os.path.join(WORK, "kg100k.igraph.graphml")
    runs = [json.loads(subprocess.run([WRITE_TIME, graph, ours], capture_output=True, text=True,
                                      check=True).stdout) for _ in range(RUNS)]
    best = min(runs, key=lambda r: r["seconds"])
    g = igraph.Graph.Read_GraphML(ours)
    assert (g.vcount(), g.ecount()) == (best["nodes"], best["edges"]), (g.vcount(), g.ecount())
    igraph_times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        g.write_graphml(theirs)
        igraph_times.append(time.perf_counter() - start)
    command = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run([NEWSGRAPH, "export", graph, "-o", ours], check=True)
        command.append(time.perf_counter() - start)
    ratio = best["seconds"] / min(igraph_times)
    mb = lambda path: os.path.getsize(path) / 1e6
    print("| who | wall (best of %d) | file |" % RUNS)
    print("|---|---|---|")
    print("| newsgraph GraphML writer | %.2f s | %.0f MB |" % (best["seconds"], mb(ours)))
    print("| python-igraph %s `write_graphml` | %.2f s | %.0f MB |" % (igraph.__version__, min(igraph_times), mb(theirs)))
    print("| `newsgraph export kg100k.json -o X.graphml` (reading the JSON included) | %.2f s | |" % min(command))
    print()
    print("%d nodes, %d edges. Target: newsgraph <= 0.5 x igraph: %.2f x (%s)"
          % (best["nodes"], best["edges"], ratio, "met" if ratio <= 0.5 else "missed"))


main()
