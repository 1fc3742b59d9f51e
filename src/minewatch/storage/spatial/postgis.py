"""PostgreSQL + PostGIS: the GiST index does the box work, ST_Contains the exact predicate."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import (
    Connection,
    Float,
    Integer,
    String,
    Table,
    and_,
    column,
    func,
    insert,
    literal,
    select,
    true,
    union_all,
    values,
)
from sqlalchemy.dialects.postgresql import distinct_on
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.expression import FromClause

from minewatch.storage.field_tables import field_placements, field_rollups, layer_tables
from minewatch.storage.spatial import BBox, Locator, RollupKey


class PostGISSpatial:
    def index(self, connection: Connection, layer: str, boxes: Sequence[tuple[int, BBox]]) -> None:
        return None  # the GiST index on geom keeps itself current

    def bbox_filter(
        self, layer: str, table: FromClause, bbox: BBox, *, wide: bool = False
    ) -> ColumnElement[bool]:
        envelope = func.ST_MakeEnvelope(bbox[0], bbox[1], bbox[2], bbox[3], 4326)
        return table.c.geom.op("&&")(envelope)

    def crowded(self, connection: Connection, layer: str, bbox: BBox, at_least: int) -> bool:
        return False  # the planner weighs GiST against a scan from its own statistics

    def containing_areas(
        self, connection: Connection, current: Any, points: Sequence[tuple[float, float]]
    ) -> list[str | None]:
        found: list[str | None] = [None] * len(points)
        if not points:
            return found
        areas = layer_tables["admin_areas"]
        given = values(
            column("i", Integer), column("x", Float), column("y", Float), name="given"
        ).data([(i, float(x), float(y)) for i, (x, y) in enumerate(points)])
        point = func.ST_SetSRID(func.ST_MakePoint(given.c.x, given.c.y), 4326)
        query = (
            select(given.c.i, areas.c.pcode)
            .ext(distinct_on(given.c.i))
            .join(areas, func.ST_Contains(areas.c.geom, point))
            .where(areas.c.seq.in_(current))
            .order_by(given.c.i, areas.c.level.desc().nulls_last())
        )
        for index, pcode in connection.execute(query):
            found[int(index)] = pcode
        return found

    def refresh_statistics(self, connection: Connection, layers: Sequence[str]) -> None:
        for layer in layers:
            connection.exec_driver_sql(f"ANALYZE field_{layer}")

    def area_locator(self, connection: Connection, current: Any) -> Locator:
        def located(points: Sequence[tuple[float, float]]) -> list[str | None]:
            found: list[str | None] = []
            for start in range(0, len(points), 5000):
                chunk = points[start : start + 5000]
                found.extend(self.containing_areas(connection, current, chunk))
            return found

        return located

    def place_unplaced(
        self, connection: Connection, table: Table, current: Any, columns: Sequence[str]
    ) -> list[tuple[Any, ...]]:
        # The server matches the rows to the areas (GiST and ST_Contains), keeps the deepest
        # area of each row, stores one narrow placement per row (``field_placements``: the
        # layer row, a new tuple in every index of the layer if updated, is not touched) and
        # returns what the roll-ups need. A row placed before is not placed again.
        areas, held = layer_tables["admin_areas"], table.alias("held")
        unplaced = and_(
            held.c.superseded_by.is_(None),
            held.c.admin_code.is_(None),
            held.c.geom.is_not(None),
            ~select(field_placements.c.seq).where(field_placements.c.seq == held.c.seq).exists(),
        )
        pairs = _point_pairs if _many_unplaced(connection, held, unplaced) else _row_pairs
        found = pairs(areas, held, unplaced, current)
        layer = table.name.removeprefix("field_")
        match = (
            select(found.c.seq, literal(layer, String(20)), found.c.pcode)
            .ext(distinct_on(found.c.seq))
            .order_by(found.c.seq, found.c.level.desc().nulls_last(), found.c.area)
        )
        placed = (
            insert(field_placements)
            .from_select(["seq", "layer", "admin_code"], match)
            .returning(field_placements.c.seq, field_placements.c.admin_code)
            .cte("placed")
        )
        statement = select(placed.c.admin_code, *(table.c[name] for name in columns)).join(
            table, table.c.seq == placed.c.seq
        )
        # ST_Contains is costed so high that the planner JIT-compiles the statement: ~1.9 s of
        # server CPU before the first row at 20k points, for a plan of index probes that
        # gains nothing from it (measured, docs/performance.md P2). Off for this statement.
        jit = connection.exec_driver_sql("SELECT current_setting('jit')").scalar_one()
        connection.exec_driver_sql("SELECT set_config('jit', 'off', true)")
        try:
            return [tuple(row) for row in connection.execute(statement)]
        finally:
            connection.execute(select(func.set_config("jit", jit, True)))

    def add_to_rollups(self, connection: Connection, deltas: dict[RollupKey, float]) -> None:
        if len(deltas) > _BULK_ROLLUPS:
            _add_in_bulk(connection, deltas)
            return
        rows = _rows(deltas)
        if not rows:  # every delta cancelled out (a new version with the same figures)
            return
        statement = pg_insert(field_rollups)
        statement = statement.on_conflict_do_update(
            index_elements=["iso3", "admin_code", "year", "metric"],
            set_={"value": field_rollups.c.value + statement.excluded.value},
        )
        connection.execute(statement, rows)


# At least this share of a layer's rows to place: each admin area in turn finds its points
# through the layer's GiST index (``_point_pairs``); below it, each row finds its area through
# the areas' (``_row_pairs``), which reads only the rows to place. 100k points, 3,000 areas,
# the join alone: 0.90 s against 3.9-4.2 s (PostGIS keeps one area prepared while it tests
# the points inside it; docs/performance.md, P2).
_BY_AREA_SHARE = 0.25


def _many_unplaced(connection: Connection, held: Any, unplaced: Any) -> bool:
    """Whether the rows of ``held`` (a layer table's alias) that ``unplaced`` keeps are at
    least ``_BY_AREA_SHARE`` of its rows (one pass over the layer)."""
    wanted, total = connection.execute(
        select(func.count().filter(unplaced), func.count()).select_from(held)
    ).one()
    return bool(wanted) and wanted >= _BY_AREA_SHARE * total


def _point_pairs(areas: Any, held: Any, unplaced: Any, current: Any) -> Any:
    """(seq, pcode, level, area) of each point among the ``unplaced`` rows of ``held`` in each
    current area (``current``), found area by area through the layer's GiST index; and of each
    other shape whose point on its surface lies in an area (``_row_pairs``). For a point,
    ST_Contains(area, point) is ST_Contains(area, its point on the surface)."""
    is_point = func.ST_GeometryType(held.c.geom) == "ST_Point"
    inside = (
        select(held.c.seq)
        .where(
            held.c.geom.op("&&")(areas.c.geom),
            func.ST_Contains(areas.c.geom, held.c.geom),
            is_point,
            unplaced,
        )
        .lateral("inside")
    )
    points = (
        select(inside.c.seq, areas.c.pcode, areas.c.level, areas.c.seq.label("area"))
        .select_from(areas.join(inside, true()))
        .where(areas.c.seq.in_(current))
    )
    return union_all(points, _pairs(areas, held, and_(unplaced, ~is_point), current)).subquery(
        "found"
    )


def _row_pairs(areas: Any, held: Any, unplaced: Any, current: Any) -> Any:
    """(seq, pcode, level, area) of each ``unplaced`` row of ``held`` whose point on its
    surface lies in a current area, found row by row through the areas' GiST index."""
    return _pairs(areas, held, unplaced, current).subquery("found")


def _pairs(areas: Any, held: Any, wanted: Any, current: Any) -> Any:
    inside = func.ST_Contains(areas.c.geom, func.ST_PointOnSurface(held.c.geom))
    return (
        select(held.c.seq, areas.c.pcode, areas.c.level, areas.c.seq.label("area"))
        .join(areas, inside)
        .where(wanted, areas.c.seq.in_(current))
    )


# Above this many deltas the roll-ups go through COPY and one INSERT ... SELECT (a bulk import
# or placement; 69k deltas: 1.1 -> 0.05 s client CPU, 0.8 -> 0.5 s server); below, one
# executemany.
_BULK_ROLLUPS = 1000

# The session's own staging table for ``_add_in_bulk`` (not in the schema; emptied at commit).
_DELTAS_DDL = (
    "CREATE TEMPORARY TABLE IF NOT EXISTS rollup_deltas (iso3 varchar(3), admin_code "
    "varchar(40), year integer, metric varchar(80), value double precision) "
    "ON COMMIT DELETE ROWS"
)


def _add_in_bulk(connection: Connection, deltas: dict[RollupKey, float]) -> None:
    connection.exec_driver_sql(_DELTAS_DDL)
    driver = connection.connection.driver_connection
    assert driver is not None
    copying = "COPY rollup_deltas (iso3, admin_code, year, metric, value) FROM STDIN"
    with driver.cursor() as cursor, cursor.copy(copying) as copy:
        for key, value in deltas.items():
            if value != 0:
                copy.write_row((*key, value))
    # key order: neighbouring B-tree pages, as SQLite's executemany
    connection.exec_driver_sql(
        "INSERT INTO field_rollups (iso3, admin_code, year, metric, value) "
        "SELECT iso3, admin_code, year, metric, value FROM rollup_deltas "
        "ORDER BY iso3, admin_code, year, metric "
        "ON CONFLICT (iso3, admin_code, year, metric) "
        "DO UPDATE SET value = field_rollups.value + excluded.value"
    )
    connection.exec_driver_sql("TRUNCATE rollup_deltas")


def _rows(deltas: dict[RollupKey, float]) -> list[dict[str, Any]]:
    return [
        {"iso3": k[0], "admin_code": k[1], "year": k[2], "metric": k[3], "value": v}
        for k, v in sorted(deltas.items())  # key order: neighbouring B-tree pages (as SQLite)
        if v != 0
    ]
