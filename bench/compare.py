#!/usr/bin/python3
"""Runs every benchmark side by side and writes the table of bench/README.md.

Usage: compare.py WORK_DIR NEWSGRAPH ALGORITHM_TIME BOOST_BASELINE

WORK_DIR holds data/ (generate.py's graphs) and gets results.json and
table.md. NEWSGRAPH is the program; ALGORITHM_TIME and BOOST_BASELINE the
helpers run.sh builds. Environment (defaults in brackets):
  RUNS [3]            hyperfine runs of each newsgraph command on the 10k and
                      100k graphs (the 1M graph gets 1)
  SAMPLE [500]        pivots of the sampled betweenness on the 1M graph
  OVERLAP_SAMPLES [100,250,500,1000]  pivot counts of the top-100 check
  OVERLAP_SEEDS [0,1,2,3,4,5,6,7]
  NX_LIMIT [180]      seconds: networkx's exact betweenness on the 10k graph
                      runs only if its estimate (from NX_PROBE pivots) is below
  NX_PROBE [100]      pivots for that estimate
  NX_PROBE_1M [4]     pivots of networkx's estimate on the 1M graph
"""
import json
import os
import subprocess
import sys
import tempfile

WORK, NEWSGRAPH, ALGORITHM_TIME, BOOST_BASELINE = sys.argv[1:5]
DATA = os.path.join(WORK, "data")
RUNS = int(os.environ.get("RUNS", "3"))
SAMPLE = int(os.environ.get("SAMPLE", "500"))
OVERLAP_SAMPLES = [int(k) for k in os.environ.get("OVERLAP_SAMPLES", "100,250,500,1000").split(",")]
OVERLAP_SEEDS = [int(s) for s in os.environ.get("OVERLAP_SEEDS", "0,1,2,3,4,5,6,7").split(",")]
NX_LIMIT = float(os.environ.get("NX_LIMIT", "180"))
NX_PROBE = int(os.environ.get("NX_PROBE", "100"))
NX_PROBE_1M = int(os.environ.get("NX_PROBE_1M", "4"))
HERE = os.path.dirname(os.path.abspath(__file__))
PYTHON = "/usr/bin/python3"


def log(message):
    print("compare: " + message, file=sys.stderr, flush=True)


def load_average():
    with open("/proc/loadavg") as f:
        return f.read().split()[0]


def graph(name, ext):
    return os.path.join(DATA, name + "." + ext)


def run_json(command):
    """Runs a helper that prints one JSON object; returns it."""
    log(" ".join(command) + "  (load " + load_average() + ")")
    out = subprocess.run(command, check=True, stdout=subprocess.PIPE, text=True).stdout
    return json.loads(out)


def best_of(command, runs):
    """A helper's JSON of the run with the smallest wall time."""
    results = [run_json(command) for _ in range(runs)]
    return min(results, key=lambda r: r["seconds"])


def cli(args, runs):
    """newsgraph ARGS: hyperfine's wall times, then one /usr/bin/time run for
    CPU time and peak memory."""
    command = [NEWSGRAPH] + args
    text = " ".join(command)
    log(text + "  (load " + load_average() + ")")
    with tempfile.NamedTemporaryFile(mode="r", suffix=".txt") as times:
        subprocess.run(["/usr/bin/time", "-o", times.name, "-f", "%e %U %S %M"] + command, check=True,
                       stdout=subprocess.DEVNULL)
        wall, user, system, rss = times.read().split()
    result = {"command": "newsgraph " + " ".join(args), "seconds": float(wall), "stddev": 0.0,
              "min_seconds": float(wall), "runs": 1, "cpu_seconds": float(user) + float(system),
              "max_rss_kb": int(rss)}
    if runs > 1:  # wall times from hyperfine; the run above gave CPU time and memory
        with tempfile.NamedTemporaryFile(suffix=".json") as export:
            subprocess.run(["hyperfine", "--runs", str(runs), "--style", "none", "--export-json", export.name,
                            "--output", "null", text], check=True, stdout=subprocess.DEVNULL)
            h = json.load(open(export.name))["results"][0]
        result.update(seconds=h["mean"], stddev=h.get("stddev") or 0.0, min_seconds=h["min"], runs=runs)
    return result


def overlap(a, b, k=100):
    return len({v for v, _ in a["top"][:k]} & {v for v, _ in b["top"][:k]}) / k


