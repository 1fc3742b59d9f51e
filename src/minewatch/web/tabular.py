"""Any JSON answer as a CSV table, optionally with an HXL hashtag row.

Which list is the table:
- a paged answer names it (``"page": {"of": "states", …}``, see ``minewatch.web.paging``);
- otherwise ``?table=NAME`` picks a top-level list of objects, and an answer with exactly one
  such list needs no choice;
- an answer with no list of objects is one row (the object itself, flattened);
- a GeoJSON FeatureCollection (the layers API, OGC API items) is its features, one row each:
  ``id``, the properties, and the geometry as ``wkt``; a GeoJSON Feature is one such row.

Cells: nested objects become dotted columns (``standing.status``); a list of plain values is
joined with ``"; "``; a list of objects (citations, contradictions) is kept whole as JSON text,
so nothing is lost. Columns appear in the order they are first met.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping
from typing import Any

import orjson
import shapely.geometry

from minewatch.domain.cells import safe_row
from minewatch.domain.errors import InvalidInput, Location
from minewatch.domain.hxl import hashtag

Row = dict[str, Any]


def _is_table(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(item, Mapping) for item in value)


def pick_table(data: Any, table: str | None) -> tuple[str, list[Any]]:
    """The rows of ``data`` to write and the table's name.

    A ``sources`` list is the answer's citations: it can be named (``?table=sources``) but is
    never the default, so an answer of one table and its sources (the field roll-ups) writes
    that table.

    Raises InvalidInput (field ``table``) when the name is unknown, or when the answer holds
    several tables besides its sources and none was named.
    """
    if _is_table(data):
        return "rows", list(data)
    if not isinstance(data, Mapping):
        raise InvalidInput("this answer is not a table", Location(field="table"))
    tables = [key for key, value in data.items() if key != "page" and _is_table(value)]
    page = data.get("page")
    chosen = table or (page.get("of") if isinstance(page, Mapping) else None)
    if data.get("type") == "Feature" and not table:
        return "feature", [_feature_row(data)]
    geojson = data.get("type") == "FeatureCollection" and "features" in tables
    if geojson and chosen is None:
        chosen = "features"
    if geojson and chosen == "features":
        return "features", [_feature_row(f) for f in data["features"]]
    data_tables = [key for key in tables if key != "sources"]
    if chosen is None and len(data_tables) == 1:
        chosen = data_tables[0]
    if chosen is None and not tables:
        return "record", [data]
    if chosen not in tables:
        named = f"no table {chosen!r}; " if chosen else ""
        reason = f"{named}this answer has the tables {', '.join(tables)}: choose with ?table=NAME"
        raise InvalidInput(reason, Location(field="table"))
    return str(chosen), list(data[chosen])


def _feature_row(feature: Mapping[str, Any]) -> Row:
    geometry = feature.get("geometry")
    wkt = shapely.geometry.shape(geometry).wkt if geometry else None
    named = {"id": feature["id"]} if "id" in feature else {}
    return {**named, **(feature.get("properties") or {}), "wkt": wkt}


def flatten(row: Mapping[str, Any], prefix: str = "") -> Row:
    """Nested objects as dotted columns: ``{"a": {"b": 1}}`` -> ``{"a.b": 1}``."""
    flat: Row = {}
    for key, value in row.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping):
            flat.update(flatten(value, f"{name}."))
        else:
            flat[name] = value
    return flat


def cell(value: Any) -> str:
    """One value as CSV text (``None`` is an empty cell; booleans are ``true``/``false``)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        if all(not isinstance(v, Mapping | list) for v in value):
            return "; ".join(cell(v) for v in value)
        return orjson.dumps(value).decode()
    return str(value)


def columns_of(rows: Iterable[Row]) -> list[str]:
    seen: dict[str, None] = {}
    for row in rows:
        seen.update(dict.fromkeys(row))
    return list(seen)


def to_csv(rows: list[Any], hxl: bool = False) -> bytes:
    """RFC 4180 CSV (UTF-8, CRLF) with a header row, then, if ``hxl``, the HXL hashtag row.
    Every cell is spreadsheet-safe (``minewatch.domain.cells``: text that a spreadsheet would
    run as a formula starts with ``'``; numbers stay numbers)."""
    flat = [flatten(row) for row in rows]
    columns = columns_of(flat)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(safe_row(columns))
    if hxl:
        writer.writerow(safe_row(hashtag(c) for c in columns))
    for row in flat:
        writer.writerow(safe_row(cell(row.get(c)) for c in columns))
    return out.getvalue().encode()
