"""The field map's window index: a layer's current, accepted rows as arrays, kept in memory.

A zoomed-out map window meets thousands of rows; finding the first ``MAX_FEATURES`` of them and
counting them all through SQL cost a walk of the table and a count of every current row per
request (docs/performance.md, P5). This index holds, per map layer and view (all, or the public
view), each row's ``seq``, box and filter columns in ``seq`` order. A window is then a vectorised
box test (the same comparisons as ``Spatial.bbox_filter(wide=True)``, in float64 like SQL's
REAL), the count is exact, and only the rows sent are read from the database by ``seq``.

It is built from one indexed query (the current-row marker) and kept in the app's read cache
until the layer (or, for the public view, the admin areas) is written. Only the present is
indexed: a ``known_at`` read goes through SQL as before.

The public view (``layers._in_box`` with ``public_view``): a row marked public is found by its
own box; any other row by the box of its admin area (a current, accepted admin area with its
P-code); a row with neither meets no window (it is still listed when no box is asked for, as
``withheld``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from sqlalchemy import Connection, select

from minewatch.domain.evidence import ReviewStatus
from minewatch.storage.field_tables import layer_tables
from minewatch.storage.spatial import BBox

# Text columns the map filters on by equality (status, the "type" filter's column).
FILTER_COLUMNS = ("status", "hazard_type", "activity_type", "device_type")


@dataclass(frozen=True)
class WindowIndex:
    """One layer's current, accepted rows in ``seq`` order: ``seq`` (int64), ``box`` (n x 4
    float64: minx, miny, maxx, maxy in degrees; for the public view, where the public sees the
    row), ``date`` (bytes, ``b""`` when undated; YYYY, YYYY-MM or YYYY-MM-DD compare as text, as
    in SQL), ``year`` (int64, -1 when none) and ``values`` (the filter columns, object arrays)."""

    seq: np.ndarray[Any, np.dtype[np.int64]]
    box: np.ndarray[Any, np.dtype[np.float64]]
    date: np.ndarray[Any, Any]
    year: np.ndarray[Any, np.dtype[np.int64]]
    values: Mapping[str, np.ndarray[Any, Any]]

    def select(
        self,
        bbox: BBox | None = None,
        *,
        until: str | None = None,
        year: int | None = None,
        equals: Mapping[str, str] | None = None,
    ) -> np.ndarray[Any, np.dtype[np.int64]]:
        """The ``seq`` of every row meeting ``bbox`` (west, south, east, north), dated by
        ``until`` (YYYY-MM-DD) or undated, of ``year``, with the ``equals`` column values, in
        ``seq`` order. KeyError for a column not indexed (``FILTER_COLUMNS``)."""
        keep = np.ones(len(self.seq), dtype=bool)
        if bbox is not None:
            box = self.box
            keep &= (box[:, 2] >= bbox[0]) & (box[:, 0] <= bbox[2])
            keep &= (box[:, 3] >= bbox[1]) & (box[:, 1] <= bbox[3])
        if until is not None:
            keep &= self.date <= until.encode()
        if year is not None:
            keep &= self.year == year
        for name, value in (equals or {}).items():
            keep &= self.values[name] == value
        return self.seq[keep]


def build_index(connection: Connection, layer: str, *, public: bool) -> WindowIndex:
    """Read ``layer``'s current, accepted rows (one query through the current-row index) into a
    WindowIndex; ``public``: boxes as the public view places them."""
    table = layer_tables[layer]
    filters = [n for n in FILTER_COLUMNS if n in table.c]
    query = (
        select(
            table.c.seq,
            table.c.minx,
            table.c.miny,
            table.c.maxx,
            table.c.maxy,
            table.c.date,
            table.c.year,
            table.c.is_public,
            table.c.admin_code,
            *(table.c[n] for n in filters),
        )
        .where(
            table.c.superseded_by.is_(None),
            table.c.review_status == str(ReviewStatus.ACCEPTED),
        )
        .order_by(table.c.seq)
    )
    rows = connection.execute(query).all()
    areas = _area_boxes(connection) if public else {}
    nowhere = _box(None, None, None, None)
    boxes = [
        areas.get(row.admin_code, nowhere)
        if public and not row.is_public
        else _box(row.minx, row.miny, row.maxx, row.maxy)
        for row in rows
    ]
    return WindowIndex(
        seq=np.array([r.seq for r in rows], dtype=np.int64),
        box=np.array(boxes, dtype=np.float64).reshape(len(rows), 4),
        date=np.array([(r.date or "").encode() for r in rows], dtype=bytes),
        year=np.array([-1 if r.year is None else r.year for r in rows], dtype=np.int64),
        values={n: _objects([getattr(r, n) for r in rows]) for n in filters},
    )


def _box(*sides: float | None) -> tuple[float, float, float, float]:
    """A row's box; a side without a value (no geometry) meets no window, as NULL in SQL."""
    nan = float("nan")
    minx, miny, maxx, maxy = (nan if v is None else float(v) for v in sides)
    return minx, miny, maxx, maxy


def _objects(values: Sequence[Any]) -> np.ndarray[Any, Any]:
    found = np.empty(len(values), dtype=object)
    found[:] = values
    return found


def _area_boxes(connection: Connection) -> dict[str, tuple[float, float, float, float]]:
    """P-code -> box of the current, accepted admin areas."""
    areas = layer_tables["admin_areas"]
    query = select(areas.c.pcode, areas.c.minx, areas.c.miny, areas.c.maxx, areas.c.maxy).where(
        areas.c.superseded_by.is_(None),
        areas.c.review_status == str(ReviewStatus.ACCEPTED),
    )
    return {r.pcode: _box(r.minx, r.miny, r.maxx, r.maxy) for r in connection.execute(query)}
