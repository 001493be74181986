"""Faceted search: counts, selections, the month drill-down, facet value search and limits,
bad parameters, and the JSON API agreeing with search.run.

The corpus below is small and hand-written, with countries, persons and dates in its
metadata, so every expected count can be read off the table:

    id   country  date        person
    f-1  EG       2023-03-10  أحمد منصور
    f-2  EG       2023-07-02
    f-3  JO       2023-03-20  أحمد منصور
    f-4  EG, JO   2024-03-05  ليلى حداد
    f-5  JO       2024-03-25  (18:30)
    f-6  SA       2024-06-14  ليلى حداد
    f-7  MA       2024-11-30
    f-8  EG       2024-11-02  كريم عواد
"""

from __future__ import annotations

import html
import re
from urllib.parse import urlencode

import pytest
from werkzeug.datastructures import MultiDict

from conftest import index_records
from searchapp import create_app
from searchapp.persons import person_key
from searchapp.index import open_index
from searchapp.search import RequestError, SearchRequest, request_from_params, run

AHMAD = person_key("أحمد منصور")
LAILA = person_key("ليلى حداد")
KARIM = person_key("كريم عواد")

CORPUS = [
    {"id": "f-1", "title": "افتتاح معرض الكتاب", "text": "افتتح المعرض أبوابه للزوار صباح اليوم.",
     "date": "2023-03-10", "country": ["EG"], "person": ["أحمد منصور"]},
    {"id": "f-2", "title": "ارتفاع أسعار الخضار", "text": "ارتفعت أسعار الخضار في الأسواق هذا الأسبوع.",
     "date": "2023-07-02", "country": ["EG"]},
    {"id": "f-3", "title": "ندوة عن المياه", "text": "ناقشت الندوة سبل ترشيد استهلاك المياه.",
     "date": "2023-03-20", "country": ["JO"], "person": ["أحمد منصور"]},
    {"id": "f-4", "title": "اتفاق للربط الكهربائي", "text": "وقع البلدان اتفاقا للربط الكهربائي.",
     "date": "2024-03-05", "country": ["EG", "JO"], "person": ["ليلى حداد"]},
    {"id": "f-5", "title": "موسم سياحي", "text": "شهد الموسم السياحي إقبالا كبيرا.",
     "date": "2024-03-25T18:30:00", "country": ["JO"]},
    {"id": "f-6", "title": "مؤتمر للطاقة", "text": "بحث المؤتمر مستقبل الطاقة المتجددة.",
     "date": "2024-06-14", "country": ["SA"], "person": ["ليلى حداد"]},
    {"id": "f-7", "title": "مهرجان السينما", "text": "اختتم مهرجان السينما دورته الجديدة.",
     "date": "2024-11-30", "country": ["MA"]},
    {"id": "f-8", "title": "تراجع التضخم", "text": "تراجع التضخم للشهر الثالث على التوالي.",
     "date": "2024-11-02", "country": ["EG"], "person": ["كريم عواد"]},
]


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory):
    path = tmp_path_factory.mktemp("facets") / "ix"
    index_records(path, CORPUS)
    return path


@pytest.fixture(scope="module")
def ix(corpus_dir):
    return open_index(corpus_dir, create=False)


@pytest.fixture
def api(corpus_dir):
    return create_app({"INDEX_DIR": str(corpus_dir), "TESTING": True}).test_client()


def search(ix, locale: str = "ar", **fields):
    return run(ix, SearchRequest(q="", per_page=100, **fields), locale=locale)


def search_params(ix, params, locale: str = "ar"):
    """search.run for URL parameters, given as a list of (name, value) pairs."""
    return run(ix, request_from_params(MultiDict(params)), locale=locale)


def ids(result) -> list[str]:
    return sorted(hit.id for hit in result.hits)


def counts(result, facet: str) -> dict[str, int]:
    return {v.value: v.count for v in result.facets[facet]}


def labelled(result, facet: str) -> list[tuple[str, str, int]]:
    return [(v.value, v.label, v.count) for v in result.facets[facet]]


def selected(result, facet: str) -> list[str]:
    return [v.value for v in result.facets[facet] if v.selected]


# --- counts and selections -------------------------------------------------------


