"""Review over HTTP, in process on both backends: the API with tokens, the page with a login."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from minewatch.app import App
from minewatch.services import review
from minewatch.services.accounts import Role

from .helpers import FINLAND, PASSWORD, STOCKPILE, add_claim, add_user, token_for

API = "/api/v1/review/candidates"


def _bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_the_review_api_needs_a_reviewer_token(client: TestClient, loaded_app: App) -> None:
    record_id = add_claim(loaded_app, STOCKPILE)
    assert client.get(API).status_code == 401
    body = {"decision": "accept", "base_version": 1}
    assert client.post(f"{API}/{record_id}", json=body).status_code == 401
    viewer = token_for(loaded_app, "vera", Role.VIEWER, [])
    analyst = token_for(loaded_app, "ana", Role.ANALYST, ["records:write"])
    for token in (viewer, analyst):
        response = client.get(API, headers=_bearer(token))
        assert response.status_code == 403 and response.json()["code"] == "permission_denied"
        assert (
            client.post(f"{API}/{record_id}", json=body, headers=_bearer(token)).status_code == 403
        )
    assert review.queue(loaded_app)["candidates"][0]["version"] == 1


def test_the_review_api_round_trip_and_conflict(client: TestClient, loaded_app: App) -> None:
    headers = _bearer(token_for(loaded_app, "rita", Role.REVIEWER, ["review:write"]))
    record_id = add_claim(loaded_app, FINLAND)
    (listed,) = client.get(API, headers=headers).json()["candidates"]
    assert listed["record"] == record_id and listed["evidence"] == FINLAND["evidence"]
    assert "treaty:FIN:withdrawal_notice" in {c["record"] for c in listed["contradicts"]}
    edits = {"date": "2025-04-01"}
    body = {"decision": "accept", "base_version": 1, "reason": "dated", "edits": edits}
    accepted = client.post(f"{API}/{record_id}", json=body, headers=headers)
    assert accepted.status_code == 200, accepted.text
    assert accepted.json()["review_status"] == "accepted"
    again = client.post(f"{API}/{record_id}", json={**body, "edits": {}}, headers=headers)
    assert again.status_code == 409 and again.json()["code"] == "version_conflict"
    assert again.json()["current_version"] == 2
    shown = client.get(f"{API}/{record_id}", headers=headers).json()
    assert shown["date"] == "2025-04-01" and shown["review"]["reviewer"] == "rita"
    assert client.get(API, headers=headers).json()["candidates"] == []


def test_the_review_api_names_a_bad_field(client: TestClient, loaded_app: App) -> None:
    headers = _bearer(token_for(loaded_app, "rita", Role.REVIEWER, ["review:write"]))
    record_id = add_claim(loaded_app, FINLAND)
    body = {"decision": "accept", "base_version": 1, "edits": {"date": "soon"}}
    problem = client.post(f"{API}/{record_id}", json=body, headers=headers).json()
    assert (problem["status"], problem["field"]) == (400, "edits.date")
    problem = client.post(
        f"{API}/{record_id}", json={"decision": "maybe", "base_version": 1}, headers=headers
    ).json()
    assert problem["code"] == "invalid_input" and problem["field"] == "decision"
    assert client.get(f"{API}/claim:none", headers=headers).status_code == 404


def _login(client: TestClient, username: str, password: str = PASSWORD) -> None:
    form = {"username": username, "password": password, "next": "/review"}
    response = client.post("/login", data=form, follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/review"
    cookie = response.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=lax" in cookie


def _csrf(page: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', page)
    assert found is not None
    return found.group(1)


def test_the_review_page_needs_a_login(client: TestClient, loaded_app: App) -> None:
    response = client.get("/review", follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/login?next=/review"
    add_user(loaded_app, "rita", Role.REVIEWER)
    wrong = client.post("/login", data={"username": "rita", "password": "nope"})
    assert wrong.status_code == 401 and "wrong password" in wrong.text
    add_user(loaded_app, "vera", Role.VIEWER)
    _login(client, "vera")
    assert client.get("/review").status_code == 403


def test_a_reviewer_accepts_with_an_edit_through_the_page(
    client: TestClient, loaded_app: App
) -> None:
    add_user(loaded_app, "rita", Role.REVIEWER)
    record_id = add_claim(loaded_app, FINLAND)
    _login(client, "rita")
    page = client.get("/review")
    shown = re.sub(r"</?mark[^>]*>", "", page.text)  # the figures are highlighted
    assert page.status_code == 200 and FINLAND["evidence"] in shown
    assert '<mark class="figure">2024</mark>' in page.text
    assert "2025-07-10" in page.text  # the contradiction, named on the page
    form = {
        "csrf": _csrf(page.text),
        "base_version": "1",
        "decision": "accept",
        "reason": "dated by the depositary",
        "type": "treaty_action",
        "actor_iso3": "FIN",
        "date": "2025-07-10",
        "action": "withdrawal_notified",
        "location": "",
        "killed": "",
    }
    done = client.post(f"/review/{record_id}", data=form, follow_redirects=False)
    assert done.status_code == 303, done.text
    decided = review.show(loaded_app, record_id)
    assert decided["review_status"] == "accepted" and decided["review"]["reviewer"] == "rita"
    assert set(decided["review"]["edits"]) == {"date", "action"}
    assert "Nothing waits for review" in client.get(done.headers["location"]).text


def test_a_stale_form_shows_the_conflict_and_writes_nothing(
    client: TestClient, loaded_app: App
) -> None:
    add_user(loaded_app, "rita", Role.REVIEWER)
    record_id = add_claim(loaded_app, STOCKPILE)
    _login(client, "rita")
    csrf = _csrf(client.get("/review").text)
    review.decide(loaded_app, record_id, review.Verdict(review.Decision.ACCEPT, 1), "someone")
    form = {"csrf": csrf, "base_version": "1", "decision": "reject", "reason": "no"}
    response = client.post(f"/review/{record_id}", data=form)
    assert response.status_code == 409 and "version 2" in response.text
    assert review.show(loaded_app, record_id)["review_status"] == "accepted"


def test_a_form_without_the_session_token_is_refused(client: TestClient, loaded_app: App) -> None:
    add_user(loaded_app, "rita", Role.REVIEWER)
    record_id = add_claim(loaded_app, STOCKPILE)
    _login(client, "rita")
    form = {"csrf": "forged", "base_version": "1", "decision": "accept"}
    assert client.post(f"/review/{record_id}", data=form).status_code == 403
    assert review.show(loaded_app, record_id)["review_status"] == "candidate"


def test_a_tampered_session_is_no_session(client: TestClient, loaded_app: App) -> None:
    add_user(loaded_app, "rita", Role.REVIEWER)
    _login(client, "rita")
    cookie = client.cookies["minewatch_session"]
    for value, status in ((cookie, 200), (cookie[:-1] + ("0" if cookie[-1] != "0" else "1"), 303)):
        client.cookies.clear()
        client.cookies.set("minewatch_session", value)
        assert client.get("/review", follow_redirects=False).status_code == status


def test_logout_ends_the_session(client: TestClient, loaded_app: App) -> None:
    add_user(loaded_app, "rita", Role.REVIEWER)
    _login(client, "rita")
    csrf = _csrf(client.get("/review").text)
    assert client.post("/logout", data={"csrf": csrf}, follow_redirects=False).status_code == 303
    assert client.get("/review", follow_redirects=False).status_code == 303


@pytest.mark.parametrize("target", ["//evil.example/", "https://evil.example/", "/\\evil"])
def test_login_never_sends_you_off_site(client: TestClient, loaded_app: App, target: str) -> None:
    add_user(loaded_app, "rita", Role.REVIEWER)
    form = {"username": "rita", "password": PASSWORD, "next": target}
    response = client.post("/login", data=form, follow_redirects=False)
    assert response.headers["location"] == "/review"
