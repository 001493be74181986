"""Marking a query's matches in stored text: where they stand, and the snippet that shows them.

The matched words are marked in their original spelling (diacritics, hamza, proclitics kept),
found through the same analyzer that indexed them. This runs for every hit of every results
page, so it analyzes a text's distinct words once each and finds their places with string
searches, instead of going through the text word by word in Python: done word by word, it was
half of a search's time.
"""

from __future__ import annotations

import heapq
import re
from itertools import compress

from markupsafe import Markup, escape
from whoosh import query

from .analysis import WORD, WORD_CHAR, split_words
from .index import MODE_FIELDS, query_schema

SNIPPET_CHARS = 240  # the most a snippet fragment holds from its first match to its last
CONTEXT_CHARS = SNIPPET_CHARS // 3  # the text shown before a fragment's first match and after its last
SNIPPET_FRAGMENTS = 2
_WORD_CHAR = re.compile(WORD_CHAR)
_SENTENCE_END = re.compile(r"[.!?؟\n]\s+")


class Marker:
    """Marks a query's matches in stored titles and texts, in the request's matching strength."""

    def __init__(self, searcher, q: query.Query, mode: str):
        fields = MODE_FIELDS[mode]
        reader = searcher.reader()
        schema = query_schema(searcher.schema)
        self.title_terms = query_terms(q, reader, fields["title"])
        self.text_terms = query_terms(q, reader, fields["text"])
        self.title_analyzer = schema[fields["title"]].analyzer
        self.text_analyzer = schema[fields["text"]].analyzer

    def title(self, stored: dict) -> Markup:
        return mark(stored.get("title", ""), stored.get("lang", "ar"), self.title_terms, self.title_analyzer,
                    whole=True)[0]

    def text(self, stored: dict, whole: bool = False) -> tuple[Markup, list[tuple[int, int]]]:
        return mark(stored.get("text", ""), stored.get("lang", "ar"), self.text_terms, self.text_analyzer,
                    whole=whole)


def query_terms(q: query.Query, reader, fieldname: str) -> frozenset[str]:
    """The index terms the query matches in `fieldname`, with wildcards expanded; for a field
    the index does not hold (exact), the query's words in it.

    (Whoosh's existing_terms needs `fieldname`: without it a loop variable shadows the
    argument and only the first field's terms come back.)
    """
    if fieldname not in reader.schema:
        return frozenset(text for field, text in q.iter_all_terms(phrases=True) if field == fieldname)
    return frozenset(text.decode("utf-8") for _, text in q.existing_terms(reader, expand=True, fieldname=fieldname))


def mark(text: str, lang: str, terms: frozenset[str], analyzer,
         whole: bool = False) -> tuple[Markup, list[tuple[int, int]]]:
    """HTML-safe text, whole or as a snippet, with the words whose term is one of `terms` marked,
    and where all those words stand as (start, end) offsets."""
    forms = _matched_forms(text, lang, terms, analyzer) if text and terms else {}
    matches = sorted((start, end, term) for form, term in forms.items() for start, end in _occurrences(text, form))
    offsets = [(start, end) for start, end, _ in matches]
    if whole:
        return _render(text, [(0, len(text), matches)]), offsets
    if not matches:
        # Cut after a whole word, unless the "word" runs on (a text without spaces, such as Chinese).
        return _render(text, [(0, min(_word_end_from(text, SNIPPET_CHARS), SNIPPET_CHARS + CONTEXT_CHARS), [])]), []
    return _render(text, _snippet(text, matches)), offsets


def plain_snippet(text: str) -> Markup:
    """The start of a text, for a hit shown without its matches marked."""
    return mark(text, "", frozenset(), None)[0]


def _matched_forms(text: str, lang: str, terms: frozenset[str], analyzer) -> dict[str, str]:
    """The words of `text` as written whose term is one of `terms`, with that term."""
    words = list(set(split_words(text)))
    word_terms = analyzer.terms_of(words, lang)
    return dict(compress(zip(words, word_terms), map(terms.__contains__, word_terms)))


