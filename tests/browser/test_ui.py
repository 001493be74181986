"""End-to-end tests of the web UI in headless Chromium against the real `searchapp serve --demo`.

Each test starts from a fresh browser profile and asserts what a reader sees on the page; the
JSON API of the same server and the bundled sample corpus give the expected values.
"""

from __future__ import annotations

import json
import re
import urllib.parse

import pytest

pytest.importorskip("playwright.sync_api", reason="Playwright is not installed: pip install -e '.[test]'")

from axe_playwright_python.sync_playwright import Axe  # noqa: E402
from playwright.sync_api import Page, expect  # noqa: E402

from searchapp import config  # noqa: E402

QUERY = "المُفَاوَضَات"  # typed with diacritics; the archive has المُفَاوَضَاتِ and bare المفاوضات
BARE_WORD = "مفاوضات"
HARAKAT = re.compile("[\u064b-\u065f\u0670\u0640]")  # diacritics and tatweel
ARABIC_INDIC = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def bare(text: str) -> str:
    return HARAKAT.sub("", text)


def numbers(text: str) -> list[int]:
    return [int(n) for n in re.findall(r"\d+", text.translate(ARABIC_INDIC).replace(",", "").replace("٬", ""))]


def params(url: str) -> dict[str, list[str]]:
    return urllib.parse.parse_qs(urllib.parse.urlsplit(url).query, keep_blank_values=True)


def sample_records() -> dict[str, dict]:
    with open(config.SAMPLE_CORPUS, encoding="utf-8") as handle:
        return {r["id"]: r for r in map(json.loads, filter(str.strip, handle))}


def hit_ids(page: Page) -> list[str]:
    hrefs = page.locator("ol.hits > li.hit h3 a").evaluate_all("links => links.map(a => a.pathname)")
    return [urllib.parse.unquote(h.rsplit("/", 1)[-1]) for h in hrefs]


def facet_link(page: Page, facet: str, label: str):
    return page.locator(f'section[aria-labelledby="facet-{facet}"] a.facet-value').filter(
        has=page.locator(".label", has_text=re.compile(f"^{re.escape(label)}$")))


def active_element(page: Page) -> dict:
    return page.evaluate("""() => { const e = document.activeElement;
        return {tag: e.tagName.toLowerCase(), id: e.id, cls: e.className, text: e.textContent.trim(),
                href: e.getAttribute('href')}; }""")


def search(page: Page, server, query: str):
    """Type `query` into the search box of the home page and submit it with Enter."""
    page.goto(server.url("/"))
    box = page.locator("#q")
    box.fill("")
    box.press_sequentially(query)
    expect(box).to_have_value(query)
    with page.expect_navigation():
        box.press("Enter")


def test_arabic_by_default_and_a_diacritized_query_finds_every_form(page, server):
    page.goto(server.url("/"))
    expect(page.locator("html")).to_have_attribute("lang", "ar")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")

    search(page, server, QUERY)
    assert params(page.url)["q"] == [QUERY]
    expect(page.locator("#q")).to_have_value(QUERY)

    # Expected hits, from the corpus itself: every document with a form of مفاوضات.
    expected = {doc_id for doc_id, r in sample_records().items()
                if re.search(rf"\w*{BARE_WORD}\b", bare(r["title"] + " " + r["text"]))}
    assert len(expected) >= 3
    assert set(hit_ids(page)) == expected
    assert hit_ids(page) == [h["id"] for h in server.api(q=QUERY)["hits"]]

    summary = page.locator("p.summary")
    expect(summary).to_be_visible()
    assert numbers(summary.inner_text()) == [len(expected)], summary.inner_text()

    marks = page.locator("ol.hits mark").all_inner_texts()
    assert marks, "no highlighted words in the results"
    assert all(bare(m).endswith(BARE_WORD) for m in marks), marks
    assert "المُفَاوَضَاتِ" in marks, "the original diacritized word should be highlighted as written"
    assert "المفاوضات" in marks, "the bare word should be highlighted too"
    for hit in page.locator("ol.hits > li.hit").all():
        assert hit.locator("mark").count() > 0, hit.inner_text()


