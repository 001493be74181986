"""Matching the index does not hold, checked against the stored text.

The index keeps positions only for the stemmed fields. A phrase in the folded fields, and any
word or phrase in exact mode (as typed, diacritics included), is first looked up as folded
words in the index, then each candidate's stored title or text is analyzed and checked: the
words present, in order. `with_checks(q, schema)` rewrites a parsed query that way; the
result is an ordinary Whoosh query, so searching, counting and walking a harvest all work
on it unchanged.
"""

from __future__ import annotations

import copy
import re

from whoosh import query
from whoosh.matching import FilterMatcher

from .analysis import WORD_CHAR, LangText, normalize, script_of_word, without_invisibles
from .index import UNINDEXED_FIELDS, stored_field


class Checked(query.Query):
    """`shown` (a term or phrase the index cannot answer) as `candidates` (folded words the
    index holds) whose stored text has the words of `shown`, in order if it is a phrase."""

    def __init__(self, shown: query.Query, candidates: query.Query, analyzer):
        self.shown, self.candidates, self.analyzer = shown, candidates, analyzer
        self.boost = 1.0
        self._checked: dict = {}  # reader → the documents that passed
        self._pattern = _word_pattern(shown)

    def __str__(self):
        return str(self.shown)

    __unicode__ = __str__

    def __repr__(self):
        return f"{self.__class__.__name__}({self.shown!r})"

    def __deepcopy__(self, memo):  # Whoosh copies queries; the readers of the cache stay behind
        return Checked(copy.deepcopy(self.shown, memo), copy.deepcopy(self.candidates, memo), self.analyzer)

    def __eq__(self, other):
        return type(other) is type(self) and other.shown == self.shown and other.candidates == self.candidates

    def __hash__(self):
        return hash((self.__class__.__name__, self.shown))

    def field(self):
        return self.shown.field()

    def terms(self, phrases=True):
        return self.shown.terms(phrases=phrases)

    def has_terms(self):
        return True

    def estimate_size(self, ixreader):
        return self.candidates.estimate_size(ixreader)

    def estimate_min_size(self, ixreader):
        return 0

    def matcher(self, searcher, context=None):
        reader = searcher.reader()
        if reader not in self._checked:  # a search asks twice: to count, then to rank
            self._checked[reader] = frozenset(
                d for d in self.candidates.docs(searcher) if self._holds(searcher.stored_fields(d)))
        return FilterMatcher(self.candidates.matcher(searcher, context), self._checked[reader])

    def _holds(self, stored: dict) -> bool:
        text = stored.get(stored_field(self.shown.field())) or ""
        if self._pattern is not None and not _FOLDS_TO_ASCII.search(text):
            return self._pattern.search(without_invisibles(text)) is not None
        tokens = self.analyzer(LangText(text, stored.get("lang") or "ar"), mode="index", positions=True)
        words = self.shown.words if isinstance(self.shown, query.Phrase) else [self.shown.text]
        slop = self.shown.slop if isinstance(self.shown, query.Phrase) else 1
        return _in_order(words, [(t.text, t.pos) for t in tokens], slop)


_NOT_WORD_CHAR = "[^" + WORD_CHAR[1:]
_FOLDS_TO_ASCII = re.compile("[\u00df\u017f\u212a\ufb00-\ufb06]")  # ß ſ K ﬀ...: casefold makes them ASCII


def _word_pattern(shown: query.Query) -> re.Pattern | None:
    """For exact words in Arabic (no case) or ASCII (case as regular expressions fold it), a
    regular expression that finds them in the stored text as whole words, one after the other:
    analyzing every candidate cost seconds for a common word."""
    if isinstance(shown, query.Term):
        words = [shown.text]
    elif isinstance(shown, query.Phrase) and shown.slop == 1:
        words = shown.words
    else:
        return None
    arabic = all(script_of_word(normalize(w)) == "arab" for w in words)
    if shown.fieldname not in UNINDEXED_FIELDS or not (arabic or all(w.isascii() for w in words)):
        return None
    between = f"{_NOT_WORD_CHAR}+"
    return re.compile(f"(?<!{WORD_CHAR})" + between.join(map(re.escape, words)) + f"(?!{WORD_CHAR})",
                      0 if arabic else re.IGNORECASE)


def _in_order(words: list[str], tokens: list[tuple[str, int]], slop: int) -> bool:
    """Whether `words` occur in `tokens` in this order, each at most `slop` positions after the last."""
    positions: dict[str, list[int]] = {}
    for text, pos in tokens:
        positions.setdefault(text, []).append(pos)
    ends = positions.get(words[0], [])
    for word in words[1:]:
        following = positions.get(word, [])
        ends = [p for p in following if any(0 < p - e <= slop for e in ends)]
    return bool(ends)


def with_checks(q: query.Query, schema, scoring_only: tuple[str, ...] = ()) -> query.Query:
    """`q` with its exact-mode words and its phrases in fields without positions made `Checked`.
    `schema` is the query schema (`index.query_schema`). A phrase in a `scoring_only` field is
    dropped: checking it would cost a read of every candidate for a little score."""

    def check(node):
        if isinstance(node, query.Phrase) and node.fieldname in scoring_only:
            return query.NullQuery
        if isinstance(node, query.Term) and node.fieldname in UNINDEXED_FIELDS:
            return _checked(node, [node.text], schema)
        if isinstance(node, query.Phrase) and (
                node.fieldname in UNINDEXED_FIELDS or not schema[node.fieldname].format.supports("positions")):
            return _checked(node, node.words, schema)
        if isinstance(node, query.Every) and node.fieldname in UNINDEXED_FIELDS:
            return query.Every(UNINDEXED_FIELDS[node.fieldname], boost=node.boost)
        if isinstance(node, (query.Prefix, query.Wildcard)) and node.fieldname in UNINDEXED_FIELDS:
            # Exact forms are not indexed: a wildcard there stands for folded forms.
            return node.__class__(UNINDEXED_FIELDS[node.fieldname], normalize(node.text), boost=node.boost)
        return node

    return q.accept(check)


def _checked(node, words: list[str], schema) -> query.Query:
    lookup = UNINDEXED_FIELDS.get(node.fieldname, node.fieldname)
    folded = [normalize(w) for w in words]
    if not all(folded):
        return query.NullQuery
    terms = [query.Term(lookup, w, boost=node.boost) for w in folded]
    return Checked(node, terms[0] if len(terms) == 1 else query.And(terms), schema[node.fieldname].analyzer)
