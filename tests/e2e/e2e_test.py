#!/usr/bin/env python3
"""End-to-end tests of the newsgraph program on samples/ and on bad input.

Run by ctest: e2e_test.py NEWSGRAPH_BINARY SOURCE_DIR SHARED_DIR
The exports are read back by the real readers: networkx, xmllint, Graphviz.
"""
import json
import os
import re
import shlex
import shutil
import stat
import subprocess
import sys
import tempfile
import unittest

import networkx as nx

BIN, SOURCE, SHARED = sys.argv[1], sys.argv[2], sys.argv[3]
SAMPLES = os.path.join(SOURCE, "samples")
SCORE = os.path.join(SHARED, "eval", "score.py")

# The figures extraction reaches (score.py on the samples and on the
# development sets); a change that lowers one fails here. Raise them when
# extraction improves.
PINNED = {
    "samples": {"person": 0.97, "country": 0.95, "organization": 0.89, "agreement": 0.77, "place": 0.84,
                "meetings": 0.77, "entities_f1_macro": 0.90,
                "affiliation": 0.85, "meeting_place": 0.77, "meeting_date": 0.25},
    "dev": {"place": 0.87, "person": 0.95, "country": 0.94, "organization": 0.90, "agreement": 0.74,
            "meetings": 0.86, "entities_f1_macro": 0.88,
            "affiliation": 0.80, "meeting_date": 0.58, "meeting_place": 0.62},
    "dev2": {"place": 0.80, "person": 0.97, "country": 0.98, "organization": 0.86, "entities_f1_macro": 0.70,
             "affiliation": 0.73},
    "dev3": {"place": 0.80, "person": 1.0, "country": 0.93, "organization": 0.84, "event": 0.63, "meetings": 1.0,
             "entities_f1_macro": 0.81,
             "affiliation": 0.90},
    "dev4": {"place": 0.79, "person": 0.95, "country": 0.95, "organization": 0.76, "agreement": 0.78, "meetings": 0.8,
             "entities_f1_macro": 0.86,
             "affiliation": 0.53},
    "dev5": {"person": 0.93, "country": 0.91, "organization": 0.83, "agreement": 0.75, "event": 0.42, "meetings": 0.88,
             "entities_f1_macro": 0.85,
             "affiliation": 0.85, "meeting_date": 0.75},
    "heldout2": {"person": 0.95, "country": 0.97, "organization": 0.78, "agreement": 0.69, "meetings": 0.8,
                 "entities_f1_macro": 0.85, "affiliation": 0.78},
    "heldout": {"place": 0.80, "person": 0.88, "country": 0.96, "organization": 0.82, "agreement": 0.5, "event": 0.41,
                "entities_f1_macro": 0.78,
                "affiliation": 0.88},
}
GOLD = {
    "dev": os.path.join(SHARED, "eval", "dev.gold.json"),
    "dev2": os.path.join(SOURCE, "tests", "eval", "dev2.gold.json"),
    "dev3": os.path.join(SOURCE, "tests", "eval", "dev3.gold.json"),
    "dev4": os.path.join(SOURCE, "tests", "eval", "dev4.gold.json"),
    "dev5": os.path.join(SOURCE, "tests", "eval", "dev5.gold.json"),
    "heldout": os.path.join(SOURCE, "tests", "eval", "heldout.gold.json"),
    "heldout2": os.path.join(SOURCE, "tests", "eval", "heldout2.gold.json"),
}


def run(*args, check=True, **kw):
    p = subprocess.run([BIN, *args], capture_output=True, text=True, **kw)
    if check and p.returncode != 0:
        raise AssertionError(f"newsgraph {' '.join(args)} exited {p.returncode}: {p.stderr}")
    return p


def read_bytes(path):
    with open(path, "rb") as f:
        return f.read()


