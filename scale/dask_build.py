#!/usr/bin/python3
"""Builds one newsgraph graph on a Dask cluster: shards, then a tree of merges.

Usage:
  scale/dask_build.py INPUT... -o OUT [--workers N] [--scheduler ADDRESS]
                      [--shards S] [--fan-in F] [--newsgraph PATH] [--work-dir DIR]
                      [--quiet] [-- BUILD_OPTION...]

Each of S tasks runs `newsgraph build INPUT... --shard K/S` (the documents
whose id hashes to shard K), then rounds of tasks run `newsgraph merge` on up
to F graphs at a time until one is left, which goes to OUT. Because merging
is associative and commutative, OUT has the very bytes of
`newsgraph build INPUT... -o OUT`, whatever S, F, N and the order in which
the cluster runs the tasks.

Without --scheduler a LocalCluster of N worker processes (default 2) runs
on this machine; with it, the tasks go to that scheduler's workers. Every
worker runs the newsgraph program itself, so on a real cluster the inputs,
the program (--newsgraph) and the work folder (--work-dir, default a
folder beside OUT) must have the same paths on every worker: a shared file
system, and the working folder too (relative inputs are read from it, as
the graph records them). Each shard task reads all of the input and extracts only its own
documents; reading is a small part of the cost, but on a slow shared file
system prefer fewer, larger shards.

Options after `--` go to every `newsgraph build` (for example --lexicon,
--max-article-bytes). Warnings that every shard prints alike (an article
skipped) are printed once. Exit status: 0 done; 1 a task failed (its
message is printed) and OUT is left as it was; 2 bad usage.

Needs Debian's python3-distributed (Dask distributed).
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_NEWSGRAPH = os.path.join(os.path.dirname(HERE), "build", "newsgraph")


class TaskFailed(Exception):
    """A newsgraph command that exited non-zero on a worker."""

    def __init__(self, command, code, stderr):
        super().__init__(stderr.strip() or "exit %d" % code)
        self.command, self.code, self.stderr = command, code, stderr


def run_newsgraph(command, cwd):
    """Runs one newsgraph command on a worker, in the driver's working
    folder (relative inputs, and the sources the graph records, stay as
    the user gave them); returns its standard error."""
    p = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, cwd=cwd)
    if p.returncode != 0:
        raise TaskFailed(command, p.returncode, p.stderr)
    return p.stderr


def build_shard(newsgraph, cwd, inputs, k, n, out, extra):
    stderr = run_newsgraph([newsgraph, "build", *inputs, "--shard", "%d/%d" % (k, n), "--threads", "1",
                            "-o", out, *extra], cwd)
    return out, stderr


def merge(newsgraph, cwd, parts, out):
    graphs = [path for path, _ in parts]
    run_newsgraph([newsgraph, "merge", *graphs, "-o", out], cwd)
    for g in graphs:
        os.remove(g)
    # Warnings travel up the tree with the graph that carries them.
    return out, "".join(stderr for _, stderr in parts)


def summarise(stderr):
    """The articles the shards read (from their summary lines), and their
    other lines, each once, in the order first seen."""
    articles = 0
    warnings = []
    for line in stderr.splitlines():
        if line.startswith("newsgraph: ") and " articles read" in line:
            articles += int(line.split()[1])
        elif line not in warnings:
            warnings.append(line)
    return articles, warnings


def parse_args(argv):
    extra = []
    if "--" in argv:
        at = argv.index("--")
        argv, extra = argv[:at], argv[at + 1:]
    p = argparse.ArgumentParser(prog="dask_build.py", description=__doc__.split("\n")[0])
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="files or folders of articles, as for newsgraph build")
    p.add_argument("-o", "--output", required=True, help="the graph to write (JSON)")
    p.add_argument("--workers", type=int, default=2, help="workers of the LocalCluster (default 2)")
    p.add_argument("--scheduler", help="address of a running Dask scheduler (tcp://host:8786) instead of a LocalCluster")
    p.add_argument("--shards", type=int, help="shard tasks (default: 2 per worker)")
    p.add_argument("--fan-in", type=int, default=8, help="graphs per merge task (default 8)")
    p.add_argument("--newsgraph", default=DEFAULT_NEWSGRAPH, help="the newsgraph program (default: build/newsgraph)")
    p.add_argument("--work-dir", help="folder for the shard graphs (default: a new folder beside OUTPUT)")
    p.add_argument("-q", "--quiet", action="store_true", help="no summary on standard error")
    args = p.parse_args(argv)
    if args.workers < 1 or (args.shards is not None and args.shards < 1) or args.fan_in < 2:
        p.error("--workers and --shards must be at least 1, --fan-in at least 2")
    return args, extra


def main(argv):
    args, extra = parse_args(argv)
    started = time.monotonic()
    for path in args.inputs:
        if path != "-" and not os.path.exists(path):
            print("dask_build: %s: no such file or directory" % path, file=sys.stderr)
            return 1
    if "-" in args.inputs:
        print("dask_build: standard input cannot be shared by workers; give files", file=sys.stderr)
        return 2
    if not os.access(args.newsgraph, os.X_OK):
        print("dask_build: %s is not an executable newsgraph (--newsgraph)" % args.newsgraph, file=sys.stderr)
        return 2
    newsgraph = os.path.abspath(args.newsgraph)
    inputs, cwd = args.inputs, os.getcwd()
    output = os.path.abspath(args.output)
    out_dir = os.path.dirname(output)
    if not os.path.isdir(out_dir):
        print("dask_build: %s: no such folder for the output" % out_dir, file=sys.stderr)
        return 1

    from dask.distributed import Client, LocalCluster  # Debian's python3-distributed

    work = os.path.abspath(args.work_dir) if args.work_dir else tempfile.mkdtemp(prefix=".dask-build-", dir=out_dir)
    os.makedirs(work, exist_ok=True)
    cluster = None
    try:
        if args.scheduler:
            client = Client(args.scheduler)
            workers = len(client.scheduler_info()["workers"])
        else:
            cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                                   dashboard_address=None)
            client = Client(cluster)
            workers = args.workers
        shards = args.shards or 2 * max(1, workers)
        with client:
            level = [client.submit(build_shard, newsgraph, cwd, inputs, k, shards, os.path.join(work, "shard-%d.json" % k),
                                   extra, key="build-shard-%d-of-%d" % (k, shards), pure=False)
                     for k in range(1, shards + 1)]
            depth = 0
            while len(level) > 1:
                depth += 1
                level = [client.submit(merge, newsgraph, cwd, level[i:i + args.fan_in],
                                       os.path.join(work, "merge-%d-%d.json" % (depth, i // args.fan_in)),
                                       key="merge-%d-%d" % (depth, i // args.fan_in), pure=False)
                         for i in range(0, len(level), args.fan_in)]
            final, stderr = level[0].result()
        articles, warnings = summarise(stderr)
        if articles == 0:
            print("\n".join(warnings + ["dask_build: no article could be read from the input"]), file=sys.stderr)
            return 1
        # The last graph is complete: put it in place in one step.
        os.replace(final, output)
    except TaskFailed as e:
        print("dask_build: %s failed (exit %d):\n%s" % (" ".join(e.command[:2]), e.code, e.stderr.strip()),
              file=sys.stderr)
        return 1
    finally:
        if cluster is not None:
            cluster.close()
        if not args.work_dir:
            shutil.rmtree(work, ignore_errors=True)

    for line in warnings:
        print(line, file=sys.stderr)
    if not args.quiet:
        print("dask_build: %d articles in %d shards on %d workers, %d merge rounds; %.2f s" %
              (articles, shards, workers, depth, time.monotonic() - started), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
