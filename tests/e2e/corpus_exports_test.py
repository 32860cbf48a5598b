#!/usr/bin/env python3
"""Every export of a graph built from samples/ plus 200 corpus articles,
opened by the tools users open it with: networkx, igraph, graphology
(under Node), xmllint against the shared schemas, and Graphviz's dot,
neato and sfdp. Each reader must see every node and edge the JSON has,
and print no warning.

Run by ctest: corpus_exports_test.py NEWSGRAPH_BINARY SOURCE_DIR SHARED_DIR
The 200 articles are 20 from each of the five BBC sections and 100 from
Reuters-21578, evenly spaced through each (so the pick is the same on
every machine).
"""
import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest
import warnings

import igraph
import networkx as nx
from networkx.readwrite import gexf

BIN, SOURCE, SHARED = sys.argv[1], sys.argv[2], sys.argv[3]
CORPUS = os.path.join(SHARED, "corpus")
GRAPHOLOGY = os.path.join(SOURCE, "tests", "export", "graphology", "read_graphml.mjs")

# networkx 2.8 reads GEXF up to 1.2draft; for what it reads, 1.3 differs in
# its namespaces only (networkx 3 has this same entry).
gexf.GEXF.versions["1.3"] = dict(gexf.GEXF.versions["1.2draft"], NS_GEXF="http://gexf.net/1.3",
                                 NS_VIZ="http://gexf.net/1.3/viz", VERSION="1.3")


def run(*args):
    p = subprocess.run([BIN, *args], capture_output=True, text=True)
    if p.returncode != 0 or p.stderr:
        raise AssertionError(f"newsgraph {' '.join(args)} exited {p.returncode}: {p.stderr}")
    return p.stdout


def tool(*argv):
    """Runs a reader; it must succeed and print nothing on stderr."""
    p = subprocess.run(list(argv), capture_output=True, text=True)
    if p.returncode != 0 or p.stderr:
        raise AssertionError(f"{' '.join(argv)} exited {p.returncode}: {p.stderr}")
    return p.stdout


