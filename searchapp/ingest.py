"""Reading input files and writing their documents into the index.

Owns the file formats (JSON Lines, optionally gzipped; CSV with a header; folders
of .txt files), validation with `FILE:LINE: what is wrong` messages, batching
and commits, and the run summary. It never knows about HTTP.
"""

from __future__ import annotations

import csv
import gzip
import json
import os
import re
import threading
import time
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field, replace
import datetime as dt
from pathlib import Path
from multiprocessing import get_context
from typing import Callable, Iterable, Iterator

from babel import Locale, UnknownLocaleError

from . import dates
from .countries import COUNTRY_CODES
from .extract import Entities, extract
from .index import PersonLabels, index_fields, merge_small_new_segments, segment_ids, write_session, writing
from .persons import PersonMemory

BATCH_SIZE = 2000
MAX_DOCUMENT_CHARS = 5_000_000  # title and text; a news article is far shorter, a runaway line is not
MAX_LINE_BYTES = 32 * 1024 * 1024  # room for the longest document even as \uXXXX escapes; never read whole


@dataclass
class Document:
    id: str
    lang: str
    title: str = ""
    text: str = ""
    source: str = ""
    url: str = ""
    date: dt.datetime | None = None
    country: list[str] = field(default_factory=list)
    person: list[str] = field(default_factory=list)
    mentioned: list[dt.date] = field(default_factory=list)  # dates the text names


class InvalidRecord(ValueError):
    """A record that cannot become a document; the message says why."""


@dataclass
class Rejection:
    where: str  # FILE:LINE
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


@dataclass
class IngestSummary:
    added: int = 0
    replaced: int = 0
    rejected: int = 0
    seconds: float = 0.0

    @property
    def indexed(self) -> int:
        return self.added + self.replaced

    @property
    def docs_per_second(self) -> float:
        return self.indexed / self.seconds if self.seconds else 0.0

    def __str__(self) -> str:
        return (
            f"added {self.added}, replaced {self.replaced}, rejected {self.rejected} "
            f"in {self.seconds:.1f} s ({self.docs_per_second:.0f} docs/s)"
        )


# --- Field validation --------------------------------------------------------

def check_date(value: str) -> dt.datetime:
    try:
        return dates.parse_date(value)
    except ValueError as exc:
        raise InvalidRecord(str(exc)) from None


def check_language(code: str) -> str:
    code = code.strip().lower().replace("_", "-")
    try:
        Locale.parse(code, sep="-")
    except (UnknownLocaleError, ValueError):
        raise InvalidRecord(f"unknown language code {code!r}") from None
    return code.split("-")[0]


def _as_list(value, what: str) -> list[str]:
    if value in (None, ""):
        return []
    if isinstance(value, str):
        return [v.strip() for v in re.split(r"[,;|]", value) if v.strip()]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return [v.strip() for v in value if v.strip()]
    raise InvalidRecord(f"field {what!r} must be a string or a list of strings")


def check_countries(value) -> list[str]:
    codes = [c.upper() for c in _as_list(value, "country")]
    for code in codes:
        if code not in COUNTRY_CODES:
            raise InvalidRecord(f"unknown country code {code!r} (expected ISO 3166-1 alpha-2, e.g. EG)")
    return list(dict.fromkeys(codes))


def _text_field(record: dict, name: str) -> str:
    value = record.get(name)
    if value is None:
        return ""
    if not isinstance(value, (str, int, float)):
        raise InvalidRecord(f"field {name!r} must be text")
    value = str(value)
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidRecord(f"field {name!r} holds characters that are not valid Unicode text") from None
    return value


def make_document(record: dict, default_lang: str = "ar") -> Document:
    """Validate one input record and build its Document; raises InvalidRecord."""
    if not isinstance(record, dict):
        raise InvalidRecord(f"expected a JSON object, got {type(record).__name__}")
    doc_id = _text_field(record, "id").strip()
    if not doc_id:
        raise InvalidRecord("missing id")
    title, text = _text_field(record, "title"), _text_field(record, "text")
    if not title.strip() and not text.strip():
        raise InvalidRecord(f"document {doc_id!r} has neither title nor text")
    if len(title) + len(text) > MAX_DOCUMENT_CHARS:
        raise InvalidRecord(f"document {doc_id!r} has {len(title) + len(text):,} characters of title and text;"
                            f" the limit is {MAX_DOCUMENT_CHARS:,}")
    raw_date = _text_field(record, "date")
    return Document(
        id=doc_id,
        lang=check_language(_text_field(record, "lang") or default_lang),
        title=title,
        text=text,
        source=_text_field(record, "source").strip(),
        url=_text_field(record, "url").strip(),
        date=check_date(raw_date) if raw_date.strip() else None,
        country=check_countries(record.get("country")),
        person=_as_list(record.get("person"), "person"),
    )


# --- Readers -----------------------------------------------------------------
# Each yields (where, record-or-InvalidRecord) so one bad line never stops a file.

Item = tuple[str, "dict | InvalidRecord"]


