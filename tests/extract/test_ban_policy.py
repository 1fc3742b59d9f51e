"""Treaty steps, use allegations, national policy and who acts, in our own words (issue 8
item 2): each kind in several phrasings and states, so that a rule fitted to one wording
fails the others. Publication date 2026-05-20, a Wednesday."""

from __future__ import annotations

import pytest

from minewatch.extract import Candidate

from .tables import project
from .test_generalisation import run

Row = tuple[str, str | None, str | None, str | None]


def events(text: str) -> list[Row]:
    """(type, state, treaty step, date) of every candidate, sorted."""
    found = project(run(text), "type", "actor_iso3", _treaty_step, "date")
    return sorted(found, key=str)


def _treaty_step(candidate: Candidate) -> str | None:
    return candidate.action if candidate.type == "treaty_action" else None


def step(iso3: str, action: str, date: str) -> Row:
    return ("treaty_action", iso3, action, date)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tuvalu became the 167th State Party to the Ottawa Convention on 1 May, six months "
            "after it acceded.",
            step("TUV", "entry_into_force", "2026-05-01"),
        ),
        (
            "Angola became a State Party to the convention on 1 January 2003.",
            step("AGO", "entry_into_force", "2003-01-01"),
        ),
        (
            "On 1 April the Mine Ban Treaty entered into force for the Marshall Islands.",
            step("MHL", "entry_into_force", "2026-04-01"),
        ),
        (
            "The convention took effect for Tonga on 1 March, making it the newest member.",
            step("TON", "entry_into_force", "2026-03-01"),
        ),
    ],
)
def test_becoming_a_state_party_is_entry_into_force_not_joining(text: str, expected: Row) -> None:
    # Art. 17(2): in force for a state on the first day of the sixth month after its
    # instrument; a "join" on that day would contradict the depositary's accession date
    assert events(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Mine Ban Treaty gained a new member on Monday when Laos handed over its "
            "instrument of accession.",
            step("LAO", "join", "2026-05-18"),
        ),
        (
            "Oman handed in its instrument of ratification to the UN depositary on Thursday, "
            "joining the Mine Ban Treaty.",
            step("OMN", "join", "2026-05-14"),
        ),
        (
            "Pakistan signed up to the landmine ban treaty on 30 April, the foreign ministry said.",
            step("PAK", "join", "2026-04-30"),
        ),
    ],
)
def test_handing_over_an_instrument_or_signing_up_is_joining(text: str, expected: Row) -> None:
    assert events(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mongolia announced on 12 May that it would join the Ottawa Convention.",
            step("MNG", "announce_intent_to_join", "2026-05-12"),
        ),
        (
            "Armenia's foreign minister told parliament on 3 May that the country would accede "
            "to the Ottawa Convention.",
            step("ARM", "announce_intent_to_join", "2026-05-03"),
        ),
        (
            "Latvia's defence minister said on 2 April that the country would pull out of the "
            "Ottawa Convention.",
            step("LVA", "announce_intent_to_withdraw", "2026-04-02"),
        ),
        (
            "Finland's president said on Friday that Helsinki would withdraw from the landmine "
            "treaty.",
            step("FIN", "announce_intent_to_withdraw", "2026-05-15"),
        ),
        (
            "In April, Greece said it was quitting the treaty banning anti-personnel mines.",
            step("GRC", "announce_intent_to_withdraw", "2026-04"),
        ),
    ],
)
def test_a_reported_intention_is_the_announcement(text: str, expected: Row) -> None:
    # the modal belongs to the reported clause: the statement itself is the event
    assert events(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Poland ceased to be a party to the Ottawa Convention on 20 February.",
            step("POL", "withdrawal_effective", "2026-02-20"),
        ),
        (
            "Latvia formally left the Ottawa Convention on 27 December 2025.",
            step("LVA", "withdrawal_effective", "2025-12-27"),
        ),
        (
            "Estonia quit the Ottawa Convention on 27 June 2025.",
            step("EST", "withdrawal_effective", "2025-06-27"),
        ),
    ],
)
def test_the_plain_past_of_leaving_is_the_withdrawal_taking_effect(
    text: str, expected: Row
) -> None:
    assert events(text) == [expected]


def test_leaving_named_as_the_start_of_a_period_is_background() -> None:
    assert events("The first deliveries since Lithuania exited the treaty arrived in May.") == []
    text = "Chad's army ordered new rifles, the first purchase since the country left the treaty."
    assert [e for e in events(text) if e[0] == "treaty_action"] == []


