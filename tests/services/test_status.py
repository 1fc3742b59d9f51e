"""Convention status of all 197 states on several dates, from the loaded reference data."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from minewatch.app import App
from minewatch.domain.errors import InvalidDate
from minewatch.domain.evidence import Citation, RecordDraft
from minewatch.services import ledger, queries
from minewatch.services.clock import utc_now
from minewatch.services.params import known_at_param
from minewatch.services.reference import load_reference
from minewatch.storage.tables import records

COUNT_KEYS = (
    "states_parties",
    "in_force",
    "signatories_not_ratified",
    "non_signatories",
    "withdrawn",
    "withdrawal_pending",
)


@pytest.mark.parametrize(
    ("as_of", "expected"),
    [
        # The depositary's count on the day the reference page was read: 162 parties.
        ("2026-02-03", (162, 162, 0, 31, 4, 1)),
        # The day before the Baltic withdrawals took effect: 166 (the Monitor's 2025 count).
        ("2025-12-26", (166, 166, 0, 31, 0, 5)),
        ("2026-01-10", (162, 162, 0, 31, 4, 1)),  # Finland out
        ("2026-02-20", (161, 161, 0, 31, 5, 0)),  # Poland out
        # The day before Marshall Islands ratified; Tonga had not yet acceded either.
        ("2025-03-11", (164, 164, 1, 32, 0, 0)),
    ],
)
def test_counts_on_dates(loaded_app: App, as_of: str, expected: tuple[int, ...]) -> None:
    report = queries.status_report(loaded_app, date.fromisoformat(as_of))
    assert tuple(report[k] for k in COUNT_KEYS) == expected
    assert len(report["states"]) == 197


def test_computed_status_agrees_with_the_depositary_listing_for_every_state(
    loaded_app: App,
) -> None:
    listed_as = {"withdrawal_notified": "withdrawal_pending"}
    report = queries.status_report(loaded_app, date(2026, 2, 3))
    with loaded_app.engine.connect() as connection:
        listings = connection.execute(
            select(records.c.iso3, records.c.data).where(records.c.kind == "depositary_listing")
        ).all()
    computed = {s["iso3"]: s["status"] for s in report["states"]}
    for iso3, data in listings:
        listed = data["listed_status"]
        assert computed[iso3] == listed_as.get(listed, listed), iso3


def test_every_state_cites_the_depositary(loaded_app: App) -> None:
    report = queries.status_report(loaded_app, date(2026, 2, 3))
    untc = "https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XXVI-5&chapter=26&clang=_en"
    assert all(untc in s["sources"] for s in report["states"])
    finland = next(s for s in report["states"] if s["iso3"] == "FIN")
    assert finland["status"] == "withdrawn"
    assert any("dpa-story.com" in url for url in finland["sources"])


def test_known_at_before_and_after_a_load(empty_app: App) -> None:
    before_load = utc_now()
    load_reference(empty_app, "test:suite")
    after_load = utc_now() + timedelta(seconds=1)
    then = queries.status_report(empty_app, date(2026, 2, 3), known_at=before_load)
    now = queries.status_report(empty_app, date(2026, 2, 3), known_at=after_load)
    # Before the load the database knew no treaty facts: everyone looks like a non-signatory.
    assert then["states_parties"] == 0
    assert now["states_parties"] == 162


def test_ukraine_stays_a_party_despite_its_suspension_law(loaded_app: App) -> None:
    report = queries.status_report(loaded_app, date(2026, 2, 3))
    ukraine = next(s for s in report["states"] if s["iso3"] == "UKR")
    assert (ukraine["status"], ukraine["in_force"]) == ("party", True)
    profile = queries.state_profile(loaded_app, "UKR", date(2026, 2, 3))
    assert "suspension_claim" in [e["kind"] for e in profile["timeline"]]


def test_us_policy_versions_in_order_with_changes(loaded_app: App) -> None:
    profile = queries.state_profile(loaded_app, "USA", date(2026, 6, 1))
    dates = [p["date"] for p in profile["policies"]]
    assert dates == sorted(dates) and len(dates) == 14
    assert dates[0] == "1992-10-23" and dates[-1] == "2025-12-02"
    memo = profile["policies"][-1]
    assert memo["stockpile_destruction"] == "only inoperable or unsafe mines"
    assert "stockpile_destruction" in memo["changes"]
    # Who may authorise use, from the supplementary file, with its own citation.
    trump_2020 = next(p for p in profile["policies"] if p["date"] == "2020-01-31")
    assert "Secretary of Defense" in trump_2020["who_may_authorise"]
    assert len(trump_2020["citations"]) == 2
    assert memo["changes"]["who_may_authorise"][0] == trump_2020["who_may_authorise"]
    assert memo["citations"][0]["url"].startswith("https://www.dailyherald.com/")
    # As of 2022-12-31 the 2025 memo did not exist yet.
    earlier = queries.state_profile(loaded_app, "USA", date(2022, 12, 31))
    assert earlier["policies"][-1]["date"] == "2022-06-21"


def test_finland_profile_shows_withdrawal_effective_with_its_source(loaded_app: App) -> None:
    profile = queries.state_profile(loaded_app, "fin", date(2026, 1, 10))
    effective = next(e for e in profile["timeline"] if e["kind"] == "withdrawal_effective")
    assert effective["date"] == "2026-01-10"
    assert "treaties.un.org" in effective["citations"][0]["url"]
    assert profile["standing"] == {"status": "withdrawn", "in_force": False}
    assert profile["deadlines"][0]["article"] == "7"


def test_a_write_is_seen_by_the_next_read(loaded_app: App) -> None:
    first = queries.status_report(loaded_app, date(2026, 2, 3))
    with loaded_app.engine.begin() as connection:
        draft = RecordDraft(
            record_id="treaty:USA:signature",
            kind="treaty_event",
            iso3="USA",
            valid_from="2026-01-01",
            data={"event": "signature", "date": "2026-01-01"},
            citations=(Citation(1, "hypothetical signature for this test"),),
        )
        ledger.write_version(connection, draft, base_version=None, actor="t", reason="t")
    second = queries.status_report(loaded_app, date(2026, 2, 3))
    assert second["signatories_not_ratified"] == first["signatories_not_ratified"] + 1


def test_known_at_accepts_zoned_timestamps(loaded_app: App) -> None:
    assert known_at_param("2026-02-03T12:00:00+02:00") == datetime(2026, 2, 3, 10, 0)


@pytest.mark.parametrize("value", ["0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00"])
def test_a_timestamp_beyond_the_calendar_in_utc_is_said_to_be_out_of_range(value: str) -> None:
    """It is a timestamp; the error said it was not one, and gave an example of the form."""
    with pytest.raises(InvalidDate, match="outside the years 1-9999 in UTC") as caught:
        known_at_param(value)
    assert "is not a timestamp" not in str(caught.value)
    with pytest.raises(InvalidDate, match="is not a timestamp"):
        known_at_param("yesterday")
