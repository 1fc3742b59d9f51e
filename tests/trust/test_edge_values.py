"""F5, F6, F7: values are checked by kind at the edge. Huge integers, NaN/Infinity, NUL bytes,
over-long fields and timestamps that overflow are one 400 problem naming the field, the same on
both backends; nothing is written; a stored odd value cannot break a page; bodies over the limit
answer 413."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from minewatch.app import App
from minewatch.domain.errors import InvalidInput
from minewatch.services import accounts, ingest, review
from minewatch.web import limits
from minewatch.web.app import create_app
from minewatch.web.templating import environment
from tests.evidence.helpers import STOCKPILE, add_claim, token_for

from .faults import counts

BIG = 2**63


@pytest.fixture
def client(loaded_app: App) -> Iterator[TestClient]:
    with TestClient(create_app(loaded_app), raise_server_exceptions=False) as test_client:
        yield test_client


def _problem(response: Any, field: str) -> None:
    assert response.status_code == 400, response.text
    body = response.json()
    assert body["code"] in ("invalid_input", "invalid_date") and body["field"] == field, body


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/status?known_at=0001-01-01T00:00:00%2B14:00",
        "/api/v1/status?known_at=9999-12-31T23:59:59-14:00",
        "/api/v1/indicators?known_at=0001-01-01T00:00:00%2B14:00",
        "/states.json?known_at=0001-01-01T00:00:00%2B14:00",
    ],
)
def test_timestamps_that_overflow_are_a_400(client: TestClient, path: str) -> None:
    _problem(client.get(path), "known_at")


@pytest.mark.parametrize(
    "path", [f"/api/v1/sources/{BIG}", f"/sources/{BIG}.json", "/api/v1/sources/" + "9" * 30]
)
def test_ids_beyond_64_bits_are_not_found(client: TestClient, path: str) -> None:
    assert client.get(path).status_code in (400, 404)


@pytest.mark.parametrize("path", ["/api/v1/records/a%00b", "/api/v1/records/" + "x" * 300])
def test_odd_record_ids_are_refused_without_a_server_error(client: TestClient, path: str) -> None:
    assert client.get(path).status_code in (400, 404)


DATA: dict[str, object] = {"date": "2025-01-01", "destroyed": 1, "held": None, "retained": None}
BASE = {
    "base_version": None,
    "kind": "stockpile_figure",
    "iso3": "EST",
    "valid_from": "2025-01-01",
    "data": DATA,
    "citations": [{"source_id": 1, "quote": "q"}],
    "reason": "probe",
}
BAD_BODIES = [
    ({"citations": [{"source_id": BIG, "quote": "q"}]}, "citations.0.source_id"),
    ({"citations": [{"source_id": 2**70, "quote": "q"}]}, "citations.0.source_id"),
    ({"base_version": 10**30}, "base_version"),
    ({"data": {**DATA, "n": 10**30}}, "data.n"),
    ({"data": {**DATA, "destroyed": "1e999"}}, "data.destroyed"),
    ({"data": {**DATA, "destroyed": -5}}, "data.destroyed"),
    ({"data": {**DATA, "note": "a\x00b"}}, "data.note"),
    ({"citations": [{"source_id": 1, "quote": "a\x00b"}]}, "citations.0.quote"),
    ({"reason": "r\x00"}, "reason"),
    ({"reason": "r" * 5000}, "reason"),
]


@pytest.mark.parametrize(("change", "field"), BAD_BODIES, ids=[f for _, f in BAD_BODIES])
def test_bad_values_in_a_write_name_the_field(
    loaded_app: App, client: TestClient, change: dict[str, Any], field: str
) -> None:
    token = token_for(loaded_app, "ana", accounts.Role.ANALYST, ["records:write"])
    before = counts(loaded_app.engine)
    response = client.post(
        "/api/v1/records/stockpile_figure:edge/versions",
        json={**BASE, **change},
        headers={"Authorization": f"Bearer {token}"},
    )
    _problem(response, field)
    assert counts(loaded_app.engine) == before


@pytest.mark.parametrize("raw", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_in_json_are_refused(
    loaded_app: App, client: TestClient, raw: str
) -> None:
    token = token_for(loaded_app, "ana", accounts.Role.ANALYST, ["records:write"])
    before = counts(loaded_app.engine)
    text = '{"base_version":null,"kind":"stockpile_figure","data":{"destroyed":' + raw + "},"
    text += '"citations":[{"source_id":1,"quote":"q"}],"reason":"r"}'
    response = client.post(
        "/api/v1/records/stockpile_figure:nan/versions",
        content=text,
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
    )
    assert response.status_code == 400
    assert counts(loaded_app.engine) == before
    assert client.get("/api/v1/records/stockpile_figure:nan").status_code == 404


@pytest.mark.parametrize(
    ("edits", "field"),
    [
        ({"killed": 10**30}, "edits.killed"),
        ({"quantity": "nan"}, "edits.quantity"),
        ({"quantity": "inf"}, "edits.quantity"),
        ({"location": "x\x00y"}, "edits.location"),
    ],
)
def test_review_edits_are_checked(loaded_app: App, edits: dict[str, Any], field: str) -> None:
    record_id = add_claim(loaded_app, STOCKPILE)
    with pytest.raises(InvalidInput) as caught:
        review.decide(
            loaded_app, record_id, review.Verdict(review.Decision.ACCEPT, 1, "", edits), "t:r"
        )
    assert caught.value.where.field == field


@pytest.mark.parametrize("odd", [float("inf"), float("nan"), "1e999", "lots", 10**30])
def test_a_stored_odd_figure_cannot_break_a_page(odd: object) -> None:
    number = environment().filters["number"]
    assert isinstance(number(odd), str)


def test_a_body_over_the_limit_is_413(loaded_app: App, client: TestClient) -> None:
    token = token_for(loaded_app, "ana", accounts.Role.ANALYST, ["records:write"])
    big = {**BASE, "data": {**DATA, "note": "x" * (limits.MAX_JSON_BODY + 10)}}
    response = client.post(
        "/api/v1/records/stockpile_figure:big/versions",
        json=big,
        headers={"Authorization": f"Bearer {token}"},
    )
    assert response.status_code == 413 and response.json()["code"] == "payload_too_large"
    login = client.post("/login", content=b"a=" + b"x" * (limits.MAX_FORM_BODY + 10))
    assert login.status_code == 413


def test_a_document_over_the_limit_is_reported_and_skipped(
    loaded_app: App, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ingest, "MAX_DOCUMENT_BYTES", 1000)
    big = tmp_path / "big.txt"
    big.write_text("Belarus destroyed 78 mines on 5 April 2017. " * 100)
    before = counts(loaded_app.engine)
    report = ingest.ingest(loaded_app, [big], "test:limit")
    assert [f.code for f in report.failures] == ["payload_too_large"]
    assert counts(loaded_app.engine) == before
