"""The `searchapp` command line through click's CliRunner."""

from __future__ import annotations

import json

import pytest

from conftest import DATA
from searchapp import config
from searchapp.cli import main
from searchapp.index import open_index


def cli(runner, index_dir, *args):
    return runner.invoke(main, ["--index", str(index_dir), *args])


@pytest.fixture
def index_dir(tmp_path, runner):
    """A fresh index holding the sample corpus, ingested through the CLI."""
    path = tmp_path / "ix"
    result = cli(runner, path, "ingest", str(config.SAMPLE_CORPUS))
    assert result.exit_code == 0, result.output
    return path


def test_ingest_prints_the_summary(runner, tmp_path):
    result = cli(runner, tmp_path / "ix", "ingest", str(config.SAMPLE_CORPUS))
    assert result.exit_code == 0
    assert result.stdout.startswith("added 48, replaced 0, rejected 0 in ")
    assert result.stderr == ""


def test_ingest_again_replaces(runner, index_dir):
    result = cli(runner, index_dir, "ingest", str(config.SAMPLE_CORPUS))
    assert result.exit_code == 0
    assert result.stdout.startswith("added 0, replaced 48, rejected 0 in ")
    stats = json.loads(cli(runner, index_dir, "stats", "--json").stdout)
    assert stats["documents"] == 48


def test_ingest_several_formats_at_once(runner, tmp_path):
    result = cli(runner, tmp_path / "ix", "ingest", str(DATA / "good.jsonl"), str(DATA / "txt"))
    assert result.exit_code == 0
    assert result.stdout.startswith("added 6, replaced 0, rejected 0 in ")


def test_ingest_default_language(runner, tmp_path):
    result = cli(runner, tmp_path / "ix", "ingest", "--lang", "en", str(DATA / "txt"))
    assert result.exit_code == 0
    stats = json.loads(cli(runner, tmp_path / "ix", "stats", "--json").stdout)
    assert stats["languages"] == {"en": 2}


def test_search_prints_hits(runner, sample_index_dir):
    result = cli(runner, sample_index_dir, "search", "المفاوضات")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].startswith("4 hits  (")
    assert [line.split()[1] for line in lines[1:]] == ["sample-028", "sample-021", "sample-044", "sample-040"]
    assert lines[2].split(maxsplit=3)[2:] == ["2022-03-29", "جَوْلَةٌ جَدِيدَةٌ مِنَ المُفَاوَضَاتِ بين روسيا وأوكرانيا"]


def test_search_json(runner, sample_index_dir):
    result = cli(runner, sample_index_dir, "search", "--json", "--mode", "exact", "المُفَاوَضَاتِ")
    assert result.exit_code == 0
    body = json.loads(result.stdout)
    assert body["total"] == 2
    assert sorted(hit["id"] for hit in body["hits"]) == ["sample-021", "sample-044"]
    assert body["query"]["mode"] == "exact"
    assert "المُفَاوَضَاتِ" in result.stdout  # not \u-escaped


def test_search_options(runner, sample_index_dir):
    result = cli(runner, sample_index_dir, "search", "--json", "--op", "any", "--country", "ua",
                 "--sort", "date_asc", "--per-page", "3", "--page", "2", "--locale", "ar", "مصر الأردن روسيا")
    body = json.loads(result.stdout)
    # Ukrainian documents naming Egypt, Jordan or Russia: 021, 028, 040, 044, 043 by date.
    assert (body["total"], body["page"], body["per_page"], body["query"]["op"]) == (5, 2, 3, "any")
    assert [hit["id"] for hit in body["hits"]] == ["sample-044", "sample-043"]
    ukraine = next(v for v in body["facets"]["country"] if v["value"] == "UA")
    assert (ukraine["label"], ukraine["count"], ukraine["selected"]) == ("أوكرانيا", 5, True)


def test_search_bad_parameter(runner, sample_index_dir):
    result = cli(runner, sample_index_dir, "search", "--page", "0", "مصر")
    assert result.exit_code == 2
    assert "page must be 1 or more" in result.stderr


