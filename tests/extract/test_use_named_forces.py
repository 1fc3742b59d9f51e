"""Use allegations by a state's forces named by their proper name, the state's adjective or
name first ("the Libyan Arab Armed Forces", "the Sudanese Armed Forces", "the Israel Defense
Forces"), with words between them and the use verb ("appear to have laid"): the forces' state
laid the mines (issue 8, use recall on blind batch 25). Sentences of our own; (accused state,
laying date), sorted."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate
from tests.extract.tables import project, read

PUBLISHED = PartialDate(2020, 6, 20)
Row = tuple[str | None, str | None]

CASES: list[tuple[str, list[Row]]] = [
    ("Forces affiliated with the Libyan Arab Armed Forces appear to have laid landmines in "
     "southern Tripoli before withdrawing in May 2020, investigators said.",
     [("LBY", "2020-05")]),
    ("Soldiers of the Sudanese Armed Forces (SAF) reportedly planted antipersonnel mines "
     "around the camp, witnesses said.", [("SDN", None)]),
    ("Members of the Israel Defense Forces (IDF) are said to have buried mines along the "
     "fence, the report says.", [("ISR", None)]),
    ("Units of the Ukrainian Armed Forces laid mines near Pokrovsk, the report said.",
     [("UKR", None)]),
    # negatives: named forces that clear or find mines lay none
    ("The Syrian Democratic Forces cleared mines near Raqqa last month.", []),
    ("Engineers of the Libyan Arab Armed Forces found mines that had been laid in the "
     "suburbs.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_named_forces_lay_for_their_state(text: str, expected: list[Row]) -> None:
    found = project(read(text, PUBLISHED, "en"), "actor_iso3", "date", kind="use_allegation")
    assert sorted(found, key=str) == expected
