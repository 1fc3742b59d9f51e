"""SQLite: WKB + bbox columns, an R*Tree per layer, shapely 2 for the exact predicates."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import shapely
from sqlalchemy import Connection, Table, select, text
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.sql.elements import ColumnElement

from minewatch.storage.field_tables import field_rollups, layer_tables, rtree_name
from minewatch.storage.spatial import BBox, RollupKey


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

    def bbox_filter(self, layer: str, table: Table, bbox: BBox) -> ColumnElement[bool]:
        inside = text(
            f"SELECT id FROM {rtree_name(layer)} WHERE maxx >= :bminx AND minx <= :bmaxx "
            "AND maxy >= :bminy AND miny <= :bmaxy"
        ).bindparams(bminx=bbox[0], bminy=bbox[1], bmaxx=bbox[2], bmaxy=bbox[3])
        return table.c.seq.in_(inside.columns(id=table.c.seq.type))

    def containing_areas(
        self, connection: Connection, current: Any, points: Sequence[tuple[float, float]]
    ) -> list[str | None]:
        areas = layer_tables["admin_areas"]
        rows = connection.execute(
            select(areas.c.pcode, areas.c.level, areas.c.geom).where(areas.c.seq.in_(current))
        ).all()
        found: list[str | None] = [None] * len(points)
        if not rows or not points:
            return found
        polygons = shapely.from_wkb([r.geom for r in rows])
        tree = shapely.STRtree(polygons)
        xs, ys = zip(*points, strict=True)
        point_idx, area_idx = tree.query(shapely.points(xs, ys), predicate="within")
        depth: list[int] = [-1] * len(points)
        for p, a in zip(point_idx.tolist(), area_idx.tolist(), strict=True):
            level = rows[a].level or 0
            if level > depth[p]:
                depth[p], found[p] = level, rows[a].pcode
        return found

    def add_to_rollups(self, connection: Connection, deltas: dict[RollupKey, float]) -> None:
        if not deltas:
            return
        statement = sqlite_insert(field_rollups)
        statement = statement.on_conflict_do_update(
            index_elements=["iso3", "admin_code", "year", "metric"],
            set_={"value": field_rollups.c.value + statement.excluded.value},
        )
        connection.execute(statement, _rows(deltas))


def _rows(deltas: dict[RollupKey, float]) -> list[dict[str, Any]]:
    return [
        {"iso3": k[0], "admin_code": k[1], "year": k[2], "metric": k[3], "value": v}
        for k, v in deltas.items()
        if v != 0
    ]
