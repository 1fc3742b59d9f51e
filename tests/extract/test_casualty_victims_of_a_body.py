"""Victims counted with the body they belong to (issue 8, studied batch 27): "Two soldiers of
the Senegalese army were injured", "Three employees of a demining company were killed" count
the victims before "of", as "Three members of one family" always did. Members of a body who
were not harmed ("decorated", "trained") give nothing. Every sentence is our own wording;
none is copied from a passage."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import Claim, casualty, claims

PUBLISHED = PartialDate.parse("2022-12-15")  # a Thursday

BODIES: list[tuple[str, list[Claim]]] = [
    ("Two soldiers of the Senegalese army were injured on Monday when their vehicle hit a "
     "landmine in Casamance, Senegal.", [casualty("SEN", "2022-12-12", None, 2)]),
    ("Three employees of a demining company were killed on Monday by a mine in Angola's Moxico "
     "province.", [casualty("AGO", "2022-12-12", 3, None)]),
    ("Four workers of a road construction firm were wounded on Monday when a landmine exploded "
     "in Colombia's Cauca department.", [casualty("COL", "2022-12-12", None, 4)]),
    # not harmed
    ("Two soldiers of the Senegalese army were decorated on Monday for clearing mines in "
     "Casamance, Senegal.", []),
    ("Three employees of a demining company in Angola were trained on Monday to find mines.",
     []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), BODIES)
def test_victims_of_a_body(text: str, expected: list[Claim]) -> None:
    assert claims(text, PUBLISHED, kind="casualty_incident") == expected
