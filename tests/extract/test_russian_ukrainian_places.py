"""Which state, in Russian and Ukrainian: Ukrainian places named in either language (cities in
any case, "ДНР"/"ЛНР", "Донецкая Народная Республика") are Ukraine (eval-dev README "Who goes
in actor_iso3"); the ministry or service that did the work ("саперы МЧС России", "Минобороны
РФ") acts but places nothing, as an operator's nationality in English; a noun opening many
region names ("Республика ...") is no name. Sentences of our own, the claim written down
before the first run (published Friday 12 September 2025)."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import Claim, casualty, claims, cleared, read, use

PUBLISHED = PartialDate(2025, 9, 12)


PLACES = [
    (
        "ru",
        "В Горловке 10 сентября мирный житель погиб, подорвавшись на мине.",
        casualty("UKR", "2025-09-10", 1, None),
    ),
    (
        "ru",
        "В среду в Мариуполе двое детей были ранены при взрыве мины.",
        casualty("UKR", "2025-09-10", None, 2),
    ),
    (
        "ru",
        "В Херсоне 9 сентября мужчина подорвался на мине и погиб.",
        casualty("UKR", "2025-09-09", 1, None),
    ),
    (
        "ru",
        "В августе саперы обезвредили в Запорожье 800 мин.",
        cleared("UKR", "2025-08", 800, "mines"),
    ),
    (
        "ru",
        "Власти ДНР сообщили, что 8 сентября на мине подорвался тракторист, он ранен.",
        casualty("UKR", "2025-09-08", None, 1),
    ),
    (
        "ru",
        "В Донецкой Народной Республике в августе обезвредили 1500 мин.",
        cleared("UKR", "2025-08", 1500, "mines"),
    ),
    (
        "ru",
        "В ЛНР во вторник двое пастухов получили ранения, подорвавшись на мине.",
        casualty("UKR", "2025-09-09", None, 2),
    ),
    (
        "uk",
        "У Горлівці 10 вересня чоловік підірвався на міні та загинув.",
        casualty("UKR", "2025-09-10", 1, None),
    ),
    (
        "uk",
        "У Харкові в середу двоє дітей дістали поранення від вибуху міни.",
        casualty("UKR", "2025-09-10", None, 2),
    ),
    (
        "uk",
        "У серпні сапери розмінували в Маріуполі 40 гектарів.",
        cleared("UKR", "2025-08", 40, "ha"),
    ),
]

OPERATORS = [
    # the emergencies ministry of Russia cleared in a place of Ukraine
    (
        "ru",
        "Саперы МЧС России в августе обезвредили в Мариуполе 2 тысячи взрывоопасных предметов.",
        cleared("UKR", "2025-08", 2000, "explosive_devices"),
    ),
    (
        "ru",
        "В Херсонской области. Специалисты МЧС РФ в августе обезвредили там 600 мин.",
        cleared("UKR", "2025-08", 600, "mines"),
    ),
    (
        "ru",
        "В Горловке в августе обезвредили 900 мин, сообщили в Министерстве обороны России.",
        cleared("UKR", "2025-08", 900, "mines"),
    ),
    (
        "uk",
        "Маріуполь. Сапери МНС Росії в серпні розмінували там 30 гектарів.",
        cleared("UKR", "2025-08", 30, "ha"),
    ),
]


WORDS = [
    # "накануне"/"напередодні" before a verb in the past is the day before publication
    (
        "ru",
        "В Горловке мирный житель накануне подорвался на мине и погиб.",
        casualty("UKR", "2025-09-11", 1, None),
    ),
    (
        "uk",
        "У Херсоні чоловік напередодні підірвався на міні й загинув.",
        casualty("UKR", "2025-09-11", 1, None),
    ),
    # the butterfly mine by its nickname or its model is a mine; "over the last week" ends at
    # publication
    (
        "ru",
        "За последнюю неделю от подрывов на «лепестках» в Донецке пострадали трое мирных жителей.",
        casualty("UKR", "2025-09", None, 3),
    ),
    (
        "ru",
        "В Горловке в среду двое детей были ранены, наступив на ПФМ-1.",
        casualty("UKR", "2025-09-10", None, 2),
    ),
    (
        "uk",
        "За останній тиждень у Харкові від «пелюсток» постраждали двоє людей, обидва "
        "дістали поранення.",
        casualty("UKR", "2025-09", None, 2),
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), PLACES + OPERATORS + WORDS)
def test_ukrainian_places_and_operators(language: str, text: str, expected: Claim) -> None:
    assert claims(text, PUBLISHED, language) == [expected]


def test_russia_is_still_russia() -> None:
    # a Russian place stays Russian; the republic noun alone names none
    text = "В Курской области 9 сентября на мине подорвался тракторист, он ранен."
    assert claims(text, PUBLISHED, "ru") == [casualty("RUS", "2025-09-09", None, 1)]


def test_a_republic_noun_is_no_name() -> None:
    from minewatch.extract.gazetteer import load_gazetteer

    found = load_gazetteer("ru").find("Власти Народной Республики сообщили")
    assert found == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # "on the eve of" a noun dates nothing; "начала" is the noun
        ("ru", "Накануне начала переговоров в Горловке мужчина подорвался на мине и погиб."),
        ("uk", "Напередодні виборів у Херсоні чоловік підірвався на міні й загинув."),
    ],
)
def test_the_eve_of_a_noun_is_no_day(language: str, text: str) -> None:
    assert [c.date for c in read(text, PUBLISHED, language)] == ["2025-09"]


def test_a_republic_is_found_by_its_own_name() -> None:
    from minewatch.extract.gazetteer import load_gazetteer

    found = load_gazetteer("uk").find("у Республіці Адигея")
    assert [m.iso3s for m in found] == [("RUS",)]


SECOND = [
    # mined by an agent in the instrumental: the agent's state, dated by the occupation's year
    (
        "uk",
        "За даними поліції, поле на Херсонщині було заміноване російськими військовими у 2022 "
        "році.",
        [use("RUS", "2022")],
    ),
    (
        "ru",
        "По данным следствия, дорога в Запорожье была заминирована российскими войсками в 2023 "
        "году.",
        [use("RUS", "2023")],
    ),
    # a count ending in 1 takes a singular verb
    (
        "uk",
        "Від початку року на Херсонщині від мін загинули 12 цивільних, ще 41 людина дістала "
        "поранення.",
        [casualty("UKR", "2025-09", 12, 41)],
    ),
    (
        "ru",
        "С начала года в Горловке от мин погибли 4 человека, еще 21 человек получил ранения.",
        [casualty("UKR", "2025-09", 4, 21)],
    ),
    # an apposition after the victim
    (
        "uk",
        "У середу на Харківщині трактор наїхав на міну. Тракторист, 52-річний місцевий житель, "
        "загинув на місці.",
        [casualty("UKR", "2025-09-10", 1, None)],
    ),
    (
        "ru",
        "В среду в Херсоне на мине подорвалась машина. Водитель, местный житель 40 лет, погиб.",
        [casualty("UKR", "2025-09-10", 1, None)],
    ),
    # "this year ... already": so far, up to publication
    (
        "uk",
        "Цього року сапери вже обстежили на Харківщині 27 тисяч гектарів.",
        [cleared("UKR", "2025-09", 27000, "ha")],
    ),
    (
        "ru",
        "В этом году саперы уже обезвредили в Херсоне 900 мин.",
        [cleared("UKR", "2025-09", 900, "mines")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), SECOND)
def test_agents_counts_and_so_far(language: str, text: str, expected: list[Claim]) -> None:
    assert claims(text, PUBLISHED, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # contaminated land with no agent is no use
        (
            "uk",
            "Потенційно замінованими на Харківщині залишаються 3,6 тисячі квадратних кілометрів.",
        ),
        ("ru", "Заминированными в Херсонской области остаются 3 тысячи гектаров."),
    ],
)
def test_mined_land_with_no_agent_is_no_use(language: str, text: str) -> None:
    assert claims(text, PUBLISHED, language, kind="use_allegation") == []


THIRD = [
    # remote delivery: munitions filled with mines, fired by a state's forces
    (
        "ru",
        "Власти ДНР утверждают, что украинские военные 10 сентября обстреляли Горловку "
        "кассетными снарядами, начиненными минами ПФМ-1.",
        [use("UKR", "2025-09-10")],
    ),
    (
        "uk",
        "У Херсоні 9 вересня російські військові обстріляли житлові квартали касетними "
        "боєприпасами, начиненими мінами ПФМ-1.",
        [use("RUS", "2025-09-09")],
    ),
    # "the day before" after a day told just before: the eve of that day
    (
        "ru",
        "В Горловке в среду мирный житель был ранен, наступив на мину. Власти ДНР утверждают, "
        "что украинские военные накануне обстреляли этот район снарядами, начиненными минами.",
        [casualty("UKR", "2025-09-10", None, 1), use("UKR", "2025-09-09")],
    ),
    (
        "uk",
        "У Херсоні у вівторок чоловік підірвався на міні й загинув. Місцева влада заявила, що "
        "російські військові напередодні обстріляли район боєприпасами, начиненими мінами.",
        [casualty("UKR", "2025-09-09", 1, None), use("RUS", "2025-09-08")],
    ),
    # "the night to Saturday" is Saturday
    (
        "ru",
        "В ночь на субботу российские войска обстреляли Херсон ракетами, снаряжёнными минами.",
        [use("RUS", "2025-09-06")],
    ),
    (
        "uk",
        "У ніч на суботу російські військові обстріляли Херсон снарядами, начиненими мінами.",
        [use("RUS", "2025-09-06")],
    ),
    # the victim told before, taken to hospital, with the source's line between
    (
        "uk",
        "У неділю на Миколаївщині чоловік підірвався на міні. Про це повідомила обласна "
        "адміністрація. Потерпілого з ампутацією стопи госпіталізували.",
        [casualty("UKR", "2025-09-07", None, 1)],
    ),
    (
        "ru",
        "В воскресенье в Херсоне мужчина подорвался на мине. Об этом сообщила администрация. "
        "Пострадавшего госпитализировали в областную больницу.",
        [casualty("UKR", "2025-09-07", None, 1)],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), THIRD)
def test_remote_delivery_and_a_victim_told_before(
    language: str, text: str, expected: list[Claim]
) -> None:
    assert claims(text, PUBLISHED, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # shelling with no mines, and mine-filled munitions that nobody fired
        ("ru", "В среду российские военные обстреляли Херсон из артиллерии, сообщили власти."),
        ("ru", "На складе в Донецке хранятся снаряды, начиненные минами ПФМ-1."),
        ("uk", "На складі в Херсоні зберігаються боєприпаси, начинені мінами ПФМ-1."),
    ],
)
def test_no_remote_delivery(language: str, text: str) -> None:
    assert claims(text, PUBLISHED, language, kind="use_allegation") == []
