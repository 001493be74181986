"""Searching: a SearchRequest in, a SearchResult out.

Owns request parameters, query parsing (Whoosh's query language with Arabic field
aliases and multi-language query analysis), filters, facet counts, ranking,
sorting, paging, hits marked by `highlight`, "did you mean" from `spelling`, single
documents with their neighbours and look-alikes, and harvesting every hit with a
cursor. Plain Python objects in and out; no Flask here.
"""

from __future__ import annotations

import base64
import functools
import itertools
import math
import os
import re
import threading
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timezone
from functools import lru_cache
from typing import Callable

import numpy as np
from babel import Locale
from babel.dates import format_date
from markupsafe import Markup, escape
from whoosh import qparser, query
from whoosh.qparser import syntax
from whoosh.fields import DATETIME
from whoosh.util.times import datetime_to_long

from .analysis import (
    ANALYZER_VERSION,
    WORD_CHAR,
    LangText,
    analyze,
    is_stop_word,
    normalize,
    script_of_word,
    split_words,
)
from .countries import COUNTRY_CODES
from .persons import known_labels, person_key
from . import postings
from .highlight import Marker, plain_snippet
from .index import MODE_FIELDS, MODES, PersonLabels, query_schema, searching
from .verify import with_checks
from .names import KNOWN_PEOPLE
from .spelling import spelling_suggestion

OPS = ("all", "any")
SORTS = ("relevance", "date_desc", "date_asc")
FACETS = ("country", "person", "year", "month")
FACET_LIMIT = 10  # values shown per facet; the result says how many there are in all
MAX_FACET_LIMIT = 1000
MAX_PER_PAGE = 100
MAX_PAGE = 10_000  # deeper than anyone pages; a harvest walks every hit with cursor=*
MAX_QUERY_LENGTH = 2000
SUGGEST_BELOW = 3  # offer "did you mean" (`spelling`) when a query finds fewer hits than this
TITLE_BOOST = 1.25  # measured with bench/relevance.py: higher boosts cost MRR on ARCD
SURFACE_BOOST = 0.3  # weight of the unstemmed form beside the stem in stem mode (bench/relevance.py)
QUERY_STOP_WORDS = True  # drop stop words from queries (bench/relevance.py measures the gain)

# Field names a user may write in a query, with their Arabic aliases.
FIELD_ALIASES = {
    "title": ["العنوان", "عنوان"],
    "text": ["النص", "نص"],
    "country": ["البلد", "بلد", "الدولة"],
    "person": ["شخص", "الشخص"],
    "date": ["تاريخ", "التاريخ"],
    "source": ["المصدر", "مصدر"],
    "lang": ["اللغة", "لغة"],
    "id": [],
}


def N_(template: str) -> str:
    """Marks a message template for translation; the web and API layers translate it."""
    return template


@dataclass(frozen=True)
class Note:
    """How a query was read, told to the reader: a message template and its values."""

    template: str
    values: tuple[tuple[str, object], ...] = ()

    def __str__(self) -> str:
        return self.template % dict(self.values)


class RequestError(ValueError):
    """A search parameter is invalid; `param` names it. The message is a template with
    `values`, so the web and API layers can show it in the reader's language."""

    def __init__(self, param: str, template: str, /, **values):
        self.param = param
        self.template = template
        self.values = values
        self.message = template % values
        super().__init__(self.message)

    def translated(self, gettext) -> str:
        return gettext(self.template, **self.values)


@dataclass(frozen=True)
class SearchRequest:
    q: str = ""
    mode: str = "stem"
    op: str = "all"
    sort: str = "relevance"
    page: int = 1
    per_page: int = 10
    country: tuple[str, ...] = ()
    person: tuple[str, ...] = ()
    year: tuple[str, ...] = ()
    month: tuple[str, ...] = ()  # 2024-03
    lang: tuple[str, ...] = ()
    source: tuple[str, ...] = ()
    date_from: datetime | None = None
    date_to: datetime | None = None
    facet_limit: int = FACET_LIMIT
    facet_search: tuple[tuple[str, str], ...] = ()  # (facet, text): only values with a word starting with text
    facets: tuple[str, ...] = FACETS  # which facets to count
    highlight: bool = True
    cursor: str | None = None  # harvesting: "*" starts, a result's `next` continues

    def validate(self) -> "SearchRequest":
        if len(self.q) > MAX_QUERY_LENGTH:
            raise RequestError("q", N_("query is longer than %(max)s characters"), max=MAX_QUERY_LENGTH)
        for param, value, allowed in (("mode", self.mode, MODES), ("op", self.op, OPS), ("sort", self.sort, SORTS)):
            if value not in allowed:
                raise RequestError(param, N_("%(name)s must be one of %(allowed)s"), name=param, allowed=", ".join(allowed))
        if self.page < 1:
            raise RequestError("page", N_("page must be 1 or more"))
        if self.page > MAX_PAGE:
            raise RequestError("page", N_("page must be at most %(max)s; cursor=* walks through every hit"), max=MAX_PAGE)
        if not 1 <= self.per_page <= MAX_PER_PAGE:
            raise RequestError("per_page", N_("per_page must be between 1 and %(max)s"), max=MAX_PER_PAGE)
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise RequestError("from", N_("the 'from' date is after the 'to' date"))
        unknown = [c for c in self.country if c not in COUNTRY_CODES]
        if unknown:
            raise RequestError("country", N_("unknown country code %(code)r (expected ISO 3166-1 alpha-2, e.g. EG)"),
                               code=unknown[0])
        if not all(len(y) == 4 and y.isdigit() for y in self.year):
            raise RequestError("year", N_("year must be a four-digit year such as 2016"))
        if not all(len(m) == 7 and m[4] == "-" and m[:4].isdigit() and m[5:].isdigit() and 1 <= int(m[5:]) <= 12
                   for m in self.month):
            raise RequestError("month", N_("month must be a year and month such as 2016-03"))
        unknown_facets = [f for f in self.facets if f not in FACETS]
        if unknown_facets:
            raise RequestError("facets", N_("unknown facet %(name)r (facets are %(known)s)"),
                               name=unknown_facets[0], known=", ".join(FACETS))
        if not 1 <= self.facet_limit <= MAX_FACET_LIMIT:
            raise RequestError("facet_limit", N_("facet_limit must be between 1 and %(max)s"), max=MAX_FACET_LIMIT)
        return self

    def toggled(self, facet: str, value) -> "SearchRequest":
        """The same request with one facet value selected or unselected, back on page 1."""
        current = getattr(self, facet)
        new = tuple(v for v in current if v != value) if value in current else current + (value,)
        changes = {facet: new, "page": 1}
        if facet == "year":
            changes["month"] = ()  # months drill into one year: a new year choice starts over
        return replace(self, **changes)

    @property
    def months(self) -> tuple[str, ...]:
        """The selected months that apply: those within the one selected year."""
        if len(self.year) != 1:
            return ()
        return tuple(m for m in self.month if m.startswith(self.year[0] + "-"))


