"""The Whoosh index: schema, opening or creating it, writing and reading sessions, merges,
and the codec settings and block reads that keep it small and fast.

The only module that touches Whoosh's storage, codec and writing APIs, so another engine
would be one new module. Text fields come in three matching strengths: `stem`
(default), `normalized` (folded, not stemmed) and `exact` (surface form). Only the
stem fields hold positions; the folded fields hold term frequencies, and the exact
fields are not indexed at all (`verify` checks phrases and exact forms against the
stored text): every positional field costs nearly a full index again.
"""

from __future__ import annotations

import gc
import heapq
import itertools
import json
import math
import os
import pickle
import re
import threading
import time
import zlib
from array import array
from collections import Counter, defaultdict
from contextlib import contextmanager
from datetime import datetime, timezone
from operator import itemgetter
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh import scoring
from whoosh.codec.whoosh3 import W3Codec, W3PostingsWriter, W3Segment
from whoosh.fields import DATETIME, ID, KEYWORD, STORED, TEXT, Schema
from whoosh.formats import Frequency, Positions
from whoosh.filedb.filestore import FileStorage
from whoosh.index import TOC
from whoosh.system import pack_uint
from whoosh.reading import SegmentReader, TermNotFound
from whoosh.util.filelock import try_for
from whoosh.writing import LockError, SegmentWriter

from .analysis import (
    ANALYZER_VERSION,
    FastIndexAnalyzer,
    LangText,
    exact_analyzer,
    normalized_analyzer,
    stem_analyzer,
)

MODES = ("stem", "normalized", "exact")
# BM25F parameters, measured with bench/relevance.py on ARCD and XQuAD (ar, en) together; Whoosh's
# defaults are B=0.75, K1=1.2. Short news and encyclopedia paragraphs saturate term frequency early.
BM25_B, BM25_K1 = 0.85, 0.75
SUPERSEDED_KEEP_SECONDS = 120  # how long a commit keeps the files of the generations it replaces
# The field a query searches for each text field at each matching strength.
MODE_FIELDS = {
    "stem": {"title": "title", "text": "text"},
    "normalized": {"title": "title_norm", "text": "text_norm"},
    "exact": {"title": "title_exact", "text": "text_exact"},
}
# Query fields the index does not hold, and the folded field their words are looked up in.
UNINDEXED_FIELDS = {"title_exact": "title_norm", "text_exact": "text_norm"}


class IndexBusy(Exception):
    """Another process holds the index's write lock."""

    def __init__(self):
        super().__init__("the index is busy: another process is writing to it")


def make_schema() -> Schema:
    stem, norm = stem_analyzer(), normalized_analyzer()
    keyword = dict(stored=True, commas=True, scorable=False, lowercase=False)
    return Schema(
        id=ID(unique=True, stored=True),
        lang=ID(stored=True),
        source=ID(stored=True),
        date=DATETIME(stored=True, sortable=True),
        year=ID(),  # the date's year and month, for the date facet; absent when the date is
        month=ID(),
        mentioned=KEYWORD(commas=True, scorable=False, stored=True),  # dates the text mentions, as 2024-03-15
        url=STORED(),
        country=KEYWORD(**keyword),
        person=KEYWORD(**keyword),
        title=IndexedText(analyzer=stem, stored=True),
        title_norm=IndexedText(analyzer=norm, phrase=False),
        text=IndexedText(analyzer=stem, stored=True),
        text_norm=IndexedText(analyzer=norm, phrase=False),
    )


class IndexedText(TEXT):
    """Whoosh's TEXT field, indexing a document's text in one pass: the postings `TEXT.index`
    makes (terms, frequencies, weights, positions), from the analyzer's list of terms instead of
    a token object a word through the format's `word_values`. Other values (several languages,
    other analyzers or formats) go Whoosh's way. Indexes made before this field existed hold
    TEXT fields, and index as before."""

    def index(self, value, **kwargs):
        terms = None
        if not kwargs and isinstance(self.analyzer, FastIndexAnalyzer) and type(self.format) in (Positions, Frequency):
            terms = self.analyzer.index_terms(value)
        if terms is None:
            return super().index(value, **kwargs)
        boost = self.format.field_boost
        if type(self.format) is Frequency:
            counts = Counter(terms)
            counts.pop("", None)
            return [(term.encode(), n, float(n) * boost, pack_uint(n)) for term, n in counts.items()]
        positions = defaultdict(list)
        for position, term in enumerate(terms):
            positions[term].append(position)
        positions.pop("", None)
        encode = self.format.encode
        return [(term.encode(), len(p), float(len(p)) * boost, encode(p)) for term, p in positions.items()]


