"""Russian and Ukrainian victims counted where they were blown up and their death told after by
"both" ("оба", "обе"; "обидва", "обидві", "обоє") or "died" ("скончались", "померли"), in the
same sentence or the next; the day is the blast's (issue 8). Sentences of our own, the claim
written down before the first run (published Thursday 16 March 2023)."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import FIELDS, Claim, casualty, project, read

PUBLISHED = PartialDate(2023, 3, 16)


def claims(language: str, text: str) -> list[Claim]:
    return project(read(text, PUBLISHED, language), *FIELDS, kind="casualty_incident")


BOTH = [
    ("ru", "В Азербайджане 15 марта на мине подорвались двое жителей, оба погибли.",
     casualty("AZE", "2023-03-15", 2, None)),
    ("ru", "14 марта в Кельбаджарском районе Азербайджана на мине подорвались два пастуха. "
     "Оба скончались в больнице.", casualty("AZE", "2023-03-14", 2, None)),
    ("ru", "В понедельник на противопехотной мине в Таджикистане подорвались две женщины. Обе "
     "погибли на месте.", casualty("TJK", "2023-03-13", 2, None)),
    ("ru", "На мине в Ираке 12 марта подорвались трое подростков, трое скончались.",
     casualty("IRQ", "2023-03-12", 3, None)),
    ("uk", "На Харківщині 15 березня на міні підірвалися двоє чоловіків. Обидва загинули на місці.",
     casualty("UKR", "2023-03-15", 2, None)),
    ("uk", "У вівторок в Україні на протипіхотній міні підірвалися дві жінки, обидві загинули.",
     casualty("UKR", "2023-03-14", 2, None)),
    ("uk", "В Україні 13 березня на міні підірвалися троє саперів, двоє померли в лікарні.",
     casualty("UKR", "2023-03-13", 2, None)),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "claim"), BOTH)
def test_both_died_after_the_blast(language: str, text: str, claim: Claim) -> None:
    assert claims(language, text) == [claim]


NOT_KILLED = [
    # both survived: hurt, not killed
    ("ru", "В Азербайджане 15 марта на мине подорвались двое жителей, оба ранены."),
    ("uk", "В Україні 15 березня на міні підірвалися двоє чоловіків, обидва поранені."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), NOT_KILLED)
def test_both_hurt_is_no_death(language: str, text: str) -> None:
    assert all(killed is None for _, _, _, _, killed, *_ in claims(language, text))