def score(gold, graph):
    out = subprocess.run([sys.executable, SCORE, "--gold", gold, graph, "--json"], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


class SamplesGraph(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="newsgraph-e2e-")
        cls.json_path = os.path.join(cls.tmp, "graph.json")
        run("build", SAMPLES, "-o", cls.json_path, "--quiet")
        with open(cls.json_path, encoding="utf-8") as f:
            cls.data = json.load(f)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp)

    def node(self, node_id):
        return next(n for n in self.data["nodes"] if n["id"] == node_id)

    def test_the_four_people_are_there_with_their_countries(self):
        g = nx.node_link_graph(self.data)
        self.assertTrue(g.is_directed() and g.is_multigraph())
        expected = {
            "person:john_kerry": ("John Kerry", "country:united_states"),
            "person:sergei_lavrov": ("Sergei Lavrov", "country:russia"),
            "person:rex_tillerson": ("Rex Tillerson", "country:united_states"),
            "person:vladimir_putin": ("Vladimir Putin", "country:russia"),
        }
        for node_id, (label, country) in expected.items():
            self.assertEqual(g.nodes[node_id]["type"], "person")
            self.assertEqual(g.nodes[node_id]["label"], label)
        for node_id in ("person:sergei_lavrov", "person:vladimir_putin"):
            self.assertEqual(g.nodes[node_id]["country"], "country:russia")
        self.assertEqual(self.node("country:russia")["label"], "Russia")
        self.assertEqual(len(self.data["graph"]["documents"]), 5)

    def test_kerry_and_lavrov_met(self):
        meetings = [n for n in self.data["nodes"] if n.get("kind") == "meeting"]
        pairs = set()
        for link in self.data["links"]:
            if link["type"] == "participant":
                pairs.add((link["source"], link["target"]))
        kerry_lavrov = [m for m in meetings
                        if ("person:john_kerry", m["id"]) in pairs and ("person:sergei_lavrov", m["id"]) in pairs]
        self.assertGreaterEqual(len(kerry_lavrov), 1)
        for link in self.data["links"]:
            self.assertTrue(link["documents"], link)

    def test_graphml_is_valid_and_networkx_reads_it(self):
        path = os.path.join(self.tmp, "graph.graphml")
        run("export", self.json_path, "-o", path)
        xsd = os.path.join(SHARED, "schemas", "graphml", "graphml.xsd")
        p = subprocess.run(["xmllint", "--nonet", "--noout", "--schema", xsd, path], capture_output=True, text=True)
        self.assertEqual(p.returncode, 0, p.stderr)
        g = nx.read_graphml(path)
        self.assertEqual(g.number_of_nodes(), len(self.data["nodes"]))
        self.assertEqual(g.number_of_edges(), len(self.data["links"]))
        self.assertEqual(g.nodes["person:sergei_lavrov"]["label"], "Sergei Lavrov")

    def test_meetings_dot_renders_without_warnings(self):
        path = os.path.join(self.tmp, "who.dot")
        run("export", self.json_path, "--view", "meetings", "-o", path)
        for layout in ("dot", "sfdp"):
            p = subprocess.run([layout, "-Tsvg", path, "-o", os.devnull], capture_output=True, text=True)
            self.assertEqual((p.returncode, p.stderr), (0, ""))
        with open(path, encoding="utf-8") as f:
            dot = f.read()
        self.assertIn("John Kerry", dot)
        self.assertIn("Sergei Lavrov", dot)

    def test_gexf_csv_and_svg_from_the_command_line(self):
        gexf = os.path.join(self.tmp, "graph.gexf")
        run("export", self.json_path, "--dynamic", "-o", gexf)
        rng = os.path.join(SHARED, "schemas", "gexf-1.3", "gexf.rng")
        p = subprocess.run(["xmllint", "--nonet", "--noout", "--relaxng", rng, gexf], capture_output=True, text=True)
        self.assertEqual(p.returncode, 0, p.stderr)
        run("export", self.json_path, "-o", os.path.join(self.tmp, "g.csv"))
        for part in ("g.nodes.csv", "g.edges.csv"):
            with open(os.path.join(self.tmp, part), encoding="utf-8") as f:
                rows = f.read().splitlines()
            self.assertEqual(len(rows) - 1, len(self.data["nodes" if "nodes" in part else "links"]))
        page = os.path.join(self.tmp, "graph.html")
        p = run("export", self.json_path, "-o", page)
        self.assertEqual(p.stderr, "")
        lint = subprocess.run(["xmllint", "--noout", "--nonet", page], capture_output=True, text=True)
        self.assertEqual(lint.returncode, 0, lint.stderr)
        with open(page, encoding="utf-8") as f:
            text = f.read()
        self.assertIn("Sergei Lavrov", text)
        self.assertIn("<svg", text)
        svg = os.path.join(self.tmp, "who.svg")
        p = run("export", self.json_path, "--view", "meetings", "-o", svg)
        self.assertEqual(p.stderr, "")
        with open(svg, encoding="utf-8") as f:
            self.assertIn("Sergei Lavrov", f.read())
        self.assertEqual(run("export", self.json_path, "--format", "csv", check=False).returncode, 2)
        self.assertEqual(run("export", self.json_path, "--dynamic", "-o", os.path.join(self.tmp, "x.json"),
                             check=False).returncode, 2)

    def test_readme_figure_is_what_the_samples_give(self):
        # README.md shows samples/who-met-whom.svg. Its titles (clusters,
        # people, meetings) and texts must be those of the samples' graph as
        # built now; coordinates may differ with the fonts installed.
        svg = os.path.join(self.tmp, "who-met-whom.svg")
        run("export", self.json_path, "--view", "meetings", "--cluster", "country", "-o", svg)

        def content(path):
            with open(path, encoding="utf-8") as f:
                text = f.read()
            return sorted(re.findall(r"<title>(.*?)</title>", text)), sorted(re.findall(r">([^<>]+)</text>", text))

        committed = os.path.join(SAMPLES, "who-met-whom.svg")
        self.assertEqual(content(svg), content(committed),
                         "samples/who-met-whom.svg is out of date; remake it: ./build/newsgraph export out/graph.json "
                         "--view meetings --cluster country -o samples/who-met-whom.svg")

    def test_centrality_json_equals_networkx(self):
        meetings = os.path.join(self.tmp, "meetings.json")
        run("export", self.json_path, "--view", "meetings", "--format", "json", "-o", meetings)
        with open(meetings, encoding="utf-8") as f:
            g = nx.Graph(nx.node_link_graph(json.load(f)).to_undirected())
        want = nx.betweenness_centrality(g)
        got = json.loads(run("centrality", self.json_path, "--measure", "betweenness", "--view", "meetings",
                             "--type", "person", "--top", "0", "--json").stdout)
        self.assertEqual(len(got), g.number_of_nodes())
        for row in got:
            self.assertAlmostEqual(row["score"], want[row["id"]], places=9)
        scores = [(-r["score"], r["id"]) for r in got]
        self.assertEqual(scores, sorted(scores))

    def test_table_lists_the_most_central_people(self):
        out = run("centrality", self.json_path, "--measure", "degree", "--view", "meetings", "--top", "3").stdout
        lines = out.splitlines()
        self.assertEqual(lines[0].split()[:3], ["rank", "label", "type"])
        self.assertEqual(len(lines), 4)
        self.assertIn("person", lines[1])

    def test_scores_do_not_fall(self):
        check_pinned(self, "samples", score(os.path.join(SHARED, "eval", "samples.gold.json"), self.json_path))


