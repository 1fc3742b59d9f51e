"""Figures in casualty and clearance events as whole kinds (issue 8, figures pass): the items of
a breakdown, estimates, nobody hurt, ages and parts between a count and its verb, more victims
of one incident, counts over a period, totals told with words between, and world figures, in
every language read. Sentences of our own; none is copied from a dev passage or a held-out one.
"""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate
from minewatch.extract.casualties import find_counts

from .tables import FIELDS, casualty, cleared, project, read

_DAY = PartialDate.parse("2025-06-12")


def _claims(text: str, language: str | None = None) -> list[tuple[object, ...]]:
    return project(read(text, _DAY, language), *FIELDS)


def _figures(text: str, language: str | None = None) -> list[tuple[object, object]]:
    found = read(text, _DAY, language)
    return [(c.quantity, c.unit) for c in found if c.type == "clearance_progress"]


# --- the items of a breakdown: a count of unexploded ordnance or devices listed after a count
# of mines is a part of it, never a clearance figure of its own; devices told first are the
# total the mines are part of; a count of devices with no mines beside it stays
@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "In May, deminers in Bosnia cleared 3,100 hectares and destroyed 912 anti-personnel "
            "mines, 140 anti-tank mines and 2,300 items of unexploded ordnance.",
            None,
            [(3100, "ha"), (912, "mines")],
        ),
        (
            "Teams in Angola removed 640 anti-personnel mines and 75 explosive devices from "
            "farmland near the river last month.",
            None,
            [(640, "mines")],
        ),
        (
            "En mai, les démineurs ont détruit au Tchad 418 mines antipersonnel, 51 mines "
            "antichar et 2 040 restes explosifs de guerre.",
            "fr",
            [(418, "mines")],
        ),
        (
            "Em maio, as equipas de desminagem destruíram em Angola 233 minas antipessoal e "
            "410 engenhos explosivos não detonados.",
            "pt",
            [(233, "mines")],
        ),
        (
            "A maggio gli sminatori hanno distrutto in Bosnia 150 mine antiuomo, 30 mine "
            "anticarro e 900 ordigni inesplosi.",
            "it",
            [(150, "mines")],
        ),
        (
            "Im Mai zerstörten die Räumteams in Bosnien 210 Antipersonenminen, 40 Panzerminen "
            "und 700 Blindgänger.",
            "de",
            [(210, "mines")],
        ),
        # devices first: the total, with the mines as its part
        (
            "За минулий тиждень сапери знешкодили в Україні 2 150 вибухонебезпечних предметів, "
            "у тому числі 96 протипіхотних мін.",
            "uk",
            [(2150, "explosive_devices"), (96, "mines")],
        ),
        # no mines beside them: the devices are the figure
        (
            "Clearance teams destroyed 8,400 items of unexploded ordnance across Laos last year.",
            None,
            [(8400, "uxo")],
        ),
    ],
)
def test_breakdown_items_after_mines_are_no_figure(
    text: str, language: str | None, expected: list[tuple[object, object]]
) -> None:
    assert _figures(text, language) == expected


# --- an estimate is what is there, never what was cleared, even after a clearance word
@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Budget cuts have slowed the clearance of an estimated 900 square kilometres of "
            "contaminated land in Afghanistan.",
            None,
        ),
        (
            "The clearance of an estimated 40 km2 in Cambodia's north-west will take a decade.",
            None,
        ),
        (
            "Le déminage des 80 km² estimés de terres contaminées au Tchad a été ralenti, selon "
            "le centre.",
            "fr",
        ),
    ],
)
def test_an_estimated_area_is_never_cleared(text: str, language: str | None) -> None:
    assert _figures(text, language) == []


def test_a_cleared_area_beside_an_estimate_stays_cleared() -> None:
    text = (
        "Deminers in Angola cleared 12 square kilometres in 2024, out of an estimated 60 "
        "square kilometres still contaminated."
    )
    assert _figures(text) == [(12, "km2")]