def _int_param(params, name: str, default: int) -> int:
    raw = params.get(name)
    if raw in (None, ""):
        return default
    try:
        return int(raw)
    except ValueError:
        raise RequestError(name, N_("%(name)s must be a whole number"), name=name) from None


def _date_param(params, name: str, end_of_day: bool = False) -> datetime | None:
    raw = (params.get(name) or "").strip()
    if not raw:
        return None
    try:
        value = datetime.fromisoformat(normalize(raw))
    except ValueError:
        raise RequestError(name, N_("%(name)s must be a date like 2016-12-31"), name=name) from None
    if end_of_day and len(raw) <= 10:
        value = value.replace(hour=23, minute=59, second=59)
    if value.tzinfo is not None:  # stored dates are naive UTC
        try:
            value = value.astimezone(timezone.utc).replace(tzinfo=None)
        except OverflowError:  # 0001-01-01T00:00+01:00 is before year 1 in UTC
            raise RequestError(name, N_("%(name)s must be a date like 2016-12-31"), name=name) from None
    return value


def request_from_params(params, default_per_page: int = 10) -> SearchRequest:
    """Build a SearchRequest from URL parameters (anything with `get` and `getlist`)."""
    return SearchRequest(
        q=params.get("q", ""),
        mode=params.get("mode") or "stem",
        op=params.get("op") or "all",
        sort=params.get("sort") or "relevance",
        page=_int_param(params, "page", 1),
        per_page=_int_param(params, "per_page", default_per_page),
        country=_list_param(params, "country", str.upper),
        person=_list_param(params, "person"),
        year=_list_param(params, "year", normalize),
        month=_list_param(params, "month", normalize),
        lang=tuple(v for v in params.getlist("lang") if v),
        source=tuple(v for v in params.getlist("source") if v),
        date_from=_date_param(params, "from"),
        date_to=_date_param(params, "to", end_of_day=True),
        facet_limit=_int_param(params, "facet_limit", FACET_LIMIT),
        facet_search=tuple((name, params[f"{name}_q"].strip()) for name in FACETS if params.get(f"{name}_q", "").strip()),
        facets=_facets_param(params),
        highlight=_switch_param(params, "highlight", True),
        cursor=params.get("cursor") or None,
    ).validate()


def _facets_param(params) -> tuple[str, ...]:
    raw = params.get("facets")
    if raw is None:
        return FACETS
    return tuple(name.strip() for name in raw.split(",") if name.strip())


def _switch_param(params, name: str, default: bool) -> bool:
    raw = (params.get(name) or "").strip().lower()
    if not raw:
        return default
    if raw in ("on", "true", "1", "yes"):
        return True
    if raw in ("off", "false", "0", "no"):
        return False
    raise RequestError(name, N_("%(name)s must be on or off"), name=name)


def _list_param(params, name: str, clean=lambda v: v) -> tuple[str, ...]:
    return tuple(clean(v.strip()) for v in params.getlist(name) if v.strip())


def request_to_params(request: SearchRequest) -> dict:
    """URL parameters that rebuild `request`; defaults are left out so URLs stay short."""
    defaults = SearchRequest()
    params: dict = {}
    for name in ("q", "mode", "op", "sort", "page", "per_page"):
        value = getattr(request, name)
        if value != getattr(defaults, name):
            params[name] = value
    for name in ("country", "person", "year", "month", "lang", "source"):
        if getattr(request, name):
            params[name] = list(getattr(request, name))
    if request.facet_limit != FACET_LIMIT:
        params["facet_limit"] = request.facet_limit
    if request.facets != FACETS:
        params["facets"] = ",".join(request.facets)
    if not request.highlight:
        params["highlight"] = "off"
    for name, text in request.facet_search:
        params[f"{name}_q"] = text
    if request.date_from:
        params["from"] = request.date_from.date().isoformat()
    if request.date_to:
        params["to"] = request.date_to.date().isoformat()
    return params


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool
    url: str = ""


@dataclass
class Hit:
    id: str
    title: str
    title_html: Markup
    snippet: Markup
    date: datetime | None
    source: str
    lang: str
    url: str
    country: list[str]
    person: list[str]
    score: float | None  # None when sorted by date
    matches: list[tuple[int, int]] = field(default_factory=list)  # offsets of matched words in the text
    mentioned: list[str] = field(default_factory=list)  # dates the text names, as 2024-03-15


@dataclass
class SearchResult:
    request: SearchRequest
    total: int | None  # None in a harvest batch
    hits: list[Hit]
    facets: dict[str, list[FacetValue]]
    interpreted: str
    locale: Locale
    generation: int
    labels: PersonLabels | None = None
    facet_totals: dict[str, int] = field(default_factory=dict)  # values in all, before the limit
    page_count: int = 0
    notes: list[Note] = field(default_factory=list)
    suggestion: str | None = None  # "did you mean": the query with unknown words replaced
    next_cursor: str | None = None  # harvesting: where the next batch starts; None at the end

    def to_dict(self) -> dict:
        """The JSON form of the result, as the API and `searchapp search --json` print it."""
        req = self.request
        return {
            "query": {
                "q": req.q, "mode": req.mode, "op": req.op, "sort": req.sort,
                "interpreted": self.interpreted, "notes": [str(n) for n in self.notes], "suggestion": self.suggestion,
            },
            "total": self.total,
            "page": req.page,
            "per_page": req.per_page,
            "page_count": self.page_count,
            "hits": [self._hit_dict(h) for h in self.hits],
            "facets": {
                name: [{"value": v.value, "label": v.label, "count": v.count, "selected": v.selected} for v in values]
                for name, values in self.facets.items()
            },
            "facet_totals": self.facet_totals,
            "analyzer_version": ANALYZER_VERSION,
            "index_generation": self.generation,
            "next": self.next_cursor,
        }

    def _hit_dict(self, hit: Hit) -> dict:
        return hit_to_dict(hit, self.locale, self.labels)


