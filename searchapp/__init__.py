"""searchapp: an Arabic-first, multilingual full-text search engine for news archives."""

from .app import create_app

__all__ = ["create_app"]
