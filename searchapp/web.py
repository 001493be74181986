"""The web UI blueprint: the search page and the document page, rendered on the server.

Every page state lives in the URL (search parameters, rank, locale), so any page can be
bookmarked and shared; the reader's language is also remembered in a cookie.
"""

from __future__ import annotations

from dataclasses import replace

from babel.lists import format_list
from flask import Blueprint, abort, current_app, g, render_template, request, url_for
from flask_babel import format_date, get_locale
from flask_babel import gettext as _

from . import dates, search
from .app import get_index

web = Blueprint("web", __name__)

LOCALE_COOKIE_SECONDS = 365 * 24 * 3600


def _with_locale(params: dict) -> dict:
    if "locale" in request.args:
        params["locale"] = request.args["locale"]
    return params


def search_url(req: search.SearchRequest) -> str:
    """The search page's URL for `req`, built once a request: a results page links the same facet
    values from the facet lists and from many hits."""
    urls = g.setdefault("search_urls", {})
    if req not in urls:
        urls[req] = url_for("web.search_page", **_with_locale(search.request_to_params(req)))
    return urls[req]


def document_url(doc_id: str, req: search.SearchRequest | None = None, rank: int | None = None) -> str:
    params = search.request_to_params(req) if req else {}
    params.pop("page", None)
    if rank:
        params["rank"] = rank
    return url_for("web.document_page", doc_id=doc_id, **_with_locale(params))


# Scripts only from our own files (never inline); inline style attributes are allowed for the year bars.
CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; " \
    "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"


@web.after_app_request
def security_headers(response):
    response.headers.setdefault("X-Content-Type-Options", "nosniff")  # JSON and CSV are never run as pages
    if response.mimetype == "text/html":
        response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
    return response


@web.after_app_request
def remember_locale(response):
    chosen = request.args.get("locale")
    if chosen and chosen in current_app.config["LOCALES"].split(",") and not request.path.startswith("/api/"):
        response.set_cookie("locale", chosen, max_age=LOCALE_COOKIE_SECONDS, samesite="Lax")
    return response


def _helpers(req: search.SearchRequest) -> dict:
    """What the templates need to label and link facets, tags and dates."""
    locale = get_locale()
    labels = search.person_labels(get_index())
    return {
        "toggle_url": lambda facet, value: search_url(req.toggled(facet, value)),
        "country_name": lambda code: locale.territories.get(code, code),
        "person_name": lambda pid: search.person_label(pid, locale, labels),
        "hijri": lambda d: dates.format_hijri(d.date(), locale.language),
        "document_url": document_url,
    }


def describe(req: search.SearchRequest, result: search.SearchResult) -> str:
    """One sentence, in the reader's language, saying what is being searched:
    نتائج البحث عن «…» في مصر والأردن بين 2015 و2016."""
    locale = get_locale()
    labels = {f.value: f.label for values in result.facets.values() for f in values}
    parts = [_("Results for «%(q)s»", q=req.q) if req.q.strip() else _("All documents")]
    if req.country:
        parts.append(_("in %(places)s", places=format_list([labels.get(c, c) for c in req.country], locale=locale)))
    if req.person:
        parts.append(_("mentioning %(people)s",
                       people=format_list([labels.get(p, p) for p in req.person], style="or", locale=locale)))
    years = sorted(req.year)
    if req.months:
        parts.append(_("in %(months)s", months=format_list(
            [f"{labels.get(m, m)} {m[:4]}" for m in sorted(req.months)], style="or", locale=locale)))
    elif len(years) > 1 and [int(y) for y in years] == list(range(int(years[0]), int(years[-1]) + 1)):
        parts.append(_("between %(start)s and %(end)s", start=years[0], end=years[-1]))
    elif years:
        parts.append(_("in %(years)s", years=format_list(years, style="or", locale=locale)))
    if req.date_from or req.date_to:
        start = format_date(req.date_from, "medium") if req.date_from else "…"
        end = format_date(req.date_to, "medium") if req.date_to else "…"
        parts.append(_("from %(start)s to %(end)s", start=start, end=end))
    return " ".join(parts)


def chips(req: search.SearchRequest, result: search.SearchResult) -> list[tuple[str, str]]:
    """(label, URL that removes it) for every filter in force."""
    labels = {(name, f.value): f.label for name, values in result.facets.items() for f in values}
    out = []
    for name in ("country", "person", "year", "lang", "source"):
        for value in getattr(req, name):
            out.append((labels.get((name, value), value), search_url(req.toggled(name, value))))
    for value in req.months:
        out.append((f"{labels.get(('month', value), value)} {value[:4]}", search_url(req.toggled("month", value))))
    if req.date_from or req.date_to:
        out.append((_("Date range"), search_url(replace(req, date_from=None, date_to=None, page=1))))
    return out


@web.get("/")
def search_page():
    try:
        # Pages, not harvesting: a cursor (an API parameter) would give a batch without totals or facets.
        req = replace(search.request_from_params(request.args, current_app.config["PER_PAGE"]), cursor=None)
    except search.RequestError as exc:
        return render_template("search.html", req=search.SearchRequest(), result=None, error=exc.translated(_)), 400
    result = search.run(get_index(), req, locale=str(get_locale()), url_for=search_url)
    return render_template(
        "search.html", req=req, result=result, error=None,
        description=describe(req, result),
        chips=chips(req, result),
        page_url=lambda page: search_url(replace(req, page=page)),
        more_url=search_url(replace(req, facet_limit=min(req.facet_limit * 5, search.MAX_FACET_LIMIT))),
        suggestion_url=search_url(replace(req, q=result.suggestion, page=1)) if result.suggestion else None,
        first_rank=(req.page - 1) * req.per_page + 1,
        **_helpers(req),
    )


@web.get("/opensearch.xml")
def opensearch():
    """Lets a browser add the archive as a search engine."""
    xml = render_template("opensearch.xml", search_url=url_for("web.search_page", _external=True))
    return current_app.response_class(xml, mimetype="application/opensearchdescription+xml")


@web.get("/doc/<doc_id>")
def document_page(doc_id: str):
    try:
        req = search.request_from_params(request.args, current_app.config["PER_PAGE"])
        rank = int(request.args["rank"]) if request.args.get("rank", "").isdecimal() else None  # not ² (a digit)
    except search.RequestError as exc:
        return render_template("error.html", message=exc.translated(_)), 400
    page = search.document(get_index(), doc_id, req, rank)
    if page is None:
        abort(404)
    return render_template(
        "document.html", req=req, page=page, rank=rank,
        back_url=search_url(replace(req, page=(rank - 1) // req.per_page + 1 if rank else 1)),
        neighbour_url=lambda doc, r: document_url(doc, req, r),
        **_helpers(req),
    )