# --- nobody hurt: a blast is ``other`` with no injured, never a casualty with one victim
@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("A tractor hit a mine near Izium in Ukraine on Monday; the driver escaped unhurt.", None),
        ("A mine exploded under a truck in Ukraine on Monday. Nobody was hurt.", None),
        ("An anti-tank mine blew up a bus in Ukraine on Monday without causing casualties.", None),
        ("У понеділок в Україні трактор наїхав на міну. Тракторист не постраждав.", "uk"),
        ("В понедельник в Украине трактор наехал на мину. Водитель не пострадал.", "ru"),
        ("Lundi, un tracteur a sauté sur une mine en Ukraine. Le chauffeur est indemne.", "fr"),
        ("El lunes un tractor pisó una mina en Colombia. El conductor resultó ileso.", "es"),
        ("Lunedì un trattore è saltato su una mina in Ucraina. L'autista è illeso.", "it"),
        ("Na segunda-feira, um trator pisou uma mina em Angola. O condutor saiu ileso.", "pt"),
        ("Am Montag fuhr ein Traktor in der Ukraine auf eine Mine. Er blieb unverletzt.", "de"),
    ],
)  # fmt: skip
def test_nobody_hurt_is_no_casualty(text: str, language: str | None) -> None:
    found = read(text, _DAY, language)
    assert not [c for c in found if c.type == "casualty_incident"]
    assert [c.injured for c in found if c.type == "other"] == [0]


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # a victim told beside the unhurt wins
        ("One soldier was killed by the mine; the others were unhurt.", 1, None),
        ("Two shepherds were wounded by a mine, while a third escaped unhurt.", None, 2),
        ("Nobody was hurt.", None, 0),
        # one victim and an unhurt companion: the one stays (review of the session's diff)
        ("A farmer was wounded by a mine on Monday, while his son escaped unhurt.", None, 1),
        ("A soldier was injured by a mine; two comrades were unhurt.", None, 1),
        ("A deminer was hurt by the blast, but the rest of the team were unharmed.", None, 1),
        # "no one was killed" says nothing of the injured
        ("A mine exploded under a truck on Monday. No one was killed.", None, None),
    ],
)
def test_unhurt_with_victims_beside_it(text: str, killed: int | None, injured: int | None) -> None:
    counts = find_counts(text)
    assert (counts.killed, counts.injured) == (killed, injured)


# --- ages are no counts; a part named between a count and its verb is no count of its own,
# and the split of a total stays its split
@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Un niño de 9 años resultó gravemente herido el lunes por una mina en Colombia.",
            "es",
            [casualty("COL", "2025-06-09", None, 1)],
        ),
        (
            "Sept civils, dont deux enfants, ont été tués lundi par une mine au Mali.",
            "fr",
            [casualty("MLI", "2025-06-09", 7, None)],
        ),
        (
            "Cinque persone, tra cui due bambini, sono state uccise lunedì da una mina in Ucraina.",
            "it",
            [casualty("UKR", "2025-06-09", 5, None)],
        ),
        (
            "В понедельник в Украине пятеро человек, в том числе двое детей, погибли от мины.",
            "ru",
            [casualty("UKR", "2025-06-09", 5, None)],
        ),
    ],
)
def test_ages_and_parts_are_no_counts(
    text: str, language: str | None, expected: list[tuple[object, ...]]
) -> None:
    assert _claims(text, language) == expected


def test_the_split_of_a_total_stays() -> None:
    text = (
        "Les mines ont fait 4 100 victimes au Mali en 2024, dont 1 200 morts, selon le "
        "rapport annuel."
    )
    found = read(text, _DAY, "fr")
    assert [(c.killed, c.quantity) for c in found] == [(1200, 4100)]


