"""networkx's answers for the graph/analyse tests.

Usage: networkx_reference.py GRAPH EXPRESSIONS

GRAPH: first line the node count n, then one relation per line,
"source target weight" (node indices). EXPRESSIONS: one Python expression
per line, evaluated with `nx` and with `G`, the simple undirected view
nx.Graph(M.to_undirected()) of the MultiDiGraph M of the relations, whose
edge weights are set to the sum of the weights of the relations they stand
for (networkx keeps only one of them; newsgraph sums on purpose). G's nodes
are 0..n-1 and each node's neighbours are in ascending order, the order
newsgraph's SimpleGraph uses (it matters only for ties networkx breaks by
order, e.g. zero-weight edges in weighted betweenness).

Besides nx, G and n, expressions may call betweenness_from(G, pivots,
weight=None): networkx's sampled betweenness on the given pivots.

For each expression, prints "values K" and then K lines of repr(float)
(a dict is printed in node order 0..n-1), or one line "error TYPE: MESSAGE".
"""
import random
import sys
import warnings

import networkx as nx

warnings.simplefilter("ignore")


def read_graph(path):
    with open(path) as f:
        n = int(f.readline())
        multi = nx.MultiDiGraph()
        multi.add_nodes_from(range(n))
        summed = {}
        for line in f:
            s, t, w = (int(x) for x in line.split())
            multi.add_edge(s, t, weight=w)
            key = (min(s, t), max(s, t))
            summed[key] = summed.get(key, 0) + w
    view = nx.Graph(multi.to_undirected())
    assert sorted(tuple(sorted(e)) for e in view.edges()) == sorted(summed)
    graph = nx.Graph()
    graph.add_nodes_from(range(n))
    for (u, v) in sorted(summed):
        graph.add_edge(u, v, weight=summed[(u, v)])
    return n, graph


def betweenness_from(G, pivots, weight=None):
    """nx.betweenness_centrality(G, k=len(pivots), weight=weight) with these
    pivots in place of the ones its random.sample would pick."""

    class FixedSample(random.Random):
        def sample(self, population, k):
            assert k == len(pivots)
            return list(pivots)

    return nx.betweenness_centrality(G, k=len(pivots), weight=weight, seed=FixedSample())


def main():
    n, G = read_graph(sys.argv[1])
    with open(sys.argv[2]) as f:
        expressions = [line.strip() for line in f if line.strip()]
    out = []
    for expression in expressions:
        try:
            result = eval(expression, {"nx": nx, "G": G, "n": n, "betweenness_from": betweenness_from})
            if isinstance(result, dict):
                result = [result[v] for v in range(n)]
            out.append("values %d" % len(result))
            out.extend(repr(float(v)) for v in result)
        except Exception as e:  # the tests compare networkx's refusals too
            out.append("error %s: %s" % (type(e).__name__, str(e).replace("\n", " ")))
    print("\n".join(out))


main()
