"""People an article names, each with an id one person keeps across spellings and scripts.

`person_key` gives the id: a known person's (from the list in `names`), else a skeleton of
the consonants of the surname, so زيلنسكي, Zelensky and Selenskyj meet. `find_persons`
finds the names: Arabic has no capitals, so names are told from words by cues (titles,
nationalities, verbs of saying), by given names and known people, and by how common a word
is in general Arabic (wordfreq's lists). `PersonMemory` carries surnames from text to text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from functools import lru_cache

import wordfreq

from . import names
from .analysis import is_stop_word, normalize, script_of_word
from .countries import PROCLITICS, Mention, Word, country_matches, words

_LATIN_DIGRAPHS = [("sch", "s"), ("sh", "s"), ("ch", "s"), ("kh", "k"), ("th", "t"), ("ph", "f"), ("gh", "j"),
                   ("dj", "j"), ("ck", "k"), ("ou", "u")]
_LATIN_LETTERS = str.maketrans({"q": "k", "c": "k", "x": "k", "z": "s", "v": "f", "p": "b", "g": "j", "w": "u"})
_ARABIC_LETTERS = str.maketrans({
    "ب": "b", "ت": "t", "ث": "t", "ج": "j", "ح": "h", "خ": "k", "د": "d", "ذ": "d", "ر": "r", "ز": "s", "س": "s",
    "ش": "s", "ص": "s", "ض": "d", "ط": "t", "ظ": "s", "ع": "", "غ": "j", "ف": "f", "ق": "k", "ك": "k", "ل": "l",
    "م": "m", "ن": "n", "ه": "h", "و": "u", "ي": "i", "ا": "a", "ء": "", "ئ": "", "ؤ": "", "گ": "j", "پ": "b",
    "چ": "s", "ژ": "j", "ڤ": "f",
})
_VOWELS = re.compile(r"[aeiouy]+")


@lru_cache(maxsize=200_000)
def name_skeleton(word: str) -> str:
    """A spelling- and script-independent key of one name word: its consonants, roughly.

    زيلينسكي, زيلنسكي, Zelensky, Zelenskyy and Selenskyj all give "slnsk".
    """
    folded = normalize(word)
    if script_of_word(folded) == "arab":
        latin = folded.translate(_ARABIC_LETTERS)
    else:
        latin = "".join(c for c in unicodedata.normalize("NFKD", folded) if c.isalpha() and c.isascii())
        latin = re.sub(r"(?<=[aeiouy])j$", "", latin)  # Selenskyj: a written final j after a vowel is a y
        for digraph, sound in _LATIN_DIGRAPHS:
            latin = latin.replace(digraph, sound)
        latin = latin.translate(_LATIN_LETTERS)
    if latin[:1] == "u" and len(latin) > 1 and latin[1] in "aeio":
        latin = "w" + latin[1:]  # initial و / W is a consonant
    skeleton = latin[0] + _VOWELS.sub("", latin[1:]) if latin.startswith("w") else _VOWELS.sub("", latin)
    skeleton = re.sub(r"h$", "", skeleton)  # final ة / h: Fatima, فاطمة, Fatimah
    return re.sub(r"(.)\1+", r"\1", skeleton)


def person_key(name: str) -> str:
    """The id of a person named `name` in any script: a known person's id, else a name skeleton.

    An unknown name is keyed by its first and last words (سامر ناصيف = Samer Nassif, and
    سمير ناصيف is someone else; a middle name may come and go: عمر حسن البشير = عمر البشير),
    by all its words when it holds a connector (محمد بن سلمان is not سلمان; a kunya keeps its
    أبو or أم: أبو محمد is not محمد), and a surname alone by itself. News writes a known
    person's surname alone: `find_persons` gives it the full name's id when it has met that
    name (PersonMemory).
    """
    known = known_person(name)
    if known:
        return known
    # The article is no connector and no part of the key: Samer al-Khatib = سامر الخطيب.
    written = [w for w in _folded_words(name) if w not in _ARTICLES]
    parts = [_without_article(w) for w in written]
    if not parts or _given_name_alone(written):
        return ""
    if any(p in names.NAME_CONNECTORS for p in parts[:-1]) or _ends_with_ordinal(parts):
        kunya = [_KUNYAS[parts[0]]] if parts[0] in _KUNYAS else []  # أبو محمد is not محمد
        return "~" + "-".join(kunya + [name_skeleton(p) for p in parts if p not in names.NAME_CONNECTORS])
    surname = name_skeleton(parts[-1])
    # One consonant (Ali → l, Eid → d) would join everyone with a short surname into one person.
    if len(surname) < 2:
        return ""
    return "~" + (surname if len(parts) == 1 else f"{name_skeleton(parts[0])}-{surname}")


def _ends_with_ordinal(parts: list[str]) -> bool:
    """Whether a name's words, without the article, end with a regnal ordinal: فؤاد الأول, ألفونسو الثالث عشر."""
    return parts[-1] in _BARE_ORDINALS or (len(parts) > 2 and parts[-1] == _TEEN and parts[-2] in _BARE_ORDINALS)


def _given_name_alone(parts: list[str]) -> bool:
    """A two-word given name or a patronym with nothing else: عبد الله, عبد العزيز, نور الدين,
    بن عبد الله. Thousands of people share it, so it is no one's id."""
    while parts and parts[0] in ("بن", "ابن"):
        parts = parts[1:]
    return len(parts) == 2 and (parts[0] == "عبد" or parts[1] in _DIVINE_HALVES)


_ARTICLES = {"al", "el", "ال"}
# أبو, أبا and أبي are one kunya in its three cases.
_KUNYAS = {"ابو": "abu", "ابا": "abu", "ابي": "abu", "abu": "abu", "abou": "abu", "ام": "umm", "umm": "umm"}
_BARE_ORDINALS = frozenset(normalize(w)[2:] for w in names.REGNAL_ORDINALS_AR)  # فؤاد الأول is not "the first"


def _without_article(word: str) -> str:
    """The word without ال, but for a given name that starts like it: الكسندر, اليكس."""
    return word[2:] if word.startswith("ال") and len(word) > 4 and word not in _FIRST_NAMES else word


def _folded_words(name: str) -> list[str]:
    """The folded words of a name: أحمد الفاسي → ["احمد", "الفاسي"]."""
    return re.findall(r"\w+", normalize(name))


def _name_words_key(name: str) -> str:
    return " ".join(name_skeleton(w) for w in _folded_words(name))


def known_person(name: str) -> str | None:
    """The id of the known person `name` spells: by a listed spelling, else by its skeleton
    (زيلنسكي, Selenskyj) where that skeleton is no other person's nor a first name's."""
    by_spelling, by_skeleton = _known_people()
    return by_spelling.get(" ".join(_folded_words(name))) or by_skeleton.get(_name_words_key(name))


@lru_cache(maxsize=None)
def _known_people() -> tuple[dict[str, str], dict[str, str]]:
    """(folded spelling → person id, skeleton → person id), from names.KNOWN_PEOPLE.

    One word's skeleton is a loose key: سعد and زيد would be Assad ("sd"), Salman would be
    Soleimani ("slmn"). So a one-word skeleton counts only when it is long enough, no first
    name has it and it belongs to one person alone."""
    by_spelling, owners = {}, {}
    for person_id, label_ar, label_en, spellings in names.KNOWN_PEOPLE:
        for spelling in [label_ar, label_en, *spellings]:
            by_spelling[" ".join(_folded_words(spelling))] = person_id
            owners.setdefault(_name_words_key(spelling), set()).add(person_id)
    first_names = {name_skeleton(n) for n in _FIRST_NAMES}
    by_skeleton = {
        key: next(iter(ids)) for key, ids in owners.items()
        if len(ids) == 1 and (" " in key or (len(key) >= 4 and key not in first_names))
    }
    return by_spelling, by_skeleton


@lru_cache(maxsize=None)
def known_labels() -> dict[str, dict[str, str]]:
    """Person id → {"arab": label, "latn": label} for the people we know."""
    return {pid: {"arab": ar, "latn": en} for pid, ar, en, _ in names.KNOWN_PEOPLE}


@lru_cache(maxsize=None)
def _known_spellings() -> tuple[frozenset[str], frozenset[str]]:
    """Folded spellings of known people: (whole one-word names, first words of longer names).

    A first word that is also an everyday word (تركي الفيصل, سلام فياض, هو جين تاو) starts no
    name by itself: the whole spelling must be there (see _known_phrases). So does a Latin one
    that is no given name we list, as capitals do not tell (Christian Vieri, Christian Democrats)."""
    single, first = set(), set()
    for parts in _known_spelling_words():
        if len(parts) == 1:
            single.add(parts[0])
        elif parts[0] not in names.NAME_CONNECTORS and (parts[0] in _FIRST_NAMES or (
                script_of_word(parts[0]) == "arab" and _zipf(parts[0]) < FIRST_ZIPF)):
            first.add(parts[0])
    return frozenset(single), frozenset(first)


