"""Text analysis: turning text into index terms, the same way at index and query time.

This module owns everything between a string and its terms: the Unicode-correct
tokenizer (offsets point into the original, diacritized text), character folding
(`normalize`), the Arabic light stemmer, the snowball stemmers of other
languages, the query stop lists, and the Whoosh analyzers built from these parts.
Nothing else in the project folds or stems on its own.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import snowballstemmer
from pyarabic import araby
from whoosh.analysis import Analyzer, Filter, Tokenizer
from whoosh.analysis.acore import Token

ANALYZER_VERSION = "1"
DEFAULT_LANG = "ar"

# --- Character folding -------------------------------------------------------

_INVISIBLE = (
    "\u00ad"  # soft hyphen
    "\u061c"  # Arabic letter mark
    "\u200b\u200c\u200d\u200e\u200f"  # ZWSP, ZWNJ, ZWJ, LRM, RLM
    "\u202a\u202b\u202c\u202d\u202e"  # bidi embeddings and overrides
    "\u2060\u2066\u2067\u2068\u2069"  # word joiner, bidi isolates
    "\ufeff"  # BOM / zero-width no-break space
)
_HARAKAT = "".join(chr(c) for c in range(0x064B, 0x0660)) + "\u0670"
_QURANIC_MARKS = "".join(chr(c) for c in range(0x0610, 0x061B)) + "".join(
    chr(c) for c in range(0x06D6, 0x06EE) if c not in (0x06DD, 0x06DE, 0x06E9)
)

_FOLD_TABLE = str.maketrans(
    {
        **{ch: None for ch in _INVISIBLE + _HARAKAT + _QURANIC_MARKS + araby.TATWEEL},
        "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
        "ى": "ي", "ی": "ي", "ې": "ي",
        "ة": "ه", "ۀ": "ه", "ہ": "ه", "ە": "ه",
        "ک": "ك", "ڪ": "ك",
        **{chr(0x0660 + d): str(d) for d in range(10)},  # Arabic-Indic digits
        **{chr(0x06F0 + d): str(d) for d in range(10)},  # Eastern Arabic-Indic digits
    }
)


def normalize(text: str) -> str:
    """Fold `text` for matching: compatibility forms, diacritics, letter variants, digits, case.

    Only characters change; nothing is stemmed or removed as a word.
    """
    if not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    return text.translate(_FOLD_TABLE).casefold()


_INVISIBLE_RE = re.compile(f"[{_INVISIBLE}]")


def without_invisibles(text: str) -> str:
    """`text` in NFC without invisible characters: each word then reads as its `surface` but for case."""
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return _INVISIBLE_RE.sub("", text)


def surface(text: str) -> str:
    """The form used for exact matching: as typed, diacritics kept, only invisibles and case dropped."""
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text.translate(_INVISIBLE_TABLE).casefold()


_INVISIBLE_TABLE = str.maketrans({ch: None for ch in _INVISIBLE})

# --- Scripts and languages ---------------------------------------------------

_SNOWBALL = {
    "da": "danish", "de": "german", "el": "greek", "en": "english", "es": "spanish",
    "eu": "basque", "ca": "catalan", "cs": "czech", "fa": "persian", "fi": "finnish",
    "fr": "french", "ga": "irish", "hi": "hindi", "hu": "hungarian", "hy": "armenian",
    "id": "indonesian", "it": "italian", "lt": "lithuanian", "ne": "nepali",
    "nl": "dutch", "no": "norwegian", "nb": "norwegian", "pl": "polish",
    "pt": "portuguese", "ro": "romanian", "ru": "russian", "sr": "serbian",
    "sv": "swedish", "ta": "tamil", "tr": "turkish", "yi": "yiddish",
}
_SCRIPT_OF_LANG = {
    "ar": "arab", "fa": "arab", "ur": "arab", "ps": "arab", "ku": "arab",
    "ru": "cyrl", "uk": "cyrl", "bg": "cyrl", "sr": "cyrl", "mk": "cyrl",
    "el": "grek", "hy": "armn", "hi": "deva", "ne": "deva", "ta": "taml", "yi": "hebr", "he": "hebr",
}
# The language whose stemmer applies to a word written in a script foreign to its document.
_DEFAULT_LANG_OF_SCRIPT = {"arab": "ar", "latn": "en", "cyrl": "ru", "grek": "el"}

def script_of_lang(lang: str) -> str:
    return _SCRIPT_OF_LANG.get(lang, "latn")


def script_of_word(word: str) -> str:
    """The writing system of a folded word, judged by its first letter."""
    if not word:
        return "latn"
    ch = word[0]
    if "\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f" or "\u08a0" <= ch <= "\u08ff":
        return "arab"
    if "\u0400" <= ch <= "\u04ff":
        return "cyrl"
    if "\u0370" <= ch <= "\u03ff":
        return "grek"
    if "\u0530" <= ch <= "\u058f":
        return "armn"
    if "\u0900" <= ch <= "\u097f":
        return "deva"
    if "\u0b80" <= ch <= "\u0bff":
        return "taml"
    if "\u0590" <= ch <= "\u05ff":
        return "hebr"
    return "latn"


def stem_language(word: str, lang: str) -> str:
    """The language whose stemmer fits `word` in a document written in `lang`."""
    script = script_of_word(word)
    if script == script_of_lang(lang):
        return lang
    return _DEFAULT_LANG_OF_SCRIPT.get(script, lang)


# --- Arabic light stemmer ----------------------------------------------------

# Definite article with the proclitics that may precede it, longest first.
_ARTICLE_PREFIXES = ("وبال", "وكال", "فبال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال")
_CONJUNCTIONS = "وف"
_PRONOUN_SUFFIXES = ("ها", "ه")
# Plural and dual endings with the shortest stem they may leave: اعلان is no dual.
_PLURAL_SUFFIXES = (("ات", 3), ("ون", 3), ("ين", 3), ("ان", 4))
# Words whose first letter looks like a proclitic (و, ف) but belongs to the word.
# Folded spellings; the list favours news vocabulary.
_ROOT_INITIAL_WORDS = frozenset(
    """
    وزير وزيره وزراء وزاره وزارات وسائل وسيله وسيط وسط وسطي وجود وجه وجهه وجهات وجوه
    وقت وقتها اوقات وضع وضعه اوضاع وطن وطني وطنيه وفد وفود ولايه ولايات ولي وليد ولد
    ولاده وكاله وكالات وكيل وصل وصول وصلت وقع واقع وقائع وقف وقفه وثيقه وثائق ورقه
    ورق ورد وعد وعود وحده وحدات واحد وحيد وزن وفاه وفيات وصف وصيه وظيفه وظائف وعي
    وفر وفره وفق وفاق واجب واجبات وادي ورشه وباء وهم وراء ورث وريث وسام وقود ولاء وضوح
    واضح ودائع وديعه وجبه وجبات وعاء وكر ورده وزان وثائقي واشنطن والي ولاه ويلز
    فريق فرق فرقه فرنسا فرنسي فلسطين فلسطيني فتره فكره افكار فرصه فرص فعل فعال فعاليه
    فاز فوز فيلم افلام فني فنان فندق فصل فئه فئات فقط فوق في فيه فيها فيما فان فاتوره
    فائده فوائد فقر فقير فقراء فضاء فضل فحص فرع فروع فتح فتحي فيروس فيضان فيضانات
    فيتنام فنزويلا فنلندا فلبين فهد فيصل فاطمه فارس فؤاد فرح فراغ فكري فيزياء
    """.split()
)
# Words that end like a suffix but are whole names: لبنان must not become لبن.
_SUFFIX_PROTECTED = frozenset(
    """
    لبنان ايران يابان سودان عمان باكستان افغانستان اذربيجان كازاخستان اوزبكستان
    طاجيكستان تركمانستان قرغيزستان اليابان البلقان فلسطين ياسين حسين حسن عثمان سلمان
    رمضان شعبان لقمان عدنان بحرين البحرين سليمان عمران امان بيان بيانات زمان مكان ميدان انسان
    برلمان سلطان ايمان احسان ريان ابوظبي الله لله
    """.split()
)


def _strip_prefix(word: str) -> str:
    for prefix in _ARTICLE_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 2:
            return word[len(prefix):]
    if word[0] in _CONJUNCTIONS and len(word) >= 4 and not _is_root_initial(word):
        return word[1:]
    return word


def _is_root_initial(word: str) -> bool:
    """Whether the word, or its first four or more letters, is a listed و/ف-initial word."""
    return any(word[:end] in _ROOT_INITIAL for end in range(len(word), 3, -1))


def _strip_suffix(word: str) -> str:
    if word in _SUFFIX_PROTECTED:
        return word
    # A pronoun ها/ه, or a taa marbuta folded to ه (مقالاته → مقالات, حكومته → حكومت → حكوم).
    for suffix in _PRONOUN_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            if word.endswith("ت") and not word.endswith("ات") and len(word) >= 4:
                word = word[:-1]  # the taa marbuta written ت before a pronoun
            break
    for suffix, min_stem in _PLURAL_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= min_stem:
            word = word[: -len(suffix)]
            break
    # A nisba ي left behind (السعوديون → سعودي) goes too, so adjective and plural meet.
    if word.endswith("ي") and len(word) >= 4:
        word = word[:-1]
    return word


# The listed words and their suffix-free forms, so وزارته is recognized through وزار.
_ROOT_INITIAL = _ROOT_INITIAL_WORDS | {_strip_suffix(w) for w in _ROOT_INITIAL_WORDS}


def stem_arabic(word: str) -> str:
    """Light-stem a folded Arabic word: proclitics and the article, then one suffix."""
    if len(word) < 3 or word in _SUFFIX_PROTECTED:
        return word
    return _strip_suffix(_strip_prefix(word))


@lru_cache(maxsize=None)
def _snowball(lang: str):
    return snowballstemmer.stemmer(_SNOWBALL[lang])


_STEM_CACHES: dict[str, dict[str, str]] = {}
_CACHE_LIMIT = 500_000  # words per cache; news vocabulary is Zipfian, so a bounded cache hits often


def _stem_cache(lang: str) -> dict[str, str]:
    cache = _STEM_CACHES.setdefault(lang, {})
    if len(cache) >= _CACHE_LIMIT:
        cache.clear()
    return cache


def stem(word: str, lang: str) -> str:
    """Stem one folded word for a document or query in `lang`."""
    lang = stem_language(word, lang)
    if word.isdigit():
        return word
    if lang == "ar":
        return stem_arabic(word)
    if lang in _SNOWBALL:
        return _snowball(lang).stemWord(word)
    return word


# --- Query stop words --------------------------------------------------------
# Removed from queries only (the index keeps every word, so phrases still match);
# a query made only of stop words keeps them all. Folded when loaded.

_STOP_WORDS = {
    "ar": frozenset(
        """
        من في على الى عن مع هو هي هم هن انا نحن انت انتم ما ماذا متى اين كيف كم لماذا هل
        اي التي الذي الذين اللذين اللتين اللواتي هذا هذه ذلك تلك هؤلاء اولئك هناك هنا ثم او ام
        بل لكن لا لم لن قد كان كانت يكون تكون كانوا ان انه انها الا اذا حتى عند عندما بين بعد قبل
        منذ خلال ضد حول لدى لها له لهم به بها فيه فيها منه منها عليه عليها اليه اليها كل بعض
        غير سوى ايضا تم وقد وهو وهي وفي ومن وما ولا وان وكان وكانت فان كما مثل ال
        """.split()
    ),
    "en": frozenset(
        """
        a an and are as at be by for from has have he her his how i in is it its of on or that
        the their them they this to was were what when where which who whom why will with
        did does do which whose
        """.split()
    ),
    "fr": frozenset(
        """
        le la les un une des du de d l et ou en au aux a à est sont qui que quoi dont où pour
        par sur dans avec ce cette ces il elle ils elles se sa son ses leur leurs quel quelle
        quels quelles
        """.split()
    ),
}


_STOP_WORDS = {lang: frozenset(normalize(w) for w in words) for lang, words in _STOP_WORDS.items()}


def is_stop_word(word: str, lang: str) -> bool:
    """Whether the folded `word` is a query stop word for a query in `lang`."""
    return word in _STOP_WORDS.get(stem_language(word, lang), ())


# --- Whoosh analyzers --------------------------------------------------------


class LangText(str):
    """A string tagged with the language(s) it is written or searched in.

    The analyzers read the tag: a document is analyzed in its own language, a query
    in every language the user searches.
    """

    langs: tuple[str, ...]

    def __new__(cls, text: str, *langs: str):
        obj = super().__new__(cls, text)
        obj.langs = tuple(langs) or (DEFAULT_LANG,)
        return obj


def langs_of(value: str) -> tuple[str, ...]:
    return getattr(value, "langs", (DEFAULT_LANG,))


# A word: letters and digits, with the marks and invisible joiners that may sit inside it
# (harakat, tatweel, ZWNJ, combining accents), so a vocalized word stays one token.
WORD_CHAR = (  # a character a word is made of: letters, digits, marks, and invisibles inside it
    r"[\w\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
    r"\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]"
)
WORD = re.compile(WORD_CHAR + "+")


def split_words(text: str) -> list[str]:
    """The words of `text` as written, without any punctuation or query syntax."""
    return WORD.findall(text)


class WordTokenizer(Tokenizer):
    """Splits text into words; each token's text is the original surface form."""

    def __call__(self, value, positions=False, chars=False, keeporiginal=False,
                 removestops=True, start_pos=0, start_char=0, tokenize=True,
                 mode="", **kwargs):
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        token.langs = langs_of(value)
        if not tokenize:
            token.original = token.text = str(value)
            token.boost = 1.0
            if positions:
                token.pos = start_pos
            if chars:
                token.startchar, token.endchar = start_char, start_char + len(value)
            yield token
            return
        for pos, match in enumerate(WORD.finditer(value)):
            token.text = match.group()
            token.boost = 1.0
            token.stopped = False
            if keeporiginal:
                token.original = token.text
            if positions:
                token.pos = start_pos + pos
            if chars:
                token.startchar = start_char + match.start()
                token.endchar = start_char + match.end()
            yield token