def test_a_notice_of_withdrawal_names_the_treaty() -> None:
    text = "Latvia sent its notification of withdrawal to the UN on 27 June."
    assert events(text) == [step("LVA", "withdrawal_notified", "2025-06-27")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ukraine's parliament voted on 16 July to leave the Ottawa Convention, after the "
            "president signed a decree on the withdrawal in June.",
            [
                step("UKR", "announce_intent_to_withdraw", "2025-06"),
                step("UKR", "parliament_approves_withdrawal", "2025-07-16"),
            ],
        ),
        (
            "The lower house of Romania's parliament approved leaving the Mine Ban Treaty on "
            "Tuesday, following a similar vote by the Senate in April.",
            [
                step("ROU", "parliament_approves_withdrawal", "2026-04"),
                step("ROU", "parliament_approves_withdrawal", "2026-05-19"),
            ],
        ),
        (
            "Lithuania deposited its notice of withdrawal from the treaty on 27 June, weeks "
            "after lawmakers approved the move on 6 June.",
            [
                step("LTU", "parliament_approves_withdrawal", "2025-06-06"),
                step("LTU", "withdrawal_notified", "2025-06-27"),
            ],
        ),
    ],
)
def test_a_dated_earlier_step_in_a_subordinate_phrase_is_a_claim_too(
    text: str, expected: list[Row]
) -> None:
    assert events(text) == expected


def test_an_undated_earlier_step_in_a_subordinate_phrase_is_background() -> None:
    text = (
        "Slovakia's parliament backed the government's plan to exit the Mine Ban Treaty on "
        "30 April, a week after the upper house did the same."
    )
    assert events(text) == [step("SVK", "parliament_approves_withdrawal", "2026-04-30")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Houthi movement planted new landmines near Taiz in recent weeks, a rights group "
            "said. The group recorded 12 civilian deaths from mines in April.",
            [
                ("casualty_incident", "YEM", None, "2026-04"),
                ("use_allegation", "YEM", None, "2026-05"),
            ],
        ),
        (
            "Al-Shabaab militants buried mines on a road outside Baidoa in recent days. Four "
            "soldiers were killed by one of the devices on Monday.",
            [
                ("casualty_incident", "SOM", None, "2026-05-18"),
                ("use_allegation", "SOM", None, "2026-05"),
            ],
        ),
        (
            "Taliban fighters planted mines on a road in Helmand in recent weeks. Two boys were "
            "killed by one of them on Sunday.",
            [
                ("casualty_incident", "AFG", None, "2026-05-17"),
                ("use_allegation", "AFG", None, "2026-05"),
            ],
        ),
        (
            "The Arakan Army has laid landmines around the town in recent days, residents said.",
            [("use_allegation", "MMR", None, "2026-05")],
        ),
    ],
)
def test_a_group_tied_to_one_state_places_a_story_that_names_no_state(
    text: str, expected: list[Row]
) -> None:
    assert events(text) == expected


def test_the_speakers_state_is_not_where_a_group_with_a_home_laid_mines() -> None:
    text = (
        "Hezbollah fighters buried mines near the border village, the Israeli army said on "
        "Monday. A farmer was wounded there on Tuesday."
    )
    assert events(text) == [
        ("casualty_incident", "LBN", None, "2026-05-19"),
        ("use_allegation", "LBN", None, None),
    ]
    # a group of no fixed home is placed by the state that speaks of it
    text = "Chad's army accused bandits of burying mines on a road near Mongo."
    assert events(text) == [("use_allegation", "TCD", None, None)]


def test_a_report_by_an_organisation_named_after_a_state_does_not_accuse_the_state() -> None:
    text = (
        "Rebels have laid new mines around Hodeidah in recent weeks, according to a report by "
        "the Yemeni Mine Watch group. The group counted nine deaths from mines in April."
    )
    found = [(t, a) for t, a, _, _ in events(text)]
    assert ("casualty_incident", "YEM") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kosovo cleared 2 square kilometres of minefields in 2025, the mine action centre "
            "said.",
            [("clearance_progress", None, None, "2025")],
        ),
        (
            "Two children were injured by a landmine in Kosovo on Sunday.",
            [("casualty_incident", None, None, "2026-05-17")],
        ),
        ("Kosovo announced on Monday it would seek to accede to the Mine Ban Treaty.", []),
    ],
)
def test_kosovo_is_a_place_but_no_state_in_the_data(text: str, expected: list[Row]) -> None:
    # the claim store and the reference data hold ISO 3166-1 codes only (XKX is refused), and
    # Kosovo is not a State Party candidate in the depositary's list: an event there keeps its
    # place and has no state; a treaty step or policy, which only a state takes, is none
    assert events(text) == expected
    for candidate in run(text):
        assert candidate.location == "Kosovo"


