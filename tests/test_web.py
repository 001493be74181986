"""The server-rendered search page, through Flask's test client."""

from __future__ import annotations

import csv
import io
import re
from html.parser import HTMLParser
from urllib.parse import quote

import pytest

from conftest import index_records
from searchapp import create_app


def page(client, query: str = ""):
    response = client.get("/" + query)
    return response, response.get_data(as_text=True)


def hit_titles(html: str) -> list[str]:
    """The hit headings with their markup removed."""
    return [re.sub(r"<[^>]+>", "", h) for h in re.findall(r"<h3>(.*?)</h3>", html, re.S)]


def summary_count(html: str) -> str:
    return re.search(r'<p class="summary"[^>]*>\s*([0-9٠-٩,٬]+)', html).group(1)


def test_arabic_right_to_left_by_default(client):
    response, html = page(client)
    assert response.status_code == 200
    assert '<html lang="ar" dir="rtl">' in html


def test_english_left_to_right_on_request(client):
    response, html = page(client, "?locale=en")
    assert response.status_code == 200
    assert '<html lang="en" dir="ltr">' in html


def test_unoffered_locale_falls_back_to_arabic(client):
    _, html = page(client, "?locale=fr")
    assert '<html lang="ar" dir="rtl">' in html


def test_search_shows_titles_and_marks(client):
    response, html = page(client, "?q=" + quote("المفاوضات"))
    assert response.status_code == 200
    assert summary_count(html) in ("4", "٤")
    assert hit_titles(html) == [
        "دعوات دولية لاستئناف المفاوضات بين موسكو وكييف",
        "جَوْلَةٌ جَدِيدَةٌ مِنَ المُفَاوَضَاتِ بين روسيا وأوكرانيا",
        "السعودية تستضيف جولة من المحادثات حول الأزمة الأوكرانية",  # المفاوضات as written: ranked higher
        "غوتيريش يدعو إلى إحياء مسار الســـلام في أوكرانيا",
    ]
    assert re.search(r"<mark[^>]*>المُفَاوَضَاتِ</mark>", html)
    assert re.search(r"<mark[^>]*>بالمفاوضات</mark>", html)
    assert html.count('<li class="hit" lang="ar" dir="rtl">') == 4


def test_english_hit_is_left_to_right_inside_an_arabic_page(client):
    _, html = page(client, "?q=ceasefire")
    assert hit_titles(html) == ["Ukraine and Russia hold new round of talks as UN urges ceasefire"]
    assert '<li class="hit" lang="en" dir="ltr">' in html
    assert '<html lang="ar" dir="rtl">' in html


@pytest.mark.parametrize("query, message, arabic", [
    ("?page=0", "page must be 1 or more", "يجب أن يكون رقم الصفحة 1 أو أكثر"),
    ("?page=two", "page must be a whole number", "يجب أن تكون قيمة page عددًا صحيحًا"),
    ("?per_page=1000", "per_page must be between 1 and 100", "يجب أن يكون عدد النتائج في الصفحة بين 1 و100"),
    ("?mode=fuzzy", "mode must be one of stem, normalized, exact",
     "يجب أن تكون قيمة mode إحدى: stem, normalized, exact"),
    ("?from=2024-02-01&to=2024-01-01", "the &#39;from&#39; date is after the &#39;to&#39; date",
     "تاريخ البداية بعد تاريخ النهاية"),
])
def test_bad_parameter_is_a_400_page_with_a_message(client, query, message, arabic):
    response, html = page(client, query)
    assert response.status_code == 400
    assert f'<p class="error" role="alert">{arabic}</p>' in html
    assert "Traceback" not in html
    assert '<html lang="ar" dir="rtl">' in html
    _, english = page(client, query + "&locale=en")
    assert f'<p class="error" role="alert">{message}</p>' in english


def test_query_text_is_escaped(client):
    response, html = page(client, "?q=" + quote("<script>alert(1)</script>"))
    assert response.status_code == 200
    assert "<script>alert" not in html
    assert re.findall(r"<script[^>]*>", html) == ['<script src="/static/app.js" defer>']  # our own only
    assert 'value="&lt;script&gt;alert(1)&lt;/script&gt;"' in html


