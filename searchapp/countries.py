"""Countries an article names, as ISO 3166-1 codes, and the words extraction reads.

Names come from CLDR (through Babel) in six languages and from `names` (other forms,
capitals and cities used for their governments, demonyms); Arabic nisba adjectives are
derived from the names. Matching runs on analyzed words (`words`), so الأوكرانية,
لأوكرانيا and أوكرانيا all reach UA. `salient_countries` picks the ones an article is about.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from babel import Locale

from . import names
from .analysis import WORD, normalize, script_of_word, stem

CLDR_LOCALES = ("ar", "en", "fr", "es", "de", "ru")
# CLDR names some codes that are not ISO 3166-1 countries (Unknown Region, EU, UN, pseudo-locales).
_NOT_COUNTRIES = {"ZZ", "EU", "EZ", "UN", "QO", "XA", "XB"}
COUNTRY_CODES = frozenset(
    code for code in Locale("en").territories
    if len(code) == 2 and code.isalpha() and code.isupper() and code not in _NOT_COUNTRIES
)
PROCLITICS = "وفبلك"


@dataclass(frozen=True)
class Mention:
    value: str  # ISO country code or person id
    start: int  # character offsets in the analyzed text
    end: int
    kind: str  # country: "name", "adjective", "capital", "city"; person: "person", or "person?" when unsure
    label: str = ""  # for a person, the name as written


# --- Words ---------------------------------------------------------------------


class Word(NamedTuple):  # a tuple: an article has hundreds of words, and a class instance costs more to make
    surface: str
    folded: str
    keys: tuple[str, ...]  # stems to look up: the word's own, then with one proclitic removed
    start: int
    end: int
    gap: str  # the text between the previous word and this one

    @property
    def joined(self) -> bool:
        """Only spaces since the previous word."""
        return not self.gap.strip()

    @property
    def abbreviated(self) -> bool:
        """Only spaces, dots or hyphens since the previous word, on the same line: U.S., Guinea-Bissau."""
        return "\n" not in self.gap and not self.gap.strip(" .-'\u2019")


def words(text: str, lang: str) -> list[Word]:
    """The words of `text` as the analyzer splits them, without those that fold to nothing."""
    out: list[Word] = []
    previous_end = 0
    readings = _reading_cache(lang)
    for match in WORD.finditer(text):
        surface = match.group()
        reading = readings.get(surface)
        if reading is None:
            reading = readings[surface] = _reading(surface, lang)
        if reading is _NOTHING:
            continue
        start, end = match.span()
        out.append(Word(surface, *reading, start, end, text[previous_end:start]))
        previous_end = end
    return out


_NOTHING = ("", ())
_READINGS: dict[str, dict[str, tuple[str, tuple[str, ...]]]] = {}  # lang → surface → (folded, keys)


def _reading_cache(lang: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    cache = _READINGS.setdefault(lang, {})
    if len(cache) >= 200_000:
        cache = _READINGS[lang] = {}
    return cache


def _reading(surface: str, lang: str) -> tuple[str, tuple[str, ...]]:
    """A word's folded form and the stems it is looked up by: its own, then with one proclitic
    removed (لأوكرانيا: ل is a proclitic the stemmer leaves alone)."""
    folded = normalize(surface)
    if not folded:
        return _NOTHING
    keys = [stem(folded, lang)]
    if script_of_word(folded) == "arab" and len(folded) > 3 and folded[0] in PROCLITICS:
        keys.append(stem(folded[1:], lang))
    return folded, tuple(dict.fromkeys(keys))


def _phrase_keys(phrase: str, lang: str) -> tuple[str, ...]:
    return tuple(w.keys[0] for w in words(phrase, lang))


# --- Countries -------------------------------------------------------------------


@dataclass(frozen=True)
class _Entry:
    keys: tuple[str, ...]
    value: str
    kind: str
    proper: bool  # Latin script: the words must be capitalized
    forms: tuple[tuple[str, bool], ...] = ()  # one Arabic word: (bare spelling, takes the article)
    acronym: bool = False  # UK, U.S.: every letter in capitals


_NISBA_ENDINGS = ("ي", "يه", "يين", "يون", "يات", "يتين", "يان")
# Words that make a country name official: جمهورية الصين الشعبية، المملكة المغربية، الاتحاد الروسي.
_STATE_WORDS = {"جمهوريه", "الجمهوريه", "المملكه", "مملكه", "سلطنه", "اماره", "الاتحاد", "اتحاد"}
_STATE_ADJECTIVES = {"الشعبيه", "العربيه", "الاسلاميه", "الاتحاديه", "الديمقراطيه", "الهاشميه", "المتحده",
                     "الاشتراكيه"}
_NAME_LINKS = {"بن", "ابن", "بنت", "ابو", "ولد"}  # a nationality word beside them is a name


def arabic_readings(folded: str, proclitics: bool = True) -> list[tuple[bool, str]]:
    """Ways to read a folded Arabic word as (has the article, the word without proclitics and article):
    والأوكرانية → (True, اوكرانيه); لأوكرانيا → (False, اوكرانيا) or (False, لاوكرانيا) as written.
    A country name itself is read without looking for proclitics (فنلندا starts with ف)."""
    if not proclitics:
        if folded.startswith("ال") and len(folded) > 4:
            return [(True, folded[2:])]
        return [(False, folded)]
    word = folded[1:] if folded[:1] in "وف" and len(folded) > 4 else folded
    for article in ("لل", "بال", "كال", "لال", "ال"):
        if word.startswith(article) and len(word) - len(article) >= 3:
            return [(True, word[len(article):])]
    readings = [(False, word)]
    if word[:1] in "بلك" and len(word) > 4:
        readings.append((False, word[1:]))
    if word != folded:
        readings.append((False, folded))
    return readings


def _arabic_name_forms(name: str) -> dict[str, bool]:
    """Bare spellings of an Arabic country name, each with whether the name takes the article:
    سوريا also as سورية, هولندا as هولندة; الأردن takes the article."""
    has_article, body = arabic_readings(normalize(name), proclitics=False)[0]
    forms = {body: has_article}
    if body.endswith("ا"):
        forms[body[:-1] + "ه"] = has_article
    return forms


def _arabic_nisba_forms(name: str) -> list[str]:
    """Adjective forms of an Arabic country name: روسيا → روسي، مصر → مصري (with and without ال).
    The أل of ألمانيا is no article, though folding makes it look like one: الألماني."""
    base = normalize(name) if name.startswith("أل") else arabic_readings(normalize(name), proclitics=False)[0][1]
    if base.endswith("ا"):
        base = base[:-1]
    adjective = base if base.endswith("ي") else base + "ي"
    return [adjective, "ال" + adjective]


def _country_phrases():
    """(phrase, code, kind) for every way of naming a country that we know."""
    for locale in CLDR_LOCALES:
        for code, name in Locale(locale).territories.items():
            if code in COUNTRY_CODES and normalize(name) not in names.AMBIGUOUS_ARABIC:
                yield name, code, "name"
                if locale == "ar" and " " not in name:
                    yield from ((form, code, "adjective") for form in _arabic_nisba_forms(name))
    for code, aliases in names.COUNTRY_ALIASES.items():
        for alias in aliases:
            yield alias, code, "name"
            if script_of_word(alias) == "arab" and " " not in alias:
                yield from ((form, code, "adjective") for form in _arabic_nisba_forms(alias))
    for code, capitals in names.CAPITALS.items():
        yield from ((capital, code, "capital") for capital in capitals)
    for code, cities in names.CITIES.items():
        yield from ((city, code, "city") for city in cities)
    for code, demonyms in names.DEMONYMS.items():
        yield from ((demonym, code, "adjective") for demonym in demonyms)


@lru_cache(maxsize=None)
def country_gazetteer(lang: str) -> dict[str, list[_Entry]]:
    """Entries by their first key, longest first, for text in `lang`."""
    merged: dict[tuple, dict] = {}
    for phrase, code, kind in _country_phrases():
        keys = _phrase_keys(phrase, lang)
        acronym = phrase.isupper() and phrase.isascii()  # UK, US: matched only as written, in capitals
        if not keys or (len(keys) == 1 and len(keys[0]) < 3 and not acronym):
            continue
        arabic_word = len(keys) == 1 and script_of_word(normalize(phrase)) == "arab"
        entry = merged.setdefault((keys, code), {"kinds": set(), "forms": {}, "arabic_word": arabic_word,
                                                 "proper": script_of_word(normalize(phrase)) == "latn",
                                                 "acronym": acronym})
        entry["kinds"].add(kind)
        if arabic_word and kind != "adjective":
            entry["forms"].update(_arabic_name_forms(phrase))
    by_first: dict[str, list[_Entry]] = {}
    for (keys, code), e in merged.items():
        kind = next(k for k in ("name", "capital", "city", "adjective") if k in e["kinds"])
        by_first.setdefault(keys[0], []).append(
            _Entry(keys, code, kind, e["proper"], tuple(e["forms"].items()), e["acronym"]))
    for entries in by_first.values():
        entries.sort(key=lambda e: -len(e.keys))
    return by_first


def _matches(entry: _Entry, ws: list[Word], i: int) -> bool:
    span = ws[i:i + len(entry.keys)]
    if len(span) < len(entry.keys):
        return False
    for n, (word, key) in enumerate(zip(span, entry.keys)):
        if key not in word.keys or (n and not word.abbreviated):
            return False
        if entry.proper and not word.surface[0].isupper():
            return False
        if entry.acronym and not word.surface.isupper():
            return False
    return True


def _arabic_word_kind(entry: _Entry, word: Word) -> str | None:
    """How one Arabic word names the entry's country: its name, an adjective (a nisba ending), or not at all.

    Stems join more than names: البحرين and البحر share a stem, and so do السعودي and سعود;
    سورية is Syria, السورية is Syrian.
    """
    forms = dict(entry.forms)
    readings = arabic_readings(word.folded)
    for has_article, body in readings:
        if forms.get(body) == has_article:
            return entry.kind
    if readings[0][1].endswith(_NISBA_ENDINGS):
        return "adjective"
    return None


def _vocalized_capital(word: Word) -> str | None:
    """A capital told from a country only by its vowel marks: عمّان (Amman) is not عُمان (Oman)."""
    if "\u0651" not in word.surface:
        return None
    marks_kept = normalize(word.surface.replace("\u0651", "\x00")).replace("\x00", "\u0651")
    for spelling, code in names.VOCALIZED_CAPITALS.items():
        if marks_kept.endswith(spelling) and len(marks_kept) - len(spelling) <= 2:
            return code
    return None


def _named_by_link(ws: list[Word], i: int) -> bool:
    """Whether a word without the article stands right after a name's بن (ابن, أبو, ولد) or right
    before a بن: فيصل بن تركي, تركي بن صالح (but الرئيس التركي أبو ...)."""
    if ws[i].folded.startswith(("ال", "وال", "بال", "لل", "فال", "كال")):
        return False
    return ((i > 0 and ws[i].joined and ws[i - 1].folded in _NAME_LINKS)
            or (i + 1 < len(ws) and ws[i + 1].joined and ws[i + 1].folded in ("بن", "بنت")))


def country_matches(ws: list[Word], lang: str) -> list[tuple[int, int, str, str]]:
    """(first word, past the last word, country code, kind) of each mention, longest match first.

    An official name is one mention: جمهورية الصين الشعبية, الجمهورية البرتغالية."""
    gazetteer = country_gazetteer(lang)
    found = []
    i = 0
    while i < len(ws):
        vocalized = _vocalized_capital(ws[i])
        if vocalized:
            found.append((i, i + 1, vocalized, "capital"))
            i += 1
            continue
        match = None
        for key in ws[i].keys:
            for entry in gazetteer.get(key, ()):
                if not _matches(entry, ws, i):
                    continue
                arabic_word = len(entry.keys) == 1 and script_of_word(ws[i].folded) == "arab"
                kind = _arabic_word_kind(entry, ws[i]) if arabic_word else entry.kind
                if kind:
                    match = (entry, kind)
                    break
            if match:
                break
        if match is None:
            i += 1
            continue
        entry, kind = match
        if kind == "adjective" and _named_by_link(ws, i):
            i += 1  # فيصل بن تركي, تركي بن صالح: a name (Turki) beside بن, not a nationality
            continue
        start, end = i, i + len(entry.keys)
        before = start
        while before > 0 and ws[before - 1].folded in _STATE_ADJECTIVES and ws[before].joined:
            before -= 1  # الجمهورية الإسلامية الإيرانية
        if before > 0 and ws[before - 1].folded in _STATE_WORDS and ws[before].joined:
            start, kind = before - 1, "name"
        while end < len(ws) and ws[end].joined and ws[end].folded in _STATE_ADJECTIVES:
            end += 1
        found.append((start, end, entry.value, kind))
        i = end
    return found


def find_countries(text: str, lang: str = "ar") -> list[Mention]:
    """Every country mention in `text`, left to right."""
    ws = words(text, lang)
    return [Mention(code, ws[i].start, ws[j - 1].end, kind) for i, j, code, kind in country_matches(ws, lang)]


LEAD_CHARS = 300  # the title and first lines: where news says what a story is about


def salient_countries(ws: list[Word], matches) -> list[str]:
    """The countries an article is about: named in its lead, or named at least twice.

    A country mentioned once in passing deep in the text is left out: measured on Reuters
    places (bench/extraction.py), this lifts precision from 0.74 to 0.86 for a recall of 0.90."""
    mentions: dict[str, int] = {}
    in_lead = set()
    for i, _, code, _ in matches:
        mentions[code] = mentions.get(code, 0) + 1
        if ws[i].start < LEAD_CHARS:
            in_lead.add(code)
    return [code for code, n in mentions.items() if code in in_lead or n >= 2]
