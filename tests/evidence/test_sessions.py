"""Login sessions: where the signing key comes from, expiry, and accounts that change."""

from __future__ import annotations

import stat
import time
from fnmatch import fnmatch
from pathlib import Path

import pytest
from sqlalchemy import update

from minewatch.app import App
from minewatch.domain.errors import Unauthenticated
from minewatch.services import sessions
from minewatch.services.accounts import Role
from minewatch.settings import Settings
from minewatch.storage.tables import users

from .helpers import PASSWORD, add_user


def test_the_configured_key_wins(loaded_app: App) -> None:
    loaded_app.settings = Settings(database_url="unused", secret_key="from the environment")
    assert sessions.secret_key(loaded_app) == b"from the environment"


def test_without_a_setting_a_key_is_made_once_and_kept_private(
    loaded_app: App, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    path = sessions.key_path(loaded_app)
    assert not path.exists()
    first = sessions.secret_key(loaded_app)
    assert len(first) == 32 and path.exists()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    loaded_app.caches.clear()  # a restarted server, or another worker
    assert sessions.secret_key(loaded_app) == first
    if loaded_app.engine.dialect.name == "sqlite":
        assert path.name.endswith(".db.secret")
        # `make run` leaves minewatch.db.secret in the checkout: git must never offer it
        patterns = (Path(__file__).parents[2] / ".gitignore").read_text().split()
        assert any(fnmatch(path.name, pattern) for pattern in patterns), path.name
    else:
        assert str(path).startswith(str(tmp_path))


def test_a_session_names_its_user_and_expires(loaded_app: App) -> None:
    loaded_app.settings = loaded_app.settings.model_copy(update={"secret_key": "k"})
    add_user(loaded_app, "rita", Role.REVIEWER)
    now = time.time()
    cookie = sessions.login(loaded_app, "rita", PASSWORD, now=now)
    who = sessions.principal(loaded_app, cookie, now=now + 60)
    assert (who.username, who.role) == ("rita", Role.REVIEWER) and "review:write" in who.scopes
    with pytest.raises(Unauthenticated, match="expired"):
        sessions.principal(loaded_app, cookie, now=now + sessions.SESSION_SECONDS + 1)


def test_a_disabled_user_loses_the_session_at_once(loaded_app: App) -> None:
    loaded_app.settings = loaded_app.settings.model_copy(update={"secret_key": "k"})
    add_user(loaded_app, "rita", Role.REVIEWER)
    cookie = sessions.login(loaded_app, "rita", PASSWORD)
    with loaded_app.engine.begin() as connection:
        connection.execute(update(users).where(users.c.username == "rita").values(disabled=True))
    with pytest.raises(Unauthenticated):
        sessions.principal(loaded_app, cookie)


def test_a_cookie_signed_with_another_key_is_refused(loaded_app: App) -> None:
    loaded_app.settings = loaded_app.settings.model_copy(update={"secret_key": "one"})
    add_user(loaded_app, "rita", Role.REVIEWER)
    cookie = sessions.login(loaded_app, "rita", PASSWORD)
    loaded_app.settings = loaded_app.settings.model_copy(update={"secret_key": "two"})
    loaded_app.caches.clear()
    with pytest.raises(Unauthenticated, match="not valid"):
        sessions.principal(loaded_app, cookie)