class SurfaceFilter(Filter):
    """Exact matching: keeps diacritics, drops invisibles and case."""

    def __call__(self, tokens):
        for t in tokens:
            t.text = surface(t.text)
            if t.text:
                yield t


_FOLD_CACHE: dict[str, str] = {}  # module-level: a filter is pickled into the index's schema


class FoldingFilter(Filter):
    """Applies `normalize` to each token and drops tokens that fold to nothing."""

    def __call__(self, tokens):
        cache = _FOLD_CACHE
        for t in tokens:
            folded = cache.get(t.text)
            if folded is None:
                if len(cache) >= _CACHE_LIMIT:
                    cache.clear()
                folded = cache[t.text] = normalize(t.text)
            if folded:
                t.text = folded
                yield t


class QueryStopFilter(Filter):
    """Drops query stop words; index tokens pass through untouched."""

    def __call__(self, tokens):
        for t in tokens:
            if t.mode != "query":  # one analysis has one mode: hand the rest straight on
                yield t
                yield from tokens
                return
            if any(is_stop_word(t.text, lang) for lang in t.langs):
                t.stopped = True
                if t.removestops:
                    continue
            yield t


class StemFilter(Filter):
    """Stems each token in its language.

    At index time a document has one language. A query searched in several
    languages yields one token per distinct stem, all at the same position: the
    query builder ORs such alternatives.
    """

    def __call__(self, tokens):
        for t in tokens:
            if len(t.langs) == 1:
                # Every token of one analysis has the same language: stem the rest in a tight loop.
                stems = _stem_cache(t.langs[0])
                while True:
                    word = t.text
                    stemmed = stems.get(word)
                    t.text = stemmed if stemmed is not None else stems.setdefault(word, stem(word, t.langs[0]))
                    yield t
                    t = next(tokens, None)
                    if t is None:
                        return
            folded = t.text
            for variant in dict.fromkeys(stem(folded, lang) for lang in t.langs):
                t.text = variant
                yield t