def test_document_text_is_escaped(tmp_path):
    index_dir = tmp_path / "ix"
    index_records(index_dir, [{
        "id": "xss-1", "lang": "ar", "title": "تحذير <script>alert(1)</script> من القاهرة",
        "text": "نص فيه <img src=x onerror=alert(2)> عن القاهرة",
    }])
    client = create_app({"INDEX_DIR": str(index_dir), "TESTING": True}).test_client()
    response, html = page(client, "?q=" + quote("القاهرة"))
    assert response.status_code == 200
    assert "<script>alert" not in html and "<img" not in html
    assert re.findall(r"<script[^>]*>", html) == ['<script src="/static/app.js" defer>']
    assert "تحذير &lt;script&gt;alert(1)&lt;/script&gt; من <mark" in html
    assert "&lt;img src=x onerror=alert(2)&gt;" in html


def test_selected_country_is_marked_and_keeps_other_counts(client):
    _, html = page(client, "?q=" + quote("مصر") + "&country=EG")
    assert summary_count(html) in ("10", "١٠")
    selected = re.findall(r'class="facet-value selected"[^>]*aria-checked="true">.*?<bdi class="label">(.*?)</bdi>',
                          html, re.S)
    assert selected == ["مصر"]
    labels = re.findall(r'<bdi class="label">(.*?)</bdi>', html)
    assert "المغرب" in labels and "قطر" in labels  # other countries still offered


def test_a_value_search_says_when_no_value_matches(client):
    _, html = page(client, "?q=" + quote("الرئيس") + "&person_q=" + quote("زيلنسكي"))
    assert "فولوديمير زيلينسكي" in re.findall(r'<bdi class="label">(.*?)</bdi>', html)
    assert "لا قيمة تطابق ما كُتب." not in html
    _, html = page(client, "?q=" + quote("الرئيس") + "&person_q=" + quote("احمد"))
    assert 'value="احمد"' in html  # the value search box keeps what was typed
    assert "لا قيمة تطابق ما كُتب." in html
    _, html = page(client, "?q=" + quote("الرئيس") + "&person_q=" + quote("احمد") + "&locale=en")
    assert "No value matches." in html


def test_pager_links(client):
    _, html = page(client, "?q=" + quote("مصر") + "&page=2&per_page=5&locale=en")
    assert re.search(r'<a rel="prev" href="[^"]*per_page=5', html)
    next_link = re.search(r'<a rel="next" href="([^"]*)"', html).group(1)
    assert "page=3" in next_link and "per_page=5" in next_link
    assert "Page 2 of 3" in html


def test_language_link_switches_back_to_arabic(client):
    _, html = page(client, "?q=" + quote("مصر") + "&locale=en")
    arabic_link = re.search(r'<a href="([^"]*)" lang="ar"', html).group(1).replace("&amp;", "&")
    assert arabic_link.startswith("/?")
    _, switched = page(client, arabic_link[1:])
    assert '<html lang="ar" dir="rtl">' in switched


def test_pages_forbid_inline_scripts(client):
    response = client.get("/?q=" + quote("مصر"))
    policy = response.headers["Content-Security-Policy"]
    assert "script-src 'self';" in policy and "unsafe-inline" not in policy.split("script-src")[1].split(";")[0]
    assert response.headers["X-Content-Type-Options"] == "nosniff"


# --- hostile documents and queries ------------------------------------------------

RLO = "\u202e"  # RIGHT-TO-LEFT OVERRIDE: reverses everything after it until its paragraph or isolate ends
HOSTILE = {
    "id": "hostile-1", "lang": "en", "source": f"Wire{RLO} agency",
    "url": "javascript:alert(document.cookie)",
    "title": f'Cairo <script>alert(1)</script> "onerror=alert(2) {RLO}gnp.exe',
    "text": f'Cairo talks <img src=x onerror=alert(3)> and <a href="javascript:alert(4)">x</a> {RLO}fdp.txt end.',
}


