"""Event dates and casualty counts stated in ways the rules did not read (issue 8 item 2,
fourth pass). Each kind is tested in several wordings of our own, other states and other
date styles, written before the fix; none is copied from a dev passage."""

from __future__ import annotations

from minewatch.domain.dates import PartialDate
from minewatch.extract.casualties import Counts, find_counts
from minewatch.extract.dates import Anchor, find_dates

from .tables import dates_in
from .test_generalisation import keys, run  # publication 2026-05-20, a Wednesday

ANCHOR = Anchor(PartialDate(2026, 5, 20))


def values(text: str, anchor: Anchor = ANCHOR) -> list[str | None]:
    return dates_in(text, anchor)


def counts(text: str) -> tuple[int | None, int | None, int | None]:
    found = find_counts(text)
    return found.killed, found.injured, found.total


# --- dates -------------------------------------------------------------------------------


def test_days_and_weeks_ago_count_back_from_publication() -> None:
    assert values("The blast was two days ago.") == ["2026-05-18"]
    assert values("It happened a week ago, police said.") == ["2026-05-13"]
    assert values("Three weeks ago the team arrived.") == ["2026-04-29"]
    assert values("the day before yesterday") == ["2026-05-18"]
    assert values("four months ago") == ["2026-01"]
    # without a full publication date a day cannot be counted back
    assert values("two days ago", Anchor(PartialDate(2026, 5))) == []
    text = "Two farmers were killed by a landmine in Chad two days ago, police said."
    assert keys(text) == [("casualty_incident", "TCD", "2026-05-18")]


def test_last_and_this_with_a_month_name() -> None:
    assert values("Deminers arrived last December.") == ["2025-12"]
    assert values("The vote came last May.") == ["2025-05"]  # May of the story's year is now
    assert values("They were laid last March.") == ["2026-03"]
    assert values("This February the team left.") == ["2026-02"]
    text = "Deminers in Laos cleared 4 square kilometres last November."
    assert keys(text) == [("clearance_progress", "LAO", "2025-11")]
    # across the new year: a story of 10 January about "last December"
    assert values("It was found last December.", Anchor(PartialDate(2026, 1, 10))) == ["2025-12"]


def test_ordinal_day_of_a_month() -> None:
    assert values("on the 3rd of March") == ["2026-03-03"]
    assert values("on the 21st of October 2024") == ["2024-10-21"]
    text = "A deminer was injured by a mine in Angola on the 3rd of March."
    assert keys(text) == [("casualty_incident", "AGO", "2026-03-03")]


def test_an_ordinal_day_without_a_month_is_in_the_publication_month() -> None:
    assert values("Two villagers were wounded on the 14th.") == ["2026-05-14"]
    # a day later than publication belongs to the month before
    assert values("The mine went off on the 27th.") == ["2026-04-27"]
    assert values("on the 14th anniversary of the treaty") == []  # a thing, not a day
    assert values("on the 14th", Anchor(PartialDate(2026, 5))) == []


def test_a_weekday_beside_its_date_is_that_date() -> None:
    # 10 May 2026 was a Sunday; the latest Sunday before publication is the 17th
    assert values("on Sunday, May 10, a mine went off") == ["2026-05-10"]
    assert values("on Sunday (10 May) a mine went off") == ["2026-05-10"]
    assert values("on 10 May, a Sunday, a mine went off") == ["2026-05-10"]
    # apart from a date, the weekday still resolves
    assert values("on Sunday a mine went off; on 2 May another") == ["2026-05-17", "2026-05-02"]
    text = "A landmine injured two herders in Niger on Sunday, May 10."
    assert keys(text) == [("casualty_incident", "NER", "2026-05-10")]


def test_an_ambiguous_numeric_date_keeps_the_reading_not_after_publication() -> None:
    assert values("on 10/05/2026") == ["2026-05-10"]  # 5 October 2026 has not happened yet
    assert values("on 04/03/2026") == ["2026"]  # both readings are past: only the year
    assert values("on 25/04/2026") == ["2026-04-25"]