def test_a_state_accused_by_kosovo_keeps_the_accuser_as_text() -> None:
    (candidate,) = run("Kosovo accused Serbia of laying new mines near the border.")
    assert (candidate.actor_iso3, candidate.accuser_iso3, candidate.accuser) == (
        "SRB",
        None,
        "Kosovo",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kyiv blamed the mine on Russian troops, who it said had laid it during the "
            "occupation.",
            [("use_allegation", "RUS", None, None)],
        ),
        (
            "Seoul blames the landmines on North Korea, which it says planted them along a "
            "stream in August 2025.",
            [("use_allegation", "PRK", None, "2025-08")],
        ),
    ],
)
def test_the_state_mines_are_blamed_on_is_accused(text: str, expected: list[Row]) -> None:
    assert events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The meeting welcomed Somalia, which acceded in April, and Palau, which ratified "
            "the treaty in January.",
            [step("PLW", "join", "2026-01"), step("SOM", "join", "2026-04")],
        ),
        (
            "Delegates congratulated Sri Lanka, which joined the Convention on 13 December "
            "2017, and Oman, which deposited its instrument of accession on 20 August 2014.",
            [step("LKA", "join", "2017-12-13"), step("OMN", "join", "2014-08-20")],
        ),
    ],
)
def test_each_state_in_a_list_takes_the_step_of_its_own_relative_clause(
    text: str, expected: list[Row]
) -> None:
    assert events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Georgia's government on Monday approved a draft law on accession to the Ottawa "
            "Convention.",
            step("GEO", "announce_intent_to_join", "2026-05-18"),
        ),
        (
            "The Azerbaijani cabinet adopted a bill on ratifying the Mine Ban Treaty on 4 May "
            "and sent it to parliament.",
            step("AZE", "announce_intent_to_join", "2026-05-04"),
        ),
    ],
)
def test_a_government_bill_on_joining_is_the_intent_to_join(text: str, expected: Row) -> None:
    assert events(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Georgia accuses Russia of planting mines in areas it occupied until 2008.",
        "Kyiv accused Russian forces of laying mines in villages they held until last year.",
    ],
)
def test_a_date_of_another_verb_in_a_relative_clause_does_not_date_the_use(text: str) -> None:
    assert events(text) == [("use_allegation", "RUS", None, None)]


def test_a_participle_opening_names_the_setting_not_the_subject() -> None:
    text = (
        "Speaking in Vilnius on 3 March, Latvia's prime minister said the country would leave "
        "the Ottawa Convention."
    )
    assert events(text) == [step("LVA", "announce_intent_to_withdraw", "2026-03-03")]
    text = (
        "Addressing Polish troops on Monday, Finland's president said Helsinki would quit the "
        "treaty."
    )
    assert events(text) == [step("FIN", "announce_intent_to_withdraw", "2026-05-18")]


def test_the_mine_ban_as_a_noun_is_no_negation() -> None:
    text = "The mine ban took effect for Somalia on 1 October 2012."
    assert events(text) == [step("SOM", "entry_into_force", "2012-10-01")]
    # the verb still negates
    assert events("Somalia's new law bans acceding to the treaty, officials said on 1 May.") == []
    assert events("Somalia's new law allows acceding to the treaty, officials said on 1 May.")


def test_approving_the_use_of_mines_is_a_policy_not_a_use() -> None:
    text = (
        "Ukraine's defence minister approved the use of anti-personnel mines on the eastern "
        "front on 3 May."
    )
    assert events(text) == [("policy_change", "UKR", None, "2026-05-03")]
    text = "Ukraine's troops used anti-personnel mines on the eastern front on 3 May."
    assert events(text) == [("use_allegation", "UKR", None, "2026-05-03")]


def test_new_mines_of_a_named_model_are_recent_unless_a_day_is_stated() -> None:
    text = "Thai soldiers found that Cambodian troops had sown new PMN-2 mines along the path."
    assert events(text) == [("use_allegation", "KHM", None, "2026-05")]
    text = "Thailand said Cambodian troops had sown new PMN-2 mines along the path on 2 May."
    assert events(text) == [("use_allegation", "KHM", None, "2026-05-02")]


def test_unnamed_state_forces_are_placed_by_the_one_state_named_after_them() -> None:
    text = (
        "The junta's troops have mined the approaches to villages in Myanmar's Sagaing region "
        "since March, residents said."
    )
    assert events(text) == [("use_allegation", "MMR", None, "2026-03")]
    text = "Government soldiers laid mines around the camps in Sudan in April, witnesses said."
    assert events(text) == [("use_allegation", "SDN", None, "2026-04")]
