"""python-igraph's answers for the communities tests.

Usage: igraph_reference.py GRAPH EXPRESSIONS

GRAPH: the format of networkx_reference.py (first line the node count n,
then "source target weight" per relation, node indices). `g` is the simple
undirected view, as there: parallel and opposite relations collapse into
one edge whose "weight" is the sum of theirs; self-loops are kept once.
EXPRESSIONS: one Python expression per line, evaluated with `ig` (the
igraph module), `g` and `n`; each must give a number, printed as
repr(float) on a line of its own.

python-igraph 0.10.2's Graph.modularity drops its resolution argument;
call ig.GraphBase.modularity(g, membership, weights, resolution) instead.
"""
import sys

import igraph as ig


def read_graph(path):
    with open(path) as f:
        n = int(f.readline())
        summed = {}
        for line in f:
            s, t, w = (int(x) for x in line.split())
            key = (min(s, t), max(s, t))
            summed[key] = summed.get(key, 0) + w
    edges = sorted(summed)
    g = ig.Graph(n=n, edges=edges, directed=False)
    g.es["weight"] = [float(summed[e]) for e in edges]
    return n, g


def main():
    n, g = read_graph(sys.argv[1])
    with open(sys.argv[2]) as f:
        expressions = [line.strip() for line in f if line.strip()]
    for expression in expressions:
        print(repr(float(eval(expression, {"ig": ig, "g": g, "n": n}))))


main()
