"""A direct write (``POST /api/v1/records/{id}/versions``) carries what the pages read of its
kind (``services.records.SHAPES``), or is a 400 naming the field and nothing is written. Before,
such a write was stored and then failed every page that read it: a ``treaty_event`` without
``event`` or an ``armed_conflict`` without ``start`` made the home page, ``/api/v1/status`` and
``/downloads`` answer 500 for everyone; a ``policy_version`` or ``casualty_figure`` without its
names broke the state's profile page, an ``indicator`` the overview."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from minewatch.app import App
from minewatch.services import accounts
from minewatch.web.app import create_app
from tests.evidence.helpers import token_for

from .faults import counts

PAGES = (
    "/",
    "/api/v1/status",
    "/downloads",
    "/states/EST",
    "/api/v1/states/EST",
    "/overview",
    "/api/v1/indicators",
)

REFUSED = [
    ("treaty_event", {"date": "2025-01-01"}, "data.event"),
    ("treaty_event", {"event": "joined", "date": "2025-01-01"}, "data.event"),
    ("treaty_event", {"event": "signature", "date": "garbage"}, "data.date"),
    ("armed_conflict", {"opposing": "RUS"}, "data.start"),
    ("armed_conflict", {"opposing": "RUS", "start": None}, "data.start"),
    ("armed_conflict", {"opposing": 1, "start": "2022"}, "data.opposing"),
    ("policy_version", {"date": "2025", "actor": "EST", "summary": "s"}, "data.instrument"),
    (
        "policy_version",
        {"date": "2025-02-30", "actor": None, "instrument": None, "summary": None},
        "data.date",
    ),
    ("casualty_figure", {"year": 2024}, "data.killed"),
    ("casualty_figure", {"year": "2024", "killed": 1, "injured": 1, "total": 2}, "data.year"),
    ("indicator", {"data_year": 2024, "value": 1, "unit": "mines"}, "data.indicator"),
    (
        "indicator",
        {"indicator": "x", "data_year": 2024, "value": "many", "unit": None},
        "data.value",
    ),
    ("stockpile_figure", {"date": "garbage"}, "data.date"),
    ("use_event", {"date": 2024}, "data.date"),
]

READABLE = [
    ("treaty_event", {"event": "signature", "date": "2025-01-01"}),
    ("treaty_event", {"event": "withdrawal_notice", "date": None}),
    ("armed_conflict", {"opposing": "RUS", "start": "2022-02-24", "end": None}),
    ("policy_version", {"date": "2025-01", "actor": "EST", "instrument": "law", "summary": "s"}),
    ("policy_version", {"date": None, "actor": None, "instrument": None, "summary": None}),
    ("casualty_figure", {"year": 2024, "killed": None, "injured": None, "total": None}),
    ("casualty_figure", {"year": 2024, "killed": 1, "injured": None, "total": 3}),
    ("indicator", {"indicator": "x", "data_year": 2024, "value": 1.5, "unit": "mines"}),
    ("indicator", {"indicator": None, "data_year": None, "value": None, "unit": None}),
    ("stockpile_figure", {}),
    ("use_event", {"date": "2024"}),
    ("depositary_listing", {}),
]


@pytest.fixture
def client(loaded_app: App) -> Iterator[TestClient]:
    with TestClient(create_app(loaded_app), raise_server_exceptions=False) as test_client:
        yield test_client


def _token(app: App) -> str:
    return token_for(app, "rita", accounts.Role.REVIEWER, ["records:write", "review:write"])


def _write(client: TestClient, token: str, kind: str, data: dict[str, Any]) -> Any:
    body = {
        "base_version": None,
        "kind": kind,
        "iso3": "EST",
        "valid_from": "2025-01-01",
        "data": data,
        "citations": [{"source_id": 1, "quote": "q"}],
        "reason": "probe",
    }
    headers = {"Authorization": f"Bearer {token}"}
    return client.post(f"/api/v1/records/{kind}:probe/versions", json=body, headers=headers)


@pytest.mark.parametrize(
    ("kind", "data", "field"), REFUSED, ids=[f"{k}-{f}" for k, _, f in REFUSED]
)
def test_data_the_pages_cannot_read_is_refused(
    loaded_app: App, client: TestClient, kind: str, data: dict[str, Any], field: str
) -> None:
    token = _token(loaded_app)
    before = counts(loaded_app.engine)
    response = _write(client, token, kind, data)
    assert response.status_code == 400, response.text
    assert response.json()["field"] == field
    assert counts(loaded_app.engine) == before
    assert [p for p in PAGES if client.get(p).status_code != 200] == []


@pytest.mark.parametrize(("kind", "data"), READABLE, ids=[k for k, _ in READABLE])
def test_data_of_the_kind_is_written_and_every_page_still_reads(
    loaded_app: App, client: TestClient, kind: str, data: dict[str, Any]
) -> None:
    assert _write(client, _token(loaded_app), kind, data).status_code == 201
    assert [p for p in PAGES if client.get(p).status_code != 200] == []