def _open_binary(path: Path):
    return gzip.open(path, "rb") if path.suffix == ".gz" else open(path, "rb")


def _decoded_lines(path: Path) -> Iterator[tuple[int, "str | InvalidRecord"]]:
    """Numbered lines of a (possibly gzipped) UTF-8 file; a line that is not UTF-8, or is longer than
    MAX_LINE_BYTES, becomes an error and the next lines are still read. A damaged gzip ends the file
    with an error; an empty or binary file is one error."""
    lineno = 0
    try:
        with _open_binary(path) as handle:
            if b"\x00" in handle.peek(8192)[:8192]:  # text formats never hold NUL; binaries soon do
                yield 1, InvalidRecord("a binary file, not UTF-8 text; skipped")
                return
            for lineno, raw in enumerate(_bounded_lines(handle), start=1):
                if raw is None:
                    yield lineno, InvalidRecord(f"line longer than {MAX_LINE_BYTES:,} bytes; skipped")
                    continue
                try:
                    line = raw.decode("utf-8")
                except UnicodeDecodeError as exc:
                    yield lineno, InvalidRecord(f"invalid UTF-8 at byte {exc.start + 1} of the line")
                    continue
                yield lineno, line.lstrip("\ufeff") if lineno == 1 else line
    except (OSError, EOFError) as exc:
        yield lineno + 1, InvalidRecord(f"unreadable file ({exc}); rest of file skipped")
        return
    if lineno == 0:
        yield 1, InvalidRecord("empty file")


def _bounded_lines(handle) -> Iterator[bytes | None]:
    """The file's lines, with None in place of a line longer than MAX_LINE_BYTES (read past, never held)."""
    while line := handle.readline(MAX_LINE_BYTES + 1):
        if len(line) > MAX_LINE_BYTES and not line.endswith(b"\n"):
            while (rest := handle.readline(MAX_LINE_BYTES)) and not rest.endswith(b"\n"):
                pass
            yield None
        else:
            yield line


def read_jsonl(path: Path) -> Iterator[Item]:
    for lineno, line in _decoded_lines(path):
        where = f"{path}:{lineno}"
        if isinstance(line, InvalidRecord):
            yield where, line
            continue
        if not line.strip():
            continue
        try:
            yield where, json.loads(line.rstrip("\r\n"))
        except json.JSONDecodeError as exc:
            yield where, InvalidRecord(f"invalid JSON ({exc.msg} at column {exc.colno})")


def read_csv(path: Path) -> Iterator[Item]:
    """Rows of a CSV file with a header; each row is located at the line where it ends."""
    errors: list[tuple[int, InvalidRecord]] = []
    current_line = 0

    def good_lines():
        nonlocal current_line
        for current_line, line in _decoded_lines(path):
            if isinstance(line, InvalidRecord):
                errors.append((current_line, line))
            else:
                yield line

    reader = csv.DictReader(good_lines())
    if not reader.fieldnames or "id" not in reader.fieldnames:
        yield from ((f"{path}:{lineno}", error) for lineno, error in errors)  # e.g. an empty file
        if reader.fieldnames:
            yield f"{path}:1", InvalidRecord("CSV header must name the columns, including 'id'")
        return
    for row in reader:
        for lineno, error in errors:
            yield f"{path}:{lineno}", error
        errors.clear()
        where = f"{path}:{current_line}"
        yield where, InvalidRecord("more cells than header columns") if None in row else row
    for lineno, error in errors:
        yield f"{path}:{lineno}", error


def read_txt(path: Path) -> Iterator[Item]:
    """A plain text file: the first line is the title, the rest the text; the id is the file name."""
    try:
        content = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        yield f"{path}:1", InvalidRecord(f"invalid UTF-8 ({exc.reason})")
        return
    title, _, text = content.strip().partition("\n")
    yield f"{path}:1", {"id": path.stem, "title": title.strip(), "text": text.strip()}


READERS: dict[str, Callable[[Path], Iterator[Item]]] = {
    ".jsonl": read_jsonl, ".ndjson": read_jsonl, ".json": read_jsonl,
    ".csv": read_csv, ".txt": read_txt,
}


def reader_for(path: Path) -> Callable[[Path], Iterator[Item]] | None:
    suffixes = path.suffixes
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return READERS.get(suffixes[-1].lower()) if suffixes else None


def read_paths(paths: Iterable[Path]) -> Iterator[Item]:
    """Records from files and folders (folders are walked for files of a known format)."""
    for path in paths:
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and reader_for(p))
            if not files:
                yield f"{path}:0", InvalidRecord("folder holds no .jsonl, .csv or .txt files")
            yield from read_paths(files)
        elif not path.exists():
            yield f"{path}:0", InvalidRecord("no such file or folder")
        elif reader_for(path) is None:
            yield f"{path}:0", InvalidRecord("unknown file type (expected .jsonl, .jsonl.gz, .csv or .txt)")
        else:
            yield from reader_for(path)(path)


