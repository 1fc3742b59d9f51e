"""Treaty steps as a story tells them (issue 8, treaty recall on blind text): a step told with no
state of its own in a later section continues the state whose steps the story told; a step told
once by the day it was reported and once by its own day is one step, on its own day; the notice
a future exit counts from is a step done; earlier steps told as participles after the leaving
("..., approved by parliament in June, took effect ..."); the treaty "became binding on" a
state; a vote "on 3 May to accede"; a ratification "was lodged"; "after notifying the UN". Near
misses: voices that speak for no state, a vote against, a withdrawal of troops. Every sentence
is our own wording; none is copied from a passage."""

from __future__ import annotations

import pytest

from .test_treaty_step_kinds import Step, steps

Row = tuple[str, str, list[Step]]

# --- a step with no state of its own continues the story's step-taker -------------------------
# The document names other states too (no focus), and the section naming none opens on the step;
# the reason cited ("citing the war in Ukraine") names no actor.
STEPPER: list[Row] = [
    ("Norway's exit from the Ottawa Convention took effect on Friday.\n\nParliament approved the "
     "withdrawal on 11 June 2025 by 120 votes to 30.\n\nSweden, Denmark and Iceland remain "
     "parties; Russia and the United States never joined.", "2026-03-14",
     [("NOR", "parliament_approves_withdrawal", "2025-06-11"),
      ("NOR", "withdrawal_effective", "2026-03-13")]),
    ("Chile's departure from the mine ban treaty took effect on Monday.\n\nThe Senate backed the "
     "withdrawal on 2 July 2025. The cabinet had announced on 4 March 2025 that it would begin "
     "the process of leaving the treaty, citing the situation in Peru and Bolivia.",
     "2026-01-13",
     [("CHL", "announce_intent_to_withdraw", "2025-03-04"),
      ("CHL", "parliament_approves_withdrawal", "2025-07-02"),
      ("CHL", "withdrawal_effective", "2026-01-12")]),
    ("Norway's exit from the mine ban treaty took effect on Friday.\n\nThe government had "
     "announced on 3 March 2025 that it would begin preparations to leave the treaty, citing "
     "the war in Ukraine.", "2026-03-14",
     [("NOR", "announce_intent_to_withdraw", "2025-03-03"),
      ("NOR", "withdrawal_effective", "2026-03-13")]),
    # near misses: another subject, a withdrawal of troops, steps of two states before
    ("Norway's exit from the Ottawa Convention took effect on Friday.\n\nHuman Rights Watch said "
     "the withdrawal was a mistake. Sweden and Denmark remain parties.", "2026-03-14",
     [("NOR", "withdrawal_effective", "2026-03-13")]),
    ("Norway's exit from the Ottawa Convention took effect on Friday.\n\nParliament approved the "
     "withdrawal of troops from Lebanon on 11 June 2025. Sweden and Denmark remain parties.",
     "2026-03-14", [("NOR", "withdrawal_effective", "2026-03-13")]),
    ("Estonia and Latvia left the Ottawa Convention on 27 December.\n\nParliament approved the "
     "withdrawal on 19 June 2025. Critics called it a mistake.", "2026-01-10",
     [("EST", "withdrawal_effective", "2025-12-27"),
      ("LVA", "withdrawal_effective", "2025-12-27")]),
    # near misses: the reason fronted, its comma closing it, names no state after it
    ("Citing the security situation in Europe, Estonia and Lithuania announced on 18 March "
     "that they would leave the Ottawa Convention.", "2025-03-20",
     [("EST", "announce_intent_to_withdraw", "2025-03-18"),
      ("LTU", "announce_intent_to_withdraw", "2025-03-18")]),
    ("Faced with the threat from Moscow, Latvia, Estonia and Lithuania announced on 18 March "
     "their exit from the mine ban treaty.", "2025-03-20",
     [("EST", "announce_intent_to_withdraw", "2025-03-18"),
      ("LTU", "announce_intent_to_withdraw", "2025-03-18"),
      ("LVA", "announce_intent_to_withdraw", "2025-03-18")]),
    ("Citing Russia and Belarus, Poland announced on 18 March that it would quit the Ottawa "
     "Convention.", "2025-03-20", [("POL", "announce_intent_to_withdraw", "2025-03-18")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), STEPPER)
def test_a_step_with_no_state_continues_the_story(
    text: str, published: str, expected: list[Step]
) -> None:
    assert steps(text, published) == sorted(expected)


# --- a step reported on one day and told on its own day: one step, on its own day -------------
SPOKEN: list[Row] = [
    ("Norway has formally notified the United Nations of its withdrawal from the Ottawa "
     "Convention, the foreign ministry said on Friday. Its instrument of withdrawal was lodged "
     "with the Secretary-General in New York on Wednesday.", "2025-07-11",
     [("NOR", "withdrawal_notified", "2025-07-09")]),
    ("Chile has handed the UN its notice of withdrawal from the mine ban treaty, officials said "
     "on Monday. The notice was deposited on 3 March.", "2025-03-10",
     [("CHL", "withdrawal_notified", "2025-03-03")]),
    ("Latvia has deposited its instrument of withdrawal from the Ottawa treaty, the foreign "
     "minister told reporters on Thursday. The instrument of withdrawal was deposited in New "
     "York on Tuesday.", "2025-07-03", [("LVA", "withdrawal_notified", "2025-07-01")]),
    # near misses: another step told next, or a day after the one it was reported on
    ("Norway has notified the UN of its withdrawal from the Ottawa Convention, the ministry said "
     "on Friday. Parliament approved the withdrawal on Wednesday.", "2025-07-11",
     [("NOR", "parliament_approves_withdrawal", "2025-07-09"),
      ("NOR", "withdrawal_notified", "2025-07-11")]),
    ("Finland has notified the UN of its exit from the Ottawa Convention, the ministry said on "
     "10 July. A second notice of withdrawal was deposited on 14 July to correct an error.",
     "2025-07-20",
     [("FIN", "withdrawal_notified", "2025-07-10"), ("FIN", "withdrawal_notified", "2025-07-14")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), SPOKEN)
def test_a_step_reported_then_told_on_its_day(
    text: str, published: str, expected: list[Step]
) -> None:
    assert steps(text, published) == sorted(expected)


# --- the notice a future exit counts from (Art. 20's six months) is a step done ---------------
SIX_MONTHS: list[Row] = [
    ("Estonia's withdrawal from the Ottawa Convention will take effect six months after the "
     "Secretary-General received its notification on 27 June 2025.", "2025-07-02",
     [("EST", "withdrawal_notified", "2025-06-27")]),
    ("Poland's exit from the mine ban treaty will become effective on 20 February 2026, six "
     "months after Warsaw lodged its notice on 20 August 2025.", "2025-09-01",
     [("POL", "withdrawal_notified", "2025-08-20")]),
    ("Lithuania's departure from the Ottawa treaty becomes effective in December, six months "
     "after the UN received Vilnius's notification on 27 June.", "2025-07-05",
     [("LTU", "withdrawal_notified", "2025-06-27")]),
    ("Six months after notifying the UN on 27 June, Estonia ceased to be a party to the Ottawa "
     "Convention on 27 December.", "2026-01-05",
     [("EST", "withdrawal_effective", "2025-12-27"), ("EST", "withdrawal_notified", "2025-06-27")]),
    # near misses: the rule, the notice of a join, a notice only considered
    ("Under Article 20, the exit from the Ottawa Convention takes effect six months after the "
     "depositary has received its notice.", "2025-07-01", []),
    ("The Secretary-General received Mexico's notification of its accession to the Convention on "
     "9 June 2025.", "2025-07-01", []),
    ("Estonia is considering notifying the UN of its withdrawal from the Ottawa Convention.",
     "2025-05-10", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), SIX_MONTHS)
def test_the_notice_a_future_exit_counts_from(
    text: str, published: str, expected: list[Step]
) -> None:
    assert steps(text, published) == sorted(expected)


# --- earlier steps told as participles after the leaving ---------------------------------------
ASIDES: list[Row] = [
    ("Finland's withdrawal from the Ottawa Convention, approved by parliament in June 2025, took "
     "effect on Saturday.", "2026-01-10",
     [("FIN", "parliament_approves_withdrawal", "2025-06"),
      ("FIN", "withdrawal_effective", "2026-01-10")]),
    ("Poland's withdrawal from the treaty, announced in March 2025 and approved by the Sejm in "
     "June, took effect on 20 February.", "2026-02-21",
     [("POL", "announce_intent_to_withdraw", "2025-03"),
      ("POL", "parliament_approves_withdrawal", "2025-06"),
      ("POL", "withdrawal_effective", "2026-02-20")]),
    ("Latvia's exit from the mine ban treaty, endorsed by the Saeima on 16 April and notified "
     "on 27 June, took effect on 27 December.", "2026-01-05",
     [("LVA", "parliament_approves_withdrawal", "2025-04-16"),
      ("LVA", "withdrawal_effective", "2025-12-27"),
      ("LVA", "withdrawal_notified", "2025-06-27")]),
    ("Lithuania's withdrawal from the Ottawa treaty, first announced by the government on 7 "
     "March, will take effect on 27 December.", "2025-07-05",
     [("LTU", "announce_intent_to_withdraw", "2025-03-07")]),
    # near misses: no parliament named, another's voice, an undated approval, troops
    ("Finland's withdrawal from the Ottawa Convention, approved in June, took effect on "
     "Saturday.", "2026-01-10", [("FIN", "withdrawal_effective", "2026-01-10")]),
    ("Finland's withdrawal from the Ottawa Convention, criticised by campaigners in June, took "
     "effect on Saturday.", "2026-01-10", [("FIN", "withdrawal_effective", "2026-01-10")]),
    ("Poland's withdrawal from the Ottawa Convention, approved by the Sejm, took effect on 20 "
     "February.", "2026-02-21", [("POL", "withdrawal_effective", "2026-02-20")]),
    ("The exit of Finnish troops, approved by parliament in June, was completed on Saturday.",
     "2026-01-10", []),
    ("Latvia's exit from the Ottawa Convention, first proposed by several deputies in May 2024, "
     "was shelved by the cabinet.", "2025-01-10", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), ASIDES)
def test_earlier_steps_told_as_participles(text: str, published: str, expected: list[Step]) -> None:
    assert steps(text, published) == sorted(expected)


# --- joins and entries into force in other words; voices and votes against --------------------
JOINS: list[Row] = [
    ("Poland ratified the Mine Ban Treaty on 27 December 2012; it became binding on Poland on 1 "
     "June 2013.", "2025-07-01",
     [("POL", "entry_into_force", "2013-06-01"), ("POL", "join", "2012-12-27")]),
    ("The treaty became binding on Oman on 1 February 2015.", "2015-03-10",
     [("OMN", "entry_into_force", "2015-02-01")]),
    ("Tuvalu's parliament voted on 3 May to accede to the Mine Ban Treaty.", "2025-05-10",
     [("TUV", "announce_intent_to_join", "2025-05-03")]),
    ("Indonesia's ratification of the Mine Ban Treaty was lodged with the UN on 16 February "
     "2007.", "2007-03-10", [("IDN", "join", "2007-02-16")]),
    # near misses
    ("The ban is binding on all States Parties to the Ottawa Convention.", "2025-07-01", []),
    ("Tuvalu's parliament voted on 3 May against acceding to the Mine Ban Treaty.", "2025-05-10",
     []),
    ("Tuvalu's parliament will vote on 3 May on whether to accede to the Mine Ban Treaty.",
     "2025-04-10", []),
    ("The opposition proposed on 3 March that Norway leave the Ottawa Convention, but the "
     "government rejected the idea.", "2025-03-10", []),
    ("Campaigners announced on 2 May a petition urging Chile to quit the mine ban treaty.",
     "2025-05-10", []),
    # a voice commenting on a state's own step is no voice of the step
    ("Analysts said Chile's decision to quit the mine ban treaty, announced on 4 March, "
     "surprised its neighbours.", "2025-05-10",
     [("CHL", "announce_intent_to_withdraw", "2025-03-04")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), JOINS)
def test_joins_in_other_words_and_voices_of_no_state(
    text: str, published: str, expected: list[Step]
) -> None:
    assert steps(text, published) == sorted(expected)