def measure():
    r = {"load_average_start": load_average()}
    boost = {name: run_json([BOOST_BASELINE, graph(name, "edges")]) for name in ("ba10k", "ba100k", "ba1m")}
    r["boost"] = boost
    # What the program holds before it reads a graph (its image, libraries
    # and static data): the yardsticks count only their growth, and so does
    # the whole command's ratio.
    r["cli_startup"] = cli(["--version"], 1)

    # Exact betweenness, 10k nodes / 50k edges.
    g = "ba10k"
    r["btw_cli_load"] = cli(["stats", graph(g, "json")], RUNS)
    for t in (1, 2):
        r["btw_cli_t%d" % t] = cli(["centrality", graph(g, "json"), "--measure", "betweenness", "--threads", str(t),
                                    "--top", "100", "--json"], RUNS)
        r["btw_alg_t%d" % t] = best_of([ALGORITHM_TIME, graph(g, "edges"), "betweenness", "--threads", str(t)], RUNS)
    r["btw_igraph"] = run_json([PYTHON, os.path.join(HERE, "time_python.py"), "igraph", "betweenness",
                                graph(g, "edges")])
    probe = run_json([PYTHON, os.path.join(HERE, "time_python.py"), "networkx", "betweenness", graph(g, "edges"),
                      "--sample", str(NX_PROBE)])
    estimate = probe["seconds"] * 10_000 / NX_PROBE
    r["btw_networkx_probe"] = probe
    r["btw_networkx_estimate"] = estimate
    if estimate <= NX_LIMIT:
        r["btw_networkx"] = run_json([PYTHON, os.path.join(HERE, "time_python.py"), "networkx", "betweenness",
                                      graph(g, "edges")])
    else:
        log("networkx exact betweenness skipped: estimated %.0f s > NX_LIMIT %.0f s" % (estimate, NX_LIMIT))

    # Top-100 overlap of sampled and exact betweenness, on the 10k graph.
    exact = r["btw_alg_t1"]
    r["overlap"] = {}
    for k in OVERLAP_SAMPLES:
        r["overlap"][k] = [overlap(exact, run_json([ALGORITHM_TIME, graph(g, "edges"), "betweenness", "--sample",
                                                    str(k), "--seed", str(s), "--threads", "2"]))
                           for s in OVERLAP_SEEDS]
    r["exact_vs_igraph_top100"] = overlap(exact, r["btw_igraph"])
    theirs = dict((v, s) for v, s in r["btw_igraph"]["top"])
    r["exact_vs_igraph_max_diff"] = max(abs(s - theirs[v]) for v, s in exact["top"] if v in theirs)

    # PageRank, 100k nodes.
    g = "ba100k"
    r["pr_cli_load"] = cli(["stats", graph(g, "json")], RUNS)
    r["pr_cli"] = cli(["centrality", graph(g, "json"), "--measure", "pagerank", "--top", "100", "--json"], RUNS)
    r["pr_alg"] = best_of([ALGORITHM_TIME, graph(g, "edges"), "pagerank"], RUNS)
    r["pr_igraph"] = run_json([PYTHON, os.path.join(HERE, "time_python.py"), "igraph", "pagerank", graph(g, "edges")])
    r["pr_igraph_arpack"] = run_json([PYTHON, os.path.join(HERE, "time_python.py"), "igraph", "pagerank",
                                      graph(g, "edges"), "--implementation", "arpack"])
    r["pr_networkx"] = run_json([PYTHON, os.path.join(HERE, "time_python.py"), "networkx", "pagerank",
                                 graph(g, "edges")])
    r["pr_vs_igraph_top100"] = overlap(r["pr_alg"], r["pr_igraph"])

    # Sampled betweenness, 1M nodes.
    g = "ba1m"
    r["sbtw_cli_load"] = cli(["stats", graph(g, "json")], 1)
    r["sbtw_cli"] = cli(["centrality", graph(g, "json"), "--measure", "betweenness", "--sample", str(SAMPLE),
                         "--threads", "2", "--top", "100", "--json"], 1)
    r["sbtw_alg"] = run_json([ALGORITHM_TIME, graph(g, "edges"), "betweenness", "--sample", str(SAMPLE),
                              "--threads", "2"])
    probe = run_json([PYTHON, os.path.join(HERE, "time_python.py"), "networkx", "betweenness", graph(g, "edges"),
                      "--sample", str(NX_PROBE_1M)])
    r["sbtw_networkx_probe"] = probe
    r["sbtw_networkx_estimate"] = probe["seconds"] * SAMPLE / NX_PROBE_1M
    r["load_average_end"] = load_average()
    return r


