"""Shared fixtures: a real Whoosh index of the bundled sample corpus, the Flask app, the CLI runner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from searchapp import config, create_app, ingest
from searchapp.index import open_index

DATA = Path(__file__).resolve().parent / "data"
SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def sample_records() -> list[dict]:
    """The bundled sample corpus as plain dicts, for computing expected values independently."""
    with open(config.SAMPLE_CORPUS, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def countries_of(record: dict) -> list[str]:
    """A record's countries as the index holds them: its metadata, else what extraction finds."""
    from searchapp.extract import extract

    return extract(ingest.make_document(record)).countries


def index_records(path: Path, records: list[dict]):
    """A fresh index at `path` holding `records`; fails the test if any record is rejected."""
    ix = open_index(path)
    rejections = []
    items = [(f"test:{n}", record) for n, record in enumerate(records, start=1)]
    ingest.ingest(ix, items, on_reject=rejections.append)
    assert rejections == []
    return ix


@pytest.fixture(scope="session")
def sample_index_dir(tmp_path_factory) -> Path:
    """A folder holding the sample corpus, ingested once per session. Tests must not write to it."""
    path = tmp_path_factory.mktemp("sample-index")
    ix = open_index(path)
    rejections = []
    summary = ingest.ingest(ix, ingest.read_paths([config.SAMPLE_CORPUS]), on_reject=rejections.append)
    assert rejections == []
    assert summary.added == 48
    return path


@pytest.fixture(scope="session")
def sample_ix(sample_index_dir):
    return open_index(sample_index_dir, create=False)


@pytest.fixture(scope="session")
def segmented_ix(tmp_path_factory):
    """The sample corpus in three segments, with two documents deleted. Tests must not write to it."""
    ix = open_index(tmp_path_factory.mktemp("segmented"))
    records = sample_records()
    for batch in (records[:16], records[16:32], records[32:]):
        ingest.ingest(ix, [(f"test:{n}", r) for n, r in enumerate(batch)], on_reject=pytest.fail)
    ingest.delete(ix, [records[3]["id"], records[20]["id"]])
    return ix


@pytest.fixture
def app(sample_index_dir):
    return create_app({"INDEX_DIR": str(sample_index_dir), "TESTING": True})


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner():
    return CliRunner()