# --- Writing -----------------------------------------------------------------


def ingest(
    ix,
    items: Iterable[Item],
    *,
    default_lang: str = "ar",
    batch_size: int = BATCH_SIZE,
    on_reject: Callable[[Rejection], None] = lambda r: None,
    on_batch: Callable[[IngestSummary], None] = lambda s: None,
    lock_timeout: float = 0.0,
    parallel: bool = False,
) -> IngestSummary:
    """Validate and index `items`, committing every `batch_size` documents.

    Rejected records are reported through `on_reject` and counted; each committed
    batch is durable even if a later one fails or the process is killed. The whole
    run holds the index's write session (IndexBusy past `lock_timeout` seconds).
    With `parallel`, a run of more than one batch extracts entities in a worker
    process, one batch ahead of the writer. At the end, the batches' segments that no
    merge took in become one.
    """
    summary = IngestSummary()
    started = time.perf_counter()
    batch: list[Document] = []
    with write_session(ix, timeout=lock_timeout), Extractor(parallel) as extractor:
        existing = segment_ids(ix)
        labels = PersonLabels(ix.storage.folder)
        pending: deque[tuple[list[Document], Future]] = deque()

        def commit_oldest():
            docs, entities = pending.popleft()
            _write_batch(ix, [with_entities(doc, found, labels) for doc, found in zip(docs, entities.result())],
                         summary)
            labels.save()
            summary.seconds = time.perf_counter() - started
            on_batch(summary)

        def flush():
            if batch:
                pending.append((list(batch), extractor.submit(list(batch))))
                batch.clear()
            while len(pending) > 1:
                commit_oldest()

        for where, record in items:
            try:
                if isinstance(record, InvalidRecord):
                    raise record
                batch.append(make_document(record, default_lang))
            except InvalidRecord as exc:
                summary.rejected += 1
                on_reject(Rejection(where, str(exc)))
                continue
            if len(batch) >= batch_size:
                flush()
        flush()
        while pending:
            commit_oldest()
        merge_small_new_segments(ix, existing, batch_size)
    summary.seconds = time.perf_counter() - started
    return summary


class Extractor:
    """Entity extraction for one ingest: in this process, or, from the second batch of a parallel
    run, in one worker process (so the writer indexes a batch while the next is extracted). One
    worker takes the batches in order and inherits the surnames remembered so far."""

    def __init__(self, parallel: bool):
        self.parallel = parallel
        self.memory = PersonMemory()
        self.batches = 0
        self.pool: ProcessPoolExecutor | None = None

    def submit(self, docs: list[Document]) -> Future:
        self.batches += 1
        if self.parallel and self.batches == 2:
            # spawn, not fork: a forked child would also hold the index's write lock
            self.pool = ProcessPoolExecutor(1, mp_context=get_context("spawn"),
                                            initializer=_start_worker, initargs=(dict(self.memory), os.getpid()))
        if self.pool is not None:
            return self.pool.submit(_extract_batch, docs)
        done = Future()
        done.set_result(_extract_batch(docs, self.memory))
        return done

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)


_WORKER_MEMORY = PersonMemory()  # in a worker process: the surnames of its ingest


def _start_worker(memory: dict, parent: int) -> None:
    _WORKER_MEMORY.update(memory)
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()


def _exit_with_parent(parent: int) -> None:
    """A killed ingest leaves its worker waiting on a queue nobody writes to: end it too."""
    while os.getppid() == parent:
        time.sleep(1)
    os._exit(1)


def _extract_batch(docs: list[Document], memory: PersonMemory = _WORKER_MEMORY) -> list[Entities]:
    return [extract(doc, memory) for doc in docs]


def with_entities(doc: Document, entities: Entities, labels: PersonLabels) -> Document:
    """The document with the countries, people and dates extraction found (metadata countries win),
    recording how each person is written."""
    for person in entities.persons:
        labels.add(person.id, person.script, person.label)
    return replace(doc, country=entities.countries, person=[p.id for p in entities.persons],
                   date=entities.date, mentioned=entities.dates)


def _write_batch(ix, batch: list[Document], summary: IngestSummary) -> None:
    latest = {doc.id: doc for doc in batch}  # a repeated id within a batch: the last one wins
    with ix.searcher() as searcher:
        existing = {doc_id for doc_id in latest if searcher.document_number(id=doc_id) is not None}
    with writing(ix) as writer:
        for doc in latest.values():
            writer.update_document(**index_fields(doc))
    summary.replaced += len(existing) + len(batch) - len(latest)
    summary.added += len(latest) - len(existing)


def delete(ix, ids: Iterable[str], lock_timeout: float = 0.0) -> tuple[list[str], list[str]]:
    """Delete documents by id; returns (deleted ids, ids not found)."""
    deleted, missing = [], []
    with write_session(ix, timeout=lock_timeout), writing(ix) as writer:
        for doc_id in ids:
            (deleted if writer.delete_by_term("id", doc_id) else missing).append(doc_id)
    return deleted, missing