def mb(kb):
    return "%.0f MB" % (kb / 1024)


def secs(x):
    return "%.2f s" % x if x < 100 else "%.0f s" % x


def targets(r):
    def verdict(ok):
        return "met" if ok else "**missed**"

    out = []
    ratio = r["btw_alg_t2"]["seconds"] / r["btw_igraph"]["seconds"]
    cpu_ratio = r["btw_alg_t1"]["cpu_seconds"] / 2 / r["btw_igraph"]["cpu_seconds"]
    out.append("- exact betweenness, 2 threads <= 0.5 x igraph: %.2f x (%s); from CPU time, 1-thread CPU / 2 "
               "against igraph's CPU: %.2f x" % (ratio, verdict(ratio <= 0.5), cpu_ratio))
    best_igraph = min(r["pr_igraph"]["seconds"], r["pr_igraph_arpack"]["seconds"])
    ratio = r["pr_alg"]["seconds"] / best_igraph
    out.append("- pagerank on 100k no slower than igraph (its faster solver): %.2f x (%s)" % (ratio, verdict(ratio <= 1)))
    out.append("- sampled betweenness (%d pivots) on 1M < 30 s on 2 cores: %.1f s (%s); the whole command, JSON "
               "reading included: %.1f s" % (SAMPLE, r["sbtw_alg"]["seconds"], verdict(r["sbtw_alg"]["seconds"] < 30),
                                           r["sbtw_cli"]["seconds"]))
    if SAMPLE in r["overlap"]:
        worst = min(r["overlap"][SAMPLE])
        out.append("- top-100 overlap >= 0.9 with %d pivots (BA 10k, worst seed): %.2f (%s)" %
                   (SAMPLE, worst, verdict(worst >= 0.9)))
    for name, key, graph_name in (("exact betweenness 10k", "btw_alg_t2", "ba10k"), ("pagerank 100k", "pr_alg", "ba100k"),
                                  ("sampled betweenness 1M", "sbtw_alg", "ba1m")):
        boost_kb = max(1, r["boost"][graph_name]["graph_kb"])
        alg = r[key]["max_rss_kb"] / boost_kb
        command = {"btw_alg_t2": "btw_cli_t2", "pr_alg": "pr_cli", "sbtw_alg": "sbtw_cli"}[key]
        startup_kb = r["cli_startup"]["max_rss_kb"]
        cli_ratio = (r[command]["max_rss_kb"] - startup_kb) / boost_kb
        out.append("- peak memory <= 2 x plain Boost adjacency_list, %s: algorithm %.2f x (%s), whole command "
                   "%.2f x (%s; its peak less the %s that `newsgraph --version` holds, as the yardsticks count "
                   "growth; %.2f x with them)" % (name, alg, verdict(alg <= 2), cli_ratio, verdict(cli_ratio <= 2),
                                                  mb(startup_kb), r[command]["max_rss_kb"] / boost_kb))
    return out


