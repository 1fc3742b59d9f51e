"""Users: the login key of each name, stored and unique, so the database refuses a look-alike.

``users.username_key`` holds ``domain.values.username_key`` of the name as stored (NFKC, case
folded): "Admin", "ａdmin" and "admin" share the key "admin". A unique index on it makes the
look-alike check race-proof: of two ``user add`` at the same moment, the second insert fails
on the index instead of both passing a check made in Python beforehand. Logins and look-ups
compare the key; the names stay exactly as stored (nothing stored is rewritten).

Existing users are given their key here (Unicode normalisation is not SQL on either backend,
so the rows are read and written back in Python; accounts number in the tens). If two stored
names already share a key, the migration stops before changing anything and names them, so an
administrator can rename one: no user is dropped or renamed here.

Revision ID: 0011
Revises: 0010
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from minewatch.domain.errors import InvalidInput, Location
from minewatch.domain.values import MAX_USERNAME_KEY, username_key

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

INDEX = "uq_users_username_key"


def collisions(names: dict[int, str]) -> list[list[tuple[int, str]]]:
    """Groups of two or more users (id, name), by id, whose names share a login key."""
    by_key: dict[str, list[tuple[int, str]]] = {}
    for user_id, name in sorted(names.items()):
        by_key.setdefault(username_key(name), []).append((user_id, name))
    return [group for group in by_key.values() if len(group) > 1]


def upgrade() -> None:
    connection = op.get_bind()
    names = {
        int(i): str(n) for i, n in connection.execute(sa.text("SELECT id, username FROM users"))
    }
    clashes = collisions(names)
    if clashes:
        listed = "; ".join(
            " and ".join(f"{name!r} (id {user_id})" for user_id, name in group) for group in clashes
        )
        raise InvalidInput(
            f"cannot add login keys: these users' names look the same (they differ only in case "
            f"or Unicode form): {listed}. Rename all but one of each group (for example "
            "UPDATE users SET username = 'new name' WHERE id = N), then run `minewatch init` "
            "again; nothing was changed",
            Location(field="username"),
        )
    too_long = {i: n for i, n in names.items() if len(username_key(n)) > MAX_USERNAME_KEY}
    if too_long:
        listed = ", ".join(f"{n!r} (id {i})" for i, n in sorted(too_long.items()))
        raise InvalidInput(
            f"cannot add login keys: these names are longer than {MAX_USERNAME_KEY} characters "
            f"once normalised: {listed}. Rename them, then run `minewatch init` again; nothing "
            "was changed",
            Location(field="username"),
        )
    # NOT NULL needs a default for the rows already there (SQLite's ADD COLUMN); each row gets its
    # own key just below, and PostgreSQL drops the default again (SQLite cannot alter a column).
    op.add_column(
        "users",
        sa.Column("username_key", sa.String(MAX_USERNAME_KEY), nullable=False, server_default=""),
    )
    table = sa.table("users", sa.column("id", sa.Integer), sa.column("username_key", sa.String))
    for user_id, name in names.items():
        connection.execute(
            table.update().where(table.c.id == user_id).values(username_key=username_key(name))
        )
    if connection.dialect.name == "postgresql":
        op.alter_column("users", "username_key", server_default=None)
    op.create_index(INDEX, "users", ["username_key"], unique=True)


def downgrade() -> None:
    op.drop_index(INDEX, table_name="users")
    op.drop_column("users", "username_key")
