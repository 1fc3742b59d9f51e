"""Casualty counts in English forms the reader missed (issue 8, own wording): victims described
with a possessive between the count and the verb ("Two deminers from Colombia's army were
wounded"), a total "put at" a figure ("put the number of people killed ... at 41", "put the
death toll at 12"), deminers and sappers killed or hurt (their trade is the mine context) and
a limb lost in the sentence right after a mine incident ("In a nearby district, a shepherd
lost a foot on Monday"). Sentences are our own; none is copied from a dev or held-out passage."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import Claim, casualty, claims, counted

PUBLISHED = PartialDate.parse("2025-06-11")  # a Wednesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a possessive among the words about the victims
        (
            "Two deminers from Colombia's army were wounded on Monday when a mine went off "
            "near Tumaco.",
            [casualty("COL", "2025-06-09", None, 2)],
        ),
        (
            "Three workers with Cambodia's mine action centre were injured by a landmine in "
            "Battambang on Sunday.",
            [casualty("KHM", "2025-06-08", None, 3)],
        ),
        (
            "Four soldiers from Azerbaijan's border guard were killed when their truck hit a "
            "landmine on Tuesday.",
            [casualty("AZE", "2025-06-10", 4, None)],
        ),
        # a figure "put at"
        (
            "The monitor put the number of people killed by landmines in Yemen since January "
            "at 57.",
            [casualty("YEM", "2025-06", 57, None)],
        ),
        (
            "Officials put the death toll from the mine blast in Afghanistan on Monday at six.",
            [casualty("AFG", "2025-06-09", 6, None)],
        ),
        (
            "The agency put the number of landmine casualties in Iraq this year at 112.",
            [counted("IRQ", "2025", 112)],
        ),
        # a trade on mined ground is the mine context
        (
            "The ministry said 31 deminers had been killed on duty in Ukraine since 2022.",
            [casualty("UKR", "2025-06", 31, None)],
        ),
        (
            "Two sappers were injured on Monday while clearing a field near Kherson, Ukraine.",
            [casualty("UKR", "2025-06-09", None, 2)],
        ),
        # a limb lost right after a mine incident, in another place of the same state
        (
            "A boy was killed when a landmine exploded in a field in Iraq's Duhok province on "
            "Saturday. In nearby Erbil province, a farmer lost a leg on Monday.",
            [casualty("IRQ", "2025-06-07", 1, None), casualty("IRQ", "2025-06-09", None, 1)],
        ),
        # negatives: no mine harm
        ("A deminer was killed in a road accident in Ukraine on Monday.", []),
        ("The report put the number of people killed in the fighting in Sudan at 1,200.", []),
        (
            "A boy was killed when a landmine exploded in Iraq on Saturday. In Baghdad, two "
            "people were injured in a car crash on Monday.",
            [casualty("IRQ", "2025-06-07", 1, None)],
        ),
    ],
)
def test_count_forms(text: str, expected: list[Claim]) -> None:
    assert claims(text, PUBLISHED, "en", kind="casualty_incident") == expected