def table(r):
    rows = []

    def row(task, who, result=None, seconds=None, cpu=None, rss=None, note=""):
        if result is not None:
            seconds = result["seconds"] if seconds is None else seconds
            cpu = result.get("cpu_seconds") if cpu is None else cpu
            rss = result.get("max_rss_kb") if rss is None else rss
        rows.append("| %s | %s | %s | %s | %s | %s |" % (
            task, who, secs(seconds) if seconds is not None else "-", secs(cpu) if cpu is not None else "-",
            mb(rss) if rss is not None else "-", note))

    def cli_note(result):
        if result["runs"] == 1:
            return "1 run"
        return "hyperfine mean of %d, σ %.2f s, min %.2f s" % (result["runs"], result["stddev"], result["min_seconds"])

    t = "betweenness, exact, BA 10k/50k"
    row(t, "newsgraph algorithm, 1 thread", r["btw_alg_t1"])
    row(t, "newsgraph algorithm, 2 threads", r["btw_alg_t2"])
    row(t, "python-igraph 0.10.2", r["btw_igraph"], note="load %.2f s apart" % r["btw_igraph"]["load_seconds"])
    if "btw_networkx" in r:
        row(t, "networkx 2.8.8", r["btw_networkx"])
    else:
        row(t, "networkx 2.8.8", seconds=r["btw_networkx_estimate"],
            note="not run: estimated from %d pivots (%.1f s)" % (NX_PROBE, r["btw_networkx_probe"]["seconds"]))
    row(t, "`newsgraph centrality --threads 1`", r["btw_cli_t1"], note=cli_note(r["btw_cli_t1"]))
    row(t, "`newsgraph centrality --threads 2`", r["btw_cli_t2"], note=cli_note(r["btw_cli_t2"]))
    row(t, "`newsgraph stats` (reading the JSON)", r["btw_cli_load"], note=cli_note(r["btw_cli_load"]))
    row(t, "plain Boost adjacency_list", rss=r["boost"]["ba10k"]["graph_kb"], note="memory yardstick")

    t = "pagerank, BA 100k/500k"
    row(t, "newsgraph algorithm", r["pr_alg"])
    row(t, "python-igraph 0.10.2 (PRPACK)", r["pr_igraph"], note="load %.2f s apart" % r["pr_igraph"]["load_seconds"])
    row(t, "python-igraph 0.10.2 (ARPACK)", r["pr_igraph_arpack"],
        note="load %.2f s apart" % r["pr_igraph_arpack"]["load_seconds"])
    row(t, "networkx 2.8.8 (scipy)", r["pr_networkx"], note="load %.2f s apart" % r["pr_networkx"]["load_seconds"])
    row(t, "`newsgraph centrality`", r["pr_cli"], note=cli_note(r["pr_cli"]))
    row(t, "`newsgraph stats` (reading the JSON)", r["pr_cli_load"], note=cli_note(r["pr_cli_load"]))
    row(t, "plain Boost adjacency_list", rss=r["boost"]["ba100k"]["graph_kb"], note="memory yardstick")

    t = "betweenness, %d pivots, BA 1M/5M" % SAMPLE
    row(t, "newsgraph algorithm, 2 threads", r["sbtw_alg"])
    row(t, "networkx 2.8.8", seconds=r["sbtw_networkx_estimate"],
        note="not run: estimated from %d pivots (%.1f s)" % (NX_PROBE_1M, r["sbtw_networkx_probe"]["seconds"]))
    row(t, "`newsgraph centrality --threads 2`", r["sbtw_cli"], note=cli_note(r["sbtw_cli"]))
    row(t, "`newsgraph stats` (reading the JSON)", r["sbtw_cli_load"], note=cli_note(r["sbtw_cli_load"]))
    row(t, "plain Boost adjacency_list", rss=r["boost"]["ba1m"]["graph_kb"], note="memory yardstick")

    lines = ["| task | who | wall | CPU | peak memory | note |", "|---|---|---|---|---|---|"] + rows
    lines.append("")
    lines.append("Targets (algorithm times; wall clock):")
    lines.append("")
    lines += targets(r)
    lines.append("")
    lines.append("Top-100 overlap of sampled with exact betweenness (BA 10k, seeds %s):" %
                 ", ".join(map(str, OVERLAP_SEEDS)))
    lines.append("")
    lines.append("| pivots | overlap per seed | min |")
    lines.append("|---|---|---|")
    for k, values in sorted(r["overlap"].items(), key=lambda kv: int(kv[0])):
        lines.append("| %s | %s | %.2f |" % (k, ", ".join("%.2f" % v for v in values), min(values)))
    lines.append("")
    lines.append("Exact betweenness, newsgraph vs igraph (rescaled): top-100 overlap %.2f, largest difference of a "
                 "top-100 score %.1e. PageRank top-100 overlap with igraph: %.2f." %
                 (r["exact_vs_igraph_top100"], r["exact_vs_igraph_max_diff"], r["pr_vs_igraph_top100"]))
    lines.append("")
    lines.append("Load average (1 min) at start %s, at end %s." % (r["load_average_start"], r["load_average_end"]))
    return "\n".join(lines) + "\n"


def main():
    results = measure()
    with open(os.path.join(WORK, "results.json"), "w") as f:
        json.dump(results, f, indent=1)
    text = table(results)
    with open(os.path.join(WORK, "table.md"), "w") as f:
        f.write(text)
    print(text)


main()
