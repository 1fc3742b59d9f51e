"""Spanish clearance and casualty figures as Latin American mine action writes them (decimal
comma, thousands point, areas in words and symbols, the area told before its clearance, items
destroyed by a noun or a participle, ages that are no counts), in sentences of our own."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import Claim, casualty, claims, cleared, project, read

PUBLISHED = PartialDate(2026, 1, 5)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a decimal comma is a fraction, never the whole number before it
        (
            "Según Descontamina Colombia, en 2025 se despejaron 2,4 kilómetros cuadrados de "
            "terreno minado en Colombia.",
            [cleared("COL", "2025", 2.4, "km2")],
        ),
        (
            "En 2025 las brigadas del Ecuador desminaron 0,6 km² en la provincia de El Oro y "
            "destruyeron 140 minas antipersonal.",
            [cleared("ECU", "2025", 0.6, "km2"), cleared("ECU", "2025", 140, "mines")],
        ),
        # the thousands point and a scale word
        (
            "El Perú ha liberado 1,3 millones de metros cuadrados desde que empezó el desminado "
            "en 2002, informó Contraminas en diciembre de 2025.",
            [cleared("PER", "2025-12", 1_300_000, "m2")],
        ),
        (
            "En 2025 los desminadores de Colombia limpiaron 35 hectáreas minadas en el Meta.",
            [cleared("COL", "2025", 35, "ha")],
        ),
        # the area told first, its clearance after
        (
            "En 2025, en Colombia, 17 zonas minadas que suman 95.300 metros cuadrados fueron "
            "liberadas por el Ejército.",
            [cleared("COL", "2025", 95_300, "m2")],
        ),
        (
            "En el Putumayo (Colombia), 8 hectáreas de campos minados quedaron despejadas en "
            "noviembre de 2025.",
            [cleared("COL", "2025-11", 8, "ha")],
        ),
        # the infinitive after a verb of outcome; a start date is no event date
        (
            "Las labores de desminado en el Perú, iniciadas en marzo de 2024, lograron despejar "
            "52.700 metros cuadrados en 2025.",
            [cleared("PER", "2025", 52_700, "m2")],
        ),
        # items destroyed told by a noun or a participle after the count
        (
            "En 2025 Colombia despejó 3,1 km², con la destrucción de 410 minas antipersonal.",
            [cleared("COL", "2025", 3.1, "km2"), cleared("COL", "2025", 410, "mines")],
        ),
        (
            "El balance de 2025 del Ejército del Ecuador reporta 96 minas antipersonal "
            "destruidas en la frontera sur.",
            [cleared("ECU", "2025", 96, "mines")],
        ),
        (
            "En el Perú fueron neutralizadas 230 minas antipersonal durante 2025.",
            [cleared("PER", "2025", 230, "mines")],
        ),
    ],
)
def test_clearance_figures(text: str, expected: list[Claim]) -> None:
    assert claims(text, PUBLISHED, "es", kind="clearance_progress") == expected


@pytest.mark.parametrize(
    "text",
    [
        # what is left to clear is no clearance
        "Al Ecuador aún le quedan unos 0,4 kilómetros cuadrados de campos minados por despejar.",
        "En el Perú quedan 12 áreas minadas por liberar, con una extensión de 0,2 km².",
        # an area not yet cleared
        "En Colombia, 20 hectáreas minadas aún no han sido despejadas.",
        # a plan
        "Colombia prevé despejar 40 hectáreas de campos minados en 2027.",
    ],
)
def test_no_clearance_figure(text: str) -> None:
    assert claims(text, PUBLISHED, "es", kind="clearance_progress") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an age is no count of victims
        (
            "Un niño de 9 años resultó gravemente herido el 2 de enero al pisar una mina en "
            "Colombia.",
            [casualty("COL", "2026-01-02", None, 1)],
        ),
        (
            "Una campesina de 54 años quedó herida el 3 de enero por una mina antipersonal en el "
            "Cauca, Colombia.",
            [casualty("COL", "2026-01-03", None, 1)],
        ),
        (
            "El 1 de enero, en Colombia, 3 soldados de 20 años resultaron heridos por una mina "
            "antipersonal.",
            [casualty("COL", "2026-01-01", None, 3)],
        ),
        # a relative hurt beside the victim is one more victim of the same incident
        # (``merging._more_victims``; as h428's gold counts the boy and his sister, 2)
        (
            "El 2 de enero un menor resultó herido por una mina en Colombia. Su hermano, de seis "
            "años, que lo acompañaba, sufrió heridas leves.",
            [casualty("COL", "2026-01-02", None, 2)],
        ),
    ],
)
def test_casualty_counts(text: str, expected: list[Claim]) -> None:
    assert claims(text, PUBLISHED, "es", kind="casualty_incident") == expected


def test_a_total_keeps_its_part() -> None:
    text = (
        "Entre 1990 y diciembre de 2025 se registraron 12.300 víctimas de minas antipersonal en "
        "Colombia, de las cuales 2.400 murieron."
    )
    found = read(text, PUBLISHED, "es")
    got = project(found, "actor_iso3", "killed", "quantity", "unit", kind="casualty_incident")
    assert got == [("COL", 2400, 12_300, "casualties")]
