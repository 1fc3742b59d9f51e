"""Layer features for exports and the API, with the public rule, and the file writers.

The public rule (DESIGN §8), one function for exports, web pages and the API:
- a layer's personal fields (victims: sex, age, activity, ethnicity, place, consents) and every
  layer's free attributes (unmapped columns, a form's other answers) are left out;
- a record not marked public has its location generalised to its admin area: the geometry
  becomes that area's polygon (or nothing when the area is unknown), and ``location`` says so;
  its place names (``LayerSpec.locating_fields``: an accident's ``place``, a hazard's ``name``)
  and free attributes (which may hold coordinates) are withheld with it, and a ``bbox`` filter
  finds it by its admin area's box, not its own (``layers.LayerFilter(public_view=True)``).

Writers stream: GeoJSON, CSV and XLSX write row by row, GeoPackage in chunks (pyogrio append).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from itertools import islice
from pathlib import Path
from typing import Any

import shapely
from shapely.geometry.base import BaseGeometry
from sqlalchemy import Connection, select

from minewatch.domain.cells import safe_row
from minewatch.domain.errors import InvalidInput, Location
from minewatch.domain.exports import EXPORT_FORMATS
from minewatch.domain.field import (
    COMMON_FIELDS,
    LAYERS,
    FieldType,
    LayerSpec,
    layer_named,
)
from minewatch.services import ledger
from minewatch.services.layers import (
    ALL_ROWS,
    LayerFilter,
    accepted_current,
    count_layer,
    read_layer,
)
from minewatch.storage.cache import reading
from minewatch.storage.field_tables import layer_tables

FORMATS = EXPORT_FORMATS
_ENVELOPE = ("record_id", "version", "review_status", "recorded_at")
# ``synthetic``: the version cites a synthetic source (``_marked``)
_DERIVED = ("year", "area_m2", "location", "synthetic", "geometry_issues", "attributes")


@dataclass(frozen=True)
class Feature:
    properties: dict[str, Any]
    geometry: BaseGeometry | None


def columns(spec: LayerSpec, public: bool) -> list[str]:
    """The property names a layer's features carry, in order."""
    names = [*_ENVELOPE, *(f.name for f in COMMON_FIELDS), *(f.name for f in spec.fields)]
    names += list(_DERIVED)
    if public:
        # Free attributes (a file's unmapped columns, a form's other answers such as an
        # informant's name and phone) were never sorted into public and personal: never public.
        hidden = {*spec.personal_fields, "attributes"}
        names = [n for n in names if n not in hidden]
    return list(dict.fromkeys(names))


def features(
    connection: Connection,
    layer: str,
    where: LayerFilter = ALL_ROWS,
    *,
    public: bool,
    limit: int | None = None,
    offset: int = 0,
) -> Iterator[Feature]:
    """The layer's current accepted records that ``where`` keeps, as features, the public rule
    applied when asked (``public`` also makes ``where.bbox`` select what the public sees);
    ``synthetic`` says whether a record's version cites a synthetic source."""
    spec = layer_named(layer)
    names = columns(spec, public)
    areas = AdminAreas(connection) if public else None
    where = replace(where, public_view=public)
    rows = read_layer(connection, spec.name, where, limit=limit, offset=offset)
    for row in _marked(connection, rows):
        shape = shapely.from_wkb(row["geom"]) if row["geom"] is not None else None
        shape, row["location"] = locate(row, shape, areas, spec)
        row["geometry_issues"] = [i["code"] for i in row["geometry_issues"] or []]
        if isinstance(row.get("recorded_at"), datetime):
            row["recorded_at"] = row["recorded_at"].isoformat(timespec="seconds")
        yield Feature({n: row.get(n) for n in names}, shape)


def _marked(
    connection: Connection, rows: Iterable[dict[str, Any]], batch: int = 1000
) -> Iterator[dict[str, Any]]:
    """``rows`` (layer rows, streamed) each with ``synthetic``: whether its version cites a
    synthetic source (``ledger.synthetic_source_ids``), looked up ``batch`` rows at a time, so
    memory stays bounded whatever the layer's size; no lookup when none is held."""
    made_up = ledger.synthetic_source_ids(connection)
    rows = iter(rows)
    while chunk := list(islice(rows, batch)):
        cited: set[int] = set()
        if made_up:
            seqs = [row["seq"] for row in chunk]
            cited = set(connection.execute(ledger.citing(made_up, seqs)).scalars())
        for row in chunk:
            row["synthetic"] = row["seq"] in cited
            yield row


