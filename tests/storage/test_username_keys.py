"""Look-alike user names are refused by the database itself (migration 0011), on both backends.

``users.username_key`` (``domain.values.username_key``: NFKC, case folded) has a unique index,
so of two ``user add`` racing with look-alike names the second insert fails, whatever either
saw before; before 0011 the check was made in Python over the names each transaction could
see, and two open transactions each saw no look-alike. Migration 0011 gives existing users
their key, and stops, changing nothing, when two stored names already share one.
"""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import insert, select, text
from sqlalchemy.exc import IntegrityError

from minewatch.app import App
from minewatch.domain.errors import InvalidInput
from minewatch.services import accounts
from minewatch.services.clock import utc_now
from minewatch.storage.engine import writing
from minewatch.storage.schema import current_revision, head_revision
from minewatch.storage.tables import users
from tests.support.migrations import move

PASSWORD = "a long passphrase"


def _names(app: App) -> list[str]:
    with app.engine.connect() as connection:
        return list(connection.execute(select(users.c.username).order_by(users.c.id)).scalars())


def test_two_adds_at_the_same_moment_cannot_both_store_look_alikes(empty_app: App) -> None:
    """The first add holds its transaction open, its row written but not committed; the second
    add, on another connection, must wait for it, then be refused as a look-alike."""
    outcome: list[BaseException | int] = []

    def second() -> None:
        try:
            with writing(empty_app.engine) as connection:
                outcome.append(
                    accounts.add_user(connection, "Admin", PASSWORD, accounts.Role.VIEWER, "t2")
                )
        except BaseException as error:  # handed to the test's thread
            outcome.append(error)

    with writing(empty_app.engine) as first:
        accounts.add_user(first, "admin", PASSWORD, accounts.Role.ADMIN, "t1")
        racer = threading.Thread(target=second)
        racer.start()
        time.sleep(1.0)
        # still waiting on the first transaction: nothing decided before it commits
        assert racer.is_alive() and outcome == []
    racer.join(timeout=30)
    assert not racer.is_alive()
    assert len(outcome) == 1 and isinstance(outcome[0], InvalidInput), outcome
    assert "looks the same as the existing user 'admin'" in str(outcome[0])
    assert _names(empty_app) == ["admin"]


@pytest.mark.parametrize("lookalike", ["ADMIN", "\uff41dmin", "admin"])
def test_the_database_refuses_a_look_alike_written_past_add_user(
    empty_app: App, lookalike: str
) -> None:
    """Even a writer that skips ``add_user`` cannot store a second name with the same key."""
    with empty_app.engine.begin() as connection:
        accounts.add_user(connection, "admin", PASSWORD, accounts.Role.ADMIN, "t")
    row = {
        "username": lookalike + " " if lookalike == "admin" else lookalike,
        "username_key": "admin",
        "password_hash": "x",
        "role": "viewer",
        "created_at": utc_now(),
        "disabled": False,
    }
    with pytest.raises(IntegrityError), empty_app.engine.begin() as connection:
        connection.execute(insert(users).values(**row))
    assert _names(empty_app) == ["admin"]


def _add_at_0010(app: App, names: list[str]) -> None:
    """Users as a database at 0010 holds them: no key column (rows written in SQL)."""
    move(app, "0010", down=True)
    with app.engine.begin() as connection:
        for name in names:
            connection.execute(
                text(
                    "INSERT INTO users (username, password_hash, role, created_at, disabled) "
                    "VALUES (:name, 'hash', 'viewer', :at, false)"
                ),
                {"name": name, "at": utc_now()},
            )


def test_migration_0011_gives_each_existing_user_their_key(empty_app: App) -> None:
    stored = ["e\u0301lise", "Stra\u00dfe", "Bob"]
    _add_at_0010(empty_app, stored)
    move(empty_app, "0011", down=False)
    with empty_app.engine.connect() as connection:
        rows = connection.execute(
            select(users.c.username, users.c.username_key).order_by(users.c.id)
        ).all()
    # the names exactly as stored; the keys composed and folded
    assert [tuple(r) for r in rows] == [
        ("e\u0301lise", "\u00e9lise"),
        ("Stra\u00dfe", "strasse"),
        ("Bob", "bob"),
    ]
    with empty_app.engine.begin() as connection:
        with pytest.raises(InvalidInput, match="looks the same as the existing user 'Bob'"):
            accounts.add_user(connection, "BOB", PASSWORD, accounts.Role.VIEWER, "t")
        with pytest.raises(InvalidInput, match="looks the same"):
            accounts.add_user(connection, "\u00c9lise", PASSWORD, accounts.Role.VIEWER, "t")


def test_migration_0011_stops_on_names_that_already_look_alike(empty_app: App) -> None:
    """Two stored names sharing a key are reported, with their ids, and nothing is changed:
    no user is dropped or renamed, and the database stays at 0010 until one is renamed."""
    _add_at_0010(empty_app, ["admin", "carol", "Admin", "\uff41dmin"])
    with pytest.raises(InvalidInput) as refused:
        move(empty_app, "0011", down=False)
    message = str(refused.value)
    assert "'admin' (id 1) and 'Admin' (id 3) and '\uff41dmin' (id 4)" in message
    assert "carol" not in message and "nothing was changed" in message
    assert current_revision(empty_app.engine) == "0010"
    with empty_app.engine.connect() as connection:
        columns = connection.execute(select(text("*")).select_from(text("users"))).keys()
        assert "username_key" not in list(columns)
    assert _names_at_0010(empty_app) == ["admin", "carol", "Admin", "\uff41dmin"]
    with empty_app.engine.begin() as connection:
        connection.execute(text("UPDATE users SET username = 'admin-2' WHERE id = 3"))
        connection.execute(text("UPDATE users SET username = 'admin-3' WHERE id = 4"))
    move(empty_app, "head", down=False)
    assert current_revision(empty_app.engine) == head_revision()
    assert _names(empty_app) == ["admin", "carol", "admin-2", "admin-3"]


def _names_at_0010(app: App) -> list[str]:
    with app.engine.connect() as connection:
        found = connection.execute(text("SELECT username FROM users ORDER BY id"))
        return [str(name) for (name,) in found]