@lru_cache(maxsize=None)
def _known_phrases() -> dict[str, dict[str, tuple[tuple[str, ...], ...]]]:
    """First word → second word → the rest of each longer spelling of a known person after its
    first word, longest first (a thousand people share few first words: محمد, جون)."""
    phrases: dict[str, dict[str, set[tuple[str, ...]]]] = {}
    for parts in _known_spelling_words():
        if len(parts) > 1:
            phrases.setdefault(parts[0], {}).setdefault(parts[1], set()).add(tuple(parts[1:]))
    return {first: {second: tuple(sorted(rests, key=len, reverse=True)) for second, rests in by_second.items()}
            for first, by_second in phrases.items()}


@lru_cache(maxsize=None)
def _known_spelling_words() -> list[list[str]]:
    """The folded words of every spelling of a known person, without a title in front (الملك سلمان)."""
    spellings = []
    for _, label_ar, label_en, others in names.KNOWN_PEOPLE:
        for spelling in [label_ar, label_en, *others]:
            parts = _folded_words(spelling)
            while len(parts) > 1 and parts[0] in _TITLES:
                parts = parts[1:]
            spellings.append(parts)
    return spellings


@lru_cache(maxsize=None)
def _listed_surnames() -> dict[str, frozenset[str]]:
    """Known person id → the last words of its listed spellings: the surnames it may be
    remembered by (a name matched by its consonants alone, محمد مساعد for Mosaddegh, is not)."""
    surnames: dict[str, set[str]] = {}
    for person_id, label_ar, label_en, spellings in names.KNOWN_PEOPLE:
        for spelling in [label_ar, label_en, *spellings]:
            surnames.setdefault(person_id, set()).add(_folded_words(spelling)[-1])
    return {person_id: frozenset(words) for person_id, words in surnames.items()}


def _known_phrase_end(ws: list[Word], i: int, first: str) -> int | None:
    """The end of a known person's full spelling starting at word i, if there is one."""
    by_second = _known_phrases().get(first)
    if not by_second or i + 1 >= len(ws):
        return None
    for rest in by_second.get(ws[i + 1].folded, ()):
        end = i + 1 + len(rest)
        if end <= len(ws) and all(ws[i + 1 + k].joined and ws[i + 1 + k].folded == w for k, w in enumerate(rest)):
            return end
    return None


_TITLES = frozenset(normalize(t) for t in names.TITLES_AR + names.TITLES_LATIN)
_JOB_NOUNS = frozenset(normalize(t) for t in names.JOB_NOUNS_AR)
_FIRST_NAMES = frozenset(normalize(n) for n in names.FIRST_NAMES_AR + names.FIRST_NAMES_LATIN)
_WORD_NAMES = frozenset(normalize(n) for n in names.WORD_NAMES_AR) | {"علي"}  # علي is also على (on)
_NAME_STARTERS = {"ابو", "ابي", "ابا", "عبد", "ام", "بن"}  # أبو مازن, عبد الله, بن لادن: a name of two words or more
_KUNYA_WORDS = ("ابو", "ابي", "ابا")  # not أم, more often "or" (أم القرى is Mecca)
_MAX_NAME_WORDS = 5
_ARTICLE_FORMS = ("ال", "لل", "وال", "بال", "فال", "كال")


class PersonMemory(dict):
    """Surnames of people already found in full (folded surname → person id).

    Shared across the articles of one ingest, it lets a surname written alone
    (رامسفيلد) be recognized after the full name appeared once with a cue. A surname too short
    or too common a word to stand alone (دين, الخطيب) is kept under its key with _NEEDS_CUE in
    front: right after a title or a verb of saying (وأضاف الخطيب), or right before a verb of saying
    (وكان الخطيب قال), it names a person again."""


_NEEDS_CUE = "?"  # no word holds it


def _is_stopish(word: Word) -> bool:
    # على (on) folds to علي (Ali): judge the preposition by its written form.
    if word.folded == "علي":
        return word.surface.rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652").endswith("ى")
    return _stop_word_anywhere(word.folded)


@lru_cache(maxsize=200_000)
def _stop_word_anywhere(folded: str) -> bool:
    if script_of_word(folded) == "arab" and folded in _FIRST_NAMES:
        return False
    return any(is_stop_word(folded, lang) for lang in ("ar", "en", "fr"))


def _bare(word: Word) -> str:
    """The word without proclitics, when they hide a title or a name: وقال → قال, لروبرتو → روبرتو,
    للرئيس → الرئيس. A word that is a name itself stays whole (بسام, كريم)."""
    f = word.folded
    if len(f) <= 3 or f[0] not in PROCLITICS or _is_cue_or_name(f):
        return f
    rest = f[1:]
    readings = [rest, "ال" + rest[1:]] if rest.startswith("ل") else [rest]  # للرئيس: ل before الرئيس
    if f[0] in "وف" and len(rest) > 3 and rest[0] in "بلك":
        readings.append(rest[1:])  # ولروبرتو
    return next((r for r in readings if _is_cue_or_name(r)), f)


def _is_cue_or_name(folded: str) -> bool:
    single, first = _known_spellings()
    return (folded in _TITLES or folded in _FIRST_NAMES or folded in single or folded in first
            or folded in _NAME_STARTERS)


def _can_be_name(word: Word, latin: bool, first: bool) -> bool:
    """Whether the word may be part of a name; `first`: as its first word."""
    if _is_stopish(word) or word.folded.isdigit() or _bare(word) in _TITLES or _adverbial(word):
        return False
    if latin:
        return word.surface[0].isupper()
    if script_of_word(word.folded) != "arab" or word.folded in names.NOT_IN_NAMES_AR:
        return False
    if first and word.folded.startswith(_ARTICLE_FORMS) and word.folded not in _FIRST_NAMES:
        return False  # الكسندر and اليكس are given names, not words with the article
    # An Arabic word that is no known name must be uncommon (_continues_arabic_name judges later words).
    return _is_name_word(word.folded) or (_zipf(word.folded) < FIRST_ZIPF and not _inflected_word(word.folded))


# Arabic has no capitals, so how common a word is in general text (wordfreq's Zipf scale:
# 3 is once per million words) tells names from words: مدرب جديد is no name, الرئيس مبارك is.
FIRST_ZIPF = 4.0  # the most a name's first word may have after a title
INNER_ZIPF = 5.0  # ...and its second word (many family names are words: الشريف، توفيق)
_FLOOR_ZIPF = 3.0


@lru_cache(maxsize=1)
def _arabic_zipf() -> dict[str, float]:
    """Folded Arabic word → its Zipf frequency in wordfreq's list, for words of at least _FLOOR_ZIPF."""
    buckets = wordfreq.read_cBpack(wordfreq.available_languages("large")["ar"])  # bucket i: -i centibels
    zipf: dict[str, float] = {}
    for i, bucket in enumerate(buckets[:int(900 - 100 * _FLOOR_ZIPF) + 1]):
        for w in bucket:
            zipf.setdefault(normalize(w), (900 - i) / 100)
    return zipf


_ENCLITICS = ("هما", "هم", "ها", "ه", "كم", "نا")
_FUTURE = ("سي", "ست", "سن", "سا")  # ستزور: the future's س before a verb


@lru_cache(maxsize=200_000)
def _zipf(folded: str) -> float:
    """How common a word is, maybe behind a conjunction or preposition and before a pronoun:
    وحظوظه, لزيارة, سروره count as common as حظوظ, زيارة, سرور."""
    zipf = _arabic_zipf()
    return max(zipf.get(f, 0.0) for f in _readings(folded))


def _readings(folded: str) -> set[str]:
    """The word, and the word without a conjunction, a preposition or a pronoun suffix."""
    forms = {folded}
    if len(folded) > 3 and folded[0] in "وف":
        forms.add(folded[1:])
    forms |= {f[1:] for f in forms if len(f) > 3 and (f[0] in "بلك" or f[:2] in _FUTURE)}
    bases = {f[:-len(e)] for f in forms for e in _ENCLITICS if f.endswith(e) and len(f) - len(e) >= 3}
    # Before a pronoun ة is written ت: دراجته is دراجة (folded دراجه) + ه.
    return forms | bases | {b[:-1] + "ه" for b in bases if b.endswith("ت")}


def _is_name_word(folded: str, bare: bool = True) -> bool:
    """A first name, a known person's word or a connector; `bare`: also behind و or ف."""
    single, first = _known_spellings()
    forms = (folded, folded[1:]) if bare and folded[:1] in "وف" else (folded,)
    return any(f in _FIRST_NAMES or f in single or f in first or f in names.NAME_CONNECTORS for f in forms)


