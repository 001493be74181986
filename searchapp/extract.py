"""Entity extraction, the ingest stage: `extract(doc)` returns an article's Entities.

Countries come from `countries` (metadata countries win; a country word inside a person's
name, as in تركي الفيصل, does not count), people from `persons` (metadata persons are kept and
joined by the text's), the article's date from its metadata or its text and the dates it
mentions from `dates`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
import datetime as dt

from . import dates
from .countries import country_matches, salient_countries, words
from .persons import PersonMemory, label_script, person_key, person_mentions


@dataclass(frozen=True)
class Person:
    id: str
    label: str
    script: str  # "arab", "latn", ...


@dataclass
class Entities:
    countries: list[str] = field(default_factory=list)
    persons: list[Person] = field(default_factory=list)
    date: dt.datetime | None = None
    dates: list[dt.date] = field(default_factory=list)


def extract(doc, memory: PersonMemory | None = None) -> Entities:
    """The countries, people and dates of a Document."""
    text = f"{doc.title}\n{doc.text}"
    ws = words(text, doc.lang)
    matches = country_matches(ws, doc.lang)
    persons: dict[str, Person] = {}
    for name in doc.person:
        pid = person_key(name)
        if pid:
            persons.setdefault(pid, Person(pid, name, label_script(name)))
    named = []  # where confident names stand: a country word in a name (تركي الفيصل) is no country
    for m in person_mentions(text, ws, matches, memory if memory is not None else PersonMemory()):
        if m.value and m.kind == "person":
            persons.setdefault(m.value, Person(m.value, m.label, label_script(m.label)))
            named.append((m.start, m.end))
    outside = [(i, j, code, kind) for i, j, code, kind in matches
               if not any(ws[i].start < end and ws[j - 1].end > start for start, end in named)]
    countries = list(doc.country) or salient_countries(ws, outside)
    found_dates = dates.dates_in_text(doc.text)
    article_date = doc.date
    if article_date is None:
        first = dates.article_date(doc.text)
        article_date = dt.datetime(first.year, first.month, first.day) if first else None
    return Entities(countries=countries, persons=list(persons.values()), date=article_date, dates=found_dates)
