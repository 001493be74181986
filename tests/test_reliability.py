"""The archive survives killed ingests, concurrent readers and writers, and never leaks the write token."""

from __future__ import annotations

import logging
import os
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from searchapp import create_app, ingest
from searchapp.index import open_index
from stress.crash_trials import CLI, synthetic_record, write_corpus

CRASH_TRIALS = Path(__file__).resolve().parent / "stress" / "crash_trials.py"


def test_ingests_killed_at_random_moments_lose_nothing():
    run = subprocess.run([sys.executable, str(CRASH_TRIALS), "--trials", "3", "--docs", "600",
                          "--batch-size", "100", "--sample", "30"], capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "3 trials, documents lost: 0, trials with problems: 0" in run.stdout
    # at least one trial was killed after some batches were committed, so something had to survive
    assert re.search(r"[1-9]\d* reported committed, +[1-9]\d* found", run.stdout), run.stdout


def start_ingest(index_dir: Path, corpus: Path, env: dict | None = None) -> subprocess.Popen:
    """`searchapp ingest -v` in another process, returned once it has committed its first batch."""
    child = subprocess.Popen([*CLI, "--index", str(index_dir), "ingest", "-v", "--batch-size", "50", str(corpus)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    first = child.stderr.readline()
    assert first.startswith("committed:"), first + child.stderr.read()
    return child


@pytest.fixture
def archive(tmp_path):
    """An index of 100 documents, and a file of 3,000 more for a long ingest."""
    index_dir = tmp_path / "ix"
    ingest.ingest(open_index(index_dir), [("t", synthetic_record(n)) for n in range(100, 200)])
    corpus = tmp_path / "more.jsonl"
    write_corpus(corpus, 3000)
    return index_dir, corpus


def test_searches_answer_from_whole_generations_while_an_ingest_commits(archive):
    index_dir, corpus = archive
    client = create_app({"INDEX_DIR": str(index_dir), "TESTING": True}).test_client()
    child = start_ingest(index_dir, corpus)

    def search_until_done(_worker):
        totals = []
        while child.poll() is None:
            for url in ("/?q=تقرير", "/api/v1/facets/country", "/api/v1/stats", "/doc/crash-00150"):
                response = client.get(url)
                assert response.status_code == 200, (url, response.get_data(as_text=True)[:500])
            totals.append(client.get("/api/v1/search?q=تقرير&per_page=1").get_json()["total"])
        return totals

    with ThreadPoolExecutor(4) as pool:
        seen = list(pool.map(search_until_done, range(4)))
    assert child.wait() == 0, child.stderr.read()
    for totals in seen:
        assert totals == sorted(totals)  # never an older generation after a newer one
        # whole batches of 50 only (100 documents, then 3,000 of which ids 100–199 replace those)
        assert all(t % 50 == 0 and 100 <= t <= 3000 for t in totals), totals
    assert len({t for totals in seen for t in totals}) >= 3  # the searches did see several commits
    assert client.get("/api/v1/search?q=تقرير").get_json()["total"] == 3000


def test_a_second_writer_is_told_the_index_is_busy_or_waits(archive, tmp_path):
    index_dir, corpus = archive
    other = tmp_path / "other.jsonl"
    write_corpus(other, 3)  # ids crash-00000..2, also in the long ingest: same documents either way
    child = start_ingest(index_dir, corpus)

    busy = subprocess.run([*CLI, "--index", str(index_dir), "ingest", str(other)], capture_output=True, text=True)
    api = create_app({"INDEX_DIR": str(index_dir), "TESTING": True, "API_TOKEN": "s3cret"}).test_client()
    posted = api.post("/api/v1/documents", json=synthetic_record(5000), headers={"Authorization": "Bearer s3cret"})
    long_ingest_still_running = child.poll() is None  # so the next ingest has to wait for it
    waited = subprocess.run([*CLI, "--index", str(index_dir), "ingest", str(other)], capture_output=True, text=True,
                            env={**os.environ, "SEARCHAPP_LOCK_TIMEOUT": "120"})

    assert busy.returncode == 1 and long_ingest_still_running
    assert busy.stderr == ("Error: the index is busy: another process is writing to it "
                           "(set SEARCHAPP_LOCK_TIMEOUT to a number of seconds to wait for it)\n")
    assert posted.status_code == 503 and posted.get_json()["error"]["code"] == "index_busy"
    assert waited.returncode == 0, waited.stderr
    assert waited.stdout.startswith("added 0, replaced 3, rejected 0")  # it ran after the long ingest
    assert child.wait() == 0
    assert open_index(index_dir).doc_count() == 3000


def test_the_write_token_never_reaches_the_logs(sample_index_dir, caplog, capfd):
    caplog.set_level(logging.DEBUG)
    token = "tok-5f1c9e2a7b"
    client = create_app({"INDEX_DIR": str(sample_index_dir), "TESTING": True, "API_TOKEN": token}).test_client()
    for header in (f"Bearer {token}", f"Bearer {token}x", token):
        client.delete("/api/v1/documents/no-such-id", headers={"Authorization": header})
        client.post("/api/v1/documents", data=b"{", headers={"Authorization": header,
                                                             "Content-Type": "application/json"})
    out, err = capfd.readouterr()
    assert token not in caplog.text + out + err
