"""Fast paths over Whoosh's postings: which documents a query matches, and its best ones by BM25F.

Whoosh answers a query by walking a tree of matchers one posting at a time in Python; counting
the matches of two common words cost more than ranking them, and ranking cost most of a search
(bench/scaling.py). For the shapes most searches take (terms combined by OR, AND, NOT and
AND NOT), this module reads each term's postings a block at a time into numpy arrays and does
the same work with whole-array operations over the whole archive: the same matches and the same
BM25F scores as Whoosh, operation for operation. The top documents are exact (Whoosh's
block-skipping collector can miss one). Other queries (phrases, ranges, checked words) are left
to Whoosh.

Matches are numpy arrays of document numbers, ascending.
"""

from __future__ import annotations

import math
import threading
from collections import OrderedDict

import numpy as np
from whoosh import query, scoring

from .index import term_blocks

# Field lengths as BM25F reads them (one byte each on disk): by (segment ids, field) for the
# archive, by (segment id, field) for one segment.
_LENGTHS: dict[tuple[tuple[str, ...], str], np.ndarray] = {}
_SEGMENT_LENGTHS: dict[tuple[str, str], np.ndarray] = {}
NO_DOCS = np.zeros(0, dtype=np.int64)
_NO_TF = np.zeros(0)


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


def matching_docs(searcher, q: query.Query, scoring_only: tuple[str, ...] = ()) -> np.ndarray:
    """The numbers of the documents `q` matches, ascending. A term of a `scoring_only` field
    beside other terms in an OR is skipped: it adds score, never matches."""
    if type(q) is query.Every and q.fieldname in (None, "*"):  # the whole archive: an empty search
        return np.flatnonzero(_Archive(searcher, scoring_only).live())
    if not is_simple(q):
        return np.array(sorted(q.docs(searcher)), dtype=np.int64)
    return np.flatnonzero(_Archive(searcher, scoring_only).matches(q))


def top_docs(searcher, q: query.Query, limit: int, allowed: np.ndarray | None,
             scoring_only: tuple[str, ...] = ()) -> tuple[list[tuple[float, int]], np.ndarray]:
    """The best `limit` (score, document number) pairs of a simple query among the `allowed`
    documents (a boolean mask over all document numbers; all when None), best first and, at
    equal scores, lower numbers first as in Whoosh; and the numbers of all documents the query
    matches, allowed or not."""
    archive = _Archive(searcher, scoring_only)
    if not archive.size:
        return [], NO_DOCS
    docs = archive.matches(q)
    matched = np.flatnonzero(docs)
    ranked = matched if allowed is None else np.flatnonzero(docs & allowed)
    return _best(archive.scores(q, ranked), ranked, limit), matched


def _best(scores: np.ndarray, docnums: np.ndarray, limit: int) -> list[tuple[float, int]]:
    """The `limit` highest scores, ties by lower document number, as (score, docnum) pairs."""
    if len(scores) > limit > 0:
        threshold = np.partition(scores, len(scores) - limit)[len(scores) - limit]
        keep = scores >= threshold  # ties at the threshold stay in: the order below decides them
        scores, docnums = scores[keep], docnums[keep]
    order = np.lexsort((docnums, -scores))[:limit]
    return list(zip(scores[order].tolist(), docnums[order].tolist()))