def test_two_country_facets_filter_with_or_and_show_chips(page, server):
    page.goto(server.url("/"))
    chosen = {"UA": "أوكرانيا", "RU": "روسيا"}
    for code, label in chosen.items():
        link = facet_link(page, "country", label)
        expect(link).to_have_count(1)
        expect(link).to_have_attribute("aria-checked", "false")
        with page.expect_navigation():
            link.click()
        expect(facet_link(page, "country", label)).to_have_attribute("aria-checked", "true")

    assert sorted(params(page.url)["country"]) == sorted(chosen)
    for label in chosen.values():
        expect(facet_link(page, "country", label)).to_have_attribute("aria-checked", "true")

    chips = page.locator("ul.chips a.chip")
    expect(chips).to_have_count(2)
    chip_text = " ".join(chips.all_inner_texts())
    assert all(label in chip_text for label in chosen.values()), chip_text

    expected = server.api(q="", country=list(chosen))
    assert expected["total"] > 0
    assert numbers(page.locator("p.summary").inner_text()) == [expected["total"]]
    hits = page.locator("ol.hits > li.hit")
    expect(hits).to_have_count(min(expected["total"], 10))
    for hit in hits.all():
        tags = hit.locator("ul.tags a.tag:not(.person)").all_inner_texts()
        assert set(tags) & set(chosen.values()), f"{hit.locator('h3').inner_text()}: {tags}"


def test_document_page_shows_text_marks_metadata_and_neighbours(page, server):
    search(page, server, "المفاوضات")
    titles = page.locator("ol.hits > li.hit h3 a").all_inner_texts()
    ids = hit_ids(page)
    assert len(ids) >= 3
    records = sample_records()

    with page.expect_navigation():
        page.locator("ol.hits > li.hit h3 a").first.click()
    assert urllib.parse.unquote(urllib.parse.urlsplit(page.url).path) == f"/doc/{ids[0]}"
    assert params(page.url)["rank"] == ["1"]
    record = records[ids[0]]

    main = page.locator("main#main")
    expect(main.locator("h1")).to_have_text(titles[0])
    full_text = main.locator(".full-text")
    assert " ".join(full_text.inner_text().split()) == " ".join(record["text"].split())
    marks = full_text.locator("mark").all_inner_texts()
    assert marks and all(bare(m).endswith(BARE_WORD) for m in marks), marks

    meta = page.locator("aside.doc-meta dl")
    assert meta.locator("dt").all_inner_texts()[:3] == ["التاريخ", "المصدر", "اللغة"]
    expect(meta.locator("time")).to_have_attribute("datetime", record["date"])
    expect(meta.locator("dd").nth(1)).to_have_text(record["source"])
    expect(meta.locator("dd").nth(2)).to_have_text("العربية")
    expect(meta.locator(f'a[href="{record["url"]}"]')).to_have_count(1)

    nav = page.locator("nav.doc-nav")
    expect(nav.locator("a[rel=prev]")).to_have_count(0)
    expect(nav.locator("a[rel=next]")).to_have_text("النتيجة التالية")
    with page.expect_navigation():
        nav.locator("a[rel=next]").click()
    assert urllib.parse.unquote(urllib.parse.urlsplit(page.url).path) == f"/doc/{ids[1]}"
    assert params(page.url)["rank"] == ["2"] and params(page.url)["q"] == ["المفاوضات"]
    expect(page.locator("main#main h1")).to_have_text(titles[1])
    expect(page.locator("main#main .full-text mark").first).to_be_visible()
    expect(nav.locator("a[rel=prev]")).to_have_count(1)
    expect(nav.locator("a[rel=next]")).to_have_count(1)

    with page.expect_navigation():
        nav.locator("a[rel=prev]").click()
    expect(page.locator("main#main h1")).to_have_text(titles[0])