class FastIndexAnalyzer(Analyzer):
    """A chain of our filters, with a fused loop for the common case: a document in one language.

    Indexing then costs one regular-expression match and one dictionary lookup a word (the
    cache maps each surface form to its final term), instead of a generator a filter. Queries,
    several languages and untokenized values go through the chain; both give the same terms."""

    is_morph = True

    def __init__(self, chain, term):
        self.chain, self.term = chain, term

    def __call__(self, value, mode="", tokenize=True, **kwargs):
        langs = langs_of(value)
        if mode == "query" or not tokenize or len(langs) != 1:
            return self.chain(value, mode=mode, tokenize=tokenize, **kwargs)
        return self._index_tokens(value, langs[0], mode=mode, **kwargs)

    def terms_of(self, words: list[str], lang: str) -> list[str]:
        """The term of each of `words`, "" where a word folds to nothing: read from the cache
        `_index_tokens` fills, and added to it where this process has not met the word yet."""
        terms = _term_cache(self.term.__name__, lang)
        found = list(map(terms.get, words))
        if None in found:
            for i, term in enumerate(found):
                if term is None:
                    found[i] = terms[words[i]] = self.term(words[i], lang)
        return found

    def index_terms(self, value) -> list[str] | None:
        """The term at each position of a document's text, "" where a word folds to nothing: what
        `_index_tokens` yields, as one list. None for a text in several languages (the chain's)."""
        langs = langs_of(value)
        if len(langs) != 1:
            return None
        return self.terms_of(WORD.findall(value), langs[0])

    def _index_tokens(self, value, lang, positions=False, chars=False, keeporiginal=False,
                      removestops=True, start_pos=0, start_char=0, mode="", **kwargs):
        terms = _term_cache(self.term.__name__, lang)
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        token.langs = (lang,)
        for pos, match in enumerate(WORD.finditer(value)):
            word = match.group()
            term = terms.get(word)
            if term is None:
                term = terms[word] = self.term(word, lang)
            if not term:
                continue  # folded to nothing (only marks); its position stays used, as in the chain
            token.text, token.boost, token.stopped = term, 1.0, False
            if keeporiginal:
                token.original = word
            if positions:
                token.pos = start_pos + pos
            if chars:
                token.startchar, token.endchar = start_char + match.start(), start_char + match.end()
            yield token