def test_during_and_throughout_a_month() -> None:
    assert values("during April") == ["2026-04"]
    assert values("throughout February") == ["2026-02"]
    text = "The HALO Trust cleared 300 mines in Angola during April."
    assert keys(text) == [("clearance_progress", "AGO", "2026-04")]


def test_parts_of_the_year_without_a_number_are_the_publication_year() -> None:
    assert values("in the first three months of the year") == ["2026-03"]
    assert values("in the first quarter of the year") == ["2026-03"]
    text = "Colombia recorded 40 landmine victims in the first three months of the year."
    assert keys(text) == [("casualty_incident", "COL", "2026-03")]


# --- casualty counts ---------------------------------------------------------------------


def test_left_dead_or_wounded() -> None:
    assert counts("A landmine blast left two soldiers dead in Mali.") == (2, None, None)
    assert counts("The explosion left four soldiers wounded.") == (None, 4, None)
    assert counts("A mine blast left two farmers with severe wounds.") == (None, 2, None)
    assert counts("A landmine explosion left a shepherd dead near Mosul.") == (1, None, None)
    text = "A landmine explosion in Syria on 3 May left three civilians dead."
    assert keys(text) == [("casualty_incident", "SYR", "2026-05-03")]


def test_lives_lost_and_claimed() -> None:
    assert counts("Two deminers lost their lives when a mine detonated.") == (2, None, None)
    assert counts("Landmines have claimed 12 lives in Cambodia since January.") == (12, None, None)
    assert counts("A landmine claimed the life of a shepherd in Iraq.") == (1, None, None)
    assert counts("The deminer lost his life in the blast.")[0] == 1


def test_fatally_injured_is_killed() -> None:
    assert counts("A woman was fatally injured by a landmine.") == (1, None, None)
    assert counts("Three soldiers were fatally wounded by a mine.") == (3, None, None)


def test_maimed_and_hospitalised_are_injured() -> None:
    assert counts("Two boys were maimed by a landmine.") == (None, 2, None)
    assert counts("Five workers were hospitalised after a mine exploded.") == (None, 5, None)
    assert counts("A deminer was hospitalised after a mine exploded.") == (None, 1, None)


def test_one_killed_and_another_wounded() -> None:
    assert counts("One soldier was killed and another wounded by a landmine.") == (1, 1, None)
    assert counts("A farmer was killed and a second was hurt.") == (1, 1, None)


def test_killed_or_injured_is_a_total_without_the_split() -> None:
    assert counts("Landmines killed or injured 40 people in Colombia in March.") == (
        None,
        None,
        40,
    )
    assert counts("Mines wounded or killed 75 civilians last year.") == (None, None, 75)
    found = run("Landmines killed or injured 40 people in Colombia in March.")
    assert [(c.actor_iso3, c.quantity, c.unit, c.date) for c in found] == [
        ("COL", 40, "casualties", "2026-03")
    ]


def test_recorded_victims_are_a_total() -> None:
    assert counts("Colombia recorded 40 landmine victims in 2025.") == (None, None, 40)
    assert counts("Officials registered 17 new mine victims.") == (None, None, 17)
    assert find_counts("The victims were taken to a clinic.") == Counts()


# --- kinds found by held-out batch 7, tested here in other words ----------------------------


def test_victims_counted_with_their_ages() -> None:
    assert counts("Three girls aged seven, ten and 14 were injured by a mine.") == (None, 3, None)
    assert counts("Two farmers, aged 40 and 52, were killed near the border.") == (2, None, None)
    text = "Two sisters aged eight and eleven were wounded by a landmine in Iraq on 2 May."
    assert keys(text) == [("casualty_incident", "IRQ", "2026-05-02")]


def test_have_been_killed_or_injured_is_a_total() -> None:
    assert counts("Since 2021, 612 civilians have been killed or injured by mines in Yemen.") == (
        None,
        None,
        612,
    )
    assert counts("About 900 people were wounded or killed by landmines last year.") == (
        None,
        None,
        900,
    )
    # the split stays a split
    assert counts("Nine people were killed and 14 injured by the mine.") == (9, 14, None)