def test_switching_to_english_is_remembered(page, context, server):
    search(page, server, "المفاوضات")
    link = page.locator("nav.locales a", has_text="English")
    expect(link).to_be_visible()
    with page.expect_navigation():
        link.click()

    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.locator("html")).to_have_attribute("dir", "ltr")
    assert params(page.url)["locale"] == ["en"] and params(page.url)["q"] == ["المفاوضات"]
    expect(page.locator("form.search-form button[type=submit]")).to_have_text("Search")
    expect(page.locator("#facet-country")).to_have_text("Country")
    expect(page.locator("p.summary")).to_have_text(re.compile(r"^\s*\d+ results?\s*$"))
    expect(page.locator("a.skip-link")).to_have_text("Skip to results")
    expect(page.locator("nav.locales a", has_text="العربية")).to_be_visible()
    # Arabic results keep their own direction inside the English page.
    expect(page.locator("ol.hits > li.hit").first).to_have_attribute("dir", "rtl")

    assert {c["name"]: c["value"] for c in context.cookies()}.get("locale") == "en"
    page.goto(server.url("/", q="المفاوضات"))
    assert "locale" not in params(page.url)
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.locator("html")).to_have_attribute("dir", "ltr")
    expect(page.locator("form.search-form button[type=submit]")).to_have_text("Search")


