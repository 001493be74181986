"""How cost grows with the archive: ingest, index size and search latency at 10k, 20k, 40k and 72k.

The archive is all 72,716 Arabic articles of ../shared/data/saudinewsnet and
../shared/data/antcorpus, interleaved so every size mixes both sources. It grows by
`searchapp ingest` (the real command, in its own process: validation, extraction,
analysis, batched commits) from one size to the next; each row gives the documents/s
of that step, the peak memory of its process, the index size, and the search
function's median and 95th percentile (1- to 3-word Arabic queries, all three facets
counted, each query searched once cold-ish in a fixed shuffled order).

At the largest size it also times the search page and the API answer through Flask's
test client, the archive browsed without a query (newest first), a search among each
query's person facet values, a document page (previous, next and similar documents), and
stock Whoosh (StandardAnalyzer, same articles, same queries, top 10, no facets) side by
side. Those two search rows repeat the queries in three passes and give the median pass's
figures, with each pass's beside them.

    python bench/scaling.py [--sizes 10000,20000,40000,72716] [--queries 120]
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode

from whoosh import qparser

from common import DATA, print_table, read_jsonl, require_data, stock_index

from searchapp import create_app
from searchapp.analysis import normalize, split_words
from searchapp.index import index_size_bytes, open_index
from searchapp.search import SearchRequest, document, run


PASSES = 3  # repeated passes over the queries, for the search function's rows at the largest size
WARM_UP = 600  # queries a warmed-up server has answered before the timed, unseen ones


def interleaved_articles() -> list[dict]:
    sources = [list(read_jsonl(DATA / name / "articles.jsonl.gz")) for name in ("saudinewsnet", "antcorpus")]
    mixed = itertools.chain.from_iterable(itertools.zip_longest(*sources))
    return [record for record in mixed if record is not None]


def make_queries(records: list[dict], count: int, seed: int = 7) -> list[str]:
    """1- to 3-word runs of title words (a third of each length), in a fixed shuffled order."""
    rng = random.Random(seed)
    queries = []
    while len(queries) < count:
        words = [w for w in split_words(rng.choice(records).get("title") or "") if len(w) > 2]
        length = 1 + len(queries) % 3
        if len(words) >= length:
            start = rng.randrange(len(words) - length + 1)
            queries.append(" ".join(words[start:start + length]))
    return queries


def write_steps(workdir: Path, records: list[dict], sizes: list[int]) -> list[Path]:
    """A JSON Lines file of the articles each size adds to the one before."""
    steps = []
    for start, size in zip([0, *sizes], sizes):
        steps.append(workdir / f"step-{size}.jsonl")
        with open(steps[-1], "w", encoding="utf-8") as out:
            out.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in records[start:size])
    return steps


def ingest_step(index_dir: Path, source: Path) -> dict:
    """`searchapp ingest` of `source` in a child process: seconds and the child's peak RSS."""
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", "from searchapp.cli import main; main()", "--index", str(index_dir),
                    "ingest", str(source)], check=False, capture_output=True)
    seconds = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # largest child so far
    return {"seconds": seconds, "peak_mb": peak_mb}


def percentiles(times: list[float]) -> tuple[float, float]:
    ordered = sorted(times)
    return statistics.median(ordered) * 1000, ordered[int(0.95 * (len(ordered) - 1))] * 1000


def median_pass(passes: list[list[float]]) -> tuple[float, float, str]:
    """The median over passes of each pass's p50 and p95, and every pass's p50 / p95 to show the
    spread: this machine's speed varies from one minute to the next by more than a change makes."""
    figures = [percentiles(times) for times in passes]
    spread = ", ".join(f"{p50:.1f} / {p95:.1f}" for p50, p95 in figures)
    return statistics.median(p50 for p50, _ in figures), statistics.median(p95 for _, p95 in figures), spread


