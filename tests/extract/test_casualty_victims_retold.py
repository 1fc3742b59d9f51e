"""An incident told first by a vague time and then again by its victims with their day (issue
8, studied batches 25 and 26): "... mines that maimed two soldiers last week." then "The two
staff sergeants were wounded on Aug. 4 while on patrol" (in the next sentence or at the head
of the next paragraph) is one incident on that day. Another count, or victims not named as
the same ("Three soldiers were hurt on 3 August"), are another incident and lend no day.
Every sentence is our own wording; none is copied from a passage."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import Claim, casualty, claims

PUBLISHED = PartialDate.parse("2015-08-10")  # a Monday

RETOLD: list[tuple[str, list[Claim]]] = [
    ("South Korea said mines maimed two soldiers last week.\n\nThe two staff sergeants were "
     "wounded on Aug. 4 while on a patrol near a guard post in Paju, north of Seoul.",
     [casualty("KOR", "2015-08-04", None, 2)]),
    ("A mine killed three farmers in Cambodia's Battambang province last week, police said. "
     "The three men were killed on Tuesday while clearing brush near Seoul Road.",
     [casualty("KHM", "2015-08-04", 3, None)]),
    ("Colombia's army said a mine injured four soldiers in Antioquia this month.\n\nThe four "
     "infantrymen were badly hurt on 6 August while guarding a bridge near the capital, "
     "Bogota.", [casualty("COL", "2015-08-06", None, 4)]),
    # another count, or victims not told again
    ("A mine injured two deminers in Iraq last week. Three soldiers were hurt on 3 August near "
     "Mosul.", [casualty("IRQ", "2015-08", None, 2)]),
    ("A mine injured two deminers in Iraq last week.\n\nThe three soldiers were wounded on 3 "
     "August near Mosul.", [casualty("IRQ", "2015-08", None, 2)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), RETOLD)
def test_victims_retold_with_their_day(text: str, expected: list[Claim]) -> None:
    assert claims(text, PUBLISHED, kind="casualty_incident") == expected
