"""Spanish totals of victims with the victims named in several words and the verb told ("31
miembros de la fuerza pública han sido víctimas de minas"), sentences of our own: victims of
mines or of their accidents only, never of displacement, never across a conjunction.
Published Wednesday 18 March 2026."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import Claim, claims, total

PUBLISHED = PartialDate(2026, 3, 18)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "En lo que va de 2026, 31 miembros de la fuerza pública han sido víctimas de minas "
            "antipersonal en Colombia.",
            [total("COL", "2026-03", 31)],
        ),
        (
            "En 2025, 57 habitantes de zonas rurales fueron víctimas de MAP y MUSE en Colombia.",
            [total("COL", "2025", 57)],
        ),
        (
            "Durante 2024, 18 integrantes de comunidades indígenas resultaron víctimas de "
            "accidentes con minas en el Cauca, Colombia.",
            [total("COL", "2024", 18)],
        ),
    ],
)
def test_spanish_victims_named_in_words(text: str, expected: list[Claim]) -> None:
    assert claims(text, PUBLISHED, "es", kind="casualty_incident") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Los 40 habitantes de la vereda fueron víctimas de desplazamiento forzado por las minas.",
        "En 2 de los 5 municipios, los campesinos fueron víctimas de desplazamiento por las minas.",
    ],
)
def test_no_spanish_victim_total(text: str) -> None:
    assert claims(text, PUBLISHED, "es", kind="casualty_incident") == []