def query_schema(schema: Schema) -> Schema:
    """The index's schema and the fields queries may name that it does not hold (exact); made
    once per schema object (a searcher's lives as long as it)."""
    cached = _QUERY_SCHEMAS.get(id(schema))
    if cached is None or cached[0] is not schema:
        fields = {name: schema[name] for name in schema.names()}
        exact = exact_analyzer()
        for name in UNINDEXED_FIELDS:
            fields.setdefault(name, TEXT(analyzer=exact))
        if len(_QUERY_SCHEMAS) >= 16:  # searchers come and go with commits
            _QUERY_SCHEMAS.clear()
        cached = _QUERY_SCHEMAS[id(schema)] = (schema, Schema(**fields))
    return cached[1]


_QUERY_SCHEMAS: dict[int, tuple[Schema, Schema]] = {}  # id(schema) → (schema, query schema)


def stored_field(fieldname: str) -> str:
    """The stored field a searched text field comes from: title_norm → title."""
    return fieldname.split("_")[0]


def open_index(path: str | os.PathLike, create: bool = True):
    """Open the index at `path`, creating an empty one if there is none and `create` is set."""
    path = Path(path)
    if not whoosh_index.exists_in(path):
        if not create:
            raise FileNotFoundError(f"no index at {path}")
        path.mkdir(parents=True, exist_ok=True)
        # Under the session lock: creating clears the folder's index files, so two first ingests
        # starting together must not both create.
        with _session_lock(FileStorage(str(path)), whoosh_index._DEF_INDEX_NAME, timeout=30):
            if not whoosh_index.exists_in(path):
                whoosh_index.create_in(path, make_schema())
    return whoosh_index.open_dir(path)


def index_fields(doc) -> dict:
    """The Whoosh field values of a `Document`, each text tagged with the document's language."""
    title, text = LangText(doc.title, doc.lang), LangText(doc.text, doc.lang)
    fields = {
        "id": doc.id,
        "lang": doc.lang,
        "source": doc.source,
        "url": doc.url,
        "country": ",".join(doc.country),
        "person": ",".join(doc.person),
        "title": title, "title_norm": title,
        "text": text, "text_norm": text,
    }
    if doc.date is not None:
        fields["date"] = doc.date
        fields["year"] = f"{doc.date.year:04d}"
        fields["month"] = f"{doc.date.year:04d}-{doc.date.month:02d}"
    if doc.mentioned:
        fields["mentioned"] = ",".join(d.isoformat() for d in doc.mentioned)
    return {name: value for name, value in fields.items() if value not in ("", None)}


_THREAD = threading.local()
_SEARCHERS_PER_THREAD = 4  # indexes a thread keeps a searcher open for (tests open many)


@contextmanager
def searching(ix):
    """A searcher of the latest generation, reused by the same thread across requests
    (opening one reads the table of contents and opens every segment file)."""
    folder = str(ix.storage.folder)
    open_searchers = _THREAD.__dict__.setdefault("searchers", {})
    searcher = open_searchers.pop(folder, None)
    if searcher is not None and not searcher.up_to_date():
        searcher.close()
        searcher = None
    if searcher is None:
        searcher = ix.searcher(weighting=scoring.BM25F(B=BM25_B, K1=BM25_K1))
    open_searchers[folder] = searcher  # most recently used last
    while len(open_searchers) > _SEARCHERS_PER_THREAD:
        open_searchers.pop(next(iter(open_searchers))).close()
    yield searcher


