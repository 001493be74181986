"""The Flask application factory: configuration, the index, localization and the blueprints."""

from __future__ import annotations

from flask import Flask, request, url_for
from flask_babel import Babel, get_locale

from . import config
from .index import open_index


def select_locale() -> str:
    from flask import current_app

    offered = current_app.config["LOCALES"].split(",")
    chosen = request.args.get("locale") or request.cookies.get("locale")
    if chosen in offered:
        return chosen
    return current_app.config["DEFAULT_LOCALE"]


def locale_url(locale: str) -> str:
    """The current page in another UI language."""
    args = request.args.to_dict(flat=False)
    args["locale"] = locale
    return url_for(request.endpoint or "web.search_page", **(request.view_args or {}), **args)


def api_error_or_page(exc):
    """Unknown URLs under /api/ get the API's JSON error shape; others the usual page."""
    if request.path.startswith("/api/"):
        from .api import error_response

        if exc.code == 404:
            return error_response(404, "not_found", "no such endpoint")
        return error_response(exc.code, "method_not_allowed", exc.description)
    return exc


def create_app(settings: dict | None = None) -> Flask:
    """Build the app; `settings` override the defaults and SEARCHAPP_* variables."""
    app = Flask(
        __name__,
        template_folder=str(config.resource_dir("templates")),
        static_folder=str(config.resource_dir("static")),
    )
    app.config.update(config.load(settings))
    app.config["BABEL_DEFAULT_LOCALE"] = app.config["DEFAULT_LOCALE"]
    app.json.ensure_ascii = False
    app.extensions["searchapp.index"] = open_index(app.config["INDEX_DIR"])
    Babel(app, locale_selector=select_locale)
    app.jinja_env.globals.update(get_locale=get_locale, locale_url=locale_url)
    app.register_error_handler(404, api_error_or_page)
    app.register_error_handler(405, api_error_or_page)

    from .api import api
    from .web import web

    app.register_blueprint(web)
    app.register_blueprint(api, url_prefix="/api/v1")
    return app


def get_index():
    from flask import current_app

    return current_app.extensions["searchapp.index"]