def test_stats(runner, sample_index_dir):
    result = cli(runner, sample_index_dir, "stats")
    assert result.exit_code == 0
    lines = [line.strip() for line in result.stdout.splitlines()]
    assert "documents: 48" in lines
    assert "languages: ar 34, en 8, fr 6" in lines
    assert "generation: 1" in lines


def test_stats_json(runner, sample_index_dir):
    body = json.loads(cli(runner, sample_index_dir, "stats", "--json").stdout)
    assert body["documents"] == 48
    assert body["languages"] == {"ar": 34, "en": 8, "fr": 6}
    assert body["sources"]["وكالة الأنباء التجريبية"] == 30
    assert sum(body["sources"].values()) == 48
    assert body["index_bytes"] > 0


def test_stats_without_sources_lists_no_none_source(runner, tmp_path):
    cli(runner, tmp_path / "ix", "ingest", str(DATA / "good.jsonl"))
    body = json.loads(cli(runner, tmp_path / "ix", "stats", "--json").stdout)
    assert body["sources"] == {"اختبار": 2, "Test Wire": 1}


def test_delete(runner, index_dir):
    result = cli(runner, index_dir, "delete", "sample-021", "sample-028")
    assert result.exit_code == 0
    assert result.stdout == "deleted 2\n"
    found = json.loads(cli(runner, index_dir, "search", "--json", "المفاوضات").stdout)
    assert sorted(hit["id"] for hit in found["hits"]) == ["sample-040", "sample-044"]
    assert json.loads(cli(runner, index_dir, "stats", "--json").stdout)["documents"] == 46


def test_delete_unknown_id(runner, index_dir):
    result = cli(runner, index_dir, "delete", "sample-001", "no-such-id")
    assert result.exit_code == 1
    assert result.stdout == "deleted 1\n"
    assert result.stderr == "not found: no-such-id\n"


@pytest.mark.parametrize("args", [["search", "مصر"], ["stats"], ["delete", "sample-001"]],
                         ids=["search", "stats", "delete"])
def test_missing_index_is_a_clear_error(runner, tmp_path, args):
    missing = tmp_path / "no-index"
    result = cli(runner, missing, *args)
    assert result.exit_code == 1
    assert result.stderr == f"Error: no index in {missing}: run 'searchapp ingest' first\n"
    assert not missing.exists()  # reading commands do not create an index


def test_verbose_ingest_reports_each_commit(runner, tmp_path):
    result = cli(runner, tmp_path / "ix", "ingest", "-v", "--batch-size", "3", str(DATA / "good.jsonl"))
    assert result.stderr.splitlines() == ["committed: 3 documents indexed, 0 rejected",
                                          "committed: 4 documents indexed, 0 rejected"]


def test_batch_size_commits_each_batch(runner, tmp_path):
    result = cli(runner, tmp_path / "ix", "ingest", "--batch-size", "2", str(DATA / "good.jsonl"))
    assert result.stdout.startswith("added 4, replaced 0, rejected 0 in ")
    stats = json.loads(cli(runner, tmp_path / "ix", "stats", "--json").stdout)
    # two commits of two documents, then one that merges their segments
    assert (stats["documents"], stats["generation"]) == (4, 3)


@pytest.mark.parametrize("args", [["ingest", str(DATA / "good.jsonl")], ["delete", "g-001"]],
                         ids=["ingest", "delete"])
def test_busy_index_is_a_clear_error(runner, tmp_path, args):
    index_dir = tmp_path / "ix"
    cli(runner, index_dir, "ingest", str(DATA / "good.jsonl"))
    writer = open_index(index_dir).writer()  # another writer holds the lock
    try:
        result = cli(runner, index_dir, *args)
    finally:
        writer.cancel()
    assert result.exit_code == 1
    assert result.stderr == ("Error: the index is busy: another process is writing to it "
                             "(set SEARCHAPP_LOCK_TIMEOUT to a number of seconds to wait for it)\n")
    assert json.loads(cli(runner, index_dir, "stats", "--json").stdout)["documents"] == 4
