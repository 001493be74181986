"""Fast paths over Whoosh's postings: which documents a query matches, and its best ones by BM25F.

Whoosh answers a query by walking a tree of matchers one posting at a time in Python; counting
the matches of two common words cost more than ranking them, and ranking cost most of a search
(bench/scaling.py). For the shapes most searches take (terms combined by OR, AND, NOT and
AND NOT), this module reads each term's postings a block at a time and does the same work with
sets and dicts: the same matches and, to the last bits of floating-point rounding, the same
scores as Whoosh's BM25F. The top documents are exact (Whoosh's block-skipping collector can
miss one). Other queries (phrases, ranges, checked words) are left to Whoosh.
"""

from __future__ import annotations

import heapq
import threading
from collections import OrderedDict, defaultdict

from whoosh import query, scoring

from .index import term_blocks

# Field lengths as BM25F reads them (one byte each on disk), per segment and field.
_LENGTHS: dict[tuple[str, str], list[int]] = {}


def can_rank(searcher, q: query.Query) -> bool:
    """Whether `top_docs` can rank `q` as the searcher would: a simple query, scored by BM25F."""
    return type(searcher.weighting) is scoring.BM25F and is_simple(q)


def is_simple(q: query.Query) -> bool:
    """Whether `q` is terms combined by OR, AND, NOT and AND NOT, the shapes this module handles."""
    if isinstance(q, query.Term):
        return True
    if type(q) is query.Or:
        return not q.minmatch and q.scale is None and bool(q.subqueries) and all(map(is_simple, q.subqueries))
    if type(q) is query.And:
        return bool(q.subqueries) and all(map(is_simple, q.subqueries))
    if type(q) is query.AndNot:
        return is_simple(q.a) and is_simple(q.b)
    if type(q) is query.Not:
        return is_simple(q.query)
    return False


def matching_docs(searcher, q: query.Query, scoring_only: tuple[str, ...] = ()) -> set[int]:
    """The numbers of the documents `q` matches. A term of a `scoring_only` field beside
    other terms in an OR is skipped: it adds score, never matches."""
    if not is_simple(q):
        return set(q.docs(searcher))
    found: set[int] = set()
    for reader, offset in _segments(searcher):
        found.update(d + offset for d in _Leaf(reader, scoring_only).matches(q))
    return found


def _segments(searcher):
    """(segment reader, offset of its document numbers) for each segment holding documents."""
    return [(leaf.reader(), offset) for leaf, offset in searcher.leaf_searchers() if leaf.reader().doc_count_all()]


def top_docs(searcher, q: query.Query, limit: int, allowed: set[int] | None,
             scoring_only: tuple[str, ...] = ()) -> tuple[list[tuple[float, int]], set[int]]:
    """The best `limit` (score, document number) pairs of a simple query among the `allowed`
    documents (all when None), best first and, at equal scores, lower numbers first as in
    Whoosh; and the numbers of all documents the query matches, allowed or not."""
    stats = _Stats(searcher.get_parent())
    scored: list[tuple[float, int]] = []
    matched: set[int] = set()
    for reader, offset in _segments(searcher):
        segment = _Leaf(reader, scoring_only)
        docs = segment.matches(q)
        matched.update(d + offset for d in docs)
        if allowed is not None:
            docs = {d for d in docs if d + offset in allowed}
        scores = segment.scores(q, docs, stats)
        scored.extend((score, d + offset) for d, score in scores.items())
    return heapq.nsmallest(limit, scored, key=lambda sd: (-sd[0], sd[1])), matched


class _Stats:
    """The archive-wide figures BM25F reads, from the top searcher, each field's once a query."""

    def __init__(self, searcher):
        self.searcher = searcher
        self.weighting = searcher.weighting
        self._avgfl: dict[str, float] = {}

    def idf(self, fieldname: str, text) -> float:
        return self.searcher.idf(fieldname, text)  # Whoosh caches it

    def avgfl(self, fieldname: str) -> float:
        if fieldname not in self._avgfl:
            self._avgfl[fieldname] = self.searcher.avg_field_length(fieldname) or 1
        return self._avgfl[fieldname]


