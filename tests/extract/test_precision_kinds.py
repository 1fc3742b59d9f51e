"""Precision and state attribution (issue 8): what must give no state, another state or no
event at all. Each mechanism in several wordings of our own, with sentences that must keep
their state; none is copied from a dev passage or a held-out one."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import project, read


def _found(text: str, *fields: str, date: str = "2025-03-10") -> list[tuple[object, ...]]:
    return project(read(text, PartialDate.parse(date)), *fields)


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
