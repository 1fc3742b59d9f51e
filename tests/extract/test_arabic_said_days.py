"""Arabic: the day of a saying told after its subject (issue 8, blind batch 26). "أعلنت دائرة
شؤون الألغام، اليوم الاثنين، تطهير ... خلال عام 2021": the day set off by commas after the
verb's subject is the announcement's, as right after the verb it was, and the weekday beside
"اليوم" with it; the clearing keeps its own year. A day after "أن" ("that") is the event's.
Sentences of our own; the claims expected (published 4 April 2022)."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import Claim, casualty, claims, cleared

ROWS: list[tuple[str, list[Claim]]] = [
    ("أعلنت دائرة شؤون الألغام في وزارة البيئة، اليوم الاثنين، تطهير 12 مليون متر مربع في "
     "محافظة ميسان بالعراق خلال عام 2021.", [cleared("IRQ", "2021", 12000000, "m2")]),
    ("أعلن المركز الوطني لمكافحة الألغام، أمس الأحد، إزالة 3000 لغم في محافظة تعز باليمن خلال "
     "عام 2021.", [cleared("YEM", "2021", 3000, "mines")]),
    ("ذكرت الهيئة الوطنية، اليوم، تدمير 800 لغم في ولاية كسلا بالسودان خلال شهر آذار.",
     [cleared("SDN", "2022-03", 800, "mines")]),
    # negatives: the day of the event after "that"; a day of its own after the saying's
    ("أعلنت الوزارة أن طفلاً قتل اليوم الاثنين بانفجار لغم في حلب بسوريا.",
     [casualty("SYR", "2022-04-04", 1, None)]),
    ("قال مسؤول محلي، أمس، إن طفلاً قتل بانفجار لغم في حلب بسوريا يوم السبت.",
     [casualty("SYR", "2022-04-02", 1, None)]),
    ("قتل طفل يوم الأحد بانفجار لغم في حلب بسوريا، حسبما أفاد مسؤول اليوم.",
     [casualty("SYR", "2022-04-03", 1, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_the_day_of_saying(text: str, expected: list[Claim]) -> None:
    found = claims(text, PartialDate.parse("2022-04-04"), "ar")
    assert [c for c in found if c[0] != "use_allegation"] == expected
