"""Which date and which state in Spanish, Portuguese and German stories (issue 8, recall outside
English), by mechanism: an accusation's day is the statement's, and the laying is dated by its
own period ("acusó este martes ... entre abril y septiembre de 2022"); a period opened "a
mediados/principios/finales de" a year takes its end; a clause between commas about a noun
("las FARC, disuelta como guerrilla en 2017,") dates nothing else; the mines' own laying
("minas sembradas durante el conflicto de 1995") dates no clearance; figures after a declared
completion, with no date of their own, take its day (a running total from a start ends at
publication);
a unit named whole ("del Batallón ... No. 5") is no words between a count and its verb, its
number no count; a subdivision of a state the story never names places nothing when the story
places its events in another state's regions; German decisions on making mines are policy,
"im vergangenen Herbst" is the latest autumn, "ist seit 1998 Vertragsstaat" no step. Sentences
of our own, the claim written down before the first run (published Thursday 14 March 2024)."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import Claim, casualty, claims, cleared, completed, policy, step, use

PUBLISHED = PartialDate(2024, 3, 14)


# A Spanish laying takes its own period.
LAYING_PERIODS = [
    (
        "es",
        "La organización acusó este martes a las fuerzas rusas de haber lanzado minas "
        "antipersonal sobre Járkov, mientras la ocupaban, entre abril y septiembre de 2022.",
        [use("RUS", "2022-09")],
    ),
    # the statement's day alone dates no laying
    (
        "es",
        "La organización acusó este martes a las fuerzas rusas de haber lanzado minas "
        "antipersonal sobre la ciudad de Járkov.",
        [use("RUS", None)],
    ),
    (
        "es",
        "El informe acusa al ejército de Myanmar de haber empleado minas de forma continua "
        "entre mediados de 2022 y octubre de 2023.",
        [use("MMR", "2023-10")],
    ),
    (
        "es",
        "Según la ONU, los militares birmanos sembraron minas entre finales de 2019 y 2021.",
        [use("MMR", "2021")],
    ),
    (
        "es",
        "El Gobierno de Colombia atribuye la contaminación a las FARC, disuelta como guerrilla "
        "en 2017, y acusa al ELN de seguir sembrando minas.",
        [use("COL", None)],
    ),
]


# Figures after a declared completion take its day.
AFTER_COMPLETION = [
    (
        "es",
        "El municipio de Sonsón, en Antioquia, fue declarado este martes libre de sospecha de "
        "minas antipersonal.\nDurante 26 meses de trabajo, los equipos despejaron 30.000 "
        "metros cuadrados y destruyeron 41 minas antipersonal.",
        [
            completed("COL", "2024-03-12"),
            cleared("COL", "2024-03-12", 30000, "m2"),
            cleared("COL", "2024-03-12", 41, "mines"),
        ],
    ),
    (
        "es",
        "Perú concluyó el 28 de febrero el desminado de la frontera.\nDesde 2014, los "
        "desminadores peruanos despejaron 400.000 metros cuadrados y destruyeron 6.000 minas "
        "antipersonal sembradas durante el conflicto de 1995.",
        [
            completed("PER", "2024-02-28"),
            cleared("PER", "2024-03", 400000, "m2"),
            cleared("PER", "2024-03", 6000, "mines"),
        ],
    ),
    # figures with their own year keep it
    (
        "es",
        "El municipio de Sonsón, en Antioquia, fue declarado este martes libre de sospecha de "
        "minas antipersonal.\nEn 2019, los equipos despejaron 30.000 metros cuadrados.",
        [completed("COL", "2024-03-12"), cleared("COL", "2019", 30000, "m2")],
    ),
]


# Spanish victims counted and placed.
SPANISH_VICTIMS = [
    (
        "es",
        "Dos soldados del Batallón de Energía Vial No. 5 murieron y un tercero quedó herido "
        "el lunes al pisar una mina en Colombia.",
        [casualty("COL", "2024-03-11", 2, 1)],
    ),
    (
        "es",
        "Tres policías de la Estación de Policía de Tame resultaron heridos por una mina en "
        "Arauca el lunes.",
        [casualty("COL", "2024-03-11", None, 3)],
    ),
    (
        "es",
        "Dos soldados de la Brigada Móvil 15 murieron al pisar una mina en el Catatumbo, "
        "Colombia, el martes.",
        [casualty("COL", "2024-03-12", 2, None)],
    ),
    # a headline's town that is also a Spanish province, in a story of Antioquia
    (
        "es",
        "Dos soldados muertos por una mina en Cáceres\nDos soldados murieron el lunes al "
        "pisar una mina en una vereda de Cáceres, en el Bajo Cauca antioqueño.",
        [casualty("COL", "2024-03-11", 2, None)],
    ),
    # the province in a story of no other state's regions is Spain's
    (
        "es",
        "Un pastor resultó herido el lunes por una mina antigua en Cáceres.",
        [casualty("ESP", "2024-03-11", None, 1)],
    ),
]


# German and Portuguese decisions.
DECISIONS = [
    (
        "de",
        "Polen hatte bereits im vergangenen Herbst beschlossen, die Produktion von "
        "Antipersonenminen im eigenen Land wieder aufzunehmen.",
        [policy("POL", "2023")],
    ),
    (
        "de",
        "Die Regierung in Vilnius beschloss am Dienstag, wieder Antipersonenminen zu produzieren.",
        [policy("LTU", "2024-03-12")],
    ),
    (
        "pt",
        "A Polónia decidiu no outono passado retirar-se da Convenção de Ottawa.",
        [step("POL", "2023", "announce_intent_to_withdraw")],
    ),
    (
        "de",
        "Litauen wurde 2003 Vertragsstaat der Ottawa-Konvention.",
        [step("LTU", "2003", "entry_into_force")],
    ),
    # funding demining is no policy on mines; a state described is no step
    (
        "de",
        "Der Bundestag beschloss am Dienstag, die Minenräumung in der Ukraine zu finanzieren.",
        [],
    ),
    ("de", "Deutschland ist seit 1998 Vertragsstaat des Übereinkommens von Ottawa.", []),
]


# Every bank above, each row's sentence read in its language: exactly the claims written down.
@pytest.mark.parametrize(
    ("language", "text", "expected"),
    LAYING_PERIODS + AFTER_COMPLETION + SPANISH_VICTIMS + DECISIONS,
)
def test_dates_and_places_by_mechanism(language: str, text: str, expected: list[Claim]) -> None:
    assert claims(text, PUBLISHED, language) == expected
