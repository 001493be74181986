"""Configuration in one place: defaults, each overridable by a SEARCHAPP_* environment variable."""

from __future__ import annotations

import os
import sys
from pathlib import Path

DEFAULTS = {
    "INDEX_DIR": "index",  # where the Whoosh index lives
    "DEFAULT_LOCALE": "ar",  # UI language when the reader has not chosen one
    "LOCALES": "ar,en",  # UI languages offered
    "PER_PAGE": 10,  # hits per page when a request does not say
    "HOST": "127.0.0.1",  # address `searchapp serve` listens on
    "PORT": 8000,  # port `searchapp serve` listens on
    "LOCK_TIMEOUT": 0.0,  # seconds a writer waits for another writer's lock
    "API_TOKEN": "",  # when set, POST/DELETE /api/v1/documents accept this Bearer token; unset, no writes
    "CORS_ORIGINS": "",  # origins allowed to read the API from a browser: "*", or a comma-separated list
    "API_CACHE_SECONDS": 60,  # how long clients may cache a GET answer (they revalidate with its ETag)
    "MAX_CONTENT_LENGTH": 20 * 1024 * 1024,  # bytes a request body may have (413 past it)
    "EXPORT_MAX_ROWS": 100_000,  # documents one export may hold (400 export_too_large past it)
}

PACKAGE_DIR = Path(__file__).resolve().parent
SAMPLE_CORPUS = PACKAGE_DIR / "sample" / "articles.jsonl"
TRANSLATIONS = PACKAGE_DIR / "translations"


def load(overrides: dict | None = None) -> dict:
    """The settings: defaults, then SEARCHAPP_* variables, then `overrides`."""
    settings = {}
    for name, default in DEFAULTS.items():
        raw = os.environ.get(f"SEARCHAPP_{name}")
        settings[name] = default if raw is None else type(default)(raw)
    settings.update(overrides or {})
    return settings


def resource_dir(name: str) -> Path:
    """The `templates` or `static` folder: beside the package in a checkout, under share/ when installed."""
    in_checkout = PACKAGE_DIR.parent / name
    if in_checkout.is_dir():
        return in_checkout
    return Path(sys.prefix) / "share" / "searchapp" / name