@contextmanager
def write_session(ix, timeout: float = 0.0):
    """The right to write for a whole ingest or delete, batch after batch.

    A second writer waits up to `timeout` seconds, then gets IndexBusy, rather than interleaving
    its batches with ours. The lock is the operating system's (flock), so it goes away with a
    killed process and the next run needs no clean-up; a live writer's lock is never taken.
    """
    with _session_lock(ix.storage, ix.indexname, timeout):
        yield


@contextmanager
def _session_lock(storage, indexname: str, timeout: float):
    lock = storage.lock(f"{indexname}_SESSIONLOCK")
    if not try_for(lock.acquire, timeout):
        raise IndexBusy()
    try:
        yield
    finally:
        lock.release()


@contextmanager
def writing(ix, timeout: float = 0.0, merge_policy=None):
    """A writer that commits on success (merging by `merge_policy`, `merge_tiered` by default)
    and cancels on error; use it inside a write_session.

    Raises IndexBusy when another writer holds Whoosh's lock past `timeout` seconds.
    """
    try:
        # Separate files, not one compound file: Whoosh copies a compound segment's parts into memory
        # whenever it opens them, so every searcher would hold the whole index in RAM.
        writer = _Writer(ix, timeout=timeout, compound=False, codec=_Codec())
    except LockError as exc:
        raise IndexBusy() from exc
    try:
        with _cycle_collection_paused():
            yield writer
            writer.commit(mergetype=merge_policy or merge_tiered)
    except BaseException:
        if not writer.is_closed:
            writer.cancel()  # releases the write lock, so a failed batch does not lock the archive
        raise


