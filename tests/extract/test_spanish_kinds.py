"""Kinds of Spanish reading found by held-out batch 9, each tested in passages of our own (none
copied from a batch or the dev set): a border partner is no place; items destroyed in the field
are clearance figures, each its own claim; every treaty step of a sentence, by every state
listed, with the treaty named earlier in the section; accusations of placing devices; recency
("en las últimas semanas") and "hasta 2019"."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate
from tests.extract.tables import project, read

PUBLISHED = PartialDate(2026, 1, 5)


def test_a_border_partner_is_no_place_and_each_figure_is_a_claim() -> None:
    text = (
        "El Ecuador presentó su informe anual. En 2025 sus brigadas despejaron 8.000 metros "
        "cuadrados en la frontera con el Perú y destruyeron 450 minas antipersonal."
    )
    found = read(text, PUBLISHED, "es")
    got = project(found, "actor_iso3", "date", "quantity", "unit", kind="clearance_progress")
    assert got == [("ECU", "2025", 8000, "m2"), ("ECU", "2025", 450, "mines")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "En Nariño, Colombia, los equipos de desminado hallaron y destruyeron 75 artefactos "
            "explosivos en 2025.",
            [("clearance_progress", "COL", 75, "explosive_devices")],
        ),
        (
            "En Nicaragua, el Ejército neutralizó 1.200 minas en 2025.",
            [("clearance_progress", "NIC", 1200, "mines")],
        ),
        # a stock destroyed is no clearance (its count of mines is the stock's)
        (
            "En 2025 Chile destruyó 2.000 minas de sus arsenales.",
            [("stockpile_destruction", "CHL", 2000, "mines")],
        ),
    ],
)
def test_items_destroyed_in_the_field_are_clearance(
    text: str, expected: list[tuple[str, str, int | None, str | None]]
) -> None:
    found = read(text, PUBLISHED, "es")
    assert project(found, "type", "actor_iso3", "quantity", "unit") == expected


def test_every_step_of_a_sentence_by_every_state_listed() -> None:
    text = (
        "La retirada de Lituania de la Convención de Ottawa entró en vigor el 27 de diciembre, "
        "seis meses después de que Lituania notificara su decisión el 27 de junio de 2025. "
        "Letonia y Estonia culminaron su salida el mismo 27 de diciembre."
    )
    found = read(text, PUBLISHED, "es")
    assert project(found, "actor_iso3", "action", "date", kind="treaty_action") == [
        ("LTU", "withdrawal_effective", "2025-12-27"),
        ("LTU", "withdrawal_notified", "2025-06-27"),
        ("LVA", "withdrawal_effective", "2025-12-27"),
        ("EST", "withdrawal_effective", "2025-12-27"),
    ]


def test_a_withdrawal_still_to_take_effect_is_no_step() -> None:
    text = "La retirada de Polonia de la Convención de Ottawa surtirá efecto el 20 de febrero."
    assert project(read(text, PUBLISHED, "es"), "action", kind="treaty_action") == []


def test_a_step_without_the_treaty_in_another_section_is_not_read() -> None:
    text = "La Convención de Ottawa cumple años.\n\nEl club culminó su salida de la liga."
    assert project(read(text, PUBLISHED, "es"), "action", kind="treaty_action") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Un soldado ecuatoriano resultó herido el domingo en la frontera. Quito acusó a "
            "grupos armados de haber colocado artefactos explosivos en los últimos días.",
            ("ECU", "2026-01"),
        ),
        (
            "Camboya acusa a Tailandia de plantar minas en las últimas semanas.",
            ("THA", "2026-01"),
        ),
    ],
)
def test_placing_devices_recently(text: str, expected: tuple[str, str]) -> None:
    found = read(text, PUBLISHED, "es")
    assert project(found, "actor_iso3", "date", kind="use_allegation") == [expected]


def test_until_a_year_dates_what_was_done_by_then() -> None:
    text = "El Perú se adhirió en 1998 y hasta 2019 destruyó sus minas almacenadas."
    found = read(text, PUBLISHED, "es")
    assert project(found, "actor_iso3", "date", kind="stockpile_destruction") == [("PER", "2019")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chile presentó el 2 de abril de 2025 una solicitud de prórroga de su plazo de "
            "desminado del artículo 5.",
            [("CHL", "2025-04-02")],
        ),
        (
            "Los Estados Partes le concedieron a Colombia una nueva prórroga del plazo de "
            "limpieza en noviembre de 2025.",
            [("COL", "2025-11")],
        ),
        # a request still to come is no claim
        ("El Ecuador prevé solicitar una prórroga del plazo del artículo 5.", []),
    ],
)
def test_an_article_5_extension_is_other(text: str, expected: list[tuple[str, str]]) -> None:
    found = read(text, PUBLISHED, "es")
    assert project(found, "actor_iso3", "date", kind="other") == expected


def test_killed_or_injured_is_a_total_in_spanish() -> None:
    text = "En 2025, 87 personas murieron o resultaron heridas por minas en el Cauca, Colombia."
    found = read(text, PUBLISHED, "es")
    assert project(found, "actor_iso3", "killed", "quantity", kind="casualty_incident") == [
        ("COL", None, 87)
    ]


def test_states_listed_as_joining_in_the_plural() -> None:
    text = "Ecuador y Venezuela ratificaron la Convención de Ottawa en 1999."
    found = read(text, PUBLISHED, "es")
    assert project(found, "actor_iso3", "action", "date", kind="treaty_action") == [
        ("ECU", "join", "1999"),
        ("VEN", "join", "1999"),
    ]