# --- more victims of the incident just told are added to it
@pytest.mark.parametrize(
    ("text", "language", "killed", "injured"),
    [
        (
            "A farmer was killed on Monday when his tractor hit a mine in Ukraine. A second man "
            "riding with him was taken to hospital with burns.",
            None,
            1,
            1,
        ),
        (
            "A soldier lost a leg on Monday after stepping on a mine in Colombia.\n\nTwo other "
            "soldiers in the patrol suffered concussion and shrapnel wounds and were flown to "
            "Bogotá.",
            None,
            None,
            3,
        ),
        (
            "A shepherd was badly injured by a mine in Yemen on Monday. His son, who was walking "
            "behind him, was also hurt.",
            None,
            None,
            2,
        ),
        (
            "Un campesino resultó herido el lunes por una mina en Colombia. Su hermano, que lo "
            "acompañaba, sufrió heridas leves.",
            "es",
            None,
            2,
        ),
        (
            "Lundi, trois civils ont été tués par une mine au Mali. Six autres passagers ont été "
            "blessés, selon un élu.",
            "fr",
            3,
            6,
        ),
    ],
)
def test_more_victims_join_the_incident(
    text: str, language: str | None, killed: int | None, injured: int | None
) -> None:
    found = [c for c in read(text, _DAY, language) if c.type == "casualty_incident"]
    assert [(c.killed, c.injured) for c in found] == [(killed, injured)]


def test_victims_of_another_blast_stay_apart() -> None:
    text = (
        "A farmer was killed on Monday when his tractor hit a mine in Ukraine. A second farmer "
        "was wounded in another explosion nearby on Tuesday."
    )
    found = [c for c in read(text, _DAY) if c.type == "casualty_incident"]
    assert [(c.date, c.killed, c.injured) for c in found] == [
        ("2025-06-09", 1, None),
        ("2025-06-10", None, 1),
    ]


def test_a_companion_unhurt_adds_nothing() -> None:
    text = (
        "A farmer was killed on Monday when he stepped on a mine in Cambodia. His nephew, who "
        "was walking behind him, was unhurt."
    )
    assert _claims(text) == [casualty("KHM", "2025-06-09", 1, None)]


# --- counts over a period that opens are a statistic, never merged with an incident
@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Since the start of the year, 23 civilians have been killed by mines in Ukraine's "
            "Kharkiv region.\n\nOn 2 June a boy was injured by a mine near Izium.",
            None,
        ),
        (
            "Від початку року на Харківщині на мінах загинули 23 цивільні.\n\n2 червня на "
            "Ізюмщині на міні підірвався підліток, він дістав поранення.",
            "uk",
        ),
    ],
)
def test_period_counts_stay_apart_from_an_incident(text: str, language: str | None) -> None:
    found = [c for c in read(text, _DAY, language) if c.type == "casualty_incident"]
    assert [(c.date, c.killed, c.injured) for c in found] == [
        ("2025-06", 23, None),
        ("2025-06-02", None, 1),
    ]


# --- totals with words between the count and "killed or wounded"; counts of a report
@pytest.mark.parametrize(
    ("text", "killed", "injured", "total"),
    [
        (
            "So far this year, 64 members of the police and civilians have been killed or "
            "wounded by mines.",
            None,
            None,
            64,
        ),
        ("The agency has registered 9,800 victims of landmines since 1990.", None, None, 9800),
        ("The Monitor recorded 52 mine/ERW casualties in Chad, 19 of them killed.", 19, None, 52),
        # a share is no count
        ("Of the 9,800 victims registered since 1990, about 30 percent died.", None, None, None),
        # the conditional of reported news
        ("Due civili sarebbero stati uccisi e tre feriti da una mina.", None, None, None),
    ],
)  # fmt: skip
def test_totals_and_shares(
    text: str, killed: int | None, injured: int | None, total: int | None
) -> None:
    counts = find_counts(text)
    assert (counts.killed, counts.injured, counts.total) == (killed, injured, total)