@contextmanager
def _cycle_collection_paused():
    """Python's cycle collector off while a writer works: a batch makes millions of small tuples
    (its postings), which every collection of the oldest generation would walk again, for garbage
    cycles a writer does not make. `bench/ingest_speed.py` went from 143-145 to 150 docs/s. Writers in
    two threads at once leave it on when the last ends (each restores only what it found)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


MERGE_FACTOR = 10  # segments of one size tier merged into one


def merge_tiered(writer, segments: list) -> list:
    """A merge policy for SegmentWriter.commit: segments of a similar size (the same power of
    MERGE_FACTOR in documents) are merged once MERGE_FACTOR of them exist, counting the segment
    this commit writes, which receives them; so each document is rewritten about
    log10(archive / batch) times and segments stay few (each repeats the vocabulary it shares
    with the others). Whoosh's default lets segments pile up and then merges them all in one
    commit (at about 40,000 documents in batches of 2,000), rewriting the whole archive while
    the ingest waits."""
    tiers: dict[int, list] = {}
    for segment in segments:
        tiers.setdefault(_size_tier(segment.doc_count()), []).append(segment)
    written_tier = _size_tier(writer.doc_count())
    kept = []
    for tier, members in tiers.items():
        if len(members) + (tier == written_tier) < MERGE_FACTOR:
            kept.extend(members)
            continue
        for segment in members:
            reader = SegmentReader(writer.storage, writer.schema, segment)
            writer.add_reader(reader)
            reader.close()
    return kept


def segment_ids(ix) -> set[str]:
    """The ids of the segments of the latest generation."""
    return {segment.segment_id() for segment in ix._segments()}


def merge_small_new_segments(ix, existing: set[str], most_docs: int) -> None:
    """Merge into one the segments of at most `most_docs` documents that are not in `existing`:
    at the end of an ingest, the batches it wrote and no tiered merge took in. Every segment
    costs each search its own term lookups and postings reads (on 40,000 articles, ten segments
    searched in twice the time of two), and the merge rewrites fewer documents than nine batches."""
    fresh = [s for s in ix._segments() if s.segment_id() not in existing and s.doc_count_all() <= most_docs]
    if len(fresh) < 2:
        return
    merged = {s.segment_id() for s in fresh}

    def merge_fresh(writer, segments):
        for segment in segments:
            if segment.segment_id() in merged:
                reader = SegmentReader(writer.storage, writer.schema, segment)
                writer.add_reader(reader)
                reader.close()
        return [s for s in segments if s.segment_id() not in merged]

    with writing(ix, merge_policy=merge_fresh):
        pass  # a commit that adds no documents: only its merge policy writes


def _size_tier(doc_count: int) -> int:
    return int(math.log(max(doc_count, 1), MERGE_FACTOR))


class _Codec(W3Codec):
    """Whoosh's codec, with settings for a smaller index.

    - A word found in one or two documents keeps its postings in the term index instead of a
      postings block of its own (a header and a compressed pickle, about 70 bytes). More than half
      of a news archive's words are such. Whoosh has this option (`inlinelimit`), but a misspelt
      method name breaks it, so this codec writes with a corrected postings writer.
    - Blocks of 256 postings rather than 128, compressed at zlib level 6 rather than 3: fewer
      block headers, and as fast to read.

    Whoosh reads such segments itself; they still name the stock codec."""

    def __init__(self):
        super().__init__(blocklimit=256, compression=6, inlinelimit=3)

    def postings_writer(self, dbfile, byteids=False):
        return _PostingsWriter(dbfile, blocklimit=self._blocklimit, byteids=byteids,
                               compression=self._compression, inlinelimit=self._inlinelimit)

    def new_segment(self, storage, indexname):
        return W3Segment(W3Codec(), indexname)


class _PostingsWriter(W3PostingsWriter):
    def finish_postings(self):
        if self.written() or len(self) >= self._inlinelimit:
            return super().finish_postings()
        terminfo, self._terminfo = self._terminfo, None
        terminfo.add_block(self)
        # A format without values (words' presence) has none: read them as blocks are read, None each.
        terminfo.set_inlined(self._ids, self._weights, self._values or (None,) * len(self._ids))
        return terminfo


class _Writer(SegmentWriter):
    """Whoosh's segment writer, with these changes.

    - Postings are written a term at a time, in blocks (`_write_postings`), not a posting at a
      time through Whoosh's field writer; the segment's files are the same, byte for byte.
    - The new documents' postings are gathered by term (`_TermPool`), not sorted one by one.
    - A merged segment's postings are streamed into the new segment in order, beside the new
      documents' own, a block at a time. Whoosh re-sorts every merged posting through its pool,
      which spills to disk past `limitmb`: most of a merge's time.
    - A commit keeps the files of the generations it replaces for SUPERSEDED_KEEP_SECONDS. Whoosh
      deletes them at once, but a searcher opened on the previous generation opens some of its
      files (segment columns) only when first used, and would fail.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.pool = _TermPool()
        self._merged: list[tuple[SegmentReader, int, dict | None]] = []

    def add_reader(self, reader):
        """Copy a segment's documents now, and its postings when the new segment is written."""
        if not isinstance(reader, SegmentReader):
            return super().add_reader(reader)
        self._check_state()
        first = self.docnum
        fieldnames = set(self.schema.names()) | {n for n in reader.indexed_field_names() if n in self.schema}
        renumbered = self.write_per_doc(fieldnames, reader)  # None: no deletions, numbers follow `first`
        # A reader of our own: merge policies close theirs once this returns.
        self._merged.append((SegmentReader(self.storage, self.schema, reader.segment()), first, renumbered))
        self._added = True

    def _flush_segment(self):
        self.perdocwriter.close()
        perdoc = self.per_document_reader()
        runs = [self.pool.runs()]  # first: the new documents come before the merged ones
        runs += [_segment_runs(reader, first, renumbered, self.schema) for reader, first, renumbered in self._merged]
        _write_postings(self.fieldwriter, self.schema, _Lengths(perdoc), heapq.merge(*runs, key=itemgetter(0)))
        self.fieldwriter.close()
        perdoc.close()

    def _close_segment(self):
        super()._close_segment()
        for reader, _, _ in self._merged:
            reader.close()
        self._merged.clear()

    def _commit_toc(self, segments):
        TOC(self.schema, segments, self.generation).write(self.storage, self.indexname)
        remove_unused_files(self.storage, self.indexname, self.generation)


class _TermPool:
    """The postings of a segment's new documents, gathered by term in document order; Whoosh's
    writer adds them here one by one, as (fieldname, term, document, weight, value). They stay in
    memory (Whoosh's pool spills to disk past `limitmb`): a writer takes one ingest batch."""

    def __init__(self):
        self._terms: dict[tuple[str, bytes], list[tuple]] = {}

    def add(self, posting: tuple) -> None:
        key = posting[:2]
        postings = self._terms.get(key)
        if postings is None:
            postings = self._terms[key] = []
        postings.append(posting)

    def runs(self):
        """((fieldname, term), documents, weights, values) of each term, in the order a segment is
        written."""
        for key in sorted(self._terms):
            _, _, ids, weights, values = zip(*self._terms[key])
            yield key, ids, weights, values

    def cleanup(self) -> None:
        self._terms = {}


