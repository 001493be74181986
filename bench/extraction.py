"""Entity extraction quality against gold annotations in ../shared/data, in one table.

- countries, English: document-level precision/recall of `extract` against the gold
  `places` of Reuters-21578 (ModApte test split, documents with places);
- countries, Arabic: span-level precision/recall of country-name mentions against the
  B-Nation spans of NewsFANE (NewsFANE tags names only, so adjectives and capitals
  that the facet also uses are left out of this comparison);
- persons: span-level precision/recall/F1 against PERS in the ANERcorp test split (all
  mentions, and only the confident ones the person facet shows; its sentences are read as
  separate texts, so a surname met alone counts for the facet only after a cue) and the
  person classes of NewsFANE; document-level against the gold `people` of Reuters (matched
  by surname; Reuters labels only 114 prominent people, so precision there counts every
  other name as wrong);
- the same person rows on the sentences the two corpora do not share: NewsFANE holds many of
  ANERcorp's articles, test split included (a sentence counts as shared when a run of 6 of its
  tokens is in the other corpus), so a rule drawn from NewsFANE text may have seen test text;
- unification: the share of ANETAC English-Arabic PERSON pairs whose two spellings get
  the same person key.

With `--archive N`, it also prints the person facet's 40 largest values over the first N
articles of the scaling archive (saudinewsnet and antcorpus interleaved), extracted as an
ingest does, for a person to read: no gold marks people there.

    python bench/extraction.py [--reuters-docs 6188] [--archive 20000]
"""

from __future__ import annotations

import argparse
import time
from collections import Counter

from babel import Locale

from common import DATA, print_table, read_jsonl, require_data
from scaling import interleaved_articles

from searchapp.countries import find_countries
from searchapp.extract import extract
from searchapp.ingest import make_document
from searchapp.persons import PersonMemory, find_persons, person_key

# Reuters place slugs whose English name is not CLDR's.
REUTERS_PLACES = {
    "usa": "US", "uk": "GB", "ussr": "RU", "west-germany": "DE", "east-germany": "DE", "south-korea": "KR",
    "north-korea": "KP", "ivory-coast": "CI", "burma": "MM", "czechoslovakia": "CZ", "yugoslavia": "RS",
    "zaire": "CD", "uae": "AE", "hong-kong": "HK", "taiwan": "TW", "south-africa": "ZA", "new-zealand": "NZ",
    "saudi-arabia": "SA", "sri-lanka": "LK", "el-salvador": "SV", "costa-rica": "CR", "trinidad-tobago": "TT",
    "dominican-republic": "DO", "papua-new-guinea": "PG", "bangladesh": "BD", "yemen-arab-republic": "YE",
    "yemen-demo-republic": "YE", "macao": "MO", "netherlands-antilles": "CW", "turkey": "TR",
}
NEWSFANE_PERSON_TAGS = {"Politician", "Athlete", "Artist", "Other_PER", "Religious_PER", "Scientist",
                        "Businessperson", "Engineer", "Lawyer", "Police"}


def prf(tp: int, predicted: int, gold: int) -> tuple[float, float, float]:
    p = tp / predicted if predicted else 0.0
    r = tp / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


# --- Reading the annotated corpora -----------------------------------------------------


def conll_sentences(path, sep, bom=False):
    """Sentences of (token, tag) from a CoNLL file; blank (or tab-only) lines end a sentence."""
    sentence = []
    with open(path, encoding="utf-8-sig" if bom else "utf-8") as handle:
        for line in handle:
            line = line.rstrip("\r\n").lstrip("\u200e")
            if not line.strip():
                if sentence:
                    yield sentence
                sentence = []
                continue
            token, _, tag = line.rpartition(sep)
            if token:
                sentence.append((token.lstrip("\u200e"), tag.strip()))
    if sentence:
        yield sentence


def gold_spans(sentence, keep) -> set[tuple[int, int]]:
    """Token spans [start, end) of entities whose type `keep` accepts."""
    spans, start, kind = set(), None, None
    for i, (_, tag) in enumerate(sentence + [("", "O")]):
        prefix, _, label = tag.partition("-")
        if start is not None and not (prefix == "I" and label == kind):
            spans.add((start, i))
            start = None
        if prefix == "B" and keep(label):
            start, kind = i, label
    return spans


def predicted_spans(sentence, finder, keep_kind=lambda m: True) -> set[tuple[int, int]]:
    """Run `finder` on the sentence's tokens joined by spaces; map its char spans to tokens."""
    tokens = [t for t, _ in sentence]
    starts, pos = [], 0
    for t in tokens:
        starts.append(pos)
        pos += len(t) + 1
    text = " ".join(tokens)
    spans = set()
    for m in finder(text):
        if not keep_kind(m):
            continue
        first = max(i for i, s in enumerate(starts) if s <= m.start)
        last = max(i for i, s in enumerate(starts) if s < m.end)
        spans.add((first, last + 1))
    return spans


def span_scores(sentences, keep_gold, finder, keep_kind=lambda m: True):
    tp = predicted = gold = 0
    for sentence in sentences:
        g = gold_spans(sentence, keep_gold)
        p = predicted_spans(sentence, finder, keep_kind)
        tp, predicted, gold = tp + len(g & p), predicted + len(p), gold + len(g)
    return prf(tp, predicted, gold)


def not_shared(sentences, other, n: int = 6) -> list:
    """The sentences with no run of `n` tokens that also occurs in the `other` sentences."""
    tokens = [t for sentence in other for t, _ in sentence]
    runs = {tuple(tokens[k:k + n]) for k in range(len(tokens) - n + 1)}
    return [sentence for sentence in sentences
            if not any(tuple(t for t, _ in sentence[k:k + n]) in runs for k in range(len(sentence) - n + 1))]


