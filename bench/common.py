"""Shared helpers for the bench scripts: where the data is, reading it, printing tables."""

from __future__ import annotations

import gzip
import itertools
import json
import sys
from pathlib import Path

from whoosh import fields, index
from whoosh.analysis import StandardAnalyzer

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"


def require_data(*names: str) -> None:
    missing = [n for n in names if not (DATA / n).exists()]
    if missing:
        sys.exit(f"needs ../shared/data/{', '.join(missing)} beside the repository")


def read_jsonl(path: Path, limit: int | None = None):
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        yield from (json.loads(line) for line in itertools.islice(handle, limit))


def stock_schema() -> fields.Schema:
    """What a Whoosh user gets out of the box: StandardAnalyzer on title and text."""
    analyzer = StandardAnalyzer()
    return fields.Schema(
        id=fields.ID(stored=True, unique=True),
        title=fields.TEXT(analyzer=analyzer, stored=True),
        text=fields.TEXT(analyzer=analyzer, stored=True),
    )


def stock_index(path: Path, records, procs: int = 1, limitmb: int = 256):
    ix = index.create_in(str(path), stock_schema())
    writer = ix.writer(procs=procs, limitmb=limitmb)
    for rec in records:
        writer.add_document(id=rec["id"], title=rec.get("title") or "", text=rec.get("text") or "")
    writer.commit()
    return ix


def print_table(headers: list[str], rows: list[list]) -> None:
    cells = [headers] + [[f"{c:.3f}" if isinstance(c, float) else str(c) for c in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    for n, row in enumerate(cells):
        print("  ".join(c.rjust(w) if i else c.ljust(w) for i, (c, w) in enumerate(zip(row, widths))))
        if n == 0:
            print("  ".join("-" * w for w in widths))
