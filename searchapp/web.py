"""The web UI blueprint: the search page, rendered on the server."""

from __future__ import annotations

from dataclasses import replace

from flask import Blueprint, current_app, render_template, request, url_for
from flask_babel import get_locale

from . import dates, search
from .app import get_index

web = Blueprint("web", __name__)


def search_url(req: search.SearchRequest) -> str:
    params = search.request_to_params(req)
    if "locale" in request.args:
        params["locale"] = request.args["locale"]
    return url_for("web.search_page", **params)


@web.get("/")
def search_page():
    locale = get_locale()
    try:
        req = search.request_from_params(request.args, current_app.config["PER_PAGE"])
    except search.RequestError as exc:
        return render_template("search.html", req=search.SearchRequest(), result=None, error=exc.message), 400
    ix = get_index()
    result = search.run(ix, req, locale=str(locale), url_for=search_url)
    labels = search.person_labels(ix)
    return render_template(
        "search.html", req=req, result=result, error=None,
        page_url=lambda page: search_url(replace(req, page=page)),
        more_url=search_url(replace(req, facet_limit=min(req.facet_limit * 5, search.MAX_FACET_LIMIT))),
        toggle_url=lambda facet, value: search_url(req.toggled(facet, value)),
        country_name=lambda code: locale.territories.get(code, code),
        person_name=lambda pid: search.person_label(pid, locale, labels),
        hijri=lambda d: dates.format_hijri(d.date(), locale.language),
    )
