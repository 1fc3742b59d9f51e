"""Moving a test database to a given schema revision (alembic upgrade or downgrade), to build
one as an older release left it and test the migration that follows."""

from __future__ import annotations

from alembic import command
from alembic.config import Config

from minewatch.app import App
from minewatch.storage.schema import MIGRATIONS


def move(app: App, revision: str, *, down: bool) -> None:
    """``app``'s database upgraded (or, ``down``, downgraded) to ``revision``, in one
    transaction: a migration that raises leaves it where it was."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with app.engine.begin() as connection:
        config.attributes["connection"] = connection
        (command.downgrade if down else command.upgrade)(config, revision)