@pytest.mark.parametrize(
    ("text", "language", "killed", "injured"),
    [
        ("Lunedì due civili sarebbero stati uccisi e tre feriti da una mina in Ucraina.",
         "it", 2, 3),
        ("Na segunda-feira, dois civis teriam sido mortos por uma mina em Angola.", "pt", 2, None),
        ("Lundi, deux civils auraient été tués par une mine au Mali.", "fr", 2, None),
    ],
)  # fmt: skip
def test_reported_conditional(
    text: str, language: str, killed: int | None, injured: int | None
) -> None:
    found = [c for c in read(text, _DAY, language) if c.type == "casualty_incident"]
    assert [(c.killed, c.injured) for c in found] == [(killed, injured)]


# --- a figure of the global report with no state beside it is the world's, in every language
@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Communiqué — Lyon, France\n\nSelon l'Observatoire des mines, 5 800 personnes ont "
            "été tuées ou blessées par des mines en 2024.",
            "fr",
        ),
        (
            "Comunicado — Madrid, España\n\nSegún el Monitor de Minas Terrestres, 5.800 personas "
            "murieron o resultaron heridas por minas en 2024.",
            "es",
        ),
        (
            "Communiqué — Lyon, France\n\nDans le monde, 5 800 personnes ont été tuées ou "
            "blessées par des mines en 2024.",
            "fr",
        ),
        (
            "Press release — Lyon, France\n\nAccording to the Landmine Monitor, 5,800 people were "
            "killed or injured by mines in 2024.",
            None,
        ),
    ],
)
def test_world_figures_are_no_states(text: str, language: str | None) -> None:
    found = [c for c in read(text, _DAY, language) if c.type == "casualty_incident"]
    assert [(c.actor_iso3, c.quantity) for c in found] == [(None, 5800)]


def test_a_monitor_figure_naming_a_state_is_that_states() -> None:
    text = (
        "Selon l'Observatoire des mines, 410 personnes ont été tuées ou blessées au Tchad en 2024."
    )
    found = [c for c in read(text, _DAY, "fr") if c.type == "casualty_incident"]
    assert [(c.actor_iso3, c.quantity) for c in found] == [("TCD", 410)]


def test_cleared_helper_shape() -> None:
    """The claim builder these banks share agrees with what a clearance sentence gives."""
    text = "In May, deminers in Bosnia cleared 3,100 hectares of land."
    assert _claims(text) == [cleared("BIH", "2025-05", 3100, "ha")]


# --- a year named as one is no count, and the count after it is read
@pytest.mark.parametrize(
    ("text", "language", "total"),
    [
        (
            "Minen haben im Jahr 2023 weltweit mindestens 5800 Menschen getötet oder verletzt.",
            "de",
            5800,
        ),
        (
            "Nel mondo, nell'anno 2023 le mine hanno causato 5800 vittime.",
            "it",
            5800,
        ),
    ],
)
def test_a_named_year_is_no_count(text: str, language: str, total: int) -> None:
    found = [c for c in read(text, _DAY, language) if c.type == "casualty_incident"]
    assert [(c.actor_iso3, c.quantity) for c in found] == [(None, total)]


# --- harm told with another cause in the clause after it is no mine casualty, unless that
# clause lays or sets off mines (review of the session's diff: drone victims joined the mine's)
@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("Two civilians were wounded when a Russian drone struck their car.", None, None),
        ("Two soldiers were injured as artillery shelled the village.", None, None),
        ("A woman was killed after a missile hit her house.", None, None),
        ("Two civilians were wounded when a drone dropped mines on the road.", None, 2),
        ("Three people were killed when their car hit an anti-tank mine.", 3, None),
    ],
)
def test_harm_with_another_cause_in_its_clause(
    text: str, killed: int | None, injured: int | None
) -> None:
    counts = find_counts(text)
    assert (counts.killed, counts.injured) == (killed, injured)


def test_victims_of_a_drone_are_not_more_victims_of_the_mine() -> None:
    text = (
        "A deminer was injured by a mine in Ukraine's Kharkiv region on Monday. Two other "
        "civilians were wounded when a drone struck a bus nearby."
    )
    found = read(text, PartialDate(2025, 6, 20), "en")
    assert [(c.type, c.injured) for c in found] == [("casualty_incident", 1)]