def hit_to_dict(hit: Hit, locale: Locale, labels: PersonLabels, text: str | None = None) -> dict:
    """A hit as JSON: countries and persons with labels in the reader's language; `text` adds
    the full text (a document, not a result line)."""
    out = {
        "id": hit.id,
        "title": hit.title,
        "date": hit.date.isoformat() if hit.date else None,
        "source": hit.source,
        "lang": hit.lang,
        "url": hit.url,
        "country": [{"code": c, "label": locale.territories.get(c, c)} for c in hit.country],
        "person": [{"id": p, "label": person_label(p, locale, labels)} for p in hit.person],
        "score": hit.score,
        "title_html": str(hit.title_html),
        "snippet": str(hit.snippet),
        "matches": [list(m) for m in hit.matches],
    }
    if text is not None:
        out["text"] = text
        out["text_html"] = out.pop("snippet")
        out["mentioned_dates"] = hit.mentioned
    return out


# --- Query parsing -----------------------------------------------------------


class _Parser(qparser.QueryParser):
    """Whoosh's parser, analyzing each word in every searched language.

    The analyzer may give several stems for one word (one per language); those
    alternatives are ORed, while separate words follow the field's usual rule.
    """

    def __init__(self, fieldboosts: dict[str, float], schema, langs, keep_stop_words, **kwargs):
        super().__init__(None, schema, **kwargs)
        self.add_plugin(qparser.MultifieldPlugin(list(fieldboosts), fieldboosts=fieldboosts))
        self.fieldboosts = fieldboosts
        self.langs = langs
        self.keep_stop_words = keep_stop_words

    def parse(self, text, normalize=True, debug=False):
        """Whoosh's parse. A query of plain words, as most searches are, gets the syntax tree
        Whoosh's tagging and filtering passes would make, without them: they were about a third
        of the parse's time."""
        words = _plain_words(text)
        if words is None or debug:
            return super().parse(text, normalize, debug)
        tree = self.group([syntax.OrGroup([self._word_node(word, fieldname) for fieldname in self.fieldboosts])
                           for word in words])
        q = tree.query(self)
        if not q:
            q = query.NullQuery
        return q.normalize() if normalize else q

    def _word_node(self, word: re.Match, fieldname: str) -> syntax.WordNode:
        node = syntax.WordNode(word.group())
        node.startchar, node.endchar = word.span()
        node.set_fieldname(fieldname)
        node.set_boost(self.fieldboosts[fieldname])
        return node

    def term_query(self, fieldname, text, termclass, boost=1.0, tokenize=True, removestops=True):
        field_obj = self.schema[fieldname] if self.schema and fieldname in self.schema else None
        if field_obj is None or not field_obj.analyzer or field_obj.self_parsing():
            return super().term_query(fieldname, text, termclass, boost, tokenize, removestops)
        tokens = field_obj.analyzer(
            LangText(text, *self.langs), mode="query", positions=True, tokenize=tokenize,
            removestops=removestops and not self.keep_stop_words,
        )
        by_position: dict[int, list[str]] = {}
        for t in tokens:
            by_position.setdefault(t.pos, []).append(t.text)
        if not by_position:
            return None
        if fieldname in MODE_FIELDS["stem"].values():  # word forms: a person's spellings are forms too
            aliases = _person_alias_stems()
            by_position = {pos: list(dict.fromkeys(alts + sorted(set().union(*(aliases.get(a, ()) for a in alts)))))
                           for pos, alts in by_position.items()}
        words = [
            termclass(fieldname, alts[0], boost=boost) if len(alts) == 1
            else query.Or([termclass(fieldname, a, boost=boost) for a in alts])
            for alts in by_position.values()
        ]
        if len(words) == 1:
            return words[0]
        if all(len(alts) == 1 for alts in by_position.values()):
            return self.phraseclass(fieldname, [alts[0] for alts in by_position.values()], boost=boost)
        return query.And(words)


_LATIN_LANGS = ("en", "fr", "es", "de", "it", "pt", "nl")


@lru_cache(maxsize=None)
def _person_alias_stems() -> dict[str, frozenset[str]]:
    """Stem of a known person's one-word spelling → stems of that person's other one-word spellings,
    so زيلنسكي also finds زيلينسكي and Zelensky."""
    groups = []
    for _, label_ar, label_en, spellings in KNOWN_PEOPLE:
        stems = set()
        for spelling in spellings:
            langs = ("ar",) if script_of_word(normalize(spelling)) == "arab" else _LATIN_LANGS
            for lang in langs:
                terms = analyze(spelling, lang)
                if len(terms) == 1:
                    stems.add(terms[0])
        groups.append(stems)
    aliases: dict[str, frozenset[str]] = {}
    for stems in groups:
        for stem_ in stems:
            aliases[stem_] = aliases.get(stem_, frozenset()) | frozenset(stems - {stem_})
    return aliases


_OPERATORS = frozenset({"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE"})
_QUERY_WORD = re.compile(rf"{WORD_CHAR}+")


def _plain_words(text: str) -> list[re.Match] | None:
    """The words of a query made only of words (no syntax, no operator), None for any other."""
    words = list(re.finditer(r"\S+", text))
    if all(_QUERY_WORD.fullmatch(word.group()) and word.group() not in _OPERATORS for word in words):
        return words
    return None


