"""The postings fast paths give Whoosh's own answers: the same matches, the same BM25F scores."""

from __future__ import annotations

import pickle

import numpy as np
import pytest

from conftest import index_records, sample_records
from searchapp import ingest, postings
from searchapp.index import _VALUES_START, _cut_block, _read_block_head, open_index, searching, term_blocks
from searchapp.search import SearchRequest, parse_query, run

QUERIES = [
    ("مصر", "all"), ("وزير الخارجية", "all"), ("وزير الخارجية", "any"), ("الأردن OR لبنان", "all"),
    ("النفط NOT السعودية", "all"), ("(مصر OR الأردن) الحكومة", "all"), ("election minister", "any"),
    ("gouvernement", "all"), ("كلمةلاتوجد", "all"), ("NOT مصر", "all"),
]


def test_the_index_has_several_segments_and_deletions(segmented_ix):
    with searching(segmented_ix) as searcher:
        assert len(searcher.leaf_searchers()) == 3
        assert searcher.reader().has_deletions()


@pytest.mark.parametrize("text,op", QUERIES)
def test_matches_and_scores_are_whooshs(segmented_ix, text, op):
    with searching(segmented_ix) as searcher:
        q, _ = parse_query(searcher, SearchRequest(q=text, op=op))
        assert postings.can_rank(searcher, q)
        whoosh_scores = {hit.docnum: hit.score for hit in searcher.search(q, limit=None)}
        top, matched = postings.top_docs(searcher, q, 10, None)
        assert matched.tolist() == sorted(searcher.docs_for_query(q)) == sorted(whoosh_scores)
        assert postings.matching_docs(searcher, q).tolist() == matched.tolist()
        expected = sorted(whoosh_scores.items(), key=lambda ds: (-ds[1], ds[0]))[:10]
        assert [d for _, d in top] == [d for d, _ in expected]
        assert [s for s, _ in top] == pytest.approx([s for _, s in expected], rel=1e-12)


def test_allowed_documents_narrow_the_ranking_not_the_matches(segmented_ix):
    with searching(segmented_ix) as searcher:
        q, _ = parse_query(searcher, SearchRequest(q="مصر OR الأردن", op="all"))
        everything = sorted(searcher.docs_for_query(q))
        allowed = np.zeros(searcher.doc_count_all(), dtype=bool)
        allowed[everything[::2]] = True
        top, matched = postings.top_docs(searcher, q, 100, allowed)
        assert matched.tolist() == everything
        assert sorted(d for _, d in top) == everything[::2]


@pytest.mark.parametrize("mode", ["stem", "normalized", "exact"])
def test_an_empty_archive_answers_with_nothing(tmp_path, mode):
    ix = open_index(tmp_path)
    for text in ("", "مصر", '"مصر اليوم"', "مصر NOT سوريا"):
        result = run(ix, SearchRequest(q=text, mode=mode))
        assert (result.total, result.hits) == (0, [])


def test_other_queries_are_left_to_whoosh(segmented_ix):
    with searching(segmented_ix) as searcher:
        q, _ = parse_query(searcher, SearchRequest(q='"وزير الخارجية"'))
        assert not postings.can_rank(searcher, q)
        assert postings.matching_docs(searcher, q).tolist() == sorted(searcher.docs_for_query(q))


def test_cached_postings_follow_later_deletions(tmp_path):
    ix = open_index(tmp_path)
    records = sample_records()[:10]
    ingest.ingest(ix, [(f"test:{n}", r) for n, r in enumerate(records)], on_reject=pytest.fail)

    def matches() -> set[str]:
        with searching(ix) as searcher:
            q, _ = parse_query(searcher, SearchRequest(q=records[0]["title"].split()[0]))
            return {searcher.stored_fields(d)["id"] for d in postings.matching_docs(searcher, q).tolist()}

    before = matches()  # read, and cached, before the deletion
    assert records[0]["id"] in before
    ingest.delete(ix, [records[0]["id"]])
    assert matches() == before - {records[0]["id"]}


def test_blocks_read_without_their_positions_are_whooshs(tmp_path):
    """Ranking reads a block's documents and weights and cuts its positions off: the same numbers
    as Whoosh's matchers, for terms of several blocks, with positions (text), with frequencies
    (text_norm), with weights all 1 (title) and with no values at all (id, read whole)."""
    records = [{"id": f"d{n}", "title": "خبر", "lang": "ar",
                "text": " ".join(["مصر"] * (1 + n % 3) + ["سوريا"] * (n % 2) + [f"رقم{n}"])} for n in range(700)]
    ix = index_records(tmp_path, records)
    with searching(ix) as searcher:
        reader = searcher.reader()
        for field, term in [("text", "مصر"), ("text", "سوريا"), ("text_norm", "مصر"), ("title", "خبر"),
                            ("text", "رقم5"), ("id", "d7")]:
            term = term.encode()
            ours = [(d, w) for ids, weights, _ in term_blocks(reader, field, term) for d, w in zip(ids, weights)]
            matcher, theirs = reader.postings(field, term), []
            while matcher.is_active():
                theirs.append((matcher.id(), matcher.weight()))
                matcher.next()
            assert ours == theirs and theirs, (field, term)
        cut = reader.postings("text", "مصر".encode())
        _read_block_head(cut)
        assert cut._blocklength == 256 and cut._data[2] is None  # the positions were not read


def test_a_block_cut_short_of_its_values_or_else_read_whole():
    block = pickle.dumps(((1, 2, 3, 4), (1.0, 2.0, 1.0, 3.0), (b"\x01", b"\x02", b"\x03", b"\x04")), 2)
    head = block[:block.find(_VALUES_START)]
    assert 0 < len(head) < len(block)
    assert _cut_block(head, 4) == ((1, 2, 3, 4), (1.0, 2.0, 1.0, 3.0), None)
    assert _cut_block(head, 5) is None  # not the block's number of postings
    assert _cut_block(head[:9], 4) is None  # cut inside the ids
    assert _cut_block(b"not a pickle", 4) is None
