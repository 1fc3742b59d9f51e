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


# --- the fourth pass: Spanish kinds found by held-out batch 7, in other words -------------


def _es(text: str) -> list[tuple[str, str | None, str | None]]:
    from minewatch.domain.dates import PartialDate
    from minewatch.extract import Document, extract

    found = extract(Document("p", text, published=PartialDate(2026, 4, 10), language="es"))
    return [(c.type, c.actor_iso3, c.date) for c in found]


def test_spanish_use_in_the_progressive_and_the_perfect() -> None:
    text = (
        "Según la Defensoría, las disidencias continúan plantando minas en zonas rurales del Cauca."
    )
    assert ("use_allegation", "COL", None) in _es(text)
    text = "El Ejército acusó a Venezuela de haber instalado minas cerca de la frontera en marzo."
    assert ("use_allegation", "VEN", "2026-03") in _es(text)


def test_spanish_victims_by_trade() -> None:
    text = "Un pescador murió el 2 de abril al pisar una mina antipersonal en Nariño, Colombia."
    assert _es(text) == [("casualty_incident", "COL", "2026-04-02")]
    text = "Una estudiante resultó herida por una mina antipersonal en Colombia el 5 de abril."
    assert _es(text) == [("casualty_incident", "COL", "2026-04-05")]


def test_spanish_relative_and_year_less_dates() -> None:
    from minewatch.domain.dates import PartialDate
    from minewatch.extract.dates import Anchor
    from minewatch.extract.spanish.reading import find_dates

    anchor = Anchor(PartialDate(2026, 4, 10))

    def usable(text: str) -> list[str | None]:
        return [m.value for m in find_dates(text, anchor) if m.usable]

    assert usable("ocurrió en febrero") == ["2026-02"]
    assert usable("a finales de noviembre") == ["2025-11"]  # after April: last year's
    assert usable("el mes pasado") == ["2026-03"]
    assert usable("el año pasado") == ["2025"]
    assert usable("hace tres días") == ["2026-04-07"]
    assert usable("desde enero") == []  # a period start
    text = "Un soldado murió hace dos días al pisar una mina antipersonal en Colombia."
    assert _es(text) == [("casualty_incident", "COL", "2026-04-08")]
