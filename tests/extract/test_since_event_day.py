"""A period opened by an event told with its day (issue 8, studied batch 24): "have killed 117
people since the fall of the old government on 8 December 2024" starts on that day and, with
no end told, runs to publication in a news story; the day is the start, never the total's
date. A day that belongs to another verb ("... since the fall of the town was killed on
Monday") is still the event's. Every sentence is our own wording; none is copied from a
passage."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import Claim, casualty, claims, cleared

PUBLISHED = PartialDate.parse("2025-03-13")  # a Thursday

OPENED: list[tuple[str, list[Claim]]] = [
    ("The group said mines have killed 117 people and injured 150 in Syria since the fall of "
     "former President Bashar al-Assad on 8 December 2024.",
     [casualty("SYR", "2025-03", 117, 150)]),
    ("Landmines have killed 12 people in Ukraine since the liberation of the region on 11 "
     "November 2022.", [casualty("UKR", "2025-03", 12, None)]),
    ("Demining teams have cleared 1,200 mines in Syria since the collapse of the old government "
     "on 8 December 2024.", [cleared("SYR", "2025-03", 1200, "mines")]),
    # the day of another verb
    ("A shepherd who had stayed in his village since the fall of the town was killed by a mine "
     "in Syria on Monday.", [casualty("SYR", "2025-03-10", 1, None)]),
    ("Since the ceasefire took hold, a farmer was killed by a mine in Syria on 8 March.",
     [casualty("SYR", "2025-03-08", 1, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), OPENED)
def test_period_opened_by_a_dated_event(text: str, expected: list[Claim]) -> None:
    assert claims(text, PUBLISHED) == expected
