"""Spanish stockpile destruction, policy changes and clearance in the ways the press writes
them, a paradigm grid of our own (no passage copied): a stock destroyed by any verb form or
eliminated ("terminó de destruir su stock", "eliminó su arsenal"); a ban on what is done with
mines lifted ("la prohibición de almacenar minas"), production begun ("comenzó a fabricar"),
the decider named before the cue and never the place after it ("Washington autoriza el uso de
minas en Ucrania"); a land free of "MAP y MUSE" (Colombia's acronyms), items cleared with the
day between verb and count ("retiraron la semana pasada 300 minas"), and the place after "en"
before an owner after "de" ("el Centro de Desminado de España ... en Ucrania"). Plans, duties,
anti-tank mines alone and the tools for finding mines are none. Published Wednesday 18 March
2026."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import Claim, casualty, claims, cleared, completed, destroyed, policy

PUBLISHED = PartialDate(2026, 3, 18)

CLAIMS = [
    # stocks destroyed or eliminated
    (
        "Bielorrusia terminó de destruir su stock de minas antipersonal el pasado 3 de marzo.",
        [destroyed("BLR", "2026-03-03", None)],
    ),
    (
        "Sudán del Sur eliminó su arsenal de minas antipersonal en febrero, según la Unidad de "
        "Apoyo a la Aplicación.",
        [destroyed("SSD", "2026-02", None)],
    ),
    (
        "Sri Lanka eliminó sus existencias de minas antipersonal en 2021.",
        [destroyed("LKA", "2021", None)],
    ),
    (
        "Chile terminó de destruir este domingo sus reservas de minas antipersonal.",
        [destroyed("CHL", "2026-03-15", None)],
    ),
    # policy: a ban on what is done with mines, production begun, the decider first
    (
        "Lituania levantó la prohibición de almacenar minas antipersonal el 2 de marzo.",
        [policy("LTU", "2026-03-02")],
    ),
    (
        "Finlandia levantó el lunes la prohibición de producir minas antipersonal.",
        [policy("FIN", "2026-03-16")],
    ),
    (
        "Letonia comenzó a fabricar minas antipersonal este mes, según su Ministerio de Defensa.",
        [policy("LVA", "2026-03")],
    ),
    (
        "Polonia empezó a producir minas antipersonal, informó el ministro de Defensa.",
        [policy("POL", "2026-03")],
    ),
    ("Washington autoriza el uso de minas antipersonal en Ucrania", [policy("USA", "2026-03")]),
    # clearance: MAP and MUSE, the day before the count, "en" before "de"
    (
        "Declaran a Samaná, Caldas, municipio libre de sospecha de MAP y MUSE",
        [completed("COL", "2026-03")],
    ),
    (
        "Declaran libre de sospecha de MAP al municipio de Cocorná, Antioquia",
        [completed("COL", "2026-03")],
    ),
    (
        "Desminadores ucranianos retiraron la semana pasada 300 minas antipersonal en la región "
        "de Járkov.",
        [cleared("UKR", "2026-03", 300, "mines")],
    ),
    (
        "Los equipos de desminado neutralizaron la semana pasada 45 minas antipersonal en la "
        "región de Jersón, en Ucrania.",
        [cleared("UKR", "2026-03", 45, "mines")],
    ),
    (
        "El Centro Nacional de Desminado Humanitario de España informó que en 2025 se "
        "despejaron 50 hectáreas en Ucrania con apoyo español.",
        [cleared("UKR", "2025", 50, "ha")],
    ),
    (
        "La embajada de Noruega informó que una mina mató el lunes a dos campesinos en Colombia.",
        [casualty("COL", "2026-03-16", 2, None)],
    ),
    (
        "Un soldado de Ecuador murió el lunes al pisar una mina en Colombia, cerca de la frontera.",
        [casualty("COL", "2026-03-16", 1, None)],
    ),
    # already read on main: the rest of the grid
    (
        "Argentina destruyó sus existencias de minas antipersonal, informó el Ministerio de "
        "Defensa.",
        [destroyed("ARG", "2026-03", None)],
    ),
    (
        "Ucrania completó el lunes la destrucción de su arsenal de minas PFM-1.",
        [destroyed("UKR", "2026-03-16", None)],
    ),
    (
        "El Gobierno de Finlandia aprobó el lunes la compra de minas antipersonal.",
        [policy("FIN", "2026-03-16")],
    ),
    (
        "El ministro de Defensa estonio ordenó la compra de minas antipersonal para reforzar la "
        "frontera.",
        [policy("EST", "2026-03")],
    ),
    (
        "El municipio de Sonsón, en Antioquia, fue declarado libre de sospecha de minas "
        "antipersonal este lunes.",
        [completed("COL", "2026-03-16")],
    ),
    (
        "Perú concluyó este domingo el desminado humanitario de la Cordillera del Cóndor, "
        "informó el Ministerio de Relaciones Exteriores.",
        [completed("PER", "2026-03-15")],
    ),
    (
        "Un soldado murió el lunes al pisar una mina en zona rural de Colombia.",
        [casualty("COL", "2026-03-16", 1, None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLAIMS)
def test_spanish_stock_policy_clearance_paradigm(text: str, expected: list[Claim]) -> None:
    assert claims(text, PUBLISHED, "es") == expected


@pytest.mark.parametrize(
    "text",
    [
        # no stock destroyed: people eliminated, a duty, a promise
        "El Ejército eliminó a tres guerrilleros que custodiaban un arsenal con minas "
        "antipersonal.",
        "Ucrania debe destruir sus existencias de minas antipersonal antes de 2027.",
        "Finlandia tiene que destruir sus existencias de minas antes de salir de la Convención.",
        # no policy: a possibility, anti-tank mines alone, tools for finding mines
        "Estados Unidos podría autorizar el envío de minas antipersonal a Ucrania, según fuentes.",
        "Polonia podría levantar la prohibición de producir minas antipersonal.",
        "Letonia aprobó la compra de minas antitanque.",
        "Estados Unidos autorizó el envío de detectores de minas a Ucrania.",
        "La empresa comenzó a fabricar detectores de minas en Bogotá.",
        # no clearance: a day and a count of something else
        "Los desminadores retiraron el lunes 40 metros de alambre en Tame, Arauca, cerca de un "
        "campo minado.",
        "El Ejército retiró en 2024 3 batallones de la zona minada.",
    ],
)
def test_no_spanish_stock_policy_clearance(text: str) -> None:
    assert claims(text, PUBLISHED, "es") == []
