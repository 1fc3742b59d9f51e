"""French as wire copy writes it, in sentences of our own (none copied from a batch or the dev
set): laying told in any gender, number and voice ("des mines ont été posées par", "posé des
milliers de mines", "des MAP"), victims who "ont trouvé la mort", clearance by items taken out
or by "le déminage de N hectares", and an adverb between a treaty step's auxiliary and verb."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate
from tests.extract.tables import project, read

PUBLISHED = PartialDate(2025, 12, 30)


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        ("Des mines antipersonnel ont été posées par les forces russes près de Koupiansk.", "RUS"),
        (
            "Selon Bamako, les engins explosifs auraient été enfouis par des jihadistes au Mali.",
            "MLI",
        ),
        ("L’armée birmane a posé des milliers de mines dans l’État chin, selon l’ONG.", "MMR"),
        ("Les rebelles houthis posent des mines antipersonnel au Yémen, selon l'ONU.", "YEM"),
        ("Le rapport accuse les forces russes d’avoir utilisé au moins 13 types de mines.", "RUS"),
        ("Kiev accuse l'armée russe d'avoir employé des MAP dans la région de Kherson.", "RUS"),
        (
            "Les mines étaient régulièrement disséminées par l'armée syrienne autour de Deraa.",
            "SYR",
        ),
    ],
)
def test_laying_in_any_gender_number_and_voice(text: str, accused: str) -> None:
    assert (accused,) in project(read(text, PUBLISHED), "actor_iso3", kind="use_allegation")


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Deux démineurs ont trouvé la mort dans l’explosion d’une mine en Colombie.", 2),
        ("Quatre soldats de l’armée malienne ont été tués par une mine près de Gao.", 4),
        ("Trois bergers ont trouvé la mort jeudi en marchant sur une mine au Tchad.", 3),
    ],
)
def test_victims_who_found_death(text: str, killed: int) -> None:
    assert project(read(text, PUBLISHED), "killed", kind="casualty_incident") == [(killed,)]


@pytest.mark.parametrize(
    ("text", "quantity", "unit"),
    [
        ("Les démineurs ont retiré 350 mines antipersonnel au Cambodge en 2024.", 350, "mines"),
        ("Le déminage de 120 hectares a été achevé en Angola en mars.", 120, "ha"),
        ("Au Laos, les équipes ont enlevé 4 200 engins explosifs l'an dernier.", 4200,
         "explosive_devices"),
        ("Les démineurs ont libéré 75 hectares minés près de Huambo, en Angola.", 75, "ha"),
    ],
)  # fmt: skip
def test_clearance_by_items_taken_out_or_the_work_named(
    text: str, quantity: int, unit: str
) -> None:
    found = project(read(text, PUBLISHED), "quantity", "unit", kind="clearance_progress")
    assert (quantity, unit) in found


@pytest.mark.parametrize(
    ("text", "actor", "action"),
    [
        (
            "La Lettonie a officiellement notifié son retrait de la Convention d’Ottawa.",
            "LVA",
            "withdrawal_notified",
        ),
        ("Les Palaos ont rejoint la Convention d'Ottawa en 2007.", "PLW", "join"),
        ("Le Soudan du Sud a finalement ratifié la Convention d’Ottawa en 2011.", "SSD", "join"),
        (
            "Le Tchad a également adhéré à la Convention d’Ottawa en 1999.",
            "TCD",
            "join",
        ),
    ],
)
def test_a_treaty_step_with_an_adverb_or_another_verb(text: str, actor: str, action: str) -> None:
    found = project(read(text, PUBLISHED), "actor_iso3", "action", kind="treaty_action")
    assert (actor, action) in found


@pytest.mark.parametrize(
    ("text", "quantity", "unit"),
    [
        ("Au Sénégal, 2,5 km² de terres ont été déminés en 2024.", 2.5, "km2"),
        ("Les démineurs ont dépollué 0,8 hectare près de Mossoul, en Irak.", 0.8, "ha"),
        ("En Angola, 12,75 km² ont été rendus aux populations après le déminage.", 12.75, "km2"),
    ],
)
def test_an_area_with_a_decimal_comma(text: str, quantity: float, unit: str) -> None:
    found = project(read(text, PUBLISHED), "quantity", "unit", kind="clearance_progress")
    assert (quantity, unit) in found


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        ("Un chauffeur de camion a été grièvement blessé lundi par une mine au Tchad.", 1),
        ("Une collégienne a été blessée en marchant sur une mine près de Kampong Thom.", 1),
        ("Une mine a blessé au moins 14 ouvriers près de Hodeida, au Yémen.", 14),
    ],
)
def test_one_person_of_any_trade_or_a_bounded_count(text: str, injured: int) -> None:
    found = project(read(text, PUBLISHED), "injured", kind="casualty_incident")
    assert found == [(injured,)]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Une mine a explosé près de Kidal, au Mali. Selon l’armée, l’engin aurait été enfoui "
            "récemment par des jihadistes.",
            "2025-12",
        ),
        (
            "Une mine antipersonnel a été découverte près de Ziguinchor. L'engin a été posé par "
            "des rebelles, selon la gendarmerie sénégalaise.",
            None,
        ),
    ],
)
def test_the_device_named_again_is_laid_recently(text: str, date: str | None) -> None:
    found = project(read(text, PUBLISHED), "date", kind="use_allegation")
    assert found == [(date,)]


@pytest.mark.parametrize(
    ("text", "quantity"),
    [
        ("Le Bélarus a détruit 3,3 millions de mines antipersonnel stockées en 2019.", 3_300_000),
        ("L’Ukraine a détruit son stock de 6 millions de mines antipersonnel en 2020.", 6_000_000),
        ("La Grèce a détruit son stock de 643\u00a0265 mines antipersonnel en 2021.", 643_265),
    ],
)
def test_a_stock_counted_with_a_scale_word(text: str, quantity: int) -> None:
    found = project(read(text, PUBLISHED), "quantity", kind="stockpile_destruction")
    assert found == [(quantity,)]
