""""Did you mean": each word of a query the archive does not hold, replaced by its nearest word
(words of fewer than four letters are left alone, as Lucene's spell checker leaves them).

The nearest word is the one Whoosh's corrector picks: a word of the folded text field within two
edits (optimal string alignment, Whoosh's distance) that shares the first letters `fixed_prefix`
keeps, the most frequent, and at equal frequency the last in alphabetical order. It is found
faster: the words of a prefix are read from the term index once per index generation and kept,
and rapidfuzz measures the distances in C. Whoosh walked the term index a word at a time and
measured each word in Python: 76 ms a misspelt word on the 72,716 articles of bench/scaling.py.
"""

from __future__ import annotations

import threading
from collections import Counter, OrderedDict

from rapidfuzz import process
from rapidfuzz.distance import OSA

from .analysis import normalize, split_words

FIELD = "text_norm"
MAX_DISTANCE = 2
MIN_LETTERS = 4  # shorter words are left as typed: two edits from three letters reach almost any short word
MAX_CORRECTIONS = 20  # unknown words looked up in one query; later ones stay as typed
KEPT_WORDS = 300_000  # words kept by prefix, in all, about 50 MB (the 72k archive's field holds 354,000)

# (index folder, prefix) → (index generation, (the field's words starting with the prefix, their frequencies))
_WORDS: OrderedDict[tuple[str, str], tuple[int, tuple[list[str], list[float]]]] = OrderedDict()
_kept = 0
_LOCK = threading.Lock()


def spelling_suggestion(searcher, q: str) -> str | None:
    """The query with each word the archive does not hold replaced by the nearest word it holds;
    None when no word changes."""
    reader = searcher.reader()
    folder = str(searcher._ix.storage.folder)
    corrections: dict[str, str | None] = {}  # folded unknown word → its correction, looked up once
    changed = False
    words = []
    for word in split_words(q):
        folded = normalize(word)
        if len(folded) >= MIN_LETTERS and not reader.doc_frequency(FIELD, folded) and not folded.isdigit():
            if folded not in corrections and len(corrections) < MAX_CORRECTIONS:
                corrections[folded] = nearest_word(reader, folder, folded)
            if corrections.get(folded):
                words.append(corrections[folded])
                changed = True
                continue
        words.append(word)
    return " ".join(words) if changed else None


def nearest_word(reader, folder: str, folded: str) -> str | None:
    """The word of the archive Whoosh's corrector would suggest for `folded`, if any is near."""
    words, frequencies = _words_starting(reader, folder, folded[:fixed_prefix(folded)])
    near = process.extract(folded, words, scorer=OSA.distance, score_cutoff=MAX_DISTANCE, limit=None)
    if not near:
        return None
    return max((frequencies[index] or 1, word) for word, _, index in near)[1]


def fixed_prefix(folded: str) -> int:
    """How many first letters a correction keeps: the article with its proclitic and one letter
    more (والسعوديه keeps والس), else two letters of a longer word. With one letter, a word
    starting with ا was compared with every word of the article (ال) too."""
    for article in ("وال", "فال", "بال", "كال", "لل", "ال"):
        if folded.startswith(article) and len(folded) > len(article) + 2:
            return len(article) + 1
    return 2 if len(folded) > 4 else 1


def _words_starting(reader, folder: str, prefix: str) -> tuple[list[str], list[float]]:
    """The field's words starting with `prefix` in every segment, and how often each occurs in all
    (Whoosh's `frequency`); kept until the index changes."""
    key, generation = (folder, prefix), reader.generation()
    with _LOCK:
        kept = _WORDS.get(key)
        if kept is not None and kept[0] == generation:
            _WORDS.move_to_end(key)
            return kept[1]
    frequencies: Counter[bytes] = Counter()
    for leaf, _ in reader.leaf_readers():
        for word, info in leaf.iter_prefix(FIELD, prefix):
            frequencies[word] += info.weight()
    found = ([word.decode("utf-8") for word in frequencies], list(frequencies.values()))
    _keep(key, generation, found)
    return found


def _keep(key: tuple[str, str], generation: int, found: tuple[list[str], list[float]]) -> None:
    global _kept
    with _LOCK:
        if key in _WORDS:
            _kept -= len(_WORDS.pop(key)[1][0])
        _WORDS[key] = (generation, found)
        _kept += len(found[0])
        while _kept > KEPT_WORDS and len(_WORDS) > 1:
            _, (_, (dropped, _)) = _WORDS.popitem(last=False)
            _kept -= len(dropped)
