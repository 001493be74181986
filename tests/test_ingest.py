"""Ingest: file formats, replacing and deleting, and FILE:LINE rejections of bad input."""

from __future__ import annotations

import gzip
import itertools
import json
import shutil
from datetime import datetime
from pathlib import Path

import pytest
from whoosh.index import create_in

from conftest import DATA, SHARED_DATA, sample_records
from searchapp import config, ingest
from searchapp.analysis import normalize, split_words
from searchapp.cli import main
from searchapp.index import open_index
from searchapp.search import SearchRequest, run


def ingest_files(ix, *paths: Path):
    rejections = []
    summary = ingest.ingest(ix, ingest.read_paths(list(paths)), on_reject=rejections.append)
    return summary, [str(r) for r in rejections]


def stored(ix) -> dict[str, dict]:
    """Every stored document by id, read back from the index."""
    with ix.searcher() as searcher:
        return {fields["id"]: fields for fields in searcher.all_stored_fields()}


def found_ids(ix, q: str) -> list[str]:
    return sorted(hit.id for hit in run(ix, SearchRequest(q=q, per_page=100)).hits)


# --- formats -----------------------------------------------------------------


def test_jsonl(tmp_path):
    ix = open_index(tmp_path / "ix")
    summary, rejections = ingest_files(ix, DATA / "good.jsonl")
    assert rejections == []
    assert (summary.added, summary.replaced, summary.rejected) == (4, 0, 0)
    docs = stored(ix)
    assert sorted(docs) == ["g-001", "g-002", "g-003", "g-004"]
    assert docs["g-001"]["title"] == "افتتاح جسر جديد في القاهرة"
    assert docs["g-001"]["lang"] == "ar"
    assert docs["g-001"]["country"] == "EG"
    assert docs["g-003"]["lang"] == "en"
    assert docs["g-004"]["country"] == "TN"  # a plain string is accepted as one code
    assert "date" not in docs["g-004"]
    assert found_ids(ix, "جسر") == ["g-001"]


def test_dates_in_any_digits_and_time_zones(tmp_path):
    ix = open_index(tmp_path / "ix")
    ingest_files(ix, DATA / "good.jsonl")
    docs = stored(ix)
    assert docs["g-001"]["date"] == datetime(2024, 1, 2)
    assert docs["g-002"]["date"] == datetime(2024, 3, 15)  # written ٢٠٢٤/٠٣/١٥
    assert docs["g-003"]["date"] == datetime(2023, 11, 20, 8, 30)


@pytest.mark.parametrize("raw, message", [
    ("yesterday", "unparsable date 'yesterday'"),
    ("2024-02-30", "unparsable date '2024-02-30'"),
    ("99999-01-01", "out of range"),
])
def test_bad_dates_are_invalid_records(raw, message):
    """searchapp.dates reads the forms (tests/test_dates.py); ingest turns its errors into rejections."""
    with pytest.raises(ingest.InvalidRecord, match=message):
        ingest.check_date(raw)


def test_jsonl_gz(tmp_path):
    packed = tmp_path / "good.jsonl.gz"
    with gzip.open(packed, "wb") as out:
        out.write((DATA / "good.jsonl").read_bytes())
    ix = open_index(tmp_path / "ix")
    summary, rejections = ingest_files(ix, packed)
    assert rejections == []
    assert (summary.added, summary.rejected) == (4, 0)
    assert found_ids(ix, "تمور") == ["g-002"]


def test_csv_with_header(tmp_path):
    ix = open_index(tmp_path / "ix")
    summary, rejections = ingest_files(ix, DATA / "articles.csv")
    path = DATA / "articles.csv"
    assert rejections == [
        f"{path}:5: unparsable date 'not-a-date' (expected e.g. 2024-03-15)",
        f"{path}:6: more cells than header columns",
    ]
    assert (summary.added, summary.rejected) == (2, 2)
    docs = stored(ix)
    assert sorted(docs) == ["csv-1", "csv-2"]
    assert docs["csv-1"]["title"] == "سوق الخضار, بعد التجديد"  # quoted comma kept
    assert docs["csv-2"]["title"] == "Rail link\nopens"  # quoted newline kept
    assert docs["csv-2"]["country"] == "US,JO"
    assert docs["csv-1"]["date"] == datetime(2021, 6, 1)
    assert found_ids(ix, "الخضار") == ["csv-1"]