class _WildcardPlugin(qparser.WildcardPlugin):
    """`*` anywhere and `?` inside a word are wildcards; a question mark ending a word
    (What?, متى؟) is punctuation. Whoosh's own plugin also reads ؟ as a wildcard."""

    expr = r"(?P<text>\*|\?(?=\w))"


def _only_stop_words(text: str, langs) -> bool:
    words = [w for w in (normalize(w) for w in text.split()) if w]
    return all(is_stop_word(w, lang) for w in words for lang in langs)


def _make_parser(schema, mode: str, op: str, langs, keep_stop_words: bool) -> _Parser:
    fields = MODE_FIELDS[mode]
    title_f, text_f = fields["title"], fields["text"]
    group = qparser.AndGroup if op == "all" else qparser.OrGroup
    boosts = {title_f: TITLE_BOOST, text_f: 1.0}
    for surface_f, stem_f in zip(_scoring_only_fields(mode), (title_f, text_f)):
        # The word as written (folded, unstemmed) also scores, so the closest forms rank first;
        # it matches nothing the stem does not.
        boosts[surface_f] = SURFACE_BOOST * boosts[stem_f]
    parser = _Parser(boosts, schema, langs, keep_stop_words, group=group)
    aliases = {name: list(names) for name, names in FIELD_ALIASES.items()}
    aliases[title_f] = aliases.pop("title") + ([] if title_f == "title" else ["title"])
    aliases[text_f] = aliases.pop("text") + ([] if text_f == "text" else ["text"])
    parser.add_plugin(qparser.FieldAliasPlugin(aliases))
    parser.remove_plugin_class(qparser.WildcardPlugin)
    parser.add_plugin(_WildcardPlugin())
    return parser


MAX_EXPANSION = 500  # words one wildcard may stand for: ا* would otherwise search a whole vocabulary


def parse_query(searcher, request: SearchRequest) -> tuple[query.Query, list[str]]:
    """The Whoosh query for the request's query string, and notes on how it was read."""
    notes: list[Note] = []
    text = request.q.strip()
    if not text:
        return query.Every(), notes
    langs = search_languages(searcher, request)
    schema = query_schema(searcher.schema)
    parser = _make_parser(schema, request.mode, request.op, langs,
                          keep_stop_words=not QUERY_STOP_WORDS or _only_stop_words(text, langs))
    try:
        parsed = parser.parse(text)
    except Exception:  # Whoosh's parser can fail on odd syntax; fall back to plain words
        parsed = None
    if parsed is None or parsed is query.NullQuery or _has_error(parsed):
        words = " ".join(split_words(text))
        notes.append(Note(N_("The query could not be read as written; the words were searched on their own.")))
        try:
            parsed = parser.parse(words) if words else query.NullQuery
        except Exception:  # words that are all operators (NOT NOT) fail again: nothing is searched
            parsed = query.NullQuery
    scoring_only = _scoring_only_fields(request.mode)
    return _limit_expansions(with_checks(parsed, schema, scoring_only), searcher.reader(), notes, scoring_only), notes


def _scoring_only_fields(mode: str) -> tuple[str, ...]:
    """Fields a query searches only to score (SURFACE_BOOST), not to match."""
    return tuple(MODE_FIELDS["normalized"].values()) if mode == "stem" and SURFACE_BOOST else ()


def _limit_expansions(q: query.Query, reader, notes: list[Note], scoring_only: tuple[str, ...]) -> query.Query:
    """Wildcards and prefixes replaced by the words they stand for, at most MAX_EXPANSION each.
    A wildcard in a scoring-only field is dropped: it would cost a second expansion for nothing."""

    def limit(node):
        if isinstance(node, (query.Prefix, query.Wildcard)) and node.fieldname in scoring_only:
            return query.NullQuery
        if isinstance(node, (query.Prefix, query.Wildcard)) and not isinstance(node, query.Every):
            words = list(itertools.islice(node._btexts(reader), MAX_EXPANSION + 1))
            if len(words) > MAX_EXPANSION:
                notes.append(Note(N_("“%(pattern)s” stands for too many words; the first %(limit)s were searched."),
                                  (("pattern", node.text), ("limit", MAX_EXPANSION))))
                words = words[:MAX_EXPANSION]
            terms = [query.Term(node.fieldname, w.decode("utf-8"), boost=node.boost) for w in words]
            return query.Or(terms) if terms else query.NullQuery
        return node

    return q.accept(limit).normalize()


def _has_error(q: query.Query) -> bool:
    """Whether Whoosh's parser marked any part of the query as not understood."""
    return getattr(q, "error", None) is not None or any(_has_error(c) for c in q.children())


# --- Filters and facets ------------------------------------------------------


def _filter_query(request: SearchRequest) -> query.Query | None:
    parts: list[query.Query] = []
    for name in _KEYWORD_FIELDS:
        values = request.months if name == "month" else getattr(request, name)
        if values:
            parts.append(query.Or([query.Term(name, v) for v in values]))
    if request.date_from or request.date_to:
        parts.append(query.DateRange("date", request.date_from, request.date_to))
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else query.And(parts)


def _shown_facets(request: SearchRequest) -> list[str]:
    """The facets a result counts: months only within one selected year."""
    return [name for name in request.facets if name != "month" or len(request.year) == 1]


_KEYWORD_FIELDS = ("country", "person", "year", "month", "lang", "source")


