"""The review round trip on both backends: accept, edit-then-accept, reject, conflicts, and
what the public read side sees (only accepted records)."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from minewatch.app import App
from minewatch.domain.errors import InvalidInput, NotFound, VersionConflict
from minewatch.domain.evidence import ReviewStatus, StoredRecord
from minewatch.services import ledger, review
from minewatch.services.views import read_view
from minewatch.storage.tables import audit_log, records

from .helpers import FINLAND, STOCKPILE, add_claim, fields

REVIEWER = "test:reviewer"
ACCEPT, REJECT = review.Decision.ACCEPT, review.Decision.REJECT


def _versions(app: App, record_id: str) -> list[StoredRecord]:
    with app.engine.connect() as connection:
        return ledger.history(connection, record_id)


def _claim_figures(client: TestClient, claim_id: str) -> list[dict[str, Any]]:
    """Belarus's stockpile figures that came from this claim (the reference data has others)."""
    listed = client.get("/api/v1/states/BLR").json()["stockpiles"]
    return [s for s in listed if str(s["record"]).endswith(claim_id)]


def test_candidates_wait_in_the_queue_and_are_never_public(
    loaded_app: App, client: TestClient
) -> None:
    record_id = add_claim(loaded_app, STOCKPILE)
    queued = review.queue(loaded_app)["candidates"]
    assert [c["record"] for c in queued] == [record_id]
    assert queued[0]["evidence"] == STOCKPILE["evidence"]
    assert queued[0]["citations"][0]["quote"] == STOCKPILE["evidence"]
    assert all(r.record_id != record_id for r in read_view(loaded_app).records)
    assert _claim_figures(client, record_id) == []


def test_accepting_writes_the_record_with_the_sentence_as_its_quote(
    loaded_app: App, client: TestClient
) -> None:
    record_id = add_claim(loaded_app, STOCKPILE, url="https://eu.example/belarus")
    result = review.decide(loaded_app, record_id, review.Verdict(ACCEPT, 1), REVIEWER)
    assert result["review_status"] == "accepted" and result["version"] == 2
    assert result["domain_record"] == f"stockpile_figure:{record_id}"
    claim = _versions(loaded_app, record_id)[-1]
    assert claim.review_status is ReviewStatus.ACCEPTED and claim.base_version == 1
    assert claim.recorded_by == REVIEWER and claim.data["review"]["reviewer"] == REVIEWER
    (figure,) = _claim_figures(client, record_id)
    assert figure["destroyed"] == 78 and figure["date"] == "2017-04-05"
    assert figure["citations"][0]["url"] == "https://eu.example/belarus"
    assert figure["citations"][0]["quote"] == STOCKPILE["evidence"]
    assert review.queue(loaded_app)["candidates"] == []


@pytest.mark.parametrize(
    ("given", "key", "expected"),
    [
        (
            fields(type="use_allegation", actor_iso3="UKR", accuser_iso3=None, evidence="U."),
            "use_events",
            {"actor": "UKR", "level": "alleged"},
        ),
        (
            fields(
                type="casualty_incident",
                actor_iso3="AFG",
                date="2024-03-31",
                killed=9,
                injured=2,
                location="Ghazni",
                evidence="Nine died.",
            ),
            "casualties",
            {"year": 2024, "killed": 9, "injured": 2, "total": 11},
        ),
    ],
)
def test_accepted_use_and_casualties_reach_the_country_profile(
    loaded_app: App,
    client: TestClient,
    given: dict[str, object],
    key: str,
    expected: dict[str, object],
) -> None:
    record_id = add_claim(loaded_app, given)
    review.decide(loaded_app, record_id, review.Verdict(ACCEPT, 1), REVIEWER)
    iso3 = str(given["actor_iso3"])
    listed = client.get(f"/api/v1/states/{iso3}", params={"as_of": "2026-01-01"}).json()[key]
    (item,) = [i for i in listed if i["record"].endswith(f":{record_id}")]
    assert {k: item[k] for k in expected} == expected


