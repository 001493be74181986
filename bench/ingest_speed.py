"""Ingest speed: `searchapp ingest` against a stock Whoosh index, side by side.

Both index the first 20,000 articles of ../shared/data/saudinewsnet, each in its
own process so peak memory is its own: searchapp through its real command line
(validation, analysis in three matching strengths, extraction in a worker process,
facet fields, batched commits), stock Whoosh with StandardAnalyzer on title and text
in one writer, and in Whoosh's own writer of two processes.

Beside the speed it prints the CPU time an article takes in all of an engine's
processes: on two cores no division of the work can run faster than half of it, so
`2 x stock's CPU / searchapp's CPU` is the most any parallel ingest of the same work
could reach against stock.

    python bench/ingest_speed.py [--articles 20000]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import DATA, print_table, read_jsonl, require_data, stock_index

from searchapp.index import index_size_bytes


CORES = 2  # the machine the targets are set for


def cpu_seconds(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def child(engine: str, source: Path, index_dir: Path) -> None:
    """Index `source` into `index_dir` and print seconds, CPU seconds (this process and its
    finished children, such as the extraction worker) and peak RSS as JSON."""
    started = time.perf_counter()
    if engine.startswith("stock"):
        index_dir.mkdir()
        stock_index(index_dir, read_jsonl(source), procs=CORES if engine == "stock-mp" else 1)
    else:
        from searchapp.cli import main

        main(["--index", str(index_dir), "ingest", str(source)], standalone_mode=False)
    seconds = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "peak_mb": peak_mb, "cpu": cpu_seconds(resource.RUSAGE_SELF),
                      "children_cpu": cpu_seconds(resource.RUSAGE_CHILDREN)}))


ENGINES = {"stock": "stock Whoosh (StandardAnalyzer)", "stock-mp": f"stock Whoosh, writer of {CORES} processes",
           "searchapp": "searchapp ingest"}


def all_cpu(figures: dict) -> float:
    return figures["cpu"] + figures["children_cpu"]


def measure(engine: str, source: Path, workdir: Path) -> dict:
    index_dir = workdir / engine
    out = subprocess.run(
        [sys.executable, __file__, "--child", engine, str(source), str(index_dir)],
        check=True, capture_output=True, text=True,
    ).stdout
    figures = json.loads(out.strip().splitlines()[-1])
    figures["index_mb"] = index_size_bytes(index_dir) / 1e6
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20000)
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        engine, source, index_dir = args.child
        child(engine, Path(source), Path(index_dir))
        return
    require_data("saudinewsnet")
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        source = workdir / "articles.jsonl"
        with open(source, "w", encoding="utf-8") as out:
            for record in read_jsonl(DATA / "saudinewsnet" / "articles.jsonl.gz", args.articles):
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
        results = {engine: measure(engine, source, workdir) for engine in ENGINES}
    base = results["stock"]
    rows = [
        [name, f"{args.articles / r['seconds']:.0f}", f"{r['seconds']:.1f}", f"{r['index_mb']:.1f}", f"{r['peak_mb']:.0f}",
         f"{base['seconds'] / r['seconds']:.2f}x", f"{r['index_mb'] / base['index_mb']:.2f}x",
         f"{all_cpu(r) / args.articles * 1000:.2f}", f"{r['children_cpu'] / args.articles * 1000:.2f}"]
        for name, r in zip(ENGINES.values(), results.values())
    ]
    print(f"first {args.articles} articles of saudinewsnet")
    print_table(["engine", "docs/s", "seconds", "index MB", "peak RSS MB", "speed vs stock", "size vs stock",
                 "CPU ms/article", "of which in child processes"], rows)
    ours = results["searchapp"]
    print(f"\nThe most a perfect division of searchapp's work over {CORES} cores could reach: "
          f"{CORES * all_cpu(base) / all_cpu(ours):.2f}x stock (its CPU is {all_cpu(ours) / all_cpu(base):.2f}x stock's; "
          f"the extraction worker's alone {ours['children_cpu'] / all_cpu(base):.2f}x)")


if __name__ == "__main__":
    main()
