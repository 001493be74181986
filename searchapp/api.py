"""The JSON API blueprint (/api/v1): the same search as the UI, rendered as JSON, plus documents,
facet values, suggestions, statistics, exports, and (with a token) adding and deleting documents.

Every failure has one shape: {"error": {"code", "message", "param"}}, the message (like a search's
notes on how its query was read) in the language of Accept-Language (ar, en).
"""

from __future__ import annotations

import csv
import hmac
import io
import itertools
import json

import yaml
from flask import (
    Blueprint,
    Response,
    current_app,
    jsonify,
    request,
    stream_with_context,
)
from flask_babel import format_decimal, get_locale
from flask_babel import gettext as _

from . import ingest, search
from .app import get_index
from .config import resource_dir
from .index import IndexBusy, index_stats

api = Blueprint("api", __name__)

EXPORT_COLUMNS = ("id", "date", "title", "source", "lang", "url", "country", "person", "text")


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str, param: str | None = None, headers: dict | None = None):
        super().__init__(message)
        self.status, self.code, self.message, self.param = status, code, message, param
        self.headers = headers or {}


def error_response(status: int, code: str, message: str, param: str | None = None):
    body = {"error": {"code": code, "message": message}}
    if param:
        body["error"]["param"] = param
    return jsonify(body), status


@api.errorhandler(search.RequestError)
def bad_parameter(exc: search.RequestError):
    return error_response(400, "bad_parameter", exc.translated(_), exc.param)


@api.errorhandler(ApiError)
def api_error(exc: ApiError):
    body, status = error_response(exc.status, exc.code, exc.message, exc.param)
    body.headers.update(exc.headers)
    return body, status


@api.after_request
def cache_and_cors(response):
    """Identical GETs can be cached by clients (ETag, a short max-age); CORS as configured."""
    if request.method == "GET" and response.status_code == 200 and not response.is_streamed:
        response.add_etag()
        response.cache_control.public = True
        response.cache_control.max_age = current_app.config["API_CACHE_SECONDS"]
        response.vary.update(("Accept-Language", "Cookie"))  # labels and messages follow the language
        response = response.make_conditional(request)
    origins = current_app.config["CORS_ORIGINS"]
    origin = request.headers.get("Origin")
    if request.method == "GET" and origins and origin and (origins == "*" or origin in origins.split(",")):
        response.headers["Access-Control-Allow-Origin"] = "*" if origins == "*" else origin
        response.vary.add("Origin")
    return response


def _search_request() -> search.SearchRequest:
    return search.request_from_params(request.args, current_app.config["PER_PAGE"])


@api.get("/search")
def search_endpoint():
    result = search.run(get_index(), _search_request(), locale=str(get_locale()))
    body = result.to_dict()
    body["query"]["notes"] = [_(note.template, **dict(note.values)) for note in result.notes]  # as errors are
    return jsonify(body)


@api.get("/documents/<doc_id>")
def document_endpoint(doc_id: str):
    page = search.document(get_index(), doc_id, _search_request(), similar=0)
    if page is None:
        raise ApiError(404, "not_found", _("no document with id %(id)s", id=doc_id), "id")
    return jsonify(search.hit_to_dict(page.hit, get_locale(), search.person_labels(get_index()), text=page.text))


@api.get("/documents/<doc_id>/similar")
def similar_endpoint(doc_id: str):
    limit = search.request_from_params(request.args, 10).per_page
    page = search.document(get_index(), doc_id, similar=limit)
    if page is None:
        raise ApiError(404, "not_found", _("no document with id %(id)s", id=doc_id), "id")
    labels = search.person_labels(get_index())
    return jsonify({"id": doc_id, "similar": [search.hit_to_dict(h, get_locale(), labels) for h in page.similar]})


@api.get("/facets/<name>")
def facet_endpoint(name: str):
    if name not in search.FACETS:
        raise ApiError(404, "not_found", _("no facet named %(name)s", name=name), "name")
    prefix = request.args.get("prefix", "")
    result = search.run(get_index(), search.facet_request(_search_request(), name, prefix), locale=str(get_locale()))
    values = result.facets.get(name, [])
    return jsonify({
        "facet": name, "prefix": prefix, "total": result.facet_totals.get(name, 0),
        "values": [{"value": v.value, "label": v.label, "count": v.count, "selected": v.selected} for v in values],
    })


@api.get("/suggest")
def suggest_endpoint():
    q = request.args.get("q", "")
    if len(q) > search.MAX_QUERY_LENGTH:
        raise search.RequestError("q", search.N_("query is longer than %(max)s characters"), max=search.MAX_QUERY_LENGTH)
    return jsonify(search.suggest(get_index(), q))


@api.get("/stats")
def stats_endpoint():
    return jsonify(index_stats(get_index()))


@api.get("/openapi.json")
def openapi_endpoint():
    return jsonify(yaml.safe_load((resource_dir("docs") / "openapi.yaml").read_text(encoding="utf-8")))


# --- Exports ------------------------------------------------------------------------


