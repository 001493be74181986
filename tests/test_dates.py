"""Dates: metadata parsing, dates in article text, article dates, Hijri conversion and display."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from searchapp.dates import article_date, dates_in_text, format_hijri, hijri, parse_date

# --- parse_date --------------------------------------------------------------


@pytest.mark.parametrize("raw, expected", [
    # ISO 8601
    ("2024-03-15", datetime(2024, 3, 15)),
    ("2024-03-15T10:20:00", datetime(2024, 3, 15, 10, 20)),
    ("2024-03-15 10:20:00", datetime(2024, 3, 15, 10, 20)),
    ("2024-03-15 10:20", datetime(2024, 3, 15, 10, 20)),
    ("2024-03-15T10:20:00.25", datetime(2024, 3, 15, 10, 20, 0, 250000)),
    # other numeric forms, day first
    ("2024/03/15", datetime(2024, 3, 15)),
    ("15/03/2024", datetime(2024, 3, 15)),
    ("15-03-2024", datetime(2024, 3, 15)),
    ("15.03.2024", datetime(2024, 3, 15)),
    ("20240315", datetime(2024, 3, 15)),
    ("  2024-03-15\n", datetime(2024, 3, 15)),
    # textual
    ("15 March 2024", datetime(2024, 3, 15)),
    ("March 15, 2024", datetime(2024, 3, 15)),
    ("Mar. 15, 2024", datetime(2024, 3, 15)),
    ("15 mars 2024", datetime(2024, 3, 15)),
    ("1er janvier 2020", datetime(2020, 1, 1)),
    ("15 مارس 2024", datetime(2024, 3, 15)),
    ("١٥ آذار ٢٠٢٤", datetime(2024, 3, 15)),
    ("الجمعة، 15 مارس 2024م", datetime(2024, 3, 15)),
    ("5 رمضان 1445 هـ", datetime(2024, 3, 15)),
    # digits in any script
    ("٢٠٢٤/٠٣/١٥", datetime(2024, 3, 15)),
    ("۲۰۲۴-۰۳-۱۵", datetime(2024, 3, 15)),
    ("١٥/٠٣/٢٠٢٤ ١٠:٢٠", datetime(2024, 3, 15, 10, 20)),
])
def test_parse_date(raw, expected):
    assert parse_date(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    ("2024-03-15T10:20:00Z", datetime(2024, 3, 15, 10, 20)),
    ("2024-03-15T10:20:00+03:00", datetime(2024, 3, 15, 7, 20)),
    ("2024-03-15T01:00:00+03:00", datetime(2024, 3, 14, 22, 0)),  # the UTC day is the day before
    ("2024-03-15T23:30:00-05:30", datetime(2024, 3, 16, 5, 0)),
    ("2024-03-15T10:20+0300", datetime(2024, 3, 15, 7, 20)),
    ("Sun, 18 Feb 2018 12:26:59 GMT", datetime(2018, 2, 18, 12, 26, 59)),
    ("Sun, 18 Feb 2018 12:26:59 +0300", datetime(2018, 2, 18, 9, 26, 59)),
    ("Sun, 18 Feb 2018 12:26:59 EST", datetime(2018, 2, 18, 17, 26, 59)),
])
def test_parse_date_converts_time_zones_to_naive_utc(raw, expected):
    parsed = parse_date(raw)
    assert parsed == expected
    assert parsed.tzinfo is None


@pytest.mark.parametrize("raw, expected", [
    ("05/03/2024", datetime(2024, 3, 5)),  # ambiguous: day first
    ("13/03/2024", datetime(2024, 3, 13)),  # 13 cannot be a month
    ("03/13/2024", datetime(2024, 3, 13)),  # only month-first fits
])
def test_parse_date_reads_numeric_dates_day_first(raw, expected):
    assert parse_date(raw) == expected


@pytest.mark.parametrize("raw", [
    "31/02/2024", "2024-02-30", "13/13/2024", "yesterday", "2024", "15/03/24", "", "2024-03-15T25:00",
])
def test_parse_date_rejects_what_is_no_date(raw):
    with pytest.raises(ValueError) as caught:
        parse_date(raw)
    assert str(caught.value) == f"unparsable date {raw!r} (expected e.g. 2024-03-15)"


@pytest.mark.parametrize("raw", ["99999-01-01", "0999-12-31", "01/01/3000", "15 March 999"])
def test_parse_date_rejects_years_out_of_range(raw):
    with pytest.raises(ValueError) as caught:
        parse_date(raw)
    assert str(caught.value) == f"date {raw!r} is out of range (years 1000 to 2999)"


def test_parse_date_rejects_hijri_years_outside_umm_al_qura():
    with pytest.raises(ValueError, match="out of range"):
        parse_date("1 رمضان 1300 هـ")


# --- dates_in_text -----------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("صدر القرار في ١٥/٠٣/٢٠٢٤ ونشر", date(2024, 3, 15)),
    ("report of 2024-03-15.", date(2024, 3, 15)),
    ("le 15.03.2024, à Paris", date(2024, 3, 15)),
    ("published 03/15/2024 in", date(2024, 3, 15)),
    ("On March 15, 2024, the", date(2024, 3, 15)),
    ("On Mar. 15, 2024, the", date(2024, 3, 15)),
    ("on 15 March 2024 the", date(2024, 3, 15)),
    ("le 15 mars 2024, le", date(2024, 3, 15)),
    ("le 1er janvier 2020", date(2020, 1, 1)),
    ("le 1er août 2020", date(2020, 8, 1)),
    ("في 15 آذار/مارس 2024 أعلن", date(2024, 3, 15)),
    ("في 15 مارس/آذار 2024 أعلن", date(2024, 3, 15)),
    ("في 12 أيلول (سبتمبر) 2001", date(2001, 9, 12)),
    ("يوم الجمعة 15 مارس عام 2024", date(2024, 3, 15)),
    ("الجمعة، 15 مارس، 2024م", date(2024, 3, 15)),
    ("في ١٥ مَارِسَ ٢٠٢٤ م", date(2024, 3, 15)),  # diacritics and Arabic-Indic digits
])
def test_dates_in_text_forms(text, expected):
    assert dates_in_text(text) == [expected]


LEVANTINE = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران",
             "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"]
EGYPTIAN = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
            "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
EGYPTIAN_VARIANTS = {"ابريل": 4, "إبريل": 4, "يونيه": 6, "يوليه": 7, "اغسطس": 8}


@pytest.mark.parametrize("series", [LEVANTINE, EGYPTIAN], ids=["levantine", "egyptian"])
def test_dates_in_text_reads_both_arabic_month_series(series):
    text = " و".join(f"{day} {name} 2023" for day, name in enumerate(series, start=1))
    assert dates_in_text(text) == [date(2023, month, month) for month in range(1, 13)]


@pytest.mark.parametrize("name, month", EGYPTIAN_VARIANTS.items())
def test_dates_in_text_reads_month_spellings(name, month):
    assert dates_in_text(f"في 3 {name} 2023") == [date(2023, month, 3)]


def test_dates_in_text_in_order_without_duplicates():
    text = ("الجمعة 5 رمضان 1445 هـ الموافق 15 مارس 2024م. وكان الاتفاق قد وقّع في 1 كانون الثاني عام 2020، "
            "ثم عُدّل في 2024-03-15 و 3/4/2021.")
    assert dates_in_text(text) == [date(2024, 3, 15), date(2020, 1, 1), date(2021, 4, 3)]


@pytest.mark.parametrize("text, expected", [
    ("1 رمضان 1445 هـ", date(2024, 3, 11)),  # Umm al-Qura
    ("بدأ الصيام في 1 رَمَضَان 1445هـ", date(2024, 3, 11)),
    ("عيد الأضحى في 10 ذي الحجة 1444 هـ", date(2023, 6, 28)),
    ("1 محرم 1446 هـ", date(2024, 7, 7)),
    ("12 ربيع الأول 1445", date(2023, 9, 27)),
    ("15 جمادى الآخرة 1445 هـ", date(2023, 12, 28)),
])
def test_dates_in_text_converts_hijri_dates(text, expected):
    assert dates_in_text(text) == [expected]


@pytest.mark.parametrize("text", [
    "31 February 2024",
    "31/02/2024",
    "30 شباط 2024",
    "1 March 99999",
    "5 رمضان 2024",  # a Gregorian year after a Hijri month: no Umm al-Qura date
    "192.168.1.1",
    "في الساعة 10:30 من يوم 15 مارس",  # no year
    "March 2024",  # no day
])
def test_dates_in_text_skips_what_is_no_full_valid_date(text):
    assert dates_in_text(text) == []


def test_dates_in_text_keeps_valid_dates_around_invalid_ones():
    assert dates_in_text("من 30 فبراير 2024 إلى 1 مارس 2024") == [date(2024, 3, 1)]


# --- article_date ------------------------------------------------------------


def test_article_date_prefers_the_dateline():
    text = "Remembering 11 September 2001 twenty years on\nNEW YORK, 11 September 2021 (AP) - Families gathered"
    assert article_date(text) == date(2021, 9, 11)


def test_article_date_prefers_an_arabic_dateline():
    text = "في الذكرى الثالثة عشرة لثورة 25 يناير 2011 التي أطاحت بالرئيس\nالقاهرة - الخميس 25 يناير 2024 (أ ش أ) - احتفل"
    assert article_date(text) == date(2024, 1, 25)


@pytest.mark.parametrize("text, expected", [
    ("PARIS, 15 mars 2024 (AFP) - Le gouvernement a annoncé", date(2024, 3, 15)),
    ("دمشق في ١٥/٣/٢٠٢٤ - أعلنت", date(2024, 3, 15)),
    ("15 مارس 2024\nأعلنت الحكومة", date(2024, 3, 15)),
])
def test_article_date_reads_datelines(text, expected):
    assert article_date(text) == expected


def test_article_date_without_a_dateline_is_the_first_date():
    assert article_date("The treaty signed on 1 January 2020 took effect on 15 March 2024.") == date(2020, 1, 1)


def test_article_date_ignores_a_dateline_beyond_200_characters():
    text = "The treaty signed on 1 January 2020 " + "was discussed again " * 10 + "\nPARIS, 15 mars 2024 (AFP) - Le"
    assert article_date(text) == date(2020, 1, 1)


def test_article_date_without_any_date():
    assert article_date("أعلنت الحكومة اليوم عن خطة جديدة") is None


# --- Hijri -------------------------------------------------------------------


@pytest.mark.parametrize("day, expected", [
    (date(2024, 3, 11), (1445, 9, 1)),
    (date(2024, 3, 15), (1445, 9, 5)),
    (date(2024, 4, 10), (1445, 10, 1)),
    (datetime(2024, 3, 15, 23, 0), (1445, 9, 5)),
])
def test_hijri(day, expected):
    assert hijri(day) == expected


def test_hijri_outside_umm_al_qura_raises():
    with pytest.raises(ValueError, match="1900-01-01"):
        hijri(date(1900, 1, 1))


@pytest.mark.parametrize("locale, expected", [
    ("ar", "5 رمضان 1445 هـ"),
    ("ar_EG", "5 رمضان 1445 هـ"),
    ("en", "5 Ramadan 1445 AH"),
    ("en-GB", "5 Ramadan 1445 AH"),
    ("fr", "5 Ramadan 1445 AH"),  # no French names: English
])
def test_format_hijri(locale, expected):
    assert format_hijri(date(2024, 3, 15), locale) == expected
