"""Export memory: streaming every hit of a search keeps memory flat.

Streams /api/v1/export.ndjson and /api/v1/export.csv for all documents (and for an
Arabic query) of the 40,000-article antcorpus index that bench/render_speed.py
builds, reading the response chunk by chunk as a client would, and prints rows,
seconds and the peak of Python memory (tracemalloc) beside what holding the same
rows in one list would take.

    python bench/export_memory.py [--articles 40000]
"""

from __future__ import annotations

import argparse
import json
import time
import tracemalloc
from urllib.parse import urlencode

from common import REPO, print_table, require_data
from render_speed import build_antcorpus

from searchapp import create_app


def stream(client, path: str) -> tuple[int, float, float]:
    """Lines, seconds and peak traced MB of reading one export chunk by chunk."""
    tracemalloc.start()
    started = time.perf_counter()
    response = client.get(path, buffered=False)
    rows = 0
    for chunk in response.response:
        rows += chunk.count(b"\n") if isinstance(chunk, bytes) else chunk.count("\n")
    response.close()
    seconds = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1] / 1e6
    tracemalloc.stop()
    return rows, seconds, peak


def held_in_a_list(client, path: str) -> float:
    """Peak traced MB of the same rows kept in memory at once, for comparison."""
    tracemalloc.start()
    rows = [json.loads(line) for line in client.get(path).get_data(as_text=True).split("\n") if line]
    peak = tracemalloc.get_traced_memory()[1] / 1e6
    tracemalloc.stop()
    del rows
    return peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=40000)
    args = parser.parse_args()
    require_data("antcorpus")
    index_dir = REPO / "bench" / "results" / f"antcorpus-{args.articles // 1000}k"
    build_antcorpus(index_dir, args.articles)
    client = create_app({"INDEX_DIR": str(index_dir)}).test_client()
    rows = []
    for query in ("", "الحكومة"):
        for kind in ("ndjson", "csv"):
            path = f"/api/v1/export.{kind}?" + urlencode({"q": query})
            count, seconds, peak = stream(client, path)
            rows.append([kind, query or "(all)", count, f"{seconds:.1f}", f"{count / seconds:.0f}", f"{peak:.1f}"])
    baseline = held_in_a_list(client, "/api/v1/export.ndjson?q=")
    print_table(["export", "query", "lines", "seconds", "lines/s", "peak MB (streamed)"], rows)
    print("(NDJSON: one line a document; CSV lines also count the line breaks inside quoted texts)")
    print(f"holding all rows of the first export in one list instead: peak {baseline:.0f} MB")


if __name__ == "__main__":
    main()
