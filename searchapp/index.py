"""The Whoosh index: schema, opening or creating it, writing and reading sessions.

The only module that touches Whoosh's storage and writing APIs, so another engine
would be one new module. Text fields come in three matching strengths: `stem`
(default), `normalized` (folded, not stemmed) and `exact` (surface form).
"""

from __future__ import annotations

import json
import os
import threading
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh import scoring
from whoosh.fields import DATETIME, ID, KEYWORD, STORED, TEXT, Schema
from whoosh.writing import LockError

from .analysis import (
    ANALYZER_VERSION,
    LangText,
    exact_analyzer,
    normalized_analyzer,
    stem_analyzer,
)

MODES = ("stem", "normalized", "exact")
# The indexed field that holds each text field at each matching strength.
MODE_FIELDS = {
    "stem": {"title": "title", "text": "text"},
    "normalized": {"title": "title_norm", "text": "text_norm"},
    "exact": {"title": "title_exact", "text": "text_exact"},
}


class IndexBusy(Exception):
    """Another process holds the index's write lock."""


def make_schema() -> Schema:
    stem, norm, exact = stem_analyzer(), normalized_analyzer(), exact_analyzer()
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
        title=TEXT(analyzer=stem, stored=True),
        title_norm=TEXT(analyzer=norm),
        title_exact=TEXT(analyzer=exact),
        text=TEXT(analyzer=stem, stored=True),
        text_norm=TEXT(analyzer=norm),
        text_exact=TEXT(analyzer=exact),
    )


def open_index(path: str | os.PathLike, create: bool = True):
    """Open the index at `path`, creating an empty one if there is none and `create` is set."""
    path = Path(path)
    if whoosh_index.exists_in(path):
        return whoosh_index.open_dir(path)
    if not create:
        raise FileNotFoundError(f"no index at {path}")
    path.mkdir(parents=True, exist_ok=True)
    return whoosh_index.create_in(path, make_schema())


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
        "title": title, "title_norm": title, "title_exact": title,
        "text": text, "text_norm": text, "text_exact": text,
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
        searcher = ix.searcher(weighting=scoring.BM25F())
    open_searchers[folder] = searcher  # most recently used last
    while len(open_searchers) > _SEARCHERS_PER_THREAD:
        open_searchers.pop(next(iter(open_searchers))).close()
    yield searcher


@contextmanager
def writing(ix, timeout: float = 0.0):
    """A writer that commits on success and cancels on error.

    Raises IndexBusy when another writer holds the lock past `timeout` seconds.
    """
    try:
        # Separate files, not one compound file: Whoosh copies a compound segment's parts into memory
        # whenever it opens them, so every searcher would hold the whole index in RAM.
        writer = ix.writer(timeout=timeout, limitmb=256, compound=False)
    except LockError as exc:
        raise IndexBusy("the index is busy: another process is writing to it") from exc
    try:
        yield writer
        writer.commit()
    except BaseException:
        if not writer.is_closed:
            writer.cancel()  # releases the write lock, so a failed batch does not lock the archive
        raise


class PersonLabels:
    """How each person id is written, per script, kept beside the index in persons.json.

    The facet shows a person in the reader's script: the spelling seen most often."""

    FILE = "persons.json"

    def __init__(self, index_dir: str | os.PathLike):
        self.path = Path(index_dir) / self.FILE
        self.counts: dict[str, dict[str, dict[str, int]]] = (
            json.loads(self.path.read_text(encoding="utf-8")) if self.path.exists() else {}
        )

    def add(self, person_id: str, script: str, label: str) -> None:
        by_label = self.counts.setdefault(person_id, {}).setdefault(script, {})
        by_label[label] = by_label.get(label, 0) + 1

    def save(self) -> None:
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self.counts, ensure_ascii=False), encoding="utf-8")
        tmp.replace(self.path)

    def label(self, person_id: str, script: str) -> str:
        """The most frequent spelling in `script`, else in any script, else the id."""
        scripts = self.counts.get(person_id, {})
        by_label = scripts.get(script) or next(iter(scripts.values()), None)
        return max(by_label, key=by_label.get) if by_label else person_id


def index_size_bytes(path: str | os.PathLike) -> int:
    return sum(f.stat().st_size for f in Path(path).iterdir() if f.is_file())


def last_commit_time(ix) -> datetime | None:
    """When the current generation was committed (the table-of-contents file's time)."""
    storage = ix.storage
    toc = f"_{ix.indexname}_{ix.latest_generation()}.toc"
    if not storage.file_exists(toc):
        return None
    return datetime.fromtimestamp(storage.file_modified(toc), tz=timezone.utc)


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
        dated = [searcher.search(Every("date"), limit=1, sortedby="date", reverse=reverse) for reverse in (False, True)]
        first, last = (r[0]["date"].date().isoformat() if r.scored_length() else None for r in dated)
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
