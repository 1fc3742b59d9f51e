"""When the mines were laid, not when they went off (issue 8, use pass on blind batches 20, 21
and 23). Mines of a reduced relative ("Landmines planted by Houthi fighters killed ... on
Sunday", "Mines planted by X were cleared by Y on Monday") are the subject of another verb: a
date from that verb on is the blast's or the clearing's, never the laying's, and the agent of
the later passive is no user; a date before it is still the laying's ("Mines laid by the army
in March wounded ..."). A year-less season as a period's start ("since the spring") dates the
use by its year, as "Since April" does by its month. Sentences of our own; (accused state,
laying date), sorted."""

from __future__ import annotations

import pytest

from .test_use_periods import Row, uses

LAYING_DATES: list[tuple[str, list[Row]]] = [
    ("Landmines planted by Houthi fighters killed a shepherd near Marib on Sunday.",
     [("YEM", None)]),
    ("A mine laid by Russian troops injured two deminers near Kupiansk on 3 May.",
     [("RUS", None)]),
    ("An IED planted by Islamic State fighters exploded under a truck in Anbar, Iraq, on 4 May.",
     [("IRQ", None)]),
    ("Mines planted by Russian troops were cleared by Ukrainian sappers on Monday.",
     [("RUS", None)]),
    ("Russian forces have scattered anti-personnel mines around Kherson since the spring, "
     "officials said.", [("RUS", "2026")]),
    ("Since the summer, Myanmar's army has laid mines around villages in Sagaing.",
     [("MMR", "2025")]),
    # negatives: the laying's own date stays; a season with its own year starts a period with
    # no known end
    ("Mines laid by the Myanmar army in March wounded three villagers on Friday.",
     [("MMR", "2026-03")]),
    ("Houthi fighters planted landmines near Taiz on Sunday, officials said.",
     [("YEM", "2026-05-17")]),
    ("Russian forces have used mines in the region since the spring of 2022, officials said.",
     [("RUS", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), LAYING_DATES)
def test_laying_dates(text: str, expected: list[Row]) -> None:
    assert uses(text) == expected