def test_more_kinds_of_victim_are_one_person() -> None:
    assert counts("A Chadian army engineer was killed and three others were hurt.") == (1, 3, None)
    assert counts("A road technician was wounded by a mine.") == (None, 1, None)


def test_a_victim_and_their_kin() -> None:
    assert counts("A man and his three sons were killed when a mine exploded.") == (4, None, None)
    assert counts("A farmer was killed and his son badly injured by a mine.") == (1, 1, None)
    assert counts("A teacher and her two pupils were injured by a mine.") == (None, 3, None)


def test_a_day_of_a_month_is_not_a_quantity_of_mines() -> None:
    text = "A Malian soldier was killed on 4 March while clearing mines near Gao."
    found = run(text)
    assert [(c.type, c.actor_iso3, c.date, c.killed) for c in found] == [
        ("casualty_incident", "MLI", "2026-03-04", 1)
    ]
    text = "Teams in Chad removed 85 mines on 12 April near Faya."
    assert [(c.quantity, c.unit) for c in run(text)] == [(85, "mines")]


def test_figures_in_brackets_after_each_state() -> None:
    text = (
        "Colombia recorded 520 mine casualties in 2025. Antioquia had the highest share, "
        "and Mali saw the sharpest rise in casualties (310), ahead of Niger (280) and "
        "Burkina Faso (260)."
    )
    found = [(c.actor_iso3, c.quantity) for c in run(text) if c.actor_iso3 != "COL"]
    assert found == [("MLI", 310), ("NER", 280), ("BFA", 260)]


def test_a_report_day_dates_the_report_not_its_figures() -> None:
    assert values("the agency said in its annual report on Tuesday") == []
    assert values("in its quarterly review published on Friday") == []
    text = (
        "At least 3,400 people were killed or injured by mines in 2025, the group said in "
        "its yearly report on Monday. Iraq recorded the most casualties (900), followed by "
        "Yemen (700)."
    )
    found = [(c.actor_iso3, c.quantity, c.date) for c in run(text)]
    assert ("IRQ", 900, "2025") in found and ("YEM", 700, "2025") in found


def test_mines_destroyed_at_an_industrial_site_are_a_stockpile() -> None:
    text = "In March, Belarus destroyed 40,000 anti-personnel mines at a demilitarisation plant."
    assert [(c.type, c.actor_iso3, c.date, c.quantity) for c in run(text)] == [
        ("stockpile_destruction", "BLR", "2026-03", 40000)
    ]
    # mines found in the ground and destroyed stay clearance
    text = "Deminers destroyed 300 anti-personnel mines found in fields in Angola in April."
    assert keys(text) == [("clearance_progress", "AGO", "2026-04")]


def test_the_previous_and_the_next_day_count_from_the_stated_day() -> None:
    assert values("On 3 May a mine went off; another blast followed the next day.") == [
        "2026-05-03",
        "2026-05-04",
    ]
    assert values("Deminers found it on 9 April and removed it a day later.") == [
        "2026-04-09",
        "2026-04-10",
    ]
    # relative to the day of a statement or a dateline
    text = "A mine killed a farmer in Sudan the previous day, the governor said on Tuesday."
    assert keys(text) == [("casualty_incident", "SDN", "2026-05-18")]
    text = "NIAMEY, May 12 (AFP) - Two herders in Niger were hurt by a mine the day before."
    assert keys(text) == [("casualty_incident", "NER", "2026-05-11")]
    # no day stated: unresolved; a relation between two events dates neither
    assert values("He died the following day.") == []
    assert values("It came a day after two soldiers were killed.") == []


def test_a_day_after_told_reporters_on_is_the_day_of_the_statement() -> None:
    mentions = find_dates("the minister told reporters on Monday", ANCHOR)
    assert [(m.value, m.speech) for m in mentions] == [("2026-05-18", True)]