def test_folder_of_txt_files(tmp_path):
    ix = open_index(tmp_path / "ix")
    summary, rejections = ingest_files(ix, DATA / "txt")
    assert rejections == []  # README.md is not a known format and is skipped
    assert (summary.added, summary.rejected) == (2, 0)
    docs = stored(ix)
    assert sorted(docs) == ["market-note", "river-report"]  # the id is the file name
    assert docs["river-report"]["title"] == "تقرير عن منسوب النهر"
    assert docs["river-report"]["text"] == (
        "ارتفع منسوب النهر بعد أمطار غزيرة في المرتفعات.\nوتتابع السلطات الوضع عن قرب."
    )
    assert docs["river-report"]["lang"] == "ar"
    assert found_ids(ix, "النهر") == ["river-report"]
    assert found_ids(ix, "vegetables") == ["market-note"]


def test_unknown_file_type_and_missing_file(tmp_path):
    ix = open_index(tmp_path / "ix")
    notes = tmp_path / "notes.md"
    notes.write_text("x", encoding="utf-8")
    missing = tmp_path / "missing.jsonl"
    summary, rejections = ingest_files(ix, notes, missing)
    assert rejections == [
        f"{notes}:0: unknown file type (expected .jsonl, .jsonl.gz, .csv or .txt)",
        f"{missing}:0: no such file or folder",
    ]
    assert summary.rejected == 2


# --- replacing and deleting --------------------------------------------------


def test_reingesting_the_same_ids_replaces(tmp_path):
    ix = open_index(tmp_path / "ix")
    ingest_files(ix, DATA / "good.jsonl")
    changed = tmp_path / "changed.jsonl"
    changed.write_text(
        '{"id": "g-001", "lang": "ar", "title": "عنوان معدل عن الجسر"}\n', encoding="utf-8"
    )
    summary, rejections = ingest_files(ix, changed)
    assert rejections == []
    assert (summary.added, summary.replaced) == (0, 1)
    assert str(summary).startswith("added 0, replaced 1, rejected 0 in ")
    assert ix.doc_count() == 4
    assert stored(ix)["g-001"]["title"] == "عنوان معدل عن الجسر"
    assert found_ids(ix, "القاهرة") == []  # the old version's words are gone


def test_repeated_id_within_one_file_keeps_the_last(tmp_path):
    twice = tmp_path / "twice.jsonl"
    twice.write_text(
        '{"id": "t-1", "title": "النسخة الأولى"}\n{"id": "t-1", "title": "النسخة الثانية"}\n',
        encoding="utf-8",
    )
    ix = open_index(tmp_path / "ix")
    summary, _ = ingest_files(ix, twice)
    assert (summary.added, summary.replaced) == (1, 1)
    assert ix.doc_count() == 1
    assert stored(ix)["t-1"]["title"] == "النسخة الثانية"


def test_delete(tmp_path):
    ix = open_index(tmp_path / "ix")
    ingest_files(ix, DATA / "good.jsonl")
    deleted, missing = ingest.delete(ix, ["g-002", "no-such-id"])
    assert (deleted, missing) == (["g-002"], ["no-such-id"])
    assert sorted(stored(ix)) == ["g-001", "g-003", "g-004"]
    assert found_ids(ix, "تمور") == []


# --- bad input, through the CLI ----------------------------------------------

BAD_LINES = [
    (2, "invalid JSON"),
    (3, "missing id"),
    (4, "unparsable date 'yesterday'"),
    (5, "unknown language code 'xx'"),
    (6, "unknown country code 'XY'"),
    (7, "expected a JSON object, got list"),
]


def stderr_lines(result) -> list[str]:
    """The CLI's stderr lines, without the carriage return that clears a progress line."""
    return [line.lstrip("\r") for line in result.stderr.split("\n") if line]


@pytest.fixture
def bad_run(tmp_path, runner):
    """The CLI ingests a good file, then the bad one, into the same index."""
    index_dir = tmp_path / "ix"
    bad = tmp_path / "bad.jsonl"
    shutil.copy(DATA / "bad.jsonl", bad)
    first = runner.invoke(main, ["--index", str(index_dir), "ingest", str(DATA / "good.jsonl")])
    assert first.exit_code == 0, first.output
    result = runner.invoke(main, ["--index", str(index_dir), "ingest", str(bad)])
    return bad, index_dir, result


