"""The JSON API (/api/v1/search): the same search as the UI, as JSON."""

from __future__ import annotations

import json
import re
from urllib.parse import quote

import pytest

from conftest import sample_records
from searchapp.analysis import ANALYZER_VERSION
from searchapp.index import open_index

Q = quote("المفاوضات")


def get(client, query: str):
    response = client.get("/api/v1/search?" + query)
    return response, response.get_json()


def test_search_payload(client, sample_index_dir):
    response, body = get(client, f"q={Q}&op=any&mode=stem&page=1&per_page=2")
    assert response.status_code == 200
    assert response.mimetype == "application/json"
    assert set(body) == {"query", "total", "page", "per_page", "page_count", "hits", "facets", "facet_totals", "next",
                         "analyzer_version", "index_generation"}
    assert body["query"]["q"] == "المفاوضات"
    assert (body["query"]["op"], body["query"]["mode"]) == ("any", "stem")
    assert (body["total"], body["page"], body["per_page"], body["page_count"]) == (4, 1, 2, 2)
    assert [hit["id"] for hit in body["hits"]] == ["sample-028", "sample-021"]
    assert body["analyzer_version"] == ANALYZER_VERSION
    assert body["index_generation"] == open_index(sample_index_dir, create=False).latest_generation()


def test_hit_fields(client):
    _, body = get(client, f"q={Q}&per_page=2")
    first = body["hits"][1]
    assert first["id"] == "sample-021"
    assert first["title"] == "جَوْلَةٌ جَدِيدَةٌ مِنَ المُفَاوَضَاتِ بين روسيا وأوكرانيا"
    assert first["date"] == "2022-03-29T00:00:00"
    assert first["lang"] == "ar"
    assert first["url"] == "https://example.org/news/sample-021"
    assert first["source"] == "وكالة الأنباء التجريبية"
    assert [c["code"] for c in first["country"]] == ["RU", "UA", "TR"]
    assert first["country"][0]["label"] == "روسيا"
    assert re.findall(r"<mark[^>]*>(.*?)</mark>", first["title_html"]) == ["المُفَاوَضَاتِ"]
    assert "<mark" in first["snippet"]


def test_facets_carry_value_label_count_selected(client):
    _, body = get(client, f"q={Q}&country=ua&locale=en")
    assert body["total"] == 4
    assert body["facets"]["country"] == [
        {"value": "UA", "label": "Ukraine", "count": 4, "selected": True},
        {"value": "RU", "label": "Russia", "count": 3, "selected": False},
        {"value": "SA", "label": "Saudi Arabia", "count": 1, "selected": False},
        {"value": "TR", "label": "Türkiye", "count": 1, "selected": False},
        {"value": "US", "label": "United States", "count": 1, "selected": False},
    ]
    assert body["facets"]["year"] == [
        {"value": y, "label": y, "count": 1, "selected": False} for y in ("2022", "2023", "2024", "2025")]


def test_arabic_stays_utf8_in_the_raw_body(client):
    response = client.get(f"/api/v1/search?q={Q}")
    raw = response.get_data()
    assert "المفاوضات".encode("utf-8") in raw
    assert b"\\u" not in raw
    assert response.mimetype == "application/json"
    assert json.loads(raw.decode("utf-8"))["total"] == 4


@pytest.mark.parametrize("mode, ids", [
    ("stem", ["sample-021", "sample-028", "sample-040", "sample-044"]),
    ("normalized", ["sample-021", "sample-028", "sample-044"]),
    ("exact", ["sample-028"]),
])
def test_modes(client, mode, ids):
    _, body = get(client, f"q={Q}&mode={mode}")
    assert sorted(hit["id"] for hit in body["hits"]) == ids
    assert body["total"] == len(ids)


def test_paging(client):
    _, first = get(client, "q=&sort=date_asc&per_page=5&page=1")
    _, second = get(client, "q=&sort=date_asc&per_page=5&page=2")
    by_date = [r["id"] for r in sorted(sample_records(), key=lambda r: r["date"])]
    assert [h["id"] for h in first["hits"]] == by_date[:5]
    assert [h["id"] for h in second["hits"]] == by_date[5:10]
    assert not {h["id"] for h in first["hits"]} & {h["id"] for h in second["hits"]}
    assert (first["total"], first["page_count"]) == (48, 10)


