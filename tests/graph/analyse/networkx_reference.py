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
weight=None): networkx's sampled betweenness on the given pivots; and
linear_betweenness_from(G, pivots): the linear-scaled estimate on them
(Geisberger, Sanders and Schultes 2008), written here on networkx's own
breadth-first search since networkx has no such estimator.

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


def linear_betweenness_from(G, pivots):
    """Unweighted betweenness estimated from `pivots` with linear scaling:
    pivot s credits v with sigma_sv sigma_vt / sigma_st * d(s,v) / d(s,t)
    for every target t, and the sum is scaled by 2n/k and normalised as
    networkx normalises. Over all nodes as pivots it is the exact value."""
    from networkx.algorithms.centrality.betweenness import _single_source_shortest_path_basic

    n = len(G)
    score = dict.fromkeys(G, 0.0)
    for s in pivots:
        order, preds, sigma, dist = _single_source_shortest_path_basic(G, s)
        share = dict.fromkeys(order, 0.0)  # sum over targets t beyond v of sigma_sv sigma_vt / sigma_st / d(s,t)
        while order:
            w = order.pop()
            if w == s:
                continue
            coeff = (1.0 / dist[w] + share[w]) / sigma[w]
            for v in preds[w]:
                share[v] += sigma[v] * coeff
            score[w] += dist[w] * share[w]
    if n <= 2:
        return score
    scale = 2.0 * n / len(pivots) / ((n - 1) * (n - 2))
    return {v: x * scale for v, x in score.items()}


def main():
    n, G = read_graph(sys.argv[1])
    with open(sys.argv[2]) as f:
        expressions = [line.strip() for line in f if line.strip()]
    out = []
    for expression in expressions:
        try:
            result = eval(expression, {"nx": nx, "G": G, "n": n, "betweenness_from": betweenness_from,
                                       "linear_betweenness_from": linear_betweenness_from})
            if isinstance(result, dict):
                result = [result[v] for v in range(n)]
            out.append("values %d" % len(result))
            out.extend(repr(float(v)) for v in result)
        except Exception as e:  # the tests compare networkx's refusals too
            out.append("error %s: %s" % (type(e).__name__, str(e).replace("\n", " ")))
    print("\n".join(out))


main()