def test_counts_without_a_selection(ix):
    result = search(ix)
    assert result.total == 8
    assert counts(result, "country") == {"EG": 4, "JO": 3, "SA": 1, "MA": 1}
    assert counts(result, "person") == {AHMAD: 2, LAILA: 2, KARIM: 1}
    assert counts(result, "year") == {"2023": 3, "2024": 5}
    assert "month" not in result.facets


def test_country_values_are_ordered_by_count_and_labelled_in_the_locale(ix):
    assert labelled(search(ix, locale="ar"), "country") == [
        ("EG", "مصر", 4), ("JO", "الأردن", 3), ("MA", "المغرب", 1), ("SA", "المملكة العربية السعودية", 1)]
    assert labelled(search(ix, locale="en"), "country") == [
        ("EG", "Egypt", 4), ("JO", "Jordan", 3), ("MA", "Morocco", 1), ("SA", "Saudi Arabia", 1)]


def test_two_selected_countries_are_ored(ix):
    result = search(ix, country=("EG", "JO"))
    assert ids(result) == ["f-1", "f-2", "f-3", "f-4", "f-5", "f-8"]
    assert result.total == 6
    assert counts(result, "country") == {"EG": 4, "JO": 3, "SA": 1, "MA": 1}
    assert selected(result, "country") == ["EG", "JO"]
    assert counts(result, "year") == {"2023": 3, "2024": 3}
    assert counts(result, "person") == {AHMAD: 2, LAILA: 1, KARIM: 1}


def test_selecting_egypt_still_counts_jordan(ix):
    result = search(ix, country=("EG",))
    assert ids(result) == ["f-1", "f-2", "f-4", "f-8"]
    # The country facet ignores its own selection ...
    assert counts(result, "country") == {"EG": 4, "JO": 3, "SA": 1, "MA": 1}
    # ... while the other facets count only Egyptian articles.
    assert counts(result, "year") == {"2023": 2, "2024": 2}
    assert counts(result, "person") == {AHMAD: 1, LAILA: 1, KARIM: 1}


def test_two_persons_are_ored(ix):
    result = search(ix, person=(AHMAD, LAILA))
    assert ids(result) == ["f-1", "f-3", "f-4", "f-6"]
    assert counts(result, "person") == {AHMAD: 2, LAILA: 2, KARIM: 1}
    assert counts(result, "country") == {"EG": 2, "JO": 2, "SA": 1}


def test_different_facets_are_anded(ix):
    result = search(ix, country=("EG",), person=(AHMAD,))
    assert ids(result) == ["f-1"]
    # Each facet applies the other's selection, not its own.
    assert counts(result, "country") == {"EG": 1, "JO": 1}
    assert counts(result, "person") == {AHMAD: 1, LAILA: 1, KARIM: 1}
    assert counts(result, "year") == {"2023": 1}


def test_country_and_year_are_anded_and_each_ignores_its_own_selection(ix):
    result = search(ix, country=("EG",), year=("2024",))
    assert ids(result) == ["f-4", "f-8"]
    assert counts(result, "country") == {"EG": 2, "JO": 2, "SA": 1, "MA": 1}  # all of 2024
    assert counts(result, "year") == {"2023": 2, "2024": 2}  # all of Egypt
    assert counts(result, "month") == {"2024-03": 1, "2024-11": 1}  # Egypt in 2024


def test_date_range_applies_to_every_facet(ix):
    result = search_params(ix, [("from", "2023-03-15"), ("to", "2024-03-25")])
    assert ids(result) == ["f-2", "f-3", "f-4", "f-5"]  # f-5 at 18:30 on the last day is inside
    assert counts(result, "country") == {"EG": 2, "JO": 3}
    assert counts(result, "year") == {"2023": 2, "2024": 2}


# --- months -----------------------------------------------------------------------


def test_one_selected_year_shows_its_months_in_the_locale(ix):
    assert labelled(search(ix, year=("2024",), locale="ar"), "month") == [
        ("2024-03", "مارس", 2), ("2024-06", "يونيو", 1), ("2024-11", "نوفمبر", 2)]
    assert labelled(search(ix, year=("2024",), locale="en"), "month") == [
        ("2024-03", "March", 2), ("2024-06", "June", 1), ("2024-11", "November", 2)]


def test_months_of_the_other_year_are_not_listed(ix):
    result = search(ix, year=("2023",), locale="en")
    assert labelled(result, "month") == [("2023-03", "March", 2), ("2023-07", "July", 1)]


