"""The neighbour across a border is no place, in Russian and Ukrainian as in English (issue 8,
studied batch 25): "подорвавшись на мине вблизи границы с Азербайджаном" (Armenian news of a
blast on the Armenian side) and "біля кордону з Росією" name the far side, so the casualty is
not filed there (``actors._BORDER_BEFORE``); with no other place told it has no state rather
than the wrong one. A place named outright ("в Армении", "в Азербайджане") stays the place.
Every sentence is our own wording; none is copied from a passage."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import Claim, casualty, claims

PUBLISHED = PartialDate.parse("2021-06-09")  # a Wednesday

BORDERS: list[tuple[str, list[Claim]]] = [
    ("Подрыв на мине\n\nЕРЕВАН, 9 июня. /АРМЕНПРЕСС/. Житель села Берд получил ранение во "
     "вторник, подорвавшись на противопехотной мине вблизи границы с Азербайджаном, сообщили "
     "в МЧС.", [casualty(None, "2021-06-08", None, 1)]),
    ("Подрыв на мине\n\nБАКУ, 9 июня. /ТРЕНД/. Пастух погиб во вторник, подорвавшись на мине у "
     "границы с Арменией в Товузском районе, сообщили в ANAMA.",
     [casualty(None, "2021-06-08", 1, None)]),
    ("Подрыв на мине\n\nЕРЕВАН, 9 июня. /АРМЕНПРЕСС/. Двое военнослужащих получили ранения во "
     "вторник, подорвавшись на мине у границы с Азербайджаном.",
     [casualty(None, "2021-06-08", None, 2)]),
    ("Підрив на міні\n\nХАРКІВ, 9 червня. /Укрінформ/. Тракторист загинув у вівторок, "
     "підірвавшись на міні біля кордону з Росією.", [casualty(None, "2021-06-08", 1, None)]),
    # the place told outright
    ("Подрыв на мине\n\nПастух погиб во вторник в Армении, подорвавшись на мине у границы с "
     "Азербайджаном, сообщили в МЧС.", [casualty("ARM", "2021-06-08", 1, None)]),
    ("Подрыв на мине\n\nЕРЕВАН, 9 июня. /АРМЕНПРЕСС/. Житель Азербайджана получил ранение во "
     "вторник, подорвавшись на мине в Азербайджане.", [casualty("AZE", "2021-06-08", None, 1)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), BORDERS)
def test_neighbour_across_the_border(text: str, expected: list[Claim]) -> None:
    assert claims(text, PUBLISHED, kind="casualty_incident") == expected