# --- The measures ----------------------------------------------------------------------


def reuters(limit: int):
    names = {name.lower(): code for code, name in Locale("en").territories.items()}
    slug_to_code = lambda slug: REUTERS_PLACES.get(slug) or names.get(slug.replace("-", " "))
    country = [0, 0, 0]
    people = [0, 0, 0]
    n = 0
    for record in read_jsonl(DATA / "reuters21578" / "articles.jsonl.gz"):
        if record.get("lewissplit") != "TEST" or not record.get("places"):
            continue
        n += 1
        if n > limit:
            break
        # The dateline (NEW YORK, March 3 -) is the article's first line, kept apart in this data set.
        text = f"{record.get('dateline') or ''}\n{record.get('text') or ''}"
        doc = make_document({**record, "text": text, "places": None, "people": None})
        entities = extract(doc)
        gold = {c for c in map(slug_to_code, record["places"]) if c}
        found = set(entities.countries)
        country = [country[0] + len(gold & found), country[1] + len(found), country[2] + len(gold)]
        gold_people = {slug.split("-")[-1] for slug in record.get("people") or []}
        found_people = {p.label.split()[-1].lower() for p in entities.persons}
        people = [people[0] + len(gold_people & found_people), people[1] + len(found_people),
                  people[2] + len(gold_people)]
    return prf(*country), prf(*people), min(n, limit)


def anetac_unification():
    same = total = 0
    with open(DATA / "anetac" / "EN-AR_Named-entities.txt", encoding="utf-8") as handle:
        for line in handle:
            parts = line.split()
            if len(parts) == 3 and parts[0] == "PERSON":
                total += 1
                same += person_key(parts[1]) == person_key(parts[2])
    return same / total, total


def archive_person_facet(count: int, top: int = 40) -> list[tuple[str, int]]:
    """The largest person facet values (first label met, articles) over `count` archive articles."""
    articles, labels = Counter(), {}
    memory = PersonMemory()  # one for the whole run, as in an ingest
    for record in interleaved_articles()[:count]:
        try:
            doc = make_document(record)
        except ValueError:
            continue  # the archive holds a few empty articles, which ingest rejects too
        for person in extract(doc, memory).persons:
            articles[person.id] += 1
            labels.setdefault(person.id, person.label)
    return [(labels[pid], n) for pid, n in articles.most_common(top)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reuters-docs", type=int, default=6188)
    parser.add_argument("--archive", type=int, default=0, help="articles for the person facet listing")
    args = parser.parse_args()
    archive = ("saudinewsnet", "antcorpus") if args.archive else ()
    require_data("reuters21578", "newsfane", "anercorp", "anetac", *archive)
    started = time.perf_counter()
    rows = []

    (cp, cr, cf), (pp, pr, pf), n = reuters(args.reuters_docs)
    rows.append(["countries", f"Reuters places ({n} test docs)", cp, cr, cf])

    newsfane = list(conll_sentences(DATA / "newsfane" / "NewsFANE_Gold_2014_170K.txt", "\t", bom=True))
    p, r, f = span_scores(newsfane, lambda t: t == "Nation", lambda text: find_countries(text, "ar"),
                          lambda m: m.kind == "name")
    rows.append(["countries", f"NewsFANE B-Nation spans ({len(newsfane)} sentences)", p, r, f])

    anercorp = list(conll_sentences(DATA / "anercorp" / "ANERCorp_CamelLab_test.txt", " "))
    memory = PersonMemory()  # one per corpus: surnames carry from sentence to sentence, as in an ingest
    p, r, f = span_scores(anercorp, lambda t: t == "PERS", lambda text: find_persons(text, "ar", memory))
    rows.append(["persons", f"ANERcorp test PERS spans ({len(anercorp)} sentences)", p, r, f])
    memory = PersonMemory()
    p, r, f = span_scores(anercorp, lambda t: t == "PERS", lambda text: find_persons(text, "ar", memory),
                          lambda m: m.kind == "person")
    rows.append(["persons", "  the same, the facet's (confident) mentions only", p, r, f])
    memory = PersonMemory()
    p, r, f = span_scores(newsfane, lambda t: t in NEWSFANE_PERSON_TAGS, lambda text: find_persons(text, "ar", memory))
    rows.append(["persons", "NewsFANE person classes, spans", p, r, f])
    own_test = not_shared(anercorp, newsfane)
    memory = PersonMemory()
    p, r, f = span_scores(own_test, lambda t: t == "PERS", lambda text: find_persons(text, "ar", memory))
    rows.append(["persons", f"  ANERcorp test, the {len(own_test)} sentences NewsFANE lacks", p, r, f])
    own_newsfane = not_shared(newsfane, anercorp)
    memory = PersonMemory()
    p, r, f = span_scores(own_newsfane, lambda t: t in NEWSFANE_PERSON_TAGS,
                          lambda text: find_persons(text, "ar", memory))
    rows.append(["persons", f"  NewsFANE, the {len(own_newsfane)} sentences ANERcorp test lacks", p, r, f])
    rows.append(["persons", f"Reuters people ({n} test docs, by surname)", pp, pr, pf])

    share, pairs = anetac_unification()
    rows.append(["unification", f"ANETAC PERSON pairs with one key ({pairs} pairs)", share, "", ""])
    print_table(["entity", "measured on", "precision", "recall", "F1"], rows)
    if args.archive:
        print(f"\nperson facet, largest values over the first {args.archive} archive articles:")
        print(" | ".join(f"{label} {n}" for label, n in archive_person_facet(args.archive)))
    print(f"({time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
