"""Contradictions: the pure rules, then against the shipped reference data on both backends."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest

from minewatch.analysis import contradictions
from minewatch.analysis.contradictions import Claim, Contradiction, dates_agree
from minewatch.app import App
from minewatch.domain.dates import PartialDate
from minewatch.domain.evidence import CitedSource, StoredRecord
from minewatch.extract import Document, extract
from minewatch.services import claims, review
from minewatch.services.claims import states_in
from tests.support.records import accepted_record

from .helpers import FINLAND, STOCKPILE, add_claim, fields

UNTC = "https://treaties.un.org/finland"


def find(claims: list[Claim], records: Sequence[StoredRecord]) -> list[Contradiction]:
    """The rule as the services call it, with the extraction gazetteer."""
    return contradictions.find(claims, records, states_in)


def stored(record_id: str, kind: str, iso3: str | None, url: str, **data: Any) -> StoredRecord:
    citations = (CitedSource(1, url, "source", "quote"),)
    return accepted_record(record_id, kind, iso3, data, citations=citations)


FIN_EVENTS = [
    stored(
        "treaty:FIN:withdrawal_announced",
        "treaty_event",
        "FIN",
        "https://dpa.example",
        event="withdrawal_announced",
        date="2025-04-01",
    ),
    stored(
        "treaty:FIN:withdrawal_notice",
        "treaty_event",
        "FIN",
        UNTC,
        event="withdrawal_notice",
        date="2025-07-10",
    ),
]


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        ("2024-07", "2025-07-10", False),
        ("2025-07", "2025-07-10", True),
        ("2025", "2025-07-10", True),
        ("2025-04", "2025-07-10", False),
        ("2025-07-11", "2025-07-10", False),
        ("2025-07-10", "2025-07-10", True),
    ],
)
def test_dates_agree_at_the_coarser_granularity(a: str, b: str, agree: bool) -> None:
    assert dates_agree(PartialDate.parse(a), PartialDate.parse(b)) is agree


def _treaty(date: str, action: str = "announce_intent_to_withdraw") -> Claim:
    return Claim("treaty_action", "Finland …", actor_iso3="FIN", date=date, action=action)


def test_an_announcement_dated_to_neither_step_contradicts_both() -> None:
    found = find([_treaty("2024-07")], FIN_EVENTS)
    assert {c.record for c in found} == {
        "treaty:FIN:withdrawal_announced",
        "treaty:FIN:withdrawal_notice",
    }
    notice = next(c for c in found if c.record == "treaty:FIN:withdrawal_notice")
    assert notice.source == UNTC
    assert "2024-07" in notice.why and "2025-07-10" in notice.why


@pytest.mark.parametrize("date", ["2025-04", "2025-07", "2025-07-10", "2025"])
def test_an_announcement_matching_either_step_is_no_contradiction(date: str) -> None:
    assert find([_treaty(date)], FIN_EVENTS) == []


def test_a_notice_is_checked_against_the_notice_only() -> None:
    found = find([_treaty("2025-04-01", "withdrawal_notified")], FIN_EVENTS)
    assert [c.record for c in found] == ["treaty:FIN:withdrawal_notice"]


def test_an_undated_claim_or_an_unknown_step_contradicts_nothing() -> None:
    assert find([_treaty("")], FIN_EVENTS) == []
    assert find([_treaty("2020", "parliament_approves_withdrawal")], FIN_EVENTS) == []


def test_a_suspension_is_noted_as_having_no_treaty_effect() -> None:
    noted = stored(
        "treaty:UKR:suspension_claim",
        "treaty_event",
        "UKR",
        "https://babel.example",
        event="suspension_claim",
        date="2025-07-15",
    )
    claim = Claim("treaty_action", "Ukraine suspended the Convention.", actor_iso3="UKR")
    (found,) = find([claim], [noted])
    assert found.record == "treaty:UKR:suspension_claim"
    assert "no suspension clause" in found.why and "no treaty effect" in found.why


STOCK = stored(
    "stockpile_figure:a",
    "stockpile_figure",
    "BLR",
    "https://eu.example",
    date="2017-04-05",
    destroyed=78,
    unit="mines",
)


@pytest.mark.parametrize(("quantity", "expected"), [(70, 1), (78, 0), (78.0, 0), (3_400_000, 1)])
def test_a_figure_outside_the_accepted_range(quantity: float, expected: int) -> None:
    claim = Claim(
        "stockpile_destruction",
        "…",
        actor_iso3="BLR",
        date="2017-04",
        quantity=quantity,
        unit="mines",
    )
    found = find([claim], [STOCK])
    assert len(found) == expected
    if found:
        assert "78" in found[0].why and f"{quantity:,}" in found[0].why


def test_figures_of_another_date_state_or_unit_are_a_different_fact() -> None:
    for claim in (
        Claim("stockpile_destruction", "…", actor_iso3="BLR", date="2016", quantity=70),
        Claim("stockpile_destruction", "…", actor_iso3="UKR", date="2017-04-05", quantity=70),
        Claim(
            "stockpile_destruction",
            "…",
            actor_iso3="BLR",
            date="2017-04-05",
            quantity=70,
            unit="tons",
        ),
    ):
        assert find([claim], [STOCK]) == []


def test_casualty_figures_for_the_same_incident_must_agree() -> None:
    accepted = stored(
        "casualty_figure:a",
        "casualty_figure",
        "AFG",
        "https://ap.example",
        date="2024-03-31",
        killed=9,
        injured=0,
        location="Ghazni province",
    )
    same = Claim(
        "casualty_incident", "…", actor_iso3="AFG", date="2024-03-31", killed=7, location="Ghazni"
    )
    elsewhere = Claim(
        "casualty_incident", "…", actor_iso3="AFG", date="2024-03-31", killed=7, location="Kandahar"
    )
    assert [c.record for c in find([same, elsewhere], [accepted])] == ["casualty_figure:a"]


def test_clearance_areas_compare_in_one_unit() -> None:
    accepted = stored(
        "clearance_figure:a",
        "clearance_figure",
        "KHM",
        "https://cmac.example",
        date="2020-04",
        quantity=30,
        unit="km2",
    )
    agree = Claim(
        "clearance_progress", "…", actor_iso3="KHM", date="2020-04", quantity=3000, unit="ha"
    )
    differ = Claim(
        "clearance_progress", "…", actor_iso3="KHM", date="2020-04", quantity=25, unit="km2"
    )
    assert find([agree], [accepted]) == []
    assert len(find([differ], [accepted])) == 1


def test_a_use_allegation_naming_another_actor_for_the_same_event() -> None:
    accepted = stored(
        "use_event:a",
        "use_event",
        "KHM",
        "https://a.example",
        date="2025-07-16",
        actor="KHM",
        place="Ta Muen Thom temple",
    )
    other = Claim(
        "use_allegation", "…", actor_iso3="THA", date="2025-07-16", location="near Ta Muen Thom"
    )
    same = Claim(
        "use_allegation", "…", actor_iso3="KHM", date="2025-07-16", location="Ta Muen Thom"
    )
    (found,) = find([other, same], [accepted])
    assert found.claim is other and "THA" in found.why and "KHM" in found.why


def test_a_claim_is_never_compared_with_its_own_record() -> None:
    own = stored(
        "stockpile_figure:claim:x",
        "stockpile_figure",
        "BLR",
        "https://eu.example",
        date="2017-04-05",
        destroyed=78,
        claim="claim:x",
    )
    claim = Claim(
        "stockpile_destruction",
        "…",
        claim_id="claim:x",
        actor_iso3="BLR",
        date="2017-04-05",
        quantity=70,
    )
    assert find([claim], [own]) == []


def test_finland_against_the_reference_data(loaded_app: App) -> None:
    add_claim(loaded_app, FINLAND)
    found = {c.record: c for c in claims.all_contradictions(loaded_app)}
    notice = found["treaty:FIN:withdrawal_notice"]
    assert notice.source is not None and "treaties.un.org" in notice.source
    assert notice.claim.source_url == "https://news.example/story"
    assert "2025-07-10" in notice.why and "2024-07" in notice.why
    assert notice.describe()["claim_status"] == "candidate"


def test_a_candidate_figure_against_an_accepted_one(loaded_app: App) -> None:
    accepted = add_claim(loaded_app, STOCKPILE, url="https://eu.example/belarus")
    review.decide(loaded_app, accepted, review.Verdict(review.Decision.ACCEPT, 1), "test:rev")
    seventy = fields(**{**STOCKPILE, "quantity": 70, "evidence": "The last seventy went."})
    add_claim(loaded_app, seventy, url="https://tv.example/belarus")
    (found,) = claims.all_contradictions(loaded_app)
    assert found.record == f"stockpile_figure:{accepted}"
    assert found.source == "https://eu.example/belarus"
    assert found.claim.source_url == "https://tv.example/belarus"
    assert "70" in found.why and "78" in found.why


def test_rejected_claims_are_not_listed(loaded_app: App) -> None:
    record_id = add_claim(loaded_app, FINLAND)
    verdict = review.Verdict(review.Decision.REJECT, 1, "the story confuses the dates")
    review.decide(loaded_app, record_id, verdict, "test:rev")
    assert claims.all_contradictions(loaded_app) == []


# --- who reported use, when a policy step was dated, joining and leaving (issue 8, part 4) ---

USE_RECORDS = [
    stored(
        "use:XKR:a",
        "use_event",
        "UKR",
        "https://ngo.example/report",
        level="alleged",
        reported_by="A Watchdog NGO",
        report_date="2023-01-31",
        period_start="2022-04",
        period_end="2022-09",
        confidence="high",
        note="The NGO documented rocket-delivered mines and asked for an investigation.",
    ),
    stored(
        "use:XKR:b",
        "use_event",
        "UKR",
        "https://monitor.example/2023",
        level="confirmed",
        reported_by="The Monitor",
        report_date="2023-11-14",
        period_start="2022",
        confidence="high",
        note="The Monitor counts it as a violation.",
    ),
    stored(
        "use:XKR:c",
        "use_event",
        "UKR",
        "https://news.example/2025",
        level="alleged",
        reported_by="The Monitor",
        report_date="2025-12-01",
        period_start="2024-10",
        confidence="medium",
        note="A UN news service called these 'indications'.",
    ),
]


def _accused(by: str) -> Claim:
    return Claim(
        "use_allegation", "Ukraine was accused.", actor_iso3="UKR", accuser=by, location="Ukraine"
    )


def test_an_accuser_no_use_record_names_is_flagged_with_who_did_report() -> None:
    found = find([_accused("UN")], USE_RECORDS)
    assert {c.record for c in found} == {"use:XKR:a", "use:XKR:b", "use:XKR:c"}
    whys = " ".join(c.why for c in found)
    assert "A Watchdog NGO" in whys and "The Monitor" in whys and "'indications'" in whys
    assert {c.source for c in found} == {r.source_urls[0] for r in USE_RECORDS}


@pytest.mark.parametrize(
    ("start", "end", "told"),
    [
        ("2022", "2022", "use (2022) on"),
        ("2022-04", "2022-09", "use (2022-04–2022-09) on"),
        (None, None, "confirmed use on"),
    ],
)
def test_the_reported_period_is_told_once_and_never_empty(
    start: str | None, end: str | None, told: str
) -> None:
    record = stored(
        "use:XKR:p",
        "use_event",
        "UKR",
        "https://monitor.example/p",
        level="confirmed",
        reported_by="The Monitor",
        report_date="2023-11-14",
        period_start=start,
        period_end=end,
        confidence="high",
        note="A UN body called it apparent use.",
    )
    (found,) = find([_accused("UN")], [record])
    assert told in found.why and "()" not in found.why


def test_an_accuser_a_use_record_names_is_no_contradiction() -> None:
    assert find([_accused("Monitor")], USE_RECORDS) == []
    # A claim with no named accuser, or about a state with no use record, says nothing.
    assert find([_accused("")], USE_RECORDS) == []
    other = Claim("use_allegation", "x", actor_iso3="XYZ", accuser="UN")
    assert find([other], USE_RECORDS) == []


def _dated(by: str, date: str, iso3: str | None = None) -> Claim:
    return Claim(
        "use_allegation",
        "Ukraine was accused.",
        actor_iso3="UKR",
        accuser=by,
        accuser_iso3=iso3,
        date=date,
        location="Ukraine",
    )


def test_an_allegation_of_another_period_or_by_another_reporter_is_new_evidence() -> None:
    # The UN accusation conflicts with the record of its period (what UN News called it) ...
    assert {c.record for c in find([_dated("UN", "2025-03")], USE_RECORDS)} == {"use:XKR:c"}
    # ... but not when dated to a period only the other records cover, or to none of them.
    assert find([_dated("UN", "2022-06")], USE_RECORDS) == []
    assert find([_dated("UN", "2019-05")], USE_RECORDS) == []
    # Someone no record mentions is a new reporter, undated or not: nothing to contradict.
    assert find([_accused("Amnesty")], USE_RECORDS) == []
    assert find([_dated("Amnesty", "2022-06")], USE_RECORDS) == []


def test_an_accuser_named_by_its_state_agrees_with_the_record_of_its_period() -> None:
    korea = stored(
        "use:PRK:a",
        "use_event",
        "PRK",
        "https://monitor.example/2016",
        level="confirmed",
        reported_by="The Monitor",
        report_date="2016",
        period_start="2014-10",
        period_end="2016-10",
        note="The Monitor lists North Korea; Seoul's ministry said nothing then.",
    )
    media = stored(
        "use:PRK:b",
        "use_event",
        "PRK",
        "https://ngo.example/2024",
        level="alleged",
        reported_by="South Korean media and JCS",
        report_date="2024-05-20",
        period_start="2023-12",
        period_end="2024-07",
    )

    def seoul(date: str | None) -> Claim:
        return Claim(
            "use_allegation",
            "Seoul accused the DPRK.",
            actor_iso3="PRK",
            accuser="Seoul",
            accuser_iso3="KOR",
            date=date,
        )

    # "Seoul" (KOR) is the reporter of the 2024 record: it agrees; the 2014-2016 record, which
    # notes Seoul, is another period and is not compared.
    assert find([seoul("2024-06")], [korea, media]) == []
    # With only the old record, the 2024 allegation is new evidence; dated to its period it
    # conflicts with what that record says Seoul said.
    assert find([seoul("2024-06")], [korea]) == []
    assert [c.record for c in find([seoul("2015-03")], [korea])] == ["use:PRK:a"]


POLICIES = [
    stored("policy:USA:2022", "policy_version", "USA", "https://a.example", date="2022-06-21"),
    stored(
        "policy:USA:2025",
        "policy_version",
        "USA",
        "https://b.example",
        date="2025-12-02",
        instrument="Defence memo",
    ),
]


def _policy(date: str | None) -> Claim:
    return Claim("policy_change", "It begins then.", actor_iso3="USA", date=date)


def test_a_policy_step_dated_before_the_policy_existed_is_flagged() -> None:
    (found,) = find([_policy("2025-04")], POLICIES)
    assert found.record == "policy:USA:2025" and found.source == "https://b.example"
    assert "2025-04" in found.why and "2025-12-02" in found.why and "Defence memo" in found.why


@pytest.mark.parametrize("date", ["2022-06", "2025-12", "2026-03", "2025", None])
def test_a_policy_step_matching_a_version_or_after_the_last_is_no_contradiction(
    date: str | None,
) -> None:
    assert find([_policy(date)], POLICIES) == []


JOINED = [
    stored(
        "treaty:TON:accession", "treaty_event", "TON", UNTC, event="accession", date="2025-06-25"
    ),
    stored(
        "treaty:FIN:withdrawal_effective",
        "treaty_event",
        "FIN",
        UNTC,
        event="withdrawal_effective",
        date="2026-01-10",
    ),
]


@pytest.mark.parametrize(
    ("action", "iso3", "date", "flagged"),
    [
        ("join", "TON", "2019-03", True),
        ("join", "TON", "2025-06", False),
        ("withdrawal_effective", "FIN", "2025-07", True),
        ("withdrawal_effective", "FIN", "2026-01-10", False),
    ],
)
def test_joining_or_leaving_on_a_date_the_depositary_contradicts(
    action: str, iso3: str, date: str, flagged: bool
) -> None:
    claim = Claim("treaty_action", "x", actor_iso3=iso3, date=date, action=action)
    found = find([claim], JOINED)
    assert bool(found) is flagged
    assert all(c.source == UNTC for c in found)


def listing(iso3: str, status: str) -> StoredRecord:
    return stored(
        f"listing:{iso3}",
        "depositary_listing",
        iso3,
        UNTC,
        listed_status=status,
        as_at="2026-02-03",
    )


LISTED = [
    *JOINED,
    listing("MMR", "non_signatory"),
    listing("NOR", "party"),
    listing("TON", "party"),
]


@pytest.mark.parametrize(
    ("action", "iso3", "date", "record"),
    [
        ("join", "MMR", "2025-03-01", "listing:MMR"),  # never joined
        ("entry_into_force", "MMR", "2025-09", "listing:MMR"),
        ("withdrawal_effective", "NOR", "2025-09-15", "listing:NOR"),  # never withdrew
        ("withdrawal_notified", "NOR", "2025", "listing:NOR"),
        ("join", "TON", "2019-03", "treaty:TON:accession"),  # joined, on another date
        ("join", "TON", "2025-06-25", None),  # joined on that date
        ("join", "MMR", "2026-05-01", None),  # after the listing was read: may have since
        ("announce_intent_to_withdraw", "NOR", "2025-09", None),  # not the depositary's
    ],
)
def test_a_step_the_depositary_never_recorded_is_flagged_against_its_listing(
    action: str, iso3: str, date: str, record: str | None
) -> None:
    claim = Claim("treaty_action", "x", actor_iso3=iso3, date=date, action=action)
    found = find([claim], LISTED)
    assert [c.record for c in found] == ([record] if record else [])
    assert all(c.source == UNTC and iso3 in c.why and date in c.why for c in found)


@pytest.mark.parametrize(
    ("action", "iso3", "record"),
    [
        ("join", "MMR", "listing:MMR"),  # a non-signatory "joined"
        ("withdrawal_effective", "NOR", "listing:NOR"),  # still a party, "left"
        ("withdrawal_notified", "NOR", "listing:NOR"),
        ("join", "NOR", None),  # a party has joined, whatever the records hold
        ("join", "TON", None),  # the accession is on record
        ("withdrawal_effective", "FIN", None),  # its taking effect is on record
        ("announce_intent_to_withdraw", "NOR", None),  # not the depositary's
    ],
)
def test_an_undated_step_is_checked_against_the_listing(
    action: str, iso3: str, record: str | None
) -> None:
    claim = Claim("treaty_action", "x", actor_iso3=iso3, date=None, action=action)
    found = find([claim], LISTED)
    assert [c.record for c in found] == ([record] if record else [])
    assert all("undated" in c.why and "2026-02-03" in c.why for c in found)


def test_the_dated_and_the_undated_step_read_as_one_message() -> None:
    """Both checks against a listing word their finding alike (``_not_recorded``), as a
    reviewer reads it; only how the claim told the step differs."""
    listed = "ratification, accession, succession for MMR: as at 2026-02-03 it lists the state"
    for date, told in (
        ("2025-03-01", "dates MMR's joining the Convention to 2025-03-01"),
        (None, "reports MMR's joining the Convention (undated)"),
    ):
        claim = Claim("treaty_action", "x", actor_iso3="MMR", date=date, action="join")
        (found,) = find([claim], LISTED)
        assert found.why == (
            f"The claim {told}, but the depositary has no record of {listed} as a non-signatory "
            "(not listed as a participant)."
        )


def test_a_world_total_is_never_filed_under_one_state(loaded_app: App) -> None:
    text = (
        "GENEVA, 2 December 2025 - Worldwide, at least 6,200 people were killed or injured by "
        "landmines and explosive remnants in 2024, the annual report said. Ukraine recorded "
        "the most casualties of any state."
    )
    candidates = extract(Document("world", text))
    totals = [c for c in candidates if c.killed or c.injured or c.quantity]
    assert totals and all(c.actor_iso3 is None for c in totals)
    found = claims.check(loaded_app, [claims.unsaved_claim(c.to_json(), None) for c in totals])
    assert found == []  # nothing to compare a world total with under one state
