"""A year-less date that ends a range opened by a dated one (issue 8, blind batch 26, readers
of other languages): "منذ 8 كانون الأول 2024 وحتى 15 آذار", "dal 10 novembre 2023 al 12
febbraio". The sentence's own year is the first date's; where it would put the end before the
start, the end is in the next year (never past publication). A year-less date with a verb of
its own after the dated one is no range end and keeps the sentence's year. Sentences of our
own; each row: publication day, language, text, the casualty claims expected."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import Claim, casualty, claims

ROWS: list[tuple[str, str, str, list[Claim]]] = [
    ("2024-02-20", "ar", "وثقت الفرق مقتل 31 مدنياً بانفجار ألغام في سوريا منذ 10 تشرين الثاني "
     "2023 وحتى 12 شباط الجاري.", [casualty("SYR", "2024-02-12", 31, None)]),
    ("2025-01-30", "ar", "أصيب 14 شخصاً بانفجار ألغام في محافظة مأرب باليمن من 5 تشرين الأول "
     "2024 إلى 20 كانون الثاني.", [casualty("YEM", "2025-01-20", None, 14)]),
    ("2024-02-20", "it", "Le mine hanno ucciso 31 civili in Siria dal 10 novembre 2023 al 12 "
     "febbraio, secondo l'ONU.", [casualty("SYR", "2024-02-12", 31, None)]),
    ("2023-03-02", "pt", "As minas mataram 9 civis em Angola entre 20 de dezembro de 2022 e 25 de "
     "fevereiro, segundo a ONU.", [casualty("AGO", "2023-02-25", 9, None)]),
    # negatives: a range within one year keeps it; a later date with a verb of its own keeps
    # the sentence's year; the next year would be past publication
    ("2024-12-20", "ar", "وثقت الفرق مقتل 31 مدنياً بانفجار ألغام في سوريا منذ 3 شباط 2024 وحتى "
     "20 أيار.", [casualty("SYR", "2024-05-20", 31, None)]),
    ("2024-12-20", "ar", "قتل طفلان بانفجار لغم في درعا بسوريا في 10 تشرين الثاني 2023، وأصيب "
     "رجل في 12 آب.", [casualty("SYR", "2023-08-12", 2, 1)]),
    ("2023-06-01", "it", "Le mine hanno ucciso 5 civili in Siria dal 10 novembre 2022 al 12 "
     "agosto, secondo l'ONU.", [casualty("SYR", "2022-08-12", 5, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("published", "language", "text", "expected"), ROWS)
def test_range_end_years(published: str, language: str, text: str, expected: list[Claim]) -> None:
    found = claims(text, PartialDate.parse(published), language, kind="casualty_incident")
    assert found == expected
