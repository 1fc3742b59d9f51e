"""Spanish: a mine dug for ore is no landmine (issue 8, blind batch 26). Its miners and their
cooperative ("mineros", "la cooperativa minera"), its metal ("mina de estaño"), its shafts and
seams ("socavón", "yacimiento") tell a mining accident; a word only a landmine story uses
("antipersonal", "campo minado", "desminado") keeps the sentence about mines even beside a
mining word. Sentences of our own; the casualty claims expected (published 10 May 2022)."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import Claim, casualty, claims

ROWS: list[tuple[str, list[Claim]]] = [
    ("Tres mineros murieron el lunes tras una explosión en una mina de estaño en Oruro, Bolivia, "
     "informó la Policía.", []),
    ("Dos trabajadores de la cooperativa minera murieron y otro resultó herido tras una "
     "explosión en el interior de una mina en Potosí, Bolivia.", []),
    ("Un obrero murió al estallar una carga en un socavón de Sardinata, Colombia.", []),
    ("Cuatro trabajadores resultaron heridos por una explosión en un yacimiento de litio en "
     "Jujuy, Argentina.", []),
    # negatives: a landmine story with a mining word beside it; one with none
    ("Un soldado murió el lunes al pisar una mina antipersonal en una zona minera de Antioquia, "
     "Colombia.", [casualty("COL", "2022-05-09", 1, None)]),
    ("Dos mineros ilegales resultaron heridos el lunes al entrar en un campo minado en Briceño, "
     "Colombia.", [casualty("COL", "2022-05-09", None, 2)]),
    ("Un campesino murió el lunes al pisar una mina en Tumaco, Colombia.",
     [casualty("COL", "2022-05-09", 1, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_ore_mines_are_no_landmines(text: str, expected: list[Claim]) -> None:
    found = claims(text, PartialDate.parse("2022-05-10"), "es", kind="casualty_incident")
    assert found == expected