def _export_rows(req: search.SearchRequest):
    """Every matching document, as dicts, read one at a time from an open searcher.

    A search matching more than EXPORT_MAX_ROWS documents is refused before anything is sent."""
    limit = current_app.config["EXPORT_MAX_ROWS"]
    searcher = get_index().searcher()
    if next(itertools.islice(search.matching_docnums(searcher, req), limit, None), None) is not None:
        searcher.close()
        raise ApiError(400, "export_too_large", _(
            "this search matches more than %(max)s documents, the most one export may hold: narrow it,"
            " for example by date", max=format_decimal(limit)))

    def rows():
        with searcher:
            for docnum in search.matching_docnums(searcher, req):
                stored = searcher.stored_fields(docnum)
                date = stored.get("date")
                yield {
                    "id": stored["id"], "date": date.isoformat() if date else "", "title": stored.get("title", ""),
                    "source": stored.get("source", ""), "lang": stored.get("lang", ""), "url": stored.get("url", ""),
                    "country": stored.get("country", ""), "person": stored.get("person", ""),
                    "text": stored.get("text", ""),
                }

    return rows()


def csv_safe(value: str) -> str:
    """A cell a spreadsheet will not run as a formula (=, +, -, @, tab or CR first gets a quote)."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


@api.get("/export.csv")
def export_csv():
    rows = _export_rows(_search_request())

    def lines():
        yield "\ufeff"  # a BOM, so spreadsheet programs read the Arabic as UTF-8
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(EXPORT_COLUMNS)
        for row in rows:
            writer.writerow([csv_safe(row[c]) for c in EXPORT_COLUMNS])
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
        yield buffer.getvalue()

    return Response(stream_with_context(lines()), mimetype="text/csv",
                    headers={"Content-Disposition": 'attachment; filename="search.csv"'})


def ndjson_line(row: dict) -> str:
    """One JSON line, Arabic kept as UTF-8; the line and paragraph separators U+2028/U+2029
    escaped, since some readers split lines on them."""
    return json.dumps(row, ensure_ascii=False).replace("\u2028", "\\u2028").replace("\u2029", "\\u2029") + "\n"


@api.get("/export.ndjson")
def export_ndjson():
    lines = (ndjson_line(row) for row in _export_rows(_search_request()))
    return Response(stream_with_context(lines), mimetype="application/x-ndjson; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="search.ndjson"'})


# --- Writing ------------------------------------------------------------------------


def _require_token() -> None:
    """Writes need SEARCHAPP_API_TOKEN configured and the same token as a Bearer credential."""
    token = current_app.config["API_TOKEN"]
    if not token:
        raise ApiError(403, "writes_disabled", _("this archive does not accept changes through the API"))
    given = request.headers.get("Authorization", "")
    if not given.startswith("Bearer ") or not hmac.compare_digest(given[7:].encode(), token.encode()):
        raise ApiError(401, "unauthorized", _("a valid API token is needed: Authorization: Bearer <token>"),
                       headers={"WWW-Authenticate": "Bearer"})


def _posted_records() -> list:
    """The request body as records: a JSON array, or NDJSON (one object a line)."""
    body = request.get_data(as_text=False)
    try:
        text = body.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ApiError(400, "bad_body", _("the body is not UTF-8 text")) from None
    if text.lstrip().startswith("["):
        try:
            records = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ApiError(400, "bad_body", _("invalid JSON at line %(line)s: %(what)s",
                                              line=exc.lineno, what=exc.msg)) from None
        except RecursionError:
            raise ApiError(400, "bad_body", _("the JSON is nested too deeply")) from None
        if not isinstance(records, list):
            raise ApiError(400, "bad_body", _("expected a JSON array of documents, or one document a line"))
        return [(f"item {n}", record) for n, record in enumerate(records, start=1)]
    items = []
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            items.append((f"line {lineno}", json.loads(line)))
        except json.JSONDecodeError as exc:
            items.append((f"line {lineno}", ingest.InvalidRecord(f"invalid JSON ({exc.msg} at column {exc.colno})")))
        except RecursionError:
            items.append((f"line {lineno}", ingest.InvalidRecord("the JSON is nested too deeply")))
    return items


@api.post("/documents")
def add_documents():
    _require_token()
    rejections = []
    try:
        summary = ingest.ingest(get_index(), _posted_records(), on_reject=rejections.append,
                                lock_timeout=current_app.config["LOCK_TIMEOUT"])
    except IndexBusy:
        raise ApiError(503, "index_busy", _("the index is busy: another process is writing to it")) from None
    status = 200 if not rejections else 422 if not summary.indexed else 207
    return jsonify({
        "added": summary.added, "replaced": summary.replaced, "rejected": summary.rejected,
        "errors": [{"where": r.where, "message": r.reason} for r in rejections],
        "index_generation": get_index().latest_generation(),
    }), status


@api.delete("/documents/<doc_id>")
def delete_document(doc_id: str):
    _require_token()
    try:
        deleted, _missing = ingest.delete(get_index(), [doc_id], lock_timeout=current_app.config["LOCK_TIMEOUT"])
    except IndexBusy:
        raise ApiError(503, "index_busy", _("the index is busy: another process is writing to it")) from None
    if not deleted:
        raise ApiError(404, "not_found", _("no document with id %(id)s", id=doc_id), "id")
    return jsonify({"deleted": doc_id, "index_generation": get_index().latest_generation()})
