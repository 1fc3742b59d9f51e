"""Precision and state attribution (issue 8): what must give no state, another state or no
event at all. Each mechanism in several wordings of our own, with sentences that must keep
their state; none is copied from a dev passage or a held-out one."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import project, read


def _found(
    text: str, *fields: str, date: str = "2025-03-10", language: str | None = None
) -> list[tuple[object, ...]]:
    return project(read(text, PartialDate.parse(date), language), *fields)


# --- the parts of a world total told in words -------------------------------------------------
# "X recorded the most", "together accounting for half of the total" after a figure naming no
# state: X is a part of the total, so neither the total nor the figures after it are X's


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Survey teams worldwide released about 150 square kilometres of land in 2022. "
            "Cambodia and Croatia reported the largest clearance, together accounting for more "
            "than half of the total. Mines and explosive remnants killed or injured 4,700 people "
            "in 2022.",
            [("clearance_progress", None), ("casualty_incident", None)],
        ),
        (
            "At least 2,100 people were killed by mines in 2023, the report said. Myanmar was "
            "again the country with the most casualties. Most of the victims were civilians, and "
            "1,500 of the casualties were children.",
            [("casualty_incident", None), ("casualty_incident", None)],
        ),
        (
            "At least 4,300 people were killed or injured by mines in 2020. Syria recorded the "
            "highest number, followed by Afghanistan and Yemen. Mines also killed 300 deminers "
            "in 2020.",
            [("casualty_incident", None), ("casualty_incident", None)],
        ),
    ],
)
def test_parts_of_a_world_total_lend_no_state(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert _found(text, "type", "actor_iso3") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a superlative of a quality ranks nothing
        (
            "Cambodia remains the most mine-affected country in Asia. Landmines killed 12 "
            "people there in 2023, the authority said.",
            [("casualty_incident", "KHM")],
        ),
        # a region's share of its own state's total keeps the state
        (
            "Mines killed 80 civilians in Myanmar in 2024. Shan State recorded the highest "
            "toll. Another 45 civilians were injured by mines in 2023.",
            [("casualty_incident", "MMR"), ("casualty_incident", "MMR")],
        ),
    ],
)
def test_a_state_that_is_no_part_of_a_world_total_keeps_its_figures(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert _found(text, "type", "actor_iso3") == expected


# --- the place that opens a sentence is not a second user -------------------------------------
# "In X, Y-ian forces used mines": the list punctuation after the place joins no list


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In Ukraine, Russian forces continue to use anti-personnel mines, according to "
            "a rights group.",
            [("use_allegation", "RUS")],
        ),
        (
            "Across Syria, Russian and Iranian troops have used mines, the group said.",
            [("use_allegation", "RUS"), ("use_allegation", "IRN")],
        ),
        (
            "Inside Mali, Russian soldiers laid mines around the camp, witnesses said.",
            [("use_allegation", "RUS")],
        ),
        # a list of users keeps every member
        (
            "Forces of Russia, Myanmar and North Korea used anti-personnel mines in 2024.",
            [("use_allegation", "RUS"), ("use_allegation", "MMR"), ("use_allegation", "PRK")],
        ),
    ],
)
def test_a_place_before_the_users_is_not_a_user(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert _found(text, "type", "actor_iso3") == expected


# --- an operator's or a donor's nationality is not the place ----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Angola still has about 1,100 minefields. Since 2002, teams including the British "
            "charity HALO Trust have removed more than 90,000 mines.",
            [("clearance_progress", "AGO")],
        ),
        (
            "Laos remains littered with bombs. Last year the American non-profit organisation "
            "cleared 4.2 square kilometres of farmland.",
            [("clearance_progress", "LAO")],
        ),
        (
            "Sri Lanka is close to its goal. In 2023 a Swiss demining foundation released 3.1 "
            "square kilometres there.",
            [("clearance_progress", "LKA")],
        ),
        # a state's own forces and people keep their state
        (
            "Two Thai soldiers were injured by a mine on Monday.",
            [("casualty_incident", "THA")],
        ),
    ],
)
def test_an_organisations_nationality_places_nothing(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert _found(text, "type", "actor_iso3") == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Moçambique foi declarado livre de minas em 2015. Entre 1995 e 2014, as equipas de "
            "desminagem, entre elas a organização britânica HALO Trust, removeram mais de 90 mil "
            "minas antipessoal e limparam cerca de 12 milhões de metros quadrados.",
            "pt",
        ),
        (
            "Le Tchad a déminé 2 km² en 2023. L'ONG britannique a détruit 214 mines l'an dernier.",
            "fr",
        ),
    ],
)
def test_an_organisations_nationality_after_its_noun_places_nothing(
    text: str, language: str
) -> None:
    found = _found(text, "actor_iso3", language=language)
    assert found and "GBR" not in {code for (code,) in found}


# --- numbers and words that are no figure or no cue -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Nepal is one of the few states still outside the 1997 treaty banning landmines, and "
        "the reason is always the same: the Demilitarized Zone.",
        "Seoul remains outside the 1997 treaty banning anti-personnel mines.",
        "Its 2020 law on mines and its 2018 policy banning new mines were both cited.",
        # a wide negation of the decision itself
        "Officials in Vilnius said no decision had yet been taken on buying or producing "
        "anti-personnel mines.",
        "Polish officials said there were no plans to buy anti-personnel mines.",
        "The ministry said it had not yet decided whether to resume production of mines.",
        "The defence minister ruled out buying anti-personnel mines for now.",
    ],
)
def test_no_event_from_a_texts_year_a_place_or_a_negated_decision(text: str) -> None:
    assert _found(text, "type", "actor_iso3") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # how the mines were laid is no supply of them
        (
            "The watchdog said rocket-delivered mines had injured at least 11 civilians in "
            "Ukraine and urged Kyiv to investigate.",
            [("casualty_incident", "UKR")],
        ),
        (
            "Remotely delivered mines wounded four farmers in Ukraine last week.",
            [("casualty_incident", "UKR")],
        ),
        # a supply is one
        (
            "Washington delivered anti-personnel mines to Ukraine in November.",
            [("policy_change", "USA")],
        ),
    ],
)
def test_a_delivery_method_is_no_supply(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _found(text, "type", "actor_iso3") == expected


# --- an armed group's mines: the place the sentence names -------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Turkey says its teams cleared 500 mines last year. Officials said 2,400 mines "
            "were neutralised in northern Iraq, among them devices planted by the PKK.",
            [
                ("clearance_progress", "TUR"),
                ("use_allegation", "IRQ"),
                ("clearance_progress", "IRQ"),
            ],
        ),
        (
            "Turkish officials accused the PKK of planting improvised mines in northern Iraq.",
            [("use_allegation", "IRQ")],
        ),
        (
            "Officials accused the PKK and its Syrian affiliate of planting improvised mines in "
            "southeastern Turkey.",
            [("use_allegation", "TUR")],
        ),
        (
            "Turkey cleared 300 mines in May. Officials accused the PKK and its Syrian affiliate "
            "of planting new mines in the southeast.",
            [("clearance_progress", "TUR"), ("use_allegation", "TUR")],
        ),
    ],
)
def test_a_groups_mines_are_placed_by_the_sentence_not_by_its_ties(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert _found(text, "type", "actor_iso3") == expected
