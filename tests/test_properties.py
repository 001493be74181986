"""Property-based tests (hypothesis): whatever the query string and the parameters, the UI and the
API answer promptly, without a server error, and in their documented shapes.

Queries mix arbitrary text (control characters and NUL included) with the query language's
sharp edges: unbalanced quotes and parentheses, lone operators, English and Arabic field names and
fields that do not exist, wildcards that would stand for the whole vocabulary, bidi controls,
Arabic with diacritics, and queries around and far over the length limit. Parameters are every
query parameter the OpenAPI document names, with values in and out of range, repeated or not.

The regression tests at the end pin the server errors these properties found.
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
import time
from urllib.parse import quote, urlencode

import pytest
import yaml
from hypothesis import HealthCheck, given, note, reject, settings
from hypothesis import strategies as st
from hypothesis.control import currently_in_test_context

from searchapp import config, search
from searchapp.api import EXPORT_COLUMNS
from searchapp.countries import COUNTRY_CODES
from searchapp.index import MODE_FIELDS, MODES, UNINDEXED_FIELDS, open_index, searching

SPEC = yaml.safe_load((config.resource_dir("docs") / "openapi.yaml").read_text(encoding="utf-8"))
SAMPLE_IDS = [f"sample-{n:03d}" for n in range(1, 49)]
SECONDS = 5.0  # per request, generous: the point is to catch runaway expansion, not to benchmark
ERROR_CODES = set(SPEC["components"]["schemas"]["Error"]["properties"]["error"]["properties"]["code"]["enum"])
EXPANSION_NOTE = "“%s” stands for too many words; the first %d were searched."

PROPERTIES = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                           HealthCheck.filter_too_much, HealthCheck.data_too_large],
)


def _spec_query_parameters() -> set[str]:
    """Every query parameter the OpenAPI document names, shared or declared in one operation."""
    names = {p["name"] for p in SPEC["components"]["parameters"].values() if p["in"] == "query"}
    for item in SPEC["paths"].values():
        for operation in item.values():
            for p in operation.get("parameters", []) if isinstance(operation, dict) else []:
                if "name" in p and p["in"] == "query":
                    names.add(p["name"])
    return names


QUERY_PARAMETERS = sorted(_spec_query_parameters())


def test_every_parameter_of_the_openapi_document_is_generated():
    assert {"q", "page", "per_page", "country", "month", "from", "to", "facets", "cursor", "prefix",
            "locale"} <= set(QUERY_PARAMETERS)
    assert set(QUERY_PARAMETERS) <= set(PARAMETER_VALUES)


# --- Strategies: queries ------------------------------------------------------------------------

any_char = st.characters(blacklist_categories=("Cs",))  # lone surrogates cannot be put in a URL
BIDI = ["\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"]
FIELD_NAMES = [name for field, aliases in search.FIELD_ALIASES.items() for name in (field, *aliases)]
ARABIC_WORDS = ["المفاوضات", "الكِتَابَ", "مـصـر", "أحمد", "زيلينسكي", "وَالمُفَاوَضَاتِ", "بِسْمِ", "ﷲ", "لا", "٢٠٢٤",
                "متى؟", "فِي", "الأُرْدُنّ", "ﻻ", "مفاوض"]
OTHER_WORDS = ["Russia", "ceasefire", "talks", "négociations", "the", "and", "a", "2022", "x", "ÉTÉ", "ß"]
WILDCARDS = ["*", "ا*", "?*", "a*", "*a*", "*ا*", "م?", "??", "?", "*؟", "ال*", "ـ*", "َ*"]
OPERATORS = ["AND", "OR", "NOT", "ANDNOT", "ANDMAYBE", "-", "+", "~", "^", "~2", "^3", "^-1", "~99", "TO", "and", "or"]
SYNTAX = ['"', "'", "(", ")", "[", "]", "{", "}", ":", "\\", "/", "<", ">", "=", "!", "&", "|", ","]
CONTROL = ["\x00", "\t", "\n", "\r\n", "\x0b", "\x1b", "\x7f", "\u0085", "\u2028", "\ufeff", "\ufffe", "\U0010ffff"]
FIELDS = [f"{name}:" for name in FIELD_NAMES] + ["nosuchfield:", "NOSUCHFIELD:", "حقل:", "date:[2020 TO", "date:>2020",
                                                 "date:2020-13", "date:[* TO *]", "تاريخ:أمس", "title:\"\"", "id:*"]
TOKENS = ARABIC_WORDS + OTHER_WORDS + WILDCARDS + OPERATORS + SYNTAX + CONTROL + BIDI + FIELDS

token = st.one_of(st.sampled_from(TOKENS), st.text(any_char, min_size=1, max_size=6))
tokens_query = st.lists(token, max_size=12).flatmap(
    lambda parts: st.sampled_from([" ", "", "  "]).map(lambda sep: sep.join(parts)))
# A query around the length limit (2000) or far over it (10,000): one token repeated.
long_query = st.builds(lambda part, size: ((part + " ") * size)[:size],
                       st.sampled_from(["ا*", "?*", "مفاوضاتتت", "(", '"', "NOT", "a~2", "ب", "x OR"] + BIDI + CONTROL),
                       st.sampled_from([search.MAX_QUERY_LENGTH - 1, search.MAX_QUERY_LENGTH, search.MAX_QUERY_LENGTH + 1,
                                        10_000]))
queries = st.one_of(st.text(any_char, max_size=40), tokens_query, st.sampled_from(TOKENS))


# --- Strategies: parameters ---------------------------------------------------------------------

garbage = st.one_of(st.text(any_char, max_size=12), st.sampled_from(["", " ", "\x00", "-1", "0", "null", "*", "ا"]))
numbers = st.one_of(
    st.integers(-5, 120).map(str),
    st.integers(-10**20, 10**20).map(str),
    st.sampled_from(["1.5", "1e3", "٣", "١٠", "²", "1_0", " 7 ", "+3", "0x10", "NaN", "inf", "9" * 40]),
    garbage,
)


def enum(values):
    return st.one_of(st.sampled_from(list(values)), st.sampled_from([v.upper() for v in values]), garbage)


dates = st.one_of(
    st.dates().map(lambda d: d.isoformat()),
    st.datetimes(timezones=st.timezones()).map(lambda d: d.isoformat()),
    st.sampled_from(["2016-13-01", "2016-02-30", "2016-1-1", "20160101", "2016", "٢٠١٦-٠٣-٠١", "0001-01-01",
                     "9999-12-31", "0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-05:00", "2016-12-31T25:00",
                     "yesterday"]),
    garbage,
)
countries = st.one_of(st.sampled_from(sorted(COUNTRY_CODES)), st.sampled_from(sorted(COUNTRY_CODES)).map(str.lower),
                      st.sampled_from(["ZZ", "XX", "UK", "EU", "E G", "EGY", "ﻣﺼﺮ", "İT"]), garbage)
years = st.one_of(st.integers(0, 10_000).map(str), st.sampled_from(["2022", "٢٠٢٢", "22", "2022 ", "+202"]), garbage)
months = st.one_of(
    st.builds("{}-{:02d}".format, st.integers(1990, 2030), st.integers(0, 13)),
    st.sampled_from(["2022-03", "2022-3", "2022-13", "2022-00", "03", "2022/03", "٢٠٢٢-٠٣", "2022-03-01"]),
    garbage,
)
cursors = st.one_of(st.sampled_from(["*", "MTox", "MToxMDAw", "OTk5OTox", "eDp5", "Og", "-", "**"]), garbage)
facet_lists = st.one_of(st.lists(st.sampled_from([*search.FACETS, "topic", "", " "]), max_size=5).map(",".join), garbage)
texts = st.one_of(st.text(any_char, max_size=20), st.sampled_from(ARABIC_WORDS + OTHER_WORDS + BIDI + CONTROL))

PARAMETER_VALUES = {
    "q": st.one_of(queries, long_query),
    "mode": enum(MODES),
    "op": enum(search.OPS),
    "sort": enum(search.SORTS),
    "page": numbers,
    "per_page": numbers,
    "facet_limit": numbers,
    "rank": numbers,  # the UI's document page
    "country": countries,
    "person": st.one_of(st.sampled_from(["volodymyr-zelensky", "antonio-guterres", "nobody"]), texts),
    "year": years,
    "month": months,
    "lang": st.one_of(st.sampled_from(["ar", "en", "fr", "xx", "zh", "AR", "ar-EG"]), garbage),
    "source": st.one_of(st.sampled_from(["Sample Wire", "وكالة الأنباء التجريبية"]), texts),
    "from": dates,
    "to": dates,
    "facets": facet_lists,
    "country_q": texts,
    "person_q": texts,
    "year_q": texts,
    "month_q": texts,
    "prefix": texts,
    "highlight": enum(["on", "off", "true", "false", "yes", "no", "1", "0"]),
    "cursor": cursors,
    "locale": enum(["ar", "en"]),
    "nosuch": garbage,  # a parameter nobody reads
}


def parameters(names=None):
    """A list of (name, value) pairs: any parameters, possibly repeated, in any order."""
    pair = st.sampled_from(sorted(names or PARAMETER_VALUES)).flatmap(
        lambda name: PARAMETER_VALUES[name].map(lambda value: (name, value)))
    return st.lists(pair, max_size=6)


accept_language = st.one_of(
    st.none(),
    st.sampled_from(["ar", "en", "en-GB,en;q=0.9", "fr", "*", "", "ar;q=0", "en;q=abc", ";;;", "xx-YY"]),
    st.text(st.characters(min_codepoint=0x20, max_codepoint=0x7e), max_size=20),
)
doc_ids = st.one_of(st.sampled_from(SAMPLE_IDS), st.sampled_from(["sample-1", "SAMPLE-001", "..", "a/b", "%", "sample-001 "]),
                    st.text(any_char, min_size=1, max_size=20), st.sampled_from(["x" * 10_000]))


# --- Requests and the properties every answer has ------------------------------------------------

def url_of(path: str, pairs) -> str:
    return path + ("?" + urlencode(pairs, quote_via=quote) if pairs else "")


def get(app, url: str, language: str | None = None):
    """GET `url` with a fresh client (no cookie from an earlier example); the whole body is read
    (exports stream). Checks what every answer must be: prompt, no server error, no traceback."""
    if currently_in_test_context():  # under hypothesis: the request is printed with a failing example
        note(f"GET {url[:3000]}" + (f"  Accept-Language: {language!r}" if language is not None else ""))
    headers = {"Accept-Language": language} if language is not None else {}
    started = time.perf_counter()
    response = app.test_client().get(url, headers=headers)
    body = response.get_data(as_text=True)
    seconds = time.perf_counter() - started
    assert response.status_code < 500, body[:2000]
    assert "Traceback" not in body and 'File "' not in body, body[:2000]
    assert seconds < SECONDS, f"{seconds:.1f} s"
    return response, body


def sendable(pairs) -> bool:
    """Whether a request could not echo the words the no-traceback check looks for."""
    return not any("Traceback" in v or 'File "' in v for _, v in pairs)


def names(pairs) -> set[str]:
    return {name for name, _ in pairs}


def first(pairs, name: str, default=None):
    """The value the app reads for a repeated parameter: the first."""
    return next((value for n, value in pairs if n == name), default)


def assert_api_error(response, sent: set[str], status: int, codes: set[str], params: set[str] = frozenset()):
    """The documented error shape: {"error": {"code", "message", "param"?}}; `param` names a
    parameter that was sent (or one of `params`)."""
    assert response.status_code == status
    assert response.mimetype == "application/json"
    body = response.get_json()
    assert set(body) == {"error"}
    error = body["error"]
    assert error["code"] in ERROR_CODES and error["code"] in codes, error
    assert isinstance(error["message"], str) and error["message"].strip()
    assert set(error) <= {"code", "message", "param"}
    if "param" in error:
        assert error["param"] in sent | set(params), error


def assert_api_answer(response, sent: set[str], not_found_params: set[str] = frozenset()):
    """200 JSON with an ETag, or a 400 naming a parameter that was sent, or a 404; errors in the one shape."""
    if response.status_code == 200:
        assert response.mimetype == "application/json"
        assert response.headers.get("ETag")
        return response.get_json()
    if response.status_code == 404:
        assert_api_error(response, sent, 404, {"not_found"}, not_found_params)
    else:
        assert_api_error(response, sent, 400, {"bad_parameter"})
    return None


def assert_ui_answer(response, body: str, statuses=(200, 400)):
    """An HTML page; a 4xx page says what is wrong."""
    assert response.status_code in statuses, response.status_code
    assert response.mimetype == "text/html"
    assert body.lstrip().lower().startswith("<!doctype html>")
    if response.status_code >= 400:
        message = re.search(r'role="alert">([^<]*)<', body)
        assert message and message.group(1).strip(), body[:2000]


# --- What each endpoint answers, whatever the parameters --------------------------------------------


def check_api_search(app, pairs, language=None, **_):
    """/api/v1/search: a 200 whose paging adds up, or a 400 naming a parameter that was sent."""
    response, _ = get(app, url_of("/api/v1/search", pairs), language)
    result = assert_api_answer(response, names(pairs))
    if result is None:
        return
    per_page, page, total, hits = result["per_page"], result["page"], result["total"], result["hits"]
    assert 1 <= per_page <= search.MAX_PER_PAGE and page >= 1
    assert len(hits) <= per_page
    assert result["query"]["q"] == first(pairs, "q", "")
    if total is None:  # a harvest batch
        assert first(pairs, "cursor") and result["page_count"] == 0 and result["facets"] == {}
    else:
        assert 0 <= total <= len(SAMPLE_IDS)
        assert result["page_count"] == math.ceil(total / per_page)
        assert len(hits) == max(0, min(per_page, total - (page - 1) * per_page))
    assert len({hit["id"] for hit in hits}) == len(hits)
    for name, values in result["facets"].items():
        assert name in search.FACETS
        assert all(v["count"] >= 0 for v in values)
        assert result["facet_totals"][name] >= len([v for v in values if v["count"]])


def check_api_document(app, pairs, language=None, doc_id="sample-001", **_):
    response, _ = get(app, url_of(f"/api/v1/documents/{quote(doc_id, safe='')}", pairs), language)
    document = assert_api_answer(response, names(pairs), {"id"})
    if document is not None:
        assert document["id"] == doc_id
        text = document["text"]
        assert isinstance(text, str) and isinstance(document["text_html"], str)
        assert all(0 <= start < end <= len(text) for start, end in document["matches"])
    elif response.status_code == 404:
        assert doc_id not in SAMPLE_IDS


def check_api_similar(app, pairs, language=None, doc_id="sample-001", **_):
    response, _ = get(app, url_of(f"/api/v1/documents/{quote(doc_id, safe='')}/similar", pairs), language)
    result = assert_api_answer(response, names(pairs), {"id"})
    if result is not None:
        assert result["id"] == doc_id
        assert len(result["similar"]) <= int(first(pairs, "per_page") or 10)
        assert doc_id not in {hit["id"] for hit in result["similar"]}
    elif response.status_code == 404:
        assert doc_id not in SAMPLE_IDS


def check_api_facet_values(app, pairs, language=None, facet="person", **_):
    response, _ = get(app, url_of(f"/api/v1/facets/{quote(facet, safe='')}", pairs), language)
    result = assert_api_answer(response, names(pairs), {"name"})
    if result is not None:
        assert facet in search.FACETS and result["facet"] == facet
        assert result["prefix"] == first(pairs, "prefix", "")
        assert result["total"] >= 0
        assert all(v["count"] >= 0 for v in result["values"])
    elif response.status_code == 404:
        assert facet not in search.FACETS


def check_api_suggest(app, pairs, language=None, **_):
    response, _ = get(app, url_of("/api/v1/suggest", pairs), language)
    q = first(pairs, "q", "")
    if len(q) > search.MAX_QUERY_LENGTH:
        assert_api_error(response, {"q"}, 400, {"bad_parameter"})
        return
    result = assert_api_answer(response, names(pairs))
    assert result is not None  # suggest reads only q (and locale)
    assert result["q"] == q and len(result["completions"]) <= 8
    assert result["did_you_mean"] is None or isinstance(result["did_you_mean"], str)


def check_api_export(app, pairs, language=None, kind="csv", **_):
    """A whole file of the documented shape (the stream does not break off), or a 400."""
    response, body = get(app, url_of(f"/api/v1/export.{kind}", pairs), language)
    if response.status_code != 200:
        assert_api_error(response, names(pairs), 400, {"bad_parameter", "export_too_large"})
        return
    if kind == "csv":
        assert body.startswith("\ufeff")
        rows = list(csv.reader(io.StringIO(body[1:], newline="")))
        assert rows[0] == list(EXPORT_COLUMNS)
        assert all(len(row) == len(EXPORT_COLUMNS) for row in rows[1:])
        ids = [row[0] for row in rows[1:]]
    else:
        lines = body.split("\n")
        assert lines[-1] == ""
        ids = [json.loads(line)["id"] for line in lines[:-1]]
    assert len(set(ids)) == len(ids) and set(ids) <= set(SAMPLE_IDS)


def check_ui_search(app, pairs, language=None, **_):
    response, body = get(app, url_of("/", pairs), language)
    q = first(pairs, "q", "")
    assert_ui_answer(response, body, (400,) if len(q) > search.MAX_QUERY_LENGTH else (200, 400))


def check_ui_document(app, pairs, language=None, doc_id="sample-001", **_):
    response, body = get(app, url_of(f"/doc/{quote(doc_id, safe='')}", pairs), language)
    assert_ui_answer(response, body, (200, 400, 404))
    if response.status_code == 404:
        assert doc_id not in SAMPLE_IDS


CHECKS = {
    "api search": check_api_search,
    "api document": check_api_document,
    "api similar": check_api_similar,
    "api facet values": check_api_facet_values,
    "api suggest": check_api_suggest,
    "api export.csv": lambda *a, **k: check_api_export(*a, kind="csv", **k),
    "api export.ndjson": lambda *a, **k: check_api_export(*a, kind="ndjson", **k),
    "ui search": check_ui_search,
    "ui document": check_ui_document,
}


# --- Hypothesis: any parameters, any query --------------------------------------------------------


@PROPERTIES
@given(pairs=parameters(), language=accept_language)
def test_api_search(app, pairs, language):
    if not sendable(pairs):
        reject()
    check_api_search(app, pairs, language)


@PROPERTIES
@given(q=st.one_of(queries, long_query), mode=st.sampled_from(MODES), op=st.sampled_from(search.OPS))
def test_api_search_any_query(app, q, mode, op):
    """Whatever the query text, /search answers 200 (a query that does not parse is searched as
    words), or 400 about `q` when it is too long."""
    pairs = [("q", q), ("mode", mode), ("op", op)]
    if not sendable(pairs):
        reject()
    response, _ = get(app, url_of("/api/v1/search", pairs))
    if len(q) > search.MAX_QUERY_LENGTH:
        assert_api_error(response, {"q"}, 400, {"bad_parameter"})
        return
    assert response.status_code == 200
    check_api_search(app, pairs)


@PROPERTIES
@given(doc_id=doc_ids, pairs=parameters(), language=accept_language)
def test_api_document(app, doc_id, pairs, language):
    if not sendable(pairs + [("id", doc_id)]):
        reject()
    check_api_document(app, pairs, language, doc_id)


@PROPERTIES
@given(doc_id=doc_ids, pairs=parameters(), language=accept_language)
def test_api_similar(app, doc_id, pairs, language):
    if not sendable(pairs + [("id", doc_id)]):
        reject()
    check_api_similar(app, pairs, language, doc_id)


@PROPERTIES
@given(facet=st.one_of(st.sampled_from(search.FACETS), st.sampled_from(["topic", "COUNTRY", "الدولة"]),
                       st.text(any_char, min_size=1, max_size=10)),
       pairs=parameters(), language=accept_language)
def test_api_facet_values(app, facet, pairs, language):
    if not sendable(pairs + [("name", facet)]):
        reject()
    check_api_facet_values(app, pairs, language, facet)


@PROPERTIES
@given(q=st.one_of(queries, long_query), pairs=parameters(["locale", "nosuch", "q"]), language=accept_language)
def test_api_suggest(app, q, pairs, language):
    pairs = [("q", q), *pairs]
    if not sendable(pairs):
        reject()
    check_api_suggest(app, pairs, language)


@PROPERTIES
@given(kind=st.sampled_from(["csv", "ndjson"]), pairs=parameters(), language=accept_language)
def test_api_exports(app, kind, pairs, language):
    if not sendable(pairs):
        reject()
    check_api_export(app, pairs, language, kind)


@PROPERTIES
@given(pairs=parameters(), language=accept_language)
def test_ui_search_page(app, pairs, language):
    if not sendable(pairs):
        reject()
    check_ui_search(app, pairs, language)


@PROPERTIES
@given(q=st.one_of(queries, long_query), mode=st.sampled_from(MODES))
def test_ui_search_page_any_query(app, q, mode):
    pairs = [("q", q), ("mode", mode)]
    if not sendable(pairs):
        reject()
    response, body = get(app, url_of("/", pairs))
    assert_ui_answer(response, body, (400,) if len(q) > search.MAX_QUERY_LENGTH else (200,))


@PROPERTIES
@given(doc_id=doc_ids, pairs=parameters(), language=accept_language)
def test_ui_document_page(app, doc_id, pairs, language):
    if not sendable(pairs + [("id", doc_id)]):
        reject()
    check_ui_document(app, pairs, language, doc_id)


# --- The edge cases named in the brief, on every endpoint, every run --------------------------------

EDGE_CASES = {
    "negative page": [("page", "-1")],
    "page 0": [("page", "0")],
    "huge page": [("page", "9" * 30)],
    "huge per_page": [("per_page", "1000000")],
    "per_page 0": [("per_page", "0")],
    "per_page not a number": [("per_page", "ten")],
    "per_page a superscript digit": [("per_page", "²")],
    "facet_limit 0": [("facet_limit", "0")],
    "huge facet_limit": [("facet_limit", "100000")],
    "unknown mode": [("mode", "fuzzy")],
    "unknown op": [("op", "xor")],
    "unknown sort": [("sort", "random")],
    "unknown highlight": [("highlight", "maybe")],
    "unknown facet": [("facets", "topic,country")],
    "no facets": [("facets", "")],
    "unknown locale": [("locale", "xx")],
    "month 13": [("from", "2016-13-01")],
    "30 February": [("to", "2016-02-30")],
    "a word for a date": [("from", "yesterday")],
    "offset before year 1": [("from", "0001-01-01T00:00:00+01:00")],
    "offset after year 9999": [("to", "9999-12-31T23:59:59-05:00")],
    "from after to": [("from", "2020-01-01"), ("to", "2019-01-01")],
    "repeated page, good first": [("page", "2"), ("page", "x")],
    "repeated page, bad first": [("page", "x"), ("page", "2")],
    "repeated country, one unknown": [("country", "EG"), ("country", "ZZ")],
    "unknown country code": [("country", "XX")],
    "lower-case country code": [("country", "eg")],
    "month without year": [("month", "2022-03")],
    "month 13 of a year": [("year", "2022"), ("month", "2022-13")],
    "two-digit year": [("year", "22")],
    "month of another year": [("year", "2023"), ("month", "2022-03")],
    "harvest start": [("cursor", "*")],
    "bogus cursor": [("cursor", "garbage")],
    "cursor of another generation": [("cursor", "OTk5OTox")],
    "unknown language": [("lang", "xx")],
    "unknown parameter": [("nosuch", "1")],
    "NUL query": [("q", "\x00")],
    "operators only": [("q", "NOT NOT NOT")],
    "10,000 characters": [("q", "ا" * 10_000)],
    "2,000 unknown words": [("q", ("ا " * 1000)[:search.MAX_QUERY_LENGTH])],
    "2,000 characters of wildcards": [("q", ("ا* " * 700)[:search.MAX_QUERY_LENGTH])],
    "a phrase of wildcards": [("q", ('"' + "ا* " * 700)[:search.MAX_QUERY_LENGTH - 1] + '"')],
    "star": [("q", "*")],
    "alef star": [("q", "ا*")],
    "question star": [("q", "?*")],
    "unknown field": [("q", "nosuchfield:foo")],
    "Arabic field alias, no value": [("q", "العنوان:")],
    "bidi override": [("q", "\u202eمصر\u202c")],
    "isolates and marks": [("q", "\u2067\u200fالأردن\u200e\u2069")],
    "unbalanced": [("q", '"(مصر')],
    "diacritics": [("q", "وَالمُفَاوَضَاتِ")],
    "facet search of a facet not counted": [("facets", "year"), ("country_q", "x")],
    "selected year without matches": [("q", "zzzzqqq"), ("year", "2022")],
    "prefix": [("prefix", "زيل")],
}


@pytest.mark.parametrize("endpoint", CHECKS)
@pytest.mark.parametrize("case", EDGE_CASES)
def test_edge_cases(app, endpoint, case):
    CHECKS[endpoint](app, EDGE_CASES[case])


# --- Wildcards that would stand for the whole vocabulary ------------------------------------------


@pytest.fixture(scope="module")
def vocabulary(sample_index_dir):
    """The words of each indexed text field."""
    with searching(open_index(sample_index_dir, create=False)) as searcher:
        reader = searcher.reader()
        return {field: [t.decode("utf-8") for t in reader.lexicon(field)]
                for fields in MODE_FIELDS.values() for field in map(searched_field, fields.values())}


def searched_field(field: str) -> str:
    """Where a wildcard in `field` is looked up: exact forms are not indexed, so in the folded field."""
    return UNINDEXED_FIELDS.get(field, field)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("q, pattern, matches", [
    ("ا*", "ا", lambda word: word.startswith("ا")),
    ("a*", "a", lambda word: word.startswith("a")),
    ("?*", "?*", lambda word: len(word) >= 1),
])
def test_wildcards_answer_promptly_and_say_when_they_were_cut(client, vocabulary, mode, q, pattern, matches):
    started = time.perf_counter()
    result = client.get(url_of("/api/v1/search", [("q", q), ("mode", mode), ("per_page", 100)]),
                        headers={"Accept-Language": "en"}).get_json()  # the note in English
    assert time.perf_counter() - started < SECONDS
    fields = [searched_field(field) for field in MODE_FIELDS[mode].values()]
    cut = any(sum(map(matches, vocabulary[field])) > search.MAX_EXPANSION for field in fields)
    expected = [EXPANSION_NOTE % (pattern, search.MAX_EXPANSION)] * sum(
        sum(map(matches, vocabulary[field])) > search.MAX_EXPANSION for field in fields)
    assert result["query"]["notes"] == expected, (cut, result["query"]["notes"])
    for field in fields:
        searched = re.findall(rf"\b{field}:", result["query"]["interpreted"])
        assert len(searched) == min(sum(map(matches, vocabulary[field])), search.MAX_EXPANSION)
    assert result["total"] > 0 and len(result["hits"]) == min(result["total"], 100)


def test_star_alone_finds_every_document_promptly(client):
    for mode in MODES:
        started = time.perf_counter()
        result = client.get(url_of("/api/v1/search", [("q", "*"), ("mode", mode)])).get_json()
        assert time.perf_counter() - started < SECONDS
        assert result["total"] == len(SAMPLE_IDS) and result["query"]["notes"] == []  # not expanded: no cut


def test_the_whole_vocabulary_cut_in_some_mode(vocabulary):
    """The wildcard test above exercises the cut: some field holds more than MAX_EXPANSION words with ا."""
    assert any(sum(w.startswith("ا") for w in words) > search.MAX_EXPANSION for words in vocabulary.values())


# --- Bugs found by these properties, fixed (regressions) -----------------------------------------


@pytest.mark.parametrize("q", ["NOT NOT NOT", "NOT NOT NOT NOT", "NOT " * 450])
def test_query_of_operators_only_is_not_a_server_error(client, q):
    response = client.get(url_of("/api/v1/search", [("q", q)]), headers={"Accept-Language": "en"})
    assert response.status_code == 200
    result = response.get_json()
    assert result["total"] == 0
    assert result["query"]["notes"] == [
        "The query could not be read as written; the words were searched on their own."]


@pytest.mark.parametrize("param", ["from", "to"])
@pytest.mark.parametrize("value", ["0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-05:00"])
def test_date_with_an_offset_beyond_the_calendar_is_a_400(client, param, value):
    response = client.get(url_of("/api/v1/search", [(param, value)]), headers={"Accept-Language": "en"})
    assert response.status_code == 400
    assert response.get_json()["error"] == {"code": "bad_parameter", "param": param,
                                            "message": f"{param} must be a date like 2016-12-31"}
    assert client.get(url_of("/", [(param, value)])).status_code == 400


@pytest.mark.parametrize("cursor", ["*", "garbage", " "])
def test_search_page_ignores_a_cursor(client, cursor):
    response = client.get(url_of("/", [("cursor", cursor), ("locale", "en")]))
    assert response.status_code == 200
    assert re.search(r'<p class="summary"[^>]*>\s*48 results', response.get_data(as_text=True))


def test_document_page_rank_that_is_a_digit_but_not_a_number(client):
    assert client.get(url_of("/doc/sample-001", [("q", "الأردن"), ("rank", "²")])).status_code == 200
    html = client.get(url_of("/doc/sample-001", [("q", "الأردن"), ("rank", "١")])).get_data(as_text=True)
    assert "rank=2" in html  # Arabic-Indic digits are read as the number they are


def test_did_you_mean_looks_up_each_unknown_word_once_and_at_most_max_corrections(client, monkeypatch):
    """A 2000-character query of unknown words took 6 s on the 48 sample documents, one walk of
    the vocabulary per word."""
    from searchapp import spelling

    calls = []
    original = spelling.nearest_word
    monkeypatch.setattr(spelling, "nearest_word", lambda reader, folder, text: calls.append(text) or original(
        reader, folder, text))
    q = ("زززز " * 400)[:search.MAX_QUERY_LENGTH]
    started = time.perf_counter()
    assert client.get(url_of("/api/v1/search", [("q", q)])).status_code == 200
    assert client.get(url_of("/api/v1/suggest", [("q", q)])).status_code == 200
    assert calls == ["زززز", "زززز"]
    calls.clear()
    words = [f"zq{a}{b}" for a in "abcdefghij" for b in "abcdefghij"]  # 100 unknown words
    result = client.get(url_of("/api/v1/search", [("q", " ".join(words)), ("op", "any")])).get_json()
    assert len(calls) == spelling.MAX_CORRECTIONS
    assert time.perf_counter() - started < SECONDS
    assert result["total"] == 0
    # Still a suggestion for the first words: "did you mean" has not been lost.
    assert client.get(url_of("/api/v1/suggest", [("q", "المفاوضاتت ")])).get_json()["did_you_mean"] == "المفاوضات"


# --- Server errors the properties found in the search page and the routing ------------------------


@pytest.mark.parametrize("pairs", [[("q", '"')], [("q", "AND")], [("q", "ا*"), ("mode", "normalized")]])
def test_search_page_shows_query_notes(client, pairs):
    response = client.get(url_of("/", [*pairs, ("locale", "en")]))
    assert response.status_code == 200
    assert re.search(r'<p class="note">[^<\s]', response.get_data(as_text=True))


def test_search_page_selected_year_without_matches(client):
    response = client.get(url_of("/", [("q", "zzzzqqq"), ("year", "2022")]))
    assert response.status_code == 200


@pytest.mark.parametrize("query", [[("month_q", "x")], [("facets", "year"), ("country_q", "x")],
                                   [("facets", "country"), ("year_q", "1")]])
def test_search_page_facet_search_of_a_facet_not_counted(client, query):
    response = client.get(url_of("/", query))
    assert response.status_code == 200


@pytest.mark.parametrize("path", ["/", "/api/v1/search"])
def test_a_page_past_the_limit_is_a_clear_400(client, path):
    response = client.get(url_of(path, [("page", str(10**25)), ("locale", "en")]),
                          headers={"Accept-Language": "en"})
    assert response.status_code == 400
    assert "page must be at most 10000; cursor=* walks through every hit" in response.get_data(as_text=True)
    assert client.get(url_of(path, [("page", str(search.MAX_PAGE))])).status_code == 200


@pytest.mark.parametrize("path", ["/api/v1/documents/%2F/similar", "/api/v1/documents/a%2F%2Fb", "/api/v1/facets/%2F"])
def test_an_id_or_name_with_a_slash_is_not_found_not_redirected(client, path):
    response = client.get(path)
    assert response.status_code == 404 and response.get_json()["error"]["code"] == "not_found"
