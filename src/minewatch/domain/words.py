"""Counts in words, for every face's messages."""

from __future__ import annotations


def counted(number: int, noun: str, plural: str | None = None) -> str:
    """``1 candidate``, ``2 candidates`` (``plural`` for an irregular noun), with thousands
    separated: ``1,234 files``."""
    return f"{number:,} {noun if number == 1 else plural or noun + 's'}"
