"""Counts and labels in words, for every face's messages."""

from __future__ import annotations


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