def check_pinned(test, name, result):
    for key, floor in PINNED[name].items():
        if key in ("meetings",):
            got = result["meetings"]["f1"]
        elif key in ("entities_f1_macro", "affiliation", "meeting_date", "meeting_place"):
            got = result[key]
        else:
            got = result["entities"][key]["f1"]
        test.assertGreaterEqual(got, floor, f"{name}: {key}")


class DevelopmentSets(unittest.TestCase):
    def test_scores_do_not_fall(self):
        make_inputs = os.path.join(SHARED, "eval", "make_dev_inputs.py")
        for name, gold in GOLD.items():
            with self.subTest(name), tempfile.TemporaryDirectory() as tmp:
                subprocess.run([sys.executable, make_inputs, gold, os.path.join(tmp, "in")], check=True,
                               capture_output=True)
                out = os.path.join(tmp, "g.json")
                run("build", os.path.join(tmp, "in"), "-o", out, "--quiet")
                check_pinned(self, name, score(gold, out))


class Determinism(unittest.TestCase):
    def test_same_bytes_whatever_the_threads_shards_and_order(self):
        with tempfile.TemporaryDirectory() as tmp:
            one = os.path.join(tmp, "one.json")
            run("build", SAMPLES, "-o", one, "--threads", "1", "--quiet")
            two = os.path.join(tmp, "two.json")
            run("build", SAMPLES, "-o", two, "--threads", "2", "--quiet")
            # The same articles named file by file, in reverse order.
            files = sorted(os.path.join(SAMPLES, f) for f in os.listdir(SAMPLES))
            rev = os.path.join(tmp, "rev.json")
            run("build", *reversed(files), "-o", rev, "--quiet")
            shards = []
            for k in (1, 2, 3):
                shards.append(os.path.join(tmp, f"shard{k}.json"))
                run("build", SAMPLES, "--shard", f"{k}/3", "-o", shards[-1], "--quiet")
            merged = os.path.join(tmp, "merged.json")
            run("merge", shards[2], shards[0], shards[1], "-o", merged)
            data = [read_bytes(p) for p in (one, two, merged)]
            self.assertEqual(data[0], data[1])
            self.assertEqual(data[0], data[2])
            # Sources differ only in the order given, not in content.
            self.assertEqual(json.loads(read_bytes(rev))["nodes"], json.loads(data[0])["nodes"])


    def test_same_graph_whatever_the_folder_layout(self):
        # The articles spread over nested folders: only the documents'
        # source paths may differ.
        with tempfile.TemporaryDirectory() as tmp:
            articles = sorted(f for f in os.listdir(SAMPLES) if f.endswith(".txt"))
            for i, name in enumerate(articles):
                folder = os.path.join(tmp, "in", *(["deeper"] * i))
                os.makedirs(folder, exist_ok=True)
                shutil.copy(os.path.join(SAMPLES, name), folder)
            flat, nested = os.path.join(tmp, "flat.json"), os.path.join(tmp, "nested.json")
            run("build", SAMPLES, "-o", flat, "--quiet")
            run("build", os.path.join(tmp, "in"), "-o", nested, "--quiet")
            graphs = []
            for path in (flat, nested):
                with open(path, encoding="utf-8") as f:
                    g = json.load(f)
                for d in g["graph"]["documents"]:
                    d.pop("source")
                graphs.append(g)
            self.assertEqual(graphs[0], graphs[1])
            self.assertNotEqual(read_bytes(flat), read_bytes(nested))  # the sources differ, and only they

    def test_same_bytes_whatever_the_locale(self):
        # Turkish folds I and i apart; German writes 0,5. .ci/setup makes both.
        installed = subprocess.run(["locale", "-a"], capture_output=True, text=True, check=True).stdout.split()
        with tempfile.TemporaryDirectory() as tmp:
            outputs = {}
            for loc in ("C", "tr_TR.UTF-8", "de_DE.UTF-8"):
                if loc != "C":
                    self.assertIn(loc.replace("UTF-8", "utf8"), installed, "run .ci/setup: it generates the locale")
                env = dict(os.environ, LANG=loc, LC_ALL=loc)
                g = os.path.join(tmp, loc + ".json")
                run("build", SAMPLES, "-o", g, "--quiet", env=env)
                graphml = os.path.join(tmp, loc + ".graphml")
                run("export", g, "-o", graphml, env=env)
                csv = run("centrality", g, "--measure", "pagerank", "--top", "0", "--csv", env=env).stdout
                stats = run("stats", g, "--json", env=env).stdout
                outputs[loc] = (read_bytes(g), read_bytes(graphml), csv, stats)
            self.assertEqual(outputs["tr_TR.UTF-8"], outputs["C"])
            self.assertEqual(outputs["de_DE.UTF-8"], outputs["C"])


