"""Clearance completions and places (issue 8, batch 27 clearance pass). Passages of our own:
Spanish completions told with "todas las minas", a date of five words between verb and work
("concluyó el pasado 18 de octubre la remoción de los 13 campos minados"), the infinitive
("terminaron de limpiar el último campo minado") and the headline's present ("culmina el
desminado de su territorio"), never one more sector nor a future; a decade ("la década de
1990") is no year for a day told beside it; every state of a list on the far side of a border
("fronterizas con Perú, Bolivia y Argentina") is no place; a state's army clearing is the state
at work, not an army that left; "reported releasing" is clearance; "over the same period" is
the period of the cleared figure before it, past a sentence about the laying."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import Claim, claims, cleared, completed

SPANISH_COMPLETION = [
    ("Santiago, 2 mar (EFE).- Chile completó la remoción de todas las minas antipersonal de su "
     "territorio, anunció el Ministerio de Defensa en una ceremonia celebrada el jueves 27 de "
     "febrero.", "2020-03-02", "es", [completed("CHL", "2020-02-27")]),
    ("La Fuerza Armada de Venezuela concluyó el pasado 18 de octubre la remoción de los 13 "
     "campos minados que instaló en la década de 1990.", "2013-10-25", "es",
     [completed("VEN", "2013-10-18")]),
    ("El Ejército de Chile informó que a fines de febrero sus equipos terminaron de limpiar el "
     "último campo minado del país.", "2020-03-04", "es", [completed("CHL", "2020-02")]),
    ("Nicaragua culmina el desminado de su territorio", "2020-03-04", "es",
     [completed("NIC", "2020-03")]),
    # negatives: one more sector done, and a completion still to come
    ("Perú culmina desminado de un nuevo sector de la Cordillera del Cóndor", "2024-11-12", "es",
     []),
    ("Chile terminará de limpiar el último campo minado del país en 2021.", "2020-03-04", "es",
     []),
]  # fmt: skip


PLACES = [
    ("Chile completó el desminado en 2019. Los equipos del Ejército destruyeron 1.000 minas en "
     "2019 en las regiones fronterizas con Perú, Bolivia y Argentina.", "2020-03-02", "es",
     [completed("CHL", "2019"), cleared("CHL", "2019", 1000, "mines")]),
    ("Chile completed its demining in 2019. Army teams destroyed 1,000 mines in 2019 in the "
     "regions bordering Peru, Bolivia and Argentina.", "2020-03-02", "en",
     [cleared("CHL", "2019", 1000, "mines")]),
    ("Peru's army cleared 52,000 square metres in 2021. Ecuador cleared less.", "2022-04-04",
     "en", [cleared("PER", "2021", 52000, "m2")]),
    ("Peru's army cleared 52,000 square metres in 2021.\n\nThe minefields were laid by Peru and "
     "Ecuador during the 1995 war. Ecuador's army reported releasing 38,400 square metres over "
     "the same period.", "2022-04-04", "en",
     [cleared("PER", "2021", 52000, "m2"), cleared("ECU", "2021", 38400, "m2")]),
    ("Ecuador's army reported releasing 38,400 square metres in 2021.", "2022-04-04", "en",
     [cleared("ECU", "2021", 38400, "m2")]),
    # negatives: a state named as a place after the border, another state's troops after the
    # work, and a release denied
    ("Chile completó el desminado en 2019. Los equipos destruyeron 1.000 minas en 2019 en la "
     "frontera con Perú y en Bolivia.", "2020-03-02", "es",
     [completed("CHL", "2019"), cleared("BOL", "2019", 1000, "mines")]),
    ("Colombia's army destroyed 300 mines in 2021, while Ecuador's troops cleared little.",
     "2022-04-04", "en", [cleared("COL", "2021", 300, "mines")]),
    ("Ecuador's army reported that it was releasing no land this year.", "2022-04-04", "en", []),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "published", "language", "expected"), [*SPANISH_COMPLETION, *PLACES]
)
def test_completions_and_places(
    text: str, published: str, language: str, expected: list[Claim]
) -> None:
    found = claims(text, PartialDate.parse(published), language, kind="clearance_progress")
    assert sorted(found, key=str) == sorted(expected, key=str)
