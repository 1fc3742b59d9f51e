"""The field map's window index: a layer's current, accepted rows as arrays, kept in memory.

A zoomed-out map window meets thousands of rows; finding the first ``MAX_FEATURES`` of them and
counting them all through SQL cost a walk of the table and a count of every current row per
request (docs/performance.md, P5). This index holds, per map layer and view (all, or the public
view), each row's ``seq``, box and date in ``seq`` order. A window is then a vectorised
box test (the same comparisons as ``Spatial.bbox_filter(wide=True)``, in float64 like SQL's
REAL), the count is exact, and only the rows sent are read from the database by ``seq``.

It is built from one indexed query (the current-row marker) and kept in the app's read cache
until the layer (or, for the public view, the admin areas) is written. Only the present and
the page's date are indexed: a ``known_at`` read, or one with a status, type or year filter, goes
through SQL as before (the index holds only what the current-row index covers, so building it
reads no table row: ~0.3 s of CPU at 100k rows, once per write).

The public view (``layers._in_box`` with ``public_view``): a row marked public is found by its
own box; any other row by the box of its admin area (a current, accepted admin area with its
P-code); a row with neither meets no window (it is still listed when no box is asked for, as
``withheld``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from sqlalchemy import Connection, func, select

from minewatch.domain.evidence import ReviewStatus
from minewatch.domain.geometry import split_at_antimeridian
from minewatch.services.layers import LayerFilter
from minewatch.storage.field_tables import field_placements, layer_tables
from minewatch.storage.spatial import BBox

CHUNK_ROWS = 20_000  # rows read at once when building an index


@dataclass(frozen=True)
class WindowIndex:
    """One layer's current, accepted rows in ``seq`` order: ``seq`` (int64), ``box`` (n x 4
    float64: minx, miny, maxx, maxy in degrees; for the public view, where the public sees the
    row; nan: nowhere) and ``date`` (bytes, ``b""`` when undated; YYYY, YYYY-MM or YYYY-MM-DD
    compare as text, as in SQL). Only columns of the current-row index (``ix_field_<layer>_
    current``, which covers them): the page's status, type and year filters go through SQL."""

    seq: np.ndarray[Any, np.dtype[np.int64]]
    box: np.ndarray[Any, np.dtype[np.float64]]
    date: np.ndarray[Any, Any]

    @staticmethod
    def covers(where: LayerFilter) -> bool:
        """Whether ``select`` can answer ``where``: a read of the present with at most a box and
        an ``until`` date (a status, type, year, state or period filter goes through SQL)."""
        rest = (where.iso3, where.year, where.known_at, where.during)
        return all(v is None for v in rest) and not where.equals

    def select(self, where: LayerFilter) -> np.ndarray[Any, np.dtype[np.int64]]:
        """The ``seq`` of every row meeting ``where.bbox`` (west, south, east, north; west >
        east: either half of a box crossing the antimeridian, ``geometry.split_at_antimeridian``)
        and dated by ``where.until`` (YYYY-MM-DD) or undated, in ``seq`` order. ``where`` must be
        one the index ``covers``: ValueError otherwise."""
        if not self.covers(where):
            raise ValueError(f"the window index cannot answer {where}")
        keep = np.ones(len(self.seq), dtype=bool)
        if where.bbox is not None:
            halves = split_at_antimeridian(where.bbox)
            keep &= np.logical_or.reduce([self._meets(half) for half in halves])
        if where.until is not None:
            keep &= self.date <= where.until.encode()
        return self.seq[keep]

    def _meets(self, bbox: BBox) -> np.ndarray[Any, np.dtype[np.bool_]]:
        box = self.box
        meets = (box[:, 2] >= bbox[0]) & (box[:, 0] <= bbox[2])
        meets &= (box[:, 3] >= bbox[1]) & (box[:, 1] <= bbox[3])
        return meets


def build_index(connection: Connection, layer: str, *, public: bool) -> WindowIndex:
    """Read ``layer``'s current, accepted rows (one query, covered by the current-row index)
    into a WindowIndex; ``public``: boxes as the public view places them."""
    table = layer_tables[layer]
    query = (
        select(
            table.c.seq,
            table.c.minx,
            table.c.miny,
            table.c.maxx,
            table.c.maxy,
            table.c.date,
            table.c.is_public,
            func.coalesce(table.c.admin_code, field_placements.c.admin_code),
        )
        .select_from(
            # a join, not ``admin_code_of``'s probe per row: PostgreSQL may hash it (100k rows
            # placed: 0.15 s against 0.39 s for the probes)
            table.outerjoin(field_placements, field_placements.c.seq == table.c.seq)
        )
        .where(
            table.c.superseded_by.is_(None),
            table.c.review_status == str(ReviewStatus.ACCEPTED),
        )
    )
    # In chunks: all 100k rows at once as Python objects was a ~90 MB peak that the process
    # kept resident after (freed, but fragmented): P7, ``minewatch serve`` < 200 MB.
    found = connection.execute(query.execution_options(yield_per=CHUNK_ROWS))
    areas = _area_boxes(connection) if public else {}
    seqs, boxes, dates = [], [], []
    for rows in found.partitions():
        # Column by column: reading each row's fields by name cost several times as much.
        seq, minx, miny, maxx, maxy, dated, is_public, admin_code = zip(*rows, strict=True)
        box = np.array([minx, miny, maxx, maxy], dtype=np.float64).T.reshape(len(rows), 4)
        if public:  # NULL sides are nan: they meet no window
            nowhere = _box(None, None, None, None)
            for i, (shown, code) in enumerate(zip(is_public, admin_code, strict=True)):
                if not shown:
                    box[i] = areas.get(code, nowhere)
        seqs.append(np.array(seq, dtype=np.int64))
        boxes.append(box)
        dates.append(np.array(["" if d is None else d for d in dated], dtype=bytes))
    if not seqs:
        empty = np.zeros(0, dtype=np.int64)
        return WindowIndex(seq=empty, box=np.zeros((0, 4)), date=np.zeros(0, dtype=bytes))
    every = np.concatenate(seqs)
    order = np.argsort(every, kind="stable")  # in index order until now
    width = max(d.dtype.itemsize for d in dates)
    return WindowIndex(
        seq=every[order],
        box=np.concatenate(boxes)[order],
        date=np.concatenate([d.astype(f"S{width}") for d in dates])[order],
    )


def _box(*sides: float | None) -> tuple[float, float, float, float]:
    """A box; a side without a value (no geometry) meets no window, as NULL in SQL."""
    nan = float("nan")
    minx, miny, maxx, maxy = (nan if v is None else float(v) for v in sides)
    return minx, miny, maxx, maxy


def _area_boxes(connection: Connection) -> dict[str, tuple[float, float, float, float]]:
    """P-code -> box of the current, accepted admin areas."""
    areas = layer_tables["admin_areas"]
    query = select(areas.c.pcode, areas.c.minx, areas.c.miny, areas.c.maxx, areas.c.maxy).where(
        areas.c.superseded_by.is_(None),
        areas.c.review_status == str(ReviewStatus.ACCEPTED),
    )
    return {r.pcode: _box(r.minx, r.miny, r.maxx, r.maxy) for r in connection.execute(query)}
