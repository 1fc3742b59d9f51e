"""A civilian victim's nationality is not where the mine went off (issue 8, studied batch 25):
in a story about Lebanon, "a Syrian shepherd was injured ... near Kfarchouba" happened in
Lebanon, the state the document named, when the sentence names no other. Soldiers serve in
their own state ("two Thai soldiers"), the nationality of the story's own state stays it
("two Afghan boys" in a story about Afghanistan), and a story that names no state before the
victim keeps the nationality. Every sentence is our own wording; none is copied from a
passage."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import Claim, casualty, claims

PUBLISHED = PartialDate.parse("2019-05-09")

VISITORS: list[tuple[str, list[Claim]]] = [
    ("Mine action in Lebanon\n\nMAG teams cleared 20,000 square metres near Marjayoun in "
     "Lebanon in April.\n\nOn 25 April, a Syrian shepherd was injured when he stepped on a mine "
     "near Kfarchouba, the army reported.", [casualty("LBN", "2019-04-25", None, 1)]),
    ("Jordan mine report\n\nDemining teams worked in northern Jordan in March.\n\nOn 3 March, "
     "two Syrian refugees were wounded by a landmine near Ramtha.",
     [casualty("JOR", "2019-03-03", None, 2)]),
    ("Turkey mine report\n\nTurkish deminers cleared fields near Kilis in Turkey last month."
     "\n\nOn 3 March, an Iraqi truck driver was killed by a mine near the crossing.",
     [casualty("TUR", "2019-03-03", 1, None)]),
    # soldiers, the story's own nationals, no state named before
    ("Cambodia mine report\n\nCambodia's mine centre said clearance continued in Battambang."
     "\n\nOn 3 March, two Thai soldiers were wounded by a mine near the border.",
     [casualty("THA", "2019-03-03", None, 2)]),
    ("Afghanistan mine report\n\nAfghanistan's mine agency said clearance continued in Ghazni."
     "\n\nOn 3 March, two Afghan boys were killed by a mine in a field.",
     [casualty("AFG", "2019-03-03", 2, None)]),
    ("A Syrian shepherd was injured on 3 March when he stepped on a mine near Daraa.",
     [casualty("SYR", "2019-03-03", None, 1)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), VISITORS)
def test_visitors_nationality_not_the_place(text: str, expected: list[Claim]) -> None:
    assert claims(text, PUBLISHED, kind="casualty_incident") == expected
