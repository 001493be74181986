"""Kill an ingest with SIGKILL at random moments and check that the archive survives.

Each trial ingests the same synthetic documents with `searchapp ingest -v` in a child process,
kills it after a random delay, then checks that
  - the index opens;
  - it holds exactly the documents of whole batches, at least every batch the child reported
    committed: no partial batch, and no partial document (each stored text is whole, and its
    unique code word finds that document and no other);
  - the killed writer's lock does not stop the next run (it was the dead process's);
  - running the same ingest again exits 0 and ends with exactly the expected documents, and no
    file of the killed writer is left in the index folder.

    python tests/stress/crash_trials.py                        # 20 trials of 3,000 documents
    python tests/stress/crash_trials.py --trials 3 --docs 600  # what the test suite runs

Prints one line per trial and a summary; exits 1 if any document was lost or any check failed.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.filedb.filestore import FileStorage
from whoosh.index import TOC

from searchapp import search
from searchapp.index import open_index

CLI = [sys.executable, "-c", "from searchapp.cli import main; main()"]
CONSONANTS = "bcfghjkmnp"  # code words without vowels: no stemmer changes them, so each stays unique


def code_word(n: int) -> str:
    return "zq" + "".join(CONSONANTS[int(d)] for d in f"{n:05d}")


def synthetic_record(n: int) -> dict:
    """A short news-like article written for this script, with countries and people to extract."""
    city, country = [("القاهرة", "مصر"), ("عمّان", "الأردن"), ("بيروت", "لبنان"), ("الرباط", "المغرب")][n % 4]
    return {
        "id": f"crash-{n:05d}",
        "title": f"تقرير رقم {n} من {city}",
        "date": f"20{10 + n % 15}-{1 + n % 12:02d}-{1 + n % 28:02d}",
        "text": (f"{city} - قال الرئيس أحمد سالم إن {country} تتابع ملف المياه مع جيرانها. "
                 f"Report {n} mentions the code word {code_word(n)} once. "
                 f"وأضاف وزير الخارجية أن المحادثات ستستمر الأسبوع المقبل في {city}."),
    }


def write_corpus(path: Path, count: int) -> list[dict]:
    records = [synthetic_record(n) for n in range(count)]
    with open(path, "w", encoding="utf-8") as handle:
        handle.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    return records


def ingest_command(index_dir: Path, corpus: Path, batch_size: int) -> list[str]:
    return [*CLI, "--index", str(index_dir), "ingest", "-v", "--batch-size", str(batch_size), str(corpus)]


def run_ingest(command: list[str], kill_when=None) -> tuple[list[tuple[float, int]], int]:
    """Run the ingest; `kill_when(reported)` says, as progress comes, after how many more seconds to SIGKILL
    it (None: not yet). Returns the (time, documents) of each committed batch it reported, and its exit code."""
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    reported: list[tuple[float, int]] = []

    def read_progress():
        for line in child.stderr:
            if match := re.match(r"committed: (\d+) documents indexed", line):
                reported.append((time.perf_counter() - started, int(match.group(1))))

    reader = threading.Thread(target=read_progress)
    reader.start()
    while kill_when and child.poll() is None:
        delay = kill_when(reported[-1][1] if reported else 0)
        if delay is not None:
            time.sleep(delay)
            child.send_signal(signal.SIGKILL)
            break
        time.sleep(0.005)
    child.wait()
    reader.join(timeout=15)  # ends when every process holding the ingest's stderr is gone
    if reader.is_alive():
        raise RuntimeError("a process of the killed ingest (its extraction worker?) outlived it by 15 s")
    return reported, child.returncode


def check_survivors(index_dir: Path, records: list[dict], batch_size: int, reported: int,
                    sample: int, rng: random.Random) -> tuple[int, list[str]]:
    """The number of documents the index holds, and what is wrong with them (nothing, we hope)."""
    problems = []
    if not whoosh_index.exists_in(index_dir):  # killed before it created the index
        return 0, ([] if reported == 0 else [f"no index, though {reported} documents were reported committed"])
    ix = open_index(index_dir, create=False)
    with ix.searcher() as searcher:
        stored = {fields["id"]: fields for fields in searcher.all_stored_fields()}
        count = searcher.doc_count()
    if count != len(stored):
        problems.append(f"{count} live documents but {len(stored)} distinct ids")
    whole_batches = len(stored) % batch_size == 0 or len(stored) == len(records)
    expected = records[:len(stored)]
    if not whole_batches or set(stored) != {r["id"] for r in expected}:
        problems.append(f"{len(stored)} documents are not a prefix of whole batches of {batch_size}")
    if len(stored) < reported:
        problems.append(f"lost documents: {reported} were reported committed, {len(stored)} are there")
    for record in expected:
        fields = stored.get(record["id"])
        if fields and (fields["title"], fields["text"]) != (record["title"], record["text"]):
            problems.append(f"{record['id']} is stored partially or altered")
    for record in rng.sample(expected, min(sample, len(expected))):
        result = search.run(ix, search.SearchRequest(q=code_word(int(record["id"][-5:]))))
        if [hit.id for hit in result.hits] != [record["id"]]:
            problems.append(f"{record['id']}: its code word finds {[hit.id for hit in result.hits]}")
    return len(stored), problems


def leftover_files(index_dir: Path) -> list[str]:
    """Files in the index folder that no generation (kept for readers a while) uses."""
    storage = FileStorage(str(index_dir))
    generations = [int(m.group(1)) for name in storage if (m := TOC._pattern("MAIN").match(name))]
    used = {segment.segment_id() for generation in generations
            for segment in TOC.read(storage, "MAIN", generation).segments}
    keep = {"persons.json", "MAIN_WRITELOCK", "MAIN_SESSIONLOCK"}
    return sorted(name for name in storage if name not in keep and not TOC._pattern("MAIN").match(name)
                  and name.split(".")[0] not in used)


def trial(number: int, workdir: Path, corpus: Path, records: list[dict], args, timing: dict) -> dict:
    """Kill after a random number of committed batches, a random moment into the next one (or its commit)."""
    rng = random.Random(args.seed + number)
    index_dir = workdir / f"trial-{number}"
    command = ingest_command(index_dir, corpus, args.batch_size)
    batches_before = rng.randrange(0, -(-len(records) // args.batch_size))
    if batches_before:
        wait_for, delay = batches_before * args.batch_size, rng.uniform(0, 1.2 * timing["batch"])
    else:
        wait_for, delay = 0, rng.uniform(0.1, timing["first"])
    reported, _ = run_ingest(command, kill_when=lambda done: delay if done >= wait_for else None)
    reported = reported[-1][1] if reported else 0
    found, problems = check_survivors(index_dir, records, args.batch_size, reported, args.sample, rng)
    rerun = subprocess.run(command, capture_output=True, text=True, env={**os.environ, "SEARCHAPP_LOCK_TIMEOUT": "0"})
    if rerun.returncode != 0:
        problems.append(f"re-run exited {rerun.returncode}: {rerun.stderr.strip()[-300:]}")
    final, final_problems = check_survivors(index_dir, records, args.batch_size, len(records), args.sample, rng)
    problems += final_problems
    if final != len(records):
        problems.append(f"after the re-run {final} documents, expected {len(records)}")
    if leftovers := leftover_files(index_dir):
        problems.append(f"files of the killed writer left behind: {leftovers}")
    return {"when": f"{batches_before} batches + {delay:.2f} s", "reported": reported, "found": found,
            "final": final, "problems": problems}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--trials", type=int, default=20)
    parser.add_argument("--docs", type=int, default=3000)
    parser.add_argument("--batch-size", type=int, default=250)
    parser.add_argument("--sample", type=int, default=100, help="documents searched by code word per check")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="crash-trials-") as tmp:
        workdir = Path(tmp)
        corpus = workdir / "corpus.jsonl"
        records = write_corpus(corpus, args.docs)
        reported, code = run_ingest(ingest_command(workdir / "reference", corpus, args.batch_size))
        assert code == 0 and reported[-1][1] == args.docs, "the uninterrupted reference ingest failed"
        times = [t for t, _ in reported]
        timing = {"first": times[0], "batch": (times[-1] - times[0]) / max(1, len(times) - 1)}
        print(f"{args.docs} documents in batches of {args.batch_size}: first commit after {timing['first']:.2f} s, "
              f"then one every {timing['batch']:.2f} s; each trial kills the ingest at a random moment")
        failed = lost = 0
        for number in range(1, args.trials + 1):
            outcome = trial(number, workdir, corpus, records, args, timing)
            lost += max(0, outcome["reported"] - outcome["found"])
            failed += bool(outcome["problems"])
            print(f"trial {number:2d}: killed after {outcome['when']}: {outcome['reported']:5d} reported "
                  f"committed, {outcome['found']:5d} found, {outcome['final']:5d} after re-run"
                  + "".join(f"\n    PROBLEM: {p}" for p in outcome["problems"]))
        print(f"{args.trials} trials, documents lost: {lost}, trials with problems: {failed}")
    return 1 if failed or lost else 0


if __name__ == "__main__":
    sys.exit(main())