def test_bad_lines_fail_the_run(bad_run):
    _, _, result = bad_run
    assert result.exit_code == 1
    assert result.stdout.startswith("added 3, replaced 0, rejected 6 in ")


@pytest.mark.parametrize("line, phrase", BAD_LINES, ids=[p.split()[0] + str(n) for n, p in BAD_LINES])
def test_each_bad_line_is_reported_with_file_and_line(bad_run, line, phrase):
    bad, _, result = bad_run
    reported = stderr_lines(result)
    matching = [l for l in reported if l.startswith(f"{bad}:{line}: ")]
    assert len(matching) == 1, reported
    assert phrase in matching[0]


def test_only_bad_lines_are_reported(bad_run):
    bad, _, result = bad_run
    reported = stderr_lines(result)
    assert [l.split(": ", 1)[0] for l in reported] == [f"{bad}:{n}" for n, _ in BAD_LINES]


def test_good_lines_and_earlier_documents_survive_bad_lines(bad_run):
    _, index_dir, _ = bad_run
    ix = open_index(index_dir, create=False)
    assert sorted(stored(ix)) == ["b-001", "b-009", "b-010", "g-001", "g-002", "g-003", "g-004"]
    assert stored(ix)["b-009"]["date"] == datetime(2024, 3, 15)  # ٢٠٢٤/٠٣/١٥
    assert found_ids(ix, "جسر") == ["g-001"]
    assert found_ids(ix, "olives") == ["b-010"]


def test_rejection_lines_start_with_the_file_name(bad_run):
    bad, _, result = bad_run
    lines = [line for line in result.stderr.split("\n") if line]
    assert len(lines) == 6
    assert all(line.startswith(f"{bad}:") for line in lines)


def test_invalid_json_message_names_the_real_column(tmp_path):
    line = '{"id": "b-002", "title": "cut"'
    bad = tmp_path / "cut.jsonl"
    bad.write_text(line + "\n", encoding="utf-8")
    ix = open_index(tmp_path / "ix")
    _, rejections = ingest_files(ix, bad)
    assert rejections == [f"{bad}:1: invalid JSON (Expecting ',' delimiter at column {len(line) + 1})"]


@pytest.mark.parametrize("code", ["ZZ", "EU", "UN"])
def test_non_iso_country_codes_are_rejected(tmp_path, code):
    bad = tmp_path / "country.jsonl"
    bad.write_text(f'{{"id": "c-1", "title": "خبر", "country": ["{code}"]}}\n', encoding="utf-8")
    ix = open_index(tmp_path / "ix")
    summary, rejections = ingest_files(ix, bad)
    assert summary.rejected == 1
    assert rejections[0].startswith(f"{bad}:1: unknown country code '{code}'")


def test_invalid_utf8_line_is_rejected_alone(tmp_path):
    good = [f'{{"id": "u-{n}", "title": "عنوان {n}"}}'.encode() for n in range(1, 4)]
    bad = tmp_path / "latin1.jsonl"
    bad.write_bytes(b"\n".join(good) + b'\n{"id": "u-4", "title": "caf\xe9"}\n')
    ix = open_index(tmp_path / "ix")
    summary, rejections = ingest_files(ix, bad)
    assert summary.added == 3
    assert len(rejections) == 1 and rejections[0].startswith(f"{bad}:4: invalid UTF-8")


# --- a slice of a real corpus ------------------------------------------------

SAUDINEWSNET = SHARED_DATA / "saudinewsnet" / "articles.jsonl.gz"


@pytest.mark.skipif(not SAUDINEWSNET.is_file(), reason=f"shared corpus not available at {SAUDINEWSNET}")
def test_first_300_saudinewsnet_articles(tmp_path):
    with gzip.open(SAUDINEWSNET, "rt", encoding="utf-8") as handle:
        lines = list(itertools.islice(handle, 300))
    assert len(lines) == 300
    part = tmp_path / "saudinewsnet-300.jsonl.gz"
    with gzip.open(part, "wt", encoding="utf-8") as out:
        out.writelines(lines)
    first = json.loads(lines[0])

    ix = open_index(tmp_path / "ix")
    summary, rejections = ingest_files(ix, part)

    assert rejections == []
    assert (summary.added, summary.rejected) == (300, 0)
    assert ix.doc_count() == 300
    title_words = [w for w in split_words(first["title"]) if len(normalize(w)) >= 5]
    assert title_words, first["title"]
    hits = run(ix, SearchRequest(q=title_words[0], per_page=100)).hits
    assert first["id"] in [hit.id for hit in hits]
    phrase = run(ix, SearchRequest(q=f'"{first["title"]}"', mode="exact")).hits
    assert [hit.id for hit in phrase] == [first["id"]]


