"""Where a casualty happened is neither the war the mine is left from nor the state whose forces
laid it (issue 8, studied batches 24-26). "A mine left over from the Iran-Iraq war" names two
states that fought, no place: the section's state is. "North Korean troops had recently
planted mines that maimed two South Korean soldiers" (an adverb or a first verb, "had crossed
the line and planted", between the forces and the laying) accuses the forces, and the harm is
the victims' state's. A war of one state ("the Syrian war") and a state's own soldiers who
only walked into the mine stay the place. Every sentence is our own wording; none is copied
from a passage."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import Claim, casualty, claims

PUBLISHED = PartialDate.parse("2021-04-04")  # a Sunday

PLACED: list[tuple[str, list[Claim]]] = [
    ("Iraq's mine action agency reported two new incidents this week.\n\nA shepherd was "
     "wounded on Friday by a landmine left over from the Iran-Iraq war while grazing sheep "
     "near Halabja.", [casualty("IRQ", "2021-04-02", None, 1)]),
    ("Ethiopia's demining office said on Saturday that its teams had resumed work in the "
     "north.\n\nTwo boys were killed on Friday when a mine from the Eritrea-Ethiopia war "
     "exploded near their school.", [casualty("ETH", "2021-04-02", 2, None)]),
    ("Azerbaijan's mine agency ANAMA reported the blast.\n\nA farmer lost a leg on Friday to a "
     "mine left from the Armenia-Azerbaijan conflict, officials said.",
     [casualty("AZE", "2021-04-02", None, 1)]),
    ("Indian officials said Pakistani troops had recently planted mines that wounded three "
     "Indian soldiers near the Line of Control on Friday.",
     [casualty("IND", "2021-04-02", None, 3)]),
    ("Thai officials said Cambodian soldiers had crossed the border and laid mines that maimed "
     "two Thai rangers on Friday.", [casualty("THA", "2021-04-02", None, 2)]),
    # a war of one state, and soldiers who only walked into the mine
    ("A shepherd was wounded on Friday by a landmine left from the Syrian war near Idlib.",
     [casualty("SYR", "2021-04-02", None, 1)]),
    ("Ukrainian soldiers had patrolled the road and stepped on a mine that killed two of them "
     "on Friday, the army said.", [casualty("UKR", "2021-04-02", 2, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PLACED)
def test_casualty_placed_past_war_and_layer(text: str, expected: list[Claim]) -> None:
    assert claims(text, PUBLISHED, kind="casualty_incident") == expected
