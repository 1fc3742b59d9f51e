"""Italian counts since an event in a year (issue 8, own wording): "dalla fine della guerra nel
1995", "dall'inizio del conflitto nel 2014" open a period, as French "depuis la fin de la guerre
en 1995" does: the year is its start, never the count's date, and a count over it runs to
publication. A year after "dalla guerra" that opens no period stays a date. Sentences are our
own; none is copied from a dev or held-out passage."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import Claim, casualty, claims

PUBLISHED = PartialDate.parse("2025-03-08")  # a Saturday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dalla fine della guerra nel 1995 le mine hanno ucciso 624 persone in Bosnia, "
            "secondo il centro.",
            [casualty("BIH", "2025-03", 624, None)],
        ),
        (
            "Dall'inizio del conflitto nel 2014 le mine hanno ferito 300 persone in Ucraina.",
            [casualty("UKR", "2025-03", None, 300)],
        ),
        (
            "Dall'entrata in vigore del trattato nel 1999 le mine hanno ucciso 210 persone in "
            "Mozambico.",
            [casualty("MOZ", "2025-03", 210, None)],
        ),
        # a year of no period: the incident's own day, the figure's own year
        (
            "Una mina lasciata dalla guerra nel 1995 ha ucciso un contadino in Bosnia lunedì.",
            [casualty("BIH", "2025-03-03", 1, None)],
        ),
        (
            "Nel 2024 le mine hanno ucciso 40 persone in Bosnia, secondo il centro.",
            [casualty("BIH", "2024", 40, None)],
        ),
    ],
)
def test_italian_since_events(text: str, expected: list[Claim]) -> None:
    assert claims(text, PUBLISHED, "it", kind="casualty_incident") == expected
