"""Which date a figure takes when its own sentence states none, or states one that is not its
own (issue 8, batches 15-16 date pass). Our own passages; expected values written before the
run. Kinds: a figure continuing the work told just before it ("During the operations, ...",
"The haul included ...", the land handed over the day before); a period opened inside a
relative clause ("land that had been blocked since 1987 and 1988"); parts of a year and ranges
of months in the lexicon languages ("les deux premiers mois de 2023", "с января по ноябрь");
"the same period" referring back across a paragraph; a dateline in mixed case or Arabic."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate
from minewatch.extract import events
from minewatch.extract.dates import Anchor

from .tables import Claim, casualty, claims, cleared, completed, dates_in, destroyed
from .test_gates import _views

# --- a figure that continues the clearance work told just before it ---------------------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a paragraph opening on the operations just told: their period, not publication's
        (
            "In the first half of 2024, army deminers cleared 2,400,000 square metres of land "
            "in Tajikistan.\n\nDuring the operations, teams removed 845 anti-personnel mines.",
            PartialDate(2024, 7, 16),
            cleared("TJK", "2024-06", 845, "mines"),
        ),
        (
            "Teams of the national centre cleared 310 hectares in Angola during March 2025."
            "\n\nThe haul, cleared from farmland, included 96 anti-personnel mines.",
            PartialDate(2025, 4, 9),
            cleared("AGO", "2025-03", 96, "mines"),
        ),
        (
            "Engineers demined 52 hectares near the border in Cambodia in February 2026.\n\n"
            "In the course of this work, 118 anti-personnel mines were found and destroyed.",
            PartialDate(2026, 3, 12),
            cleared("KHM", "2026-02", 118, "mines"),
        ),
        # the land handed over on a stated day, the figures of its clearance in the next sentence
        (
            "The mine action authority yesterday handed over a cleared minefield near the border "
            "in Zimbabwe to the district council. Teams had removed 3,120 anti-personnel mines "
            "from the strip over two years.",
            PartialDate(2025, 5, 28),
            cleared("ZWE", "2025-05-27", 3120, "mines"),
        ),
        (
            "On 14 March the operator handed back a former minefield to farmers in Angola after a "
            "year of clearance. Its deminers removed 640 anti-personnel mines from the site.",
            PartialDate(2026, 3, 20),
            cleared("AGO", "2026-03-14", 640, "mines"),
        ),
    ],
)
def test_a_figure_continues_the_work_told_before_it(
    text: str, published: PartialDate, expected: Claim
) -> None:
    assert expected in claims(text, published)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a new paragraph that does not refer back keeps the publication month
        (
            "Army deminers cleared 2,400,000 square metres in Tajikistan in the first half of "
            "2024.\n\nA separate survey counted 845 anti-personnel mines in Tajikistan.",
            PartialDate(2024, 7, 16),
            cleared("TJK", "2024-06", 845, "mines"),
        ),
        # a handover in another state lends nothing to an unrelated figure after a blank line
        (
            "Officials handed over a cleared minefield in Angola on 3 May.\n\nThe national "
            "authority in Angola has removed 640 anti-personnel mines this year.",
            PartialDate(2026, 5, 20),
            cleared("AGO", "2026-05-03", 640, "mines"),
        ),
    ],
)
def test_a_figure_that_does_not_refer_back_borrows_nothing(
    text: str, published: PartialDate, expected: Claim
) -> None:
    assert expected not in claims(text, published)


# --- a period opened inside a relative clause is the noun's, not the figure's ---------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Deminers removed 930 anti-personnel mines in Angola, releasing land that had been "
            "closed since the offensives of 1985 and 1986.",
            cleared("AGO", "2026-04", 930, "mines"),
        ),
        (
            "Engineers cleared 47 hectares in Croatia around villages which had been abandoned "
            "since 1991 and 1992.",
            cleared("HRV", "2026-04", 47, "ha"),
        ),
        (
            "Deminers cleared 212 anti-personnel mines in Tajikistan along a path that had stayed "
            "closed since 1997.",
            cleared("TJK", "2026-04", 212, "mines"),
        ),
    ],
)
def test_a_period_inside_a_relative_clause_dates_no_figure(text: str, expected: Claim) -> None:
    # the figure is fresh news of the month, neither 1986 nor a total run from 1991
    assert expected in claims(text, PartialDate(2026, 4, 15))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the period opened in a relative clause is the noun's: the count is no statistic
        ("Mines killed 12 people in villages that had been cut off since 1997.", False),
        ("Mines wounded 4 herders on pastures which have lain unused since 2001.", False),
        # a period the count itself runs over
        ("Since 1997, mines have killed 12 people in the villages.", True),
        ("Mines have killed 12 people in the villages since 1997.", True),
        ("Mines have killed 12 people in the villages so far.", True),
    ],
)
def test_a_count_over_a_period_is_read_as_a_running_total_is(text: str, expected: bool) -> None:
    # one test for both (``events.over_period``, which ``running_total`` asks)
    (view,) = _views([text])
    assert events.over_period(view) is expected


def test_a_total_since_a_year_still_runs_to_publication() -> None:
    # not in a relative clause: the total's own period (dev gold d61, d78)
    text = "Deminers have cleared 88 square kilometres in Angola since 1994."
    assert claims(text, PartialDate(2026, 4, 15)) == [cleared("AGO", "2026-04", 88, "km2")]


# --- parts of a year and ranges of months in the lexicon languages --------------------------

PUBLISHED = Anchor(PartialDate(2025, 7, 9), None)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("fr", "au cours des six premiers mois de l'année", "2025-06"),
        ("fr", "durant les deux premiers mois de 2023", "2023-02"),
        ("fr", "au premier semestre 2024", "2024-06"),
        ("fr", "entre janvier et mai", "2025-05"),
        ("fr", "de février à avril 2024", "2024-04"),
        ("fr", "au cours de l'année écoulée", "2024"),
        ("ru", "с января по ноябрь 2024 года", "2024-11"),
        ("ru", "за первые шесть месяцев 2024 года", "2024-06"),
        ("ru", "в первом полугодии", "2025-06"),
        ("uk", "з січня по травень", "2025-05"),
        ("uk", "у першому півріччі 2024 року", "2024-06"),
        ("de", "von Januar bis Mai 2024", "2024-05"),
        ("de", "in den ersten sechs Monaten 2024", "2024-06"),
        ("de", "im ersten Halbjahr", "2025-06"),
        ("it", "tra gennaio e maggio", "2025-05"),
        ("it", "nei primi sei mesi del 2024", "2024-06"),
        ("pt", "entre janeiro e maio de 2024", "2024-05"),
        ("pt", "nos primeiros seis meses de 2024", "2024-06"),
        ("ar", "بين يناير ومايو", "2025-05"),
    ],
)
def test_a_part_of_a_year_or_a_range_of_months_is_dated_by_its_end(
    language: str, text: str, expected: str
) -> None:
    assert dates_in(text, PUBLISHED, language) == [expected]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # the figures of a period, then what the work found "au total" / "в ходе работ"
        (
            "fr",
            "Au cours de l'année écoulée, les démineurs ont dépollué 2 100 000 mètres carrés au "
            "Tchad. Au total, 940 mines antipersonnel ont été détruites.",
            cleared("TCD", "2024", 940, "mines"),
        ),
        (
            "ru",
            "С января по май этого года саперы очистили 410 тысяч квадратных метров в "
            "Таджикистане. В ходе работ было уничтожено 830 противопехотных мин.",
            cleared("TJK", "2025-05", 830, "mines"),
        ),
        (
            "uk",
            "З січня по травень сапери розмінували 320 гектарів в Україні.\n\nПід час робіт "
            "знешкоджено 1 240 протипіхотних мін.",
            cleared("UKR", "2025-05", 1240, "mines"),
        ),
    ],
)
def test_a_figure_of_the_same_work_takes_its_period(
    language: str, text: str, expected: Claim
) -> None:
    assert expected in claims(text, PartialDate(2025, 7, 9), language)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("ru", "Душанбе, 5 декабря 2024 г. — Центр сообщил о работе.", []),
        ("fr", "N'Djamena, le 5 avril 2022 — Le centre a présenté son bilan.", []),
        ("ar", "عدن – 21 أكتوبر 2024 – أعلن المركز عن نتائج عمله.", []),
        # a date inside the sentence, after a name and a comma, is no dateline
        ("fr", "Au Tchad, le 5 avril 2022, un berger a été blessé.", ["2022-04-05"]),
    ],
)
def test_a_dateline_in_mixed_case_dates_the_page_only(
    language: str, text: str, expected: list[str]
) -> None:
    assert dates_in(text, Anchor(PartialDate(2025, 1, 1), None), language) == expected


# --- a completion stated with its full date is read, so that date is kept -------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mannar district in Sri Lanka was declared free of known landmine contamination at "
            "a ceremony on 4 April.",
            completed("LKA", "2026-04-04"),
        ),
        (
            "The province of Nampula in Mozambique is now free of mine contamination, the "
            "authority said on 2 April.",
            completed("MOZ", "2026-04-02"),  # declared: the day said
        ),
        (
            "The ministry announced that the destruction of the last stockpile of anti-personnel "
            "mines held by the armed forces of Greece was completed on 30 March 2026 abroad.",
            destroyed("GRC", "2026-03-30", None),
        ),
        (
            "Officials said the destruction of all anti-personnel mines kept in the depots of the "
            "army of Ukraine was finished on 2 April.",
            destroyed("UKR", "2026-04-02", None),
        ),
    ],
)
def test_a_completion_with_its_date_is_read(text: str, expected: Claim) -> None:
    assert expected in claims(text, PartialDate(2026, 4, 15))


# --- a casualty whose day is told in the next sentence, which only details the incident -------


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            None,
            "A farmer was killed by a landmine in Bosnia. He had stepped on the device on "
            "Wednesday while collecting wood.",
            casualty("BIH", "2026-04-15", 1, None),
        ),
        (
            None,
            "A shepherd was injured by a mine in Chad. The explosion happened on 12 April near "
            "Faya.",
            casualty("TCD", "2026-04-12", None, 1),
        ),
        (
            "de",
            "In Kroatien ist ein Förster durch eine Landmine ums Leben gekommen. Der Mann sei am "
            "Dienstag im Wald auf einen Sprengkörper getreten.",
            casualty("HRV", "2026-04-14", 1, None),
        ),
        (
            "fr",
            "Un berger a été blessé par une mine au Tchad. L'explosion s'est produite le 12 avril "
            "près de Faya.",
            casualty("TCD", "2026-04-12", None, 1),
        ),
        (
            "ru",
            "В Таджикистане пастух получил ранения при подрыве на мине. Взрыв произошел 12 апреля "
            "в Рашткалинском районе.",
            casualty("TJK", "2026-04-12", None, 1),
        ),
        (
            "uk",
            "У Херсоні чоловік дістав поранення від вибуху міни. Вибух стався 12 квітня біля села.",
            casualty("UKR", "2026-04-12", None, 1),
        ),
    ],
)
def test_a_casualty_takes_the_day_of_the_detail_told_next(
    language: str | None, text: str, expected: Claim
) -> None:
    assert expected in claims(text, PartialDate(2026, 4, 17), language)


@pytest.mark.parametrize(
    "text",
    [
        # the next sentence is another incident, with victims of its own
        "A shepherd was injured by a mine in Chad. On 12 April, two children were killed by "
        "another mine in Chad.",
        # the casualty details an incident told before it: its day is that incident's
        "On 9 April three soldiers were hurt by a landmine in Thailand. One soldier lost a foot "
        "in the blast. Cambodia on Monday denied laying new landmines.",
    ],
)
def test_a_next_sentence_that_is_no_detail_lends_no_day(text: str) -> None:
    found = claims(text, PartialDate(2026, 4, 17), kind="casualty_incident")
    # the one-victim casualty keeps its own date: never the next sentence's 12 or 13 April
    one = [date for _, _, date, _, killed, injured, *_ in found if 1 in (killed, injured)]
    assert one and not any((date or "").startswith(("2026-04-12", "2026-04-13")) for date in one)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # the next sentence has mines and a day but tells no blast and no harm: other work
        (
            None,
            "A farmer was killed by a landmine in Bosnia. Deminers surveyed the minefield near "
            "his village on Wednesday.",
            casualty("BIH", "2026-04", 1, None),
        ),
        (
            "de",
            "In Kroatien ist ein Förster durch eine Landmine ums Leben gekommen. Minenräumer "
            "hatten das Minenfeld am Dienstag vermessen.",
            casualty("HRV", "2026-04", 1, None),
        ),
        (
            "fr",
            "Un berger a été blessé par une mine au Tchad. Les démineurs ont inspecté le champ "
            "de mines le 12 avril.",
            casualty("TCD", "2026-04", None, 1),
        ),
        (
            "ru",
            "В Таджикистане пастух получил ранения при подрыве на мине. Саперы обследовали "
            "минное поле 12 апреля.",
            casualty("TJK", "2026-04", None, 1),
        ),
        (
            "uk",
            "У Херсоні чоловік дістав поранення від вибуху міни. Сапери обстежили мінне поле "
            "12 квітня.",
            casualty("UKR", "2026-04", None, 1),
        ),
    ],
)
def test_a_next_sentence_with_no_blast_or_harm_lends_no_day(
    language: str | None, text: str, expected: Claim
) -> None:
    assert claims(text, PartialDate(2026, 4, 17), language) == [expected]
