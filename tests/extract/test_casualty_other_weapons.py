"""Casualty precision (issue 8, own wording): harm told of a weapon that is no mine (a car,
roadside or suicide bomb, cluster munitions, a drone or air strike, shelling) is no mine
casualty unless the sentence names a mine or a remnant of war too (``triggers.
other_weapon_only``). Sentences are our own; none is copied from a dev or held-out passage."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import Claim, casualty, claims, counted

PUBLISHED = PartialDate.parse("2025-06-11")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another weapon alone: no casualty
        ("A car bomb exploded outside a market in Mogadishu on Monday, wounding three people.", []),
        (
            "Cluster munitions killed or injured 212 people in Syria last year, the monitor said.",
            [],
        ),
        ("A suicide bomber killed six police officers at a checkpoint in Somalia on Sunday.", []),
        ("A drone strike killed a 64-year-old woman in Kherson, Ukraine, on Monday.", []),
        ("Two soldiers were wounded when a truck bomb detonated at a base in Mali on Tuesday.", []),
        # a mine or a remnant named beside the other weapon keeps the harm
        (
            "A landmine left by the fighting killed a shepherd in Syria on Monday, weeks after "
            "shelling hit the village.",
            [casualty("SYR", "2025-06-09", 1, None)],
        ),
        (
            "An unexploded cluster bomblet killed a boy playing in a field in Laos on Sunday.",
            [casualty("LAO", "2025-06-08", 1, None)],
        ),
        (
            "A roadside mine wounded two farmers in Colombia on Monday.",
            [casualty("COL", "2025-06-09", None, 2)],
        ),
        (
            "Mines and unexploded ordnance killed or injured 330 people in Iraq last year, "
            "despite the end of the air strikes.",
            [counted("IRQ", "2024", 330)],
        ),
    ],
)
def test_other_weapons(text: str, expected: list[Claim]) -> None:
    assert claims(text, PUBLISHED, "en", kind="casualty_incident") == expected