def _after_title(ws: list[Word], i: int, nationalities: set[int]) -> bool:
    """A title or a nationality before word i, maybe with modifiers between:
    الرئيس الأوكراني السابق X, اللاعب الروسي X, الروسي X. Not before a word behind و, which
    starts what comes next (الرئيس الفرنسي وأمين عام المنظمة), nor right after a title it is of."""
    if _behind_conjunction(ws[i].folded) or _headed_by_a_construct_title(ws, i):
        return False
    j = i - 1
    while j >= 0 and i - j <= 4 and ws[j + 1].joined:
        before = ws[j]
        if _bare(before) in _TITLES or before.folded.rstrip(".") in _TITLES or j in nationalities:
            return True
        if not before.folded.startswith(_ARTICLE_FORMS) and not _between_title_and_body(ws, j, i):
            return False
        j -= 1
    return False


# Titles without the article that head what they are of: رئيس الشركة, حارس المرمى, مدرب برشلونة.
_CONSTRUCT_TITLES = frozenset(normalize(t) for t in ("رئيس", "رئيسة", "وزير", "وزيرة", "لاعب", "مدرب", "حارس",
                                                      "متحدث", "ناطق"))


def _headed_by_a_construct_title(ws: list[Word], i: int) -> bool:
    """Whether word i, no given name and without the article, comes right after a title that
    heads it in construct: the body, team or post it is of (رئيس كوبيتكو, حارس ميلانيزي), not a name,
    which follows the whole construct (رئيس الشركة X)."""
    return (i > 0 and ws[i].joined and not ws[i].folded.startswith(_ARTICLE_FORMS)
            and _bare(ws[i - 1]) in _CONSTRUCT_TITLES and not _is_name_word(ws[i].folded))


def _between_title_and_body(ws: list[Word], j: int, i: int) -> bool:
    """Whether word j, no name's and not right before word i, joins a title to the body it heads:
    رئيس وزراء الإقليم X, رئيس هيئة السكك الحديدية X, المتحدث باسم الخارجية التركية X."""
    if j >= i - 1:
        return False
    if ws[j].folded == "باسم":  # "in the name of", and the given name Bassem
        return True
    return j > 0 and ws[j].joined and _bare(ws[j - 1]) in _TITLES and not _is_name_word(ws[j].folded)


def _name_end(ws: list[Word], i: int, latin: bool) -> int:
    """Where a name starting at word i ends: following name-like words joined by spaces."""
    single, _ = _known_spellings()
    phrases = _known_phrases()
    end, content = i + 1, 1
    while end < len(ws) and content < _MAX_NAME_WORDS and ws[end].joined:
        word, previous = ws[end], ws[end - 1]
        if (previous.folded in single and not _given_name_before_a_name(ws, end, i)) or (
                end - 2 > i and ws[end - 2].folded == "ال"):
            break  # a known surname or a family after آل ends the name: ماكرون يدعو, آل سعود أمين
        if word.folded == "علي" and previous.folded not in names.NAME_CONNECTORS and _preposition_ali(ws, end):
            break  # على written with ي: جوزيه علي فريقه, not بن علي
        if word.folded in names.NAME_CONNECTORS or _name_particle(ws, end) or _prefixed_name(ws, end):
            end += 1  # connectors do not count: حمد بن جاسم بن جبر آل ثاني, رود فان نيستلروي, شيخ أحمد
            continue
        content += 1
        if not latin and _divine_compound(ws, end):
            end += 2
            continue
        if latin:
            if not _can_be_name(word, latin, first=False):
                break
        elif previous.folded in phrases and (known_end := _known_phrase_end(ws, end - 1, previous.folded) or 0) > end:
            return known_end  # a known name ends a longer one: محمد حسني مبارك
        elif not (_kunya_nisba(ws, i, end) or _continues_arabic_name(
                word, previous, end - i, _ends_compound(ws, end - 1, i),
                end - 2 > i and ws[end - 2].folded in _LINEAGE)):
            break
        end += 1
    while end - 1 > i and (ws[end - 1].folded in names.NAME_CONNECTORS or ws[end - 1].folded in _PARTICLES_AR):
        end -= 1
    return end


def _divine_compound(ws: list[Word], k: int) -> bool:
    """Whether words k and k + 1 are a family name of a word and الله or الدين, however common the
    word: بهاء حسب الله, إنجي خير الله, رضا العبد الله; not a prophet's epithet (محمد رسول الله)."""
    if k + 1 >= len(ws) or not ws[k + 1].joined or ws[k + 1].folded not in _DIVINE_HALVES:
        return False
    folded = ws[k].folded
    return (script_of_word(folded) == "arab" and len(folded) > 1 and not _is_stopish(ws[k])
            and folded not in _BLESSINGS and folded not in _EPITHETS and not _verb_like(folded)
            and not _inflected_word(folded))


_EPITHETS = {"رسول", "نبي", "ولي", "حبيب", "خليل", "كليم"}


def _kunya_nisba(ws: list[Word], start: int, k: int) -> bool:
    """Whether word k is a nisba ending a name that starts with a kunya, however common the word:
    أبو عبد الله التركي, أبو أيوب المصري (a nom de guerre)."""
    folded = ws[k].folded
    if not (_bare(ws[start]) in _KUNYA_WORDS and k - start >= 2 and folded.startswith("ال")
            and folded.endswith("ي") and not _is_stopish(ws[k])):
        return False
    of_nationality = k + 1 < len(ws) and ws[k + 1].folded == "الجنسيه"  # أبو عبد الله البريطاني الجنسية
    return not of_nationality and (not ws[k - 1].folded.startswith("ال") or ws[k - 1].folded in _DIVINE_HALVES)


def _given_name_before_a_name(ws: list[Word], k: int, start: int) -> bool:
    """Whether word k, a given name or a father's or a word general text does not know, follows the
    name's first word, a given name that a known person goes by alone: رانيا فريد شوقي (not the
    queen, رانيا), وليام غالاس."""
    following = ws[k].folded
    return k - 1 == start and ws[start].folded in _FIRST_NAMES and (following in _FIRST_NAMES or (
        _zipf(following) == 0.0 and not following.startswith("ال") and not _inflected_word(following)))


_PARTICLES_AR = {"فان", "دي", "دو", "دا", "لا", "فون"}  # van, de, du, da, la, von


def _name_particle(ws: list[Word], k: int) -> bool:
    """A European name's particle written in Arabic, between a name and a rare word:
    رود فان نيستلروي, not فإن (so) or لا (no) after a name."""
    following = ws[k + 1] if k + 1 < len(ws) else None
    return (ws[k].folded in _PARTICLES_AR and following is not None and following.joined
            and script_of_word(following.folded) == "arab" and _zipf(following.folded) < RARE_ZIPF
            and not _is_stopish(following))


DEEP_ZIPF = 4.0  # the most a name's third word or later may have: محمود عباس, not محمود عباس حدوث
CLITIC_ZIPF = 3.5  # a common word with a clitic (بتغلبه، مواقفه) is never part of a name


def _ends_compound(ws: list[Word], k: int, start: int) -> bool:
    """Whether word k closes a two-word given name: نور الدين, عبد الله, عبد الرحمن."""
    folded = ws[k].folded
    return folded in _DIVINE_HALVES or (k > start and folded.startswith("ال") and (
        ws[k - 1].folded == "عبد" or _bare(ws[k - 1]) in _KUNYA_WORDS))  # a kunya too: أبو الحسن


_LINEAGE = ("بن", "ابن", "بنت")


