"""The migrations and the table definitions describe the same schema, on each backend: a
migrated database compared with ``storage.tables.metadata`` (alembic ``compare_metadata``)
shows no difference in tables, columns, types, nullability, indexes or constraints."""

from __future__ import annotations

from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Column, Integer, MetaData, Table

from minewatch.app import App
from minewatch.storage.field_tables import is_spatial_index
from minewatch.storage.tables import metadata

OPTIONS = {"compare_type": True, "compare_server_default": False}


def _drift(app: App) -> list[Any]:
    with app.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts=OPTIONS)
        return [d for d in compare_metadata(context, metadata) if not _ignored(d)]


def _ignored(diff: Any) -> bool:
    """PostGIS keeps its own ``spatial_ref_sys`` table in every database; each backend's own
    spatial index beside a field layer (SQLite R*Tree tables, PostGIS GiST indexes) is made by
    the migration for that backend only: neither is ours to describe in ``metadata``."""
    if not (isinstance(diff, tuple) and diff[0] in ("remove_table", "remove_index")):
        return False
    name = getattr(diff[1], "name", "") or ""
    return name == "spatial_ref_sys" or is_spatial_index(name)


def test_migrations_match_the_table_definitions(empty_app: App) -> None:
    assert _drift(empty_app) == []


def test_a_table_missing_from_the_migrations_is_caught(empty_app: App) -> None:
    """The check itself works: a table only the metadata has is reported."""
    extra = MetaData()
    for table in metadata.sorted_tables:
        table.to_metadata(extra)
    Table("drift_probe", extra, Column("id", Integer, primary_key=True))
    with empty_app.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts=OPTIONS)
        found = [d for d in compare_metadata(context, extra) if not _ignored(d)]
    assert [(d[0], d[1].name) for d in found] == [("add_table", "drift_probe")]
