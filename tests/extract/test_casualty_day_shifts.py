"""Casualty dates (issue 8, own wording): an incident dated only by its distance from the day
told in the sentence before ("Two deminers were hurt on Friday. A day earlier, a woman was
killed ..."; "two days later") is dated that many days from it, so it stays an incident of
its own; a day shift inside one sentence ("two days earlier") counts as "a day earlier"
does. Sentences are our own; none is copied from a dev or held-out passage."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import Claim, casualty, claims

PUBLISHED = PartialDate.parse("2025-06-11")  # a Wednesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two deminers were injured by a landmine near Izium, Ukraine, on Friday. A day "
            "earlier, a farmer was killed by a mine in a field in the Kharkiv region.",
            [casualty("UKR", "2025-06-06", None, 2), casualty("UKR", "2025-06-05", 1, None)],
        ),
        (
            "A boy was killed by a landmine in Iraq on 3 June. The day before, a shepherd was "
            "wounded by a mine in the same village.",
            [casualty("IRQ", "2025-06-03", 1, None), casualty("IRQ", "2025-06-02", None, 1)],
        ),
        (
            "Three soldiers were injured by a mine in Colombia on 2 June. Two days later, "
            "another soldier was killed by a mine nearby.",
            [casualty("COL", "2025-06-02", None, 3), casualty("COL", "2025-06-04", 1, None)],
        ),
        (
            "A woman lost a leg to a landmine in Cambodia's Battambang province on Monday, "
            "three days after a mine killed her neighbour.",
            [casualty("KHM", "2025-06-09", None, 1)],
        ),
        # "the same day": another incident of that day
        (
            "A farmer was killed by a landmine in Iraq on Sunday. The same day, a boy was "
            "wounded by a mine in a village near Mosul.",
            [casualty("IRQ", "2025-06-08", 1, None), casualty("IRQ", "2025-06-08", None, 1)],
        ),
        (
            "Two deminers were injured by a mine near Izium, Ukraine, on 3 June. On the same "
            "day, a tractor driver was killed by an anti-tank mine in the Kharkiv region.",
            [casualty("UKR", "2025-06-03", None, 2), casualty("UKR", "2025-06-03", 1, None)],
        ),
        (
            "A farmer was killed by a landmine in Iraq on Sunday. The same day, deminers "
            "cleared 12 hectares nearby.",
            [casualty("IRQ", "2025-06-08", 1, None)],
        ),
        # no day before to count from: the shift dates nothing (nor the publication month)
        (
            "A day earlier, a farmer was killed by a mine in a field in Ukraine.",
            [casualty("UKR", None, 1, None)],
        ),
        # the victim told later of the same incident is no incident of its own
        (
            "A mine wounded a farmer in Iraq on Sunday. He died of his wounds two days later.",
            [casualty("IRQ", "2025-06-08", 1, None)],
        ),
        # the shift before a pronoun: more of the victim before, not a harm of the later day
        (
            "A farmer was injured by a mine in Ukraine's Kharkiv region on Friday. Two days "
            "later, he died in hospital.",
            [casualty("UKR", "2025-06-06", 1, 1)],
        ),
        # a shift told of something else than a harm dates no harm
        (
            "A landmine killed two herders in Afghanistan on Monday. A day later, police said "
            "the area had been cleared.",
            [casualty("AFG", "2025-06-09", 2, None)],
        ),
    ],
)
def test_day_shifts(text: str, expected: list[Claim]) -> None:
    assert claims(text, PUBLISHED, "en", kind="casualty_incident") == expected