def _continues_arabic_name(word: Word, previous: Word, position: int, after_compound: bool = False,
                           after_father: bool = False) -> bool:
    """Whether an Arabic word, the name's word number `position` (from 0), still belongs to it;
    `after_compound`: the word before closes a two-word given name (عبد الرحمن); `after_father`:
    it is a father's name after بن. An ال-word comes right after the first word, a connector or a
    father's name (محمد البرادعي, خالد بن حمد العطية, not أوباما الأسبوع), or later as a nisba or
    unknown word after a name's word (عمر حسن البشير)."""
    folded = word.folded
    single, _ = _known_spellings()
    if (_is_stopish(word) or folded.isdigit() or _bare(word) in _TITLES or script_of_word(folded) != "arab"
            or folded in names.NOT_IN_NAMES_AR or folded in _SPEECH_VERBS):
        return False
    if _job_noun(folded) and previous.folded not in names.NAME_CONNECTORS:
        return False  # ... مدير الشركة, عضوي اللجنة, but a father may be named by a job: زيان بن مدافع
    if folded in _DIVINE_HALVES:  # نصر الله، فضل الله، نور الدين, not طيب الله ثراه (a blessing)
        return not previous.folded.startswith("ال") and previous.folded not in _BLESSINGS
    if folded in _ORDINALS:
        return position == 1 or after_compound  # محمد السادس، عبد الله الثاني
    if folded == _TEEN:
        return previous.folded in _ORDINALS
    # After عبد an attribute of God, however common the word (عبد العزيز); after a given name, a
    # family name with أبو too (تامر أبو العينين), but not at a name's start (أبى الشعب, "he refused").
    holder = previous.folded == "عبد" or (previous.folded in _KUNYA_WORDS and position > 1)
    if holder and folded.startswith("ال") and _zipf(folded) < NAME_ZIPF_MAX:
        return True
    if (previous.folded not in names.NAME_CONNECTORS and _behind_conjunction(folded)
            and not (position == 1 and _surname_with_waw(folded, _bare(previous)))):
        return False  # ويوسف starts the next name, وفخامة something else; no و follows بن (سعد بن أبي وقاص)
    if folded.startswith("لل") or (folded.startswith(_ARTICLE_FORMS[1:]) and _zipf(folded) >= CLITIC_ZIPF):
        return False  # لل، وال، بال... in front of a word: بالبقاء, للإغاثة, not بالاسيوس
    if _verbal_noun_with_article(folded):
        return False  # ماهر التقدم, ماهر المحادثات
    if after_father and folded.startswith("ال") and not previous.folded.startswith("ال"):
        return _zipf(folded) < INNER_ZIPF and not _inflected_word(folded)  # the family: بن حمد العطية
    if (previous.folded.startswith("ال") and previous.folded not in names.NAME_CONNECTORS
            and previous.folded not in _FIRST_NAMES and not after_compound and not folded.startswith("ال")):
        return False  # a family name with ال ends the name: أحمد الفاسي هدف
    if folded.startswith("ال") and (previous.folded in single or (
            position > 1 and previous.folded not in names.NAME_CONNECTORS and not after_compound
            and not (_name_like(previous.folded) and _family_name_like(folded)))):
        return False
    if _is_name_word(folded, bare=False):
        return True
    if _verb_like(folded):
        return False
    if folded in _known_family_names():
        return True  # however common or inflected it looks: رودريغينيو سيلفا, إيلينا براون
    if (position == 1 and previous.folded in _FIRST_NAMES and not folded.startswith("ال")
            and min(_zipf(folded), _arabic_zipf().get(folded, 0.0)) < FIRST_ZIPF and not _accusative(folded)
            and not (folded[0] == "ل" and _zipf(folded[1:]) >= CLITIC_ZIPF)):
        return True  # right after a given name, a word no more common than a name's is its surname, whatever
        # clitic or ending it seems to have: ليليان تورام, أندرو فاير, هورست نيومان (not يومان); general text
        # may not know the whole word though it knows a reading (خيري بشارة, not بشار); but ل before a
        # common word is the preposition: كارلوس لتدريب
    if _clitic_reading(folded) or _inflected_word(folded):
        return False
    # بن لادن and نور الدين البخاري are judged like أسامة لادن and نور البخاري (not حسن نصر الله زعيم)
    second = position == 1 or previous.folded in names.NAME_CONNECTORS or (after_compound and position == 2)
    return _zipf(folded) < (INNER_ZIPF if second else DEEP_ZIPF)


_DIVINE_HALVES = {"الله", "الدين"}
_BLESSINGS = {"طيب", "رحم", "حفظ", "اطال", "اعز", "بارك"}
NAME_ZIPF_MAX = 6.0  # words more common than this (الذي, التي) are never a name's


def _name_like(folded: str) -> bool:
    """A name's inner word that a family name with ال may follow: عمر حسن البشير, محمد مقلد المريخي."""
    return _is_name_word(folded, bare=False) or _zipf(folded) < RARE_ZIPF


def _family_name_like(folded: str) -> bool:
    """An ال-word that may be a family name deep in a name: a nisba (الكندي) or a word general
    text hardly knows (الأغبش), not الحائز or المحترف."""
    return folded.endswith("ي") or _zipf(folded) == 0.0


_NOUN_ENDINGS = ("ين", "ون", "ات", "يه")  # plurals and abstract nouns: المدعوين, المديونية
_VERBAL_NOUN_STARTS = ("الاست", "الت")  # الاستضافة, التتابع


def _rare_family_name(folded: str, nisba_only: bool = False) -> bool:
    """A family name with ال that general text hardly knows, after a given name that is also a
    word: سعيد الفرا, رجاء الجداوي, not أمل الأهلي nor حسن الاستضافة. After علي, which Egyptian
    print writes for the preposition على (علي التوالي), only a nisba: علي الحمصي."""
    if folded.endswith("ي"):
        return _zipf(folded) < RARE_ZIPF
    return not (nisba_only or _zipf(folded) >= RARE_ZIPF or folded.endswith(_NOUN_ENDINGS)
                or folded.startswith(_VERBAL_NOUN_STARTS))


def _behind_conjunction(folded: str) -> bool:
    """Whether و or ف in front of the word is a conjunction: ويوسف, وفخامة, but not فياضي, فينغر
    (ف starts many names; behind it a more common word or a name must stand)."""
    if folded[0] not in "وف" or _is_name_word(folded, bare=False):
        return False
    rest = folded[1:]
    if folded[0] == "و" or _is_name_word(rest, bare=False) or rest in _TITLES:
        return True
    return _zipf(rest) > _zipf(folded)


_PRONOUN_SUFFIXES = ("ها", "هم", "هما")


def _surname_with_waw(folded: str, previous: str) -> bool:
    """Whether a word starting with و is a foreign surname right after a given name: general text
    hardly knows the word and not at all what follows the و (كريستوفر والكن, آشلي ويلكس, not
    جون وماري nor جون وزير)."""
    rest = folded[1:]
    return (previous in _FIRST_NAMES and _zipf(rest) == 0.0 and _zipf(folded) < FIRST_ZIPF
            and not _is_name_word(rest, bare=False) and not _inflected_word(rest)
            and not rest.endswith(_PRONOUN_SUFFIXES)  # وأصدقاؤها
            and not (rest.startswith("ال") and rest.endswith(_NOUN_ENDINGS)))  # والأدميون, not والكن


def _clitic_reading(folded: str) -> bool:
    """A common word behind a clitic (بتغلبه, مواقفه), clearly more common than the whole word
    (بولتون is no ب before ولتون)."""
    whole = _zipf(folded)
    return any(_zipf(f) >= CLITIC_ZIPF and _zipf(f) > whole + 0.5 for f in _readings(folded) if f != folded)


def _accusative(folded: str) -> bool:
    """A word with the accusative's alif, more common without it: متقدما, محذرا. The word without
    it is judged as it stands, not behind a clitic (كاسيرا is no ك before أسير)."""
    return folded.endswith("ا") and len(folded) > 3 and _arabic_zipf().get(folded[:-1], 0.0) > _zipf(folded)


_INFLECTIONS = ("وا", "ون", "ين", "ات")  # verb and noun plurals
_IMPERFECT = "يتن"


@lru_cache(maxsize=200_000)
def _inflected_word(folded: str) -> bool:
    """A common word with a clitic or an ending (بتغلبه، مواقفه، اشتبكوا، محذرا، يتلفت): no name."""
    forms = _readings(folded) - {folded}
    forms |= {f[:-len(e)] for f in (folded, *forms) for e in _INFLECTIONS if f.endswith(e) and len(f) - len(e) >= 3}
    stems = {f[1:] for f in (folded, *forms) if f[:1] in _IMPERFECT and len(f) > 4}
    if folded.endswith("ا") and len(folded) > 3:
        forms.add(folded[:-1])  # the accusative's alif: برنامجا، مستشارا
    # و and ف stand before a present tense's prefix, never after it: يوريس is no ي + و + رئيس.
    stem_zipfs = (_arabic_zipf().get(f, 0.0) if f[0] in "وف" else _zipf(f) for f in stems)
    return max((*(_zipf(f) for f in forms), *stem_zipfs), default=0.0) >= CLITIC_ZIPF or _group_noun(folded)


_PARTICIPLE_GROUP_ENDINGS = ("ون", "ين", "و", "ان")  # plural, plural in construct (مراقبو الانتخابات), dual
_FEMININE_DUAL_ENDINGS = ("تان", "تين", "تا")


def _group_noun(folded: str) -> bool:
    """A plural or dual of a word general text knows, even a rarer one than _INFLECTIONS ask for:
    of a participle (متمردون, مراقبو الانتخابات, المسؤولان) or a feminine noun (حركتا, الشركتان). It
    names a group, and no name takes these endings on such a stem (مروان and موريسون are names)."""
    if _is_name_word(folded, bare=False):
        return False
    word = folded[2:] if folded.startswith("ال") else folded
    known = _arabic_zipf()
    for ending in _PARTICIPLE_GROUP_ENDINGS:
        stem = word[:-len(ending)]
        if (word.endswith(ending) and stem[:1] == "م" and len(stem) >= 4
                and known.get(stem, 0.0) >= _FLOOR_ZIPF and not _is_name_word(stem, bare=False)):
            return True
    for ending in _FEMININE_DUAL_ENDINGS:
        singular = word[:-len(ending)] + "ه"
        if word.endswith(ending) and len(singular) >= 4 and known.get(singular, 0.0) >= _FLOOR_ZIPF:
            return True
    return False


