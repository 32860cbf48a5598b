#!/usr/bin/python3
"""Writes the benchmark graphs: Barabasi-Albert graphs from fixed seeds.

Usage: generate.py OUT_DIR [NAME...]

For each graph NAME (default: all of GRAPHS) writes OUT_DIR/NAME.json, a
node-link JSON graph as networkx's node_link_data writes it (what
`newsgraph centrality` reads), and OUT_DIR/NAME.edges, the same edges as
"u v" lines after a first line with the node count (what the Python
timings and the Boost baseline read, so that their load time stays out of
the way). Node i has id "n%07d" % i, so id order is index order. Files
already there are kept: delete them to regenerate.

The graphs come from python-igraph's Graph.Barabasi(n, m), which draws
from Python's random module; random.seed(seed) makes them reproducible.
"""
import os
import random
import sys

import igraph

# name: (nodes, edges per new node, seed)
GRAPHS = {
    "ba10k": (10_000, 5, 1),     # ~50,000 edges: exact betweenness
    "ba100k": (100_000, 5, 2),   # ~500,000 edges: pagerank
    "ba1m": (1_000_000, 5, 3),   # ~5,000,000 edges: sampled betweenness
}


def write(out_dir, name):
    n, m, seed = GRAPHS[name]
    json_path = os.path.join(out_dir, name + ".json")
    edges_path = os.path.join(out_dir, name + ".edges")
    if os.path.exists(json_path) and os.path.exists(edges_path):
        return
    random.seed(seed)
    g = igraph.Graph.Barabasi(n, m)
    edges = sorted((min(u, v), max(u, v)) for u, v in g.get_edgelist())
    with open(edges_path + ".tmp", "w") as f:
        f.write("%d\n" % n)
        f.writelines("%d %d\n" % e for e in edges)
    with open(json_path + ".tmp", "w") as f:
        f.write('{"directed": false, "multigraph": false, "graph": {"name": "%s"},\n "nodes": [' % name)
        f.write(",".join('{"id": "n%07d"}' % i for i in range(n)))
        f.write('],\n "links": [')
        f.write(",".join('{"source": "n%07d", "target": "n%07d"}' % e for e in edges))
        f.write("]}\n")
    os.replace(edges_path + ".tmp", edges_path)
    os.replace(json_path + ".tmp", json_path)
    print("generate: %s: %d nodes, %d edges" % (name, n, len(edges)), file=sys.stderr)


def main():
    out_dir = sys.argv[1]
    os.makedirs(out_dir, exist_ok=True)
    for name in sys.argv[2:] or GRAPHS:
        write(out_dir, name)


main()
