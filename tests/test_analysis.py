"""Text analysis: folding, stemming per language, tokens and their offsets."""

from __future__ import annotations

import pytest

from searchapp.analysis import LangText, analyze, exact_analyzer, normalize, normalized_analyzer, stem_analyzer

HARAKAT = [chr(c) for c in range(0x064B, 0x0660)] + ["\u0670"]
INVISIBLES = {
    "zwnj": "\u200c", "zwj": "\u200d", "zwsp": "\u200b", "lrm": "\u200e", "rlm": "\u200f",
    "lre": "\u202a", "rle": "\u202b", "pdf": "\u202c", "lro": "\u202d", "rlo": "\u202e",
    "lri": "\u2066", "rli": "\u2067", "fsi": "\u2068", "pdi": "\u2069",
    "alm": "\u061c", "bom": "\ufeff", "soft_hyphen": "\u00ad",
}


# --- normalize ---------------------------------------------------------------


@pytest.mark.parametrize("mark", HARAKAT, ids=[f"U+{ord(m):04X}" for m in HARAKAT])
def test_normalize_removes_each_haraka(mark):
    assert normalize(f"ك{mark}تب") == "كتب"


def test_normalize_removes_full_vocalization():
    assert normalize("الكِتَابَ") == "الكتاب"
    assert normalize("مِصْرُ تُطْلِقُ") == "مصر تطلق"
    assert normalize("السَّلَامُ") == "السلام"


def test_normalize_removes_tatweel():
    assert normalize("مـصـر") == "مصر"
    assert normalize("الســـلام") == "السلام"


@pytest.mark.parametrize("variant, folded", [
    ("أحمد", "احمد"), ("إسلام", "اسلام"), ("آمن", "امن"), ("ٱلله", "الله"),
    ("مستشفى", "مستشفي"), ("مدرسة", "مدرسه"), ("فارسی", "فارسي"), ("کتاب", "كتاب"),
])
def test_normalize_folds_letter_variants(variant, folded):
    assert normalize(variant) == folded


@pytest.mark.parametrize("digits, folded", [
    ("٠١٢٣٤٥٦٧٨٩", "0123456789"),  # Arabic-Indic
    ("۰۱۲۳۴۵۶۷۸۹", "0123456789"),  # Eastern Arabic-Indic (Persian/Urdu)
    ("٢٠٢٤/٠٣/١٥", "2024/03/15"),
])
def test_normalize_maps_digits_to_ascii(digits, folded):
    assert normalize(digits) == folded


@pytest.mark.parametrize("name", sorted(INVISIBLES))
def test_normalize_removes_invisible_characters(name):
    assert normalize(f"مد{INVISIBLES[name]}رسة") == "مدرسه"
    assert normalize(f"co{INVISIBLES[name]}op") == "coop"


@pytest.mark.parametrize("presentation, folded", [
    ("ﻻ", "لا"),  # lam-alef ligature
    ("ﷲ", "الله"),  # Allah ligature
    ("ﺍﻟﺴﻼﻡ", "السلام"),  # isolated/initial/medial/final forms
    ("ﺃﺣﻤﺪ", "احمد"),  # presentation forms, then hamza folding
    ("ﻷ", "لا"),  # lam-alef with hamza above: NFKC, then أ → ا
])
def test_normalize_folds_presentation_forms(presentation, folded):
    assert normalize(presentation) == folded


def test_normalize_casefolds_latin():
    assert normalize("HeLLo WORLD") == "hello world"
    assert normalize("Straße") == "strasse"


def test_normalize_changes_characters_only():
    # No word is removed and nothing is stemmed.
    assert normalize("وَالمُفَاوَضَاتُ في القاهرة") == "والمفاوضات في القاهره"


# --- analyze: Arabic ---------------------------------------------------------


@pytest.mark.parametrize("word", ["المفاوضات", "والمفاوضات", "بالمفاوضات", "للمفاوضات",
                                  "فالمفاوضات", "وبالمفاوضات", "وَالْمُفَاوَضَاتِ"])
def test_proclitics_and_article_give_the_same_single_term(word):
    assert analyze(word, "ar") == ["مفاوض"]


@pytest.mark.parametrize("word, term", [
    ("وزارة", "وزار"), ("وزير", "وزير"), ("وسائل", "وسائل"), ("وجود", "وجود"),
    ("فريق", "فريق"), ("فلسطين", "فلسطين"),
])
def test_root_initial_waw_and_fa_are_kept(word, term):
    assert analyze(word, "ar") == [term]