class BadInput(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="newsgraph-bad-")

    def tearDown(self):
        shutil.rmtree(self.tmp)

    def write(self, name, data):
        path = os.path.join(self.tmp, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(data)
        return path

    def test_only_bad_articles_exit_1_and_write_nothing(self):
        empty = self.write("in/empty.txt", b"")
        self.write("in/binary.txt", b"\x00\x01\x02binary\x00")
        out = os.path.join(self.tmp, "g.json")
        p = run("build", os.path.dirname(empty), "-o", out, check=False)
        self.assertEqual(p.returncode, 1)
        self.assertIn("empty.txt", p.stderr)
        self.assertIn("binary.txt", p.stderr)
        self.assertFalse(os.path.exists(out))
        self.assertEqual(os.listdir(self.tmp), ["in"])  # no temporary file left

    def test_one_bad_article_is_skipped_and_the_rest_read(self):
        self.write("in/a.txt", b"Prime Minister Tony Blair met President George Bush in London.")
        self.write("in/b.txt", b"")
        out = os.path.join(self.tmp, "g.json")
        p = run("build", os.path.join(self.tmp, "in"), "-o", out)
        self.assertIn("b.txt", p.stderr)
        data = json.loads(read_bytes(out))
        self.assertEqual([d["id"] for d in data["graph"]["documents"]], ["a"])

    def test_missing_input_and_bad_graph(self):
        p = run("build", os.path.join(self.tmp, "nope"), "-o", os.path.join(self.tmp, "g.json"), check=False)
        self.assertEqual(p.returncode, 1)
        self.assertIn("nope", p.stderr)
        bad = self.write("bad.json", b'{"nodes": [{"id": "a"}], "links": [{"source": "a", "target": "b"}')
        p = run("stats", bad, check=False)
        self.assertEqual(p.returncode, 1)
        self.assertIn("bad.json", p.stderr)

    def test_a_full_disk_or_an_unwritable_folder_exits_1_and_names_the_file(self):
        g = os.path.join(self.tmp, "g.json")
        run("build", SAMPLES, "-o", g, "--quiet")
        for args in (["build", SAMPLES, "--quiet"], ["export", g, "--format", "graphml"], ["merge", g]):
            with self.subTest(args=args):
                p = run(*args, "-o", "/dev/full", check=False)
                self.assertEqual((p.returncode, p.stderr), (1, "newsgraph: error: cannot write /dev/full: No space left on device\n"))
                self.assertTrue(stat.S_ISCHR(os.stat("/dev/full").st_mode), "/dev/full must stay a device")
        # Standard output on a full disk: every command that prints.
        for args in (["stats", g], ["centrality", g, "--measure", "degree"], ["export", g, "--format", "json"]):
            with self.subTest(args=args), open("/dev/full", "w") as full:
                p = subprocess.run([BIN, *args], stdout=full, stderr=subprocess.PIPE, text=True)
                self.assertEqual((p.returncode, p.stderr),
                                 (1, "newsgraph: error: cannot write to standard output: No space left on device\n"))
        # A folder nobody can make files in (root included): /proc.
        p = run("export", g, "-o", "/proc/newsgraph-e2e.graphml", check=False)
        self.assertEqual(p.returncode, 1)
        self.assertTrue(p.stderr.startswith("newsgraph: error: cannot write /proc/newsgraph-e2e.graphml: cannot create a "
                                            "file in /proc/: "), p.stderr)

    def test_bad_usage_exits_2(self):
        for args in (["build"], ["centrality", "x.json"], ["export", "x.json", "--view", "people"], ["frobnicate"]):
            self.assertEqual(run(*args, check=False).returncode, 2, args)
        g = os.path.join(self.tmp, "g.json")
        run("build", SAMPLES, "-o", g, "--quiet")
        self.assertEqual(run("centrality", g, "--measure", "fame", check=False).returncode, 2)
        self.assertEqual(run("export", g, "-o", os.path.join(self.tmp, "g.xyz"), check=False).returncode, 2)
        self.assertEqual(run("centrality", g, "--measure", "degree", "--type", "robot", check=False).returncode, 2)


class Progress(unittest.TestCase):
    """The progress line appears on a terminal only; the summary always, unless --quiet."""

    def terminal(self, *args):
        # script(1) gives the program a terminal; its output is what the terminal got.
        command = " ".join(shlex.quote(a) for a in [BIN, *args])
        p = subprocess.run(["script", "-qec", command, "/dev/null"], capture_output=True, check=True)
        return p.stdout.decode()  # bytes: text mode would turn the carriage returns into newlines

    def test_a_terminal_gets_progress_then_the_summary(self):
        with tempfile.TemporaryDirectory() as tmp:
            out = self.terminal("build", SAMPLES, "-o", os.path.join(tmp, "g.json"), "--threads", "1")
            # Samples are one batch: one progress line at most, then cleared.
            self.assertRegex(out, r"newsgraph: 5 articles read, 0 skipped; [0-9]+ entities, [0-9]+ meetings; [0-9.]+ s\r?\n$")
            quiet = self.terminal("build", SAMPLES, "-o", os.path.join(tmp, "q.json"), "--quiet")
            self.assertEqual(quiet, "")

    def test_a_big_input_on_a_terminal_shows_the_rate_and_time_left(self):
        with tempfile.TemporaryDirectory() as tmp:
            big = os.path.join(tmp, "big.jsonl")
            with open(big, "w") as f:
                for i in range(4000):
                    f.write(json.dumps({"id": "a%d" % i, "text": "Foreign Minister Sergei Lavrov met John Kerry in "
                                        "Moscow on Tuesday to discuss the ceasefire in Syria. " * 20}) + "\n")
            out = self.terminal("build", big, "-o", os.path.join(tmp, "g.json"), "--threads", "1")
            self.assertRegex(out, r"\rnewsgraph: [0-9]+ articles, [0-9.]+ MB, [0-9.]+ MB/s, [0-9]+%, [0-9]+ s left")
            self.assertIn("newsgraph: 4000 articles read", out)

    def test_a_pipe_gets_the_summary_alone(self):
        with tempfile.TemporaryDirectory() as tmp:
            p = run("build", SAMPLES, "-o", os.path.join(tmp, "g.json"))
            self.assertRegex(p.stderr, r"^newsgraph: 5 articles read, 0 skipped; [0-9]+ entities, [0-9]+ meetings; [0-9.]+ s\n$")


if __name__ == "__main__":
    unittest.main(argv=[sys.argv[0], "-v"])
