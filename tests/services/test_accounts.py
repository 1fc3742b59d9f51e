from __future__ import annotations

import pytest
from sqlalchemy import select

from minewatch.app import App
from minewatch.domain.errors import InvalidInput, PermissionDenied, Unauthenticated
from minewatch.services import accounts
from minewatch.storage.tables import api_tokens, users


def test_passwords_are_hashed_and_checked(empty_app: App) -> None:
    with empty_app.engine.begin() as connection:
        accounts.add_user(connection, "rev", "a long passphrase", accounts.Role.REVIEWER, "t")
        stored = connection.execute(select(users.c.password_hash)).scalar_one()
        assert stored.startswith("$argon2id$") and "a long passphrase" not in stored
        who = accounts.authenticate(connection, "rev", "a long passphrase")
        assert who.role is accounts.Role.REVIEWER and "review:write" in who.scopes
        with pytest.raises(Unauthenticated):
            accounts.authenticate(connection, "rev", "wrong passphrase!")


def test_weak_password_and_duplicate_user_are_refused(empty_app: App) -> None:
    with empty_app.engine.begin() as connection:
        with pytest.raises(InvalidInput, match="at least 12"):
            accounts.add_user(connection, "x", "short", accounts.Role.VIEWER, "t")
        accounts.add_user(connection, "x", "long enough pass", accounts.Role.VIEWER, "t")
        with pytest.raises(InvalidInput, match="already exists"):
            accounts.add_user(connection, "x", "long enough pass", accounts.Role.VIEWER, "t")


def test_tokens_are_scoped_stored_hashed_and_revocable(empty_app: App) -> None:
    with empty_app.engine.begin() as connection:
        accounts.add_user(connection, "ana", "long enough pass", accounts.Role.ANALYST, "t")
        token = accounts.create_token(connection, "ana", ["records:write"], "laptop", "t")
        assert connection.execute(select(api_tokens.c.token_hash)).scalar_one() != token
        who = accounts.principal_for_token(connection, token)
        who.require("records:write")
        with pytest.raises(PermissionDenied):
            who.require("review:write")
        accounts.revoke_token(connection, token, "t")
        with pytest.raises(Unauthenticated):
            accounts.principal_for_token(connection, token)


def test_unknown_role_is_a_clear_error() -> None:
    with pytest.raises(InvalidInput, match="unknown role 'boss'"):
        accounts.Role.named("boss")