VERB_STEM_ZIPF = 4.5  # how common a present tense's stem must be: يكتب (كتب), not تورام (ورام)


@lru_cache(maxsize=200_000)
def _verb_like(folded: str) -> bool:
    """A verb right after a name, no name: a word of general text that is a past tense with the
    feminine ت (مبارك تناولت، الوزيرة الأميركية طرحت), a present tense (هشام يكتب) of a common
    stem or a derived verb's shape (أحرز, ارتكب, توافر); not a given name (مدحت) nor a foreign name
    general text hardly knows (بيرت, ليفيت)."""
    if len(folded) < 4 or _zipf(folded) < _FLOOR_ZIPF or _is_name_word(folded, bare=False):
        return False
    if folded.endswith("ت") and _zipf(folded[:-1]) >= FIRST_ZIPF:
        return True
    return (folded[0] in "يت" and _zipf(folded[1:]) >= VERB_STEM_ZIPF) or _derived_verb_shape(folded)


# Shapes of derived verbs, their verbal nouns, participles and plurals, which no name takes, each
# with an example; [^اوي] is a root letter, not a long vowel, where the pattern has one.
_DERIVED_SHAPES = {
    "أفعل (أحرز)": "ا[^اوي]{3}",
    "افتعل (ارتكب)": "ا.ت[^اوي]{2}",
    "استفعل (استرجاع)": "است..+",
    "تفاعل (توافر)": "ت.ا[^اوي]{2}",
    "ت before three root letters: تفعّل or a present tense (تحرم)": "ت[^اوي]{3}",
    "متفعّل (متحمس)": "مت[^اوي]{3}",
    "مستفعل (مستشهدا)": "مست..+",
    "مفتعلة (مرتدية)": "م.ت..ه",
    "افتعال (ارتفاع)": "ا.ت.ا.",
    "تفعيل (ترسيم)": "ت..ي.",
    "مفاعلة (ملاحقة)": "م.ا..ه",
    "فعالة (خسارة)": "..ا.ه",
    "أفاعيل (أحاديث)": "ا.ا.ي.",
    "مفاعيل (مقاليد)": "م.ا.ي.",
    "the feminine plural in ات (هيئات)": "...+ات",
}
_DERIVED_VERB = re.compile("|".join(_DERIVED_SHAPES.values()))


def _derived_verb_shape(folded: str) -> bool:
    """Whether the word has a derived verb's shape, maybe behind a conjunction or a preposition
    before a word general text knows (بارتكاب, not بارنز), and general text knows it well: foreign
    names written without vowels take these shapes too, but are rarer words (ترمب, آدمز); not a
    known person's word (the elatives أكبر, أصغر in علي أكبر ولايتي) nor a word with the article (الحق)."""
    shaped = _DERIVED_VERB.fullmatch(folded) or (
        len(folded) > 4 and folded[0] in "وفبلك" and _DERIVED_VERB.fullmatch(folded[1:])
        and not folded[1:].startswith("ال") and _arabic_zipf().get(folded[1:], 0.0) >= CLITIC_ZIPF
        and not _is_name_word(folded))
    return (bool(shaped) and _zipf(folded) >= CLITIC_ZIPF
            and not folded.startswith("ال") and folded not in _known_name_words())


@lru_cache(maxsize=200_000)
def _verbal_noun_with_article(folded: str) -> bool:
    """A verbal noun or plural of the shapes _DERIVED_VERB knows, with the article (التقدم,
    المحادثات): no family name. Not a given name with it (محمد التوفيق) nor أفعل, which with the
    article is a family name of colours and traits (الأحمر, الأشقر)."""
    stem = folded[2:]
    return (folded.startswith("ال") and not stem.startswith("ا") and _zipf(folded) >= CLITIC_ZIPF
            and not _is_name_word(stem, bare=False) and _derived_verb_shape(stem))


@lru_cache(maxsize=None)
def _known_name_words() -> frozenset[str]:
    """Every word of a known person's spellings."""
    return frozenset(w for parts in _known_spelling_words() for w in parts)


_ORDINALS = frozenset(normalize(w) for w in names.REGNAL_ORDINALS_AR)
_TEEN = "عشر"  # the ordinals 11th to 19th: ألفونسو الثالث عشر
RARE_ZIPF = 3.5  # a word this rare right after a speech verb or a nationality is a name
_SPEECH_VERBS = frozenset(normalize(v) for v in names.SPEECH_VERBS_AR)


_TANWEEN = re.compile("[\u064b\u064c\u064d]")


def _adverbial(word: Word) -> bool:
    """A word in the indefinite accusative, which no name takes: written with tanween (سلفاً,
    رفضاً) or a participle with مت (متسائلا, متأثرا)."""
    return bool(_TANWEEN.search(word.surface)) or (word.folded.startswith("مت") and word.folded.endswith("ا"))


def _cued_rare_word(ws: list[Word], i: int, adjectives: set[int]) -> bool:
    """A rare word right after a speech verb or a nationality adjective: وقال السنيورة,
    صانع الألعاب البرازيلي رونالدينيو."""
    word = ws[i]
    if i == 0 or not word.joined:
        return False
    after_adjective, after_speech_verb = i - 1 in adjectives, _after_speech_verb(ws, i)
    # A kin or companion noun with "his" or "her" puts the person in apposition after it (وزوجته
    # أوفيليا, زميله كوفاتشيتش), a verb of play the player (ومرر كوفاتشيتش الكرة).
    in_apposition = not (after_adjective or after_speech_verb) and (
        _right_after(ws, i, _RELATIONS) or _right_after(ws, i, _PLAY_VERBS))
    if not (after_adjective or after_speech_verb or in_apposition):
        return False  # most words: no cue before them (looked at before the word itself)
    if (script_of_word(word.folded) != "arab" or _zipf(word.folded) >= RARE_ZIPF
            or _inflected_word(word.folded) or _verb_like(word.folded) or _adverbial(word)
            or _bare(word) in _TITLES or _job_noun(word.folded)):
        return False
    if after_adjective:  # an ال-word after an adjective agrees with it: السوداني المضطرب
        # and a word behind و goes on the phrase: الوضع السوري وتشعباته
        return not word.folded.startswith(_ARTICLE_FORMS) and not _behind_conjunction(word.folded) and not (
            _describes_a_subject(ws, i - 1) and _past_tense_shape(word.folded))
    if after_speech_verb:
        return True
    return not word.folded.startswith(_ARTICLE_FORMS) and not any(c.isdigit() for c in word.folded)  # in apposition


# A kin or companion noun with "his" or "her" (زوجته, ابنتها, زميله): ة is written ت before the pronoun.
# Not زوجه nor ابنه, which are also a wife and a daughter without one.
_RELATIONS = frozenset((noun[:-1] + "ت" if noun.endswith("ه") else noun) + pronoun
                       for noun in names.RELATION_NOUNS_AR for pronoun in ("ه", "ها")) - {"زوجه", "ابنه"}
_PLAY_VERBS = frozenset(normalize(v) for v in names.PLAY_VERBS_AR)


def _past_tense_shape(folded: str) -> bool:
    """A word shaped like a past tense: with the feminine ت (داهمت) or of the forms أفعل (أنذر)
    and استفعل (استأنف)."""
    return folded.endswith("ت") or folded.startswith("است") or (len(folded) == 4 and folded[0] == "ا")


def _describes_a_subject(ws: list[Word], k: int) -> bool:
    """Whether the adjective at word k describes a definite noun that opens its clause, so that
    its verb may come next: إن الجيش الإسرائيلي أنذر, not صانع الألعاب البرازيلي رونالدينيو (a noun
    in construct) nor الرئيس السوري (a title)."""
    if k < 1 or not ws[k].joined or not ws[k - 1].folded.startswith("ال") or _bare(ws[k - 1]) in _TITLES:
        return False
    return k < 2 or not ws[k - 1].joined or _is_stopish(ws[k - 2])


def _after_an_indefinite_noun(ws: list[Word], i: int) -> bool:
    """Whether the nationality adjective at word i, without the article, follows an Arabic word
    without it that is no title: it describes that noun (عالم فرنسي, شاعر سوري), and what
    follows is the sentence's next part (شاعر سوري ولد في حلب), not a name."""
    if i == 0 or not ws[i].joined or ws[i].folded.startswith(_ARTICLE_FORMS):
        return False
    noun = ws[i - 1]
    return (script_of_word(noun.folded) == "arab" and not noun.folded.startswith(_ARTICLE_FORMS)
            and _bare(noun) not in _TITLES and not _is_stopish(noun))


