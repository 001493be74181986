"""Load test: concurrent searches against `searchapp serve` while an ingest adds documents.

Copies the 40,000-article antcorpus index that bench/render_speed.py builds
(bench/results/antcorpus-40k, built first if missing) into a temporary folder,
serves it with `searchapp serve` on 127.0.0.1 and runs N client threads for a
fixed time, each on its own keep-alive connection, over a seeded mix of
requests: the search page and /api/v1/search with 1-3-word Arabic queries
(words of the indexed titles) and some English ones, many with facet filters
(country, year, from/to, sort, page), plus /api/v1/facets/{name}?prefix=,
/api/v1/suggest and document pages. Meanwhile `searchapp ingest` adds the
antcorpus articles that follow the indexed ones (commits of 200).

An error is a status other than 200, a connection error or timeout, a body
holding "Traceback", or an API body that is not JSON. Prints requests/s and
p50/p95/p99/max latency (request sent to body read) overall and per kind of
request, the errors by kind, and the ingest's figures; exits 1 on any error,
a failed ingest, or a document count that does not add up. Loopback only; it
stops by itself and always stops the processes it started.

    python bench/load.py [--clients 20] [--seconds 120] [--port 0] [--ingest 2000]
    python bench/load.py --seconds 10 --clients 4      # a short run, e.g. in CI
    python bench/load.py --ingest 0                    # the same load without the ingest, to compare
"""

from __future__ import annotations

import argparse
import http.client
import itertools
import json
import math
import random
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, unquote, urlencode

from common import DATA, REPO, print_table, read_jsonl, require_data
from render_speed import build_antcorpus

ARTICLES = DATA / "antcorpus" / "articles.jsonl.gz"
KINDS = ("page", "api search", "facets", "suggest", "document")
KIND_WEIGHTS = (35, 35, 10, 10, 10)
ENGLISH_QUERIES = [
    "Egypt", "oil prices", "football", "United Nations", "Trump", "election", "World Cup",
    "Syria peace talks", "economy growth", "Saudi Arabia", "climate", "Tunisia government",
]
FACET_PREFIXES = {"person": ["محم", "عبد", "ترامب", "بوت", "ماكرون", "don", "al"],
                  "country": ["مصر", "سعود", "تون", "ال", "eg", "uni"]}
FILTERS = [  # facet filters and other parameters a reader adds to a search
    [("country", "EG")], [("country", "SA"), ("country", "EG")], [("country", "TN")],
    [("year", "2018")], [("year", "2016"), ("year", "2017")], [("year", "2018"), ("month", "2018-05")],
    [("from", "2018-03-01"), ("to", "2018-06-30")], [("from", "2016-01-01")],
    [("sort", "date_desc")], [("sort", "date_asc")], [("page", "2")], [("op", "any")],
    [("mode", "normalized")], [("country", "AE"), ("sort", "date_desc"), ("page", "2")],
]
ARABIC_WORD = re.compile(r"^[\u0621-\u064a]{3,}$")
INGEST_BATCH = 200
TIMEOUT_SECONDS = 60  # a request not answered by then counts as a timeout (--timeout)
DRAIN_SECONDS = 900  # the server may still be answering abandoned requests when the run ends


# --- The workload --------------------------------------------------------------------


@dataclass
class Workload:
    """What the clients ask for: queries from indexed titles, document ids, completion prefixes."""

    arabic: list[str]
    english: list[str]
    doc_ids: list[str]
    prefixes: list[str]


