"""Sentence splitting that survives headlines, datelines, bullets and page furniture.

Each line of the text is a block (news pages put headlines, captions and timestamps on lines of
their own); blocks are split at sentence ends and at glued joins ("NewsOn May 2"). A line of page
furniture (``furniture.is_furniture``: "Read also" boxes, tickers, stamps, captions, tags, share
bars, bylines) is flagged chrome, and so are the headlines of a box of links after its label.
Every sentence keeps its offsets into the text, so evidence is always a verbatim substring.

A "sentence" longer than ``MAX_SENTENCE`` characters (a page whose paragraphs lost their full
stops, a script whose sentences the ends do not recognise, a run-on list) is cut into windows of
at most that length, each at the last sentence end, else clause mark, else space before the cap
(``_windows``). The rules read a sentence with patterns and look-backs whose cost grows with the
sentence's length times its mentions, dates or figures, so without the cap one 180 KB line cost
close to a minute; with it the cost of a text grows linearly with its length. No sentence of the
dev set or the held-out passages comes near the cap (the longest has 545 characters), so it
changes nothing there; what it costs on a longer one is an event whose cue and its state,
figure or date fall in different windows.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from minewatch.extract.furniture import furniture_kind, is_box_link, opens_link_box

# Words that take a full stop and are followed by a name or a number, so the stop ends no
# sentence (the Punkt way, Kiss & Strunk 2006, with the list written out instead of learned):
# titles and ranks, months, "No. 5", "Art. 20", "para. 3", in the languages read. A word in
# capitals is one of them only as the capitalised entry written in capitals ("JAN.", "GEN.");
# an acronym ("UN", "EU", "DRC", "ICBL") is a whole word, so "... by the UN. The team ..." is
# two sentences. A single letter is an initial ("U.S.", "J. Smith", "В. Зеленський").
_ABBREVIATIONS = frozenset(
    {"Mr", "Mrs", "Ms", "Dr", "St", "Lt", "Gen", "Col", "Maj", "Capt", "Sgt", "Gov", "Sen", "Rep"}
    | {"Prof", "No", "Nos", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct"}
    | {"Nov", "Dec", "Inc", "Ltd", "Co", "Corp", "vs", "etc", "approx", "est", "Rev", "Adm", "Ret"}
    | {"Jr", "Sr", "Cpl", "Pte", "Brig", "Cmdr", "Pres", "Amb", "Hon", "Fr", "Mt", "Ft"}
    | {"Art", "art", "Arts", "arts", "para", "paras", "Para", "pp", "Vol", "vol", "Fig", "fig"}
    | {"Sec", "sec", "Ch", "cf", "ca", "no", "nos", "Nr", "nr", "Abs", "bzw", "Hr"}
    # French, Spanish, Portuguese, Italian: "MM. Dupont", "Sra. García", "Dra.", "núm. 3",
    # "Sig. Rossi", "Dott.", "On."
    | {"MM", "Mme", "Mlle", "Sra", "Srta", "Dra", "Sres", "Ud", "Uds", "núm", "Núm", "pág"}
    | {"Sig", "Sigg", "Dott", "Avv", "Ing", "Av", "av", "nº", "Nº"}
    # Russian and Ukrainian: "ст. 20" (article), "им. Шевченко", "ул. Мира", "тов."
    | {"ст", "им", "ім", "ул", "вул", "пр", "просп", "обл", "тов", "Ст"}
)
# a sentence ends before a capital in any script read (Latin with accents: "État", "Él";
# Cyrillic: "По данным", "Раніше"), any letter of Arabic, a script without capitals (so an
# Arabic paragraph is no longer one sentence; "؟" is its question mark), a digit or an opening
# quote
_END = re.compile(
    r"[.!?…؟]+[\"”’')\]]*(?:\[\d+\])?(?=\s+[\"“‘«(]?[A-Z0-9À-ÖØ-ÞА-ЯЁІЇЄҐ\u0621-\u064a]|[A-Z][a-z])"
)
# the most characters one sentence may have before it is cut into windows (module docstring)
MAX_SENTENCE = 1_000
# where a window may end, best first: a sentence end (a full stop before a small letter or a
# script without capitals), a clause mark, a space
_WINDOW_ENDS = (
    re.compile(r".*[.!?…؟۔][\"”’')\]]*\s", re.DOTALL),
    re.compile(r".*[;:؛]\s", re.DOTALL),
    re.compile(r".*[,،]\s", re.DOTALL),
    re.compile(r".*\s", re.DOTALL),
)
_GLUED = re.compile(
    r"(?<=[a-z])(?=(?:On|In|The|At|After|According|Earlier)\s)|(?<=[0-9]{4})(?=[A-Z][a-z]{2,})"
)
# what every glued join holds: a small letter or a digit right before a capital; a line without
# one skips ``_GLUED``, whose lookbehinds the engine tries at every position (a line's cost)
_GLUED_GATE = re.compile(r"[a-z0-9][A-Z]")
_INLINE_ITEM = re.compile(r"\s(?:-|•|·|▪)\s(?=[A-Z])")
_BULLET = re.compile(r"^\s*(?:[•·▪●◦‣*]|-\s|–\s|\d+\.\s)")


@dataclass(frozen=True)
class Sentence:
    """A sentence with its place in the text and what kind of line it came from."""

    text: str
    start: int
    index: int
    headline: bool = False
    bullet: bool = False
    chrome: bool = False
    section: int = 0

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def split_sentences(text: str) -> list[Sentence]:
    """All sentences of ``text`` in order, furniture flagged rather than dropped."""
    out: list[Sentence] = []
    offset = section = 0
    after_read_also = told = False
    for line in text.splitlines(keepends=True):
        block = line.rstrip("\r\n")
        furniture = furniture_kind(block)
        kind = _line_kind(block, after_read_also, furniture is not None)
        after_read_also = kind == "chrome" and opens_link_box(block, after_read_also)
        # a blank line or a heading opens a section, and so does a stamp or a byline in the
        # page's header (before the story's first paragraph) as the heading it follows does; one
        # between two paragraphs is a divider the story runs across
        header = not told and furniture == "header"
        section += kind in ("blank", "headline") or header
        told = told or kind in ("body", "bullet")
        for start, piece in _pieces(block):
            out.append(_sentence(piece, offset + start, len(out), kind, section))
        offset += len(line)
    return out


def _line_kind(block: str, after_read_also: bool, furniture: bool) -> str:
    stripped = block.strip()
    if not stripped:
        return "blank"
    if furniture or is_box_link(block, after_read_also):
        return "chrome"
    if _BULLET.match(block):
        return "bullet"
    if not re.search(r"[.!?:”\"]\s*$", stripped) and len(stripped.split()) <= 25:
        return "headline"
    return "body"


def _sentence(piece: str, start: int, index: int, kind: str, section: int) -> Sentence:
    return Sentence(
        text=piece,
        start=start,
        index=index,
        headline=kind == "headline",
        bullet=kind == "bullet",
        chrome=kind == "chrome",
        section=section,
    )


def _pieces(block: str) -> list[tuple[int, str]]:
    """Split one line at sentence ends, keeping offsets; whitespace trimmed off each piece."""
    cuts = [0]
    for match in _END.finditer(block):
        if not _is_abbreviation(block, match.start()):
            cuts.append(match.end())
    if _GLUED_GATE.search(block):
        cuts.extend(match.start() for match in _GLUED.finditer(block))
    items = list(_INLINE_ITEM.finditer(block))
    if len(items) >= 2:  # "Highlights - Peru destroyed ... - Chile completed ...": one item each
        cuts.extend(match.end() for match in items)
    cuts = [*sorted(set(cuts)), len(block)]
    pieces: list[tuple[int, str]] = []
    for begin, finish in itertools.pairwise(cuts):
        raw = block[begin:finish]
        stripped = raw.strip()
        if stripped:
            at = begin + raw.index(stripped)
            pieces.extend(
                _windows(at, stripped) if len(stripped) > MAX_SENTENCE else [(at, stripped)]
            )
    return pieces


def _windows(start: int, piece: str) -> list[tuple[int, str]]:
    """``piece`` (at ``start`` in its line) cut into windows of at most ``MAX_SENTENCE``
    characters, each ending at the last sentence end, clause mark or space of its second half
    (a hard cut at the cap only where it has none), whitespace trimmed; offsets kept."""
    out: list[tuple[int, str]] = []
    at, rest = start, piece
    while len(rest) > MAX_SENTENCE:
        end = MAX_SENTENCE
        for pattern in _WINDOW_ENDS:
            match = pattern.match(rest, MAX_SENTENCE // 2, MAX_SENTENCE)
            if match is not None:
                end = match.end()
                break
        head, tail = rest[:end].rstrip(), rest[end:]
        out.append((at, head))
        skipped = len(tail) - len(tail.lstrip())
        at, rest = at + end + skipped, tail.lstrip()
    if rest:
        out.append((at, rest))
    return out


# a day written as an ordinal before its month ("am 10. Juli", "vom 3. März 2025"): no end
_ORDINAL_DAY = re.compile(r"(?<![\d.,])[0-3]?\d$")
_MONTH_NEXT = re.compile(
    r"\s+(?:Januar|Jänner|Februar|März|Maerz|April|Mai|Juni|Juli|August|September|Oktober|"
    r"November|Dezember)\b"
)


def _is_abbreviation(block: str, dot: int) -> bool:
    if block[dot] != ".":
        return False
    if _ORDINAL_DAY.search(block, max(0, dot - 3), dot) and _MONTH_NEXT.match(block, dot + 1):
        return True
    # the whole word in any script: "año." is a word, not the initial "o."
    word = re.search(r"([^\W\d_]+)$", block[max(0, dot - 40) : dot])
    if word is None:
        return False
    token = word.group(1)
    return (
        token in _ABBREVIATIONS
        or len(token) == 1
        or (token.isupper() and token.capitalize() in _ABBREVIATIONS)
    )
