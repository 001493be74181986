"""The web UI blueprint: the search page, rendered on the server."""

from __future__ import annotations

from dataclasses import replace

from flask import Blueprint, current_app, render_template, request, url_for
from flask_babel import get_locale

from . import search
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
    result = search.run(get_index(), req, locale=str(locale), url_for=search_url)
    return render_template(
        "search.html", req=req, result=result, error=None,
        page_url=lambda page: search_url(replace(req, page=page)),
    )
