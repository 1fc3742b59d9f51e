"""Bulk inserts through the driver: one ``COPY`` (PostgreSQL) or ``executemany`` (SQLite) per
table, without per-row statement building (an import writes several rows per source row;
SQLAlchemy's per-row parameter work was most of its time).

``insert_many`` takes plain tuples in the order of ``columns`` and converts each column once
with the column type's own bind processor (so DateTime, Boolean and the rest are stored exactly
as Core stores them); JSON columns are serialised with orjson (read back by any JSON reader);
PostgreSQL gets the rows through ``COPY`` (``_copy``), a field layer's geometry as hex EWKB;
SQLite through one ``executemany``. ``allocate_seqs`` hands out primary keys for rows inserted
this way, so no read-back is needed.
"""

from __future__ import annotations

import struct
from collections.abc import Sequence
from typing import Any

import orjson
from sqlalchemy import JSON, Connection, Table, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.types import TypeEngine


def _json(value: Any) -> str | None:
    return None if value is None else orjson.dumps(value).decode()


def _processor(connection: Connection, type_: TypeEngine[Any]) -> Any:
    if isinstance(type_, JSON):
        return _json
    dialect = connection.dialect
    return type_.dialect_impl(dialect).bind_processor(dialect)


_EMPTY_JSON: dict[type, str] = {dict: "{}", list: "[]"}


def _converted(values: Sequence[Any], processor: Any) -> Sequence[Any]:
    """``processor`` over a column (None stays None). JSON: empty containers (most attributes
    and geometry issues) without a call each. Other types: each distinct value once, when
    the column holds few (booleans, a constant, repeated figures) and all of one type (equal
    values of two types, 1 and 1.0, could convert differently)."""
    if processor is _json:
        dumps, empty = orjson.dumps, _EMPTY_JSON
        return [
            None
            if v is None
            else empty[type(v)]
            if not v and type(v) in empty
            else dumps(v).decode()
            for v in values
        ]
    try:
        distinct = set(values)
    except TypeError:  # unhashable cells: one call each
        distinct = None
    if (
        distinct is None
        or len(distinct) * 4 > len(values)
        or len({type(v) for v in distinct if v is not None}) > 1  # 1 == 1.0 == True
    ):
        return [None if v is None else processor(v) for v in values]
    done = {v: None if v is None else processor(v) for v in distinct}
    return [done[v] for v in values]


def _without_empty_columns(
    table: Table,
    names: list[str],
    processors: list[Any],
    transposed: list[tuple[Any, ...]],
    width: int,
) -> tuple[list[str], list[Any], list[tuple[Any, ...]]]:
    """Leave out of the statement the columns (of the first ``width``, not the constants)
    that are NULL in every row and have no default: the database stores NULL for them all the
    same, without a parameter bound per row (a victim has no geometry, box or area, and a
    file leaves fields blank: 18 of 33 columns in the synthetic victims of bench/)."""
    empty = {
        i
        for i, values in enumerate(transposed[:width])
        if values.count(None) == len(values)
        and table.c[names[i]].default is None
        and table.c[names[i]].server_default is None
    }
    if not empty:
        return names, processors, transposed
    kept = [i for i in range(len(names)) if i not in empty]
    return (
        [names[i] for i in kept],
        [processors[i] for i in kept],
        [transposed[i] for i in kept if i < len(transposed)],
    )


def insert_many(
    connection: Connection,
    table: Table,
    columns: Sequence[str],
    rows: Sequence[Sequence[Any]],
    constants: dict[str, Any] | None = None,
) -> None:
    """INSERT ``rows`` (tuples in ``columns`` order) plus ``constants`` (the same value in every
    row, converted once) into ``table``: one COPY on PostgreSQL, one executemany on SQLite."""
    if not rows:
        return
    constants = constants or {}
    names = [*columns, *constants]
    processors = [_processor(connection, table.c[name].type) for name in names]
    fixed: list[Any] = []
    for name, processor in zip(names[len(columns) :], processors[len(columns) :], strict=True):
        value = constants[name]
        fixed.append(processor(value) if processor is not None and value is not None else value)
    converted: list[Sequence[Any]] = []
    transposed = list(zip(*rows, strict=True)) if columns else []
    names, processors, transposed = _without_empty_columns(
        table, names, processors, transposed, len(columns)
    )
    for values, processor in zip(transposed, processors, strict=False):
        converted.append(values if processor is None else _converted(values, processor))
    fixed_tuple = tuple(fixed)
    if fixed_tuple:
        params = [(*cells, *fixed_tuple) for cells in zip(*converted, strict=True)]
    else:
        params = list(zip(*converted, strict=True))
    if connection.dialect.name == "postgresql":
        _copy(connection, table, names, params)
        return
    holders = ", ".join("?" * len(names))
    statement = f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({holders})"
    connection.exec_driver_sql(statement, params)


def _copy(
    connection: Connection, table: Table, names: Sequence[str], rows: list[tuple[Any, ...]]
) -> None:
    """PostgreSQL: the rows through ``COPY ... FROM STDIN`` (psycopg ``cursor.copy``) in the
    caller's transaction, several times faster than even a pipelined executemany. A field
    layer's ``geom`` (WKB) goes as hex EWKB with SRID 4326, which PostGIS reads as text. A
    refusal (a unique key taken) is raised as SQLAlchemy raises it for a statement."""
    columns = ", ".join(names)
    statement = f"COPY {table.name} ({columns}) FROM STDIN"
    geometry = names.index("geom") if "geom" in names and table.name.startswith("field_") else -1
    driver, dbapi = connection.connection.driver_connection, connection.dialect.dbapi
    assert driver is not None and dbapi is not None
    try:
        with driver.cursor() as cursor, cursor.copy(statement) as copy:
            for row in rows:
                if geometry >= 0 and row[geometry] is not None:
                    row = (*row[:geometry], _ewkb_hex(row[geometry]), *row[geometry + 1 :])
                copy.write_row(row)
    except dbapi.Error as exc:
        raise DBAPIError.instance(
            statement, None, exc, dbapi.Error, dialect=connection.dialect
        ) from exc


def _ewkb_hex(wkb: bytes, srid: int = 4326) -> str:
    """ISO/OGC WKB as PostGIS's hex EWKB: the SRID flag set in the type, the SRID after it."""
    order = "<" if wkb[0] == 1 else ">"
    (kind,) = struct.unpack_from(f"{order}I", wkb, 1)
    return (wkb[:1] + struct.pack(f"{order}II", kind | 0x20000000, srid) + wkb[5:]).hex()


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
