"""Spanish policy changes on mines: a pledge never to use or make them ("no utilizará minas
antipersonal", "no volverá a usar minas"), a policy reversed ("lo que revierte la política"),
production resumed or decided; dated by the statement's day where one is told before the cue.
A pledge is no use allegation; anti-tank mines alone are no policy. Sentences of our own, the
claim written down before the first run (published Friday 12 September 2025)."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import FIELDS, Claim, policy, project, read

PUBLISHED = PartialDate(2025, 9, 12)


def claims(text: str) -> list[Claim]:
    return project(read(text, PUBLISHED, "es"), *FIELDS)


POLICIES = [
    (
        "El Gobierno de Canadá anunció el lunes que el país no utilizará minas antipersonal "
        "fuera de su territorio.",
        [policy("CAN", "2025-09-08")],
    ),
    (
        "El presidente anunció el lunes que Brasil no volverá a usar minas antipersonal.",
        [policy("BRA", "2025-09-08")],
    ),
    (
        "El Gobierno de Biden anunció el lunes que Estados Unidos no usará minas antipersonal, "
        "lo que revierte la política aprobada en enero de 2020 por Trump.",
        [policy("USA", "2025-09-08")],
    ),
    (
        "El Gobierno de Polonia decidió en marzo de 2024 reanudar la producción de minas "
        "antipersonal.",
        [policy("POL", "2024-03")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), POLICIES)
def test_spanish_policy(text: str, expected: list[Claim]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Polonia reanudará la producción de minas antitanque.",
        "Los campesinos no usarán el camino por miedo a las minas.",
        "El ejército no sembró minas en la zona, dijo el ministro de Colombia.",
    ],
)
def test_no_spanish_policy(text: str) -> None:
    assert claims(text) == []
