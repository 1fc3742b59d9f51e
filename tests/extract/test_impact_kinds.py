"""Casualty, clearance and stockpile kinds of issue 8 (batch-10 and dev gaps): which type, which
state, which figures. Each kind in several wordings of our own, with other states, figures and
dates; none is copied from a dev passage or a held-out one."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate
from minewatch.extract.casualties import find_counts
from minewatch.extract.numbers import find_quantities

from .tables import project, read


def _found(text: str, date: str, *fields: str) -> list[tuple[object, ...]]:
    return project(read(text, PartialDate.parse(date)), *fields)


# --- victims as news counts them --------------------------------------------------------------
# a victim and a kin without a number are two; the verb left out after a first harm; a bracketed
# name or a long phrase about who they were between the count and the verb; colleagues


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("A farmer and his daughter were killed when their cart struck a mine.", 2, None),
        ("A herder and her nephew were injured by a mine near the river.", None, 2),
        ("Three boys were killed and two passers-by injured when the device went off.", 3, 2),
        ("One soldier was killed and four comrades wounded in the blast.", 1, 4),
        (
            "A sapper serving with the national demining agency (NDA) was killed on Friday.",
            1,
            None,
        ),
        ("A colleague was slightly hurt in the same explosion.", None, 1),
        (
            "Five pilgrims walking back to the old mountain shrine were killed by a mine.",
            5,
            None,
        ),
    ],
)
def test_victims_counted_as_told(text: str, killed: int | None, injured: int | None) -> None:
    counts = find_counts(text)
    assert (counts.killed, counts.injured) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Three farmers were killed on Thursday when they walked into a minefield in Angola.",
            ("AGO", "2025-03-06", 3, None),
        ),
        (
            "A goatherd and his son were injured on 2 March after straying into a minefield "
            "near the border of Tajikistan.",
            ("TJK", "2025-03-02", None, 2),
        ),
        (
            "Two deminers were hurt on Monday while marking a minefield in Bosnia and Herzegovina.",
            ("BIH", "2025-03-03", None, 2),
        ),
    ],
)
def test_a_minefield_is_a_mine_context(
    text: str, expected: tuple[str, str, int | None, int | None]
) -> None:
    found = _found(text, "2025-03-08", "type", "actor_iso3", "date", "killed", "injured")
    assert found == [("casualty_incident", *expected)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mines killed or injured 5,120 people in 2023. Of those, 1,980 were killed and "
            "3,050 injured.",
            (None, "2023", 1980, 3050, 5120),
        ),
        (
            "In Colombia, landmines killed or maimed 310 people in 2022. Of these, 74 were "
            "killed and 236 injured.",
            ("COL", "2022", 74, 236, 310),
        ),
    ],
)
def test_the_split_of_a_total_told_next_fills_it(
    text: str, expected: tuple[str | None, str, int, int, int]
) -> None:
    found = _found(text, "2024-11-20", "actor_iso3", "date", "killed", "injured", "quantity")
    assert found == [expected]


def test_counts_larger_than_the_total_are_not_its_split() -> None:
    text = (
        "Mines killed or injured 120 people in Yemen in 2023. Of those incidents, 140 were "
        "killed and 90 injured."
    )
    assert len(_found(text, "2024-11-20", "type")) == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Since the withdrawal, mines in the district have killed 41 people and injured 77, "
            "Libya's mine action centre said.",
            "2025-06",
        ),
        (
            "Since the retreat of the militia, mines have killed 18 people in Syria.",
            "2025-06",
        ),
        (
            "Since the pull-out of foreign troops, 63 people have been injured by mines in Mali.",
            "2025-06",
        ),
    ],
)
def test_a_total_since_a_withdrawal_runs_to_publication(text: str, expected: str) -> None:
    found = _found(text, "2025-06-12", "type", "date")
    assert found == [("casualty_incident", expected)]


# --- stockpile destruction, not clearance ----------------------------------------------------
# mines named as stock ("stockpiled mines"), destroyed at a ceremony, at an ordnance depot or a
# range; the treaty world's abbreviation APL is a mine word


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Peruvian Army destroyed 4,200 stockpiled anti-personnel mines at its ordnance "
            "depot in Lima on 3 March.",
            ("PER", "2025-03-03", 4200),
        ),
        (
            "Belarus destroyed 9,800 stored PFM-1 mines on Friday, the ministry said.",
            ("BLR", "2025-03-07", 9800),
        ),
        (
            "On 2 March, Sudanese engineers destroyed 2,500 mines from the army's stockpile at a "
            "demolition range near Khartoum.",
            ("SDN", "2025-03-02", 2500),
        ),
        (
            "A ceremony to mark the destruction of the last APL held by Ukraine took place in "
            "Shostka on 5 March.",
            ("UKR", "2025-03-05", None),
        ),
    ],
)
def test_stock_destroyed_is_stockpile_destruction(
    text: str, expected: tuple[str, str, int | None]
) -> None:
    found = _found(text, "2025-03-10", "type", "actor_iso3", "date", "quantity")
    assert found == [("stockpile_destruction", *expected)]


@pytest.mark.parametrize(
    "text",
    [
        "Deminers destroyed 300 mines found in fields near Huambo, Angola, on 3 March.",
        "Engineers destroyed 45 items of unexploded ordnance in Laos on 3 March.",
        "Sappers cleared 2 hectares and destroyed 80 mines in Croatia on 3 March.",
    ],
)
def test_field_finds_destroyed_stay_clearance(text: str) -> None:
    types = {t for (t,) in _found(text, "2025-03-10", "type")}
    assert types == {"clearance_progress"}


# --- completions, targets and figures of no state ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Officials said the 2028 deadline for clearing all mined areas in Chad would slip.",
        "Zimbabwe is unlikely to meet its deadline to become mine-free.",
        "The deadline for declaring Senegal free of mines has been pushed back twice.",
    ],
)
def test_a_deadline_is_no_completion(text: str) -> None:
    assert _found(text, "2025-03-10", "type") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Across all mine-affected states, deminers cleared 140 square kilometres in 2023, "
            "after Chad declared one area done.",
            [("clearance_progress", None, 140)],
        ),
        (
            "Throughout every affected country, operators released 95 km2 of land in 2022.",
            [("clearance_progress", None, 95)],
        ),
        (
            "The Canadian Campaign to Ban Landmines said 60,000 mines were cleared worldwide "
            "last year.",
            [("clearance_progress", None, 60000)],
        ),
    ],
)
def test_a_figure_of_all_states_has_no_state(
    text: str, expected: list[tuple[str, str | None, int]]
) -> None:
    assert _found(text, "2024-04-04", "type", "actor_iso3", "quantity") == expected


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("teams finished clearing a 12,500-square-metre plot", 12500, "m2"),
        ("a 3-square-kilometre area was released", 3, "km2"),
        ("a 250 square-metre strip near the school", 250, "m2"),
    ],
)
def test_an_area_unit_joined_by_hyphens(text: str, value: int, unit: str) -> None:
    assert [(q.value, q.unit) for q in find_quantities(text)] == [(value, unit)]


# --- a group's figure, and states named as its members ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Four countries, Syria, Myanmar, Afghanistan and Ukraine, reported 900 casualties in 2023.",
        "Three states - Iraq, Yemen and Nigeria - recorded 1,200 mine casualties in 2023.",
        "Two countries (Cambodia and Laos) cleared 85 square kilometres in 2023.",
    ],
)
def test_a_figure_of_a_counted_group_is_not_its_first_member_s(text: str) -> None:
    assert [actor for (actor,) in _found(text, "2024-11-20", "actor_iso3")] == [None]


def test_a_completion_told_of_a_listed_group_stays_each_member_s() -> None:
    text = "Two States Parties, Chad and Peru, declared completion of clearance in 2023."
    found = _found(text, "2024-11-20", "type", "actor_iso3")
    assert found == [("clearance_progress", "TCD"), ("clearance_progress", "PER")]


# --- operators in the field, and what they hand over -------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Since 2001, MAG has destroyed more than 40,000 landmines in Iraq.",
            ("IRQ", 40000, "mines"),
        ),
        ("In 2024, CMAC destroyed 12,400 mines in Cambodia.", ("KHM", 12400, "mines")),
        (
            "The HALO Trust destroyed 3,100 anti-personnel mines in Zimbabwe in 2024.",
            ("ZWE", 3100, "mines"),
        ),
        (
            "Dutch funding helped local teams clear 2 square kilometres in Chad in 2024.",
            ("TCD", 2, "km2"),
        ),
    ],
)
def test_mines_destroyed_by_an_operator_are_clearance(
    text: str, expected: tuple[str, int, str]
) -> None:
    found = _found(text, "2025-02-10", "type", "actor_iso3", "quantity", "unit")
    assert found == [("clearance_progress", *expected)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In May, deminers handed over the last cleared minefield in Moxico to the "
            "provincial government of Angola.",
            ("AGO", "2025-05"),
        ),
        (
            "On 3 June, the army handed back the final demined plot near Pailin, Cambodia, "
            "to farmers.",
            ("KHM", "2025-06-03"),
        ),
        (
            "Engineers in Sri Lanka are handing over the last demined fields of Mannar to the "
            "district this week.",
            ("LKA", "2025-06"),
        ),
    ],
)
def test_the_last_cleared_land_handed_over_is_a_completion(
    text: str, expected: tuple[str, str]
) -> None:
    found = _found(text, "2025-06-12", "type", "actor_iso3", "date", "quantity")
    assert found == [("clearance_progress", *expected, None)]


# --- an organisation's own totals over many states ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Over 30 years we have worked in 40 countries.\n\n"
            "We have cleared 900 square kilometres of land.",
            [("clearance_progress", None, "2021", 900)],
        ),
        (
            "Our teams operate in more than 20 countries across the world.\n\n"
            "We have removed a total of 2,5 million explosive weapons.",
            [("clearance_progress", None, "2021", 2500000)],
        ),
    ],
)
def test_an_organisation_s_own_total_over_many_states_has_no_state(
    text: str, expected: list[tuple[str, None, str, int]]
) -> None:
    assert _found(text, "2021", "type", "actor_iso3", "date", "quantity") == expected


def test_an_organisation_speaking_after_someone_else_s_world_figure_stays_unplaced() -> None:
    text = (
        "The Monitor recorded 4,000 casualties worldwide in 2023.\n\n"
        "We have cleared 60 square kilometres since 2015."
    )
    assert _found(text, "2024", "type") == [("casualty_incident",)]


@pytest.mark.parametrize(
    ("text", "value"),
    [("1,7 million", 1_700_000), ("2,45 billion", 2_450_000_000), ("1,700", 1700)],
)
def test_a_decimal_comma_before_a_scale_word(text: str, value: int) -> None:
    from minewatch.extract.numbers import parse_number

    assert parse_number(text) == value


def test_a_breakdown_closed_by_its_total_keeps_the_total_and_the_mines() -> None:
    text = (
        "Deminers in Yemen removed 40 anti-personnel mines, 6 explosive devices and 310 "
        "items of unexploded ordnance, totalling 356 mines, in the first week of March 2024."
    )
    found = _found(text, "2024-03-10", "quantity", "unit")
    assert sorted(found) == [(40, "mines"), (356, "mines")]


@pytest.mark.parametrize(
    "text",
    [
        "Landmine Monitor 2025 finds casualties remain high",
        "The 2023 casualties report was presented in Geneva.",
        "Survey 2024 counts victims of mines in the north.",
    ],
)
def test_a_bare_year_is_never_a_casualty_count(text: str) -> None:
    assert find_counts(text).total is None
    assert _found(text, "2025-11-20", "type") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Peru has finished clearing the last minefields on its border, the ministry said "
            "on Friday, after deminers removed the final mines on Wednesday.",
            ("PER", "2025-03-05"),
        ),
        (
            "On 2 March, Serbia completed clearing all its known mined areas.",
            ("SRB", "2025-03-02"),
        ),
        (
            "Oman concluded the clearance of the remaining mined land on Monday.",
            ("OMN", "2025-03-03"),
        ),
    ],
)
def test_finished_clearing_the_last_areas_is_a_completion(
    text: str, expected: tuple[str, str]
) -> None:
    found = _found(text, "2025-03-07", "type", "actor_iso3", "date", "quantity")
    assert found == [("clearance_progress", *expected, None)]


# --- a victim who died later ---------------------------------------------------------------------
# one incident: the victim told as injured moves to killed, and the incident keeps its day


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A boy was badly injured by a mine near Pailin, Cambodia, on Saturday. He died of "
            "his wounds on Monday.",
            [("KHM", "2025-05-17", 1, None)],
        ),
        (
            "Two soldiers were wounded by a mine in Mali on 12 May. One of them later died in "
            "hospital.",
            [("MLI", "2025-05-12", 1, 1)],
        ),
        (
            "Three deminers were hurt by a mine in Iraq on Sunday. One of the injured men died "
            "on the way to hospital.",
            [("IRQ", "2025-05-18", 1, 2)],
        ),
        (
            "A herder who was wounded by a landmine in Chad on 4 May died in hospital on Sunday.",
            [("TCD", "2025-05-04", 1, None)],
        ),
    ],
)
def test_a_victim_who_died_later_is_killed_in_the_same_incident(
    text: str, expected: list[tuple[str, str, int, int | None]]
) -> None:
    assert _found(text, "2025-05-20", "actor_iso3", "date", "killed", "injured") == expected


def test_a_death_told_after_a_killing_is_no_second_victim() -> None:
    text = "A mine killed a farmer in Laos on Sunday. He died on the way to hospital."
    assert _found(text, "2025-05-20", "killed", "injured") == [(1, None)]


# --- the donor is not the place ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thanks to German funding, Iraq's mine action directorate cleared 6 square "
            "kilometres in 2024.",
            "IRQ",
        ),
        ("With a grant from Japan, Cambodian deminers cleared 9 square kilometres in 2024.", "KHM"),
        (
            "Funded by the United Kingdom, teams in Angola released 4 square kilometres in 2024.",
            "AGO",
        ),
        (
            "Through Swiss financing, Bosnian deminers removed 2,000 mines in 2024.",
            "BIH",
        ),
    ],
)
def test_a_donor_opening_the_sentence_is_not_the_place(text: str, expected: str) -> None:
    assert _found(text, "2025-05-20", "type", "actor_iso3") == [("clearance_progress", expected)]


# --- a running total reached by the destruction just told ----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 14 May, Belarus destroyed its last 4,000 stockpiled PFM-1 mines, bringing the "
            "total destroyed since 2019 to 3.3 million.",
            [("2025-05-14", 4000), ("2025-05-14", 3_300_000)],
        ),
        (
            "Serbia destroyed its stockpiled mines at a plant on Monday. The last 800 mines were "
            "burnt, bringing to 12,400 the number of mines destroyed since 2021.",
            [("2025-05-19", 800), ("2025-05-19", 12400)],
        ),
        (
            "Ukraine completed the destruction of 9,000 stockpiled mines on 2 May, bringing its "
            "tally to 160,000.",
            [("2025-05-02", 9000), ("2025-05-02", 160000)],
        ),
    ],
)
def test_a_total_brought_to_a_figure_is_a_second_claim_of_the_same_day(
    text: str, expected: list[tuple[str, int]]
) -> None:
    found = project(read(text, PartialDate.parse("2025-05-22")), "date", "quantity")
    assert sorted(found) == expected
