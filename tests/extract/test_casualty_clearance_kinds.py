"""Casualty, clearance and dating kinds (issue 8, batch-9 gaps): each kind tested in several
wordings of our own, with other states, figures and dates; none is copied from a dev passage
or a held-out one."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate
from minewatch.extract.dates import Anchor

from .tables import dates_in, project, read
from .test_generalisation import keys


def _figures(text: str, date: str) -> list[tuple[str, str | None, str | None, object, object]]:
    found = read(text, PartialDate.parse(date))
    return project(found, "type", "actor_iso3", "date", "quantity", "unit")


# --- clearance told in a present-tense headline ----------------------------------------------
# A headline tells past news in the present tense ("Army engineers remove 45 mines"); in a
# body the same tense is a habit, and an infinitive is a plan.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Jordanian sappers remove 120 mines near Irbid on Tuesday",
            ("clearance_progress", "JOR", "2026-05-19", 120, "mines"),
        ),
        (
            "Deminers clear 3 hectares in Cambodia's Pailin province",
            ("clearance_progress", "KHM", "2026-05", 3, "ha"),
        ),
        (
            "Croatian teams neutralise 64 mines in the Lika region on Monday",
            ("clearance_progress", "HRV", "2026-05-18", 64, "mines"),
        ),
    ],
)
def test_a_present_tense_headline_is_clearance(
    text: str, expected: tuple[str, str, str, int, str]
) -> None:
    assert _figures(text, "2026-05-20") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Deminers in Laos clear 12 hectares a month, the agency says.",
        "The army plans to clear 45 square kilometres in Chad by 2028.",
        "Engineers in Angola want to remove 300 mines before the rains\n",
    ],
)
def test_present_tense_outside_a_headline_or_as_a_plan_is_no_clearance(text: str) -> None:
    assert _figures(text, "2026-05-20") == []


# --- unexploded ordnance counted as items, and areas joined by a hyphen ---------------------


def test_items_of_unexploded_ordnance_destroyed_in_the_field_are_clearance() -> None:
    text = (
        "A farmer was injured by a mine in Laos's Xieng Khouang province on Friday. Clearance "
        "teams in the province have destroyed more than 4,300 pieces of unexploded ordnance "
        "since February."
    )
    assert ("clearance_progress", "LAO", "2026-05", 4300, "uxo") in _figures(text, "2026-05-20")


def test_an_area_joined_to_its_figure_by_a_hyphen_is_read() -> None:
    text = "In April alone, a team of 12 deminers cleared a 6-hectare minefield near Cuito, Angola."
    assert _figures(text, "2026-05-20") == [("clearance_progress", "AGO", "2026-04", 6, "ha")]


# --- when the mines were laid is not when they were cleared ----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Since 2021, our teams in Zimbabwe have cleared 2.1 square kilometres and destroyed "
            "900 mines, most of them laid during the war of 1976-79.",
            "2026-05",
        ),
        (
            "In 2025 deminers in Sri Lanka cleared 4.5 square kilometres, much of it planted "
            "with mines in 1990.",
            "2025",
        ),
    ],
)
def test_a_laying_date_inside_a_clearance_sentence_does_not_date_the_clearance(
    text: str, expected: str
) -> None:
    dates = {c.date for c in read(text, PartialDate.parse("2026-05-20"))}
    assert dates == {expected}


# --- "during the month" and "the 3rd of this month" ------------------------------------------


def test_during_the_month_takes_the_month_the_summary_names() -> None:
    text = (
        "The national mine action centre of Iraq has published its results for April. During "
        "the month, deminers cleared 812 hectares and destroyed 140 anti-personnel mines."
    )
    assert {c.date for c in read(text, PartialDate.parse("2026-05-03"))} == {"2026-04"}


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("on the 3rd of this month", "2026-11-04", ["2026-11-03"]),
        ("On the 21st of last month", "2026-03-02", ["2026-02-21"]),
        ("the 28th of last month", "2026-01-10", ["2025-12-28"]),
        # a day after publication is no day of a past event
        ("on the 9th of this month", "2026-11-04", []),
        # "this month" without a full publication day names no day
        ("on the 3rd of this month", "2026-11", ["2026-11-03"]),
    ],
)
def test_an_ordinal_day_of_this_or_last_month(
    text: str, published: str, expected: list[str]
) -> None:
    assert dates_in(text, Anchor(PartialDate.parse(published))) == expected


def test_results_for_a_month_date_the_month() -> None:
    anchor = Anchor(PartialDate.parse("2026-11-04"))
    assert dates_in("the agency summed up its work for October", anchor) == ["2026-10"]


def test_a_read_more_link_is_page_furniture() -> None:
    text = (
        "A boy was killed by a landmine in Yemen's Taiz province on Sunday.\n"
        "Read more: Demining project removes 800 mines in a week\n"
    )
    assert keys(text, "2026-05-20") == [("casualty_incident", "YEM", "2026-05-17")]


# --- victims counted over separate incidents --------------------------------------------------


def _victims(text: str, date: str) -> list[tuple[str | None, int | None, int | None]]:
    found = read(text, PartialDate.parse(date))
    return project(found, "actor_iso3", "killed", "injured", kind="casualty_incident")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Three farmers were injured by mines in separate incidents in Laos last month: one in "
            "Xieng Khouang on 3 April, two in Savannakhet later.",
            [("LAO", None, 1)] * 3,
        ),
        (
            "In Tajikistan, two border guards were killed by mines in separate blasts in March.",
            [("TJK", 1, None)] * 2,
        ),
        # killed and injured together cannot be shared out between the incidents
        (
            "Two people were killed and three injured by mines in Chad in separate incidents.",
            [("TCD", 2, 3)],
        ),
        # a count of a statistic's size is not a row of single incidents
        (
            "Forty people were killed by mines in Syria in separate incidents this year.",
            [("SYR", 40, None)],
        ),
    ],
)
def test_victims_in_separate_incidents_are_one_incident_each(
    text: str, expected: list[tuple[str, int | None, int | None]]
) -> None:
    assert _victims(text, "2026-05-20") == expected


def test_a_separate_incident_is_never_a_detail_of_the_one_before() -> None:
    text = (
        "Four soldiers were injured when their truck hit a landmine in Mali's Mopti region. "
        "In a separate incident, a boy was injured when a mine went off near a well."
    )
    assert _victims(text, "2026-05-20") == [("MLI", None, 4), ("MLI", None, 1)]


def test_martyred_counts_as_killed() -> None:
    text = (
        "Three policemen were martyred and two others injured when a landmine exploded in Pakistan."
    )
    assert _victims(text, "2026-05-20") == [("PAK", 3, 2)]


# --- a mine named only by its model ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A hunter was badly injured by a PROM near Zavidovici in Bosnia on Tuesday.",
        "A shepherd was injured when he stepped on a PMN-2 in Azerbaijan's Fuzuli district.",
        "A farmer was injured by a Type 72 in Cambodia on Tuesday.",
    ],
)
def test_a_mine_named_by_its_model_is_a_mine(text: str) -> None:
    assert [row[2] for row in _victims(text, "2026-05-20")] == [1]


def test_a_prom_in_lower_case_is_no_mine() -> None:
    assert (
        _victims("A student was injured at the school prom in Serbia on Tuesday.", "2026-05-20")
        == []
    )


# --- how long the work took: the work the sentence before told ------------------------------


def test_a_sentence_opening_on_the_work_s_length_takes_the_date_of_the_work() -> None:
    text = (
        "Last month our deminers finished the task near Bujanovac in Serbia. "
        "In 24 working days they cleared 18,500 m² of pasture and found 9 PMA-2 mines."
    )
    figures = _figures(text, "2026-06-03")
    assert ("clearance_progress", "SRB", "2026-05", 18500, "m2") in figures


def test_states_parties_named_without_a_figure_hand_nothing_on() -> None:
    text = (
        "Serbia still has 2 km² of suspected hazardous area. We wonder what the States Parties "
        "will decide in November.\n"
        "Last Friday's accident near Presevo, where a hunter was injured by a PMA-3, shows why."
    )
    assert _victims(text, "2026-06-08") == [("SRB", None, 1)]
    # with a figure of theirs, what follows is still the group's
    text = (
        "Collectively, States Parties cleared 200 km² in 2025. A further 30 km² was reduced "
        "by survey."
    )
    assert {c.actor_iso3 for c in read(text, PartialDate.parse("2026-06-08"))} == {None}


# --- holidays on a fixed day ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("a girl was hurt on Christmas Day", "2026-01-05", ["2025-12-25"]),
        ("a girl was hurt on Christmas Day", "2026-12-28", ["2026-12-25"]),
        ("two men died on New Year's Eve", "2026-01-02", ["2025-12-31"]),
        ("a blast on New Year’s Day", "2026-01-02", ["2026-01-01"]),
        ("on Christmas Eve 2023", "2026-01-02", ["2023-12-24"]),
        ("a mine went off at Christmas", "2026-01-10", ["2025-12-25"]),
        ("on Orthodox Christmas", "2026-01-10", ["2026-01-07"]),
        ("on Boxing Day", "2026-02-01", ["2025-12-26"]),
        # a thing named after the feast is no date; a feast to come is no event date
        ("the Christmas market reopened", "2026-01-05", []),
        ("the truce will hold over Christmas", "2026-11-20", []),
    ],
)
def test_a_fixed_holiday_is_its_day(text: str, published: str, expected: list[str]) -> None:
    assert dates_in(text, Anchor(PartialDate.parse(published))) == expected


def test_a_casualty_on_a_holiday_is_dated_that_day() -> None:
    text = "Three children were injured by a landmine in Ukraine's Kharkiv region on Christmas Eve."
    assert keys(text, "2026-01-04") == [("casualty_incident", "UKR", "2025-12-24")]


# --- incidents told in sequence ---------------------------------------------------------------


def test_incidents_told_one_after_the_other_are_each_dated_by_their_count() -> None:
    text = (
        "Three mine incidents were recorded in Tajikistan on 14 May, the national agency said.\n"
        "One of them occurred near the village of Darband. A border guard, Said Karimov, was "
        "blown up by a mine while on patrol. He was evacuated to the regional hospital.\n"
        "The second incident was recorded near Khorog. As a result of the explosion of an "
        "anti-personnel mine, a local shepherd was injured.\n"
    )
    assert _victims(text, "2026-05-20") == [("TJK", None, 1), ("TJK", None, 1)]
    assert {c.date for c in read(text, PartialDate.parse("2026-05-20"))} == {"2026-05-14"}


def test_blown_up_with_no_word_of_treatment_counts_nobody() -> None:
    text = "A herder was blown up by a mine near Khorog in Tajikistan on Monday. Police came."
    assert [row[1:] for row in _victims(text, "2026-05-20")] == []


def test_a_victim_after_another_explosion_is_another_incident() -> None:
    text = (
        "A farmer was injured by a mine near Agdam in Azerbaijan on 2 May.\n"
        "Another mine explosion occurred near Tartar this week. A herder was injured while "
        "grazing sheep.\n"
    )
    assert _victims(text, "2026-05-20") == [("AZE", None, 1), ("AZE", None, 1)]


def test_a_victim_told_after_a_separate_incident_with_its_count_is_one_of_them() -> None:
    text = (
        "A ranger was injured by a mine in Thailand's Surin province on 2 May. In a separate "
        "incident on 5 May, four Thai soldiers were injured by a landmine. One soldier lost "
        "his foot in the blast."
    )
    assert _victims(text, "2026-05-20") == [("THA", None, 1), ("THA", None, 4)]


# --- two groups sharing one "killed or wounded" -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ombudsman said 35 police officers and 12 children have been killed or injured "
            "by landmines in Peru so far this year.",
            [35, 12],
        ),
        (
            "In Myanmar, 140 soldiers and 96 villagers were killed or maimed by mines in 2025.",
            [140, 96],
        ),
        # one group: one total, as before
        ("In Chad, 40 people have been killed or injured by mines since January.", [40]),
    ],
)
def test_two_groups_killed_or_wounded_are_a_total_each(text: str, expected: list[int]) -> None:
    found = read(text, PartialDate.parse("2026-07-17"))
    assert project(found, "quantity", kind="casualty_incident") == [(n,) for n in expected]
