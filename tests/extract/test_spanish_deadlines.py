"""Spanish: a deadline's date is no event date (issue 8, blind batch 26), as the English
"deadline of" already was: "antes del plazo del 1 de marzo de 2020", "su plazo vence el 1 de
marzo", "la fecha límite del 1 de diciembre". The event keeps its own date, or none. Sentences
of our own; the claims expected (published 20 June 2021)."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import Claim, claims, cleared

ROWS: list[tuple[str, list[Claim]]] = [
    ("Colombia pidió una prórroga porque su plazo vence el 1 de marzo de 2021, y destruyó 300 "
     "minas en mayo.", [cleared("COL", "2021-05", 300, "mines")]),
    ("Antes del plazo del 1 de marzo de 2021, Perú destruyó 450 minas en Cajamarca en abril.",
     [cleared("PER", "2021-04", 450, "mines")]),
    ("Con la fecha límite del 1 de enero de 2021 ya vencida, Ecuador destruyó 120 minas en la "
     "frontera en marzo.", [cleared("ECU", "2021-03", 120, "mines")]),
    # negatives: a date of its own stays, with or without a deadline beside it
    ("Chile destruyó 2.000 minas el 1 de marzo de 2021 en Arica, dentro del plazo, informó el "
     "Ejército.", [cleared("CHL", "2021-03-01", 2000, "mines")]),
    ("Perú destruyó 800 minas el 28 de febrero de 2021, antes del plazo del 1 de marzo de 2021.",
     [cleared("PER", "2021-02-28", 800, "mines")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_a_deadline_dates_nothing(text: str, expected: list[Claim]) -> None:
    found = claims(text, PartialDate.parse("2021-06-20"), "es", kind="clearance_progress")
    assert found == expected
