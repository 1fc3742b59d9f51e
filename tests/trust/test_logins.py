"""F9, F10, F11, F19: logout ends the session on the server; logins are throttled per user and
per address and failures are audited; an unknown user costs the same password check; tokens
expire; the admin scope means something; a form posted from another site is refused."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from minewatch.app import App
from minewatch.domain.errors import Throttled, Unauthenticated
from minewatch.services import accounts, sessions
from minewatch.services.clock import utc_now
from minewatch.storage.tables import audit_log
from minewatch.web.app import create_app
from tests.evidence.helpers import PASSWORD, STOCKPILE, add_claim, add_user


@pytest.fixture
def client(loaded_app: App) -> Iterator[TestClient]:
    loaded_app.settings = loaded_app.settings.model_copy(update={"secret_key": "test-secret"})
    with TestClient(create_app(loaded_app), follow_redirects=False) as test_client:
        yield test_client


def _login(client: TestClient, username: str, password: str = PASSWORD) -> int:
    form = {"username": username, "password": password, "next": "/review"}
    return client.post("/login", data=form).status_code


def test_a_logged_out_cookie_no_longer_works(client: TestClient, loaded_app: App) -> None:
    add_user(loaded_app, "rita", accounts.Role.REVIEWER)
    assert _login(client, "rita") == 303
    saved = client.cookies.get(sessions.COOKIE_NAME)
    page = client.get("/review").text
    csrf = re.search(r'name="csrf" value="([^"]+)"', page)
    assert csrf is not None
    assert client.post("/logout", data={"csrf": csrf.group(1)}).status_code == 303
    client.cookies.set(sessions.COOKIE_NAME, saved or "")
    assert client.get("/review").status_code == 303  # back to the login page
    with pytest.raises(Unauthenticated):
        sessions.principal(loaded_app, saved)


def test_logins_are_throttled_per_user(loaded_app: App) -> None:
    add_user(loaded_app, "rita", accounts.Role.REVIEWER)
    for _ in range(sessions.MAX_FAILURES_PER_USER):
        with pytest.raises(Unauthenticated):
            sessions.login(loaded_app, "rita", "wrong password!", address="10.0.0.1")
    with pytest.raises(Throttled) as caught:
        sessions.login(loaded_app, "rita", PASSWORD, address="10.0.0.2")
    assert 0 < caught.value.retry_after <= sessions.FAILURE_WINDOW.total_seconds()
    later = utc_now() + sessions.FAILURE_WINDOW + timedelta(seconds=1)
    assert sessions.login(loaded_app, "rita", PASSWORD, address="10.0.0.2", at=later)


def test_logins_are_throttled_per_address(loaded_app: App) -> None:
    add_user(loaded_app, "rita", accounts.Role.REVIEWER)
    for n in range(sessions.MAX_FAILURES_PER_ADDRESS):
        with pytest.raises(Unauthenticated):
            sessions.login(loaded_app, f"guess{n}", "wrong password!", address="10.0.0.9")
    with pytest.raises(Throttled):
        sessions.login(loaded_app, "rita", PASSWORD, address="10.0.0.9")
    assert sessions.login(loaded_app, "rita", PASSWORD, address="10.0.0.10")


def test_failed_logins_are_audited(loaded_app: App) -> None:
    add_user(loaded_app, "rita", accounts.Role.REVIEWER)
    with pytest.raises(Unauthenticated):
        sessions.login(loaded_app, "rita", "wrong password!", address="10.0.0.1")
    with pytest.raises(Unauthenticated):
        sessions.login(loaded_app, "nobody", "wrong password!", address="10.0.0.1")
    with loaded_app.engine.connect() as connection:
        rows = connection.execute(
            select(audit_log.c.actor, audit_log.c.target).where(
                audit_log.c.action == "session.fail"
            )
        ).all()
    assert [tuple(r) for r in rows] == [
        ("web:10.0.0.1", "user:rita"),
        ("web:10.0.0.1", "user:nobody"),
    ]


def test_an_unknown_user_costs_the_same_password_check(
    loaded_app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_user(loaded_app, "rita", accounts.Role.REVIEWER)
    checked: list[str] = []
    real = accounts.verify_password

    def verify(hashed: str, password: str) -> bool:
        checked.append(hashed)
        return real(hashed, password)

    monkeypatch.setattr(accounts, "verify_password", verify)
    for name in ("rita", "nobody"):
        with pytest.raises(Unauthenticated):
            sessions.login(loaded_app, name, "wrong password!", address="10.0.0.1")
    assert len(checked) == 2 and all(h.startswith("$argon2id$") for h in checked)


def test_tokens_expire(loaded_app: App) -> None:
    add_user(loaded_app, "ana", accounts.Role.ANALYST)
    with loaded_app.engine.begin() as connection:
        old = accounts.create_token(
            connection, "ana", ["records:write"], "t", "t", expires_at=utc_now() - timedelta(1)
        )
        fresh = accounts.create_token(
            connection, "ana", ["records:write"], "t", "t", expires_at=utc_now() + timedelta(1)
        )
    with loaded_app.engine.connect() as connection:
        with pytest.raises(Unauthenticated, match="expired"):
            accounts.principal_for_token(connection, old)
        assert accounts.principal_for_token(connection, fresh).username == "ana"


def test_the_admin_scope_opens_what_an_admin_may_do(client: TestClient, loaded_app: App) -> None:
    add_user(loaded_app, "root", accounts.Role.ADMIN)
    with loaded_app.engine.begin() as connection:
        token = accounts.create_token(connection, "root", ["admin"], "t", "t")
    auth = {"Authorization": f"Bearer {token}"}
    assert client.get("/api/v1/review/candidates", headers=auth).status_code == 200
    record_id = add_claim(loaded_app, STOCKPILE)
    decided = client.post(
        f"/api/v1/review/candidates/{record_id}",
        json={"decision": "accept", "base_version": 1},
        headers=auth,
    )
    assert decided.status_code == 200


@pytest.mark.parametrize("origin", ["https://evil.example", "null"])
def test_a_form_from_another_site_is_refused(
    client: TestClient, loaded_app: App, origin: str
) -> None:
    add_user(loaded_app, "rita", accounts.Role.REVIEWER)
    form = {"username": "rita", "password": PASSWORD}
    response = client.post("/login", data=form, headers={"Origin": origin})
    assert response.status_code == 403
    same = client.post("/login", data=form, headers={"Origin": "http://testserver"})
    assert same.status_code == 303