@pytest.mark.parametrize("years", [(), ("2023", "2024")], ids=["no-year", "two-years"])
def test_no_month_facet_without_exactly_one_year(ix, years):
    assert set(search(ix, year=years).facets) == {"country", "person", "year"}


def test_selecting_a_month_narrows_the_hits(ix):
    result = search(ix, year=("2024",), month=("2024-03",))
    assert ids(result) == ["f-4", "f-5"]
    # The month facet ignores its own selection; the year facet ignores year and month,
    # so another year can be chosen.
    assert counts(result, "month") == {"2024-03": 2, "2024-06": 1, "2024-11": 2}
    assert selected(result, "month") == ["2024-03"]
    assert counts(result, "year") == {"2023": 3, "2024": 5}
    assert counts(result, "country") == {"EG": 1, "JO": 2}


def test_two_months_are_ored(ix):
    result = search(ix, year=("2024",), month=("2024-03", "2024-06"))
    assert ids(result) == ["f-4", "f-5", "f-6"]


def test_a_selected_month_of_another_year_is_not_listed(ix):
    result = search(ix, year=("2024",), month=("2023-03",))
    assert [v.value for v in result.facets["month"]] == ["2024-03", "2024-06", "2024-11"]


def test_unselecting_the_year_drops_its_month(ix):
    in_march = SearchRequest(q="", per_page=100, year=("2024",), month=("2024-03",))
    result = run(ix, in_march.toggled("year", "2024"))
    assert result.total == 8


# --- facet value search and limits ---------------------------------------------------------


def test_person_value_search_folds_arabic(ix):
    result = search_params(ix, [("person_q", "احمد")])
    assert labelled(result, "person") == [(AHMAD, "أحمد منصور", 2)]
    assert result.facet_totals["person"] == 1
    assert result.total == 8  # the value search narrows the facet, not the hits
    assert counts(result, "country") == {"EG": 4, "JO": 3, "SA": 1, "MA": 1}


def test_person_value_search_finds_a_person_by_another_spelling(ix):
    # the label is أحمد منصور; written otherwise, or in Latin letters, it is the same person
    for typed in ("احمد منسور", "Ahmed Mansour"):
        assert labelled(search_params(ix, [("person_q", typed)]), "person") == [(AHMAD, "أحمد منصور", 2)], typed
    assert labelled(search_params(ix, [("person_q", "احمد عواد")]), "person") == []


def test_country_value_search_by_label(ix):
    assert labelled(search_params(ix, [("country_q", "أردن")]), "country") == [("JO", "الأردن", 3)]
    assert labelled(search_params(ix, [("country_q", "morocco")], locale="en"), "country") == [
        ("MA", "Morocco", 1)]
    assert labelled(search_params(ix, [("country_q", "ارض")]), "country") == []


def test_value_search_keeps_a_selected_value(ix):
    result = search_params(ix, [("country", "SA"), ("country_q", "أردن")])
    assert labelled(result, "country") == [("SA", "المملكة العربية السعودية", 1), ("JO", "الأردن", 3)]
    assert result.facet_totals["country"] == 2


def test_facet_limit_truncates_and_totals_count_all_values(ix):
    result = search_params(ix, [("facet_limit", "2")])
    assert counts(result, "country") == {"EG": 4, "JO": 3}
    assert [v.value for v in result.facets["country"]] == ["EG", "JO"]
    assert counts(result, "person") == {AHMAD: 2, LAILA: 2}
    assert result.facet_totals == {"country": 4, "person": 3, "year": 2}
    # Two persons tie for the one place: the label that sorts first takes it.
    assert labelled(search_params(ix, [("facet_limit", "1")]), "person") == [(AHMAD, "أحمد منصور", 2)]


def test_selected_value_is_kept_past_the_limit(ix):
    result = search_params(ix, [("facet_limit", "2"), ("country", "MA")])
    assert labelled(result, "country") == [("MA", "المغرب", 1), ("EG", "مصر", 4)]
    assert result.facet_totals["country"] == 4
    many = search_params(ix, [("facet_limit", "1"), ("country", "MA"), ("country", "SA")])
    assert [v.value for v in many.facets["country"]] == ["MA", "SA"]  # equal counts: by label
    assert [v.selected for v in many.facets["country"]] == [True, True]


# --- bad input --------------------------------------------------------------------------