def test_conjunction_before_a_root_initial_word_is_removed():
    assert analyze("ووزارة", "ar") == ["وزار"]
    assert analyze("والفريق", "ar") == ["فريق"]


def test_suffix_protected_names_are_not_cut():
    assert analyze("لبنان", "ar") == ["لبنان"]
    assert analyze("السعوديون", "ar") == analyze("السعودية", "ar") == ["سعود"]


@pytest.mark.parametrize("word", ["الكِتَابَ", "الكتاب", "كـــتـــاب", "ال\u200dكتاب"])
def test_vocalized_or_stretched_word_is_one_token(word):
    assert analyze(word, "ar") == ["كتاب"]


def test_word_with_zwnj_inside_is_one_token():
    assert analyze("مدر\u200cسة", "ar") == ["مدرس"]
    assert analyze("كتاب\u200cها", "ar") == ["كتاب"]


def test_index_analysis_keeps_stop_words_and_order():
    assert analyze("من المفاوضات في القاهرة", "ar") == ["من", "مفاوض", "في", "قاهر"]


def test_digits_are_not_stemmed():
    assert analyze("مشاركة ١٦ منتخبا", "ar") == ["مشارك", "16", "منتخبا"]


# --- analyze: other languages ------------------------------------------------


@pytest.mark.parametrize("word, lang, term", [
    ("elections", "en", "elect"),
    ("running", "en", "run"),
    ("élections", "fr", "élect"),
    ("départements", "fr", "départ"),
    ("Wahlen", "de", "wahl"),
    ("Häuser", "de", "haus"),
    ("выборы", "ru", "выбор"),
    ("переговоры", "ru", "переговор"),
    ("elecciones", "es", "eleccion"),
    ("negociaciones", "es", "negoci"),
])
def test_snowball_stems(word, lang, term):
    assert analyze(word, lang) == [term]


def test_english_sentence_terms():
    assert analyze("The elections in France", "en") == ["the", "elect", "in", "franc"]


def test_arabic_word_in_an_english_document_uses_the_arabic_stemmer():
    assert analyze("Talks on المفاوضات", "en") == ["talk", "on", "مفاوض"]


# --- token offsets -----------------------------------------------------------


def _tokens(text: str, lang: str = "ar"):
    analyzer = stem_analyzer()
    return [(t.text, t.pos, text[t.startchar:t.endchar])
            for t in analyzer(LangText(text, lang), chars=True, positions=True)]


def test_offsets_point_into_the_diacritized_original():
    text = "جَوْلَةٌ جَدِيدَةٌ مِنَ المُفَاوَضَاتِ بين روسيا"
    assert _tokens(text) == [
        ("جول", 0, "جَوْلَةٌ"),
        ("جديد", 1, "جَدِيدَةٌ"),
        ("من", 2, "مِنَ"),
        ("مفاوض", 3, "المُفَاوَضَاتِ"),
        ("بين", 4, "بين"),
        ("روسيا", 5, "روسيا"),
    ]


def test_offsets_cover_tatweel_and_zwnj_inside_words():
    text = "مـصـر، تُطْلِقُ كتاب\u200cها!"
    assert _tokens(text) == [
        ("مصر", 0, "مـصـر"),
        ("تطلق", 1, "تُطْلِقُ"),
        ("كتاب", 2, "كتاب\u200cها"),
    ]


@pytest.mark.parametrize("make", [stem_analyzer, normalized_analyzer, exact_analyzer])
@pytest.mark.parametrize("text, lang", [
    ("جَوْلَةٌ جَدِيدَةٌ مِنَ المُفَاوَضَاتِ بين روسيا وأوكرانيا، ٢٠٢٤ \u0651\u064e ـ", "ar"),
    ("Les négociations ont repris à Genève avec l'ONU", "fr"),
    ("Talks on المفاوضات resumed in GENEVA; Zelenskyy said", "en"),
    ("Переговоры возобновились в Женеве", "ru"),
])
def test_the_fast_index_path_gives_the_chains_tokens(make, text, lang):
    analyzer = make()

    def tokens(run):
        return [(t.text, t.pos, t.startchar, t.endchar) for t in run]

    value = LangText(text, lang)
    fast = tokens(analyzer(value, positions=True, chars=True, mode="index"))
    assert fast == tokens(analyzer.chain(value, positions=True, chars=True, mode="index"))
    assert fast  # the texts do have words
