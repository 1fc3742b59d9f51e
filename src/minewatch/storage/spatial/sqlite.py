"""SQLite: WKB + bbox columns, an R*Tree per layer, shapely 2 for the exact predicates."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import shapely
from sqlalchemy import Connection, Table, and_, column, select, text
from sqlalchemy import table as sql_table
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.expression import FromClause

from minewatch.domain.geometry import split_at_antimeridian
from minewatch.storage.field_tables import layer_tables, rtree_name
from minewatch.storage.spatial import BBox, Locator, RollupKey

RTREE_SIDES = ("minx", "maxx", "miny", "maxy")


class SQLiteSpatial:
    def index(self, connection: Connection, layer: str, boxes: Sequence[tuple[int, BBox]]) -> None:
        if boxes:  # through the driver: an import indexes a batch of thousands at once
            connection.exec_driver_sql(
                f"INSERT INTO {rtree_name(layer)} (id, minx, maxx, miny, maxy) "
                "VALUES (?, ?, ?, ?, ?)",
                [(seq, b[0], b[2], b[1], b[3]) for seq, b in boxes],
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
        found = 0
        for half in split_at_antimeridian(bbox):  # a box crossing 180°: its two halves
            found += connection.execute(
                text(
                    f"SELECT count(*) FROM (SELECT 1 FROM {rtree_name(layer)} WHERE maxx >= "
                    ":bminx AND minx <= :bmaxx AND maxy >= :bminy AND miny <= :bmaxy LIMIT :n)"
                ),
                {"bminx": half[0], "bminy": half[1], "bmaxx": half[2], "bmaxy": half[3]}
                | {"n": at_least - found},
            ).scalar_one()
            if found >= at_least:
                return True
        return False

    def containing_areas(
        self, connection: Connection, current: Any, points: Sequence[tuple[float, float]]
    ) -> list[str | None]:
        return self.area_locator(connection, current)(points)

    def area_locator(self, connection: Connection, current: Any) -> Locator:
        areas = _Areas.read(connection, current)
        return lambda points: locate(areas, points)

    def refresh_statistics(self, connection: Connection, layers: Sequence[str]) -> None:
        if layers:
            connection.exec_driver_sql("PRAGMA analysis_limit = 1000")  # sampled: milliseconds
            for layer in layers:
                connection.exec_driver_sql(f"ANALYZE field_{layer}")

    def place_unplaced(
        self, connection: Connection, table: Table, current: Any, columns: Sequence[str]
    ) -> list[tuple[Any, ...]]:
        # The rows to place and their roll-up inputs, one read: a point is its own box; other
        # shapes are read back for a point on their surface. A row placed before (in
        # ``field_placements``) is not placed again.
        wanted = ", ".join(columns)
        cursor = connection.connection.cursor()
        cursor.execute(
            f"SELECT seq, minx, miny, minx = maxx AND miny = maxy, {wanted} FROM {table.name} "
            "WHERE superseded_by IS NULL AND admin_code IS NULL AND minx IS NOT NULL "
            "AND seq NOT IN (SELECT seq FROM field_placements)"
        )
        held = cursor.fetchall()
        cursor.close()
        if not held:
            return []
        areas = _Areas.read(connection, current)
        found = np.asarray([row[:4] for row in held], dtype=float)
        seqs, is_point = found[:, 0].astype(np.int64), found[:, 3] == 1
        points = shapely.points(found[:, 1], found[:, 2])
        shaped = seqs[~is_point].tolist()
        if shaped:
            points[~is_point] = _surface_points(connection, table.name, shaped)
        point_idx, area_idx = areas.deepest(points)
        if len(point_idx) == 0:
            return []
        # In seq order: each placement lands at the end of the table's B-tree. One narrow row
        # per placed row; the layer row and its indexes are not touched (measured against an
        # UPDATE of the layer: docs/performance.md, P2).
        order = np.argsort(seqs[point_idx], kind="stable")
        point_idx, area_idx = point_idx[order], area_idx[order]
        codes = areas.pcodes[area_idx].tolist()
        layer = table.name.removeprefix("field_")
        rebuilt = _set_aside_placement_index(connection, len(point_idx))
        connection.exec_driver_sql(
            "INSERT INTO field_placements (seq, layer, admin_code) VALUES (?, ?, ?)",
            [(seq, layer, code) for seq, code in zip(seqs[point_idx].tolist(), codes, strict=True)],
        )
        for ddl in rebuilt:
            connection.exec_driver_sql(ddl)
        return [(code, *held[i][4:]) for i, code in zip(point_idx.tolist(), codes, strict=True)]

    def add_to_rollups(self, connection: Connection, deltas: dict[RollupKey, float]) -> None:
        rows = [(*key, value) for key, value in deltas.items() if value != 0]
        if not rows:  # every delta cancelled out (a new version with the same figures)
            return
        # In key order, each upsert lands next to the last in the primary-key B-tree: measured
        # 221k deltas 1.6-1.8 -> 1.1-1.3 s CPU, the sort included (docs/performance.md, P2).
        rows.sort()
        # Through the driver: a bulk move (an admin-area import) changes 100,000s of rows.
        connection.exec_driver_sql(
            "INSERT INTO field_rollups (iso3, admin_code, year, metric, value) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (iso3, admin_code, year, metric) "
            "DO UPDATE SET value = value + excluded.value",
            rows,
        )


class _Areas:
    """The current admin areas in an STRtree, with their P-codes and levels by tree index."""

    def __init__(self, geoms: Any, pcodes: Sequence[str], levels: Sequence[int | None]) -> None:
        self.tree = shapely.STRtree(geoms)
        self.pcodes = np.asarray(pcodes, dtype=object)
        self.depth = np.asarray([level or 0 for level in levels], dtype=np.int64)

    @classmethod
    def read(cls, connection: Connection, current: Any) -> _Areas:
        areas = layer_tables["admin_areas"]
        rows = connection.execute(
            select(areas.c.pcode, areas.c.level, areas.c.geom)
            .where(areas.c.seq.in_(current))
            .order_by(areas.c.seq)
        ).all()
        return cls(
            shapely.from_wkb([r.geom for r in rows]),
            [r.pcode for r in rows],
            [r.level for r in rows],
        )

    def deepest(self, points: Any) -> tuple[Any, Any]:
        """(point index, area index) for each point lying within some area: the deepest such
        area (the highest level; among equals, the one first in the tree). One vectorised
        STRtree query; the choice made in numpy."""
        if len(self.pcodes) == 0 or len(points) == 0:
            empty = np.empty(0, dtype=np.int64)
            return empty, empty
        point_idx, area_idx = self.tree.query(points, predicate="within")
        # sort by (point, depth, -area), keep the last of each point
        order = np.lexsort((-area_idx, self.depth[area_idx], point_idx))
        point_idx, area_idx = point_idx[order], area_idx[order]
        last = np.ones(len(point_idx), dtype=bool)
        last[:-1] = point_idx[1:] != point_idx[:-1]
        return point_idx[last], area_idx[last]


def locate(areas: _Areas, points: Sequence[tuple[float, float]]) -> list[str | None]:
    """The P-code of the deepest area each (lon, lat) point lies within, or None."""
    found: list[str | None] = [None] * len(points)
    if not points:
        return found
    coordinates = np.asarray(points, dtype=float)
    point_idx, area_idx = areas.deepest(shapely.points(coordinates[:, 0], coordinates[:, 1]))
    for p, code in zip(point_idx.tolist(), areas.pcodes[area_idx].tolist(), strict=True):
        found[p] = code
    return found


# A placement adding at least this share of ``field_placements``' rows drops the table's code
# index and builds it again after its inserts, in the same transaction (readers in WAL mode
# never see it missing; a failed import rolls the drop back with the rest): at 100k of 100k
# rows the index kept up row by row tripled the inserts' CPU, 0.08 -> 0.27-0.36 s
# (docs/performance.md, P2).
_REBUILD_SHARE = 0.25


def _set_aside_placement_index(connection: Connection, placing: int) -> list[str]:
    """Drop ``field_placements``' secondary indexes when ``placing`` new rows is a large share
    of the table after them, returning their CREATE statements to run after the inserts (else
    [])."""
    (held,) = connection.exec_driver_sql("SELECT count(*) FROM field_placements").one()
    if placing < _REBUILD_SHARE * (int(held) + placing):
        return []
    found = connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' "
        "AND tbl_name = 'field_placements' AND sql IS NOT NULL"
    ).all()
    for index, _ in found:
        connection.exec_driver_sql(f'DROP INDEX "{index}"')
    return [str(ddl) for _, ddl in found]


def _surface_points(connection: Connection, name: str, seqs: Sequence[int]) -> Any:
    """A point on the surface of each of these rows' geometries, in the order given."""
    where: dict[int, bytes] = {}
    for start in range(0, len(seqs), 2000):
        chunk = seqs[start : start + 2000]
        marks = ",".join("?" * len(chunk))
        found = connection.exec_driver_sql(
            f"SELECT seq, geom FROM {name} WHERE seq IN ({marks})", tuple(chunk)
        )
        where.update((int(seq), wkb) for seq, wkb in found)
    return shapely.point_on_surface(shapely.from_wkb([where[seq] for seq in seqs]))