BAD_PARAMS = [
    ([("country", "XX")], "country", "unknown country code 'XX' (expected ISO 3166-1 alpha-2, e.g. EG)"),
    ([("from", "2024-05-01"), ("to", "2024-04-01")], "from", "the 'from' date is after the 'to' date"),
    ([("year", "2024"), ("month", "2024-13")], "month", "month must be a year and month such as 2016-03"),
    ([("month", "2024-3")], "month", "month must be a year and month such as 2016-03"),
    ([("facet_limit", "0")], "facet_limit", "facet_limit must be between 1 and 1000"),
]
BAD_IDS = ["country", "from-after-to", "month-13", "month-one-digit", "facet-limit"]


@pytest.mark.parametrize("params, param, message", BAD_PARAMS, ids=BAD_IDS)
def test_bad_parameter_raises_request_error(params, param, message):
    with pytest.raises(RequestError) as info:
        request_from_params(MultiDict(params))
    assert (info.value.param, info.value.message) == (param, message)


def test_unknown_country_in_a_search_request(ix):
    with pytest.raises(RequestError) as info:
        run(ix, SearchRequest(country=("EG", "XX")))
    assert info.value.param == "country"


def query_string(params) -> str:
    return urlencode(params)


@pytest.mark.parametrize("params, param, message", BAD_PARAMS, ids=BAD_IDS)
def test_bad_parameter_is_a_400_in_the_api(api, params, param, message):
    response = api.get("/api/v1/search?" + query_string(params), headers={"Accept-Language": "en"})
    assert response.status_code == 400
    assert response.get_json() == {"error": {"code": "bad_parameter", "message": message, "param": param}}


@pytest.mark.parametrize("params, param, message", BAD_PARAMS, ids=BAD_IDS)
def test_bad_parameter_is_a_400_page_in_the_ui(api, params, param, message):
    response = api.get("/?" + query_string(params) + "&locale=en")
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    shown = re.findall(r'<p class="error" role="alert">(.*?)</p>', page, re.S)
    assert [html.unescape(text) for text in shown] == [message]
    assert '<ol class="hits">' not in page


# --- the JSON API -------------------------------------------------------------------------

API_CASES = [
    ([("country", "EG"), ("country", "JO"), ("from", "2023-03-15"), ("to", "2024-03-25"),
      ("person", AHMAD), ("person", LAILA)],
     2, {"country": {"JO": 2, "EG": 1}, "person": {AHMAD: 1, LAILA: 1}, "year": {"2023": 1, "2024": 1}}),
    ([("country", "eg"), ("country", "JO"), ("from", "2024-01-01"), ("to", "2024-12-31")],
     3, {"country": {"EG": 2, "JO": 2, "SA": 1, "MA": 1}, "person": {LAILA: 1, KARIM: 1}, "year": {"2024": 3}}),
    ([("year", "2024"), ("month", "2024-11"), ("country", "MA"), ("country", "EG")],
     2, {"country": {"MA": 1, "EG": 1}, "person": {KARIM: 1}, "year": {"2023": 2, "2024": 3},
         "month": {"2024-11": 2, "2024-03": 1}}),
]


def api_counts(body) -> dict[str, dict[str, int]]:
    return {name: {v["value"]: v["count"] for v in values} for name, values in body["facets"].items()}


@pytest.mark.parametrize("params, total, expected", API_CASES, ids=["persons-and-dates", "year-range", "month"])
def test_api_agrees_with_search_run(api, ix, params, total, expected):
    response = api.get("/api/v1/search?" + query_string(params))
    assert response.status_code == 200
    body = response.get_json()
    direct = search_params(ix, params)
    assert body["total"] == direct.total == total
    assert api_counts(body) == {name: counts(direct, name) for name in direct.facets} == expected
    assert sorted(hit["id"] for hit in body["hits"]) == ids(direct)
    assert body["facet_totals"] == direct.facet_totals


def test_api_facet_values_carry_labels_and_selection(api):
    response = api.get("/api/v1/search?" + query_string([("country", "EG"), ("locale", "en")]))
    assert response.get_json()["facets"]["country"] == [
        {"value": "EG", "label": "Egypt", "count": 4, "selected": True},
        {"value": "JO", "label": "Jordan", "count": 3, "selected": False},
        {"value": "MA", "label": "Morocco", "count": 1, "selected": False},
        {"value": "SA", "label": "Saudi Arabia", "count": 1, "selected": False},
    ]