def search_times(index_dir: Path, queries: list[str], requests: list[SearchRequest] | None = None) -> list[float]:
    """Seconds per search: of each query, or of the given requests."""
    ix = open_index(index_dir, create=False)
    run(ix, SearchRequest(q=""))  # opens the searcher and builds the facet columns, reading no term
    times = []
    for request in requests or [SearchRequest(q=q) for q in queries]:
        started = time.perf_counter()
        run(ix, request)
        times.append(time.perf_counter() - started)
    return times


def document_times(index_dir: Path, queries: list[str]) -> list[float]:
    """Seconds per document page: the second hit of each query, with its previous and next in
    that search and the five documents most like it."""
    ix = open_index(index_dir, create=False)
    times = []
    for q in queries:
        request = SearchRequest(q=q)
        hits = run(ix, request).hits
        if len(hits) > 1:
            started = time.perf_counter()
            document(ix, hits[1].id, request, rank=2)
            times.append(time.perf_counter() - started)
    return times


def browse_requests(count: int) -> list[SearchRequest]:
    """The archive without a query, newest first, pages 1 to 20 in turn: a search page's first view."""
    return [SearchRequest(q="", page=1 + k % 20) for k in range(count)]


def person_search_requests(queries: list[str]) -> list[SearchRequest]:
    """Each query with a search among its person facet's values, by the first three letters of its
    first word (a common Arabic name start, as an archivist types one)."""
    return [SearchRequest(q=q, facet_search=(("person", normalize(q.split()[0])[:3]),)) for q in queries]


def http_times(index_dir: Path, queries: list[str], path: str) -> list[float]:
    client = create_app({"INDEX_DIR": str(index_dir)}).test_client()
    client.get(path + "?" + urlencode({"q": queries[0]}))
    times = []
    for q in queries:
        started = time.perf_counter()
        response = client.get(path + "?" + urlencode({"q": q}))
        times.append(time.perf_counter() - started)
        assert response.status_code == 200, (q, response.status_code)
    return times


def unseen_times(workdir: Path, index_dir: Path, queries: list[str], warm_up: list[str]) -> list[list[float]]:
    """Seconds per search of `queries` in fresh processes (PASSES of them), each first answering
    `warm_up`: a process that has searched nothing else, or a server that has answered others."""
    queries_file, warm_file = workdir / "queries.json", workdir / "warm-up.json"
    queries_file.write_text(json.dumps(queries, ensure_ascii=False), encoding="utf-8")
    warm_file.write_text(json.dumps(warm_up, ensure_ascii=False), encoding="utf-8")
    runs = []
    for _ in range(PASSES):
        out = subprocess.run([sys.executable, __file__, "--search-child", str(index_dir), str(queries_file), str(warm_file)],
                             check=True, capture_output=True, text=True).stdout
        runs.append(json.loads(out.strip().splitlines()[-1]))
    return runs


def search_child(index_dir: Path, queries_file: Path, warm_file: Path) -> None:
    warm_up = json.loads(warm_file.read_text(encoding="utf-8"))
    queries = json.loads(queries_file.read_text(encoding="utf-8"))
    if warm_up:
        search_times(index_dir, warm_up)
    print(json.dumps(search_times(index_dir, queries)))


def stock_times(workdir: Path, sources: list[Path], queries: list[str]) -> tuple[list[list[float]], float, float]:
    """Stock Whoosh indexing the articles of `sources` and searching `queries`, in a child process:
    indexing 72k articles leaves this process's memory in a state that slowed our own searches
    afterwards by a fifth, so neither engine is timed in a process the other has worked in."""
    path, queries_file = workdir / "stock", workdir / "queries.json"
    queries_file.write_text(json.dumps(queries, ensure_ascii=False), encoding="utf-8")
    out = subprocess.run([sys.executable, __file__, "--stock-child", str(path), str(queries_file), *map(str, sources)],
                         check=True, capture_output=True, text=True).stdout
    figures = json.loads(out.strip().splitlines()[-1])
    return figures["times"], figures["docs_per_second"], index_size_bytes(path) / 1e6


