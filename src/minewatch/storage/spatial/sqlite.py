"""SQLite: WKB + bbox columns, an R*Tree per layer, shapely 2 for the exact predicates."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import shapely
from sqlalchemy import Connection, Table, and_, column, select, text
from sqlalchemy import table as sql_table
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.expression import FromClause

from minewatch.storage.field_tables import field_rollups, layer_tables, rtree_name
from minewatch.storage.spatial import BBox, Locator, RollupKey

RTREE_SIDES = ("minx", "maxx", "miny", "maxy")


class SQLiteSpatial:
    def index(self, connection: Connection, layer: str, boxes: Sequence[tuple[int, BBox]]) -> None:
        if boxes:
            connection.execute(
                text(
                    f"INSERT INTO {rtree_name(layer)} (id, minx, maxx, miny, maxy) "
                    "VALUES (:id, :minx, :maxx, :miny, :maxy)"
                ),
                [
                    {"id": seq, "minx": b[0], "miny": b[1], "maxx": b[2], "maxy": b[3]}
                    for seq, b in boxes
                ],
            )

    def bbox_filter(
        self, layer: str, table: FromClause, bbox: BBox, *, wide: bool = False
    ) -> ColumnElement[bool]:
        if wide:
            # Tested on each row read (in seq order, or from the current-row index when
            # counting); `+ 0` keeps the planner off the box index, which finds few rows
            # faster but every row of a wide box slower.
            return and_(
                table.c.maxx + 0 >= bbox[0],
                table.c.minx + 0 <= bbox[2],
                table.c.maxy + 0 >= bbox[1],
                table.c.miny + 0 <= bbox[3],
            )
        # Built, not written as text: each use gets its own bound values, so one statement may
        # hold several boxes (the two halves of a box crossing the antimeridian).
        rtree = sql_table(rtree_name(layer), *(column(n) for n in ("id", *RTREE_SIDES)))
        inside = select(rtree.c.id).where(
            rtree.c.maxx >= bbox[0],
            rtree.c.minx <= bbox[2],
            rtree.c.maxy >= bbox[1],
            rtree.c.miny <= bbox[3],
        )
        return table.c.seq.in_(inside)

    def crowded(self, connection: Connection, layer: str, bbox: BBox, at_least: int) -> bool:
        found = connection.execute(
            text(
                f"SELECT count(*) FROM (SELECT 1 FROM {rtree_name(layer)} WHERE maxx >= :bminx "
                "AND minx <= :bmaxx AND maxy >= :bminy AND miny <= :bmaxy LIMIT :n)"
            ),
            {"bminx": bbox[0], "bminy": bbox[1], "bmaxx": bbox[2], "bmaxy": bbox[3], "n": at_least},
        ).scalar_one()
        return int(found) >= at_least

    def containing_areas(
        self, connection: Connection, current: Any, points: Sequence[tuple[float, float]]
    ) -> list[str | None]:
        return self.area_locator(connection, current)(points)

    def area_locator(self, connection: Connection, current: Any) -> Locator:
        areas = layer_tables["admin_areas"]
        rows = connection.execute(
            select(areas.c.pcode, areas.c.level, areas.c.geom).where(areas.c.seq.in_(current))
        ).all()
        if not rows:
            return lambda points: [None] * len(points)
        tree = shapely.STRtree(shapely.from_wkb([r.geom for r in rows]))
        return lambda points: locate(tree, [r.pcode for r in rows], [r.level for r in rows], points)

    def refresh_statistics(self, connection: Connection, layers: Sequence[str]) -> None:
        if layers:
            connection.exec_driver_sql("PRAGMA analysis_limit = 1000")  # sampled: milliseconds
            for layer in layers:
                connection.exec_driver_sql(f"ANALYZE field_{layer}")

    def place_in_server(
        self, connection: Connection, table: Table, current: Any, columns: Sequence[str]
    ) -> list[Any] | None:
        return None

    def set_admin_codes(
        self, connection: Connection, table: Table, codes: Sequence[tuple[int, str]]
    ) -> None:
        if not codes:
            return
        # Through a temporary table: one UPDATE ... FROM instead of an UPDATE per row.
        connection.exec_driver_sql(
            "CREATE TEMP TABLE IF NOT EXISTS placed_codes (seq INTEGER PRIMARY KEY, code TEXT)"
        )
        connection.exec_driver_sql("DELETE FROM placed_codes")
        connection.exec_driver_sql("INSERT INTO placed_codes (seq, code) VALUES (?, ?)", codes)
        connection.exec_driver_sql(
            f"UPDATE {table.name} SET admin_code = placed_codes.code FROM placed_codes "
            f"WHERE {table.name}.seq = placed_codes.seq"
        )
        connection.exec_driver_sql("DELETE FROM placed_codes")

    def add_to_rollups(self, connection: Connection, deltas: dict[RollupKey, float]) -> None:
        rows = _rows(deltas)
        if not rows:  # every delta cancelled out (a new version with the same figures)
            return
        statement = sqlite_insert(field_rollups)
        statement = statement.on_conflict_do_update(
            index_elements=["iso3", "admin_code", "year", "metric"],
            set_={"value": field_rollups.c.value + statement.excluded.value},
        )
        connection.execute(statement, rows)


def locate(
    tree: shapely.STRtree,
    pcodes: Sequence[str],
    levels: Sequence[int | None],
    points: Sequence[tuple[float, float]],
) -> list[str | None]:
    """The P-code of the deepest area of ``tree`` each point lies within (one vectorised
    STRtree query for all the points), or None."""
    found: list[str | None] = [None] * len(points)
    if not points:
        return found
    coordinates = np.asarray(points, dtype=float)
    point_idx, area_idx = tree.query(
        shapely.points(coordinates[:, 0], coordinates[:, 1]), predicate="within"
    )
    if len(point_idx) == 0:
        return found
    depth = np.asarray([level or 0 for level in levels])[area_idx]
    # deepest last for each point: sort by (point, depth), keep the last of each point
    order = np.lexsort((depth, point_idx))
    point_idx, area_idx = point_idx[order], area_idx[order]
    last = np.ones(len(point_idx), dtype=bool)
    last[:-1] = point_idx[1:] != point_idx[:-1]
    for p, a in zip(point_idx[last].tolist(), area_idx[last].tolist(), strict=True):
        found[p] = pcodes[a]
    return found


def _rows(deltas: dict[RollupKey, float]) -> list[dict[str, Any]]:
    return [
        {"iso3": k[0], "admin_code": k[1], "year": k[2], "metric": k[3], "value": v}
        for k, v in deltas.items()
        if v != 0
    ]
