"""Clearance told beside other states and beside duties (issue 8, batch 27 clearance pass).
Passages of our own: a part of the continent ("in Central America", "in South America",
"Latin American") is no place and no state, so it never takes the clearance of the state the
sentence is about; an obligation still to meet ("must clear", "is obliged to clear", "will
be required to clear") is no clearance done; a stock's destruction declared complete and the
whole programme's total told after it ("A total of ...", "since 2019") are two claims, as a
clearance completion and a cleared figure are, while the last batch is the completion told
again."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import Claim, claims, cleared, completed, destroyed

CONTINENT = [
    ("Nicaragua declared itself free of landmines on Friday, becoming the last country in "
     "Central America to clear its minefields.", "2012-04-18",
     [completed("NIC", "2012-04-13")]),
    ("Peru cleared 5,000 square metres in 2021, more than any other state in South America.",
     "2022-04-05", [cleared("PER", "2021", 5000, "m2")]),
    ("Guatemala cleared 2,300 square metres of mined land in 2005, the last in Central America, "
     "the army said.", "2006-02-01", [cleared("GTM", "2005", 2300, "m2")]),
    # negatives: the United States by its full name, and American deminers working elsewhere
    ("The United States of America destroyed 10,000 stockpiled mines in 2020.", "2021-04-05",
     [destroyed("USA", "2020", 10000)]),
    ("American deminers cleared 300 square metres in Laos in 2020.", "2021-04-05",
     [cleared("LAO", "2020", 300, "m2")]),
]  # fmt: skip


OBLIGATION = [
    ("Somalia will be required to clear all mined areas under its jurisdiction.", "2012-04-18",
     []),
    ("Somalia is obliged to clear all mined areas under its jurisdiction.", "2012-04-18", []),
    ("Under the treaty, Eritrea must clear all mined areas in its territory.", "2012-04-18", []),
    # negatives: an obligation beside work done, and one met
    ("Mozambique must still clear 2 square kilometres, but deminers cleared 5 square "
     "kilometres in 2020.", "2021-04-05", [cleared("MOZ", "2020", 5, "km2")]),
    ("Jordan, which had to clear its border by 2012, declared itself free of mines in April "
     "2012.", "2012-06-01", [completed("JOR", "2012-04")]),
    ("Somalia was required to destroy its stockpile and did so: the army destroyed its last "
     "3,000 mines in March 2010.", "2010-06-01", [destroyed("SOM", "2010-03", 3000)]),
]  # fmt: skip


STOCK_TOTAL = [
    ("Belarus completed the destruction of its stockpile of anti-personnel mines on Tuesday, the "
     "defence ministry said. A total of 28,000 stockpiled mines were destroyed in the "
     "programme.", "2026-03-12",
     [destroyed("BLR", "2026-03-10", None), destroyed("BLR", "2026-03-10", 28000)]),
    ("The Ukrainian army destroyed the last of its stockpiled anti-personnel mines on Monday. "
     "Some 40,000 stockpiled mines have been destroyed since 2019.", "2026-03-12",
     [destroyed("UKR", "2026-03-09", None), destroyed("UKR", "2026-03-09", 40000)]),
    ("Greece announced that the destruction of its stockpile of anti-personnel mines was "
     "completed on 3 March. In all, 120,000 stockpiled mines were destroyed in phases.",
     "2026-03-12", [destroyed("GRC", "2026-03-03", None), destroyed("GRC", "2026-03-03", 120000)]),
    # negatives: the last batch is the completion told again; a total brought to by it stays
    ("Belarus completed the destruction of its stockpile of anti-personnel mines on Tuesday. A "
     "final batch of 1,500 mines, the last of a programme begun in 2019, was destroyed at a "
     "range near Minsk.", "2026-03-12", [destroyed("BLR", "2026-03-10", 1500)]),
    ("Kenya has finished destroying its stockpile of anti-personnel mines, the army said. The "
     "final 2,000 stockpiled mines were destroyed on 9 March, bringing the total destroyed "
     "since 2019 to 30,000.", "2026-03-12",
     [destroyed("KEN", "2026-03-09", 2000), destroyed("KEN", "2026-03-09", 30000)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), [*CONTINENT, *OBLIGATION, *STOCK_TOTAL])
def test_clearance_beside_others(text: str, published: str, expected: list[Claim]) -> None:
    found = claims(text, PartialDate.parse(published), "en")
    figures = [c for c in found if c[0] in ("clearance_progress", "stockpile_destruction")]
    assert sorted(figures, key=str) == sorted(expected, key=str)