def locate(
    row: dict[str, Any], shape: BaseGeometry | None, areas: AdminAreas | None, spec: LayerSpec
) -> tuple[BaseGeometry | None, str]:
    """The public rule's location of one row: (geometry, ``location``). With ``areas`` (a
    public answer) a row not marked ``is_public`` gets its admin area's polygon
    (``admin_area``) or nothing (``withheld``), and the row's place names
    (``spec.locating_fields``) and free ``attributes``, which may say where it is more exactly,
    are set to None in ``row``; otherwise its own shape (``exact``) or none."""
    if areas is not None and not row["is_public"]:
        area = areas.shape(row.get("admin_code"))
        for name in (*spec.locating_fields, "attributes"):
            if name in row:
                row[name] = None
        return area, ("admin_area" if area is not None else "withheld")
    return shape, ("exact" if shape is not None else "none")


class AdminAreas:
    """Current admin-area polygons by P-code, loaded on first use."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self._shapes: dict[str, BaseGeometry] | None = None

    def shape(self, code: str | None) -> BaseGeometry | None:
        if code is None:
            return None
        if self._shapes is None:
            table = layer_tables["admin_areas"]
            query = select(table.c.pcode, table.c.geom).where(
                table.c.seq.in_(accepted_current("admin_areas"))
            )
            self._shapes = {
                str(p): shapely.from_wkb(g) for p, g in self.connection.execute(query) if g
            }
        return self._shapes.get(code)


def export_layer(connection: Connection, layer: str, fmt: str, path: Path, *, public: bool) -> int:
    """Write the layer to ``path`` in ``fmt``; returns the number of features written."""
    if fmt not in FORMATS:
        raise InvalidInput(
            f"unknown format {fmt!r} (one of {', '.join(FORMATS)})", Location(field="format")
        )
    spec = layer_named(layer)
    names = columns(spec, public)
    items = features(connection, spec.name, public=public)
    writer = {"geojson": _geojson, "csv": _csv, "xlsx": _xlsx, "gpkg": _gpkg}[fmt]
    return writer(path, spec, names, items)


# The field layers the downloads page offers (``/downloads/field/<layer>.<format>``): the
# hazardous areas and the land release activities (DESIGN §1: donors and the public take away
# maps and tables "without personal or sensitive data"). Accidents and victims are not
# offered: the public sees casualties aggregated (DESIGN §8), in the roll-ups.
DOWNLOADABLE = {
    "hazards": (
        "Hazardous areas",
        "Suspected (SHA) and confirmed (CHA) hazardous areas: polygon or point, status, "
        "device types, blockages, priority, geodesic area in m².",
    ),
    "activities": (
        "Land release",
        "Land release activities: non-technical survey (area cancelled), technical survey "
        "(reduced), clearance (cleared), in m², with the devices found and destroyed.",
    ),
}
MEDIA_TYPES = {
    "geojson": "application/geo+json",
    "gpkg": "application/geopackage+sqlite3",
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def downloadable_layers(connection: Connection) -> list[dict[str, Any]]:
    """The field layers the downloads page lists: ``layer``, ``title``, ``description``,
    ``rows`` (current, accepted records: what a file holds, whoever asks) and one link per
    export format (``geojson``, ``gpkg``, ``csv``, ``xlsx``). The same file is generalised
    for anonymous callers and exact for an analyst or above (``web.downloads``)."""
    return [
        {
            "layer": layer,
            "title": title,
            "description": description,
            "rows": count_layer(connection, layer),
            **{fmt: f"/downloads/field/{layer}.{fmt}" for fmt in FORMATS},
        }
        for layer, (title, description) in DOWNLOADABLE.items()
    ]


def feature_dict(feature: Feature) -> dict[str, Any]:
    """A GeoJSON Feature object."""
    geometry = json.loads(shapely.to_geojson(feature.geometry)) if feature.geometry else None
    return {"type": "Feature", "properties": feature.properties, "geometry": geometry}


def _geojson(path: Path, _spec: LayerSpec, _names: list[str], items: Iterable[Feature]) -> int:
    count = 0
    with path.open("w", encoding="utf-8") as out:
        out.write('{"type": "FeatureCollection", "features": [\n')
        for feature in items:
            out.write((",\n" if count else "") + json.dumps(feature_dict(feature), default=str))
            count += 1
        out.write("\n]}\n")
    return count


def _flat(feature: Feature, names: list[str]) -> list[Any]:
    values = []
    for name in names:
        value = feature.properties.get(name)
        values.append(
            json.dumps(value, ensure_ascii=False) if isinstance(value, dict | list) else value
        )
    shape = feature.geometry
    point = shape is not None and shape.geom_type == "Point"
    values += [
        shape.x if point else None,  # type: ignore[union-attr]
        shape.y if point else None,  # type: ignore[union-attr]
        shape.wkt if shape is not None else None,
    ]
    return values


_GEOMETRY_COLUMNS = ["longitude", "latitude", "wkt"]


def _csv(path: Path, _spec: LayerSpec, names: list[str], items: Iterable[Feature]) -> int:
    count = 0
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(safe_row([*names, *_GEOMETRY_COLUMNS]))
        for feature in items:
            writer.writerow(safe_row(_flat(feature, names)))
            count += 1
    return count


def _xlsx(path: Path, spec: LayerSpec, names: list[str], items: Iterable[Feature]) -> int:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet(spec.name)
    sheet.append(safe_row([*names, *_GEOMETRY_COLUMNS]))
    count = 0
    for feature in items:
        sheet.append(safe_row(_flat(feature, names)))
        count += 1
    book.save(path)
    return count


def _gpkg(path: Path, spec: LayerSpec, names: list[str], items: Iterable[Feature]) -> int:
    import numpy as np
    from pyogrio.raw import write

    if path.exists():
        path.unlink()
    kinds = {f.name: f.type for f in (*COMMON_FIELDS, *spec.fields)}
    chunk: list[Feature] = []
    count = 0

    def flush() -> None:
        geometry = np.array(
            [shapely.to_wkb(f.geometry) if f.geometry is not None else None for f in chunk],
            dtype=object,
        )
        data = [_gpkg_column([f.properties.get(n) for f in chunk], kinds.get(n), n) for n in names]
        write(
            path,
            geometry,
            data,
            names,
            driver="GPKG",
            layer=spec.name,
            crs="EPSG:4326",
            geometry_type="Unknown",
            append=path.exists(),
        )

    for feature in items:
        chunk.append(feature)
        count += 1
        if len(chunk) >= 10_000:
            flush()
            chunk = []
    if chunk or count == 0:
        flush()
    return count


def _gpkg_column(values: list[Any], kind: FieldType | None, name: str) -> Any:
    import numpy as np

    if kind in (FieldType.INT, FieldType.FLOAT) or name in ("year", "area_m2", "version"):
        return np.array([np.nan if v is None else float(v) for v in values], dtype="float64")
    text = [
        None
        if v is None
        else json.dumps(v, ensure_ascii=False)
        if isinstance(v, dict | list)
        else str(v)
        for v in values
    ]
    return np.array(text, dtype=object)


def layer_collection(
    connection: Connection,
    layer: str,
    where: LayerFilter,
    *,
    public: bool,
    limit: int | None = None,
    offset: int = 0,
) -> dict[str, Any]:
    """A GeoJSON FeatureCollection of one page (``limit``, ``offset``) of the layer's rows that
    ``where`` keeps, with ``numberMatched`` (all of them) and ``numberReturned``."""
    name = layer_named(layer).name
    where = replace(where, public_view=public)
    with reading(layer_kinds(name)):
        page = features(connection, name, where, public=public, limit=limit, offset=offset)
        items = [feature_dict(f) for f in page]
        matched = count_layer(connection, name, where)
    return {
        "type": "FeatureCollection",
        "layer": name,
        "public": public,
        "numberMatched": matched,
        "numberReturned": len(items),
        "features": items,
    }


def layer_kinds(layer: str) -> tuple[str, ...]:
    """The record kinds a read of ``layer`` depends on: its own, and the admin areas (the public
    view places a hidden record by its area)."""
    return (str(LAYERS[layer].kind), str(LAYERS["admin_areas"].kind))
