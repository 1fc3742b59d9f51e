"""Which state a casualty is in (issue 8, own wording): the speakers' state ("Bangladeshi
border officials said ...") is never a section's topic, and where the only states named are
the accused's, a region of its own named as the place ("Burmese troops laid mines ... in
Rakhine State") is where the harm was. Sentences are our own; none is copied from a dev or
held-out passage."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import Claim, casualty, claims

PUBLISHED = PartialDate.parse("2025-06-11")  # a Wednesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Myanmar's army has laid mines along the frontier in Rakhine State, a rights group "
            "said. On Monday, a girl lost her leg after stepping on a mine near a crossing. "
            "Bangladeshi border guards said they had seen soldiers near the fence.",
            [casualty("MMR", "2025-06-09", None, 1)],
        ),
        (
            "Russian forces mined fields around Belgorod Oblast, the governor said. A tractor "
            "driver was killed by a mine on Tuesday. Ukrainian officials said they had not "
            "shelled the area.",
            [casualty("RUS", "2025-06-10", 1, None)],
        ),
        (
            "The Colombian army laid mines near its base in Cauca, villagers said. On Monday, a "
            "farmer was wounded by a mine. Ecuadorian police said they had closed the border.",
            [casualty("COL", "2025-06-09", None, 1)],
        ),
        # the accused's own region does not win over another state named as the place
        (
            "Russian forces scattered mines over villages of Kherson Oblast, the governor said. "
            "A woman was injured by one on Monday.",
            [casualty("UKR", "2025-06-09", None, 1)],
        ),
        # the speakers' state is no place, but a state named as the place still is
        (
            "A farmer was killed by a landmine on Monday. Thai officials said the blast was in "
            "Cambodia's Banteay Meanchey province.",
            [casualty("KHM", "2025-06-09", 1, None)],
        ),
    ],
)
def test_state_beside_sources(text: str, expected: list[Claim]) -> None:
    assert claims(text, PUBLISHED, "en", kind="casualty_incident") == expected
