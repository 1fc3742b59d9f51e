"""Cheap tests in front of slow patterns: words that every match of a pattern holds.

    STOCKPILE = Gated(re.compile(r"\\b(?:destroyed|destruction|eliminated)", re.I))
    STOCKPILE.needs              -> ("destr", "eliminated")  (worked out from the pattern)
    STOCKPILE.search(sentence)   # None at once for a sentence holding neither

A case-insensitive pattern of many alternatives is tried at every position of a sentence (the
regex engine skips ahead only to the literal first letters of a case-sensitive pattern), and
most sentences hold none of its words: a few substring tests on the lowered sentence are far
cheaper than that scan. A gate changes no result: ``required`` reads the parsed pattern and
returns lower-case ASCII substrings of which every match contains one (a literal run of each
alternative; None where some alternative has none), so a sentence without any has no match.
Since the gate is read from the pattern, a cue added to it later is gated correctly too.
``lowered`` folds the letters the regex engine matches to i, s and k under IGNORECASE but
``str.lower`` does not ("ı", "ſ", dotted "İ"), so no gate refuses such a text either.
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Iterator
from typing import Any

# the standard library's own regex parser (what re.compile runs; typeshed has no stubs for it
# under this name, and the old names sre_parse / sre_constants warn that they are deprecated)
sre_parse: Any = importlib.import_module("re._parser")
sre: Any = importlib.import_module("re._constants")

_ODD_FOLDS = str.maketrans({"ı": "i", "ſ": "s", "\u0307": ""})


_last: tuple[str, str] = ("", "")  # the text last lowered and its lowered form


def lowered(text: str) -> str:
    """``text`` in lower case, with "ı", "ſ" and dotted "İ" made "i", "s" and "i". The last
    text is remembered: the patterns of one sentence are asked in a row."""
    global _last
    last = _last
    if last[0] is text:
        return last[1]
    low = text.lower()
    if not low.isascii() and ("ı" in low or "ſ" in low or "\u0307" in low):
        low = low.translate(_ODD_FOLDS)
    _last = (text, low)
    return low


def required(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Lower-case ASCII substrings one of which every match of ``pattern`` holds, or None where
    the pattern can match without any literal run (``\\w+``, ``[A-Z]\\d``, an empty branch)."""
    needs = _sequence(list(sre_parse.parse(pattern.pattern, pattern.flags)))
    if not needs:
        return None
    # "mine" is enough where "landmine" is also listed
    return tuple(sorted(n for n in needs if not any(m != n and m in n for m in needs)))


def _sequence(items: list[tuple[Any, Any]]) -> set[str] | None:
    """The most selective requirement of a sequence: a run of literal letters, or one
    item's own requirement (a group, a branch, a repeat of at least one)."""
    options: list[set[str]] = []
    run = ""
    for op, av in items:
        if op is sre.LITERAL and chr(av).isascii():
            run += chr(av).lower()
            continue
        if run:
            options.append({run})
            run = ""
        need = _item(op, av)
        if need:
            options.append(need)
    if run:
        options.append({run})
    if not options:
        return None
    return max(options, key=lambda need: (min(map(len, need)), -len(need)))


def _item(op: Any, av: Any) -> set[str] | None:
    if op is sre.SUBPATTERN:
        return _sequence(list(av[3]))
    if op is sre.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            need = _sequence(list(branch))
            if not need:
                return None
            union |= need
        return union
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _sequence(list(av[2]))
    if op is sre.ATOMIC_GROUP:
        return _sequence(list(av))
    return None  # a class, a lookaround, an anchor, an optional part: nothing it must hold


# each pattern asked about with its requirement, by the pattern's identity: hashing a compiled
# pattern hashes its whole compiled code (about 10 µs for a count pattern), which cost more
# than most gates saved. The entry holds the pattern, so its id is never reused while kept.
_NEEDS: dict[int, tuple[re.Pattern[str], tuple[str, ...] | None]] = {}


def needs_of(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """``required(pattern)``, worked out once per pattern."""
    entry = _NEEDS.get(id(pattern))
    if entry is None:
        if len(_NEEDS) >= 1024:
            _NEEDS.clear()  # patterns compiled on the fly: keep the table small
        entry = _NEEDS[id(pattern)] = (pattern, required(pattern))
    return entry[1]


def may_match(pattern: re.Pattern[str], text: str) -> bool:
    """False where ``text`` holds none of the substrings every match of ``pattern`` holds
    (``required``, worked out once per pattern), so that ``pattern`` has no match in it."""
    needs = needs_of(pattern)
    return needs is None or holds(text, needs)


def holds(text: str, needs: tuple[str, ...]) -> bool:
    """Whether ``text``, lowered, contains one of ``needs`` (lower-case substrings)."""
    low = lowered(text)
    for word in needs:  # noqa: SIM110 (any() over a generator cost twice as much here)
        if word in low:
            return True
    return False


class Gated:
    """A compiled pattern behind its gate: ``search`` and ``finditer`` answer as the pattern's
    own do, but give no match at once where ``text`` holds none of its required substrings
    (``required``; a pattern with none is always tried)."""

    __slots__ = ("needs", "pattern")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.needs = required(pattern)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self.needs is not None and not holds(text, self.needs):
            return None
        return self.pattern.search(text, pos, endpos)

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        if self.needs is not None and not holds(text, self.needs):
            return iter(())
        return self.pattern.finditer(text, pos, endpos)