class IsolationChecker(HTMLParser):
    """Finds each text holding a direction override, and the text of the smallest element around it
    that ends the override: one with a dir attribute, a <bdi>, or a block (a paragraph in Unicode's sense)."""

    ENDS_OVERRIDE = {"bdi", "p", "h1", "h2", "h3", "li", "dd", "dt", "div", "title", "option", "main"}

    def __init__(self):
        super().__init__()
        self.stack: list[list] = []  # [tag, ends override, collected text]
        self.containers: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag not in ("br", "input", "meta", "link", "img"):
            self.stack.append([tag, tag in self.ENDS_OVERRIDE or "dir" in dict(attrs), []])

    def handle_endtag(self, tag):
        while self.stack:
            name, ends, text = self.stack.pop()
            if any(RLO in t for t in text) and ends:
                self.containers.append("".join(text))
            elif self.stack:
                self.stack[-1][2].extend(text)
            if name == tag:
                break

    def handle_data(self, data):
        if self.stack:
            self.stack[-1][2].append(data)


def override_containers(html: str) -> list[str]:
    checker = IsolationChecker()
    checker.feed(html)
    return checker.containers


def assert_overrides_stay_in_their_fields(html: str, record: dict):
    containers = override_containers(html)
    assert containers, "the page shows none of the hostile fields"
    for text in containers:
        shown = text.strip().strip("…").strip().removeprefix("\u2068").split("\u2069")[0]
        assert any(shown in record[field] for field in ("title", "text", "source")), text


def test_hostile_documents_are_inert_everywhere(tmp_path):
    index_records(tmp_path / "ix", [HOSTILE])
    client = create_app({"INDEX_DIR": str(tmp_path / "ix"), "TESTING": True}).test_client()
    pages = {"results": client.get("/?q=Cairo&locale=en"), "document": client.get("/doc/hostile-1?q=Cairo")}
    for name, response in pages.items():
        html = response.get_data(as_text=True)
        assert response.status_code == 200, name
        assert "Content-Security-Policy" in response.headers and "script-src 'self'" in \
            response.headers["Content-Security-Policy"] and "unsafe-inline" not in \
            response.headers["Content-Security-Policy"].split("script-src")[1].split(";")[0]
        assert re.findall(r"<script[^>]*>", html) == ['<script src="/static/app.js" defer>'], name
        assert not re.search(r"<img|<[^>]*\s(onerror=|href=\"javascript:)", html), name  # no live tag or attribute
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html, name
        assert_overrides_stay_in_their_fields(html, HOSTILE)
    # the javascript: address is shown as text, not as a link
    assert '<bdi dir="ltr">javascript:alert(document.cookie)</bdi>' in pages["document"].get_data(as_text=True)

    api = client.get("/api/v1/search?q=Cairo")
    assert api.mimetype == "application/json" and api.headers["X-Content-Type-Options"] == "nosniff"
    hit = api.get_json()["hits"][0]
    assert (hit["title"], hit["url"], hit["source"]) == (HOSTILE["title"], HOSTILE["url"], HOSTILE["source"])
    assert "<script>" not in hit["title_html"] and "&lt;script&gt;" in hit["title_html"]
    assert "<img" not in hit["snippet"]

    export = client.get("/api/v1/export.csv?q=Cairo")
    assert export.headers["X-Content-Type-Options"] == "nosniff"
    row = next(csv.DictReader(io.StringIO(export.get_data(as_text=True).lstrip("\ufeff"))))
    assert row["url"] == HOSTILE["url"] and row["title"] == HOSTILE["title"]  # data kept, a text cell


@pytest.mark.parametrize("q", [f"{RLO}Cairo", f'"><script>alert(1)</script>{RLO}', "javascript:alert(1)"])
def test_hostile_queries_are_inert(client, q):
    response, html = page(client, "?locale=en&q=" + quote(q))
    assert response.status_code == 200
    assert re.findall(r"<script[^>]*>", html) == ['<script src="/static/app.js" defer>']
    assert not re.search(r"<[^>]*\shref=\"javascript:", html)
    for text in override_containers(html):  # the query is shown only in its own isolated places
        assert q in text.replace("\u2068", "").replace("\u2069", ""), text


@pytest.mark.parametrize("path", ["/", "/?q=" + quote("مصر"), "/?q=" + quote("مصر") + "&mode=exact",
                                  "/api/v1/search?q=x", "/api/v1/stats"])
def test_an_empty_archive_is_served(tmp_path, path):
    app = create_app({"INDEX_DIR": str(tmp_path / "index"), "TESTING": True})
    response = app.test_client().get(path)
    assert response.status_code == 200