def stock_child(path: Path, queries_file: Path, sources: list[Path]) -> None:
    records = [record for source in sources for record in read_jsonl(source)]
    queries = json.loads(queries_file.read_text(encoding="utf-8"))
    path.mkdir()
    started = time.perf_counter()
    ix = stock_index(path, records)
    seconds = time.perf_counter() - started
    parser = qparser.MultifieldParser(["title", "text"], ix.schema)
    times = []
    with ix.searcher() as searcher:
        searcher.search(parser.parse(queries[0]), limit=10)
        for _ in range(PASSES):
            times.append([])
            for q in queries:
                started = time.perf_counter()
                searcher.search(parser.parse(q), limit=10)
                times[-1].append(time.perf_counter() - started)
    print(json.dumps({"times": times, "docs_per_second": len(records) / seconds}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,20000,40000,72716")
    parser.add_argument("--queries", type=int, default=120)
    parser.add_argument("--stock-child", nargs="+", help=argparse.SUPPRESS)
    parser.add_argument("--search-child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.stock_child:
        path, queries_file, *sources = map(Path, args.stock_child)
        return stock_child(path, queries_file, sources)
    if args.search_child:
        return search_child(*map(Path, args.search_child))
    require_data("saudinewsnet", "antcorpus")
    records = interleaved_articles()
    sizes = [min(int(s), len(records)) for s in args.sizes.split(",")]
    queries = make_queries(records[:sizes[0]], args.queries)
    warm_up = [q for q in make_queries(records[:sizes[0]], 2 * WARM_UP, seed=11) if q not in set(queries)][:WARM_UP]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        index_dir = workdir / "index"
        steps = write_steps(workdir, records, sizes)
        # Holding 72k articles in memory slowed this process's searches by a tenth to a fifth;
        # a server holds none.
        del records
        done = 0
        for size, step in zip(sizes, steps):
            figures = ingest_step(index_dir, step)
            p50, p95 = percentiles(search_times(index_dir, queries))
            rows.append([size, f"{(size - done) / figures['seconds']:.0f}", f"{figures['peak_mb']:.0f}",
                         f"{index_size_bytes(index_dir) / 1e6:.0f}", f"{p50:.1f}", f"{p95:.1f}"])
            print(*rows[-1], sep="\t", flush=True)
            done = size
        print(f"\nsearchapp, growing by `searchapp ingest`; {len(queries)} queries of 1-3 Arabic words, all facets")
        print_table(["articles", "ingest docs/s (step)", "peak RSS MB", "index MB", "search p50 ms",
                     "search p95 ms"], rows)

        stock, stock_rate, stock_mb = stock_times(workdir, steps, queries)
        repeated = {"stock Whoosh: search, top 10, no facets": median_pass(stock),
                    "searchapp: search function (all facets)": median_pass(
                        [search_times(index_dir, queries) for _ in range(PASSES)]),
                    "searchapp: same, unseen queries, fresh process": median_pass(
                        unseen_times(workdir, index_dir, queries, [])),
                    f"searchapp: same, unseen queries after {WARM_UP} others": median_pass(
                        unseen_times(workdir, index_dir, queries, warm_up))}
        ours = {"search function, no query, newest first": search_times(index_dir, queries, browse_requests(len(queries))),
                "search function, person value search": search_times(index_dir, queries, person_search_requests(queries)),
                "document function (previous, next, similar)": document_times(index_dir, queries),
                "search page (GET /)": http_times(index_dir, queries, "/"),
                "API (GET /api/v1/search)": http_times(index_dir, queries, "/api/v1/search")}
        table = [[name, f"{p50:.1f}", f"{p95:.1f}", spread] for name, (p50, p95, spread) in repeated.items()]
        table += [[f"searchapp: {name}", *(f"{x:.1f}" for x in percentiles(times)), ""] for name, times in ours.items()]
        print(f"\n{done} articles, same {len(queries)} queries (stock Whoosh indexed them at {stock_rate:.0f} "
              f"docs/s into {stock_mb:.0f} MB); the first four rows: the median of {PASSES} passes or processes")
        print_table(["engine", "p50 ms", "p95 ms", "each pass, p50 / p95 ms"], table)


if __name__ == "__main__":
    main()
