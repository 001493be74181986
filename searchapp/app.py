"""The Flask application factory: configuration, the index, localization and the blueprints."""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from flask import Flask, current_app, render_template, request, url_for
from flask_babel import Babel, get_locale
from flask_babel import gettext as _
from markupsafe import Markup

from . import config
from .index import open_index


def select_locale() -> str:
    offered = current_app.config["LOCALES"].split(",")
    if request.path.startswith("/api/"):  # programs: the locale parameter, else Accept-Language
        chosen = request.args.get("locale") or request.accept_languages.best_match(offered)
    else:  # readers: the locale parameter, else the choice remembered in a cookie, else Arabic
        chosen = request.args.get("locale") or request.cookies.get("locale")
    return chosen if chosen in offered else current_app.config["DEFAULT_LOCALE"]


def locale_url(locale: str) -> str:
    """The current page in another UI language."""
    args = request.args.to_dict(flat=False)
    args["locale"] = locale
    return url_for(request.endpoint or "web.search_page", **(request.view_args or {}), **args)


def paragraphs(html: Markup) -> Markup:
    """Safe HTML text split into paragraphs at blank lines (line breaks kept inside)."""
    parts = [p.strip() for p in re.split(r"\n\s*\n", str(html)) if p.strip()]
    return Markup("".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in parts))


def language_name(code: str) -> str:
    """A language's name in the reader's language: ar → العربية or Arabic."""
    return get_locale().languages.get(code, code)


def isolated(text: str) -> str:
    """Text wrapped in first-strong isolate marks, for places that take no markup (the page title):
    its direction, or a direction override hidden in it, cannot reorder what follows."""
    return f"\u2068{text}\u2069"


def is_web_address(url: str) -> bool:
    """Only http(s) addresses become links: a javascript: or data: "url" in a record stays text."""
    return urlsplit(url.strip()).scheme.lower() in ("http", "https")


def error_page(exc):
    """Errors under /api/ get the API's JSON error shape; others a page in the reader's language."""
    code = getattr(exc, "code", 500) or 500
    if request.path.startswith("/api/"):
        from .api import error_response

        if code == 404:
            return error_response(404, "not_found", _("no such endpoint"))
        if code == 405:
            body, status = error_response(405, "method_not_allowed", _("this endpoint does not answer that method"))
            body.headers["Allow"] = ", ".join(sorted(exc.valid_methods or ()))
            return body, status
        if code == 413:
            return error_response(413, "too_large", _("the request body is too large"))
        return error_response(500, "server_error", _("the server failed to answer this request"))
    messages = {
        404: _("There is no such page or document in the archive."),
        405: _("This page cannot be used that way."),
        413: _("The request is too large."),
        500: _("Something went wrong on our side. Please try again."),
    }
    return render_template("error.html", message=messages.get(code, messages[500])), code


def compiled_translations() -> str:
    """The folder of compiled message catalogs. The project ships .po sources; they are compiled
    on start when a .mo is missing or older, beside the sources or, if that folder is read-only,
    in a temporary one."""
    target = config.TRANSLATIONS
    if not os.access(target, os.W_OK):
        target = Path(tempfile.gettempdir()) / "searchapp-translations"
    for po in config.TRANSLATIONS.glob("*/LC_MESSAGES/messages.po"):
        mo = target / po.relative_to(config.TRANSLATIONS).with_suffix(".mo")
        if not mo.exists() or mo.stat().st_mtime < po.stat().st_mtime:
            mo.parent.mkdir(parents=True, exist_ok=True)
            with open(po, "rb") as source:
                catalog = read_po(source)
            with open(mo, "wb") as out:
                write_mo(out, catalog)
    return str(target)


def create_app(settings: dict | None = None) -> Flask:
    """Build the app; `settings` override the defaults and SEARCHAPP_* variables."""
    app = Flask(
        __name__,
        template_folder=str(config.resource_dir("templates")),
        static_folder=str(config.resource_dir("static")),
    )
    app.url_map.merge_slashes = False  # an id with a "/" is not found, rather than redirected elsewhere
    app.config.update(config.load(settings))
    app.config["BABEL_DEFAULT_LOCALE"] = app.config["DEFAULT_LOCALE"]
    app.config["BABEL_TRANSLATION_DIRECTORIES"] = compiled_translations()
    app.json.ensure_ascii = False
    app.extensions["searchapp.index"] = open_index(app.config["INDEX_DIR"])
    Babel(app, locale_selector=select_locale)
    app.jinja_env.globals.update(get_locale=get_locale, locale_url=locale_url)
    app.jinja_env.filters.update(paragraphs=paragraphs, language_name=language_name, isolated=isolated)
    app.jinja_env.tests["web_address"] = is_web_address
    for code in (404, 405, 413, 500):
        app.register_error_handler(code, error_page)

    from .api import api
    from .web import web

    app.register_blueprint(web)
    app.register_blueprint(api, url_prefix="/api/v1")
    return app


def get_index():
    return current_app.extensions["searchapp.index"]
