#!/usr/bin/python3
"""Times one measure of python-igraph or networkx on a benchmark graph.

Usage: time_python.py LIBRARY MEASURE EDGES [--sample K] [--seed S] [--top N]
                      [--implementation prpack|arpack]

LIBRARY: igraph or networkx. MEASURE: betweenness (exact, or from K pivot
sources with --sample: networkx only, igraph has no pivot sampling) or
pagerank (igraph: its default PRPACK solver, which solves to a much
tighter tolerance than networkx's 1e-6, or ARPACK with --implementation). EDGES: a generate.py edge list. The graph is built from the edge
list first (timed apart as load_seconds); the measure is timed alone, wall
clock and CPU of this process.

Prints one JSON object: {"library", "measure", "sample", "load_seconds",
"seconds", "cpu_seconds", "max_rss_kb", "top": [[node, score], ...]}; the
scores are networkx's normalised ones (igraph's betweenness is rescaled to
them), so top lists compare with newsgraph's.
"""
import json
import sys
import time


def peak_rss_kb():
    """VmHWM of this process: ru_maxrss would include the peak of the
    process that forked us."""
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return -1


def read_edges(path):
    with open(path) as f:
        n = int(f.readline())
        edges = [tuple(map(int, line.split())) for line in f]
    return n, edges


def main():
    library, measure, path = sys.argv[1:4]
    options = dict(zip(sys.argv[4::2], sys.argv[5::2]))
    sample = int(options.get("--sample", 0))
    seed = int(options.get("--seed", 0))
    top = int(options.get("--top", 100))
    implementation = options.get("--implementation", "prpack")

    load_start = time.perf_counter()
    n, edges = read_edges(path)
    if library == "igraph":
        import igraph
        g = igraph.Graph(n=n, edges=edges, directed=False)
    else:
        import networkx as nx
        g = nx.Graph()
        g.add_nodes_from(range(n))
        g.add_edges_from(edges)
    load_seconds = time.perf_counter() - load_start

    wall, cpu = time.perf_counter(), time.process_time()
    if library == "igraph":
        if measure == "betweenness":
            if sample:
                raise SystemExit("igraph has no pivot-sampled betweenness")
            raw = g.betweenness(directed=False)
            scale = 2.0 / ((n - 1) * (n - 2))  # networkx's normalisation of undirected betweenness
            scores = [b * scale for b in raw]
        else:
            scores = g.pagerank(damping=0.85, directed=False, implementation=implementation)
    else:
        import networkx as nx
        if measure == "betweenness":
            d = nx.betweenness_centrality(g, k=sample or None, seed=seed if sample else None)
        else:
            d = nx.pagerank(g, alpha=0.85)
        scores = [d[v] for v in range(n)]
    seconds, cpu_seconds = time.perf_counter() - wall, time.process_time() - cpu

    best = sorted(range(n), key=lambda v: (-scores[v], v))[:top]
    print(json.dumps({
        "library": library, "measure": measure, "sample": sample,
        "load_seconds": round(load_seconds, 6), "seconds": round(seconds, 6), "cpu_seconds": round(cpu_seconds, 6),
        "max_rss_kb": peak_rss_kb(),
        "top": [[v, scores[v]] for v in best]}))


main()
