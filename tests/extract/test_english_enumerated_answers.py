"""An enumerated answer is no copyright line (issue 8, blind batches 24 and 25): parliamentary
written answers and official replies number their parts "(a)", "(b)", "(c)", and "(c)" before
a sentence is the third answer, read like any other. Before a year, "Copyright" or a short line
("(c) 2018 Wire Service", "(c) The Daily") it is still the copyright notice and tells nothing.
Every sentence is our own wording; none is copied from a passage."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import Claim, casualty, claims, cleared, step

HURT = "Two deminers were injured by a landmine in Cambodia's Battambang province on 3 March 2018."

ANSWERS: list[tuple[str, list[Claim]]] = [
    ("(c) Oman deposited its instrument of accession to the Mine Ban Convention on 13 December "
     "2017.", [step("OMN", "2017-12-13", "join")]),
    ("(c) Three deminers were injured by a landmine in Cambodia's Battambang province on 3 March "
     "2018.", [casualty("KHM", "2018-03-03", None, 3)]),
    ("(c) In 2017, 4.1 square kilometres were cleared of mines in Cambodia's Battambang "
     "province.", [cleared("KHM", "2017", 4.1, "km2")]),
    # the copyright notice: what follows it on its line tells nothing
    (HURT + "\n\n(c) 2018 Landmine wire service. All rights reserved. Oman deposited its "
     "instrument of accession to the Mine Ban Convention on 13 December 2017.",
     [casualty("KHM", "2018-03-03", None, 2)]),
    (HURT + "\n\n(c) Copyright Mine Ban Convention Daily, Oman 2017",
     [casualty("KHM", "2018-03-03", None, 2)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ANSWERS)
def test_enumerated_answers(text: str, expected: list[Claim]) -> None:
    assert claims(text, PartialDate(2018, 3, 7)) == expected