def test_pager_moves_to_the_next_page(page, server):
    page.goto(server.url("/"))  # the empty query lists the whole archive
    total = server.api(q="")["total"]
    pages = -(-total // 10)
    assert pages >= 3
    pager = page.locator("nav.pager")
    assert numbers(pager.inner_text()) == [1, pages]
    expect(pager.locator("a[rel=prev]")).to_have_count(0)
    first = hit_ids(page)
    assert len(first) == 10

    with page.expect_navigation():
        pager.locator("a[rel=next]").click()
    assert params(page.url)["page"] == ["2"]
    assert numbers(pager.inner_text()) == [2, pages]
    expect(page.locator("ol.hits")).to_have_attribute("start", "11")
    second = hit_ids(page)
    assert len(second) == 10 and not set(first) & set(second)

    with page.expect_navigation():
        pager.locator("a[rel=prev]").click()
    assert numbers(pager.inner_text()) == [1, pages]
    assert hit_ids(page) == first


def test_pager_with_per_page(page, server):
    page.goto(server.url("/", q="", per_page=5, page=3))
    total = server.api(q="")["total"]
    pager = page.locator("nav.pager")
    assert numbers(pager.inner_text()) == [3, -(-total // 5)]
    expect(page.locator("ol.hits")).to_have_attribute("start", "11")
    assert hit_ids(page) == [h["id"] for h in server.api(q="", per_page=5, page=3)["hits"]]


def _tab_until(page: Page, predicate, limit: int = 80, key: str = "Tab") -> dict:
    for _ in range(limit):
        page.keyboard.press(key)
        element = active_element(page)
        if predicate(element):
            return element
    pytest.fail(f"{key} never reached the element; focus ended on {active_element(page)}")


def _skip_link_moves_focus_to_main(page: Page):
    skip = page.locator("a.skip-link")
    box = skip.bounding_box()
    viewport = page.viewport_size
    assert box and 0 <= box["x"] and box["x"] + box["width"] <= viewport["width"] and box["y"] >= 0, \
        f"the focused skip link is off screen: {box}"
    page.keyboard.press("Enter")
    assert active_element(page)["id"] == "main"


def test_tab_reaches_the_skip_link_first_on_the_document_page(page, server):
    page.goto(server.url("/doc/sample-021", q="المفاوضات", rank=1))
    page.keyboard.press("Tab")
    assert "skip-link" in active_element(page)["cls"], active_element(page)
    _skip_link_moves_focus_to_main(page)


def test_tab_reaches_the_skip_link_first_on_the_search_page(page, server):
    page.goto(server.url("/", q="المفاوضات"))
    page.keyboard.press("Tab")
    assert "skip-link" in active_element(page)["cls"], active_element(page)
    _skip_link_moves_focus_to_main(page)


def test_search_page_skip_link_and_facet_links_by_keyboard(page, server):
    page.goto(server.url("/", q="المفاوضات"))
    # From wherever focus starts, going backwards ends on the skip link, which moves focus to main.
    _tab_until(page, lambda e: "skip-link" in e["cls"], key="Shift+Tab")
    _skip_link_moves_focus_to_main(page)
    expect(page.locator("main#main")).to_have_class(re.compile(r"\bresults\b"))

    page.goto(server.url("/", q="المفاوضات"))
    focused = _tab_until(page, lambda e: "facet-value" in e["cls"])
    assert focused["tag"] == "a" and "country=" in focused["href"]
    facet_links = page.locator("a.facet-value")
    assert facet_links.count() >= 3
    for link in facet_links.all()[:3]:
        link.focus()
        assert page.evaluate("e => e === document.activeElement", link.element_handle())
    # Enter on a focused facet value ticks it.
    link = page.locator('section[aria-labelledby="facet-country"] a.facet-value').first
    link.focus()
    label = link.locator(".label").inner_text()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "country" in params(page.url)
    expect(facet_link(page, "country", label)).to_have_attribute("aria-checked", "true")


def test_space_toggles_a_facet_checkbox(page, server):
    page.goto(server.url("/", q="المفاوضات"))
    link = page.locator('section[aria-labelledby="facet-country"] a.facet-value[role=checkbox]').first
    link.focus()
    before = page.url
    link.press("Space")
    page.wait_for_load_state()
    expect(page).not_to_have_url(before, timeout=2_000)
    assert "country" in params(page.url)


AXE_PAGES = {
    "search-ar": ("/", {"q": "المفاوضات"}),
    "search-en": ("/", {"q": "المفاوضات", "locale": "en"}),
    "search-filtered-ar": ("/", {"q": "", "country": ["UA", "RU"]}),
    "document-ar": ("/doc/sample-021", {"q": "المفاوضات", "rank": 2}),
}


@pytest.mark.parametrize("name", AXE_PAGES)
def test_no_serious_accessibility_violations(page, server, axe_results_dir, name):
    path, query = AXE_PAGES[name]
    page.goto(server.url(path, **query))
    results = Axe().run(page).response
    (axe_results_dir / f"{name}.json").write_text(json.dumps(results["violations"], ensure_ascii=False, indent=2),
                                                 encoding="utf-8")
    bad = [v for v in results["violations"] if v.get("impact") in ("serious", "critical")]
    report = "\n".join(
        f"- {v['id']} ({v['impact']}): {v['help']} [{v['helpUrl']}]\n"
        + "\n".join(f"    {', '.join(map(str, n['target']))}: {n['html'][:160]}\n      {n.get('failureSummary', '')}"
                    for n in v["nodes"][:5])
        for v in bad)
    assert not bad, f"axe-core found serious or critical violations on {page.url}:\n{report}"


SCREENSHOT_PAGES = {
    "search-ar": ("/", {"q": "المفاوضات"}),
    "search-en": ("/", {"q": "المفاوضات", "locale": "en"}),
    "document-ar": ("/doc/sample-021", {"q": "المفاوضات", "rank": 2}),
}


def _no_sideways_overflow(page: Page):
    width = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    wide = page.evaluate("""() => [...document.querySelectorAll('body *')]
        .filter(e => e.offsetParent !== null && !e.matches('.skip-link'))
        .map(e => [e, e.getBoundingClientRect()])
        .filter(([e, r]) => r.width > document.documentElement.clientWidth)
        .map(([e, r]) => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}${e.className ? '.' + e.className : ''}`
                         + ` is ${Math.round(r.width)} px`)""")
    assert width[0] <= width[1], f"the page is {width[0]} px wide in a {width[1]} px window: {wide}"


@pytest.mark.parametrize("name", SCREENSHOT_PAGES)
def test_screenshot(page, server, screenshot_dir, name):
    """Full-page screenshots for a person to look at. Also asserts that nothing overflows sideways
    and that Arabic is drawn with an Arabic font (not boxes)."""
    path, query = SCREENSHOT_PAGES[name]
    page.goto(server.url(path, **query))
    page.evaluate("document.fonts.ready")
    page.screenshot(path=str(screenshot_dir / f"{name}.png"), full_page=True)
    _no_sideways_overflow(page)
    fonts = platform_fonts(page, "ol.hits > li.hit[lang=ar] h3 a, main#main[lang=ar] h1")
    assert any("Arabic" in f for f in fonts), f"Arabic titles are drawn with {fonts}: install fonts-noto-core"


@pytest.mark.parametrize("locale", [
    "ar",
    "en",
])
def test_search_page_fits_a_phone(page, server, screenshot_dir, locale):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(server.url("/", q="المفاوضات", locale=locale))
    page.screenshot(path=str(screenshot_dir / f"search-{locale}-phone.png"), full_page=True)
    _no_sideways_overflow(page)
    box = page.locator("form.search-form button[type=submit]").bounding_box()
    assert 0 <= box["x"] and box["x"] + box["width"] <= 390, f"the Search button is off screen: {box}"


def test_rtl_hit_meta_runs_right_to_left_in_the_english_ui(page, server):
    page.goto(server.url("/", q="غوتيريش", locale="en"))
    hit = page.locator("ol.hits > li.hit[dir=rtl]").filter(has=page.locator(".source", has_text="Archive Daily"))
    expect(hit).to_have_count(1)
    date_box = hit.locator(".meta time").bounding_box()
    source_box = hit.locator(".meta .source").bounding_box()
    assert date_box["x"] > source_box["x"], (
        f"in a right-to-left hit the date (x={date_box['x']}) should be right of the source (x={source_box['x']})")


def test_an_arabic_date_in_a_left_to_right_hit_reads_right_to_left(page, server):
    """The date line is in the reader's language: in the Arabic UI, an English hit's date and its
    Hijri date keep Arabic order (the day right of the month, the Hijri date after, to the left)."""
    page.goto(server.url("/", q="ceasefire", locale="ar"))
    hit = page.locator("ol.hits > li.hit[dir=ltr]").filter(has=page.locator(".source", has_text="Sample Wire"))
    expect(hit).to_have_count(1)
    time_ = hit.locator(".meta time")
    expect(time_).to_have_text("30 مارس 2022")
    expect(hit.locator(".meta .date")).to_have_attribute("lang", "ar")  # read aloud as Arabic
    day_x, month_x = time_.evaluate("""el => {
        const text = el.firstChild, range = document.createRange();
        const x = word => { const at = text.data.indexOf(word); range.setStart(text, at);
                            range.setEnd(text, at + word.length); return range.getBoundingClientRect().x; };
        return [x("30"), x("مارس")];
    }""")
    assert day_x > month_x, f"the day (x={day_x}) should be right of the month (x={month_x})"
    assert hit.locator(".meta .hijri").bounding_box()["x"] < time_.bounding_box()["x"]


def test_an_arabic_short_date_beside_a_left_to_right_title_keeps_its_order(page, server):
    page.goto(server.url("/doc/sample-022", locale="ar"))
    dates = page.locator(".similar li[dir=ltr] .meta")
    expect(dates.first).to_have_attribute("lang", "ar")
    day_x, year_x = dates.first.evaluate("""el => {
        const text = el.firstChild, range = document.createRange();
        const [day, , year] = text.data.match(/[0-9]+/g);
        const x = (number, from) => { const at = text.data.indexOf(number, from); range.setStart(text, at);
                                      range.setEnd(text, at + number.length); return range.getBoundingClientRect().x; };
        return [x(day, 0), x(year, text.data.length - year.length)];
    }""")
    assert day_x > year_x, f"the day (x={day_x}) should be right of the year (x={year_x}), as Arabic reads"


def platform_fonts(page: Page, selector: str) -> list[str]:
    """The fonts Chromium really drew the first `selector` match with (a fallback font or boxes
    show here as something other than an Arabic font)."""
    cdp = page.context.new_cdp_session(page)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    root = cdp.send("DOM.getDocument")["root"]["nodeId"]
    node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
    assert node, f"nothing matches {selector}"
    fonts = cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
    cdp.detach()
    return [f["familyName"] for f in fonts]