class _Archive:
    """The archive's postings for one query, every segment's end to end in document-number order
    (each term read once); matches are boolean masks over all document numbers, scores float
    arrays beside them. One pass over the whole archive, not one per segment: an archive grows
    by a segment an ingest, and ranking a four-segment archive segment by segment took half as
    long again (0.82 against 0.53 ms a query on 72,716 articles)."""

    def __init__(self, searcher, scoring_only: tuple[str, ...]):
        self.searcher = searcher
        self.weighting = searcher.weighting
        self.scoring_only = scoring_only
        # (segment reader, offset of its document numbers), for each segment holding documents
        self.segments = [(leaf.reader(), offset) for leaf, offset in searcher.leaf_searchers()
                         if leaf.reader().doc_count_all()]
        self.segment_ids = tuple(reader.segment().segment_id() for reader, _ in self.segments)
        self.size = searcher.doc_count_all()
        self._postings: dict[tuple[str, str], tuple[np.ndarray, np.ndarray]] = {}
        self._matches: dict[int, np.ndarray] = {}
        self._live: np.ndarray | None = None
        self._avgfl: dict[str, float] = {}

    def live(self) -> np.ndarray:
        """The documents that are not deleted."""
        if self._live is None:
            self._live = np.ones(self.size, dtype=bool)
            for reader, offset in self.segments:
                if reader.has_deletions():
                    self._live[np.fromiter(reader.deleted_docs_set, dtype=np.int64) + offset] = False
        return self._live

    def postings(self, fieldname: str, text) -> tuple[np.ndarray, np.ndarray]:
        """(document numbers, term frequencies) of a term, deleted documents included."""
        key = (fieldname, text)
        if key not in self._postings:
            ids, tfs = [NO_DOCS], [_NO_TF]  # an empty archive has no segment
            for reader, offset in self.segments:
                segment_ids, tf = _read_postings(reader, fieldname, text)
                ids.append(segment_ids + offset)
                tfs.append(tf)
            self._postings[key] = (np.concatenate(ids), np.concatenate(tfs))
        return self._postings[key]

    def _counted(self, node) -> list:
        """An OR's subqueries that decide what it matches."""
        subs = [s for s in node.subqueries if not (isinstance(s, query.Term) and s.fieldname in self.scoring_only)]
        return subs or node.subqueries

    def matches(self, node) -> np.ndarray:
        if id(node) in self._matches:
            return self._matches[id(node)]
        if isinstance(node, query.Term):
            found = np.zeros(self.size, dtype=bool)
            found[self.postings(node.fieldname, node.text)[0]] = True
            found &= self.live()
        elif type(node) is query.Or:
            found = np.logical_or.reduce([self.matches(s) for s in self._counted(node)])
        elif type(node) is query.And:
            found = np.logical_and.reduce([self.matches(s) for s in node.subqueries])
        elif type(node) is query.Not:
            found = self.live() & ~self.matches(node.query)
        else:  # AndNot
            found = self.matches(node.a) & ~self.matches(node.b)
        self._matches[id(node)] = found
        return found

    def scores(self, node, docs: np.ndarray) -> np.ndarray:
        """BM25F scores of `docs` (ascending numbers of documents `node` matches), one for each,
        as Whoosh's matchers add them up: an OR sums its subqueries that match a document, an AND
        all of them, AND NOT its first; a NOT scores 1, and a compound's boost counts only when it
        has several subqueries. Only the scored documents are touched: a query matches a few
        hundred of the archive's documents, and arrays over the whole archive cost more than the
        arithmetic."""
        if isinstance(node, query.Term):
            return self._term_scores(node, docs)
        if type(node) is query.Not:
            return np.ones(len(docs))
        totals = np.zeros(len(docs))
        children = [node.a] if type(node) is query.AndNot else node.subqueries
        for child in children:
            if type(node) is query.Or:
                within = self.matches(child)[docs]
                totals[within] += self.scores(child, docs[within])
            else:
                totals += self.scores(child, docs)
        boost = node.boost if len(children) > 1 else 1.0
        return totals * boost if boost != 1.0 else totals

    def _term_scores(self, node: query.Term, docs: np.ndarray) -> np.ndarray:
        fieldname = node.fieldname
        ids, tf = self.postings(fieldname, node.text)
        # Whoosh's WeightingModel.idf, from the postings read anyway rather than each segment's term index
        idf = math.log(self.size / (len(ids) + 1)) + 1
        if fieldname not in self._avgfl:
            self._avgfl[fieldname] = self.searcher.avg_field_length(fieldname) or 1
        avgfl = self._avgfl[fieldname]
        B = self.weighting._field_B.get(fieldname, self.weighting.B)  # as BM25F.scorer picks it
        K1 = self.weighting.K1
        tf = tf[np.searchsorted(ids, docs)]  # each of `docs` holds the term: it is among its postings
        lengths = self._lengths(fieldname)[docs]
        # Whoosh's scoring.bm25 times the term's boost, operation for operation, so it rounds the same.
        return idf * ((tf * (K1 + 1)) / (tf + K1 * ((1 - B) + B * lengths / avgfl))) * node.boost

    def _lengths(self, fieldname: str) -> np.ndarray:
        """A field's length in every document, as BM25F reads them (one byte each on disk)."""
        key = (self.segment_ids, fieldname)
        lengths = _LENGTHS.get(key)  # one lookup: another thread may clear the cache meanwhile
        if lengths is None:
            if len(_LENGTHS) > 64:  # the archive changes with every ingest
                _LENGTHS.clear()
            parts = [_segment_lengths(reader, fieldname) for reader, _ in self.segments]
            lengths = _LENGTHS[key] = np.concatenate(parts)
        return lengths


