"""Spanish clearance completions and their days, sentences of our own (no passage copied):
clearing finished by the infinitive ("terminaron de limpiar el último campo minado", "acabó de
desminar su territorio"), a long day between the verb and the work ("concluyó el pasado 12 de
febrero la remoción de los 5 campos minados"), a decade in the sentence that is not the year
of a year-less day ("instalados en la década de 1980"), and the International Day for Mine
Awareness (4 April), when Colombia's mine action hands over its municipalities."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate
from minewatch.extract.dates import Anchor
from minewatch.extract.spanish.reading import find_dates

from .tables import Claim, claims, cleared, completed

MARCH = PartialDate(2026, 3, 18)
APRIL = PartialDate(2026, 4, 6)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "El Ejército de Nicaragua concluyó el pasado 12 de febrero la remoción de los 5 campos "
            "minados de la frontera norte.",
            [completed("NIC", "2026-02-12")],
        ),
        (
            "Los desminadores terminaron de limpiar el último campo minado de Guatemala a fines "
            "de febrero.",
            [completed("GTM", "2026-02")],
        ),
        (
            "Ecuador acabó de desminar su territorio el 2 de marzo, informó el Ministerio de "
            "Defensa.",
            [completed("ECU", "2026-03-02")],
        ),
        (
            "El Ejército concluyó el pasado 18 de febrero la limpieza de los campos minados "
            "instalados en la década de 1980 en Nicaragua.",
            [completed("NIC", "2026-02-18")],
        ),
    ],
)
def test_spanish_completions(text: str, expected: list[Claim]) -> None:
    assert claims(text, MARCH, "es") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "En el Día Internacional de Sensibilización sobre el Peligro de las Minas, la Oficina "
            "del Alto Comisionado para la Paz declaró a Yondó, Antioquia, libre de sospecha de "
            "minas antipersonal.",
            [completed("COL", "2026-04-04")],
        ),
        (
            "Con motivo del Día Internacional contra las Minas, Perú entregó 3 hectáreas "
            "desminadas en la Cordillera del Cóndor.",
            [cleared("PER", "2026-04-04", 3, "ha")],
        ),
        (
            "Durante el Día Internacional de Concienciación sobre el Problema de las Minas, Chile "
            "anunció que completó el desminado de su territorio.",
            [completed("CHL", "2026-04-04")],
        ),
    ],
)
def test_the_mine_awareness_day_dates_a_handover(text: str, expected: list[Claim]) -> None:
    assert claims(text, APRIL, "es") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Perú prevé terminar de limpiar sus campos minados en 2027.",
        "Los desminadores terminaron de limpiar la maleza del terreno antes de empezar.",
        "Chile comenzó en 2004 la limpieza de los 190 campos minados de su territorio.",
    ],
)
def test_no_spanish_completion(text: str) -> None:
    assert claims(text, MARCH, "es", kind="clearance_progress") == []


def test_other_international_days_are_no_date() -> None:
    text = "En el Día Internacional de la Mujer, la comunidad recordó a las víctimas."
    assert [m.value for m in find_dates(text, Anchor(APRIL)) if m.usable] == []
