"""The JSON API blueprint (/api/v1): the same search as the UI, rendered as JSON."""

from __future__ import annotations

from flask import Blueprint, current_app, jsonify, request
from flask_babel import get_locale

from . import search
from .app import get_index

api = Blueprint("api", __name__)


def error_response(status: int, code: str, message: str, param: str | None = None):
    body = {"error": {"code": code, "message": message}}
    if param:
        body["error"]["param"] = param
    return jsonify(body), status


@api.errorhandler(search.RequestError)
def bad_parameter(exc: search.RequestError):
    return error_response(400, "bad_parameter", exc.message, exc.param)


@api.get("/search")
def search_endpoint():
    req = search.request_from_params(request.args, current_app.config["PER_PAGE"])
    result = search.run(get_index(), req, locale=str(get_locale()))
    return jsonify(result.to_dict())