def _may_describe_a_person(ws: list[Word], i: int, j: int) -> bool:
    """Whether the nationality adjective ws[i:j] may describe one person: not a plural (الإسرائيليين
    اشتبكوا) nor after a feminine or plural thing (الإدارة الأميركية, الاعتداءات الإسرائيلية), but after
    a title (اللاعبة الروسية)."""
    last = ws[j - 1].folded
    if last.endswith(("ين", "ون")):
        return False
    if i == 0 or not ws[i].joined:
        return True
    before = ws[i - 1]
    # غارة إسرائيلية, قوات سودانية: a feminine adjective agrees with the feminine or plural thing before it
    agrees = before.folded.startswith("ال") or last.endswith("ه")
    return _bare(before) in _TITLES or not (agrees and before.folded.endswith(("ه", "ات")))


def _titled_family_name(ws: list[Word], i: int) -> bool:
    """A family name with ال right after a title stands for the person: الرئيس الأسد, الإمام
    الرضا (a known person's, however common the word) or الشيخ الخراساني (a nisba general text
    hardly knows), not الرئيس التنفيذي."""
    return i > 0 and ws[i].joined and _family_name_word(ws[i].folded) and _bare(ws[i - 1]) in _TITLES


@lru_cache(maxsize=200_000)
def _family_name_word(folded: str) -> bool:
    """A known person's family name, or a rare nisba that is no participle (الأمير المفدى and
    الزعيم الحازم are epithets)."""
    return folded in _known_family_names() or (
        folded.startswith("ال") and folded.endswith("ي") and not folded.startswith("الم") and _zipf(folded) < RARE_ZIPF)


@lru_cache(maxsize=None)
def _known_family_names() -> frozenset[str]:
    """Family names with ال in known people's spellings (الأسد, الرضا, الحسين), but for an
    attribute of God after عبد (عبد الجليل) and words too common to be taken for a name even
    after a title (الأكبر, الثاني, الملك)."""
    return frozenset(w for parts in _known_spelling_words() for k, w in enumerate(parts)
                     if (w.startswith("ال") or (k > 0 and k == len(parts) - 1)) and len(w) > 2
                     and script_of_word(w) == "arab" and (k == 0 or parts[k - 1] not in names.NAME_CONNECTORS)
                     and w not in _ORDINALS and w not in _DIVINE_HALVES and _zipf(w) < INNER_ZIPF)


def _given_name_before_bin(ws: list[Word], i: int, nationalities: set[int]) -> bool:
    """A word before بن is a given name: a rare one anywhere (بسر بن أرطأة), a common one
    after a title (الدكتور مساعد بن محمد, not التقى بن علي)."""
    word = ws[i]
    return (i + 1 < len(ws) and ws[i + 1].joined and ws[i + 1].folded in ("بن", "بنت")
            and script_of_word(word.folded) == "arab" and not _is_stopish(word)
            and not word.folded.startswith(_ARTICLE_FORMS)
            and ((_zipf(word.folded) < FIRST_ZIPF and not _inflected_word(word.folded))
                 or _after_title(ws, i, nationalities)))


def _after_speech_verb(ws: list[Word], i: int) -> bool:
    return _right_after(ws, i, _SPEECH_VERBS)


def _before_speech_verb(ws: list[Word], i: int) -> bool:
    """Whether a verb of saying comes right after word i, its subject: وكان الخطيب قال."""
    return i + 1 < len(ws) and ws[i + 1].joined and ws[i + 1].folded in _SPEECH_VERBS


def _right_after(ws: list[Word], i: int, cues: frozenset[str]) -> bool:
    """Whether one of the cue words, maybe behind و or ف, comes right before word i."""
    if i == 0 or not ws[i].joined:
        return False
    before = ws[i - 1].folded
    return before in cues or (before[0] in "وف" and before[1:] in cues)


def _before_unknown_word(ws: list[Word], i: int) -> bool:
    """Whether an Arabic word general text does not know at all, with no article, follows word i."""
    return i + 1 < len(ws) and ws[i + 1].joined and _unknown_word(ws[i + 1].folded)


@lru_cache(maxsize=200_000)
def _unknown_word(folded: str) -> bool:
    return (script_of_word(folded) == "arab" and not folded.startswith(_ARTICLE_FORMS)
            and _zipf(folded) == 0.0 and not _inflected_word(folded))


FOREIGN_FIRST_ZIPF = 4.5  # the most a foreign given name that is also a word may have: شاي (tea), not سفير


def _cued_foreign_name(ws: list[Word], i: int, nationalities: set[int], adjectives: set[int]) -> bool:
    """A word after a title, a nationality or a verb of saying, before a word general text does
    not know: the two are a foreign name, though the first is a word too (الحارس شاي غيفن,
    العالم الألماني ريت هوفن)."""
    return (_may_be_foreign_given_name(ws[i].surface, ws[i].folded) and _before_unknown_word(ws, i)
            and (i - 1 in adjectives or _after_speech_verb(ws, i) or _after_title(ws, i, nationalities)))


@lru_cache(maxsize=200_000)
def _may_be_foreign_given_name(surface: str, folded: str) -> bool:
    """Not a little word, a title, a job, an accusative nor a noun by its ending (شركة, مسؤولون)."""
    word = Word(surface, folded, (), 0, 0, "")
    return not (script_of_word(folded) != "arab" or len(folded) < 3 or folded.startswith(_ARTICLE_FORMS)
                or _zipf(folded) >= FOREIGN_FIRST_ZIPF or folded.endswith(_NOUN_ENDINGS + ("ه",))
                or folded in _JOB_NOUNS or folded in names.NOT_IN_NAMES_AR or "ال" + folded in _TITLES
                or _is_stopish(word) or _bare(word) in _TITLES or _adverbial(word) or _accusative(folded))


_AFTER_THE_PREPOSITION_ALA = {"ذلك", "هذا", "هذه", "هؤلاء", "ان", "انه", "انها", "انهم"}  # على ذلك, على أن


def _preposition_ali(ws: list[Word], i: int) -> bool:
    """Whether علي, written with ي as Egyptian print does, is the preposition على: before a word
    with a pronoun (علي دراجته), a common word (علي هامش) or a common word with the article
    (علي الأوضاع), a demonstrative or أن (علي ذلك, علي أن), not before a name (علي حسن, علي
    السيستاني) nor another little word (الإمام علي في)."""
    if i + 1 >= len(ws) or not ws[i + 1].joined:
        return False
    following = ws[i + 1].folded
    if following in _AFTER_THE_PREPOSITION_ALA:
        return True
    if following.startswith("ال"):
        return _zipf(following) >= FIRST_ZIPF and not following.endswith("ي") and not _is_name_word(following)
    return not _is_name_word(following) and (
        _inflected_word(following) or _with_final_ya(following)
        or (_zipf(following) >= FIRST_ZIPF and not _is_stopish(ws[i + 1])))


def _with_final_ya(folded: str) -> bool:
    """A common noun with the ي of "my" or of a dual in construct: دراجتي, جهازي, ضفتي (ضفة)."""
    if not folded.endswith("ي") or len(folded) < 4:
        return False
    stem = folded[:-1]
    return max(_zipf(stem), _zipf(stem[:-1] + "ه") if stem.endswith("ت") else 0.0) >= CLITIC_ZIPF


def _followed_by_name(ws: list[Word], i: int) -> bool:
    """Whether a name word follows word i: a known one, or a rare word (عمر يناهز is "age"),
    or an everyday word that is a name too (سالم منصور), but one of an adjective's shape only with
    another name after it (سلام عادل is "a just peace", سلام عادل حسين a name)."""
    if i + 1 >= len(ws) or not ws[i + 1].joined:
        return False
    following = ws[i + 1]
    if following.folded == "الله":
        return True  # نصر الله، فضل الله
    ali = _bare(ws[i]) == "علي"
    if following.folded in _WORD_NAMES:
        if not ali and following.folded != "علي" and not _ADJECTIVE_SHAPE.fullmatch(following.folded):
            return True  # a father's name (نصر يوسف), not على أمل nor رد علي (on)
        return _followed_by_name(ws, i + 1)
    if following.folded.startswith("ال"):
        return _rare_family_name(following.folded, nisba_only=ali)
    return _can_be_name(following, False, first=True) and (
        _is_name_word(following.folded) or following.folded in names.NAME_CONNECTORS
        or (not ali and _zipf(following.folded) < RARE_ZIPF and not _inflected_word(following.folded)))


# فاعل and فعيل (عادل, كريم): a given name of these shapes may be an adjective describing the word before.
_ADJECTIVE_SHAPE = re.compile(r".ا..|..ي.")


