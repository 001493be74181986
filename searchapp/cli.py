"""The `searchapp` command line: ingest, delete, search, stats, serve."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from . import config
from . import ingest as ingest_mod
from . import search as search_mod
from .index import MODES, IndexBusy, index_stats, open_index


@click.group()
@click.option("--index", "index_dir", envvar="SEARCHAPP_INDEX_DIR", default=config.DEFAULTS["INDEX_DIR"],
              show_default=True, help="Index folder (or SEARCHAPP_INDEX_DIR).")
@click.pass_context
def main(ctx, index_dir):
    """Search news archives, Arabic first."""
    ctx.obj = {"index_dir": index_dir}


def _open(ctx, create=True):
    try:
        return open_index(ctx.obj["index_dir"], create=create)
    except FileNotFoundError:
        raise click.ClickException(f"no index in {ctx.obj['index_dir']}: run 'searchapp ingest' first")


def busy_error(exc: IndexBusy) -> click.ClickException:
    return click.ClickException(f"{exc} (set SEARCHAPP_LOCK_TIMEOUT to a number of seconds to wait for it)")


def run_ingest(ix, paths, default_lang="ar", batch_size=ingest_mod.BATCH_SIZE, quiet=False, verbose=False):
    """Ingest `paths` into `ix`, reporting rejections and progress on stderr; returns the summary.

    Progress is one updating line on a terminal; `verbose` prints a line per committed batch instead."""
    show_progress = sys.stderr.isatty() and not quiet and not verbose

    def on_reject(rejection):
        click.echo(f"\r{rejection}" if show_progress else str(rejection), err=True)

    def on_batch(summary):
        if verbose:
            click.echo(f"committed: {summary.indexed} documents indexed, {summary.rejected} rejected", err=True)
        elif show_progress:
            click.echo(f"\r{summary.indexed:,} documents indexed, {summary.rejected:,} rejected…", err=True, nl=False)

    try:
        summary = ingest_mod.ingest(
            ix, ingest_mod.read_paths(paths), default_lang=default_lang, batch_size=batch_size,
            on_reject=on_reject, on_batch=on_batch,
            lock_timeout=config.load()["LOCK_TIMEOUT"], parallel=(os.cpu_count() or 1) > 1,
        )
    except IndexBusy as exc:
        raise busy_error(exc)
    if show_progress:
        click.echo("", err=True)
    return summary


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--lang", default="ar", show_default=True, help="Language of records that do not say.")
@click.option("--batch-size", default=ingest_mod.BATCH_SIZE, show_default=True, help="Documents per commit.")
@click.option("-v", "--verbose", is_flag=True, help="Print a line for every committed batch.")
@click.pass_context
def ingest(ctx, paths, lang, batch_size, verbose):
    """Index JSON Lines (.jsonl, .jsonl.gz), CSV files and folders of .txt files.

    Each batch is committed as a whole: if the run is stopped or killed, the batches
    before it are kept, and running the same command again completes it."""
    summary = run_ingest(_open(ctx), paths, lang, batch_size, verbose=verbose)
    click.echo(str(summary))
    if summary.rejected:
        ctx.exit(1)


@main.command()
@click.argument("ids", nargs=-1, required=True)
@click.pass_context
def delete(ctx, ids):
    """Remove documents by id."""
    try:
        deleted, missing = ingest_mod.delete(_open(ctx, create=False), ids,
                                             lock_timeout=config.load()["LOCK_TIMEOUT"])
    except IndexBusy as exc:
        raise busy_error(exc)
    for doc_id in missing:
        click.echo(f"not found: {doc_id}", err=True)
    click.echo(f"deleted {len(deleted)}")
    if missing:
        ctx.exit(1)


@main.command("search")
@click.argument("q")
@click.option("--mode", type=click.Choice(MODES), default="stem")
@click.option("--op", type=click.Choice(search_mod.OPS), default="all")
@click.option("--sort", type=click.Choice(search_mod.SORTS), default="relevance")
@click.option("--page", default=1, show_default=True)
@click.option("--per-page", default=10, show_default=True)
@click.option("--country", multiple=True, help="ISO code; repeat for several.")
@click.option("--lang", "langs", multiple=True, help="Document language; repeat for several.")
@click.option("--locale", default="en", show_default=True, help="Language of facet labels.")
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
@click.pass_context
def search_command(ctx, q, mode, op, sort, page, per_page, country, langs, locale, as_json):
    """Search the index and print the hits."""
    try:
        req = search_mod.SearchRequest(
            q=q, mode=mode, op=op, sort=sort, page=page, per_page=per_page,
            country=tuple(c.upper() for c in country), lang=langs,
        )
        result = search_mod.run(_open(ctx, create=False), req, locale=locale)
    except search_mod.RequestError as exc:
        raise click.BadParameter(exc.message, param_hint=exc.param)
    if as_json:
        click.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
        return
    click.echo(f"{result.total} hits  ({result.interpreted})")
    for note in result.notes:
        click.echo(f"note: {note}")
    for hit in result.hits:
        date = hit.date.date().isoformat() if hit.date else "-"
        click.echo(f"{hit.score:8.3f}  {hit.id}  {date}  {hit.title}")


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.pass_context
def stats(ctx, as_json):
    """Documents, languages, sources, index size, generation and last commit."""
    ix = _open(ctx, create=False)
    figures = index_stats(ix)
    if as_json:
        click.echo(json.dumps(figures, ensure_ascii=False, indent=2))
        return
    for key, value in figures.items():
        if isinstance(value, dict):
            value = ", ".join(f"{k} {v}" for k, v in value.items()) or "-"
        click.echo(f"{key:>12}: {value}")


@main.command()
@click.option("--host", default=None, help="Address to listen on (default 127.0.0.1, or SEARCHAPP_HOST).")
@click.option("--port", default=None, type=int, help="Port (default 8000, or SEARCHAPP_PORT).")
@click.option("--demo", is_flag=True, help="Index the bundled sample corpus first if the index is empty.")
@click.pass_context
def serve(ctx, host, port, demo):
    """Serve the search page and the JSON API."""
    from waitress import serve as waitress_serve

    from .app import create_app

    settings = config.load({"INDEX_DIR": ctx.obj["index_dir"]})
    ix = _open(ctx)
    if demo and ix.doc_count() == 0:
        click.echo(f"indexing the sample corpus into {ctx.obj['index_dir']} …")
        click.echo(str(run_ingest(ix, [config.SAMPLE_CORPUS], quiet=True)))
    app = create_app(settings)
    host, port = host or settings["HOST"], port or settings["PORT"]
    click.echo(f"serving on http://{host}:{port}/  (API: http://{host}:{port}/api/v1/search?q=...)")
    waitress_serve(app, host=host, port=port, threads=8)
