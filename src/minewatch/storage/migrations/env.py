"""Alembic environment: runs on the connection that ``storage.schema.migrate`` hands over."""

from __future__ import annotations

from alembic import context

import minewatch.storage.field_tables  # noqa: F401  (registers the field layer tables)
from minewatch.storage.tables import metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