class _Lengths:
    """The field lengths of the segment being written, read once a field."""

    def __init__(self, perdoc):
        self._perdoc = perdoc
        self._fields: dict[str, list[int]] = {}

    def of(self, fieldname: str) -> list[int]:
        lengths = self._fields.get(fieldname)
        if lengths is None:
            length, count = self._perdoc.doc_field_length, self._perdoc.doc_count_all()
            lengths = self._fields[fieldname] = [length(d, fieldname) for d in range(count)]
        return lengths


def _write_postings(fieldwriter, schema, lengths: _Lengths, runs) -> None:
    """Write runs of ((fieldname, term), documents, weights, values), ordered by term and within a
    term by document, as a segment's postings: what Whoosh's `add_postings` writes, a block at a
    time instead of a posting at a time."""
    current = None
    for (fieldname, text), term_runs in itertools.groupby(runs, key=itemgetter(0)):
        if fieldname != current:
            if current is not None:
                fieldwriter.finish_field()
            fieldwriter.start_field(fieldname, schema[fieldname])
            current = fieldname
        ids, weights, values = [], [], []
        for _, run_ids, run_weights, run_values in term_runs:
            ids += run_ids
            weights += run_weights
            values += run_values
        fieldwriter.start_term(text)
        _fill_blocks(fieldwriter._postwriter, ids, weights, values, lengths.of(fieldname))
        fieldwriter.finish_term()


def _fill_blocks(writer, ids: list, weights: list, values: list, field_lengths: list[int]) -> None:
    """Hand a term's postings to Whoosh's postings writer in whole blocks, with the statistics its
    `add_posting` would have kept; the last block stays buffered for `finish_term`."""
    limit = writer._blocklimit
    for start in range(0, len(ids), limit):
        block = slice(start, start + limit)
        lengths = [n for n in map(field_lengths.__getitem__, ids[block]) if n]
        writer._ids = array("I", ids[block])
        writer._weights = array("f", weights[block])
        writer._values = [v for v in values[block] if v]  # a format without values has none
        writer._minlength = min(lengths, default=None)
        writer._maxlength = max(lengths, default=0)
        writer._maxweight = max(0, *weights[block])
        if start + limit < len(ids):
            writer._write_block()


def _segment_runs(reader, first: int, renumbered: dict | None, schema):
    """A merged segment's postings as ((fieldname, term), documents, weights, values) a block at a
    time, in the order a segment is written, numbered for the new segment; deleted documents
    (absent from `renumbered`) are left out."""
    # Already in that order: a segment numbers its fields as it writes them, alphabetically (were it
    # not, Whoosh's field writer would stop with an OutOfOrderError, not write a wrong segment).
    terms = reader._terms  # its term index read in order: no lookup a term
    for (fieldname, text), terminfo in terms.items():
        if fieldname not in schema:
            continue
        postings = terms._codec.postings_reader(terms._postfile, terminfo, schema[fieldname].format,
                                                term=(fieldname, text))
        for ids, weights, values in _blocks(postings, with_values=True):
            if renumbered is None:
                yield (fieldname, text), [first + d for d in ids], weights, values
                continue
            kept = [k for k, d in enumerate(ids) if d in renumbered]
            if kept:
                yield ((fieldname, text), [renumbered[ids[k]] for k in kept], [weights[k] for k in kept],
                       [values[k] for k in kept])


def term_blocks(reader, fieldname: str, text, with_values: bool = False):
    """A term's postings in a segment as (documents, weights, values) blocks, deleted documents
    included; values only `with_values`, else None."""
    try:
        postings = reader.postings(fieldname, text)
    except TermNotFound:
        return
    while hasattr(postings, "child"):  # Whoosh's deletion filter: callers decide about deletions
        postings = postings.child
    yield from _blocks(postings, with_values)


