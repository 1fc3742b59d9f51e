"""A use whose laying is told again in a relative clause after the accused (issue 8, studied
batch 24): "mines laid by the militants, who planted them in fields between 2014 and 2017" is
dated by that clause, since its verb is the laying itself. A relative clause with another verb
("camps they held until 2019") still dates nothing. Every sentence is our own wording; none
is copied from a passage."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import Claim, claims, use

PUBLISHED = PartialDate.parse("2021-04-04")

RETOLD: list[tuple[str, list[Claim]]] = [
    ("Deminers said the farms around Sinjar, Iraq, are still full of mines laid by Islamic State "
     "fighters, who planted them in orchards and wells between 2015 and 2017.",
     [use("IRQ", "2017")]),
    ("Officials said wide areas of Sinjar remain littered with mines left by Islamic State "
     "fighters, who buried them under roads in 2016.", [use("IRQ", "2016")]),
    ("Police said the hills near Kotli in Pakistan hide mines emplaced by militants, who "
     "scattered them along goat tracks in March 2019.", [use("PAK", "2019-03")]),
    # another verb in the relative clause: its date is not the laying's
    ("The ministry said mines were planted by rebel fighters in northern Mali, who held the "
     "area until 2019.", [use("MLI", None)]),
    ("Villagers in Colombia's Cauca said mines were laid by guerrillas, who left the valley in "
     "2018.", [use("COL", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), RETOLD)
def test_laying_retold_in_relative_clause(text: str, expected: list[Claim]) -> None:
    assert claims(text, PUBLISHED, kind="use_allegation") == expected
