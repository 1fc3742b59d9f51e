"""Treaty steps and the date each takes (issue 8, batch 10's kinds): steps told together in one
sentence, an announcement beside the vote or the notice, a step told in a relative clause, a
deadline, a date told in one predicate of a sentence that is not the other's, a decision to
produce mines and a wish of others, a completion dated by the work, a month written with a
comma before its year. Every sentence is our own wording; none is copied from a passage."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate
from minewatch.extract import Document, extract
from minewatch.extract.dates import Anchor
from minewatch.extract.readers import reader_for

from .tables import project
from .test_generalisation import run

Step = tuple[str | None, str | None, str | None]


def steps(text: str, date: str) -> list[Step]:
    return sorted(project(run(text, date), "actor_iso3", "action", "date", kind="treaty_action"))


# --- a join and its entry into force told in clauses of their own ---------------------------
# The states listed with their own days joined on those days; the entry into force told after
# a semicolon has its own day (a day after publication dates nothing).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Moldova deposited its instrument of accession on 4 March 2025 and Georgia on 19 March "
         "2025; the Convention entered into force for both on 1 September 2025.",
         [("GEO", "entry_into_force", "2025-09-01"),
          ("GEO", "join", "2025-03-19"),
          ("MDA", "entry_into_force", "2025-09-01"),
          ("MDA", "join", "2025-03-04")]),
        ("Tonga deposited its instrument of ratification on 4 March 2025 and Samoa on 18 March "
         "2025; the treaty entered into force for both on 1 September 2025.",
         [("TON", "entry_into_force", "2025-09-01"),
          ("TON", "join", "2025-03-04"),
          ("WSM", "entry_into_force", "2025-09-01"),
          ("WSM", "join", "2025-03-18")]),
        ("Bhutan deposited its instrument of accession on 18 August 2005; the Convention entered "
         "into force for Bhutan on 1 February 2006.",
         [("BTN", "entry_into_force", "2006-02-01"), ("BTN", "join", "2005-08-18")]),
        # the entry into force is still to come: the join keeps its own day, nothing else
        ("Nepal ratified the Mine Ban Treaty on 2 February 2026; the treaty entered into force for "
         "it on 1 August 2026.", [("NPL", "join", "2026-02-02")]),
    ],
)  # fmt: skip
def test_a_join_keeps_its_day_beside_the_entry_into_force(text: str, expected: list[Step]) -> None:
    assert steps(text, "2026-05-20") == expected


# --- the announcement told beside the vote, the notice or the exit ---------------------------


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        ("Estonia's exit from the Ottawa Convention took effect on 27 December.\nThe parliament "
         "had backed leaving the treaty on 2 June by 78 votes to 6, and the government first "
         "announced its intention to withdraw on 18 March.", "2026-02-10",
         [("EST", "announce_intent_to_withdraw", "2025-03-18"),
          ("EST", "parliament_approves_withdrawal", "2025-06-02"),
          ("EST", "withdrawal_effective", "2025-12-27")]),
        ("Latvia left the Mine Ban Treaty last year.\nThe Saeima voted for the exit on 16 April, "
         "and the cabinet had announced a decision to withdraw on 20 March.", "2026-02-10",
         [("LVA", "announce_intent_to_withdraw", "2025-03-20"),
          ("LVA", "parliament_approves_withdrawal", "2025-04-16"),
          ("LVA", "withdrawal_effective", "2025")]),
        # told first, dated by the day of the statement in its own clause
        ("Poland's government said on 18 March that it would leave the Ottawa Convention, and the "
         "Sejm approved the withdrawal on 22 April.", "2026-05-20",
         [("POL", "announce_intent_to_withdraw", "2026-03-18"),
          ("POL", "parliament_approves_withdrawal", "2026-04-22")]),
        ("The cabinet of Lithuania announced on 7 March that it would withdraw from the Mine Ban "
         "Treaty, and the Seimas approved the exit on 15 May.", "2026-05-20",
         [("LTU", "announce_intent_to_withdraw", "2026-03-07"),
          ("LTU", "parliament_approves_withdrawal", "2026-05-15")]),
        # "intended to" is an intention like "intends to"
        ("Finland's government first said it intended to leave the treaty on 1 April.",
         "2026-05-20", [("FIN", "announce_intent_to_withdraw", "2026-04-01")]),
    ],
)  # fmt: skip
def test_the_announcement_beside_another_withdrawal_step_keeps_its_own_day(
    text: str, date: str, expected: list[Step]
) -> None:
    assert steps(text, date) == expected


# --- a step told in a relative clause is the relative clause's state's ----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The group condemned Russia's continued use of mines and called on Ukraine, which "
         "announced its withdrawal from the treaty in March, to respect the ban.",
         [("UKR", "announce_intent_to_withdraw", "2026-03")]),
        ("The statement condemned Myanmar's use of mines and urged Belarus, which notified its "
         "withdrawal from the Convention in March, to reconsider.",
         [("BLR", "withdrawal_notified", "2026-03")]),
        ("Human rights groups criticised Iran and praised Oman, which acceded to the treaty on 20 "
         "August 2014, for destroying its stocks.", [("OMN", "join", "2014-08-20")]),
    ],
)  # fmt: skip
def test_a_step_in_a_relative_clause_is_that_states(text: str, expected: list[Step]) -> None:
    assert steps(text, "2026-05-20") == expected


# --- a deadline is no event ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Algeria, which ratified the Mine Ban Treaty in 2001, had until April 2006 to complete "
        "the destruction.",
        "Chad, which joined the treaty in 1999, has until 2027 to finish destroying its stocks.",
        "Sudan has until March 2027 to complete the clearance of its mined areas.",
        "Bosnia was given until 2027 to clear its remaining minefields under the treaty.",
    ],
)
def test_a_deadline_to_destroy_or_clear_is_no_event(text: str) -> None:
    found = project(run(text), "type")
    assert ("stockpile_destruction",) not in found and ("clearance_progress",) not in found


# --- a date told in one predicate is not the other's ----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru ratified the treaty in June 1998 and destroyed its stockpile in November 2000.",
         [("join", "1998-06"), ("stockpile_destruction", "2000-11")]),
        ("Finland acceded to the Convention in 2012 and destroyed its stockpile of about one "
         "million mines by 2015.", [("join", "2012"), ("stockpile_destruction", "2015")]),
        ("Ukraine joined the Ottawa Convention in 2005 and destroyed 3.4 million stockpiled mines "
         "in 2020.", [("join", "2005"), ("stockpile_destruction", "2020")]),
        ("Albania acceded to the Convention in February 2000 and declared itself free of mines in "
         "October 2009.", [("join", "2000-02"), ("clearance_progress", "2009-10")]),
    ],
)  # fmt: skip
def test_each_predicate_takes_its_own_date(text: str, expected: list[tuple[str, str]]) -> None:
    found = project(run(text), lambda c: c.action or c.type, "date")
    assert sorted(found) == sorted(expected)


# --- a decision to produce mines, and what others urge ------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # words between the decision and its verb, and before "production"
        ("The campaign condemned a decision by Lithuania's government on Monday to restart "
         "domestic production of anti-personnel mines.", "2025-09-02", [("LTU", "2025-09-01")]),
        ("Campaigners criticised a decision by Poland's defence ministry on 4 May to begin local "
         "production of anti-personnel mines.", "2026-05-20", [("POL", "2026-05-04")]),
        # a wish of others is no decision of the state
        ("Lithuania's exit from the treaty does not take effect until December, and the campaign "
         "urged Vilnius to reverse course before then.", "2025-09-02", []),
        ("The ICBL urged Finland to reverse its decision to produce mines.", "2026-05-20", []),
        ("The foreign ministry asked the United States to restore the ban on landmines.",
         "2026-05-20", []),
    ],
)  # fmt: skip
def test_a_decision_to_produce_is_policy_and_a_wish_is_not(
    text: str, date: str, expected: list[tuple[str, str]]
) -> None:
    found = project(run(text, date), "actor_iso3", "date", kind="policy_change")
    assert found == expected


def test_a_wish_to_withdraw_or_stay_is_no_step() -> None:
    text = "Diplomats called on Ukraine to reconsider its decision to withdraw from the treaty."
    assert steps(text, "2026-05-20") == []


# --- a completion dated by the work, not by the statement --------------------------------


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        ("Chile has finished clearing the last minefields along its borders, the ministry said on "
         "Friday, after army deminers destroyed the final devices on Thursday.",
         "2020-02-28", [("CHL", "2020-02-27")]),
        # no day of the work: the statement's day
        ("Ecuador has finished clearing its last mined areas, the defence ministry announced on "
         "Tuesday.", "2026-05-20", [("ECU", "2026-05-19")]),
        ("Army engineers completed the clearance of all remaining minefields in Zimbabwe on 3 May, "
         "the government said on Monday.", "2026-05-20", [("ZWE", "2026-05-03")]),
        ("Peru finished clearing a field near the border in March.", "2026-05-20", []),
    ],
)  # fmt: skip
def test_a_completion_is_dated_by_the_work(
    text: str, date: str, expected: list[tuple[str, str]]
) -> None:
    found = project(run(text, date), "actor_iso3", "date", kind="clearance_progress")
    assert found == expected


# --- a month written "October, 2017" and a range told with commas -------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Deminers cleared 12 hectares in Thailand from October, 2017, to January 12th this year.",
         "2018-01-12"),
        ("Deminers cleared 40 hectares in Angola between May, 2015, and June, 2016.", "2016-06"),
        ("Chad destroyed its stockpile of 5,000 mines in March, 2017.", "2017-03"),
    ],
)  # fmt: skip
def test_a_month_with_a_comma_before_its_year_and_its_range(text: str, expected: str) -> None:
    found = [c.date for c in run(text, "2018-04-04") if c.type != "treaty_action"]
    assert found == [expected]


# --- Russian and Ukrainian: a notice told back, the states after the verb, the rule --------


def lexicon_steps(text: str, language: str, date: str = "2026-05-20") -> list[Step]:
    found = extract(Document("s", text, published=PartialDate.parse(date), language=language))
    return sorted(project(found, "actor_iso3", "action", "date", kind="treaty_action"))


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # "similar notices" refer back to the Convention named two sentences before
        ("ru", "Литва направила уведомление о выходе из Оттавской конвенции, сообщил МИД.\nРешение "
         "поддержали все фракции.\nРанее, 3 марта, аналогичные уведомления направили Польша и "
         "Эстония.",
         [("EST", "withdrawal_notified", "2026-03-03"),
          ("LTU", "withdrawal_notified", "2026-05"),
          ("POL", "withdrawal_notified", "2026-03-03")]),
        ("uk", "Литва надіслала повідомлення про вихід з Оттавської конвенції, повідомило "
         "МЗС.\nРішення підтримали всі фракції.\nРаніше, 3 березня, аналогічні повідомлення "
         "направили Польща та Естонія.",
         [("EST", "withdrawal_notified", "2026-03-03"),
          ("LTU", "withdrawal_notified", "2026-05"),
          ("POL", "withdrawal_notified", "2026-03-03")]),
        # the states after the verb each act
        ("ru", "Уведомления о выходе из Оттавской конвенции 5 апреля направили Латвия и Эстония.",
         [("EST", "withdrawal_notified", "2026-04-05"),
          ("LVA", "withdrawal_notified", "2026-04-05")]),
        # "договор" after the Convention named earlier in the section, past the last three
        ("ru", "Польша готовится выйти из Оттавской конвенции.\nРешение поддержали все "
         "фракции.\nДепутаты обсуждали его два дня.\nСпоры шли и в правительстве.\nБеларусь 12 мая "
         "объявила о намерении выйти из договора.",
         [("BLR", "announce_intent_to_withdraw", "2026-05-12")]),
        # the rule of Article 20 in the present tense is no step
        ("uk", "Відповідно до статті 20 конвенції, вихід з Оттавської конвенції набуває чинності "
         "через шість місяців після повідомлення депозитарію.", []),
        ("uk", "Вихід Латвії з Оттавської конвенції набув чинності 27 грудня 2025 року.",
         [("LVA", "withdrawal_effective", "2025-12-27")]),
    ],
)  # fmt: skip
def test_notices_told_back_and_states_after_the_verb(
    language: str, text: str, expected: list[Step]
) -> None:
    assert lexicon_steps(text, language) == expected


# --- a step in a clause of its own is its own subject's ------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia is not party to the Mine Ban Treaty; Ukraine ratified it in 2005.",
         [("UKR", "join", "2005")]),
        ("China has never signed the Ottawa Convention, but Cambodia acceded to it in July 1999.",
         [("KHM", "join", "1999-07")]),
        ("The United States stays outside the treaty; Palau acceded to it in 2007.",
         [("PLW", "join", "2007")]),
    ],
)  # fmt: skip
def test_a_step_in_its_own_clause_is_that_clauses_subjects(text: str, expected: list[Step]) -> None:
    assert steps(text, "2026-05-20") == expected


# --- a month named alone in Russian, Ukrainian and French ----------------------------------


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("ru", "Сейм Литвы проголосовал за выход из Оттавской конвенции в конце апреля.",
         "2026-04"),
        ("ru", "За март саперы обезвредили 420 противопехотных мин в Азербайджане.", "2026-03"),
        ("uk", "Литва оголосила про намір вийти з Оттавської конвенції наприкінці квітня.",
         "2026-04"),
        ("uk", "У лютому сапери знешкодили 310 протипіхотних мін в Україні.", "2026-02"),
        ("fr", "Le Parlement letton a voté fin avril la sortie de la Convention d'Ottawa.",
         "2026-04"),
        # a month after publication is last year's
        ("ru", "Сейм Литвы проголосовал за выход из Оттавской конвенции в июле.", "2025-07"),
    ],
)  # fmt: skip
def test_a_month_named_alone_is_read_in_every_language(
    language: str, text: str, expected: str
) -> None:
    found = extract(
        Document("s", text, published=PartialDate.parse("2026-05-20"), language=language)
    )
    assert [c.date for c in found] == [expected]


def test_a_word_that_starts_like_a_month_is_none() -> None:
    text = "Мину нашли у травматології та у червоній зоні біля Харкова."
    reader = reader_for("uk")
    assert reader is not None
    assert reader.find_dates(text, Anchor(PartialDate.parse("2026-05-20"))) == []


# --- the deposit of an instrument told as a noun is the join --------------------------------


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        ("The support unit welcomes the Marshall Islands as the 165th State Party, following the "
         "deposit of its instrument of ratification with the UN on 12 March 2025.",
         "2025-03-20", [("MHL", "join", "2025-03-12")]),
        ("The Convention's president congratulated Tonga on the deposit of its instrument of "
         "accession on 4 May.", "2026-05-20", [("TON", "join", "2026-05-04")]),
        ("Campaigners hailed the deposit of Nepal's instrument of ratification on 30 April.",
         "2026-05-20", [("NPL", "join", "2026-04-30")]),
    ],
)  # fmt: skip
def test_the_deposit_of_an_instrument_is_the_join(
    text: str, date: str, expected: list[Step]
) -> None:
    assert steps(text, date) == expected


# --- the end of membership and the notice in more of a writer's words ------------------------
# "ceased to be bound by", "stopped being a party"; a notice with words before its noun ("its
# own notification", "their withdrawal notifications", "its formal withdrawal notice").


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Latvia formally ceased to be a State Party to the Ottawa Convention on 27 December.",
         [("LVA", "withdrawal_effective", "2025-12-27")]),
        ("Lithuania stopped being bound by the Ottawa Convention on Saturday.",
         [("LTU", "withdrawal_effective", "2025-12-27")]),
        ("Finland lodged its formal withdrawal notice from the Mine Ban Treaty with the depositary "
         "on 10 July.", [("FIN", "withdrawal_notified", "2025-07-10")]),
        ("Ukraine submitted its official notification of withdrawal from the Ottawa Convention to "
         "the UN on June 30.", [("UKR", "withdrawal_notified", "2025-06-30")]),
        ("Poland and Finland delivered their withdrawal notifications under the Mine Ban Treaty on "
         "20 August.",
         [("FIN", "withdrawal_notified", "2025-08-20"),
          ("POL", "withdrawal_notified", "2025-08-20")]),
        # an instrument of ratification is a join, never a notice of withdrawal
        ("Poland deposited its own instrument of ratification of the Ottawa Convention.", []),
    ],
)  # fmt: skip
def test_membership_ends_and_notices_in_other_words(text: str, expected: list[Step]) -> None:
    assert steps(text, "2025-12-27") == expected


# a parliament that ratifies (upholds) the decree or decision withdrawing its state approves the
# withdrawal; ratifying the Convention itself stays a join


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Finland's parliament on Tuesday ratified the government decision to withdraw from the "
         "Ottawa Convention.", [("FIN", "parliament_approves_withdrawal", "2025-07-15")]),
        ("The Seimas upheld the presidential decree taking Lithuania out of the Mine Ban Treaty on "
         "3 July.", [("LTU", "parliament_approves_withdrawal", "2025-07-03")]),
        ("On 9 July the Polish Sejm ratified a government bill withdrawing Poland from the Ottawa "
         "Convention.", [("POL", "parliament_approves_withdrawal", "2025-07-09")]),
        ("Latvia's Saeima ratified the Ottawa Convention in 2005.", [("LVA", "join", "2005")]),
    ],
)  # fmt: skip
def test_a_parliament_ratifying_the_withdrawal_approves_it(text: str, expected: list[Step]) -> None:
    assert steps(text, "2025-07-17") == expected