def _blocks(postings, with_values: bool):
    """A postings matcher's (documents, weights, values) blocks. Whoosh 3 blocks are decoded whole
    (its private API), far faster than its matchers' posting-at-a-time walk."""
    if not hasattr(postings, "_read_ids"):  # postings kept in the term index (_Codec), or another codec
        found = []
        while postings.is_active():
            found.append((postings.id(), postings.weight(), postings.value() if with_values else None))
            postings.next()
        if found:
            ids, weights, values = zip(*found)
            yield ids, weights, values if with_values else None
        return
    while postings.is_active():
        if postings._data is None and with_values:
            postings._read_data()
        elif postings._data is None:
            _read_block_head(postings)
        _read_block_ids(postings)
        postings._read_weights()
        if with_values:
            postings._read_values()
        yield postings._ids, postings._weights, postings._values if with_values else None
        postings._next_block()


def _read_block_ids(postings) -> None:
    """Whoosh's `_read_ids`, with the gaps between document numbers summed by
    itertools.accumulate instead of a Python generator: the same numbers, in 0.6 of the time."""
    ids = postings._data[0]
    postings._ids = ids if postings._byteids else tuple(itertools.accumulate(ids))


# A Whoosh 3 block is the pickle (protocol 2) of (ids, weights, values). Protocol 2 writes each
# bytes value as a call to _codecs.encode, and a positions field has one a posting: unpickling
# them took four fifths of a block's time, and ranking needs none. The pickle is cut where the
# values begin (their MARK, then the first call's GLOBAL) and closed with None instead.
_VALUES_START = b"(c_codecs\nencode\n"
_VALUES_NONE = b"N\x87."  # NONE, TUPLE3, STOP
_HEAD_BYTES = 4096  # inflated at a time, looking for the values: a block of 256 ids and weights takes about 3 KB


def _read_block_head(postings) -> None:
    """The block's (ids, weights, None), read without its values; the whole block where the cut
    cannot be made (no values, or values pickled another way)."""
    data = postings._postfile.get(postings._dataoffset, postings._nextoffset - postings._dataoffset)
    inflate = zlib.decompressobj() if postings._compression else None
    head = inflate.decompress(data, _HEAD_BYTES) if inflate else data
    at = head.find(_VALUES_START)
    while at < 0 and inflate and inflate.unconsumed_tail:
        searched = len(head)
        head += inflate.decompress(inflate.unconsumed_tail, _HEAD_BYTES)
        at = head.find(_VALUES_START, max(0, searched - len(_VALUES_START)))
    cut = _cut_block(head[:at], postings._blocklength) if at > 0 else None
    if cut is None:
        postings._read_data()
    else:
        postings._data = cut


def _cut_block(head: bytes, postcount: int) -> tuple | None:
    """(ids, weights, None) from a block's pickle up to its values, if it reads as one."""
    try:
        ids, weights, _ = pickle.loads(head + _VALUES_NONE)
        whole = len(ids) == postcount and (weights is None or isinstance(weights, float) or len(weights) == postcount)
    except (pickle.UnpicklingError, EOFError, IndexError, KeyError, TypeError, ValueError):
        return None
    return (ids, weights, None) if whole else None


def remove_unused_files(storage, indexname: str, current: int, keep_seconds: float = SUPERSEDED_KEEP_SECONDS):
    """Delete generations replaced more than `keep_seconds` ago, segment files no kept generation uses
    (also those of a killed writer), and unfinished tables of contents. Only a writer may call it."""
    toc_name, segment_name = TOC._pattern(indexname), TOC._segment_pattern(indexname)
    unfinished_toc = re.compile(rf"^_{indexname}_\d+\.toc\.[\d.]+$")
    tocs = sorted((int(m.group(1)), name) for name in storage if (m := toc_name.match(name)))
    now, kept = time.time(), []
    for (generation, name), newer in zip(tocs, tocs[1:] + [None]):
        replaced_at = storage.file_modified(newer[1]) if newer else now
        if generation == current or now - replaced_at < keep_seconds:
            kept.append(generation)
        else:
            _delete_quietly(storage, name)
    used = {segment.segment_id() for generation in kept
            for segment in TOC.read(storage, indexname, generation).segments}
    for name in list(storage):
        segment = segment_name.match(name)
        if unfinished_toc.match(name) or (segment and segment.group(1) not in used):
            _delete_quietly(storage, name)