class _Column:
    """One keyword field's values for every document, as value codes grouped by document: the
    codes of document d are codes[starts[d]:starts[d + 1]]."""

    def __init__(self, values: list[str], docs: np.ndarray, codes: np.ndarray, size: int):
        self.values, self.size = values, size
        order = np.argsort(docs, kind="stable")
        self.docs, self.codes = docs[order], codes[order]
        self.starts = np.searchsorted(self.docs, np.arange(size + 1))
        self.code = {value: i for i, value in enumerate(values)}
        self._values = np.array(values, dtype=object)

    def having(self, wanted) -> np.ndarray:
        """The documents holding any of the `wanted` values."""
        codes = [self.code[v] for v in wanted if v in self.code]
        found = np.zeros(self.size, dtype=bool)
        found[self.docs[np.isin(self.codes, codes)]] = True
        return found

    def count(self, docs: np.ndarray) -> _Counts:
        """How many of the `docs` (a mask) hold each value. A query matches a few hundred of the
        archive's documents, a facet has values for all: only those documents' codes are read."""
        chosen = np.flatnonzero(docs)
        if len(chosen) * 4 > self.size:  # most of the archive: reading every code is cheaper
            codes = self.codes[docs[self.docs]]
        else:
            starts, lengths = self.starts[chosen], self.starts[chosen + 1] - self.starts[chosen]
            # Each chosen document's run of codes, end to end: position k of run r is starts[r] + k.
            run_starts = np.repeat(starts - (np.cumsum(lengths) - lengths), lengths)
            codes = self.codes[run_starts + np.arange(len(run_starts))]
        if len(codes) * 8 < len(self.values):  # a few codes of many values (persons): sorting them is cheaper
            found, counts = np.unique(codes, return_counts=True)
        else:
            counts = np.bincount(codes)
            found = np.flatnonzero(counts)
            counts = counts[found]
        return _Counts(self._values[found], counts)


class _Counts:
    """The values some documents hold, in order, and how many hold each, as arrays: a person facet
    counts thousands of values and a page shows ten, so only those become Python objects."""

    def __init__(self, values: np.ndarray, counts: np.ndarray):
        self.values, self.counts = values, counts

    def __len__(self) -> int:
        return len(self.values)

    def where(self, keep: np.ndarray) -> _Counts:
        return _Counts(self.values[keep], self.counts[keep])

    def having(self, test: Callable[[str], bool]) -> _Counts:
        """The values that pass `test`, with their counts."""
        return self.where(np.fromiter(map(test, self.values.tolist()), dtype=bool, count=len(self.values)))

    def of(self, value: str) -> int:
        at = int(np.searchsorted(self.values, value))
        return int(self.counts[at]) if at < len(self.values) and self.values[at] == value else 0

    def most_frequent(self, room: int) -> list[tuple[str, int]]:
        """The (value, count) pairs with the `room` highest counts, and those tied with the last of
        them (labels break the ties), without sorting them all."""
        if room <= 0:
            return []
        top = self
        if len(self) > room:
            threshold = np.partition(self.counts, len(self) - room)[len(self) - room]
            top = self.where(self.counts >= threshold)
        return list(zip(top.values.tolist(), top.counts.tolist()))


class _Columns:
    """The facet and filter fields of every document, and its date, for whole-archive masks."""

    def __init__(self, segments: list[dict], size: int):
        self.size = size
        offsets = np.cumsum([0] + [segment["size"] for segment in segments])
        self.fields = {}
        for name in _KEYWORD_FIELDS:
            values = sorted({v for segment in segments for v in segment[name][0]})
            code = {value: i for i, value in enumerate(values)}
            docs, codes = [_NO_DOCS], [_NO_DOCS]  # an empty archive has no segment
            for segment, offset in zip(segments, offsets):
                local_values, local_docs, local_codes = segment[name]
                docs.append(local_docs + offset)
                codes.append(np.array([code[v] for v in local_values], dtype=np.int64)[local_codes])
            self.fields[name] = _Column(values, np.concatenate(docs), np.concatenate(codes), size)
        self.dates = np.concatenate([_NO_DOCS] + [segment["date"] for segment in segments])  # see _read_columns

    def __getitem__(self, name: str) -> _Column:
        return self.fields[name]

    def by_date(self, docs: np.ndarray, newest_first: bool) -> np.ndarray:
        """`docs` by date, newest or oldest first, then the undated ones; ties in index order
        (as Whoosh's date sort gives them)."""
        dates = self.dates[docs]
        undated = dates == _NO_DATE
        dated = np.where(undated, 0, dates)
        return docs[np.lexsort((docs, -dated if newest_first else dated, undated))]

    def dated_between(self, low: datetime | None, high: datetime | None) -> np.ndarray:
        """The documents dated from `low` to `high`, both included (an open end is no bound)."""
        found = self.dates != _NO_DATE
        if low:
            found &= self.dates >= _ticks(low)
        if high:
            found &= self.dates <= _ticks(high)
        return found


_NO_DATE = np.iinfo(np.int64).min
UNDATED = DATETIME(sortable=True).column_type.default_value()  # the date column's value for no date
_NO_DOCS = np.zeros(0, dtype=np.int64)
_COLUMNS: dict[tuple, _Columns] = {}  # (folder, generation, size) → columns
_SEGMENT_COLUMNS: dict[tuple, dict] = {}  # (folder, segment id) → one segment's columns
_COLUMNS_LOCK = threading.Lock()


def _ticks(when: datetime) -> int:
    return datetime_to_long(when.replace(tzinfo=None))


def _columns(searcher) -> _Columns:
    """Every document's values of the facet and filter fields, by document number, built once
    per index generation (reading postings field by field is far cheaper than per search).
    Segments never change, so after a commit only the new segments are read."""
    reader = searcher.reader()
    folder = searcher._ix.storage.folder
    key = (folder, reader.generation(), reader.doc_count_all())
    with _COLUMNS_LOCK:
        cached = _COLUMNS.get(key)
        if cached is None:
            # In document-number order; an empty archive's one reader has no segment.
            leaves = [leaf for leaf, _offset in reader.leaf_readers() if leaf.doc_count_all()]
            segments = {(folder, leaf.segment().segment_id()): leaf for leaf in leaves}
            for gone in set(_SEGMENT_COLUMNS) - set(segments):
                if gone[0] == folder:
                    del _SEGMENT_COLUMNS[gone]
            for segment_key, leaf in segments.items():
                if segment_key not in _SEGMENT_COLUMNS:
                    _SEGMENT_COLUMNS[segment_key] = _read_columns(leaf)
            cached = _Columns([_SEGMENT_COLUMNS[k] for k in segments], reader.doc_count_all())
            _COLUMNS.clear()  # one generation at a time
            _COLUMNS[key] = cached
    return cached


