#!/usr/bin/python3
"""Tests of scale/dask_build.py on a LocalCluster of 2 workers: the graph it
writes has the bytes of one `newsgraph build` of the same input.

Run by ctest: dask_build_test.py NEWSGRAPH_BINARY SOURCE_DIR
"""
import os
import subprocess
import sys
import tempfile
import unittest

BIN, SOURCE = sys.argv[1], sys.argv[2]
DRIVER = os.path.join(SOURCE, "scale", "dask_build.py")
SAMPLES = os.path.join(SOURCE, "samples")

# Articles written for this test: two meet in each, and one is no text.
ARTICLES = {
    "a.txt": "Foreign Minister Sergei Lavrov met Secretary of State John Kerry in Geneva on Friday.",
    "b.txt": "German Chancellor Angela Merkel spoke by telephone with French President Francois Hollande.",
    "c.html": "<html><head><title>Talks</title></head><body><p>Prime Minister Theresa May held talks "
              "with Irish Prime Minister Leo Varadkar in Dublin.</p></body></html>",
    "d.jsonl": "\n".join('{"id": "wire-%d", "text": "Minister Ana Costa %d met Minister Luis Pereira in Lisbon."}' % (i, i)
                         for i in range(30)) + "\n",
}


def driver(*args):
    return subprocess.run(["/usr/bin/python3", DRIVER, "--newsgraph", BIN, *args], capture_output=True, text=True)


def build(*args):
    return subprocess.run([BIN, "build", *args, "--quiet"], capture_output=True, text=True, check=True)


def read(path):
    with open(path, "rb") as f:
        return f.read()


class DaskBuild(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.articles = os.path.join(cls.tmp.name, "articles")
        os.makedirs(cls.articles)
        for name, text in ARTICLES.items():
            with open(os.path.join(cls.articles, name), "w") as f:
                f.write(text)
        with open(os.path.join(cls.articles, "broken.txt"), "wb") as f:
            f.write(b"\x00\x01\x02binary\x00")
        cls.one = os.path.join(cls.tmp.name, "one.json")
        build(SAMPLES, cls.articles, "-o", cls.one)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def check_same_bytes(self, *options):
        out = os.path.join(self.tmp.name, "dask-%s.json" % "-".join(o.strip("-") for o in options))
        p = driver(SAMPLES, self.articles, "-o", out, "--workers", "2", *options)
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertEqual(read(out), read(self.one), options)
        return p

    def test_default_shards_give_the_bytes_of_one_build(self):
        p = self.check_same_bytes()
        self.assertRegex(p.stderr, r"dask_build: 38 articles in 4 shards on 2 workers, 1 merge rounds; [0-9.]+ s\n$")

    def test_any_tree_of_merges_gives_the_same_bytes(self):
        self.check_same_bytes("--shards", "7", "--fan-in", "2")  # 7 -> 4 -> 2 -> 1
        self.check_same_bytes("--shards", "1")

    def test_a_skipped_article_is_reported_once(self):
        p = self.check_same_bytes("--shards", "3")
        lines = [l for l in p.stderr.splitlines() if "broken.txt" in l]
        self.assertEqual(len(lines), 1, p.stderr)
        self.assertIn("skipped", lines[0])

    def test_no_work_folder_is_left_beside_the_output(self):
        out_dir = os.path.join(self.tmp.name, "clean")
        os.makedirs(out_dir)
        p = driver(self.articles, "-o", os.path.join(out_dir, "g.json"), "--workers", "2", "--quiet")
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertEqual(os.listdir(out_dir), ["g.json"])
        self.assertNotIn("dask_build:", p.stderr)

    def test_failures_exit_1_and_leave_the_output_as_it_was(self):
        out = os.path.join(self.tmp.name, "kept.json")
        with open(out, "w") as f:
            f.write("old")
        missing = os.path.join(self.tmp.name, "missing")
        p = driver(missing, "-o", out)
        self.assertEqual(p.returncode, 1)
        self.assertIn(missing + ": no such file or directory", p.stderr)
        only_bad = os.path.join(self.tmp.name, "only_bad")
        os.makedirs(only_bad)
        with open(os.path.join(only_bad, "x.txt"), "wb") as f:
            f.write(b"\x00\x00")
        p = driver(only_bad, "-o", out, "--workers", "2")
        self.assertEqual(p.returncode, 1, p.stderr)
        self.assertIn("x.txt", p.stderr)
        # A build option every shard rejects fails the run with its message.
        p = driver(self.articles, "-o", out, "--workers", "2", "--", "--max-article-bytes", "many")
        self.assertEqual(p.returncode, 1, p.stderr)
        self.assertIn("max-article-bytes", p.stderr)
        self.assertEqual(read(out), b"old")

    def test_bad_usage_exits_2(self):
        self.assertEqual(driver(self.articles).returncode, 2)  # no -o
        self.assertEqual(driver(self.articles, "-o", "x.json", "--fan-in", "1").returncode, 2)


if __name__ == "__main__":
    unittest.main(argv=[sys.argv[0], "-v"])