def _delete_quietly(storage, name: str) -> None:
    try:
        storage.delete_file(name)
    except OSError:
        pass  # gone already, or still open elsewhere (Windows): a later commit retries


class PersonLabels:
    """How each person id is written, per script, kept beside the index in persons.json.

    The facet shows a person in the reader's script: the spelling seen most often."""

    FILE = "persons.json"

    def __init__(self, index_dir: str | os.PathLike):
        self.path = Path(index_dir) / self.FILE
        self.counts: dict[str, dict[str, dict[str, int]]] = (
            json.loads(self.path.read_text(encoding="utf-8")) if self.path.exists() else {}
        )
        self._labels: dict[tuple[str, str], str] = {}

    def add(self, person_id: str, script: str, label: str) -> None:
        self._labels.clear()
        by_label = self.counts.setdefault(person_id, {}).setdefault(script, {})
        by_label[label] = by_label.get(label, 0) + 1

    def save(self) -> None:
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self.counts, ensure_ascii=False), encoding="utf-8")
        tmp.replace(self.path)

    def label(self, person_id: str, script: str) -> str:
        """The most frequent spelling in `script`, else in any script, else the id."""
        key = (person_id, script)
        if key not in self._labels:
            scripts = self.counts.get(person_id, {})
            by_label = scripts.get(script) or next(iter(scripts.values()), None)
            self._labels[key] = max(by_label, key=by_label.get) if by_label else person_id
        return self._labels[key]


def index_size_bytes(path: str | os.PathLike, indexname: str = whoosh_index._DEF_INDEX_NAME) -> int:
    """Bytes of the files the latest generation uses (not the replaced ones kept a while for readers)."""
    storage = FileStorage(str(path))
    toc = TOC.read(storage, indexname)
    used = {segment.segment_id() for segment in toc.segments}
    return sum(storage.file_length(name) for name in storage
               if name in (TOC._filename(indexname, toc.generation), PersonLabels.FILE) or name.split(".")[0] in used)


def last_commit_time(ix) -> datetime | None:
    """When the current generation was committed (the table-of-contents file's time)."""
    storage = ix.storage
    toc = f"_{ix.indexname}_{ix.latest_generation()}.toc"
    if not storage.file_exists(toc):
        return None
    return datetime.fromtimestamp(storage.file_modified(toc), tz=timezone.utc)


def _date_range(searcher) -> tuple[str | None, str | None]:
    """The first and last dates, from the date field's sorted terms (no query: Every("date")
    reads every term's postings). Dates of deleted documents count until their segment is merged."""
    field, first, last = searcher.schema["date"], None, None
    for term in field.sortable_terms(searcher.reader(), "date"):
        first, last = first or term, term
    return tuple(field.from_bytes(t).date().isoformat() if t else None for t in (first, last))


def index_stats(ix) -> dict:
    """What the archive holds: documents, languages, sources, dates, size, generation, last commit."""
    from whoosh import sorting
    from whoosh.query import Every

    with ix.searcher() as searcher:
        results = searcher.search(Every(), limit=1, groupedby={
            "lang": sorting.FieldFacet("lang", maptype=sorting.Count),
            "source": sorting.FieldFacet("source", maptype=sorting.Count),
        })
        by = {
            name: dict(sorted(((k, v) for k, v in results.groups(name).items() if k), key=lambda kv: -kv[1]))
            for name in ("lang", "source")
        }
        first, last = _date_range(searcher)
        committed = last_commit_time(ix)
        return {
            "documents": searcher.doc_count(),
            "languages": by["lang"],
            "sources": by["source"],
            "first_date": first,
            "last_date": last,
            "index_bytes": index_size_bytes(ix.storage.folder),
            "generation": ix.latest_generation(),
            "last_commit": committed.isoformat(timespec="seconds") if committed else None,
            "analyzer_version": ANALYZER_VERSION,
        }
