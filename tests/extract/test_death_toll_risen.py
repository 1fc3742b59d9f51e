"""English: a death toll risen to a figure is that many killed (issue 8, blind batch 26). "The
death toll among shepherds killed by landmines has risen to 48 since early February", "the
number of civilians killed by mines ... climbed to 31": killed, never a total of casualties; a
toll of casualties, or of killed or injured, stays a total, and a number of mines cleared is no
casualty. Sentences of our own; the casualty claims expected (published 4 March 2021)."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import Claim, casualty, claims, total

ROWS: list[tuple[str, list[Claim]]] = [
    ("The death toll among shepherds killed by landmines in Syria has risen to 48 since early "
     "February, the observatory said.", [casualty("SYR", "2021-03", 48, None)]),
    ("The number of civilians killed by landmines in Yemen's Hodeidah province climbed to 31 "
     "in 2020, the group said.", [casualty("YEM", "2020", 31, None)]),
    ("The death toll from the mine blast near Mosul, Iraq, rose to 12 on Sunday.",
     [casualty("IRQ", "2021-02-28", 12, None)]),
    ("In Afghanistan, the death toll of children killed by mines and explosive remnants "
     "reached 96 in 2020.", [casualty("AFG", "2020", 96, None)]),
    # negatives: a casualty toll stays a total; mines cleared are no casualties
    ("The casualty toll from landmines in Yemen rose to 120 in 2020.",
     [total("YEM", "2020", 120)]),
    ("The number of mines cleared in Syria has risen to 480 this year, the ministry said.", []),
    # the toll of the war, with mines named in another clause
    ("The death toll in the war in Syria has risen to 500,000, and landmines remain a threat "
     "across the country.", []),
    ("Officials put the death toll from Russia's invasion of Ukraine at 12,000, and mines still "
     "cover the fields.", []),
    ("Ukraine's ombudsman put the number of civilians killed in the war at 12,000, including "
     "many children, and said mines cover a third of the country.", []),
    ("The number of civilians killed in the war in Yemen has climbed to 19,000, and mines still "
     "kill children every week.", []),
    # the number killed by another weapon, with the mines' own harm in a clause of its own
    ("Officials put the number of people killed by Russia's drone strikes on Kherson at 41, "
     "while mines killed three more in Ukraine.", [casualty("UKR", "2021-03", 3, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_a_death_toll_risen_is_killed(text: str, expected: list[Claim]) -> None:
    found = claims(text, PartialDate.parse("2021-03-04"), kind="casualty_incident")
    assert found == expected
