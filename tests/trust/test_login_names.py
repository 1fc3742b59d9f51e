"""A user name is found by its login key (``domain.values.username_key``: NFKC, then case
folding), not by its exact code points, on both backends: a name stored with a decomposed "é"
(e + U+0301) logs in typed with the composed one and the other way round, in the web login,
the sessions that follow it, the login throttle and ``user token``. The name stays exactly as
stored, and it is what the session, the token and the audit log name."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from minewatch.app import App
from minewatch.domain.errors import Throttled, Unauthenticated
from minewatch.services import accounts, sessions
from minewatch.storage.tables import audit_log, users
from minewatch.web.app import create_app
from tests.support.cli import invoke, use_database

PASSWORD = "a long passphrase"
COMPOSED = "Ren\u00e9e"  # é as one code point (NFC)
DECOMPOSED = unicodedata.normalize("NFD", COMPOSED)  # e + U+0301

FORMS = [
    (DECOMPOSED, COMPOSED),
    (COMPOSED, DECOMPOSED),
    (COMPOSED, "REN\u00c9E"),
    ("rita", "\uff52ita"),  # a full-width "r" typed
]


@pytest.fixture
def client(empty_app: App) -> Iterator[TestClient]:
    empty_app.settings = empty_app.settings.model_copy(update={"secret_key": "test-secret"})
    with TestClient(create_app(empty_app), follow_redirects=False) as test_client:
        yield test_client


def _add(app: App, name: str, role: accounts.Role = accounts.Role.REVIEWER) -> None:
    with app.engine.begin() as connection:
        accounts.add_user(connection, name, PASSWORD, role, "test:setup")


def _stored(app: App) -> list[str]:
    with app.engine.connect() as connection:
        return list(connection.execute(select(users.c.username)).scalars())


@pytest.mark.parametrize(("stored", "typed"), FORMS)
def test_the_web_login_takes_the_name_in_another_form(
    client: TestClient, empty_app: App, stored: str, typed: str
) -> None:
    assert stored != typed
    _add(empty_app, stored)
    form = {"username": typed, "password": PASSWORD, "next": "/review"}
    assert client.post("/login", data=form).status_code == 303
    assert client.get("/review").status_code == 200  # the session holds on the next request
    who = sessions.principal(empty_app, client.cookies.get(sessions.COOKIE_NAME))
    assert who.username == stored and who.role is accounts.Role.REVIEWER
    assert _stored(empty_app) == [stored]  # nothing stored was rewritten
    with empty_app.engine.connect() as connection:
        audited = connection.execute(
            select(audit_log.c.actor).where(audit_log.c.action == "session.create")
        ).scalars()
        assert list(audited) == [stored]


def test_a_wrong_password_still_fails_in_every_form(empty_app: App) -> None:
    _add(empty_app, DECOMPOSED)
    for typed in (COMPOSED, DECOMPOSED, "Renee", "Rene"):
        with pytest.raises(Unauthenticated):
            sessions.login(empty_app, typed, "wrong password!", address=f"10.0.0.{len(typed)}")
    # an unaccented name is another name, not a form of this one
    with pytest.raises(Unauthenticated):
        sessions.login(empty_app, "Renee", PASSWORD, address="10.0.1.1")


def test_failures_in_other_forms_count_against_the_same_account(empty_app: App) -> None:
    """The per-user throttle cannot be sidestepped by typing the name in another form: each
    failure is audited against the name as stored."""
    _add(empty_app, COMPOSED)
    typed = [DECOMPOSED, COMPOSED, "REN\u00c9E", "ren\u00e9e", "RENE\u0301E"]
    assert len(typed) == sessions.MAX_FAILURES_PER_USER
    for n, name in enumerate(typed):
        with pytest.raises(Unauthenticated):
            sessions.login(empty_app, name, "wrong password!", address=f"10.0.0.{n}")
    with pytest.raises(Throttled):
        sessions.login(empty_app, COMPOSED, PASSWORD, address="10.0.9.9")
    with empty_app.engine.connect() as connection:
        targets = connection.execute(
            select(audit_log.c.target).where(audit_log.c.action == "session.fail")
        ).scalars()
        assert set(targets) == {f"user:{COMPOSED}"}


@pytest.mark.parametrize(("stored", "typed"), FORMS[:2])
def test_user_token_finds_the_user_in_another_form(
    empty_app: App, monkeypatch: pytest.MonkeyPatch, stored: str, typed: str
) -> None:
    use_database(empty_app, monkeypatch)
    assert invoke("user", "add", stored, "--role", "analyst", "--password", PASSWORD)[0] == 0
    code, output, error = invoke("user", "token", typed, "--scope", "records:write")
    assert code == 0, error
    with empty_app.engine.connect() as connection:
        who = accounts.principal_for_token(connection, output.strip())
        created = connection.execute(
            select(audit_log.c.target).where(audit_log.c.action == "token.create")
        ).scalar_one()
    assert who.username == stored and who.allows("records:write")
    assert created == f"user:{stored}:api"
    # a name of no user is still refused, in one line
    code, _, error = invoke("user", "token", "nobody", "--scope", "records:write")
    assert (
        code == 2 and error.strip() == "error (invalid_input): field 'username': no user 'nobody'"
    )
    assert _stored(empty_app) == [stored]
