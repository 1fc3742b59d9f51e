"""A casualty paragraph that opens on a day's distance (issue 8, studied batch 24): "A day
earlier, a man was killed ..." at the head of its own paragraph counts from the day told at
the end of the paragraph before, as it does within one paragraph
(``test_casualty_day_shifts``). After a headline, or after a paragraph that tells no day, it
dates nothing. Every sentence is our own wording; none is copied from a passage."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import Claim, casualty, claims

PUBLISHED = PartialDate.parse("2025-06-11")  # a Wednesday

SHIFTED: list[tuple[str, list[Claim]]] = [
    ("A tractor hit an anti-tank mine near Izium, Ukraine, on 3 June. The driver escaped "
     "unhurt, police said.\n\nA day earlier, a farmer was killed by a mine in a field in the "
     "Kharkiv region.", [casualty("UKR", "2025-06-02", 1, None)]),
    ("Two deminers were injured by a mine in Colombia on Saturday, the army said.\n\nThe day "
     "before, a soldier lost a leg to a landmine in the same municipality.",
     [casualty("COL", "2025-06-07", None, 2), casualty("COL", "2025-06-06", None, 1)]),
    ("A shepherd was wounded by a landmine near Mosul, Iraq, on 1 June.\n\nTwo days later, a "
     "boy was killed by a mine in the next village.",
     [casualty("IRQ", "2025-06-01", None, 1), casualty("IRQ", "2025-06-03", 1, None)]),
    # a headline, or a paragraph with no day, lends none
    ("Mine blast in Ukraine\n\nA day earlier, a farmer was killed by a mine in a field in "
     "Ukraine.", [casualty("UKR", None, 1, None)]),
    ("Deminers in Ukraine said the fields around Izium are still dangerous.\n\nA day earlier, "
     "a farmer was killed by a mine in a field in the Kharkiv region.",
     [casualty("UKR", None, 1, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SHIFTED)
def test_paragraph_opening_on_a_day_shift(text: str, expected: list[Claim]) -> None:
    found = claims(text, PUBLISHED, kind="casualty_incident")
    assert sorted(found, key=str) == sorted(expected, key=str)