def _read_columns(reader) -> dict:
    """One segment's values of the facet and filter fields, as (values, documents, value
    indexes) by its document numbers, and its documents' dates."""
    size = reader.doc_count_all()
    columns: dict = {"size": size}
    for name in _KEYWORD_FIELDS:
        values, docs, codes = [], [], []
        for term in reader.lexicon(name):
            found = postings.doc_ids(reader, name, term)
            docs += found
            codes += [len(values)] * len(found)
            values.append(term.decode("utf-8"))
        columns[name] = (values, np.array(docs, dtype=np.int64), np.array(codes, dtype=np.int64))
    # Raw, as microseconds since datetime.min; an undated document has the column's default.
    raw = np.array(list(reader.column_reader("date", translate=False)), dtype=np.uint64)
    columns["date"] = np.where(raw == np.uint64(UNDATED), _NO_DATE, raw.astype(np.int64))
    return columns


def _filter_masks(columns: _Columns, request: SearchRequest) -> dict[str, np.ndarray]:
    """For each filter of the request (several values of one field are OR-ed), the documents it
    lets through."""
    masks = {}
    for name in _KEYWORD_FIELDS:
        values = request.months if name == "month" else getattr(request, name)
        if values:
            masks[name] = columns[name].having(values)
    if request.date_from or request.date_to:
        masks["date"] = columns.dated_between(request.date_from, request.date_to)
    return masks


def _all_of(masks) -> np.ndarray | None:
    """The documents all the masks let through; None when there is no mask."""
    masks = list(masks)
    return np.logical_and.reduce(masks) if masks else None


def _facet_counts(columns: _Columns, matched: np.ndarray, filters: dict[str, np.ndarray],
                  request: SearchRequest) -> dict[str, _Counts]:
    """Counts per facet over all matches; a facet's own selection does not narrow its counts
    (the year facet ignores the month selection too, so a year can be switched), the other
    filters do."""
    found = np.zeros(columns.size, dtype=bool)
    found[matched] = True
    counts = {}
    for name in _shown_facets(request):
        ignored = {name, "month"} if name == "year" else {name}
        others = _all_of(mask for f, mask in filters.items() if f not in ignored)
        counts[name] = columns[name].count(found if others is None else found & others)
    if "month" in counts:
        year = request.year[0]
        counts["month"] = counts["month"].having(lambda month: month.startswith(year + "-"))
    return counts


_LABEL_CACHE: dict[str, tuple[float, PersonLabels]] = {}


def person_labels(ix) -> PersonLabels:
    """The person labels beside the index, read again only when the file changes."""
    folder = ix.storage.folder
    path = os.path.join(folder, PersonLabels.FILE)
    mtime = os.path.getmtime(path) if os.path.exists(path) else 0.0
    cached = _LABEL_CACHE.get(folder)
    if cached is None or cached[0] != mtime:
        cached = _LABEL_CACHE[folder] = (mtime, PersonLabels(folder))
    return cached[1]


def person_label(person_id: str, locale: Locale, labels: PersonLabels) -> str:
    """A person's name in the script of the reader's language."""
    script = "arab" if locale.language in ("ar", "fa", "ur") else "latn"
    known = known_labels().get(person_id)
    return known[script] if known else labels.label(person_id, script)


def _facet_label(name: str, value, *, locale: Locale, labels: PersonLabels) -> str:
    if name == "country":
        return locale.territories.get(value, value)
    if name == "person":
        return person_label(value, locale, labels)
    if name == "month":
        year, month = value.split("-")
        return format_date(date(int(year), int(month), 1), "LLLL", locale=locale)
    return str(value)


def _facet_values(counts: dict[str, _Counts], request, locale, url_for,
                  labels) -> tuple[dict[str, list[FacetValue]], dict[str, int]]:
    """The values shown per facet (selected ones always, then the most frequent up to the limit,
    among those matching the facet's value search) and how many values each facet has in all.
    Only the values that can be shown are labelled and given a URL: a person facet has thousands."""
    out: dict[str, list[FacetValue]] = {}
    totals: dict[str, int] = {}
    searches = dict(request.facet_search)
    for name, found in counts.items():
        selected = set(request.months if name == "month" else getattr(request, name))
        label = functools.partial(_facet_label, name, locale=locale, labels=labels)
        if name in searches:
            wanted = normalize(searches[name])
            # a person's name typed whole in any spelling or script (زيلنسكي, Selenskyj) is that person
            same_person = person_key(searches[name]) if name == "person" else None
            found = found.having(lambda v: v in selected or v == same_person
                                 or _starts_a_word(wanted, label(v)) or _starts_a_word(wanted, v))
        unselected = found.where(~np.isin(found.values, list(selected))) if selected else found
        totals[name] = len(unselected) + len(selected)
        limit = max(request.facet_limit, len(selected))
        candidates = [(value, found.of(value)) for value in selected] + unselected.most_frequent(limit - len(selected))
        labelled = sorted(((value, count, label(value)) for value, count in candidates),
                          key=lambda vnl: (vnl[0] not in selected, -vnl[1], vnl[2]))[:limit]
        values = [
            FacetValue(value=str(value), label=text, count=count, selected=value in selected,
                       url=url_for(request.toggled(name, value)) if url_for else "")
            for value, count, text in labelled
        ]
        if name in ("year", "month"):
            values.sort(key=lambda v: v.value)
        out[name] = values
    return out, totals


def _starts_a_word(prefix: str, text: str) -> bool:
    """Whether a word of `text`, folded, begins with the folded `prefix`, with or without its article:
    احمد finds أحمد منصور, زيل finds فولوديمير زيلينسكي, اردن finds الأردن; a prefix of several words
    must begin the text."""
    folded = _folded_label(text)
    return folded.startswith(prefix) or (" " not in prefix and _word_start(prefix).search(folded) is not None)


@lru_cache(maxsize=200_000)
def _folded_label(text: str) -> str:
    """A facet label, folded: a person facet's thousands of labels are searched again and again."""
    return normalize(text)


@lru_cache(maxsize=256)
def _word_start(prefix: str) -> re.Pattern:
    """`prefix` at the start of a word, behind the article or not."""
    return re.compile(f"(?<!{WORD_CHAR})(?:ال)?{re.escape(prefix)}")


