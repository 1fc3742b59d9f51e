"""A year-less date that ends a range opened by a dated one (issue 8, blind batch 26, readers
of other languages): "منذ 8 كانون الأول 2024 وحتى 15 آذار", "dal 10 novembre 2023 al 12
febbraio". The sentence's own year is the first date's; where it would put the end before the
start, the end is in the next year (never past publication). A year-less date with a verb of
its own after the dated one is no range end and keeps the sentence's year. Sentences of our
own; each row: publication day, language, text, the casualty claims expected."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import Claim, casualty, claims, use

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


# "The same period" dates a use of its own clause; a laying told in another clause after a
# contrasting join ("..., فيما", "..., ma", "..., mas") is no act of that period. Rows: text,
# language, the use claims expected (published 10 June 2024).
SAME_PERIOD: list[tuple[str, str, list[Claim]]] = [
    ("قال المرصد إن الفرق وثقت انفجار 4 ألغام في ريف حماة بسوريا خلال أيار 2024. وخلال الفترة "
     "ذاتها زرع تنظيم داعش ألغاماً قرب تدمر.", "ar", [use("SYR", "2024-05")]),
    ("Le squadre hanno bonificato 300 mine in Siria nel maggio 2024. Nello stesso periodo le "
     "forze governative hanno posato nuove mine vicino a Hama.", "it", [use("SYR", "2024-05")]),
    ("As equipas removeram 300 minas em Angola em maio de 2024. No mesmo período, a UNITA "
     "colocou novas minas perto de Huambo, disse a polícia.", "pt", [use("AGO", "2024-05")]),
    # negatives: the laying in a clause of its own after the contrasting join
    ("أتلفت الفرق 300 لغم في ريف حماة بسوريا خلال أيار 2024. وأتلفت خلال الفترة ذاتها 50 "
     "قذيفة، فيما لا تزال الحقول ملوثة بالألغام التي زرعتها قوات النظام.", "ar", [use("SYR")]),
    ("Le squadre hanno bonificato 300 mine in Siria nel maggio 2024. Nello stesso periodo hanno "
     "distrutto 50 ordigni, ma i campi restano contaminati dalle mine posate dalle forze "
     "governative.", "it", [use("SYR")]),
    ("As equipas removeram 300 minas em Angola em maio de 2024. No mesmo período destruíram 50 "
     "engenhos, mas os campos continuam contaminados pelas minas colocadas pela UNITA.", "pt",
     [use("AGO")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "expected"), SAME_PERIOD)
def test_same_period_dates_its_own_clause(text: str, language: str, expected: list[Claim]) -> None:
    found = claims(text, PartialDate.parse("2024-06-10"), language, kind="use_allegation")
    assert found == expected
