""""Did you mean" gives Whoosh's corrector's suggestion, from the words of the index as it is now."""

from __future__ import annotations

import pytest

from conftest import index_records
from searchapp import ingest
from searchapp.index import searching
from searchapp.spelling import FIELD, MAX_DISTANCE, fixed_prefix, nearest_word, spelling_suggestion


def misspellings(word: str) -> set[str]:
    """A letter dropped, a letter changed, a letter added, and two letters swapped, at each place."""
    typed = set()
    for at in range(len(word)):
        typed |= {word[:at] + word[at + 1:], word[:at] + "ث" + word[at + 1:], word[:at] + "ز" + word[at:]}
        if at + 1 < len(word):
            typed.add(word[:at] + word[at + 1] + word[at] + word[at + 2:])
    return typed


def test_nearest_word_is_whooshs_suggestion_in_every_segment(segmented_ix):
    with searching(segmented_ix) as searcher:
        reader = searcher.reader()
        words = [term.decode("utf-8") for term in reader.lexicon(FIELD)]
        typed = sorted({t for word in words[::9] if len(word) > 2 for t in misspellings(word)} - set(words))
        corrector = searcher.corrector(FIELD)
        whooshs = [(corrector.suggest(t, limit=1, maxdist=MAX_DISTANCE, prefix=fixed_prefix(t)) or [None])[0]
                   for t in typed]
        ours = [nearest_word(reader, str(segmented_ix.storage.folder), t) for t in typed]
    assert len(searcher.leaf_searchers()) == 3
    assert ours == whooshs
    assert sum(word is not None for word in ours) > len(typed) / 2  # most misspellings have a suggestion


def test_suggestions_follow_the_index_as_it_grows(tmp_path):
    ix = index_records(tmp_path, [{"id": "a", "lang": "ar", "title": "سوق", "text": "برتقال من يافا"}])
    with searching(ix) as searcher:
        assert spelling_suggestion(searcher, "برتقالل يافا") == "برتقال يافا"
    # A nearer word, and more frequent, arrives with the next commit: the kept words are not stale.
    ingest.ingest(ix, [("test:2", {"id": "b", "lang": "ar", "title": "سوق", "text": "برتقالة وبرتقالة برتقالة"})],
                  on_reject=pytest.fail)
    with searching(ix) as searcher:
        assert spelling_suggestion(searcher, "برتقالل يافا") == "برتقاله يافا"


def test_a_word_of_under_four_letters_gets_no_correction(tmp_path):
    """Two edits away from three letters is almost any short word: مفا (a word half typed) was
    "corrected" to من. Lucene's spell checker leaves such words alone too (minQueryLength 4)."""
    ix = index_records(tmp_path, [{"id": "a", "lang": "ar", "title": "خبر", "text": "من المفاوضات في يافا من جديد"}])
    with searching(ix) as searcher:
        assert spelling_suggestion(searcher, "مفا") is None
        assert spelling_suggestion(searcher, "مفا يافاا") == "مفا يافا"  # a longer word still is
