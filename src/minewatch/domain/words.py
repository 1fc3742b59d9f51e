"""Counts and labels in words, for every face's messages."""

from __future__ import annotations

import re

# A figure as the reference data writes it: n, a-b (a range), <n (an upper bound), ~n (about);
# imports/facts.figure reads the same forms.
_FIGURE = re.compile(r"^([<~]?)(\d+)(?:-(\d+))?$")


def figure_text(value: object) -> str:
    """A count for reading, thousands separated: ``1029763`` -> ``1,029,763``, the written
    forms too (``22000000-25000000`` -> ``22,000,000–25,000,000``, ``<5000000`` ->
    ``<5,000,000``, ``~500`` -> ``~500``). Anything else is shown as written; None as ``""``."""
    if value is None or isinstance(value, bool):
        return ""
    if isinstance(value, int):
        return f"{value:,}"
    match = _FIGURE.match(str(value).strip())
    if match is None:
        return str(value)
    mark, low, high = match.groups()
    shown = f"{mark}{int(low):,}"
    return f"{shown}–{int(high):,}" if high else shown


def counted(number: int, noun: str, plural: str | None = None) -> str:
    """``1 candidate``, ``2 candidates`` (``plural`` for an irregular noun), with thousands
    separated: ``1,234 files``."""
    return f"{number:,} {noun if number == 1 else plural or noun + 's'}"


# What each stockpile figure counts (``record_type`` of ``stockpile_figure``; the shipped data's
# README defines them), in words for the profile's tables: "retained art3" said nothing.
STOCKPILE_FIGURES: dict[str, str] = {
    "stockpile_declared": "stockpile declared by the state",
    "stockpile_estimate": "stockpile estimated by others",
    "stockpile_remaining": "left to destroy",
    "stockpile_origin": "original stockpile",
    "destroyed_cumulative": "destroyed to date",
    "destruction_completed": "destruction completed",
    "art4_deadline": "Art. 4 destruction deadline",
    "retained_art3": "retained under Art. 3 (training and research)",
}


def stockpile_figure(record_type: object) -> str:
    """What a stockpile figure counts, in words; a figure from an accepted news claim (no
    ``record_type``) is "reported in the news"; an unknown type is shown as written."""
    if not record_type:
        return "reported in the news"
    return STOCKPILE_FIGURES.get(str(record_type), str(record_type).replace("_", " "))
