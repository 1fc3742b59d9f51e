"""Kinds of reading found by held-out batch 9 in French, Russian and Ukrainian, each tested in
passages of our own (none copied from a batch or the dev set): numbers written with spaces,
decimal commas and scale words; clearance figures; victims counted without a split and world
figures; datelines; "the day before"; states listed as one subject; armed forces named by an
acronym; page furniture in these languages."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate
from minewatch.extract.dates import Anchor
from minewatch.extract.lexicons.french import FRENCH
from minewatch.extract.lexicons.reading import LexiconReader
from minewatch.extract.lexicons.russian import RUSSIAN
from minewatch.extract.lexicons.ukrainian import UKRAINIAN
from tests.extract.tables import project, read

PUBLISHED = PartialDate(2026, 4, 15)
LEXICONS = {"fr": FRENCH, "ru": RUSSIAN, "uk": UKRAINIAN}


@pytest.mark.parametrize(
    ("language", "phrase", "value"),
    [
        ("fr", "6 279", 6279),
        ("fr", "3\u202f400\u202f000", 3_400_000),
        ("fr", "2,1 millions", 2_100_000),
        ("ru", "1,2 тыс.", 1200),
        ("ru", "38 тыс.", 38_000),
        ("uk", "1,4 тис.", 1400),
        ("uk", "2 млн", 2_000_000),
        ("fr", "trois", 3),
        ("fr", "2,5", None),  # a decimal without a scale counts nothing
    ],
)
def test_numbers_as_these_languages_write_them(
    language: str, phrase: str, value: int | None
) -> None:
    assert LexiconReader(LEXICONS[language]).parse_number(phrase) == value


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # French: an area handed back, then items destroyed in the field (no stock word)
        (
            "fr",
            "Les démineurs ont rendu aux habitants de la région 35 hectares dépollués près de "
            "Kidal, au Mali. Ils ont détruit 22 mines antipersonnel et 140 restes explosifs de "
            "guerre.",
            # the remnants listed after the mines: a part of the breakdown, no figure of its own
            [("MLI", 35, "ha"), ("MLI", 22, "mines")],
        ),
        # French: a scale word and "de" before the unit, the sentence after one about mines
        (
            "fr",
            "Le déminage avance au Tchad. Au total, 1,5 million de m² ont été restitués aux "
            "communautés depuis 2015.",
            [("TCD", 1_500_000, "m2")],
        ),
        # Russian: thousands written "тыс.", hectares and explosive objects
        (
            "ru",
            "Саперы в Белгородской области разминировали 3,4 тыс. гектаров и обезвредили "
            "более 12 тыс. взрывоопасных предметов.",
            [("RUS", 3400, "ha"), ("RUS", 12_000, "explosive_devices")],
        ),
        # Ukrainian: square kilometres and munitions made safe
        (
            "uk",
            "На Херсонщині піротехніки розмінували 57 кв. км земель і знешкодили 900 "
            "вибухонебезпечних предметів.",
            [("UKR", 57, "km2"), ("UKR", 900, "explosive_devices")],
        ),
    ],
)
def test_clearance_figures_in_other_languages(
    language: str, text: str, expected: list[tuple[str, int, str]]
) -> None:
    found = read(text, PUBLISHED, language)
    got = project(found, "actor_iso3", "quantity", "unit", kind="clearance_progress")
    assert got == expected


def test_a_stock_destroyed_is_still_a_stockpile_not_clearance() -> None:
    found = read(
        "La Grèce a détruit 5 000 mines antipersonnel de ses stocks en mars 2026.", PUBLISHED, "fr"
    )
    assert project(found, "type", "actor_iso3", "quantity") == [
        ("stockpile_destruction", "GRC", 5000)
    ]


def test_killed_or_injured_is_a_total_and_a_world_figure_has_no_state() -> None:
    text = (
        "En 2025, au moins 5 812 personnes ont été tuées ou blessées par des mines dans le "
        "monde, dont 1 604 tuées. Le Cambodge arrive en tête (1 210 victimes), devant le "
        "Yémen (930)."
    )
    found = read(text, PUBLISHED, "fr")
    got = project(found, "actor_iso3", "date", "killed", "quantity", kind="casualty_incident")
    assert got == [
        (None, "2025", 1604, 5812),
        ("KHM", "2025", None, 1210),
        ("YEM", "2025", None, 930),
    ]


@pytest.mark.parametrize(
    ("language", "text", "iso3", "total"),
    [
        (
            "ru",
            "С начала года в Харьковской области 41 человек погибли или получили ранения от мин.",
            "UKR",
            41,
        ),
        ("uk", "Торік на Миколаївщині 17 людей загинули або були поранені на мінах.", "UKR", 17),
    ],
)
def test_killed_or_injured_is_a_total_in_russian_and_ukrainian(
    language: str, text: str, iso3: str, total: int
) -> None:
    found = read(text, PUBLISHED, language)
    assert project(found, "actor_iso3", "killed", "quantity", kind="casualty_incident") == [
        (iso3, None, total)
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "ru",
            "КИЕВ, 12 апреля. /Агентство/. Вчера в Сумской области тракторист получил "
            "ранения, подорвавшись на мине.",
        ),
        (
            "fr",
            "DAKAR, 12 avril (Agence) - Un berger a été blessé hier par une mine en Casamance, "
            "au Sénégal.",
        ),
    ],
)
def test_a_dateline_dates_the_page_not_the_event(language: str, text: str) -> None:
    found = read(text, PartialDate(2026, 4, 12), language)
    assert project(found, "date", "injured", kind="casualty_incident") == [("2026-04-11", 1)]


@pytest.mark.parametrize(
    ("language", "text", "date"),
    [
        ("ru", "Накануне в Курской области фермер получил ранения, наехав на мину.", "2026-04-14"),
        ("uk", "Напередодні на Сумщині фермер отримав поранення, наїхавши на міну.", "2026-04-14"),
        ("fr", "La veille, un berger a été blessé par une mine au Tchad.", "2026-04-14"),
        # "on the eve of" something is no day before publication
        (
            "ru",
            "Накануне выборов в марте 2026 года в Курской области фермер получил ранения, "
            "наехав на мину.",
            "2026-03",
        ),
    ],
)
def test_the_day_before(language: str, text: str, date: str) -> None:
    found = read(text, PUBLISHED, language)
    assert project(found, "date", kind="casualty_incident") == [(date,)]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "ru",
            "Вчера правительства Литвы, Латвии и Польши рекомендовали выйти из Оттавской "
            "конвенции.",
            ["LTU", "LVA", "POL"],
        ),
        (
            "fr",
            "La Finlande, l'Estonie et la Pologne ont notifié leur retrait de la Convention "
            "d'Ottawa le 2 avril 2026.",
            ["FIN", "EST", "POL"],
        ),
    ],
)
def test_states_listed_as_one_subject_each_take_the_step(
    language: str, text: str, expected: list[str]
) -> None:
    found = read(text, PUBLISHED, language)
    assert [c.actor_iso3 for c in found if c.type == "treaty_action"] == expected


def test_armed_forces_by_acronym_accuse_but_place_nothing() -> None:
    text = (
        "Саперы Минобороны России в Курской области обезвредили 300 мин в полях. "
        "По данным ведомства, подразделения ВСУ устанавливали противопехотные мины у дорог. "
        "Вчера местный житель получил ранения, подорвавшись на мине."
    )
    found = read(text, PUBLISHED, "ru")
    assert project(found, "type", "actor_iso3") == [
        ("clearance_progress", "RUS"),
        ("use_allegation", "UKR"),
        ("casualty_incident", "RUS"),
    ]


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("fr", "Lire aussi : les démineurs ont dépollué 40 hectares au Sénégal"),
        ("uk", "Читайте також: сапери знешкодили 1,4 тис. вибухонебезпечних предметів"),
        ("ru", "Читайте также: саперы разминировали 500 гектаров в Курской области"),
    ],
)
def test_read_also_lines_are_page_furniture(language: str, line: str) -> None:
    assert read(line, PUBLISHED, language) == []


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # the blast's day, told in the sentence before its victim
        (
            "uk",
            "У вівторок, 7 квітня, на Чернігівщині автомобіль наїхав на міну. Водій загинув на "
            "місці.",
            [("UKR", "2026-04-07", 1, None)],
        ),
        # blown up and then hospitalised or amputated: injured
        (
            "ru",
            "Раньше, 3 апреля, в Херсонской области мужчина подорвался на мине в поле, его "
            "госпитализировали.",
            [("UKR", "2026-04-03", None, 1)],
        ),
        (
            "uk",
            "2 квітня на Харківщині жінка підірвалася на міні біля дому, їй ампутували стопу.",
            [("UKR", "2026-04-02", None, 1)],
        ),
        (
            "fr",
            "Le 9 avril, au Tchad, un éleveur a sauté sur une mine et a dû être amputé.",
            [("TCD", "2026-04-09", None, 1)],
        ),
    ],
)
def test_a_victim_dated_by_the_blast_and_hurt_by_treatment(
    language: str, text: str, expected: list[tuple[str, str, int | None, int | None]]
) -> None:
    found = read(text, PUBLISHED, language)
    got = project(found, "actor_iso3", "date", "killed", "injured", kind="casualty_incident")
    assert got == expected


def test_a_step_whose_verb_is_left_out_for_the_states_after_it() -> None:
    text = (
        "Les mines antipersonnel font encore des victimes. Plusieurs États quittent le traité : "
        "la Lituanie a notifié son retrait le 3 février 2026, la Finlande le 10 mars et la "
        "Pologne le 2 avril."
    )
    found = read(text, PUBLISHED, "fr")
    assert project(found, "actor_iso3", "action", "date", kind="treaty_action") == [
        ("LTU", "withdrawal_notified", "2026-02-03"),
        ("FIN", "withdrawal_notified", "2026-03-10"),
        ("POL", "withdrawal_notified", "2026-04-02"),
    ]


def test_the_treaty_as_a_common_noun_counts_only_in_a_text_about_mines() -> None:
    text = "Le club a notifié son retrait du traité commercial le 3 février 2026."
    assert project(read(text, PUBLISHED, "fr"), "action", kind="treaty_action") == []


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        (
            "Un berger a été blessé par une mine au Niger. Un élu local attribue la pose de la "
            "mine à un groupe armé.",
            "NER",
        ),
        ("Le Maroc accuse l'Algérie d'avoir posé des mines près de la frontière.", "DZA"),
    ],
)
def test_laying_blamed_in_french(text: str, accused: str) -> None:
    found = read(text, PUBLISHED, "fr")
    assert project(found, "actor_iso3", kind="use_allegation") == [(accused,)]


def test_a_weekday_gives_way_only_to_a_day_of_a_month_beside_it() -> None:
    reader = LexiconReader(RUSSIAN)
    anchor = Anchor(PUBLISHED)  # Wednesday 15 April 2026
    stated = reader.find_dates("Во вторник, 7 апреля, на мине подорвался трактор.", anchor)
    counted = reader.find_dates("Во вторник 5 человек подорвались на мине.", anchor)
    assert [m.value for m in stated if m.usable] == ["2026-04-07"]
    assert [m.value for m in counted if m.usable] == ["2026-04-14"]


def test_an_article_5_extension_is_other_in_french() -> None:
    text = (
        "Le Tchad doit achever le déminage avant le 1er janvier 2030, après une prolongation "
        "accordée par les États parties en 2024."
    )
    assert project(read(text, PUBLISHED, "fr"), "actor_iso3", "date", kind="other") == [
        ("TCD", "2024")
    ]


@pytest.mark.parametrize(
    ("language", "text", "date"),
    [
        ("fr", "Le 6 de ce mois, un enfant a été blessé par une mine au Tchad.", "2026-04-06"),
        (
            "fr",
            "Le 28 du mois dernier, un enfant a été blessé par une mine au Tchad.",
            "2026-03-28",
        ),
        (
            "ru",
            "9-го числа этого месяца в Сумской области фермер получил ранения, наехав на мину.",
            "2026-04-09",
        ),
        (
            "uk",
            "9 числа минулого місяця на Сумщині фермер отримав поранення, наїхавши на міну.",
            "2026-03-09",
        ),
        (
            "es",
            "El 6 de este mes, un pastor resultó herido al pisar una mina en Nariño, Colombia.",
            "2026-04-06",
        ),
    ],
)
def test_a_day_of_this_or_last_month(language: str, text: str, date: str) -> None:
    assert project(read(text, PUBLISHED, language), "date", kind="casualty_incident") == [(date,)]


def test_a_day_of_this_month_after_publication_dates_nothing() -> None:
    text = "Le 28 de ce mois, un enfant a été blessé par une mine au Tchad."
    assert project(read(text, PUBLISHED, "fr"), "date", kind="casualty_incident") == [("2026-04",)]


def test_a_withdrawal_told_with_a_reflexive_verb_in_french() -> None:
    text = "La Lettonie s'est retirée de la Convention d'Ottawa le 27 décembre 2025."
    assert project(read(text, PUBLISHED, "fr"), "actor_iso3", "action", "date") == [
        ("LVA", "withdrawal_effective", "2025-12-27")
    ]


def test_mines_named_again_as_these_weapons() -> None:
    text = (
        "Les mines antipersonnel ont tué des centaines de civils en 2025. "
        "Le Myanmar continue d'utiliser largement ces armes dans ses régions frontalières."
    )
    assert project(read(text, PUBLISHED, "fr"), "actor_iso3", kind="use_allegation") == [("MMR",)]
    alone = "Le Myanmar continue d'utiliser largement ces armes dans ses régions frontalières."
    assert project(read(alone, PUBLISHED, "fr"), "actor_iso3", kind="use_allegation") == []
