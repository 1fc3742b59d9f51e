"""Spanish sources are read: dates, numbers in words, state names and event cues (our texts)."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate
from minewatch.extract import Candidate, Document, extract
from minewatch.extract.dates import Anchor
from minewatch.extract.spanish.reading import find_counts, find_dates, parse_number

PUBLISHED = PartialDate(2024, 3, 6)  # a Wednesday
ANCHOR = Anchor(PUBLISHED)


def run(text: str) -> list[Candidate]:
    return extract(Document("nota", text, published=PUBLISHED))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ocurrió el 1 de marzo de 2024 en la vereda", "2024-03-01"),
        ("ocurrió el 1.º de marzo del 2024", "2024-03-01"),
        ("el 28 de febrero", "2024-02-28"),
        ("el 20 de noviembre", "2023-11-20"),  # never after publication
        ("en septiembre de 2023", "2023-09"),
        ("entre enero y febrero", "2024-02"),
        ("el pasado lunes", "2024-03-04"),
        ("durante 2022", "2022"),
    ],
)
def test_spanish_dates(text: str, value: str) -> None:
    (mention,) = find_dates(text, ANCHOR)
    assert mention.value == value and mention.usable


def test_since_and_reporting_dates_are_not_event_dates() -> None:
    assert not find_dates("desde el 2002 hasta hoy", ANCHOR)[0].usable
    assert not find_dates("informó este lunes el Ejército", ANCHOR)[0].usable


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("dos", 2),
        ("veinte y tres", 23),
        ("6.502", 6502),
        ("1,5 millones", 1_500_000),
        ("más de 40", 40),
    ],
)
def test_spanish_numbers(phrase: str, value: int) -> None:
    assert parse_number(phrase) == value


def test_counts_in_words() -> None:
    counts = find_counts("Tres soldados muertos y cinco heridos dejó la explosión de una mina.")
    assert (counts.killed, counts.injured) == (3, 5)
    one = find_counts("Un niño murió y otro resultó herido al pisar una mina antipersonal.")
    assert (one.killed, one.injured) == (1, 1)


def test_casualty_in_a_colombian_department() -> None:
    (event,) = run("Dos campesinos murieron el 2 de marzo de 2024 al pisar una mina en el Cauca.\n")
    assert (event.type, event.actor_iso3, event.date, event.killed) == (
        "casualty_incident",
        "COL",
        "2024-03-02",
        2,
    )


def test_clearance_declaration() -> None:
    text = (
        "El municipio de Sonsón, en Antioquia, fue declarado libre de sospecha de minas "
        "antipersonal.\n"
    )
    (event,) = run(text)
    assert (event.type, event.actor_iso3) == ("clearance_progress", "COL")


def test_use_by_an_armed_group_is_placed_in_the_country() -> None:
    text = (
        "El Ejército de Colombia atribuyó la instalación de las minas antipersonal a "
        "disidencias de las FARC en el Guaviare.\n"
    )
    (event,) = run(text)
    assert (event.type, event.actor_iso3) == ("use_allegation", "COL")


def test_a_coal_mine_is_not_a_landmine() -> None:
    assert (
        run("Dos mineros murieron en una mina de carbón en Boyacá el 1 de marzo de 2024.\n") == []
    )


def test_a_plan_is_not_an_event() -> None:
    assert (
        run("El Gobierno prevé declarar el departamento libre de minas antipersonal en 2026.\n")
        == []
    )
