"""A headline's passive with no auxiliary, told again in the body (issue 8, studied batch 27):
"Two children killed, one hurt in Ghazni landmine blast" counts two killed and one hurt, and
the body's "Two children were killed and another was wounded ... on Monday" is the same
incident ("and another was wounded" is one more victim of it, not another incident), so one
claim on the body's day remains. An active verb after the count ("Two mines killed a farmer")
and another blast ("In another blast, two farmers were wounded") are read as before. Every
sentence is our own wording; none is copied from a passage."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import Claim, casualty, claims

PUBLISHED = PartialDate.parse("2019-05-07")  # a Tuesday

HEADLINES: list[tuple[str, list[Claim]]] = [
    ("Two children killed, one hurt in Ghazni landmine blast\n\nTwo children were killed and "
     "another was wounded when a landmine exploded in the Andar district of Afghanistan's "
     "Ghazni province on Monday, officials said.", [casualty("AFG", "2019-05-06", 2, 1)]),
    ("Two farmers killed, one hurt in Cambodia mine blast\n\nTwo farmers were killed and "
     "another was badly hurt on Monday when their tractor hit a mine in Cambodia's Battambang "
     "province.", [casualty("KHM", "2019-05-06", 2, 1)]),
    ("Three soldiers killed, two hurt in Colombia mine blast\n\nThree soldiers were killed and "
     "another two were wounded on Monday when a mine exploded under their patrol in Colombia's "
     "Cauca department.", [casualty("COL", "2019-05-06", 3, 2)]),
    # an active verb after the count, and another blast told with "another"
    ("Two mines killed a farmer in Cambodia's Battambang province on Monday.",
     [casualty("KHM", "2019-05-06", 1, None)]),
    ("A mine killed a boy in Afghanistan's Ghazni province on Monday. In another blast, two "
     "farmers were wounded in Helmand on Sunday.",
     [casualty("AFG", "2019-05-06", 1, None), casualty("AFG", "2019-05-05", None, 2)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), HEADLINES)
def test_headline_counts_told_again(text: str, expected: list[Claim]) -> None:
    assert claims(text, PUBLISHED, kind="casualty_incident") == expected
