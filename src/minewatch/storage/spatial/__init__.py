"""The spatial seam: where SQLite and PostGIS differ, and nothing else (pygeoapi's provider idea).

``spatial_for(connection)`` gives the backend's ``Spatial``: SQLite keeps an R*Tree beside each
layer table and does exact predicates in shapely 2 (STRtree); PostGIS uses its GiST index and
``ST_Contains``. Callers see the same four operations on both:

- ``index``: register new rows' bounding boxes (the R*Tree; PostGIS indexes by itself);
- ``bbox_filter``: a WHERE clause keeping rows whose box meets a lon/lat box (``wide``: the box
  holds many rows, so read them in seq order from the table's own box columns instead);
- ``crowded``: whether a box holds at least N rows' boxes (a bounded count), to choose ``wide``;
- ``containing_areas``: for points, the P-code of the deepest current admin area holding each;
  ``area_locator`` the same as a function that keeps its index between calls (one import);
- ``place_unplaced``: the same for every held row without a code, stored (``field_placements``),
  in bulk;
- ``add_to_rollups``: add deltas to roll-up rows, creating them when new (an upsert);
- ``refresh_statistics``: after a bulk write, the planner's statistics of the layers written.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

from sqlalchemy import Connection, Table
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.expression import FromClause

BBox = tuple[float, float, float, float]  # minx (west), miny (south), maxx (east), maxy (north)
RollupKey = tuple[str, str, int, str]  # iso3, admin_code, year, metric
# (lon, lat) points -> the P-code of the deepest admin area holding each, or None
Locator = Callable[[Sequence[tuple[float, float]]], list[str | None]]


class Spatial(Protocol):
    def index(self, connection: Connection, layer: str, boxes: Sequence[tuple[int, BBox]]) -> None:
        """Register each (seq, bbox) of newly written rows."""

    def bbox_filter(
        self, layer: str, table: FromClause, bbox: BBox, *, wide: bool = False
    ) -> ColumnElement[bool]:
        """A WHERE clause: the row's geometry box meets ``bbox``. ``wide`` says the box holds
        many rows (``crowded``): a backend may then prefer a plan that reads rows in seq order
        and stops at a limit over one that collects every row in the box first."""

    def crowded(self, connection: Connection, layer: str, bbox: BBox, at_least: int) -> bool:
        """Whether ``bbox`` meets at least ``at_least`` rows' boxes (any version); reads at
        most that many index entries."""

    def containing_areas(
        self, connection: Connection, current: Any, points: Sequence[tuple[float, float]]
    ) -> list[str | None]:
        """Per (lon, lat): the P-code of the deepest admin area among ``current`` (a select
        of current admin-area seqs) that contains it, or None."""

    def area_locator(self, connection: Connection, current: Any) -> Locator:
        """``containing_areas`` as a function of the points alone, its index built once (for
        the areas as they stand now: build another after writing admin areas)."""

    def place_unplaced(
        self, connection: Connection, table: Table, current: Any, columns: Sequence[str]
    ) -> list[tuple[Any, ...]]:
        """Give each current row of ``table`` with a geometry, no admin code and no placement
        the deepest area of ``current`` (a select of admin-area seqs) containing it (a point:
        itself; another shape: a point on its surface), stored as a row of
        ``field_placements`` (the layer row is not rewritten; readers take its code through
        ``field_tables.admin_code_of``). Returns, for each row placed, (its new code, *its
        ``columns``). A row no area contains keeps no code. The code is derived, never one the
        source gave: rows with a code are not touched."""

    def add_to_rollups(self, connection: Connection, deltas: dict[RollupKey, float]) -> None:
        """Add each delta to its roll-up row (created at 0 when missing)."""

    def refresh_statistics(self, connection: Connection, layers: Sequence[str]) -> None:
        """Update the query planner's statistics of these layers' tables after a bulk write
        (sampled: a bounded cost), so it picks the spatial index for a small window and the
        current-row index for a count."""


def spatial_for(connection: Connection) -> Spatial:
    if connection.dialect.name == "sqlite":
        from minewatch.storage.spatial.sqlite import SQLiteSpatial

        return SQLiteSpatial()
    from minewatch.storage.spatial.postgis import PostGISSpatial

    return PostGISSpatial()