def test_edit_then_accept_keeps_what_was_changed(loaded_app: App) -> None:
    record_id = add_claim(loaded_app, FINLAND)
    verdict = review.Verdict(
        ACCEPT,
        1,
        "the notice was deposited in July 2025",
        {"date": "2025-07-10", "action": "withdrawal_notified"},
    )
    result = review.decide(loaded_app, record_id, verdict, REVIEWER)
    claim = _versions(loaded_app, record_id)[-1]
    assert claim.data["date"] == "2025-07-10" and claim.valid_from == "2025-07-10"
    assert claim.data["review"]["before"] == {
        "date": "2024-07",
        "action": "announce_intent_to_withdraw",
    }
    assert claim.reason == "the notice was deposited in July 2025"
    with loaded_app.engine.connect() as connection:
        (reported,) = ledger.current_records(connection, record_ids=[result["domain_record"]])
    assert reported.kind == "reported_treaty_action"
    assert reported.data["action"] == "withdrawal_notified"
    # The depositary's own record is untouched.
    with loaded_app.engine.connect() as connection:
        notice = ledger.history(connection, "treaty:FIN:withdrawal_notice")
    assert len(notice) == 1 and notice[0].data["date"] == "2025-07-10"


@pytest.mark.parametrize(
    ("edits", "field"),
    [
        ({"date": "July 2024"}, "edits.date"),
        ({"date": "1899-12-31"}, "edits.date"),  # the imports' plausible-date rule
        ({"date": "2999"}, "edits.date"),
        ({"killed": "-1"}, "edits.killed"),
        ({"actor_iso3": "Finland"}, "edits.actor_iso3"),
        ({"actor_iso3": "XXX"}, "edits.actor_iso3"),  # three letters, but no state
        ({"accuser_iso3": "qqq"}, "edits.accuser_iso3"),
        ({"evidence": "another sentence"}, "edits.evidence"),
        ({"type": "rumour"}, "edits.type"),
    ],
)
def test_bad_edits_are_refused_and_nothing_is_written(
    loaded_app: App, edits: dict[str, str], field: str
) -> None:
    record_id = add_claim(loaded_app, FINLAND)
    with pytest.raises(InvalidInput) as raised:
        review.decide(loaded_app, record_id, review.Verdict(ACCEPT, 1, "", edits), REVIEWER)
    assert raised.value.where.field == field
    assert len(_versions(loaded_app, record_id)) == 1


def test_rejecting_needs_a_reason_and_publishes_nothing(loaded_app: App) -> None:
    record_id = add_claim(loaded_app, STOCKPILE)
    with pytest.raises(InvalidInput, match="reason"):
        review.decide(loaded_app, record_id, review.Verdict(REJECT, 1, "  "), REVIEWER)
    result = review.decide(loaded_app, record_id, review.Verdict(REJECT, 1, "a rumour"), REVIEWER)
    assert result["review_status"] == "rejected" and result["domain_record"] is None
    claim = _versions(loaded_app, record_id)[-1]
    assert claim.review_status is ReviewStatus.REJECTED and claim.reason == "a rumour"
    assert review.queue(loaded_app, (ReviewStatus.REJECTED,))["candidates"][0]["record"] == (
        record_id
    )
    with loaded_app.engine.connect() as connection:
        figures = ledger.current_records(connection, kinds=["stockpile_figure"])
    assert [f for f in figures if f.record_id.endswith(record_id)] == []


def test_two_reviewers_on_the_same_version_conflict(loaded_app: App) -> None:
    record_id = add_claim(loaded_app, STOCKPILE)
    review.decide(loaded_app, record_id, review.Verdict(ACCEPT, 1), "test:first")
    with loaded_app.engine.connect() as connection:
        audits = connection.execute(select(func.count()).select_from(audit_log)).scalar_one()
    with pytest.raises(VersionConflict) as raised:
        review.decide(loaded_app, record_id, review.Verdict(REJECT, 1, "no"), "test:second")
    assert (raised.value.base_version, raised.value.current_version) == (1, 2)
    assert [v.recorded_by for v in _versions(loaded_app, record_id)] == [
        "test:extractor",
        "test:first",
    ]
    with loaded_app.engine.connect() as connection:
        after = connection.execute(select(func.count()).select_from(audit_log)).scalar_one()
    assert after == audits


