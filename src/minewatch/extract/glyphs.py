"""Text as a person reads it: ligature glyphs spelled out, PDF line wraps and hyphens joined.

    normalise_glyphs("ﬁve")                      -> "five"
    join_wrapped_lines("were kil-\\nled in 2023") -> "were killed in 2023"

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
    """``text`` with ligature glyphs (standard and private-use) spelled out, soft hyphens gone.

    Other characters are left exactly as they are (no general NFKC: "km²" keeps its "²").
    """
    text = _PRESENTATION_FORMS.sub(lambda m: unicodedata.normalize("NFKC", m.group(0)), text)
    text = _PRIVATE_USE.sub(lambda m: _PRIVATE_USE_LIGATURES[m.group(0)], text)
    return _SOFT.sub("", text)


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