_TERM_CACHES: dict[tuple[str, str], dict[str, str]] = {}  # module-level, not pickled with the schema


def _term_cache(kind: str, lang: str) -> dict[str, str]:
    cache = _TERM_CACHES.setdefault((kind, lang), {})
    if len(cache) >= _CACHE_LIMIT:  # a new dict, not clear(): another thread may be reading this one
        cache = _TERM_CACHES[kind, lang] = {}
    return cache


def stem_term(word: str, lang: str) -> str:
    folded = normalize(word)
    return stem(folded, lang) if folded else ""


def surface_term(word: str, lang: str) -> str:
    return surface(word)


def exact_analyzer():
    return FastIndexAnalyzer(WordTokenizer() | SurfaceFilter(), surface_term)


def normalize_term(word: str, lang: str) -> str:
    return normalize(word)


def normalized_analyzer():
    return FastIndexAnalyzer(WordTokenizer() | FoldingFilter() | QueryStopFilter(), normalize_term)


def stem_analyzer():
    return FastIndexAnalyzer(WordTokenizer() | FoldingFilter() | QueryStopFilter() | StemFilter(), stem_term)


_ANALYZE = stem_analyzer()


def analyze(text: str, lang: str = DEFAULT_LANG) -> list[str]:
    """The index terms of `text` written in `lang`, in order."""
    return [t.text for t in _ANALYZE(LangText(text, lang), mode="index")]
