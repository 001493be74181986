"""Phrases in the folded fields and exact-mode words, checked against the stored text."""

from __future__ import annotations

import pytest

from conftest import index_records
from searchapp.index import open_index, searching
from searchapp.search import SearchRequest, parse_query, run
from searchapp.verify import Checked

DOCS = [
    {"id": "plain", "lang": "ar", "title": "خبر", "text": "قال وزير الخارجية إن الجولة الجديدة تبدأ غدا"},
    {"id": "vowelled", "lang": "ar", "title": "خبر", "text": "قالَ وزيرُ الخارجيةِ إنّ الجولةَ تبدأ"},
    {"id": "reversed", "lang": "ar", "title": "خبر", "text": "الخارجية قالت إن الوزير غائب"},
    {"id": "joiner", "lang": "ar", "title": "خبر", "text": "التقى وز\u200cير الدفاع بالسفراء"},
    {"id": "comma", "lang": "ar", "title": "خبر", "text": "بدأت جولة، جديدة من المحادثات"},
    {"id": "english", "lang": "en", "title": "News", "text": "Reuters reported the STRASSE was closed"},
    {"id": "german", "lang": "de", "title": "Nachricht", "text": "Die Straße ist gesperrt"},
]


@pytest.fixture(scope="module")
def ix(tmp_path_factory):
    return index_records(tmp_path_factory.mktemp("verify"), DOCS)


def ids(ix, q, mode) -> list[str]:
    result = run(ix, SearchRequest(q=q, mode=mode, per_page=100))
    assert result.total == len(result.hits)
    return sorted(hit.id for hit in result.hits)


def test_a_phrase_in_normalized_mode_is_checked_in_order(ix):
    assert ids(ix, '"وزير الخارجية"', "normalized") == ["plain", "vowelled"]
    assert ids(ix, '"الخارجية وزير"', "normalized") == []


def test_exact_words_tell_vowelled_from_bare(ix):
    assert ids(ix, "وزير", "exact") == ["joiner", "plain"]  # an invisible joiner inside a word is no letter
    assert ids(ix, "وزيرُ", "exact") == ["vowelled"]
    assert ids(ix, '"وزيرُ الخارجيةِ"', "exact") == ["vowelled"]
    assert ids(ix, '"وزير الخارجية"', "exact") == ["plain"]


def test_an_exact_phrase_passes_over_punctuation_only(ix):
    assert ids(ix, '"جولة جديدة"', "exact") == ["comma"]
    assert ids(ix, '"الجولة تبدأ"', "exact") == []  # vowelled الجولةَ is another word


def test_exact_latin_words_ignore_case_as_the_index_did(ix):
    assert ids(ix, "reuters", "exact") == ["english"]
    assert ids(ix, "strasse", "exact") == ["english", "german"]  # Straße casefolds to strasse


def test_checked_words_keep_their_field_and_form_in_the_interpreted_query(ix):
    with searching(open_index(ix.storage.folder, create=False)) as searcher:
        q, _ = parse_query(searcher, SearchRequest(q="وزيرُ", mode="exact"))
        assert all(isinstance(sub, Checked) for sub in q.subqueries)
        assert str(q) == "(title_exact:وزيرُ^1.25 OR text_exact:وزيرُ)"


def test_a_copied_checked_query_searches_alike(ix):
    with searching(open_index(ix.storage.folder, create=False)) as searcher:
        q, _ = parse_query(searcher, SearchRequest(q="وزيرُ", mode="exact"))
        first = set(q.docs(searcher))
        again = q.copy().with_boost(2.0)
        assert set(again.docs(searcher)) == first and len(first) == 1


def test_exact_matches_are_highlighted_in_the_stored_text(ix):
    [hit] = run(ix, SearchRequest(q="وزيرُ", mode="exact")).hits
    assert hit.id == "vowelled" and ">وزيرُ</mark>" in hit.snippet


TRICKY_TEXTS = [
    "وزير", "الوزير", "وزيرا", "وزيرُ", "وزيـر", "و\u200dزير", "وزير\u200f،", "(وزير)", "وزير2", "وزير_",
    "قال الوزير\u200f وزير", "وزي\u0654ر", "وزير" + "\u064b", "ﻭﺯﻳﺮ", "وزير-الخارجية",
]


@pytest.mark.parametrize("word", ["وزير", "وزيرُ"])
def test_the_regular_expression_agrees_with_the_analyzer(ix, word):
    with searching(open_index(ix.storage.folder, create=False)) as searcher:
        [checked] = [sub for sub in parse_query(searcher, SearchRequest(q=word, mode="exact"))[0].subqueries
                     if sub.field() == "text_exact"]
    assert checked._pattern is not None
    analyzed = Checked(checked.shown, checked.candidates, checked.analyzer)
    analyzed._pattern = None  # the same check by analyzing the text
    for text in TRICKY_TEXTS:
        stored = {"text": text, "lang": "ar"}
        assert checked._holds(stored) == analyzed._holds(stored), text
