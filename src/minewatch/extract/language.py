"""Which language a source is written in, and whether the extractor reads it.

    detect_language("Un campesino murió al pisar una mina antipersonal.")  -> "es"
    is_read("es") -> True;  is_read("nl") -> False

Detection is py3langid (a maintained fork of langid.py, Lui & Baldwin 2012: a naive Bayes
model over byte n-grams, 97 languages, offline, ~1,500 documents/s here); codes are ISO 639-1.
Measured on the 85 dev passages and the four language cases (bench/language_eval.py): 89/89
right on whole documents; 84/89 on their first 120 characters only, so very short texts are
reported as undetermined rather than guessed.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

READ_LANGUAGES = ("en", "es", "fr", "ru", "uk", "it", "pt", "ar", "de")
"""Languages the extractor has a reader for (``minewatch.extract.readers``)."""

UNDETERMINED = "und"
"""ISO 639-2 code for a text too short (or too mixed) to tell."""

_MIN_LETTERS = 20
_SAMPLE = 500  # characters read: 89/89 right at 400 already, and the cost grows with length
_MIN_CONFIDENCE = 0.5
_NAMES = {
    "en": "English",
    "es": "Spanish",
    "fr": "French",
    "ru": "Russian",
    "uk": "Ukrainian",
    "ar": "Arabic",
    "it": "Italian",
    "pt": "Portuguese",
    "de": "German",
    "nl": "Dutch",
    "km": "Khmer",
    "th": "Thai",
    "my": "Burmese",
    "fa": "Persian",
    "ps": "Pashto",
    "tr": "Turkish",
    "az": "Azerbaijani",
    "hy": "Armenian",
    "und": "an undetermined language",
}


# The languages a source on mines is likely to be written in: the UN's six, Europe's, and those
# of the mine-affected states the Landmine Monitor reports on. Narrowing the model's 97 keeps
# short English from being taken for a creole close to it (Nigerian Pidgin, measured here).
CANDIDATES = (
    "en",
    "es",
    "fr",
    "ru",
    "uk",
    "ar",
    "it",
    "pt",
    "de",
    "nl",
    "pl",
    "fi",
    "et",
    "lv",
    "lt",
    "sv",
    "no",
    "da",
    "is",
    "cs",
    "sk",
    "hu",
    "sl",
    "hr",
    "sr",
    "bs",
    "sq",
    "mk",
    "bg",
    "ro",
    "el",
    "tr",
    "az",
    "hy",
    "ka",
    "fa",
    "ps",
    "ur",
    "hi",
    "bn",
    "ta",
    "si",
    "ne",
    "km",
    "th",
    "lo",
    "my",
    "vi",
    "zh",
    "ja",
    "ko",
    "id",
    "ms",
    "tl",
    "am",
    "so",
    "sw",
    "ha",
    "he",
    "be",
    "kk",
    "ky",
    "uz",
    "tg",
    "ku",
    "mn",
)


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(CANDIDATES)
    return identifier


def _has_letters(text: str, least: int) -> bool:
    """Whether ``text`` holds at least ``least`` letters; stops counting there (counting every
    character of every document cost ~4 % of extraction with language detected)."""
    count = 0
    for ch in text:
        if ch.isalpha():
            count += 1
            if count >= least:
                return True
    return False


def detect_language(text: str) -> str:
    """The ISO 639-1 code of ``text``'s language (judged on its first 500 characters), or
    ``"und"`` when it is too short to tell (fewer than 20 letters) or the model is unsure
    (probability under 0.5). A sample that is plainly English by its function words
    (``plainly_english``) is English without asking the model."""
    if not _has_letters(text[:2000], _MIN_LETTERS):
        return UNDETERMINED
    sample = text[:_SAMPLE]
    if plainly_english(sample):
        return "en"
    code, probability = _identifier().classify(sample)
    return str(code) if float(probability) >= _MIN_CONFIDENCE else UNDETERMINED


# English function words, and those of the other languages written in Latin letters that the
# sources most often use (Spanish, French, Italian, Portuguese, German, Dutch, the Nordic
# languages, Indonesian and Malay, Tagalog, Swahili, Turkish), less those that are also English
# words ("a", "die", "per", "in"); case-sensitive for the others, so that "UN" or "DE" is none.
_ENGLISH_WORDS = (
    "the of and to in on at an is was were are has have had been said by for their this that "
    "with from which who after its it as not"
)
_ENGLISH = frozenset(_ENGLISH_WORDS.split())
_OTHER_WORDS = (
    "de la el los las que y en del por con un una se le les des et du est il di che della "
    "und der das ist het een van og och em os ao na da dos yang dan ke dari untuk ang ng sa "
    "mga wa ya kwa ni ve bir bu nella gli hanno sono nel alla dei delle uma pelo pela para "
    "como sur pour dans avec qui au aux ont mit von zu den im auf nicht"
)
_OTHERS = frozenset(_OTHER_WORDS.split())
_WORD = re.compile(r"[^\W\d_]+")


def plainly_english(sample: str) -> bool:
    """Whether ``sample`` is English beyond doubt by a count of function words: at least 150
    letters, 8 English function words of at least 5 kinds making a sixth of its words, ten
    times as many as those of other languages, and at most 2 % of its letters outside ASCII.

    A cheap vote in front of the model (py3langid took ~10 % of extraction when the language
    was not given): it answers only where the model answers "en" too. Checked against the
    model on 143,915 samples of 500 characters (every 37th offset of the dev passages, the
    held-out passages, the document cases, the faults, our docs, the test strings, and 40,000
    splices of two of them): it answered on 52,613, the model agreed on all; it answers on 218 of
    the 226 English dev and held-out texts (the others are too short or name many places)."""
    words = _WORD.findall(sample)
    english = others = 0
    kinds: set[str] = set()
    for word in words:
        if word in _OTHERS:
            others += 1
        else:
            lowered = word.lower()
            if lowered in _ENGLISH:
                english += 1
                kinds.add(lowered)
    if english < 8 or len(kinds) < 5 or english * 6 < len(words) or english < 10 * others:
        return False
    letters = sum(map(len, words))
    foreign = sum(not ch.isascii() for word in words if not word.isascii() for ch in word)
    return letters >= 150 and foreign * 50 <= letters


def is_read(code: str | None) -> bool:
    """Whether the extractor reads ``code``; an undetermined or unknown language is tried as
    English (most sources are), so only a detected other language counts as unread."""
    return code in (None, UNDETERMINED) or code in READ_LANGUAGES


def language_name(code: str | None) -> str:
    """An English name for display: "fr" -> "French"; unknown codes are shown as themselves."""
    return _NAMES.get(code or UNDETERMINED, code or "an undetermined language")
