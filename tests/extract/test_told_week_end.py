"""A period that ends when it is told, in a sentence that tells the day of the statement (issue
8, the page-length date misses): "The State Emergency Service said on Wednesday that its
sappers had cleared 250 hectares ... over the past week" is dated to that Wednesday (README
rule 5: a period takes its end), not to the publication month. English phrases: "over/in/
during the past (last, previous) week", "... seven days", "... 24 hours". With no day of
a statement the phrase dates nothing (the publication month stays), and a longer period ("over
the past three years") is no such phrase. Every sentence is our own wording; none is copied
from a passage."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import Claim, casualty, claims, cleared

PUBLISHED = PartialDate.parse("2024-03-08")  # a Friday

TOLD: list[tuple[str, list[Claim]]] = [
    ("The State Emergency Service said on Wednesday that its sappers had cleared 250 hectares "
     "in Ukraine's Kherson region over the past week.", [cleared("UKR", "2024-03-06", 250, "ha")]),
    ("Deminers in Cambodia removed 412 anti-personnel mines in the past seven days, the "
     "national authority said on Thursday.", [cleared("KHM", "2024-03-07", 412, "mines")]),
    ("In a statement on Tuesday, Masam said its teams had removed 1,104 mines and unexploded "
     "ordnance across Yemen during the past week.",
     [cleared("YEM", "2024-03-05", 1104, "mines_and_uxo")]),
    # no day of a statement: the publication month, as before
    ("Sappers cleared 250 hectares in Ukraine's Kherson region over the past week.",
     [cleared("UKR", "2024-03", 250, "ha")]),
    ("Three mine blasts killed seven civilians in Myanmar's Sagaing region over the past week, "
     "residents said.", [casualty("MMR", "2024-03", 7, None)]),
    # a longer period is not the week told
    ("Deminers in Cambodia have cleared 40 square kilometres over the past three years, the "
     "authority said on Thursday.", [cleared("KHM", "2024-03", 40, "km2")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), TOLD)
def test_a_period_told_ends_on_the_day_it_is_told(text: str, expected: list[Claim]) -> None:
    assert claims(text, PUBLISHED) == expected