# --- Running a search --------------------------------------------------------


def search_languages(searcher, request: SearchRequest) -> tuple[str, ...]:
    """The languages a query is analyzed in: the requested ones, else all in the index."""
    if request.lang:
        return request.lang
    reader = searcher.reader()
    langs = getattr(reader, "_searchapp_langs", None)  # read once per generation: a reader is one
    if langs is None:
        langs = reader._searchapp_langs = tuple(sorted(t.decode() for t in searcher.lexicon("lang")))
    return langs or ("ar",)


def _hit(stored: dict, title_html: Markup, snippet: Markup, score: float | None,
         matches: list[tuple[int, int]] | None = None) -> Hit:
    return Hit(
        matches=matches or [],
        id=stored["id"],
        title=stored.get("title", ""),
        title_html=title_html,
        snippet=snippet,
        date=stored.get("date"),
        source=stored.get("source", ""),
        lang=stored.get("lang", "ar"),
        url=stored.get("url", ""),
        country=_split(stored.get("country")),
        person=_split(stored.get("person")),
        mentioned=_split(stored.get("mentioned")),
        score=score,
    )


def _marked_hit(marker: Marker, stored: dict, score: float | None, highlight: bool = True) -> Hit:
    """A hit with its matches marked in its title and snippet, or only its text's start."""
    if not highlight:
        return _hit(stored, escape(stored.get("title", "")), plain_snippet(stored.get("text", "")), score)
    snippet, offsets = marker.text(stored)
    return _hit(stored, marker.title(stored), snippet, score, offsets)


def _by_date(request: SearchRequest, q: query.Query) -> bool:
    """Whether the search is ordered by date: when asked, and always without a query."""
    return request.sort != "relevance" or isinstance(q, query.Every)


class _Ranking:
    """A search's first `limit` documents in its order, as (document number, score) pairs (no
    score when sorted by date), how many documents it finds, and what its facets count from:
    the documents the query matches before the filters, the filters' masks and the columns."""

    def __init__(self, searcher, q: query.Query, request: SearchRequest, limit: int):
        self.columns = _columns(searcher)
        self.filters = _filter_masks(self.columns, request)
        allowed = _all_of(self.filters.values())
        scoring_only = _scoring_only_fields(request.mode)
        by_date = _by_date(request, q)
        if not by_date and postings.can_rank(searcher, q):
            top, self.matched = postings.top_docs(searcher, q, limit, allowed, scoring_only)
            self.top = [(docnum, score) for score, docnum in top]
            self.total = len(self.matched) if allowed is None else int(np.count_nonzero(allowed[self.matched]))
            return
        self.matched = postings.matching_docs(searcher, q, scoring_only)
        within = self.matched if allowed is None else self.matched[allowed[self.matched]]
        self.total = len(within)
        if by_date:
            self.top = [(d, None) for d in self.columns.by_date(within, request.sort != "date_asc")[:limit].tolist()]
        elif self.total:  # Whoosh ranks what top_docs cannot: phrases, checked words
            allowed_set = None if allowed is None else set(np.flatnonzero(allowed).tolist())
            self.top = [(hit.docnum, hit.score) for hit in searcher.search(q, limit=limit, filter=allowed_set)]
        else:
            self.top = []  # Whoosh would take an empty filter for none


def run(
    ix,
    request: SearchRequest,
    locale: str = "ar",
    url_for: Callable[[SearchRequest], str] | None = None,
) -> SearchResult:
    """Run one search. Raises RequestError for invalid parameters, never for the query text."""
    request.validate()
    if request.cursor is not None:
        return _harvest(ix, request, locale)
    with searching(ix) as searcher:
        q, notes = parse_query(searcher, request)
        first = (request.page - 1) * request.per_page
        ranking = _Ranking(searcher, q, request, first + request.per_page)
        marker = Marker(searcher, q, request.mode)
        hits = [
            _marked_hit(marker, searcher.stored_fields(docnum), None if score is None else round(score, 4),
                        request.highlight)
            for docnum, score in ranking.top[first:]
        ]
        total = ranking.total
        counts = _facet_counts(ranking.columns, ranking.matched, ranking.filters, request)
        generation = searcher.reader().generation()
        suggestion = spelling_suggestion(searcher, request.q) if total < SUGGEST_BELOW and request.q.strip() else None
    babel_locale = Locale.parse(locale)
    labels = person_labels(ix)
    facets, facet_totals = _facet_values(counts, request, babel_locale, url_for, labels)
    return SearchResult(
        labels=labels,
        request=request,
        total=total,
        hits=hits,
        facets=facets,
        facet_totals=facet_totals,
        locale=babel_locale,
        generation=generation,
        interpreted=str(q),
        page_count=math.ceil(total / request.per_page),
        notes=notes,
        suggestion=suggestion,
    )


def _split(value) -> list[str]:
    return [v for v in (value or "").split(",") if v]


FACET_VALUES_LIMIT = 50  # values /facets/{name} lists when the request does not set facet_limit


def facet_request(request: SearchRequest, name: str, prefix: str) -> SearchRequest:
    """The request that lists the values of one facet with a word starting with `prefix` (folded),
    within the request's results."""
    searches = tuple((n, t) for n, t in request.facet_search if n != name)
    if prefix.strip():
        searches += ((name, prefix.strip()),)
    limit = FACET_VALUES_LIMIT if request.facet_limit == FACET_LIMIT else request.facet_limit
    return replace(request, facets=(name,), facet_search=searches, per_page=1, page=1, cursor=None, facet_limit=limit)


def suggest(ix, q: str, limit: int = 8) -> dict:
    """Completions of the last word from the archive's words, most frequent first, and a
    "did you mean" for words the archive does not hold."""
    words = split_words(q)
    completions = []
    with searching(ix) as searcher:
        if words and not q[-1:].isspace():
            prefix = normalize(words[-1])
            reader = searcher.reader()
            candidates = itertools.chain.from_iterable(
                itertools.islice(reader.expand_prefix("text_norm", start), 2000) for start in _completed_starts(prefix))
            ranked = sorted(((reader.doc_frequency("text_norm", t), t.decode("utf-8") if isinstance(t, bytes) else t)
                             for t in candidates), reverse=True)[:limit]
            head = q[: q.rfind(words[-1])]
            completions = [head + term for _, term in ranked]
        did_you_mean = spelling_suggestion(searcher, q) if words and not completions else None
    return {"q": q, "completions": completions, "did_you_mean": did_you_mean}