def person_mentions(text: str, ws: list[Word], countries, memory: PersonMemory) -> list[Mention]:
    """Person names in order, each with its person id.

    A name starts at a first name, a known person's spelling, or after a title, a
    nationality or a verb of saying; a surname met with its full name counts alone too, with
    that name's id (in this text, also a family name with ال: سامر الخطيب … وقال الخطيب; from
    other texts through `memory`). Names stop at countries. A mention is confident (kind
    "person") when the facet may show it, else "person?": a title alone is a weaker cue, and
    a surname from another text needs a title or a verb of saying before it."""
    single, first_words = _known_spellings()
    taken = {k for i, j, _, _ in countries for k in range(i, j)}
    nationalities = {  # "the Spaniard X" but not "the American side X": no definite noun before
        j - 1 for i, j, _, kind in countries
        if kind == "adjective" and _may_describe_a_person(ws, i, j)
        and (i == 0 or not ws[i - 1].folded.startswith(_ARTICLE_FORMS) or _bare(ws[i - 1]) in _TITLES)
        and not _after_an_indefinite_noun(ws, i)
    }
    adjectives = {j - 1 for i, j, _, kind in countries if kind == "adjective" and _may_describe_a_person(ws, i, j)}
    nisbas = {  # may end a name: أبو حمزة المصري, خالد الإيرلندي, and without ال after a given name: جون كندي
        i for i, j, _, kind in countries if kind == "adjective" and j == i + 1
        and (ws[i].folded.startswith("ال") or (i > 0 and ws[i].joined and ws[i - 1].folded in _FIRST_NAMES))}
    local: dict[str, tuple[str, bool]] = {}  # surname → (id, confident), ال-family names too
    mentions = []
    i = 0
    while i < len(ws):
        word = ws[i]
        bare, may_start = _start_reading(word.surface, word.folded)
        if word.folded[0] in "وفبل" and bare not in local and bare not in memory:
            bare = _remembered_form(word.folded, bare, local, memory)
        cued_surname = (_NEEDS_CUE + bare in memory and bare not in local
                        and (_after_title(ws, i, nationalities) or _after_speech_verb(ws, i)
                             or _before_speech_verb(ws, i)))
        if not (may_start or bare in local or bare in memory or cued_surname or _starts_by_context(ws, i)
                or (_may_be_foreign_given_name(word.surface, word.folded) and _before_unknown_word(ws, i))):
            i += 1  # most words: nothing below could start a name here
            continue
        if i > 0 and ws[i - 1].folded in _RELATIVE_PRONOUNS:
            i += 1  # a relative clause starts with a verb or a predicate: الملكة التي حكمت, الذي يجسد
            continue
        latin = script_of_word(word.folded) == "latn"
        if _names_a_place(ws, i):
            i = _name_end(ws, i, latin)  # all of it, a name's start or not: مطار حيدر علييف
            continue
        if bare in local:
            remembered, sure = local[bare]
        else:  # from another text: shown in the facet only with a cue, as وقال ناصيف or الوزير ناصيف
            remembered = memory.get(bare)
            sure = bool(remembered) and (_after_title(ws, i, nationalities) or _after_speech_verb(ws, i))
            if not remembered and cued_surname:  # a person, but maybe another of the name: not in the facet
                remembered = memory[_NEEDS_CUE + bare]
        cued = not latin and (_cued_rare_word(ws, i, adjectives) or _given_name_before_bin(ws, i, nationalities)
                              or _titled_family_name(ws, i) or _prefixed_name(ws, i)
                              or _cued_foreign_name(ws, i, nationalities, adjectives))
        phrase_end = _known_phrase_end(ws, i, bare)  # before a country word's reading: تركي الفيصل
        listed = not latin and bare in single  # a known person's one word, with ال too: الخميني
        if not phrase_end and (i in taken or not (remembered or cued or listed or bare in _KUNYA_WORDS
                                                  or _can_be_name(word, latin, first=True))):
            i += 1
            continue
        if bare == "علي" and not phrase_end and _preposition_ali(ws, i):
            i += 1
            continue
        if not phrase_end and bare in _WORD_NAMES and not (
                remembered or _after_title(ws, i, nationalities) or _followed_by_name(ws, i)
                or (_after_speech_verb(ws, i) and bare != "علي")  # وقال فارس, not شدد على
                or _next_in_a_list(ws, i, bare, mentions)
                or (_before_a_surname_met(ws, i, local, memory) and bare != "علي")):  # وعلى before a surname: on
            i += 1  # أمل is a name or "hope": a name after a title, a verb of saying or a name, or before one
            continue
        if phrase_end:  # a known name goes on only through a connector: سلمان بن عبدالعزيز آل سعود
            going_on = phrase_end < len(ws) and ws[phrase_end].folded in names.NAME_CONNECTORS
            end = max(phrase_end, _name_end(ws, i, latin)) if going_on else phrase_end
        elif (bare in _NAME_STARTERS or bare in _FIRST_NAMES or (bare in first_words and bare == word.folded)
              or cued or (_after_title(ws, i, nationalities) and not _verb_like(bare))):
            # ورود (arrival) is no و + رود لارسن; الوزيرة الأميركية صرحت is a verb
            end = _name_end(ws, i, latin)
        elif bare in single or remembered:
            end = i + 1
        else:
            i += 1
            continue
        end = next((k for k in range(i + 1, end) if k in taken and k not in nisbas), end)
        while end - 1 > i and ws[end - 1].folded in names.NAME_CONNECTORS:
            end -= 1  # a country after بن is a name and no country (countries.py); anything else ends it
        if (bare in _NAME_STARTERS and end == i + 1) or _nisba_before_a_name(ws, i):
            i += 1
            continue
        if _given_name_in_a_list(ws, i, mentions):
            i -= 1  # أحمد مظهر وتحية كاريوكا: تحية is also a greeting
            word, phrase_end = ws[i], None
            bare = word.folded[1:] if word.folded[0] == "و" else word.folded
        start = word.start + len(word.folded) - len(bare)
        label = text[start:ws[end - 1].end]
        alone = end == i + 1
        pid = (remembered if alone else None) or person_key(label)
        if phrase_end and pid.startswith("~"):  # a known name and more: سلمان بن عبدالعزيز آل سعود
            pid = person_key(text[start:ws[phrase_end - 1].end])
        known = bool(pid) and not pid.startswith("~")  # "" is no one: عبد الله alone
        confident = (sure if alone and remembered else False) or known or _name_shaped(label)
        surname = ws[end - 1].folded
        if pid and _has_surname(ws, first=i, end=end, phrase_end=phrase_end):
            local.setdefault(surname, (pid, confident))
            # Another text meets the surname alone with no cue, so only a name we are sure of lends
            # it: a known person's, or one starting with a given name (not a guess after a cue,
            # which may run into a place: متمردو دارفور)
            if (confident and len(surname) >= 4 and _zipf(surname) < _remembered_below(surname, known)
                    and (surname in _listed_surnames().get(pid, ()) if known
                         else bare in _FIRST_NAMES or bare in _NAME_STARTERS)):
                memory.setdefault(surname, pid)
            elif confident and _surname_with_a_cue(ws[end - 1]) and (
                    known or bare in _FIRST_NAMES or bare in _NAME_STARTERS):
                memory.setdefault(_NEEDS_CUE + surname, pid)
        if _particle_before(ws, i):
            start = ws[i - 1].start  # its id stays the surname's: دا سيلفا is لولا دا سيلفا
            label = text[start:ws[end - 1].end]
        mentions.append(Mention(pid, start, ws[end - 1].end, "person" if confident else "person?", label))
        i = end
    return _with_full_lineage(mentions)


@lru_cache(maxsize=200_000)
def _start_reading(surface: str, folded: str) -> tuple[str, bool]:
    """(the word without proclitics hiding a name, whether the word may start a name on its own
    merits): a known name's first word, a word that can be a name's first, or a rare Arabic word
    a cue before it would make a name. The rest of a name's start is context: a surname met
    before, or a بن after the word."""
    word = Word(surface, folded, (), 0, 0, "")
    bare = _bare(word)
    latin = script_of_word(folded) == "latn"
    rare = script_of_word(folded) == "arab" and _zipf(folded) < RARE_ZIPF and not _inflected_word(folded)
    listed = not latin and bare in _known_spellings()[0]  # with ال too: الخميني
    return bare, bool(bare in _known_phrases() or listed or rare or bare in _KUNYA_WORDS
                      or _can_be_name(word, latin, first=True))


def _remembered_form(folded: str, bare: str, local: dict, memory: PersonMemory) -> str:
    """The word, behind و, ف, ب or ل, as a surname met before: وأنان and لمحفوظ after كوفي أنان
    and نجيب محفوظ. From another text only a known person's, as the surname of a name we
    guessed may be a word with a clitic (بطاقات, ملاحقة)."""
    rest = folded[1:]
    if len(rest) < 4:
        return bare
    return rest if rest in local or not memory.get(rest, "~").startswith("~") else bare


def _before_a_surname_met(ws: list[Word], i: int, local: dict, memory: PersonMemory) -> bool:
    """Whether a surname met before in full follows word i, however common a word it is: سعيد
    نجار after أحمد نجار."""
    return i + 1 < len(ws) and ws[i + 1].joined and (ws[i + 1].folded in local or ws[i + 1].folded in memory)


