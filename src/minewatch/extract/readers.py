"""One reader per language the extractor reads: the functions the pipeline calls per sentence.

    reader_for("es").find_dates("el 1 de marzo de 2024", anchor)

English is the rule engine in ``dates``, ``casualties``, ``numbers``, ``triggers`` and
``events``; Spanish is ``minewatch.extract.spanish``; French, Russian, Ukrainian, Italian,
Portuguese, Arabic and German are ``minewatch.extract.lexicons`` read by ``lexicons.reading``
(casualties; treaty steps, stocks destroyed and mines laid where the lexicon has their words). A new
language is a new lexicon (or lexicon package) and one entry here (and in
``language.READ_LANGUAGES``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from minewatch.extract import triggers
from minewatch.extract.casualties import Counts, find_counts
from minewatch.extract.dates import Anchor, DateMention, find_dates
from minewatch.extract.drafts import Draft, View
from minewatch.extract.events import Context, draft_events
from minewatch.extract.language import UNDETERMINED
from minewatch.extract.lexicons.lexicon import Lexicon
from minewatch.extract.numbers import Quantity, find_quantities


@dataclass(frozen=True)
class Reader:
    """What the pipeline needs to read one language (the gazetteer is chosen by ``language``)."""

    language: str
    find_dates: Callable[[str, Anchor], list[DateMention]]
    find_counts: Callable[[str], Counts]
    find_quantities: Callable[[str], list[Quantity]]
    mine_context: Callable[[str], bool]
    draft_events: Callable[[View, Context], list[Draft]]


def _english_mines(text: str) -> bool:
    return triggers.mine_context(text)  # a denied mine ("no mines were found") does not count


# keyed by any language code a document may carry: the nine read, "und", None and the codes
# of languages no reader reads, which all share None; at 8 a stream of stories in the nine read
# languages evicted readers and built them again
@lru_cache(maxsize=64)
def reader_for(language: str | None) -> Reader | None:
    """The reader for an ISO 639-1 code; undetermined text is read as English; None for a
    language we have no lexicon for."""
    if language in (None, UNDETERMINED, "en"):
        return Reader("en", find_dates, find_counts, find_quantities, _english_mines, draft_events)
    if language == "es":
        from minewatch.extract.spanish import reading

        return Reader(
            "es",
            reading.find_dates,
            reading.find_counts,
            reading.find_quantities,
            reading.mine_context,
            reading.draft_events,
        )
    lexicon = _LEXICONS.get(language or "")
    if lexicon is not None:
        from minewatch.extract.lexicons.reading import LexiconReader

        read = LexiconReader(lexicon())
        return Reader(
            read.lexicon.language,
            read.find_dates,
            read.find_counts,
            read.find_quantities,
            read.mine_context,
            read.draft_events,
        )
    return None


def _french() -> Lexicon:
    from minewatch.extract.lexicons.french import FRENCH

    return FRENCH


def _russian() -> Lexicon:
    from minewatch.extract.lexicons.russian import RUSSIAN

    return RUSSIAN


def _ukrainian() -> Lexicon:
    from minewatch.extract.lexicons.ukrainian import UKRAINIAN

    return UKRAINIAN


def _italian() -> Lexicon:
    from minewatch.extract.lexicons.italian import ITALIAN

    return ITALIAN


def _portuguese() -> Lexicon:
    from minewatch.extract.lexicons.portuguese import PORTUGUESE

    return PORTUGUESE


def _german() -> Lexicon:
    from minewatch.extract.lexicons.german import GERMAN

    return GERMAN


def _arabic() -> Lexicon:
    from minewatch.extract.lexicons.arabic import ARABIC

    return ARABIC


_LEXICONS: dict[str, Callable[[], Lexicon]] = {
    "fr": _french,
    "ru": _russian,
    "uk": _ukrainian,
    "it": _italian,
    "pt": _portuguese,
    "ar": _arabic,
    "de": _german,
}
