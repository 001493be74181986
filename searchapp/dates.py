"""Reading dates: in metadata (many formats, time zones, any digits) and in article text (Arabic, English, French), and showing Hijri dates.

Every reader folds its input with `searchapp.analysis.normalize` first, so the
tables and patterns below are written in folded spelling: no hamza seats
(أ إ آ → ا), ى → ي, ة → ه, no diacritics or tatweel (هـ → ه), lower case, ASCII
digits.

Hijri dates follow the Umm al-Qura calendar, computed by the `hijridate`
library, which covers 1343 to 1500 AH (1924-08-01 to 2077-11-16).
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, timezone
from typing import Callable, NamedTuple

from hijridate import Gregorian, Hijri
from hijridate.locales import Locale, get_locale

from .analysis import normalize

MIN_YEAR, MAX_YEAR = 1000, 2999
DATELINE_REACH = 200  # characters from the start of an article within which a dateline may begin

# --- Tables (folded spellings) -------------------------------------------------


def _month_table(rows: tuple[str, ...]) -> dict[str, int]:
    """Name → month number, from one row per month of '|'-separated names."""
    return {name: number for number, row in enumerate(rows, start=1) for name in row.split("|")}


_GREGORIAN_MONTHS = _month_table((
    "كانون الثاني|يناير|january|jan|janvier|janv",
    "شباط|فبراير|february|feb|février|fevrier|févr|fevr",
    "اذار|مارس|march|mar|mars",
    "نيسان|ابريل|april|apr|avril|avr",
    "ايار|مايو|may|mai",
    "حزيران|يونيو|يونيه|june|jun|juin",
    "تموز|يوليو|يوليه|july|jul|juillet|juil",
    "اب|اغسطس|august|aug|août|aout",
    "ايلول|سبتمبر|september|sep|sept|septembre",
    "تشرين الاول|اكتوبر|october|oct|octobre",
    "تشرين الثاني|نوفمبر|november|nov|novembre",
    "كانون الاول|ديسمبر|december|dec|décembre|decembre|déc",
))

_HIJRI_MONTHS = _month_table((
    "محرم|المحرم",
    "صفر",
    "ربيع الاول|ربيع اول",
    "ربيع الاخر|ربيع الثاني|ربيع اخر|ربيع ثاني",
    "جمادي الاولي|جمادي الاول|جمادي اولي",
    "جمادي الاخره|جمادي الثانيه|جمادي الاخر|جمادي الثاني",
    "رجب",
    "شعبان",
    "رمضان",
    "شوال",
    "ذو القعده|ذي القعده",  # ذي: the genitive, as in "في 10 ذي القعده"
    "ذو الحجه|ذي الحجه",
))

_WEEKDAYS = (
    "monday mon tuesday tue tues wednesday wed thursday thu thurs friday fri saturday sat sunday sun "
    "lundi mardi mercredi jeudi vendredi samedi dimanche "
    "احد اثنين ثلاثاء اربعاء خميس جمعه سبت"
).split()

# Named time zones of RFC 822, in hours east of UTC.
_ZONE_HOURS = {"z": 0, "ut": 0, "utc": 0, "gmt": 0, "est": -5, "edt": -4, "cst": -6, "cdt": -5,
               "mst": -7, "mdt": -6, "pst": -8, "pdt": -7}

# --- Patterns ------------------------------------------------------------------


def _alternatives(names) -> str:
    """A regex alternation of `names`, longest first so 'mars' is not read as 'mar'."""
    return "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(names, key=len, reverse=True))


_NOT_LETTER = r"(?![^\W\d_])"
_GREGORIAN_NAME = rf"(?:{_alternatives(_GREGORIAN_MONTHS)}){_NOT_LETTER}\.?"
# "آذار/مارس 2024", "آذار (مارس) 2024": the Levantine and Egyptian names side by side.
_GREGORIAN_MONTH = (
    rf"(?P<month>{_GREGORIAN_NAME})"
    rf"(?:\s*/\s*{_GREGORIAN_NAME}|\s*\(\s*{_GREGORIAN_NAME}\s*\))?"
)
_HIJRI_MONTH = rf"(?P<month>{_alternatives(_HIJRI_MONTHS)}){_NOT_LETTER}"
_DAY = r"(?<!\d)(?P<day>\d{1,2})(?:er|st|nd|rd|th)?"
_YEAR = rf"(?:(?:عام|سنه)\s+)?(?P<year>\d+)(?:\s*م{_NOT_LETTER})?"  # "عام 2024", "2024م"
_HIJRI_YEAR = rf"(?P<year>\d+)(?:\s*ه{_NOT_LETTER})?"  # "1445 هـ"
_COMMA = r"(?:\s*[,،]\s*|\s+)"

_NUMERIC_FORM = r"(?<!\d)(?P<first>\d+)(?P<sep>[-/.])(?P<middle>\d{1,2})(?P=sep)(?P<last>\d+)"
_DAY_MONTH_YEAR_FORM = rf"{_DAY}\s+(?:of\s+)?{_GREGORIAN_MONTH}{_COMMA}{_YEAR}"
_MONTH_DAY_YEAR_FORM = rf"(?<![^\W\d_]){_GREGORIAN_MONTH}\s+{_DAY}{_COMMA}{_YEAR}"
_HIJRI_FORM = rf"{_DAY}\s+{_HIJRI_MONTH}{_COMMA}{_HIJRI_YEAR}"
_COMPACT_FORM = r"(?P<year>\d{4})(?P<month>\d{2})(?P<day>\d{2})"

_WEEKDAY = rf"(?:(?:يوم\s+)?(?:ال)?(?:{_alternatives(_WEEKDAYS)}){_NOT_LETTER}\.?[,،]?\s*)"
_ZONE = rf"(?P<zone>{_alternatives(_ZONE_HOURS)}|[+-]\d{{2}}(?::?\d{{2}})?)"
_TIME = (
    r"(?:(?:t|\s+)(?P<hour>\d{1,2}):(?P<minute>\d{2})"
    rf"(?::(?P<second>\d{{2}})(?:[.,](?P<fraction>\d+))?)?(?:\s*{_ZONE})?)?"
)

# --- Reading one date ----------------------------------------------------------


class _OutOfRange(ValueError):
    """A well-formed date outside the years this module accepts; the message says which."""


def _gregorian(year: int, month: int, day: int) -> date:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise _OutOfRange(f"years {MIN_YEAR} to {MAX_YEAR}")
    return date(year, month, day)


def _numeric_date(match: re.Match) -> date:
    """2024-03-15, 15/03/2024, 03/15/2024: year first, or day first unless the month cannot be second."""
    first, middle, last = match["first"], int(match["middle"]), match["last"]
    if len(first) >= 3:
        return _gregorian(int(first), middle, int(last))
    if len(last) < 3:
        raise ValueError("no year of three or more digits")
    day, month = int(first), middle
    if month > 12 >= day:  # only month-first fits: 03/15/2024
        day, month = month, day
    return _gregorian(int(last), month, day)


def _month_number(name: str, table: dict[str, int]) -> int:
    return table[" ".join(name.rstrip(".").split())]


def _named_month_date(match: re.Match) -> date:
    return _gregorian(int(match["year"]), _month_number(match["month"], _GREGORIAN_MONTHS), int(match["day"]))


def _hijri_date(match: re.Match) -> date:
    try:
        converted = Hijri(int(match["year"]), _month_number(match["month"], _HIJRI_MONTHS), int(match["day"]))
    except OverflowError as exc:
        raise _OutOfRange(f"Umm al-Qura Hijri {exc}") from None
    return _gregorian(*converted.to_gregorian().datetuple())


def _compact_date(match: re.Match) -> date:
    return _gregorian(int(match["year"]), int(match["month"]), int(match["day"]))


_FORMS: tuple[tuple[str, Callable[[re.Match], date]], ...] = (
    (_NUMERIC_FORM, _numeric_date),
    (_DAY_MONTH_YEAR_FORM, _named_month_date),
    (_MONTH_DAY_YEAR_FORM, _named_month_date),
    (_HIJRI_FORM, _hijri_date),
)
# Eight bare digits (20240315) are read in metadata only: in text they are more often other numbers.
_TEXT_FORMS = tuple((re.compile(form), to_date) for form, to_date in _FORMS)
# Metadata holds one date, maybe with a weekday before it and a time after it.
_METADATA_FORMS = tuple(
    (re.compile(rf"{_WEEKDAY}?{form}{_TIME}"), to_date)
    for form, to_date in (*_FORMS, (_COMPACT_FORM, _compact_date))
)


def _utc_offset(zone: str) -> timedelta:
    if zone in _ZONE_HOURS:
        return timedelta(hours=_ZONE_HOURS[zone])
    digits = zone[1:].replace(":", "")
    offset = timedelta(hours=int(digits[:2]), minutes=int(digits[2:] or 0))
    return -offset if zone[0] == "-" else offset


def _time_of(match: re.Match) -> tuple[time, timedelta | None]:
    """The time of day written after a metadata date (midnight if none) and its UTC offset, if given."""
    if match["hour"] is None:
        return time(), None
    microseconds = int((match["fraction"] or "0")[:6].ljust(6, "0"))
    written = time(int(match["hour"]), int(match["minute"]), int(match["second"] or 0), microseconds)
    return written, _utc_offset(match["zone"]) if match["zone"] else None


def _read_metadata_date(text: str) -> datetime:
    for pattern, to_date in _METADATA_FORMS:
        match = pattern.fullmatch(text)
        if match:
            written, offset = _time_of(match)
            moment = datetime.combine(to_date(match), written)
            if offset is None:
                return moment
            return moment.replace(tzinfo=timezone(offset)).astimezone(timezone.utc).replace(tzinfo=None)
    raise ValueError("no known date form")


def parse_date(value: str) -> datetime:
    """A date or date-time from metadata, as a naive datetime in UTC.

    Reads ISO 8601 (with 'T' or a space, 'Z' or an offset), 2024/03/15, 15/03/2024,
    15-03-2024, 15.03.2024, RFC 822 (Sun, 18 Feb 2018 12:26:59 GMT), 20240315, and
    every form `dates_in_text` reads (15 March 2024, March 15, 2024, 15 mars 2024,
    ١٥ آذار ٢٠٢٤, 5 رمضان 1445 هـ), digits in any script. Numeric dates are read
    day first unless only month-first fits. Aware times are converted to UTC, naive
    ones kept as they are. Raises ValueError naming the value if it is not a date or
    its year is outside 1000 to 2999.
    """
    try:
        return _read_metadata_date(normalize(value).strip())
    except _OutOfRange as exc:
        raise ValueError(f"date {value!r} is out of range ({exc})") from None
    except ValueError:
        raise ValueError(f"unparsable date {value!r} (expected e.g. 2024-03-15)") from None


# --- Dates in text -------------------------------------------------------------


class _Found(NamedTuple):
    start: int
    end: int
    date: date


def _found_dates(folded: str) -> list[_Found]:
    """The valid dates in folded text, in order; of overlapping matches the first and longest wins."""
    candidates = []
    for pattern, to_date in _TEXT_FORMS:
        for match in pattern.finditer(folded):
            try:
                candidates.append(_Found(match.start(), match.end(), to_date(match)))
            except ValueError:
                continue  # 31 February, year 99999: not a date
    found: list[_Found] = []
    for candidate in sorted(candidates, key=lambda c: (c.start, -c.end)):
        if not found or candidate.start >= found[-1].end:
            found.append(candidate)
    return found


def dates_in_text(text: str) -> list[date]:
    """Every full date (day, month and year) written in `text`, in order, each once.

    Reads numeric dates (15/03/2024, 2024-03-15), Gregorian month names in Arabic
    (both the كانون الثاني…كانون الأول and the يناير…ديسمبر series, also paired as
    آذار/مارس), English and French, with an optional weekday and عام or م around
    the year, and Hijri dates (5 رمضان 1445 هـ), converted to Gregorian. Dates that
    do not exist (31 February) or fall outside the supported years are skipped.
    """
    return list(dict.fromkeys(found.date for found in _found_dates(normalize(text))))


# A dateline opens a line: a place, an agency or a weekday (no digits), the date,
# then the agency in brackets, a dash or colon, or the end of the line.
_DATELINE_LEAD = re.compile(r"[^\d\n!?؟]{0,50}")
_DATELINE_END = re.compile(r"[^\S\n]*(?:[(\-–—:|]|\n|\Z)")


def _is_dateline(folded: str, found: _Found) -> bool:
    line_start = folded.rfind("\n", 0, found.start) + 1
    return bool(
        found.start < DATELINE_REACH
        and _DATELINE_LEAD.fullmatch(folded, line_start, found.start)
        and _DATELINE_END.match(folded, found.end)
    )


def article_date(text: str) -> date | None:
    """The date of an article without one in its metadata.

    The date of a dateline ("القاهرة - 15 مارس 2024 (رويترز) -", "PARIS, 15 mars
    2024 (AFP) -") starting within the first 200 characters, else the first date in
    the text, else None.
    """
    folded = normalize(text)
    found = _found_dates(folded)
    dateline = next((f for f in found if _is_dateline(folded, f)), None)
    if dateline:
        return dateline.date
    return found[0].date if found else None


# --- Hijri ---------------------------------------------------------------------


def hijri(d: date) -> tuple[int, int, int]:
    """The Umm al-Qura Hijri (year, month, day) of `d`; ValueError outside 1924-08-01 to 2077-11-16."""
    try:
        return Gregorian(d.year, d.month, d.day).to_hijri().datetuple()
    except OverflowError as exc:
        raise ValueError(f"no Umm al-Qura date for {d.isoformat()}: {exc}") from None


def _hijri_names(locale: str) -> Locale:
    """`hijridate`'s month names and era for the locale's language, or English if it has none."""
    try:
        return get_locale(locale)
    except ValueError:
        return get_locale("en")


def format_hijri(d: date, locale: str) -> str:
    """The Umm al-Qura Hijri date of `d` as shown to readers: '5 رمضان 1445 هـ', '5 Ramadan 1445 AH'.

    Digits are ASCII in every locale, as in the rest of the interface. Month names
    and era come from `hijridate` (Arabic, English, Bengali, Turkish); other locales
    get English.
    """
    year, month, day = hijri(d)
    names = _hijri_names(locale)
    return f"{day} {names.month_name(month)} {year} {names.notation}"
