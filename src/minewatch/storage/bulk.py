"""Bulk inserts through the driver: one ``executemany`` per table, without per-row statement
building (an import writes several rows per source row; SQLAlchemy's per-row parameter work
was most of its time).

``insert_many`` takes plain tuples in the order of ``columns`` and converts each column once
with the column type's own bind processor (so DateTime, Boolean and the rest are stored exactly
as Core stores them); JSON columns are serialised with orjson (read back by any JSON reader);
PostGIS geometry columns receive WKB through ``ST_GeomFromWKB``. ``allocate_seqs`` hands out
primary keys for rows inserted this way, so no read-back is needed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import orjson
from sqlalchemy import JSON, Connection, Table, text
from sqlalchemy.types import TypeEngine


def _json(value: Any) -> str | None:
    return None if value is None else orjson.dumps(value).decode()


def _processor(connection: Connection, type_: TypeEngine[Any]) -> Any:
    if isinstance(type_, JSON):
        return _json
    dialect = connection.dialect
    return type_.dialect_impl(dialect).bind_processor(dialect)


def insert_many(
    connection: Connection,
    table: Table,
    columns: Sequence[str],
    rows: Sequence[Sequence[Any]],
    constants: dict[str, Any] | None = None,
) -> None:
    """INSERT ``rows`` (tuples in ``columns`` order) plus ``constants`` (the same value in every
    row, converted once) into ``table`` in one executemany."""
    if not rows:
        return
    constants = constants or {}
    names = [*columns, *constants]
    processors = [_processor(connection, table.c[name].type) for name in names]
    fixed: list[Any] = []
    for name, processor in zip(names[len(columns) :], processors[len(columns) :], strict=True):
        value = constants[name]
        fixed.append(processor(value) if processor is not None and value is not None else value)
    converted: list[list[Any] | tuple[Any, ...]] = []
    transposed = list(zip(*rows, strict=True)) if columns else []
    for values, processor in zip(transposed, processors, strict=False):
        if processor is None:
            converted.append(values)
        else:
            converted.append([None if v is None else processor(v) for v in values])
    fixed_tuple = tuple(fixed)
    params = [(*cells, *fixed_tuple) for cells in zip(*converted, strict=True)]
    postgres = connection.dialect.name == "postgresql"
    marker = "%s" if postgres else "?"
    holders = []
    for name in names:
        is_geometry = postgres and name == "geom" and table.name.startswith("field_")
        holders.append(f"ST_GeomFromWKB({marker}, 4326)" if is_geometry else marker)
    statement = f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({', '.join(holders)})"
    connection.exec_driver_sql(statement, params)


def allocate_seqs(connection: Connection, table: Table, column: str, count: int) -> list[int]:
    """``count`` new values for ``table``'s integer primary key ``column``, inside the caller's
    transaction. PostgreSQL draws them from the column's sequence; SQLite continues after the
    largest held (a concurrent writer is refused by SQLite's write lock, never interleaved)."""
    if count <= 0:
        return []
    if connection.dialect.name == "postgresql":
        drawn = connection.execute(
            text(
                f"SELECT nextval(pg_get_serial_sequence('{table.name}', '{column}')) "
                "FROM generate_series(1, :n)"
            ),
            {"n": count},
        )
        return sorted(int(v) for (v,) in drawn)
    top = connection.exec_driver_sql(f"SELECT max({column}) FROM {table.name}").scalar()
    start = int(top or 0) + 1
    return list(range(start, start + count))
