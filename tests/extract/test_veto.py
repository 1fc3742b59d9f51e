"""The plans-and-negations veto, event type by event type: each story is written three ways,
as done (an event), as a plan and under negation (no event). The done twin proves the cue is
found, so an empty answer for the other two can only come from the veto."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate
from minewatch.extract import Document, extract

PUBLISHED = PartialDate(2024, 6, 1)
# (event type, actor, done, planned, negated)
STORIES = [
    (
        "stockpile_destruction",
        "BLR",
        "Belarus destroyed 3,000 stockpiled anti-personnel mines in May 2024.",
        "Belarus will destroy 3,000 stockpiled anti-personnel mines in May 2024.",
        "Belarus has not destroyed 3,000 stockpiled anti-personnel mines since May 2024.",
    ),
    (
        "use_allegation",
        "MMR",
        "Human Rights Watch accused Myanmar of using anti-personnel mines in Rakhine in May 2024.",
        "Myanmar could use anti-personnel mines in Rakhine, Human Rights Watch said in May 2024.",
        "Myanmar has never used anti-personnel mines in Rakhine, officials said in May 2024.",
    ),
    (
        "casualty_incident",
        "AFG",
        "A landmine killed two children in Ghazni, Afghanistan, on 3 May 2024.",
        "A landmine could kill two children in Ghazni, Afghanistan, they warned on 3 May 2024.",
        "A landmine did not kill two children in Ghazni, Afghanistan, on 3 May 2024.",
    ),
    (
        "clearance_progress",
        "KHM",
        "Deminers cleared 12,000 square metres of minefields in Cambodia in May 2024.",
        "Deminers will clear 12,000 square metres of minefields in Cambodia in May 2024.",
        "Deminers have not cleared 12,000 square metres of minefields in Cambodia since May 2024.",
    ),
    (
        "treaty_action",
        "TON",
        "Tonga deposited its instrument of accession to the Ottawa Convention on 25 May 2024.",
        "Tonga will deposit its instrument of accession to the Ottawa Convention on 25 May 2024.",
        "Tonga has not deposited its instrument of accession to the Ottawa Convention.",
    ),
]


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(c.type, c.actor_iso3) for c in extract(Document("story", text, PUBLISHED))]


@pytest.mark.parametrize(("kind", "actor", "done", "planned", "negated"), STORIES)
def test_a_plan_or_a_negation_is_no_event(
    kind: str, actor: str, done: str, planned: str, negated: str
) -> None:
    assert _found(done) == [(kind, actor)]
    assert _found(planned) == [], "a plan became an event"
    assert _found(negated) == [], "a negation became an event"
