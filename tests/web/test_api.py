"""The JSON API through the ASGI app in process, on both backends."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select, update

from minewatch.app import App
from minewatch.services import accounts
from minewatch.storage.tables import audit_log, sources, users
from minewatch.web.app import create_app


@pytest.fixture
def client(loaded_app: App) -> Iterator[TestClient]:
    with TestClient(create_app(loaded_app)) as test_client:
        yield test_client


def test_status_contract(client: TestClient) -> None:
    body = client.get("/api/v1/status", params={"as_of": "2026-02-03"}).json()
    assert body["as_of"] == "2026-02-03"
    assert (body["states_parties"], body["in_force"], body["withdrawn"]) == (162, 162, 4)
    assert (body["signatories_not_ratified"], body["non_signatories"]) == (0, 31)
    poland = next(s for s in body["states"] if s["iso3"] == "POL")
    assert set(poland) == {"iso3", "name", "status", "in_force", "sources"}
    assert poland["status"] == "withdrawal_pending" and poland["in_force"] is True


def test_status_changes_with_the_date(client: TestClient) -> None:
    before = client.get("/api/v1/status?as_of=2026-01-09").json()
    after = client.get("/api/v1/status?as_of=2026-01-10").json()
    assert before["states_parties"] - after["states_parties"] == 1


@pytest.mark.parametrize("bad", ["2026-02-30", "yesterday", "2026-02"])
def test_malformed_date_is_a_clear_problem(client: TestClient, bad: str) -> None:
    response = client.get("/api/v1/status", params={"as_of": bad})
    assert response.status_code == 400
    assert response.headers["content-type"] == "application/problem+json"
    problem = response.json()
    assert problem["code"] == "invalid_date" and problem["field"] == "as_of"


def test_malformed_known_at_is_a_clear_problem(client: TestClient) -> None:
    problem = client.get("/api/v1/status?known_at=soon").json()
    assert (problem["code"], problem["field"]) == ("invalid_date", "known_at")


def test_unknown_iso3_is_not_found(client: TestClient) -> None:
    response = client.get("/api/v1/states/XYZ")
    assert response.status_code == 404
    assert response.json()["code"] == "not_found"
    assert "XYZ" in response.json()["detail"]


def test_state_profile_has_sources_for_everything(client: TestClient) -> None:
    body = client.get("/api/v1/states/USA?as_of=2026-06-01").json()
    assert body["standing"]["status"] == "non_signatory"
    assert [p["date"] for p in body["policies"]][-3:] == ["2022-06-21", "2024-11-20", "2025-12-02"]
    assert all(p["citations"] for p in body["policies"])
    figures = body["stockpiles"] + body["use_events"] + body["casualties"]
    assert all(f["citations"] and f["citations"][0]["url"] for f in figures)
    assert {f["value"] for f in body["stockpiles"]} >= {3000000}  # the 2014 US statement


def test_source_lists_every_record_citing_it(client: TestClient, loaded_app: App) -> None:
    with loaded_app.engine.connect() as connection:
        untc = connection.execute(
            select(sources.c.id).where(sources.c.url.like("https://treaties.un.org/%"))
        ).scalar_one()
    body = client.get(f"/api/v1/sources/{untc}").json()
    assert body["kind"] == "depositary"
    assert {c["iso3"] for c in body["citations"]} >= {"FIN", "USA", "MHL"}
    assert client.get("/api/v1/sources/999999").status_code == 404


def test_openapi_lists_the_api(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/v1/status", "/api/v1/states/{iso3}", "/api/v1/sources/{source_id}"} <= set(paths)


def _token(app: App, username: str, role: accounts.Role, scopes: list[str]) -> str:
    with app.engine.begin() as connection:
        accounts.add_user(connection, username, "correct horse battery", role, "test")
        return accounts.create_token(connection, username, scopes, "test", "test")


VERSION = {
    "base_version": None,
    "kind": "stockpile_figure",
    "iso3": "GRC",
    "valid_from": "2024",
    "data": {"held": 325413, "unit": "mines"},
    "citations": [{"source_id": 1, "quote": "Greece 325,413"}],
    "reason": "from the ICBL statement",
}


def test_writes_need_a_token_with_the_right_scope(client: TestClient, loaded_app: App) -> None:
    url = "/api/v1/records/stockpile:GRC:2024/versions"
    assert client.post(url, json=VERSION).json()["code"] == "unauthenticated"
    bad = client.post(url, json=VERSION, headers={"Authorization": "Bearer mw_nope"})
    assert bad.status_code == 401
    with loaded_app.engine.begin() as connection:
        accounts.add_user(connection, "vic", "correct horse battery", accounts.Role.VIEWER, "t")
        with pytest.raises(Exception, match="cannot hold scope"):
            accounts.create_token(connection, "vic", ["records:write"], "x", "t")


def test_versioned_write_and_conflict_over_http(client: TestClient, loaded_app: App) -> None:
    # A writer who may accept publishes at once (an analyst's direct write is a candidate).
    scopes = ["records:write", "review:write"]
    token = _token(loaded_app, "ana", accounts.Role.REVIEWER, scopes)
    auth = {"Authorization": f"Bearer {token}"}
    url = "/api/v1/records/stockpile:GRC:2024/versions"
    first = client.post(url, json=VERSION, headers=auth)
    assert (first.status_code, first.json()["version"]) == (201, 1)
    stale = client.post(url, json=VERSION | {"data": {"held": 1}}, headers=auth)
    assert stale.status_code == 409
    assert stale.json()["code"] == "version_conflict"
    assert stale.json()["current_version"] == 1
    second = client.post(url, json=VERSION | {"base_version": 1, "data": {"held": 2}}, headers=auth)
    assert second.json()["version"] == 2
    history = client.get("/api/v1/records/stockpile:GRC:2024").json()["versions"]
    assert [v["data"]["held"] for v in history] == [325413, 2]
    assert "recorded_by" not in history[1]
    profile = client.get("/api/v1/states/GRC").json()
    (edited,) = [s for s in profile["stockpiles"] if s["record"] == "stockpile:GRC:2024"]
    assert edited["held"] == 2
    with loaded_app.engine.connect() as connection:
        actors = connection.execute(
            select(audit_log.c.actor).where(audit_log.c.target == "stockpile:GRC:2024")
        ).scalars()
        assert list(actors) == ["ana", "ana"]


def test_bad_write_body_names_the_field(client: TestClient, loaded_app: App) -> None:
    token = _token(loaded_app, "ana", accounts.Role.ANALYST, ["records:write"])
    auth = {"Authorization": f"Bearer {token}"}
    url = "/api/v1/records/stockpile:XYZ:2024/versions"
    unknown_state = client.post(url, json=VERSION | {"iso3": "XYZ"}, headers=auth).json()
    assert (unknown_state["code"], unknown_state["field"]) == ("invalid_input", "iso3")
    bad_date = client.post(url, json=VERSION | {"valid_from": "2024-13"}, headers=auth).json()
    assert (bad_date["code"], bad_date["field"]) == ("invalid_date", "valid_from")
    no_cites = client.post(url, json=VERSION | {"citations": []}, headers=auth).json()
    assert no_cites["code"] == "invalid_input" and no_cites["field"] == "citations"
    assert client.get("/api/v1/records/stockpile:XYZ:2024").status_code == 404


def test_a_demoted_users_token_loses_its_write_scope(client: TestClient, loaded_app: App) -> None:
    """Scopes are capped by the user's role at the time of use, not when the token was made."""
    token = _token(loaded_app, "dem", accounts.Role.ANALYST, ["records:write"])
    auth = {"Authorization": f"Bearer {token}"}
    url = "/api/v1/records/stockpile:GRC:2024/versions"
    assert client.post(url, json=VERSION, headers=auth).status_code == 201
    with loaded_app.engine.begin() as connection:
        connection.execute(update(users).where(users.c.username == "dem").values(role="viewer"))
        assert not accounts.principal_for_token(connection, token).allows("records:write")
    again = client.post(url, json=VERSION | {"base_version": 1, "data": {"held": 9}}, headers=auth)
    assert (again.status_code, again.json()["code"]) == (403, "permission_denied")