def _segment_lengths(reader, fieldname: str) -> np.ndarray:
    """`_lengths` of one segment's documents, kept while the segment is: an ingest adds a segment
    and merges some, and the others' lengths are not read again."""
    key = (reader.segment().segment_id(), fieldname)
    lengths = _SEGMENT_LENGTHS.get(key)
    if lengths is None:
        if len(_SEGMENT_LENGTHS) > 256:
            _SEGMENT_LENGTHS.clear()
        length = reader.doc_field_length
        lengths = _SEGMENT_LENGTHS[key] = np.array([length(d, fieldname, 1) for d in range(reader.doc_count_all())],
                                                   dtype=np.float64)
    return lengths


def doc_ids(reader, fieldname: str, text) -> list[int]:
    """The segment's live documents holding a term, read a postings block at a time (not cached:
    facet columns read every value once)."""
    found = [d for ids, _, _ in term_blocks(reader, fieldname, text) for d in ids]
    return [d for d in found if not reader.is_deleted(d)] if reader.has_deletions() else found


# Decoded postings of recently searched terms, per segment (segments never change; deletions are
# applied when matching). News queries repeat their common words, whose postings cost most to
# decode; the cache holds at most POSTINGS_CACHE_SIZE postings (12 bytes each).
POSTINGS_CACHE_SIZE = 4_000_000
_CACHE: OrderedDict[tuple, tuple[np.ndarray, np.ndarray]] = OrderedDict()
_CACHE_LOCK = threading.Lock()
_cached_postings = 0


def _read_postings(reader, fieldname: str, text) -> tuple[np.ndarray, np.ndarray]:
    key = (reader.segment().segment_id(), fieldname, text)
    with _CACHE_LOCK:
        found = _CACHE.get(key)
        if found is not None:
            _CACHE.move_to_end(key)
    if found is None:
        found = _decode_postings(reader, fieldname, text)
        _remember(key, found)
    return found


def _remember(key: tuple, found: tuple[np.ndarray, np.ndarray]) -> None:
    global _cached_postings
    size = len(found[0])
    if size > POSTINGS_CACHE_SIZE // 4:
        return  # one huge term would push out everything else
    with _CACHE_LOCK:
        if key in _CACHE:
            return
        _CACHE[key] = found
        _cached_postings += size
        while _cached_postings > POSTINGS_CACHE_SIZE:
            _, (dropped, _) = _CACHE.popitem(last=False)
            _cached_postings -= len(dropped)


def _decode_postings(reader, fieldname: str, text) -> tuple[np.ndarray, np.ndarray]:
    """(document numbers, term frequencies) of every posting of a term in the segment, deleted or not."""
    ids, weights = [], []
    for block_ids, block_weights, _ in term_blocks(reader, fieldname, text):
        ids.append(np.asarray(block_ids, dtype=np.int32))
        weights.append(np.asarray(block_weights, dtype=np.float64))
    if not ids:
        return np.zeros(0, dtype=np.int32), np.zeros(0)
    return np.concatenate(ids), np.concatenate(weights)
