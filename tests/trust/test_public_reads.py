"""F2: nothing unreviewed is public and no account name is published; F3: no review bypass
through direct record writes. Both backends, through the ASGI app."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from minewatch.app import App
from minewatch.services import accounts, review
from minewatch.web.app import create_app
from tests.evidence.helpers import STOCKPILE, add_claim, add_user, token_for

REVIEWER = "reviewer-alice"
ACCEPT, REJECT = review.Decision.ACCEPT, review.Decision.REJECT


@pytest.fixture
def client(loaded_app: App) -> Iterator[TestClient]:
    with TestClient(create_app(loaded_app)) as test_client:
        yield test_client


def _source_of(client: TestClient, record_id: str, app: App) -> int:
    return int(review.show(app, record_id)["citations"][0]["source_id"])


def _public_bodies(client: TestClient, source_id: int, record_ids: list[str]) -> list[str]:
    paths = [
        f"/sources/{source_id}",
        f"/sources/{source_id}.json",
        f"/api/v1/sources/{source_id}",
        "/states/BLR",
        "/states/BLR.json",
        "/api/v1/states/BLR",
        "/search.json?q=belarus",
        *[f"/api/v1/records/{r}" for r in record_ids],
    ]
    return [client.get(p).text for p in paths]


def test_a_candidate_claim_is_not_public(loaded_app: App, client: TestClient) -> None:
    record_id = add_claim(loaded_app, STOCKPILE)
    source_id = _source_of(client, record_id, loaded_app)
    assert client.get(f"/api/v1/records/{record_id}").status_code == 404
    for path in (f"/sources/{source_id}.json", f"/api/v1/sources/{source_id}"):
        assert client.get(path).json()["citations"] == []
    assert all(STOCKPILE["evidence"] not in body for body in _public_bodies(client, source_id, []))


def test_a_rejected_claim_is_not_public(loaded_app: App, client: TestClient) -> None:
    record_id = add_claim(loaded_app, STOCKPILE)
    review.decide(loaded_app, record_id, review.Verdict(REJECT, 1, "wrong"), REVIEWER)
    assert client.get(f"/api/v1/records/{record_id}").status_code == 404
    source_id = _source_of(client, record_id, loaded_app)
    assert client.get(f"/sources/{source_id}.json").json()["citations"] == []


def test_an_accepted_claim_is_public_without_its_earlier_versions_or_names(
    loaded_app: App, client: TestClient
) -> None:
    record_id = add_claim(loaded_app, STOCKPILE)
    result = review.decide(loaded_app, record_id, review.Verdict(ACCEPT, 1), REVIEWER)
    body = client.get(f"/api/v1/records/{record_id}").json()
    assert [v["version"] for v in body["versions"]] == [2]
    assert {v["review_status"] for v in body["versions"]} == {"accepted"}
    source_id = _source_of(client, record_id, loaded_app)
    cited = client.get(f"/sources/{source_id}.json").json()["citations"]
    assert {c["record"] for c in cited} == {record_id, result["domain_record"]}
    for text in _public_bodies(client, source_id, [record_id, result["domain_record"]]):
        assert REVIEWER not in text and "test:extractor" not in text
        assert "recorded_by" not in text and "reviewer" not in text


def test_a_retracted_record_leaves_the_source_page(loaded_app: App, client: TestClient) -> None:
    record_id = add_claim(loaded_app, STOCKPILE)
    domain = review.decide(loaded_app, record_id, review.Verdict(ACCEPT, 1), REVIEWER)
    review.decide(loaded_app, record_id, review.Verdict(REJECT, 2, "retract"), REVIEWER)
    source_id = _source_of(client, record_id, loaded_app)
    assert client.get(f"/sources/{source_id}.json").json()["citations"] == []
    assert client.get(f"/api/v1/records/{domain['domain_record']}").status_code == 404


def _write(client: TestClient, token: str, record_id: str, **body: Any) -> Any:
    payload = {
        "base_version": None,
        "kind": "stockpile_figure",
        "iso3": "EST",
        "valid_from": "2025-01-01",
        "data": {"date": "2025-01-01", "destroyed": 10, "held": None, "retained": None},
        "citations": [{"source_id": 1, "quote": "q"}],
        "reason": "probe",
        **body,
    }
    return client.post(
        f"/api/v1/records/{record_id}/versions",
        json=payload,
        headers={"Authorization": f"Bearer {token}"},
    )


def test_claims_change_only_through_review(loaded_app: App, client: TestClient) -> None:
    record_id = add_claim(loaded_app, STOCKPILE)
    token = token_for(loaded_app, "ana", accounts.Role.REVIEWER, ["records:write"])
    claim = {"type": "use_allegation", "evidence": "analyst says so", "actor_iso3": "FIN"}
    response = _write(client, token, record_id, base_version=1, kind="claim", data=claim)
    assert response.status_code == 403
    # Nor by calling it something else, nor by writing the record a claim's review made.
    assert _write(client, token, record_id, base_version=1).status_code == 403
    assert _write(client, token, f"stockpile_figure:{record_id}").status_code == 403
    assert _write(client, token, "claim:new", kind="claim", data=claim).status_code == 403
    assert review.current_version(loaded_app, record_id) == 1


def test_a_direct_write_is_a_candidate_unless_the_writer_may_accept(
    loaded_app: App, client: TestClient
) -> None:
    analyst = token_for(loaded_app, "ana", accounts.Role.ANALYST, ["records:write"])
    assert _write(client, analyst, "stockpile_figure:direct").status_code == 201
    assert client.get("/api/v1/records/stockpile_figure:direct").status_code == 404
    assert client.get("/api/v1/states/EST").json()["stockpiles"] == []
    add_user(loaded_app, "rev", accounts.Role.REVIEWER)
    with loaded_app.engine.begin() as connection:
        both = ["records:write", "review:write"]
        reviewer = accounts.create_token(connection, "rev", both, "t", "test")
    accepted = _write(client, reviewer, "stockpile_figure:direct", base_version=1)
    assert accepted.status_code == 201
    (figure,) = client.get("/api/v1/states/EST").json()["stockpiles"]
    assert figure["record"] == "stockpile_figure:direct" and figure["destroyed"] == 10


def test_direct_writes_only_of_documented_kinds(loaded_app: App, client: TestClient) -> None:
    token = token_for(loaded_app, "ana", accounts.Role.ANALYST, ["records:write"])
    response = _write(client, token, "whatever:1", kind="whatever")
    assert response.status_code == 400 and response.json()["field"] == "kind"