def _next_in_a_list(ws: list[Word], i: int, bare: str, mentions: list[Mention]) -> bool:
    """Whether word i is و and a given name right after a name, and a surname without ال
    follows: عادل فتحي وفرج شلبي, not عادل فتحي ونجم الفريق."""
    return (0 < i < len(ws) - 1 and ws[i].joined and ws[i].folded == "و" + bare and bool(mentions)
            and mentions[-1].end == ws[i - 1].end and ws[i + 1].joined and not ws[i + 1].folded.startswith("ال")
            and _continues_arabic_name(ws[i + 1], ws[i], 1))


def _given_name_in_a_list(ws: list[Word], i: int, mentions: list[Mention]) -> bool:
    """Whether the word before a name at word i is its given name, right after و and the name
    before it in a list of people, however common a word it is: أحمد مظهر وتحية كاريوكا."""
    if i < 2 or not ws[i].joined or not ws[i - 1].joined or not mentions:
        return False
    before = ws[i - 1].folded
    if before[0] == "و" and len(before) > 3:
        given, previous_end = before[1:], ws[i - 2].end
    elif ws[i - 2].folded == "و" and i >= 3 and ws[i - 2].joined:
        given, previous_end = before, ws[i - 3].end
    else:
        return False
    return (mentions[-1].end == previous_end and script_of_word(given) == "arab" and not given.startswith("ال")
            and _zipf(given) < INNER_ZIPF and not _inflected_word(given) and not _verb_like(given)
            and given not in _TITLES and not _job_noun(given) and not _behind_conjunction(ws[i].folded))


# نائبه, نائبيه (his two deputies), نائبان, and a dual or plural in construct: عضوي اللجنة
_JOB_ENDINGS = ("", "ه", "ها", "هم", "يه", "يها", "ين", "ان", "ي")


@lru_cache(maxsize=200_000)
def _job_noun(folded: str) -> bool:
    """A job or kin noun, maybe a dual or with a pronoun: مدير, نائبيه, شقيقها, عضوي; not a known
    person's word (رئيسي in إبراهيم رئيسي)."""
    return folded not in _known_name_words() and any(
        folded.endswith(e) and folded[:len(folded) - len(e)] in _JOB_NOUNS for e in _JOB_ENDINGS)


def _starts_by_context(ws: list[Word], i: int) -> bool:
    """Whether the words around word i may make it a name's start, whatever the word is."""
    folded = ws[i].folded  # most words are none of these: the word is looked at before its neighbours
    return ((_family_name_word(folded) and _titled_family_name(ws, i))
            or (folded in _NAME_PREFIXES and _prefixed_name(ws, i)) or _before_bin(ws, i))


_RELATIVE_PRONOUNS = {"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللاتي", "اللواتي"}
_NAME_PREFIXES = {"سيد", "سيدي", "شيخ"}  # Seyyed, Sidi, Sheikh without the article: part of the name


def _prefixed_name(ws: list[Word], i: int) -> bool:
    """سيد, سيدي or شيخ right before a given name starts the name: سيد محمد خاتمي, سيدي محمد
    ولد, شيخ شريف شيخ أحمد (not سيد الموقف, the master of the situation)."""
    return (ws[i].folded in _NAME_PREFIXES and i + 1 < len(ws) and ws[i + 1].joined
            and ws[i + 1].folded in _FIRST_NAMES)


def _nisba_before_a_name(ws: list[Word], i: int) -> bool:
    """Whether word i is a nisba with ال before a name that starts without it: an adjective of
    origin (اللاعب الكونغولي برانكو), as a family name with ال never comes before the given name."""
    word = ws[i]
    if not (word.folded.startswith("ال") and word.folded.endswith("ي")) or word.folded in _known_spellings()[0]:
        return False
    if i + 1 >= len(ws) or not ws[i + 1].joined:
        return False
    following = ws[i + 1]
    if _bare(following) in _TITLES:
        return True  # الإمبراطور النمساوي الشيخ مصطفى
    return not following.folded.startswith("ال") and (_is_name_word(following.folded) or (
        _can_be_name(following, False, first=True) and _zipf(following.folded) < RARE_ZIPF))


_PLACE_NOUNS = frozenset(normalize(w) for w in names.PLACE_NOUNS_AR)
_PLACE_NAME_TITLES = frozenset(normalize(w) for w in names.PLACE_NAME_TITLES_AR)


_LEADING_PARTICLES = {"فان", "دا", "دي", "فون"}  # not لا (no) nor دو


def _particle_before(ws: list[Word], i: int) -> bool:
    """Whether a European name's particle, written apart, opens the name at word i: دا سيلفا,
    فان نيستلروي (فإن, "so", is written with hamza)."""
    return i > 0 and ws[i].joined and ws[i - 1].surface in _LEADING_PARTICLES


def _names_a_place(ws: list[Word], i: int) -> bool:
    """Whether word i comes right after the noun of a place or a body, maybe with a title
    between: the name is the place's (بجامعة السلطان قابوس, مطار جون كنيدي), not a person's.
    The noun is without the article (مدير المستشفى محمد is a person) and no name's (أبو جبل)."""
    j = i - 1
    while j >= 0 and ws[j + 1].joined and ws[j].folded in _PLACE_NAME_TITLES:
        j -= 1
    if j < 0 or not ws[j + 1].joined or (j > 0 and ws[j - 1].folded in names.NAME_CONNECTORS):
        return False  # أبو جبل is a name
    noun = ws[j].folded
    return noun in _PLACE_NOUNS or (noun[0] in PROCLITICS and noun[1:] in _PLACE_NOUNS) or (
        noun[0] in "وف" and noun[1:2] in ("ب", "ل", "ك") and noun[2:] in _PLACE_NOUNS)  # وبجامعة


def _before_bin(ws: list[Word], i: int) -> bool:
    return i + 1 < len(ws) and ws[i + 1].folded in ("بن", "بنت") and ws[i + 1].joined


def _with_full_lineage(mentions: list[Mention]) -> list[Mention]:
    """In one text, فيصل بن خالد is the فيصل بن خالد بن عبدالعزيز met before or after it: a
    lineage's first names are the start of its id (~fsl-kld of ~fsl-kld-bdls)."""
    longer: dict[str, str] = {}
    for m in mentions:
        if m.value.startswith("~") and m.kind == "person":
            parts = m.value[1:].split("-")
            for n in range(2, len(parts)):
                longer.setdefault("~" + "-".join(parts[:n]), m.value)
    return [replace(m, value=longer[m.value]) if m.value in longer else m for m in mentions]


def _has_surname(ws: list[Word], first: int, end: int, phrase_end: int | None) -> bool:
    """Whether the last word of a name is a surname that may stand for it alone: not in محمد بن
    سلمان (a father's name), نصر الله or عبد الله الثاني, nor where a known name ran on into
    more words (بندر بن سلطان … أمين)."""
    last = ws[end - 1].folded
    return (end - first >= 2 and last not in _DIVINE_HALVES and last not in _ORDINALS and last != _TEEN
            and ws[end - 2].folded not in names.NAME_CONNECTORS and not (phrase_end and end > phrase_end))


def _surname_with_a_cue(word: Word) -> bool:
    """Whether a surname too short or too common to be remembered alone may still be with a cue:
    not a little word, a title or علي, which is also the preposition على (شدد على)."""
    return len(word.folded) >= 3 and word.folded != "علي" and not _is_stopish(word) and word.folded not in _TITLES


def _remembered_below(surname: str, known: bool) -> float:
    """How common a surname may be and still be carried from text to text: a known person's
    more (نجيب محفوظ … محفوظ, نوري المالكي … المالكي), a family name with ال less, unless it
    is a nisba (الخطيب is "the preacher", الأسد "the lion")."""
    if surname.startswith(_ARTICLE_FORMS):
        return INNER_ZIPF if known and surname.endswith("ي") else FIRST_ZIPF if known else RARE_ZIPF
    return INNER_ZIPF if known else FIRST_ZIPF


def find_persons(text: str, lang: str = "ar", memory: PersonMemory | None = None) -> list[Mention]:
    """Person names in `text`, each with its person id."""
    ws = words(text, lang)
    return person_mentions(text, ws, country_matches(ws, lang), PersonMemory() if memory is None else memory)


def _name_shaped(label: str) -> bool:
    """Two words or more, and a family name with ال only after a first name or a given name's بن:
    سامر ناصيف, أحمد الفاسي and مساعد بن محمد العيبان, not لشؤون الطاقة nor بن صالح alone."""
    parts = normalize(label).split()
    if len(parts) < 2:
        return False
    if parts[0] in ("بن", "ابن"):
        return False  # بن صالح alone is a family name many people share
    starts_with_first_name = parts[0] in _FIRST_NAMES or parts[0] in _NAME_STARTERS or parts[1] in ("بن", "بنت")
    return starts_with_first_name or not parts[-1].startswith("ال")


def label_script(label: str) -> str:
    return script_of_word(normalize(label)) if label else "latn"