def test_a_runaway_line_is_rejected_and_the_next_is_indexed(tmp_path, runner):
    source = tmp_path / "big.jsonl"
    with open(source, "w", encoding="utf-8") as out:
        out.write(json.dumps({"id": "huge", "lang": "ar", "title": "ضخم", "text": "كلمة " * 1_200_000}) + "\n")
        out.write(json.dumps({"id": "fine", "lang": "ar", "title": "خبر عادي", "text": "نص قصير"}) + "\n")
    result = runner.invoke(main, ["--index", str(tmp_path / "ix"), "ingest", str(source)])
    assert result.exit_code == 1
    assert f"{source}:1: document 'huge' has 6,000,003 characters of title and text; the limit is 5,000,000" \
        in result.stderr
    assert "added 1, replaced 0, rejected 1" in result.output


# --- bad files, each beside a good one, into an index that already holds documents ------


def truncated_gzip(path: Path) -> str:
    lines = "".join(json.dumps({"id": f"z-{n}", "title": f"خبر {n}", "text": "نص " * 200}) + "\n" for n in range(50))
    packed = gzip.compress(lines.encode())
    path.with_suffix(".jsonl.gz").write_bytes(packed[: len(packed) // 2])
    return "rest of file skipped"


def fifty_megabyte_line(path: Path) -> str:
    with open(path.with_suffix(".jsonl"), "w", encoding="utf-8") as out:
        out.write('{"id": "big", "title": "ضخم", "text": "' + "كلمة " * 5_300_000 + '"}\n')
        out.write('{"id": "after-big", "title": "خبر بعد السطر الطويل"}\n')
    return "line longer than 33,554,432 bytes; skipped"


BAD_FILES = {
    "truncated gzip": (truncated_gzip, None),
    "invalid UTF-8": (lambda p: p.with_suffix(".jsonl").write_bytes(b'{"id": "u", "title": "caf\xe9"}\n')
                      and "1: invalid UTF-8 at byte 26", 1),
    "JSON array": (lambda p: p.with_suffix(".jsonl").write_text('["id", "title"]\n')
                   and "1: expected a JSON object, got list", 1),
    "50 MB line": (fifty_megabyte_line, 1),
    "CSV without header": (lambda p: p.with_suffix(".csv").write_text("c-1,عنوان,نص\n")
                           and "1: CSV header must name the columns, including 'id'", 1),
    "year 99999": (lambda p: p.with_suffix(".jsonl").write_text('{"id": "y", "title": "t", "date": "99999-01-01"}\n')
                   and "1: date '99999-01-01' is out of range (years 1000 to 2999)", 1),
    "empty file": (lambda p: p.with_suffix(".jsonl").write_text("") == 0 and "1: empty file", 1),
    "folder of binaries": (lambda p: (p.mkdir(), (p / "a.jsonl").write_bytes(bytes(range(256)) * 40),
                                      (p / "b.csv").write_bytes(b"PK\x03\x04\x00\x00" * 100))
                           and "1: a binary file, not UTF-8 text; skipped", None),
}


@pytest.mark.parametrize("kind", BAD_FILES)
def test_a_bad_file_is_reported_and_loses_nothing(kind, tmp_path, runner):
    make, line = BAD_FILES[kind]
    index_dir = tmp_path / "ix"
    assert runner.invoke(main, ["--index", str(index_dir), "ingest", str(DATA / "good.jsonl")]).exit_code == 0
    bad_dir = tmp_path / "bad"
    bad_dir.mkdir()
    reason = make(bad_dir / "input")
    bad = next(bad_dir.iterdir())
    good = tmp_path / "good.jsonl"
    good.write_text('{"id": "ok-1", "title": "خبر سليم"}\n{"id": "ok-2", "title": "A sound record"}\n')

    result = runner.invoke(main, ["--index", str(index_dir), "ingest", str(bad), str(good)])

    assert result.exit_code == 1
    reported = stderr_lines(result)
    assert reported and all(l.startswith(f"{bad}") for l in reported), reported
    assert any(reason in l for l in reported), reported
    if line is not None:
        assert any(l.startswith(f"{bad}:{line}: ") for l in reported), reported
    ix = open_index(index_dir, create=False)
    ids = set(stored(ix))
    assert {"g-001", "g-002", "g-003", "g-004", "ok-1", "ok-2"} <= ids  # nothing indexed before is lost
    assert ("after-big" in ids) == (kind == "50 MB line")  # the line after the long one is read
    assert ("z-0" in ids) == (kind == "truncated gzip")  # what could be unpacked is kept


def test_a_parallel_ingest_indexes_what_a_sequential_one_does(tmp_path):
    """From its second batch a parallel ingest extracts in a worker process; nothing may differ."""
    results = {}
    for parallel in (False, True):
        ix = open_index(tmp_path / str(parallel))
        batches = []
        summary = ingest.ingest(ix, ingest.read_paths([config.SAMPLE_CORPUS]), batch_size=16, parallel=parallel,
                                on_batch=lambda s: batches.append(s.indexed))
        assert (summary.added, batches) == (48, [16, 32, 48])
        results[parallel] = (stored(ix), (tmp_path / str(parallel) / "persons.json").read_text(encoding="utf-8"))
    assert results[True] == results[False]
    assert any(fields.get("person") for fields in results[True][0].values())  # there were people to find


def test_segments_of_one_size_are_merged_ten_at_a_time(tmp_path):
    """Each commit adds a segment; once ten of one size tier exist, counting the one being
    written, they become that one, so an archive keeps few segments and no commit rewrites
    everything. At the end of the ingest, its batches that no merge took in become one."""
    ix = open_index(tmp_path / "ix")
    records = [(f"t:{n}", {"id": f"d{n:03d}", "title": f"خبر رقم {n}"}) for n in range(120)]
    ingest.ingest(ix, records[:115], batch_size=5)  # 23 commits of 5: merged at the 10th and 20th
    ix = open_index(tmp_path / "ix", create=False)
    assert [segment.doc_count() for segment in ix._segments()] == [50, 50, 15]
    for record in records[115:]:  # ingests of one batch each: nothing of theirs to merge
        ingest.ingest(ix, [record], batch_size=5)
    assert [segment.doc_count() for segment in ix._segments()] == [50, 50, 15, 1, 1, 1, 1, 1]
    assert sorted(stored(ix)) == sorted(record["id"] for _, record in records)
    assert found_ids(ix, "119") == ["d119"] and found_ids(ix, "100") == ["d100"]


def _segment_contents(ix) -> tuple:
    """Everything a merge writes: postings (with values), stored fields and field lengths."""
    with ix.reader() as reader:
        postings = {}
        for fieldname, text in reader.all_terms():
            matcher, found = reader.postings(fieldname, text), []
            while matcher.is_active():
                found.append((matcher.id(), matcher.weight(), matcher.value()))
                matcher.next()
            postings[fieldname, text] = found
        lengths = [[reader.doc_field_length(d, f) for f in ("title", "text", "text_norm")]
                   for d in range(reader.doc_count_all())]
        return postings, list(reader.all_stored_fields()), lengths


def test_a_merge_writes_what_whooshs_own_merge_writes(tmp_path):
    """Merged segments are streamed into the new one rather than re-sorted through Whoosh's pool:
    the same postings, stored fields and lengths come out, deleted documents left out."""
    from whoosh.writing import SegmentWriter

    from searchapp.index import _Codec, _Writer

    ix = open_index(tmp_path / "ix")
    records = [(f"t:{n}", record) for n, record in enumerate(sample_records())]
    for start in range(0, 48, 7):  # one ingest, so one segment, per seven documents
        ingest.ingest(ix, records[start:start + 7])
    ingest.delete(ix, [r["id"] for r in sample_records()[5:40:6]])
    assert len(ix._segments()) > 3
    shutil.copytree(tmp_path / "ix", tmp_path / "whoosh")
    contents = {}
    for name, writer_class in (("ix", _Writer), ("whoosh", SegmentWriter)):
        merged = open_index(tmp_path / name, create=False)
        writer_class(merged, codec=_Codec(), compound=False).commit(optimize=True)
        merged = open_index(tmp_path / name, create=False)
        assert len(merged._segments()) == 1 and merged.doc_count() == 48 - 6
        contents[name] = _segment_contents(merged)
    assert contents["ix"] == contents["whoosh"]


def test_a_batch_is_written_byte_for_byte_as_whooshs_own_writer_writes_it(tmp_path):
    """Postings are written a term at a time in blocks, not a posting at a time through Whoosh's
    pool: the terms and postings files come out the same, byte for byte. 600 documents, so common
    words fill several blocks of 256, and texts of different lengths, so block statistics differ."""
    from whoosh.writing import SegmentWriter

    from searchapp.index import _Codec, _Writer, index_fields

    samples = sample_records()
    documents = [ingest.make_document({**samples[n % len(samples)], "id": f"b{n}",
                                       "text": samples[n % len(samples)]["text"][:100 + 7 * n]})
                 for n in range(600)]
    files = {}
    for name, writer_class in (("ix", _Writer), ("whoosh", SegmentWriter)):
        (tmp_path / name).mkdir()
        ix = open_index(tmp_path / name) if name == "ix" else create_in(tmp_path / name, _with_whooshs_text_fields())
        writer = writer_class(ix, codec=_Codec(), compound=False)
        for document in documents:
            writer.add_document(**index_fields(document))
        writer.commit()
        (segment,) = ix.refresh()._segments()
        files[name] = {path.name.split(".", 1)[1]: path.read_bytes() for path in (tmp_path / name).iterdir()
                       if segment.segment_id() in path.name}
    assert {"trm", "pst", "_stored.col", "_text_len.col"} < set(files["ix"])
    assert files["ix"] == files["whoosh"]


def _with_whooshs_text_fields():
    """Our schema, with Whoosh's own TEXT fields in place of `IndexedText`."""
    from whoosh.fields import TEXT, Schema
    from whoosh.formats import Positions

    from searchapp.index import IndexedText, make_schema

    schema = make_schema()
    return Schema(**{name: TEXT(analyzer=field.analyzer, stored=field.stored, phrase=isinstance(field.format, Positions))
                     if isinstance(field, IndexedText) else field for name, field in schema.items()})


def test_text_fields_index_a_text_as_whooshs_text_field_does():
    """`IndexedText` makes the postings of Whoosh's TEXT, without a token a word: the same terms,
    frequencies, weights and positions, for vocalized words, a word of marks only (it keeps its
    position and makes no term), repeated words, digits and several languages."""
    from whoosh.fields import TEXT

    from searchapp.analysis import LangText
    from searchapp.index import make_schema

    schema = make_schema()
    texts = [LangText("وَقَالَ الرَّئِيسُ إنّ الرئيس قال ٢٠٢٤ \u064e ـــ والرئيسُ", "ar"),
             LangText("The presidents said the President's report, reported twice: report.", "en"),
             LangText("Le président a dit", "fr", "en"), LangText("", "ar")]
    for name in ("title", "title_norm"):
        for text in texts:
            assert sorted(schema[name].index(text)) == sorted(TEXT.index(schema[name], text)), (name, text)


def test_a_word_of_one_document_is_kept_in_the_term_index_and_found_after_merges(tmp_path):
    """Words found in a single document keep their posting inline (no postings block of their own);
    they are found, as a phrase too, highlighted, and survive the merge of their segment."""
    ix = open_index(tmp_path / "ix")
    records = [(f"t:{n}", {"id": f"d{n:02d}", "title": f"خبر رقم {n}", "text": "نص مشترك"}) for n in range(20)]
    records.append(("t:20", {"id": "rare", "title": "خبر", "text": "قطعت السلحفاة الطريق ببطء"}))
    ingest.ingest(ix, records, batch_size=2)  # eleven commits: the first ten segments are merged
    ix = open_index(tmp_path / "ix", create=False)
    assert [segment.doc_count() for segment in ix._segments()] == [20, 1]
    with ix.reader() as reader:
        assert reader.term_info("text_norm", "السلحفاه").is_inlined()
        assert not reader.term_info("text_norm", "مشترك").is_inlined()
    for q in ("السلحفاة", '"السلحفاة الطريق"', "سلحفاة"):
        result = run(ix, SearchRequest(q=q))
        assert [hit.id for hit in result.hits] == ["rare"], q
    assert run(ix, SearchRequest(q="السلحفاة")).hits[0].matches == [(5, 13)]  # the word in the text
