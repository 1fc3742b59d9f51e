"""Geometry done right (DESIGN §5): WGS 84 storage, geodesic areas, GICHD quality checks.

- ``to_wgs84`` transforms from any CRS pyproj knows (EPSG:32618, a WKT, a PROJ string) to
  EPSG:4326 with x = longitude, y = latitude (``always_xy``).
- ``geodesic_area_m2`` integrates on the WGS 84 ellipsoid (pyproj ``Geod``, Karney's algorithm),
  so a polygon keeps its true area whatever projection it came in; m² is the one stored unit.
- ``split_at_antimeridian`` turns a lon/lat box whose west edge is east of its east edge (it
  crosses 180°) into the two boxes either side of it.
- ``check_geometry`` (``check_geometries`` for a batch) applies the checks GICHD's IMSMA
  data-quality guidance lists: invalid rings, fewer than 3 vertices, consecutive vertices more
  than 5 km apart, overlapping parts; and ``DuplicateFinder`` finds duplicate geometries and
  identifiers across a file.

Errors make a feature unusable (a ring that crosses itself has no area); warnings are stored
with the feature and reported, never silently fixed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from itertools import combinations
from typing import Any, Protocol

import numpy as np
import shapely
from pyproj import CRS, Geod, Transformer
from pyproj.exceptions import CRSError
from shapely.geometry.base import BaseGeometry

from minewatch.domain.errors import InvalidInput, Location

WGS84 = "EPSG:4326"
GEOD = Geod(ellps="WGS84")
MAX_SEGMENT_M = 5_000.0  # GICHD: consecutive vertices further apart than 5 km are suspect


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class GeometryIssue:
    code: str  # invalid_ring, too_few_vertices, long_segment, overlapping_parts, duplicate_*
    severity: Severity
    detail: str

    def as_dict(self) -> dict[str, str]:
        return {"code": self.code, "severity": str(self.severity), "detail": self.detail}


Box = tuple[float, float, float, float]  # west, south, east, north in degrees


def parse_bbox(text: str | None) -> Box | None:
    """The one ``bbox`` rule of every route that takes one (the map's ``/field/features.json``,
    ``/api/v1/layers/{layer}`` and OGC ``/ogc/collections/{id}/items``): ``west,south,east,north``
    (OGC's ``minLon,minLat,maxLon,maxLat``; six numbers with heights are accepted and the heights
    ignored) in WGS 84 / CRS84 degrees. west > east is a box crossing the antimeridian (OGC API -
    Features Part 1 §7.15.3), kept as given: readers split it (``split_at_antimeridian``). None
    when not given; InvalidInput naming ``bbox`` for anything else: not numbers, not 4 or 6 of
    them, not finite, longitudes outside -180..180, latitudes outside -90..90, south > north."""
    if text is None:
        return None
    where = Location(field="bbox")
    try:
        numbers = [float(part) for part in text.split(",")]
    except ValueError:
        raise InvalidInput(f"{text!r} is not west,south,east,north in degrees", where) from None
    if len(numbers) not in (4, 6) or not all(abs(n) < float("inf") for n in numbers):
        raise InvalidInput(f"{text!r}: bbox takes 4 (or 6) finite numbers", where)
    west, south, east, north = (
        numbers if len(numbers) == 4 else [numbers[0], numbers[1], numbers[3], numbers[4]]
    )
    if not (-180 <= west <= 180 and -180 <= east <= 180 and -90 <= south <= north <= 90):
        raise InvalidInput(f"{text!r}: longitudes -180..180, latitudes -90..90, S <= N", where)
    return (west, south, east, north)


def split_at_antimeridian(box: Box) -> tuple[Box, ...]:
    """``box`` itself, or, when west > east (a box crossing the antimeridian, as OGC API -
    Features Part 1 §7.15.3 allows: "the value of the lower corner may be greater than the
    value of the upper corner"), the two boxes west..180 and -180..east."""
    west, south, east, north = box
    if west <= east:
        return (box,)
    return ((west, south, 180.0, north), (-180.0, south, east, north))


def parse_crs(text: str) -> CRS:
    """A CRS from ``EPSG:N`` or any definition pyproj accepts; InvalidInput otherwise."""
    try:
        return CRS.from_user_input(text)
    except CRSError as exc:
        raise InvalidInput(f"unknown coordinate reference system {text!r} ({exc})") from None


@lru_cache(maxsize=32)
def _transformer(crs_text: str) -> Transformer:
    return Transformer.from_crs(parse_crs(crs_text), WGS84, always_xy=True)


@lru_cache(maxsize=32)
def _is_wgs84(crs_text: str) -> bool:
    return parse_crs(crs_text) == parse_crs(WGS84)


def to_wgs84(geometry: BaseGeometry, crs: str | None) -> BaseGeometry:
    """The geometry in WGS 84 (lon, lat); unchanged when ``crs`` is None or already WGS 84."""
    moved: BaseGeometry = to_wgs84_all(geometry, crs)
    return moved


def to_wgs84_all(geometries: Any, crs: str | None) -> Any:
    """``to_wgs84`` over a numpy array of geometries (or one), in one transform call."""
    if crs is None or _is_wgs84(crs):
        return geometries
    transformer = _transformer(crs)
    return shapely.transform(
        geometries, lambda xy: _stack(transformer.transform(xy[:, 0], xy[:, 1]))
    )


def _stack(xy: tuple[Any, Any]) -> Any:
    return np.column_stack(xy)


def geodesic_area_m2(geometry: BaseGeometry) -> float:
    """Area on the WGS 84 ellipsoid in m² (0 for points and lines). Input must be lon/lat."""
    if geometry.is_empty or geometry.geom_type not in ("Polygon", "MultiPolygon"):
        return 0.0
    area, _perimeter = GEOD.geometry_area_perimeter(geometry)
    return abs(float(area))


def polygon_parts(geometry: BaseGeometry) -> list[BaseGeometry]:
    if geometry.geom_type == "Polygon":
        return [geometry]
    if geometry.geom_type == "MultiPolygon":
        return list(getattr(geometry, "geoms", []))
    return []


def area_m2(geometry: BaseGeometry) -> float:
    """The stored area: geodesic, with overlapping parts counted once."""
    parts = polygon_parts(geometry)
    if len(parts) > 1 and _overlaps(parts):
        return geodesic_area_m2(shapely.union_all(parts))
    return geodesic_area_m2(geometry)


def _rings(geometry: BaseGeometry) -> list[list[tuple[float, float]]]:
    rings = []
    for part in polygon_parts(geometry):
        rings.append(list(part.exterior.coords))
        rings.extend(list(r.coords) for r in part.interiors)
    if geometry.geom_type in ("LineString", "MultiLineString"):
        lines = getattr(geometry, "geoms", [geometry])
        rings.extend(list(line.coords) for line in lines)
    return rings


def _overlaps(parts: list[BaseGeometry]) -> bool:
    return any(a.intersection(b).area > 0 for a, b in combinations(parts, 2))


def check_geometry(geometry: BaseGeometry) -> list[GeometryIssue]:
    """The GICHD checks on one WGS 84 feature; errors first."""
    issues = _range_issues(geometry)
    if issues:
        return issues
    issues += _vertex_issues(geometry)
    if not issues:
        issues += _validity_issues(geometry)
    issues += _segment_issues(geometry)
    return issues


def check_geometries(geometries: Sequence[BaseGeometry]) -> list[list[GeometryIssue]]:
    """``check_geometry`` of each feature, in order. Points (most accident and victim files),
    which have no rings, parts or segments, are checked in one vectorised pass over their
    bounds; other shapes one by one."""
    shapes = np.asarray(geometries, dtype=object)
    found: list[list[GeometryIssue]] = [[] for _ in range(len(shapes))]
    if not len(shapes):
        return found
    is_point = shapely.get_type_id(shapes) == 0  # GEOS type id 0: Point
    for i in np.flatnonzero(~is_point).tolist():
        found[i] = check_geometry(shapes[i])
    points = np.flatnonzero(is_point)
    bounds = shapely.bounds(shapes[points])
    empty = shapely.is_empty(shapes[points])
    with np.errstate(invalid="ignore"):  # NaN coordinates compare False, as in _range_issues
        west, south, east, north = bounds.T
        outside = (west < -180) | (east > 180) | (south < -90) | (north > 90)
    for i in np.flatnonzero(empty | outside).tolist():
        found[int(points[i])] = _range_issues(shapes[points[i]])
    return found


@dataclass(frozen=True)
class Encoded:
    """A batch of features as stored (``encode``): 2-D WKB, its upper-case hex (what a row's
    fingerprint hashes) and bounds (minx, miny, maxx, maxy); None for a row without one."""

    wkb: list[bytes | None]
    hex: list[str | None]
    bounds: list[tuple[float, float, float, float] | None]


def encode(geometries: Sequence[BaseGeometry | None]) -> Encoded:
    """Each feature forced to 2-D and written as WKB, with its bounds: one vectorised call each
    over the batch (the same bytes ``shapely.to_wkb(shapely.force_2d(g))`` gives per feature)."""
    shapes = np.asarray(geometries, dtype=object)
    if not len(shapes):
        return Encoded([], [], [])
    flat = shapely.force_2d(shapes)
    wkb: list[bytes | None] = shapely.to_wkb(flat).tolist()
    raw_bounds = shapely.bounds(flat).tolist()
    return Encoded(
        wkb,
        [w.hex().upper() if w is not None else None for w in wkb],
        [tuple(b) if w is not None else None for w, b in zip(wkb, raw_bounds, strict=True)],
    )


def _range_issues(geometry: BaseGeometry) -> list[GeometryIssue]:
    if geometry.is_empty:
        return [GeometryIssue("empty", Severity.ERROR, "the geometry is empty")]
    minx, miny, maxx, maxy = geometry.bounds
    if minx < -180 or maxx > 180 or miny < -90 or maxy > 90:
        detail = (
            f"coordinates ({minx:.1f}, {miny:.1f})–({maxx:.1f}, {maxy:.1f}) are not longitude/"
            "latitude: is the coordinate reference system right (--crs)?"
        )
        return [GeometryIssue("out_of_range", Severity.ERROR, detail)]
    return []


def _vertex_issues(geometry: BaseGeometry) -> list[GeometryIssue]:
    issues = []
    for number, ring in enumerate(_rings(geometry), start=1):
        distinct = {tuple(xy) for xy in ring}
        least = 3 if geometry.geom_type in ("Polygon", "MultiPolygon") else 2
        if len(distinct) < least:
            detail = f"ring {number} has {len(distinct)} distinct vertices; at least {least}"
            issues.append(GeometryIssue("too_few_vertices", Severity.ERROR, detail))
    return issues


def _validity_issues(geometry: BaseGeometry) -> list[GeometryIssue]:
    parts = polygon_parts(geometry)
    for number, part in enumerate(parts, start=1):
        if not part.is_valid:
            reason = shapely.is_valid_reason(part)
            detail = f"part {number}: {reason}" if len(parts) > 1 else str(reason)
            return [GeometryIssue("invalid_ring", Severity.ERROR, detail)]
    if len(parts) > 1 and _overlaps(parts):
        detail = f"{len(parts)} parts overlap; the area counts the overlap once"
        return [GeometryIssue("overlapping_parts", Severity.WARNING, detail)]
    return []


def _segment_issues(geometry: BaseGeometry) -> list[GeometryIssue]:
    longest = 0.0
    for ring in _rings(geometry):
        if len(ring) < 2:
            continue
        lons = [xy[0] for xy in ring]
        lats = [xy[1] for xy in ring]
        _az1, _az2, distances = GEOD.inv(lons[:-1], lats[:-1], lons[1:], lats[1:])
        longest = max([longest, *(float(d) for d in distances)])
    if longest > MAX_SEGMENT_M:
        detail = f"consecutive vertices {longest / 1000:.1f} km apart (more than 5 km)"
        return [GeometryIssue("long_segment", Severity.WARNING, detail)]
    return []


class SeenHashes(Protocol):
    """Where a finder remembers hashes: ``setdefault(hash, row)`` returns the first row that
    had the hash. A ``dict`` serves; an import passes ``imports.intmap.IntMap``, which keeps
    its memory bounded by spilling to temporary files (I/O stays out of this pure layer)."""

    def setdefault(self, key: int, default: int, /) -> int: ...


class DuplicateFinder:
    """Remembers geometries and identifiers seen in one import (a 64-bit hash each), in maps
    made by ``remember`` (default ``dict``; an import passes a bounded-memory map)."""

    def __init__(self, remember: Callable[[], SeenHashes] = dict) -> None:
        self._geometries = remember()
        self._ids = remember()

    def check(
        self, row: int, geometry: BaseGeometry | None, reference: str | None
    ) -> list[GeometryIssue]:
        issues = []
        if geometry is not None:
            first = self._geometries.setdefault(
                _digest(shapely.to_wkb(shapely.normalize(geometry))), row
            )
            if first != row:
                kind = "point" if geometry.geom_type == "Point" else "geometry"
                detail = f"the same {kind} as row {first}"
                issues.append(GeometryIssue(f"duplicate_{kind}", Severity.WARNING, detail))
        if reference:
            first = self._ids.setdefault(hash(reference), row)
            if first != row:
                detail = f"the reference {reference!r} is also on row {first}"
                issues.append(GeometryIssue("duplicate_id", Severity.WARNING, detail))
        return issues


def _digest(data: bytes) -> int:
    """64 bits of the interpreter's keyed hash (SipHash, as for references): enough to tell a
    million features of one import apart, small to remember, and cheap."""
    return hash(data)