def test_rejecting_an_accepted_claim_retracts_its_record(
    loaded_app: App, client: TestClient
) -> None:
    record_id = add_claim(loaded_app, STOCKPILE)
    review.decide(loaded_app, record_id, review.Verdict(ACCEPT, 1), REVIEWER)
    review.decide(loaded_app, record_id, review.Verdict(REJECT, 2, "double counted"), REVIEWER)
    assert _claim_figures(client, record_id) == []
    history = _versions(loaded_app, f"stockpile_figure:{record_id}")
    assert [v.review_status for v in history] == [ReviewStatus.ACCEPTED, ReviewStatus.REJECTED]


def test_changing_the_type_moves_the_record_to_the_new_kind(loaded_app: App) -> None:
    record_id = add_claim(loaded_app, STOCKPILE)
    review.decide(loaded_app, record_id, review.Verdict(ACCEPT, 1), REVIEWER)
    review.decide(
        loaded_app, record_id, review.Verdict(ACCEPT, 2, "retained", {"type": "other"}), REVIEWER
    )
    with loaded_app.engine.connect() as connection:
        kinds = [
            r.kind
            for r in ledger.current_records(connection, iso3="BLR")
            if r.record_id.endswith(record_id)
        ]
    assert "other_claim" in kinds and "stockpile_figure" not in kinds


def test_only_claims_can_be_reviewed(loaded_app: App) -> None:
    with pytest.raises(NotFound):
        review.decide(loaded_app, "treaty:FIN:withdrawal_notice", review.Verdict(ACCEPT, 1), "x")
    with pytest.raises(NotFound):
        review.decide(loaded_app, "claim:nothing", review.Verdict(ACCEPT, 1), "x")


def test_every_review_write_is_audited(loaded_app: App) -> None:
    record_id = add_claim(loaded_app, STOCKPILE)
    review.decide(loaded_app, record_id, review.Verdict(ACCEPT, 1), REVIEWER)
    with loaded_app.engine.connect() as connection:
        targets = connection.execute(
            select(audit_log.c.target).where(audit_log.c.actor == REVIEWER)
        ).scalars()
        assert set(targets) == {record_id, f"stockpile_figure:{record_id}"}
        kinds = connection.execute(
            select(records.c.kind).where(records.c.recorded_by == REVIEWER)
        ).scalars()
        assert sorted(kinds) == ["claim", "stockpile_figure"]


@pytest.mark.parametrize(
    ("given", "key", "expected", "table"),
    [
        (
            fields(
                type="clearance_progress",
                actor_iso3="AFG",
                date="2024-05-02",
                quantity=1200,
                unit="m2",
                location="Ghazni",
                evidence="Deminers cleared 1,200 square metres near Ghazni.",
            ),
            "clearance",
            {"quantity": 1200, "unit": "m2", "location": "Ghazni"},
            'id="clearance"',
        ),
        (
            FINLAND,
            "reported_actions",
            {"action": "announce_intent_to_withdraw", "date": "2024-07"},
            "announcement of withdrawal",
        ),
        (
            fields(
                type="other",
                actor_iso3="AFG",
                date="2024-06",
                location="Kandahar",
                evidence="A mine exploded in a field near Kandahar.",
            ),
            "other_facts",
            {"location": "Kandahar", "date": "2024-06"},
            'id="other-facts"',
        ),
    ],
)
def test_every_accepted_kind_reaches_the_country_profile(
    loaded_app: App,
    client: TestClient,
    given: dict[str, object],
    key: str,
    expected: dict[str, object],
    table: str,
) -> None:
    """Clearance figures, reported treaty actions and other facts are listed too (not only found
    by search), in the JSON and on the page."""
    iso3 = str(given["actor_iso3"])
    assert client.get(f"/api/v1/states/{iso3}").json()[key] == []
    record_id = add_claim(loaded_app, given)
    review.decide(loaded_app, record_id, review.Verdict(ACCEPT, 1), REVIEWER)
    (item,) = client.get(f"/api/v1/states/{iso3}", params={"as_of": "2026-01-01"}).json()[key]
    assert {k: item[k] for k in expected} == expected
    assert item["citations"][0]["quote"] == given["evidence"]
    page = client.get(f"/states/{iso3}?as_of=2026-01-01").text
    assert table in page and str(given["evidence"]) in page
