"""Spanish casualty incidents as the Latin American and Spanish press writes them, a paradigm
grid of our own (no passage copied): the preterite and the headline's present ("Muere
campesino al pisar una mina", "Resultan heridos dos militares"), the verb before its victims
("hirió a dos soldados", "Una mina mató ayer a un pastor"), the passive ("fue herido"),
reported speech ("Según el Ejército", "informó que"), counts in words and figures with a unit
named between ("dos infantes de marina resultaron heridos"), and the days of the news: "ayer",
"anoche", "este domingo", "el pasado 3 de marzo", "la madrugada del lunes", "el 10/03/2026".
Colombian places by municipio and departamento. Published Wednesday 18 March 2026."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate
from minewatch.extract.dates import Anchor
from minewatch.extract.spanish.reading import find_dates

from .tables import Claim, casualty, claims, total

PUBLISHED = PartialDate(2026, 3, 18)

CASUALTIES = [
    # headlines: the present, the verb first, no article
    (
        "Muere campesino al pisar una mina antipersonal en Nariño",
        [casualty("COL", "2026-03", 1, None)],
    ),
    (
        "Resultan heridos dos militares por la explosión de un artefacto explosivo improvisado "
        "en el Cauca",
        [casualty("COL", "2026-03", None, 2)],
    ),
    (
        "Dos soldados heridos por mina antipersonal en Norte de Santander",
        [casualty("COL", "2026-03", None, 2)],
    ),
    # the unit named between the count and the verb
    (
        "Según el Ejército, dos infantes de marina resultaron heridos este domingo tras activar "
        "una mina en El Charco, Nariño.",
        [casualty("COL", "2026-03-15", None, 2)],
    ),
    (
        "Cuatro soldados del Ejército de Birmania murieron anteayer por una mina en el estado "
        "de Kachin.",
        [casualty("MMR", "2026-03-16", 4, None)],
    ),
    # the mine as the subject, the day between the verb and its victims
    (
        "Una mina antipersonal mató ayer a un pastor en la región de Arica y Parinacota, en el "
        "norte de Chile.",
        [casualty("CHL", "2026-03-17", 1, None)],
    ),
    (
        "Hace tres días, una mina antipersonal hirió a dos soldados peruanos en la Cordillera "
        "del Cóndor, en el Perú.",
        [casualty("PER", "2026-03-15", None, 2)],
    ),
    # "ayer", "anoche" and a date in figures
    (
        "La Defensoría del Pueblo informó que un niño de 9 años perdió una pierna ayer al pisar "
        "una MUSE en Tumaco, Nariño.",
        [casualty("COL", "2026-03-17", None, 1)],
    ),
    (
        "Un pastor saharaui murió ayer por la explosión de una mina cerca del muro construido "
        "por Marruecos en el Sahara Occidental.",
        [casualty("ESH", "2026-03-17", 1, None)],
    ),
    (
        "Un policía resultó herido anoche tras pisar una mina antipersonal en el corregimiento "
        "de La Gabarra, Tibú (Norte de Santander).",
        [casualty("COL", "2026-03-17", None, 1)],
    ),
    (
        "Un joven de 17 años perdió ambas piernas el 10/03/2026 al pisar una mina en el "
        "departamento del Guaviare.",
        [casualty("COL", "2026-03-10", None, 1)],
    ),
    # already read on main: the rest of the grid
    (
        "Un soldado murió el lunes al pisar una mina antipersonal en zona rural de Tame, Arauca.",
        [casualty("COL", "2026-03-16", 1, None)],
    ),
    (
        "Se registró un nuevo accidente por mina antipersonal en Briceño, Antioquia, que dejó "
        "un campesino muerto.",
        [casualty("COL", "2026-03", 1, None)],
    ),
    (
        "Un menor fue herido por una mina antipersonal el pasado 3 de marzo en Ituango, Antioquia.",
        [casualty("COL", "2026-03-03", None, 1)],
    ),
    (
        "Tres civiles murieron y cuatro resultaron heridos por la explosión de una mina en la "
        "región de Járkov, informaron las autoridades ucranianas.",
        [casualty("UKR", "2026-03", 3, 4)],
    ),
    (
        "La explosión de una mina dejó dos muertos y tres heridos el pasado sábado en el estado "
        "de Shan, en Birmania.",
        [casualty("MMR", "2026-03-14", 2, 3)],
    ),
    (
        "Dos militares perdieron la vida el 5 de marzo de 2026 al activar un campo minado en "
        "Ecuador, cerca de la frontera con Colombia.",
        [casualty("ECU", "2026-03-05", 2, None)],
    ),
    (
        "Kiev informó que seis civiles murieron el lunes por minas en la región de Donetsk.",
        [casualty("UKR", "2026-03-16", 6, None)],
    ),
    (
        "En lo que va de 2026, 35 personas han sido víctimas de minas antipersonal en Colombia, "
        "según el Comité Internacional de la Cruz Roja.",
        [total("COL", "2026-03", 35)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASUALTIES)
def test_spanish_casualty_paradigm(text: str, expected: list[Claim]) -> None:
    assert claims(text, PUBLISHED, "es") == expected


@pytest.mark.parametrize(
    "text",
    [
        # no mine: combat, a road accident, an ore mine, a plant ("una mata de coca")
        "Mueren dos soldados en combate con el ELN en zona rural de Arauca.",
        "Resultan heridos dos policías en un accidente de tránsito en Popayán.",
        "Una mina de carbón se derrumbó y mató ayer a un minero en Sutatausa, Cundinamarca.",
        "La Policía erradicó ayer 300 matas de coca en Tumaco, Nariño.",
        # an animal is no victim
        "Una mina antipersonal hirió ayer a un perro en Tame, Arauca.",
        # nobody hurt
        "Una mina estalló ayer al paso de una patrulla en Tame, Arauca, sin causar víctimas.",
    ],
)
def test_no_spanish_casualty(text: str) -> None:
    assert claims(text, PUBLISHED, "es", kind="casualty_incident") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La mina estalló ayer.", ["2026-03-17"]),
        ("La mina estalló anoche.", ["2026-03-17"]),
        ("La mina estalló anteayer.", ["2026-03-16"]),
        ("La mina estalló en la madrugada del domingo.", ["2026-03-15"]),
        ("La mina estalló el 10/03/2026.", ["2026-03-10"]),
        ("Un soldado murió hoy al pisar una mina.", ["2026-03-18"]),
        # nowadays is no day; a figure with slashes that is no date
        ("Hoy en día las minas siguen en los campos.", []),
        ("“Hoy Chile es un país libre de minas”, afirmó el ministro.", []),
        ("El convenio 45/2026 fue firmado.", []),
    ],
)
def test_spanish_news_days(text: str, expected: list[str]) -> None:
    found = [m.value for m in find_dates(text, Anchor(PUBLISHED)) if m.usable]
    assert found == expected


def test_a_day_after_a_reporting_verb_dates_the_report_only() -> None:
    text = "El Ejército informó ayer que dos soldados murieron al pisar una mina en Tame, Arauca."
    assert claims(text, PUBLISHED, "es") == [casualty("COL", "2026-03", 2, None)]