def _occurrences(text: str, form: str):
    """Where `form` stands in `text` as a whole word, the way the analyzer's tokenizer cuts words.
    (A search per form: compiling a pattern of the forms costs more than the search.)"""
    at = text.find(form)
    while at != -1:
        end = at + len(form)
        if not (at and _WORD_CHAR.match(text, at - 1)) and not _WORD_CHAR.match(text, end):
            yield at, end
        at = text.find(form, end)  # an occurrence starting inside this one is inside a word


def _snippet(text: str, matches: list) -> list[tuple[int, int, list]]:
    """The best passages of `text` as (start, end, matches), in text order: around runs of
    matches close together, scored by how many matches and how many distinct terms they hold."""
    runs = [[matches[0]]]
    for match in matches[1:]:
        run = runs[-1]
        if match[0] - run[-1][1] <= CONTEXT_CHARS and match[1] - run[0][0] <= SNIPPET_CHARS:
            run.append(match)
        else:
            runs.append([match])
    best = heapq.nlargest(SNIPPET_FRAGMENTS, runs, key=lambda run: len(run) * len({term for *_, term in run}))
    passages: list[tuple[int, int]] = []
    for run in sorted(best, key=lambda run: run[0][0]):
        start = _passage_start(text, run[0][0] - CONTEXT_CHARS, run[0][0])
        end = _word_end_from(text, run[-1][1] + CONTEXT_CHARS)
        if passages and start <= passages[-1][1]:  # it meets the passage before: one passage
            start = passages.pop()[0]
        passages.append((start, end))
    # Every match a passage shows is marked, those of runs not chosen included.
    return [(start, end, [m for m in matches if start <= m[0] and m[1] <= end]) for start, end in passages]


def _passage_start(text: str, at: int, first_match: int) -> int:
    """Where a passage showing context from `at` on begins: at the first whole word, or at the
    start of a sentence beginning between there and the passage's first match."""
    start = _word_start_from(text, at)
    sentence_end = None
    for sentence_end in _SENTENCE_END.finditer(text, start, first_match):
        pass
    return sentence_end.end() if sentence_end else start


def _word_start_from(text: str, at: int) -> int:
    """The start of the first whole word at or after `at`."""
    at = max(at, 0)
    if at and _WORD_CHAR.match(text, at - 1):  # inside a word: it starts too early to be whole
        rest = WORD.match(text, at)
        at = rest.end() if rest else at
    word = WORD.search(text, at)
    return word.start() if word else at


def _word_end_from(text: str, at: int) -> int:
    """`at`, moved to the end of the word it falls in."""
    if at >= len(text):
        return len(text)
    rest = WORD.match(text, at) if at and _WORD_CHAR.match(text, at - 1) else None
    return rest.end() if rest else at


def _render(text: str, fragments: list[tuple[int, int, list]]) -> Markup:
    """The fragments, escaped, their matches marked (one class per term, numbered as they come),
    with an ellipsis wherever text is left out: between them, and before or after them."""
    numbers: dict[str, int] = {}
    shown = " … ".join(_render_fragment(text, start, end, matches, numbers) for start, end, matches in fragments)
    before = "… " if fragments[0][0] > 0 else ""
    after = " …" if fragments[-1][1] < len(text) else ""
    return Markup(before + shown + after)


def _render_fragment(text: str, start: int, end: int, matches: list, numbers: dict[str, int]) -> str:
    """text[start:end], escaped, its matches marked; `numbers` gives each term its class number."""
    parts: list[str] = []
    at = start
    for match_start, match_end, term in matches:
        number = numbers.setdefault(term, len(numbers))
        parts += escape(text[at:match_start]), f'<mark class="match term{number}">', \
            escape(text[match_start:match_end]), "</mark>"
        at = match_end
    parts.append(escape(text[at:end] if end == len(text) else text[at:end].rstrip()))
    return "".join(parts)