def _completed_starts(prefix: str) -> list[str]:
    """The starts of the words that complete a folded prefix: itself, and for Arabic typed without
    the article, the article and it (مفا is completed by المفاوضات, the form news text uses most)."""
    if not prefix:
        return []
    if script_of_word(prefix) == "arab" and not prefix.startswith("ال"):
        return [prefix, "ال" + prefix]
    return [prefix]


# --- Harvesting with a cursor --------------------------------------------------------


def _encode_cursor(generation: int, docnum: int) -> str:
    return base64.urlsafe_b64encode(f"{generation}:{docnum}".encode()).decode().rstrip("=")


def _decode_cursor(cursor: str, generation: int) -> int:
    """The document number a cursor starts at; "*" is the start."""
    if cursor == "*":
        return 0
    try:
        made_at, docnum = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode().split(":")
        made_at, docnum = int(made_at), int(docnum)
    except ValueError:
        raise RequestError("cursor", N_("this cursor is not one the archive gave out; start with cursor=*")) from None
    if made_at != generation:
        raise RequestError("cursor", N_("the archive changed since this cursor was made; start again with cursor=*"))
    return docnum


def matching_docnums(searcher, request: SearchRequest, start: int = 0):
    """Document numbers matching the request, in index order, from `start` on. The cost of a
    batch does not grow with its position: the matcher skips straight to `start`."""
    q, _ = parse_query(searcher, request)
    condition = _filter_query(request)
    if condition is not None:
        q = query.And([q, condition])
    matcher = q.matcher(searcher, searcher.boolean_context())
    reader = searcher.reader()
    if start and matcher.is_active() and matcher.id() < start:
        matcher.skip_to(start)
    while matcher.is_active():
        docnum = matcher.id()
        if not reader.is_deleted(docnum):
            yield docnum
        matcher.next()


def _harvest(ix, request: SearchRequest, locale: str) -> SearchResult:
    """One batch of a harvest: per_page hits in index order after the cursor, and the next cursor.
    Totals and facets are left out (they would cost a full search every batch)."""
    with searching(ix) as searcher:
        generation = searcher.reader().generation()
        start = _decode_cursor(request.cursor, generation)
        q, notes = parse_query(searcher, request)
        marker = Marker(searcher, q, request.mode)
        docnums = list(itertools.islice(matching_docnums(searcher, request, start), request.per_page + 1))
        hits = [_marked_hit(marker, searcher.stored_fields(n), None, request.highlight) for n in docnums[:request.per_page]]
    more = len(docnums) > request.per_page
    return SearchResult(
        request=request, total=None, hits=hits, facets={}, interpreted=str(q), notes=notes,
        locale=Locale.parse(locale), generation=generation, labels=person_labels(ix),
        next_cursor=_encode_cursor(generation, docnums[-1]) if more else None,
    )


# --- Documents and similar documents ----------------------------------------------

@dataclass
class DocumentPage:
    hit: Hit  # its snippet is the whole text, with every match marked
    text: str  # the text as stored
    previous_rank: int | None  # neighbours within the search that led here
    next_rank: int | None
    previous_id: str | None
    next_id: str | None
    similar: list[Hit]


def document(ix, doc_id: str, request: SearchRequest | None = None, rank: int | None = None,
             similar: int = 5) -> DocumentPage | None:
    """One document, its matches for `request` marked, its neighbours at `rank` in that search,
    and the documents most like it. None if there is no such document."""
    request = (request or SearchRequest()).validate()
    with searching(ix) as searcher:
        docnum = searcher.document_number(id=doc_id)
        if docnum is None:
            return None
        stored = searcher.stored_fields(docnum)
        q, _ = parse_query(searcher, request)
        marker = Marker(searcher, q, request.mode)
        text_html, offsets = marker.text(stored, whole=True)
        hit = _hit(stored, marker.title(stored), text_html, None, offsets)
        neighbours = _ids_at(searcher, q, request, rank) if rank and request.q.strip() else {}
        similar_hits = [_hit(s, escape(s.get("title", "")), Markup(""), round(score, 4))
                        for other, score in _more_like(searcher, docnum, stored.get("text", ""), hit.lang, similar)
                        for s in [searcher.stored_fields(other)]]
    return DocumentPage(
        hit=hit,
        text=stored.get("text", ""),
        previous_rank=rank - 1 if rank and neighbours.get(rank - 1) else None,
        next_rank=rank + 1 if rank and neighbours.get(rank + 1) else None,
        previous_id=neighbours.get(rank - 1) if rank else None,
        next_id=neighbours.get(rank + 1) if rank else None,
        similar=similar_hits,
    )


def _more_like(searcher, docnum: int, text: str, lang: str, count: int) -> list[tuple[int, float]]:
    """The `count` documents most like one, as (document number, score): Whoosh's more_like (its
    twelve key terms, OR-ed with their weights as boosts), ranked by `postings.top_docs`."""
    if not count:
        return []
    terms = searcher.key_terms_from_text("text", LangText(text, lang), numterms=12, normalize=False)
    if not terms:
        return []
    others = np.ones(searcher.doc_count_all(), dtype=bool)
    others[docnum] = False
    q = query.Or([query.Term("text", word, boost=weight) for word, weight in terms])
    top, _ = postings.top_docs(searcher, q, count, others)
    return [(other, score) for score, other in top]


def _ids_at(searcher, q, request: SearchRequest, rank: int) -> dict[int, str]:
    """The ids at ranks rank-1 and rank+1 (1-based) of the search, in the order its pages show."""
    top = _Ranking(searcher, q, request, rank + 1).top
    return {r: searcher.stored_fields(top[r - 1][0])["id"] for r in (rank - 1, rank + 1) if 0 < r <= len(top)}