def write_inputs(folder):
    for name in sorted(os.listdir(os.path.join(SOURCE, "samples"))):
        shutil.copy(os.path.join(SOURCE, "samples", name), folder)
    bbc = os.path.join(CORPUS, "bbc")
    for section in ("business", "entertainment", "politics", "sport", "tech"):
        files = sorted(os.listdir(os.path.join(bbc, section)))
        for name in files[:: len(files) // 20][:20]:
            shutil.copy(os.path.join(bbc, section, name), os.path.join(folder, f"bbc-{section}-{name}"))
    with open(os.path.join(CORPUS, "reuters21578.jsonl"), encoding="utf-8") as f:
        lines = f.read().splitlines()
    with open(os.path.join(folder, "reuters.jsonl"), "w", encoding="utf-8") as f:
        f.writelines(line + "\n" for line in lines[:: len(lines) // 100][:100])


class CorpusExports(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="newsgraph-corpus-")
        inputs = os.path.join(cls.tmp, "in")
        os.mkdir(inputs)
        write_inputs(inputs)
        cls.json_path = cls.path("graph.json")
        summary = subprocess.run([BIN, "build", inputs, "-o", cls.json_path], capture_output=True, text=True)
        assert summary.returncode == 0, summary.stderr
        assert summary.stderr.startswith("newsgraph: 205 articles read, 0 skipped;"), summary.stderr
        with open(cls.json_path, encoding="utf-8") as f:
            cls.data = json.load(f)
        cls.views = {}
        for view in ("full", "meetings", "countries"):
            path = cls.path(view + ".json")
            run("export", cls.json_path, "--view", view, "-o", path)
            with open(path, encoding="utf-8") as f:
                cls.views[view] = json.load(f)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp)

    @classmethod
    def path(cls, name):
        return os.path.join(cls.tmp, name)

    def export(self, view, name, *options):
        path = self.path(name)
        run("export", self.json_path, "--view", view, "-o", path, *options)
        return path

    def sizes(self, view):
        g = self.views[view]
        return len(g["nodes"]), len(g["links"])

    def test_the_graph_is_not_trivial(self):
        # Enough of every kind for the readers to be tried on real variety.
        types = {n["type"] for n in self.data["nodes"]}
        self.assertTrue({"person", "country", "organization", "place", "event", "agreement"} <= types, types)
        self.assertGreater(len(self.data["nodes"]), 1000)
        # Ten met_with edges (tennis draws told as "could meet X in the
        # second round" are no meetings now).
        self.assertGreaterEqual(self.sizes("meetings")[1], 10)

    def test_json_reads_in_networkx_and_writes_back_byte_identical(self):
        for view, data in self.views.items():
            with self.subTest(view):
                g = nx.node_link_graph(data)
                self.assertEqual((g.number_of_nodes(), g.number_of_edges()), self.sizes(view))
        again = self.path("again.json")
        run("export", self.json_path, "-o", again)
        with open(self.json_path, "rb") as a, open(again, "rb") as b:
            self.assertEqual(a.read(), b.read())

    def test_graphml_is_valid_lossless_and_read_by_networkx_igraph_and_graphology(self):
        xsd = os.path.join(SHARED, "schemas", "graphml", "graphml.xsd")
        for view in self.views:
            with self.subTest(view):
                path = self.export(view, view + ".graphml")
                p = subprocess.run(["xmllint", "--nonet", "--noout", "--schema", xsd, path], capture_output=True,
                                   text=True)
                self.assertEqual((p.returncode, p.stderr), (0, path + " validates\n"))
                with warnings.catch_warnings():
                    warnings.simplefilter("error")
                    g = nx.read_graphml(path)
                    self.assertEqual((g.number_of_nodes(), g.number_of_edges()), self.sizes(view))
                    h = igraph.Graph.Read_GraphML(path)
                    self.assertEqual((h.vcount(), h.ecount()), self.sizes(view))
                js = json.loads(tool("node", GRAPHOLOGY, path))
                self.assertEqual((len(js["nodes"]), len(js["edges"])), self.sizes(view))
                labels = {n["key"]: n["attributes"].get("label") for n in js["nodes"]}
                self.assertEqual(labels, {n["id"]: n["label"] for n in self.views[view]["nodes"]})
        # GraphML read and written as JSON is the JSON it came from.
        back = self.path("back.json")
        run("export", self.path("full.graphml"), "-o", back)
        with open(self.json_path, "rb") as a, open(back, "rb") as b:
            self.assertEqual(a.read(), b.read())

    def test_gexf_is_valid_and_read_by_networkx(self):
        rng = os.path.join(SHARED, "schemas", "gexf-1.3", "gexf.rng")
        for view, options in (("full", ["--dynamic"]), ("meetings", ["--dynamic"]), ("countries", [])):
            with self.subTest(view):
                path = self.export(view, view + ".gexf", *options)
                p = subprocess.run(["xmllint", "--nonet", "--noout", "--relaxng", rng, path], capture_output=True,
                                   text=True)
                self.assertEqual((p.returncode, p.stderr), (0, path + " validates\n"))
                with warnings.catch_warnings():
                    warnings.simplefilter("error")
                    g = nx.read_gexf(path, version="1.3")
                self.assertEqual((g.number_of_nodes(), g.number_of_edges()), self.sizes(view))

    def test_dot_renders_in_dot_neato_and_sfdp_without_warnings(self):
        for view, options in (("full", []), ("meetings", []), ("meetings", ["--cluster", "country"]),
                              ("countries", [])):
            with self.subTest(view=view, options=options):
                path = self.export(view, view + ".dot", *options)
                for layout in ("dot", "neato", "sfdp"):
                    svg = tool(layout, "-Tsvg", path)
                    # One <g class="node"> per node, one <g class="edge"> per edge.
                    self.assertEqual((svg.count('class="node"'), svg.count('class="edge"')), self.sizes(view),
                                     layout)

    def test_five_thousand_nodes_render_in_dot_without_warnings(self):
        # The people and countries of all 2,225 BBC articles: over 5,000
        # nodes, most of them unlinked, as a large real view is. (neato and
        # sfdp lay this out without warnings too, in minutes rather than
        # seconds: measured by hand, not in every run.)
        big = self.path("bbc.json")
        p = subprocess.run([BIN, "build", os.path.join(CORPUS, "bbc"), "-o", big, "--quiet"], capture_output=True,
                           text=True)
        # (It warns that the five sections' 001.txt and so on share
        # document ids, which are file names by CONTRACT.md.)
        self.assertEqual(p.returncode, 0, p.stderr)
        dot = self.path("bbc.dot")
        run("export", big, "--type", "person,country", "-o", dot)
        with open(dot, encoding="utf-8") as f:
            text = f.read()
        nodes = text.count("tooltip=")
        self.assertGreater(nodes, 5000)
        svg = tool("dot", "-Tsvg", dot)
        self.assertEqual(svg.count('class="node"'), nodes)

    def test_svg_is_laid_out_by_graphviz_itself(self):
        for layout in ("dot", "neato", "sfdp"):
            with self.subTest(layout):
                path = self.export("meetings", f"who-{layout}.svg", "--layout", layout)
                with open(path, encoding="utf-8") as f:
                    svg = f.read()
                self.assertEqual((svg.count('class="node"'), svg.count('class="edge"')), self.sizes("meetings"))

    def test_csv_has_neo4j_headers_and_a_row_per_node_and_edge(self):
        for view in self.views:
            with self.subTest(view):
                folder = self.path(view + "-csv") + os.sep
                run("export", self.json_path, "--view", view, "-o", folder)
                with open(os.path.join(folder, "nodes.csv"), encoding="utf-8", newline="") as f:
                    nodes = list(csv.reader(f))
                with open(os.path.join(folder, "edges.csv"), encoding="utf-8", newline="") as f:
                    edges = list(csv.reader(f))
                self.assertEqual(nodes[0][:5], [":ID", "id", "label", "type", ":LABEL"])
                self.assertEqual(edges[0][:5], [":START_ID", ":END_ID", ":TYPE", "source", "target"])
                self.assertEqual((len(nodes) - 1, len(edges) - 1), self.sizes(view))
                ids = {row[0] for row in nodes[1:]}
                self.assertEqual(ids, {n["id"] for n in self.views[view]["nodes"]})
                self.assertTrue(all(row[0] in ids and row[1] in ids for row in edges[1:]))


if __name__ == "__main__":
    unittest.main(argv=sys.argv[:1], verbosity=2)
