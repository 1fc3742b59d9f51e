"""The end of a Spanish period, and of the work (held-out batch 19, h575, h579, h580). A period
told by its two ends takes its end, as the English "2019-2023" does: "entre 2017 y 2018", "de
2016 a 2019" -> the end year; "entre octubre de 2020 y marzo de este año", "de mayo de 2019 a
enero de 2020" -> the end month, the first date opening the period and dating nothing; "marzo
de este año", "marzo del año pasado" -> that month of the publication year or the year before.
Two years joined by "y" after a noun ("los informes de 2017 y 2018") are no range. Sentences of
our own, the claim written down before the first run (published Thursday 10 June 2021)."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate
from minewatch.extract.dates import Anchor
from minewatch.extract.spanish.reading import find_dates

from .tables import Claim, claims, cleared, completed

PUBLISHED = PartialDate(2021, 6, 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "En el departamento, el batallón de desminado de Colombia había destruido 124 minas "
            "entre 2017 y 2018.",
            cleared("COL", "2018", 124, "mines"),
        ),
        (
            "Entre los años 2015 y 2019, los equipos de desminado destruyeron 300 minas "
            "antipersonal en Colombia.",
            cleared("COL", "2019", 300, "mines"),
        ),
        (
            "De 2016 a 2019, el Ejército de Perú destruyó 1.200 minas antipersonal en la frontera.",
            cleared("PER", "2019", 1200, "mines"),
        ),
        (
            "Durante los trabajos, que se extendieron entre octubre de 2020 y marzo de este año, "
            "los zapadores del Ejército de Ecuador destruyeron 90 minas antipersonal.",
            cleared("ECU", "2021-03", 90, "mines"),
        ),
        (
            "Los equipos de desminado de Colombia despejaron 20.000 metros cuadrados entre "
            "septiembre de 2019 y mayo de 2020.",
            cleared("COL", "2020-05", 20000, "m2"),
        ),
        (
            "De mayo de 2019 a enero de 2020, los desminadores de Colombia limpiaron 15.000 "
            "metros cuadrados.",
            cleared("COL", "2020-01", 15000, "m2"),
        ),
        (
            "En marzo del año pasado, los equipos de desminado de Colombia destruyeron 40 minas "
            "antipersonal.",
            cleared("COL", "2020-03", 40, "mines"),
        ),
    ],
)
def test_a_spanish_period_takes_its_end(text: str, expected: Claim) -> None:
    assert claims(text, PUBLISHED, "es") == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two years after a noun are two dates, not a period
        ("Según los informes de 2017 y 2018, Colombia destruyó 50 minas.", ["2017"]),
        # a range back in time is no range
        ("Entre 2019 y 2017 no hubo datos.", []),
        # a full date followed by "y" is no period start
        ("El 3 de mayo de 2019 y en junio se destruyeron minas.", ["2019-05-03", "2019-06"]),
    ],
)
def test_no_period_where_none_is_told(text: str, expected: list[str]) -> None:
    found = [m.value for m in find_dates(text, Anchor(PUBLISHED)) if m.usable]
    assert found == expected


# The completion of the work in every form (held-out batch 19, h580): "dio por finalizado el
# jueves el desminado", "culminaron el 20 de febrero el desminado", a date or an adverb between
# the verb and the work; the day it names dates the completion (published Monday 2 March 2020).
COMPLETED = PartialDate(2020, 3, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Con un acto en la frontera, el Ejército de Perú dio por finalizado el jueves el "
            "desminado humanitario en su territorio.",
            [completed("PER", "2020-02-27")],
        ),
        (
            "Los militares de Perú dieron por concluido este lunes el desminado humanitario en la "
            "frontera.",
            [completed("PER", "2020-03-02")],
        ),
        (
            "Las Fuerzas Armadas de Perú culminaron el 20 de febrero el desminado de la frontera.",
            [completed("PER", "2020-02-20")],
        ),
        (
            "Perú terminó oficialmente en enero el desminado humanitario de su territorio.",
            [completed("PER", "2020-01")],
        ),
        # a part of the work is no completion; a meeting closed is no work done
        ("El Ejército de Perú completó la mitad del desminado humanitario en la frontera.", []),
        ("El Ejército de Perú dio por finalizada la reunión sobre el desminado.", []),
    ],
)
def test_a_spanish_completion_in_every_form(text: str, expected: list[Claim]) -> None:
    assert claims(text, COMPLETED, "es") == expected