def make_workload(indexed: int, seed: int, size: int = 600) -> Workload:
    """1-3 consecutive Arabic words of random indexed titles (so most queries find something)."""
    rng = random.Random(seed)
    titles, ids = [], []
    for record in read_jsonl(ARTICLES, indexed):
        ids.append(record["id"])
        words = [w for w in (record.get("title") or "").split() if ARABIC_WORD.match(w)]
        if words:
            titles.append(words)
    arabic = []
    for words in rng.sample(titles, size):
        n = min(rng.randint(1, 3), len(words))
        start = rng.randrange(len(words) - n + 1)
        arabic.append(" ".join(words[start:start + n]))
    prefixes = [w[:rng.randint(2, 4)] for w in (rng.choice(rng.choice(titles)) for _ in range(size // 4))]
    return Workload(arabic, ENGLISH_QUERIES, rng.sample(ids, size), prefixes)


def search_params(rng: random.Random, work: Workload) -> list[tuple[str, str]]:
    """A query (4 in 5 Arabic), with facet filters half of the time."""
    q = rng.choice(work.english) if rng.random() < 0.2 else rng.choice(work.arabic)
    params = [("q", q)]
    if rng.random() < 0.5:
        params += rng.choice(FILTERS)
    return params


def next_request(rng: random.Random, work: Workload) -> tuple[str, str]:
    """(kind, path) of the next request a client sends."""
    kind = rng.choices(KINDS, KIND_WEIGHTS)[0]
    if kind == "page":
        params = search_params(rng, work) + ([("locale", "en")] if rng.random() < 0.2 else [])
        return kind, "/?" + urlencode(params)
    if kind == "api search":
        return kind, "/api/v1/search?" + urlencode(search_params(rng, work))
    if kind == "facets":
        name = "person" if rng.random() < 0.7 else "country"
        params = [("prefix", rng.choice(FACET_PREFIXES[name]))]
        if rng.random() < 0.5:
            params += search_params(rng, work)
        return kind, f"/api/v1/facets/{name}?" + urlencode(params)
    if kind == "suggest":
        return kind, "/api/v1/suggest?" + urlencode({"q": rng.choice(work.prefixes)})
    doc_id = quote(rng.choice(work.doc_ids), safe="")
    params = "?" + urlencode([("q", rng.choice(work.arabic)), ("rank", "1")]) if rng.random() < 0.3 else ""
    return kind, f"/doc/{doc_id}{params}"


# --- Clients -------------------------------------------------------------------------


@dataclass
class Outcome:
    kind: str
    path: str
    seconds: float
    status: int  # 0 when there was no answer
    error: str | None = None  # None, or what went wrong: "http 500", "connection", "timeout", ...
    detail: str = ""
    generation: int | None = None  # index generation an API search answered from


def check(kind: str, status: int, body: bytes) -> tuple[str | None, str, int | None]:
    """(error kind or None, detail, index generation) for an answer."""
    if status >= 500:
        return f"http {status}", body[:300].decode("utf-8", "replace"), None
    if status != 200:
        return f"http {status} (valid request)", body[:300].decode("utf-8", "replace"), None
    if b"Traceback" in body:
        return "traceback in body", "", None
    if kind in ("page", "document"):
        return None, "", None
    try:
        answer = json.loads(body)
    except ValueError as exc:
        return "bad json", str(exc), None
    return None, "", answer.get("index_generation") if kind == "api search" else None


def request_once(conn: http.client.HTTPConnection, kind: str, path: str) -> Outcome:
    started = time.perf_counter()
    try:
        conn.request("GET", path, headers={"Accept-Language": "ar"})
        response = conn.getresponse()
        body = response.read()
    except TimeoutError as exc:
        return Outcome(kind, path, time.perf_counter() - started, 0, "timeout", repr(exc))
    except (OSError, http.client.HTTPException) as exc:
        return Outcome(kind, path, time.perf_counter() - started, 0, "connection", repr(exc))
    seconds = time.perf_counter() - started
    error, detail, generation = check(kind, response.status, body)
    return Outcome(kind, path, seconds, response.status, error, detail, generation)


def client(port: int, seed: int, work: Workload, deadline: float, timeout: float, stop: threading.Event,
           out: list[Outcome]):
    """Send requests one after another on one keep-alive connection until the deadline."""
    rng = random.Random(seed)
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        while time.monotonic() < deadline and not stop.is_set():
            outcome = request_once(conn, *next_request(rng, work))
            out.append(outcome)
            if outcome.status == 0:  # start a fresh connection after a failure
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    finally:
        conn.close()


def run_clients(port: int, clients: int, seconds: float, timeout: float, work: Workload, seed: int,
                stop: threading.Event):
    """Run the client threads; returns (outcomes, seconds the run took)."""
    results: list[list[Outcome]] = [[] for _ in range(clients)]
    started = time.monotonic()
    deadline = started + seconds
    threads = [threading.Thread(target=client, daemon=True,
                                args=(port, seed + n, work, deadline, timeout, stop, results[n]))
               for n in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        while thread.is_alive():
            thread.join(0.5)  # a timed join lets Ctrl-C through
    return list(itertools.chain.from_iterable(results)), time.monotonic() - started


# --- The server and the ingest -------------------------------------------------------


def searchapp_command(index_dir: Path, *args: str) -> list[str]:
    """The `searchapp` console script (searchapp.cli:main), run with this interpreter; run it with
    cwd=REPO so that it is this checkout's code."""
    return [sys.executable, "-c", "from searchapp.cli import main; main(prog_name='searchapp')",
            "--index", str(index_dir), *args]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get_json(port: int, path: str, timeout: float = TIMEOUT_SECONDS) -> dict:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        body = response.read()
        if response.status != 200:
            raise RuntimeError(f"GET {path}: HTTP {response.status}: {body[:300]!r}")
        return json.loads(body)
    finally:
        conn.close()


def is_served(port: int, doc_id: str) -> bool:
    try:
        return get_json(port, "/api/v1/documents/" + quote(doc_id, safe=""), DRAIN_SECONDS)["id"] == doc_id
    except RuntimeError:
        return False


def wait_until_serving(server: subprocess.Popen, port: int, log: Path, limit: float = 120) -> None:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if server.poll() is not None:
            sys.exit(f"the server exited with status {server.returncode}:\n{tail(log)}")
        try:
            get_json(port, "/api/v1/stats")
            return
        except (OSError, RuntimeError, http.client.HTTPException):
            time.sleep(0.25)
    sys.exit(f"the server did not answer within {limit:.0f} s:\n{tail(log)}")


def stop_process(process: subprocess.Popen | None) -> None:
    if process is not None and process.poll() is None:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def tail(path: Path, lines: int = 40) -> str:
    text = path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""
    return "\n".join(text.splitlines()[-lines:])


def server_log_excerpt(path: Path, lines: int = 60) -> str:
    """The server log from its first logged exception on (else its end), without waitress's
    queue warnings, which can fill it."""
    text = path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""
    kept = [line for line in text.splitlines() if "Task queue depth" not in line]
    starts = [n for n, line in enumerate(kept) if line.startswith(("ERROR", "Traceback"))]
    if not starts:
        return "\n".join(kept[-lines:])
    end = next((n for n in starts if n > starts[0] + 1), len(kept))  # the next logged error
    return "\n".join(kept[starts[0]:min(end, starts[0] + lines)])


def write_ingest_file(path: Path, skip: int, count: int) -> list[str]:
    """The `count` antcorpus articles after the first `skip` (those not in the index), as searchapp JSONL;
    returns their ids."""
    ids = []
    with open(path, "w", encoding="utf-8") as out:
        for record in itertools.islice(read_jsonl(ARTICLES, skip + count), skip, None):
            doc = {name: record.get(name) for name in ("id", "title", "text", "date", "lang", "source", "url")}
            out.write(json.dumps(doc, ensure_ascii=False) + "\n")
            ids.append(record["id"])
    return ids


class IngestRun:
    """`searchapp ingest` in a subprocess, its output in `log`; a thread notes when it ends."""

    def __init__(self, index_dir: Path, jsonl: Path, log: Path):
        self.log = log
        with open(log, "wb") as handle:
            self.process = subprocess.Popen(
                searchapp_command(index_dir, "ingest", str(jsonl), "--batch-size", str(INGEST_BATCH)),
                stdout=handle, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, cwd=REPO)
        self.started = time.monotonic()
        self.finished: float | None = None
        self._watcher = threading.Thread(target=self._watch, daemon=True)
        self._watcher.start()

    def _watch(self) -> None:
        self.process.wait()
        self.finished = time.monotonic()

    def wait(self, limit: float) -> None:
        self._watcher.join(limit)
        if self._watcher.is_alive():
            print(f"the ingest still runs after {limit:.0f} s more; stopping it", file=sys.stderr)
            stop_process(self.process)
            self._watcher.join()

    @property
    def seconds(self) -> float:
        return (self.finished or time.monotonic()) - self.started

    @property
    def summary(self) -> str:
        text = self.log.read_text(encoding="utf-8", errors="replace")
        lines = [line for line in text.splitlines() if line.startswith("added ")]
        return lines[-1] if lines else "(no summary line)"


# --- Figures -------------------------------------------------------------------------


def percentile(sorted_values: list[float], p: float) -> float:
    """Nearest-rank percentile of an ascending list."""
    if not sorted_values:
        return float("nan")
    return sorted_values[max(0, math.ceil(p / 100 * len(sorted_values)) - 1)]


def latency_row(name: str, outcomes: list[Outcome], seconds: float) -> list:
    times = sorted(o.seconds * 1000 for o in outcomes)
    errors = sum(1 for o in outcomes if o.error)
    figures = [percentile(times, 50), percentile(times, 95), percentile(times, 99), times[-1] if times else math.nan]
    return [name, len(outcomes), f"{len(outcomes) / seconds:.1f}", errors, *(f"{ms:.0f}" for ms in figures)]


def print_latencies(outcomes: list[Outcome], seconds: float) -> None:
    by_kind = defaultdict(list)
    for outcome in outcomes:
        by_kind[outcome.kind].append(outcome)
    rows = [latency_row("all", outcomes, seconds)] + [latency_row(k, by_kind[k], seconds) for k in KINDS]
    print_table(["requests", "count", "per s", "errors", "p50 ms", "p95 ms", "p99 ms", "max ms"], rows)


def print_errors(outcomes: list[Outcome], server_log: Path) -> None:
    failed = [o for o in outcomes if o.error]
    if not failed:
        print("\nerrors: none")
        return
    print()
    print_table(["error", "kind", "count"],
                [[e, k, n] for (e, k), n in sorted(Counter((o.error, o.kind) for o in failed).items())])
    print("\nfirst errors:")
    for outcome in failed[:10]:
        print(f"  {outcome.error}  {outcome.seconds * 1000:.0f} ms  GET {unquote(outcome.path)}")
        if outcome.detail and not outcome.detail.lstrip().lower().startswith("<!doctype"):  # pages: see the log
            print(f"    {outcome.detail[:300]}")
    print(f"\nserver log (first exception, or last lines):\n{server_log_excerpt(server_log)}")


def code_version() -> str:
    """The checkout's commit, and whether files differ from it (the server runs the working tree)."""
    try:
        return subprocess.run(["git", "describe", "--always", "--dirty=+uncommitted changes"], check=False,
                              cwd=REPO, capture_output=True, text=True, timeout=30).stdout.strip() or "unknown"
    except (OSError, subprocess.TimeoutExpired):
        return "unknown"


def server_log_notes(server_log: Path) -> list[str]:
    text = server_log.read_text(encoding="utf-8", errors="replace") if server_log.exists() else ""
    notes = []
    if "Traceback" in text:
        notes.append(f"server log holds {text.count('Traceback')} traceback(s)")
    depth = [int(n) for n in re.findall(r"Task queue depth is (\d+)", text)]
    if depth:
        notes.append(f"waitress warned {len(depth)} times that requests queued (deepest queue {max(depth)})")
    return notes


# --- Main ----------------------------------------------------------------------------


def warm_up(port: int, work: Workload, seed: int) -> None:
    """One request of each kind, not counted: the first ones load analyzers and build facet columns."""
    rng = random.Random(seed - 1)
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=300)
    try:
        for kind in KINDS:
            path = next(p for k, p in iter(lambda: next_request(rng, work), None) if k == kind)
            outcome = request_once(conn, kind, path)
            if outcome.error:
                print(f"warm-up {kind}: {outcome.error} {outcome.detail[:200]}", file=sys.stderr)
    finally:
        conn.close()


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=20, help="concurrent client threads")
    parser.add_argument("--seconds", type=float, default=120, help="how long the clients send requests")
    parser.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (default: a free one)")
    parser.add_argument("--articles", type=int, default=40000, help="articles in the served index")
    parser.add_argument("--ingest", type=int, default=2000,
                        help="articles the ingest adds (at most those left in antcorpus); 0: no ingest")
    parser.add_argument("--ingest-timeout", type=float, default=1800, help="seconds to wait for the ingest at the end")
    parser.add_argument("--timeout", type=float, default=TIMEOUT_SECONDS, help="seconds a request may take")
    parser.add_argument("--seed", type=int, default=20240601)
    return parser.parse_args()


def main() -> int:
    args = parse_args()
    require_data("antcorpus")
    bench_index = REPO / "bench" / "results" / f"antcorpus-{args.articles // 1000}k"
    if not (bench_index / "DONE").exists():
        print(f"building {bench_index} (as bench/render_speed.py does; takes minutes) …", flush=True)
    build_antcorpus(bench_index, args.articles)
    work = make_workload(args.articles, args.seed)
    with tempfile.TemporaryDirectory(prefix="searchapp-load-") as tmp:
        return run(args, bench_index, work, Path(tmp))


def run(args: argparse.Namespace, bench_index: Path, work: Workload, tmp: Path) -> int:
    """Serve a copy of the index, load it while the ingest runs, report; the processes always stop."""
    index_dir, server_log = tmp / "index", tmp / "server.log"
    shutil.copytree(bench_index, index_dir)
    ingest_ids = write_ingest_file(tmp / "ingest.jsonl", args.articles, args.ingest) if args.ingest else []
    port = args.port or free_port()
    stop = threading.Event()
    server = ingest = None
    try:
        with open(server_log, "wb") as log:
            server = subprocess.Popen(
                searchapp_command(index_dir, "serve", "--host", "127.0.0.1", "--port", str(port)),
                stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, cwd=REPO)
        wait_until_serving(server, port, server_log)
        warm_up(port, work, args.seed)
        before = get_json(port, "/api/v1/stats")["documents"]
        print(f"serving {before} documents on 127.0.0.1:{port}; {args.clients} clients for {args.seconds:.0f} s "
              f"while ingesting {len(ingest_ids)} more …", flush=True)
        ingest = IngestRun(index_dir, tmp / "ingest.jsonl", tmp / "ingest.log") if ingest_ids else None
        outcomes, seconds = run_clients(port, args.clients, args.seconds, args.timeout, work, args.seed, stop)
        ok = report_requests(args, outcomes, seconds, before, server_log)
        if ingest:
            still_running = ingest.finished is None
            ingest.wait(args.ingest_timeout)
            after = get_json(port, "/api/v1/stats", DRAIN_SECONDS)["documents"]
            served = is_served(port, ingest_ids[-1])
            ok = report_ingest(ingest, still_running, before, after, served, outcomes) and ok
        for note in server_log_notes(server_log):
            print(f"note: {note}")
        print(f"\n{'OK' if ok else 'FAILED'}: {sum(1 for o in outcomes if o.error)} errors in {len(outcomes)} requests")
        return 0 if ok else 1
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except Exception:
        print(f"server log (first exception, or last lines):\n{server_log_excerpt(server_log)}", file=sys.stderr)
        raise
    finally:
        stop.set()
        stop_process(ingest.process if ingest else None)
        stop_process(server)


def report_requests(args, outcomes: list[Outcome], seconds: float, before: int, server_log: Path) -> bool:
    print(f"\ncode: {code_version()}")
    print(f"{args.clients} clients sending for {args.seconds:.0f} s; last answer after {seconds:.1f} s "
          f"(rates are per {seconds:.1f} s); searchapp serve on 127.0.0.1, {before} documents at the start\n")
    print_latencies(outcomes, seconds)
    print_errors(outcomes, server_log)
    return not any(o.error for o in outcomes)


def report_ingest(ingest: IngestRun, still_running: bool, before: int, after: int, served: bool,
                  outcomes: list[Outcome]) -> bool:
    """The ingest's figures; whether it succeeded and the server counts every document it added."""
    added = int(m.group(1)) if (m := re.match(r"added (\d+)", ingest.summary)) else 0
    generations = sorted({o.generation for o in outcomes if o.generation is not None})
    print()
    print_table(["ingest", "value"], [
        ["documents added (summary)", added],
        ["summary line", ingest.summary],
        ["exit code", ingest.process.returncode],
        ["wall seconds", f"{ingest.seconds:.1f}"],
        ["finished", "after the clients (waited for it)" if still_running else "while the clients ran"],
        ["documents before / after (/api/v1/stats)", f"{before} / {after}"],
        ["last ingested document served", "yes" if served else "no"],
        ["index generations seen by API searches",
         f"{len(generations)} ({generations[0]}..{generations[-1]})" if generations else "-"],
    ])
    if ingest.process.returncode != 0:
        print(f"\ningest output (last lines):\n{tail(ingest.log)}")
    return ingest.process.returncode == 0 and after == before + added and served


if __name__ == "__main__":
    sys.exit(main())