@pytest.mark.parametrize("query, param, message", [
    ("page=0", "page", "page must be 1 or more"),
    ("page=x", "page", "page must be a whole number"),
    ("per_page=101", "per_page", "per_page must be between 1 and 100"),
    ("mode=fuzzy", "mode", "mode must be one of stem, normalized, exact"),
    ("op=xor", "op", "op must be one of all, any"),
    ("sort=random", "sort", "sort must be one of relevance, date_desc, date_asc"),
    ("year=soon", "year", "year must be a four-digit year such as 2016"),
    ("from=yesterday", "from", "from must be a date like 2016-12-31"),
    ("from=2024-02-01&to=2024-01-01", "from", "the 'from' date is after the 'to' date"),
    ("q=" + "a" * 2001, "q", "query is longer than 2000 characters"),
])
def test_bad_parameter_is_a_400_with_one_error_shape(client, query, param, message):
    response = client.get("/api/v1/search?" + query, headers={"Accept-Language": "en"})
    assert response.status_code == 400
    assert response.get_json() == {"error": {"code": "bad_parameter", "message": message, "param": param}}


def test_error_message_follows_accept_language(client):
    arabic = client.get("/api/v1/search?page=0", headers={"Accept-Language": "ar,en;q=0.5"}).get_json()
    english = client.get("/api/v1/search?page=0", headers={"Accept-Language": "en-GB"}).get_json()
    assert arabic["error"]["message"] == "يجب أن يكون رقم الصفحة 1 أو أكثر"
    assert english["error"]["message"] == "page must be 1 or more"


def test_notes_on_how_a_query_was_read_follow_accept_language_too(client):
    arabic = client.get("/api/v1/search?q=((", headers={"Accept-Language": "ar"}).get_json()
    english = client.get("/api/v1/search?q=((", headers={"Accept-Language": "en"}).get_json()
    assert english["query"]["notes"] == ["The query could not be read as written; the words were searched on their own."]
    assert arabic["query"]["notes"] == ["تعذّرت قراءة صيغة الاستعلام كما كُتبت، فجرى البحث عن الكلمات وحدها."]


def test_unknown_endpoint_is_a_json_404(client):
    response = client.get("/api/v1/nothing-here", headers={"Accept-Language": "en"})
    assert response.status_code == 404
    assert response.get_json() == {"error": {"code": "not_found", "message": "no such endpoint"}}


def test_score_of_a_date_sorted_hit_is_not_a_date(client):
    _, body = get(client, f"q={Q}&sort=date_asc")
    assert [h["id"] for h in body["hits"]] == ["sample-021", "sample-028", "sample-040", "sample-044"]
    assert all(h["score"] is None or h["score"] < 1000 for h in body["hits"])


@pytest.mark.parametrize("query", [
    f"q={Q}", f"q={Q}&mode=exact", "q=" + quote("مصر الأردن") + "&op=any", "q=" + quote("مصر") + "&country=EG",
], ids=["stem", "exact", "any", "country"])
def test_ui_and_api_agree_on_the_total(client, query):
    api_total = get(client, query)[1]["total"]
    html = client.get("/?" + query + "&locale=en").get_data(as_text=True)  # English: the count is a numeral
    ui_total = re.search(r'<p class="summary"[^>]*>\s*([0-9,]+) results?', html).group(1).replace(",", "")
    assert int(ui_total) == api_total


@pytest.mark.parametrize("query", [
    "q=" + quote("مصر") + "&country=EG", "q=" + quote("المفاوضات") + "&op=any&year=2022&year=2023", "q=",
], ids=["country", "years", "everything"])
def test_ui_and_api_agree_on_facet_counts(client, query):
    """One search, two renderings: the facet values and counts on the page are the API's."""
    api_facets = get(client, query)[1]["facets"]
    html = client.get("/?" + query).get_data(as_text=True)
    for name, values in api_facets.items():
        section = re.search(rf'<section class="facet" aria-labelledby="facet-{name}">(.*?)</section>', html, re.S)
        shown = re.findall(r'<bdi class="label">(.*?)</bdi>\s*<span class="count">(.*?)</span>',
                           section.group(1) if section else "", re.S)
        assert shown == [(v["label"], str(v["count"])) for v in values], name
