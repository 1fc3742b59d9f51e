"""F1: every write is one transaction on both backends. A fault injected into the second step
of a write (a trigger that aborts the citation or the audit insert) leaves nothing behind, and
two reviewers racing on one claim get one success and one conflict, never a server error."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.exc import DBAPIError

from minewatch.app import App
from minewatch.domain.errors import VersionConflict
from minewatch.services import accounts, review
from minewatch.web.app import create_app
from tests.evidence.helpers import STOCKPILE, add_claim, add_user, token_for

from .faults import counts, inject_fault

ACCEPT = review.Decision.ACCEPT


@pytest.mark.parametrize("table", ["citations", "audit_log", "records"])
def test_a_review_decision_failing_part_way_writes_nothing(loaded_app: App, table: str) -> None:
    record_id = add_claim(loaded_app, STOCKPILE)
    before = counts(loaded_app.engine)
    when = "1 = 1"
    if table == "records":
        # The claim's decision goes in; the domain record (the second record insert) fails.
        when = "NEW.kind <> 'claim'"
    inject_fault(loaded_app.engine, table, when)
    # SQLite reports a trigger's abort of a record insert as an integrity error, which the ledger
    # reads as a lost race: either way nothing may be left behind.
    with pytest.raises((DBAPIError, VersionConflict)):
        review.decide(loaded_app, record_id, review.Verdict(ACCEPT, 1), "test:reviewer")
    assert counts(loaded_app.engine) == before
    assert review.current_version(loaded_app, record_id) == 1


def test_an_api_write_failing_part_way_writes_nothing(loaded_app: App) -> None:
    token = token_for(loaded_app, "rev", accounts.Role.REVIEWER, ["records:write", "review:write"])
    before = counts(loaded_app.engine)
    inject_fault(loaded_app.engine, "audit_log")
    body = {
        "base_version": None,
        "kind": "stockpile_figure",
        "iso3": "EST",
        "data": {"date": "2025", "destroyed": 1, "held": None, "retained": None},
        "citations": [{"source_id": 1, "quote": "q"}],
        "reason": "probe",
    }
    with TestClient(create_app(loaded_app), raise_server_exceptions=False) as client:
        response = client.post(
            "/api/v1/records/stockpile_figure:fault/versions",
            json=body,
            headers={"Authorization": f"Bearer {token}"},
        )
        assert response.status_code == 500  # the injected fault, not a refusal of the input
        assert counts(loaded_app.engine) == before
        assert client.get("/api/v1/records/stockpile_figure:fault").status_code == 404


def test_adding_a_user_failing_at_its_audit_entry_adds_no_user(loaded_app: App) -> None:
    before = counts(loaded_app.engine)
    inject_fault(loaded_app.engine, "audit_log")
    with pytest.raises(DBAPIError, match="injected fault"):
        add_user(loaded_app, "mallory", accounts.Role.ADMIN)
    assert counts(loaded_app.engine) == before


def _race(action: Any, n: int = 2) -> list[Any]:
    barrier = threading.Barrier(n)
    results: list[Any] = [None] * n

    def run(i: int) -> None:
        barrier.wait()
        try:
            results[i] = action(i)
        except Exception as error:
            results[i] = error

    threads = [threading.Thread(target=run, args=(i,)) for i in range(n)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def test_racing_reviewers_get_one_success_and_one_conflict(loaded_app: App) -> None:
    for attempt in range(8):
        record_id = add_claim(loaded_app, {**STOCKPILE, "evidence": f"Race {attempt}."})
        outcomes = _race(
            lambda i, r=record_id: review.decide(
                loaded_app, r, review.Verdict(ACCEPT, 1), f"test:reviewer{i}"
            )
        )
        kinds = sorted(type(o).__name__ for o in outcomes)
        assert kinds == ["VersionConflict", "dict"], outcomes
        assert isinstance(next(o for o in outcomes if not isinstance(o, dict)), VersionConflict)


def test_racing_reviewers_over_the_api_get_200_and_409(loaded_app: App) -> None:
    tokens = [
        token_for(loaded_app, f"rev{i}", accounts.Role.REVIEWER, ["review:write"]) for i in range(2)
    ]
    with TestClient(create_app(loaded_app), raise_server_exceptions=False) as client:
        for attempt in range(6):
            record_id = add_claim(loaded_app, {**STOCKPILE, "evidence": f"API race {attempt}."})
            codes = _race(
                lambda i, r=record_id: (
                    client.post(
                        f"/api/v1/review/candidates/{r}",
                        json={"decision": "accept", "base_version": 1},
                        headers={"Authorization": f"Bearer {tokens[i]}"},
                    ).status_code
                )
            )
            assert sorted(codes) == [200, 409]