class _Leaf:
    """One segment's postings, read once per term for one query."""

    def __init__(self, reader, scoring_only: tuple[str, ...]):
        self.reader = reader
        self.scoring_only = scoring_only
        self._postings: dict[tuple[str, str], dict[int, float]] = {}
        self._matches: dict[int, set[int]] = {}

    def postings(self, fieldname: str, text) -> dict[int, float]:
        """Document number → term frequency, for the segment's live documents."""
        key = (fieldname, text)
        if key not in self._postings:
            self._postings[key] = _read_postings(self.reader, fieldname, text)
        return self._postings[key]

    def _counted(self, node) -> list:
        """An OR's subqueries that decide what it matches."""
        subs = [s for s in node.subqueries if not (isinstance(s, query.Term) and s.fieldname in self.scoring_only)]
        return subs or node.subqueries

    def matches(self, node) -> set[int]:
        if id(node) in self._matches:
            return self._matches[id(node)]
        if isinstance(node, query.Term):
            found = set(self.postings(node.fieldname, node.text))
        elif type(node) is query.Or:
            found = set().union(*map(self.matches, self._counted(node)))
        elif type(node) is query.And:
            sets = sorted(map(self.matches, node.subqueries), key=len)
            found = sets[0].intersection(*sets[1:])
        elif type(node) is query.Not:
            everything = range(self.reader.doc_count_all())
            live = (d for d in everything if not self.reader.is_deleted(d)) if self.reader.has_deletions() else everything
            found = set(live) - self.matches(node.query)
        else:  # AndNot
            found = self.matches(node.a) - self.matches(node.b)
        self._matches[id(node)] = found
        return found

    def scores(self, node, docs: set[int], stats: _Stats) -> dict[int, float]:
        """BM25F scores of `docs` (all matched by `node`) as Whoosh's matchers add them up:
        an OR sums its subqueries that match a document, an AND all of them, AND NOT its first;
        a NOT scores 1, and a compound's boost counts only when it has several subqueries."""
        if isinstance(node, query.Term):
            return self._term_scores(node, docs, stats)
        if type(node) is query.Not:
            return dict.fromkeys(docs, 1.0)
        totals: dict[int, float] = defaultdict(float)
        children = [node.a] if type(node) is query.AndNot else node.subqueries
        for child in children:
            within = docs & self.matches(child) if type(node) is query.Or else docs
            for d, score in self.scores(child, within, stats).items():
                totals[d] += score
        boost = node.boost if len(children) > 1 else 1.0
        return {d: s * boost for d, s in totals.items()} if boost != 1.0 else totals

    def _term_scores(self, node: query.Term, docs: set[int], stats: _Stats) -> dict[int, float]:
        fieldname = node.fieldname
        tf = self.postings(fieldname, node.text)
        idf = stats.idf(fieldname, node.text)
        avgfl = stats.avgfl(fieldname)
        B = stats.weighting._field_B.get(fieldname, stats.weighting.B)  # as BM25F.scorer picks it
        K1 = stats.weighting.K1
        lengths = self._lengths(fieldname)
        boost = node.boost
        # Whoosh's scoring.bm25 times the term's boost, operation for operation, so it rounds the same.
        return {d: idf * ((tf[d] * (K1 + 1)) / (tf[d] + K1 * ((1 - B) + B * lengths[d] / avgfl))) * boost
                for d in docs if d in tf}

    def _lengths(self, fieldname: str) -> list[int]:
        key = (self.reader.segment().segment_id(), fieldname)
        lengths = _LENGTHS.get(key)  # one lookup: another thread may clear the cache meanwhile
        if lengths is None:
            if len(_LENGTHS) > 256:  # segments come and go with merges
                _LENGTHS.clear()
            length = self.reader.doc_field_length
            lengths = _LENGTHS[key] = [length(d, fieldname, 1) for d in range(self.reader.doc_count_all())]
        return lengths


def doc_ids(reader, fieldname: str, text) -> list[int]:
    """The segment's live documents holding a term, read a postings block at a time (not cached:
    facet columns read every value once)."""
    found = _decode_postings(reader, fieldname, text)
    return [d for d in found if not reader.is_deleted(d)] if reader.has_deletions() else list(found)


# Decoded postings of recently searched terms, per segment (segments never change; deletions are
# applied on the way out). News queries repeat their common words, whose postings cost most to
# decode; the cache holds at most POSTINGS_CACHE_SIZE postings (about 100 bytes each).
POSTINGS_CACHE_SIZE = 500_000
_CACHE: OrderedDict[tuple, dict[int, float]] = OrderedDict()
_CACHE_LOCK = threading.Lock()
_cached_postings = 0


def _read_postings(reader, fieldname: str, text) -> dict[int, float]:
    key = (reader.segment().segment_id(), fieldname, text)
    with _CACHE_LOCK:
        found = _CACHE.get(key)
        if found is not None:
            _CACHE.move_to_end(key)
    if found is None:
        found = _decode_postings(reader, fieldname, text)
        _remember(key, found)
    if reader.has_deletions():
        found = {d: w for d, w in found.items() if not reader.is_deleted(d)}
    return found


def _remember(key: tuple, found: dict[int, float]) -> None:
    global _cached_postings
    if len(found) > POSTINGS_CACHE_SIZE // 4:
        return  # one huge term would push out everything else
    with _CACHE_LOCK:
        if key in _CACHE:
            return
        _CACHE[key] = found
        _cached_postings += len(found)
        while _cached_postings > POSTINGS_CACHE_SIZE:
            _, dropped = _CACHE.popitem(last=False)
            _cached_postings -= len(dropped)


def _decode_postings(reader, fieldname: str, text) -> dict[int, float]:
    """Document number → term frequency for every posting of a term in the segment, deleted or not."""
    found: dict[int, float] = {}
    for ids, weights, _ in term_blocks(reader, fieldname, text):
        found.update(zip(ids, weights))
    return found
