"""What a policy version changes (compared with the last version that stated each field), and how
each step of a deadline's chain is worded."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from minewatch.analysis.profile import deadlines, policy_changes
from minewatch.domain.convention import ConventionDates
from minewatch.domain.evidence import StoredRecord
from tests.support.records import accepted_record


def _version(number: int, **data: Any) -> StoredRecord:
    valid_from = f"{2000 + number}-01-01"
    return accepted_record(
        f"policy:X:{number}", "policy_version", "USA", data, seq=number, valid_from=valid_from
    )


def _changes(*versions: StoredRecord) -> list[dict[str, Any]]:
    return [item["changes"] for item in policy_changes(versions, lambda r: {})]


def test_a_restated_unchanged_value_is_not_a_change() -> None:
    assert _changes(
        _version(1, geographic_scope="global", persistent_allowed="no"),
        _version(2, geographic_scope="global", persistent_allowed="no"),
    ) == [{}, {}]


def test_silence_then_the_same_value_is_not_a_change_but_a_new_value_is() -> None:
    assert _changes(
        _version(1, geographic_scope="global"),
        _version(2, geographic_scope=None, persistent_allowed="yes"),
        _version(3, geographic_scope="global", persistent_allowed="yes"),
        _version(4, geographic_scope="Korea only", persistent_allowed="yes"),
    ) == [
        {},
        {"persistent_allowed": [None, "yes"]},
        {},
        {"geographic_scope": ["global", "Korea only"]},
    ]


def _art5(number: int, **data: Any) -> StoredRecord:
    return replace(
        _version(number, **data), record_id=f"art5:X:{number}", kind="article5_event", iso3="XXX"
    )


def _chain_labels(day: date, *records: StoredRecord) -> list[str]:
    dates = ConventionDates("XXX", consented=date(2005, 12, 27), in_force_from=date(2006, 6, 1))
    art5 = next(d for d in deadlines(dates, day, records, lambda r: {}) if d["article"] == "5")
    return [str(step["label"]) for step in art5["chain"]]


def test_each_deadline_step_says_its_date_once_and_what_it_did() -> None:
    labels = _chain_labels(
        date(2026, 11, 30),
        _art5(1, event="original_deadline", deadline="2016-06-01"),
        _art5(2, event="deadline_missed", deadline="2016-06-01", event_date="2016-06-01"),
        _art5(
            3,
            event="extension_granted",
            deadline="2021-06-01",
            event_date="2018-11",
            granted_by="17MSP",
        ),
        _art5(4, event="deadline_missed", deadline="2021-06-01", event_date="2022-03"),
        _art5(5, event="completion_declared", event_date="2025-05"),
    )
    assert labels == [
        "Original deadline 2016-06-01",
        "Deadline 2016-06-01 missed",
        "Extension granted 2018-11 by 17MSP: new deadline 2021-06-01",
        "Deadline 2021-06-01 missed (reported 2022-03)",
        "Completion declared 2025-05",
    ]


def test_a_request_no_grant_answers_says_so() -> None:
    request = _art5(2, event="extension_requested", deadline="2023-12-01", event_date="2020-06")
    original = _art5(1, event="original_deadline", deadline="2021-06-01")
    assert _chain_labels(date(2022, 6, 1), original, request)[1] == (
        "Extension requested 2020-06: to 2023-12-01;"
        " no extension to that date is recorded as granted"
    )
    granted = _art5(3, event="extension_granted", deadline="2023-12-01", event_date="2020-11")
    assert _chain_labels(date(2022, 6, 1), original, request, granted)[1] == (
        "Extension requested 2020-06: to 2023-12-01"
    )
    undated = _art5(4, event="extension_requested", event_date="2020-03-27")
    assert _chain_labels(date(2022, 6, 1), original, undated)[1] == "Extension requested 2020-03-27"


def test_an_extension_its_source_does_not_date_says_so() -> None:
    labels = _chain_labels(
        date(2026, 11, 30),
        _art5(1, event="original_deadline", deadline="2010-01-01"),
        _art5(2, event="extension_granted", deadline="2020-01-01"),
    )
    assert labels[1] == (
        "Extension granted (when, and by which meeting, not in its source): new deadline 2020-01-01"
    )


def test_a_deadline_missed_because_mines_were_still_held_says_when() -> None:
    dates = ConventionDates("XXX", consented=date(2005, 12, 27), in_force_from=date(2006, 6, 1))
    held = replace(
        _version(1, record_type="stockpile_remaining", value=6_100_000, date="2010-06-01"),
        kind="stockpile_figure",
    )
    art4 = next(
        d for d in deadlines(dates, date(2026, 11, 30), [held], lambda r: {}) if d["article"] == "4"
    )
    assert art4["status"] == "missed"
    assert art4["basis"].endswith("; mines still reported held on 2010-06-01")


def test_a_computed_deadline_names_its_rule_and_what_it_rests_on() -> None:
    dates = ConventionDates("XXX", consented=date(2005, 12, 27), in_force_from=date(2006, 6, 1))
    day = date(2026, 11, 30)
    # no record states the entry into force: Art. 17 from the consent, said so
    art5 = next(d for d in deadlines(dates, day, [], lambda r: {}) if d["article"] == "5")
    assert art5["computed"] is True and art5["due"] == "2016-06-01"
    assert art5["basis"] == (
        "computed, no source states it: entry into force 2006-06-01 (Art. 17: the sixth month "
        "after consent; no record states it) + 10 years (Art. 5(1))"
    )
    # a sourced original deadline is no computed one
    sourced = _art5(1, event="original_deadline", deadline="2016-06-01")
    art5 = next(d for d in deadlines(dates, day, [sourced], lambda r: {}) if d["article"] == "5")
    assert art5["computed"] is False and art5["basis"] == "the sourced original deadline"
