"""OGC API – Features, Part 1 (Core, GeoJSON): the collections, their extents and their items.

The OGC standard is the interface; the data and the public rule are the field layers' own:
items come from ``field_export.features`` (the one public rule of exports, the layers API and
the map: personal fields left out, a record not marked public placed at its admin area) and
are counted by ``layers.count_layer`` with the same filters. Victims are personal data and are
never a collection.

Standard: OGC 17-069r4, OGC API – Features – Part 1: Core 1.0.1
(https://docs.ogc.org/is/17-069r4/17-069r4.html). Requirement classes served: core, geojson,
oas30. Coordinates are longitude, latitude in WGS 84 (CRS84), as stored.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Connection, and_, func, or_, select, true
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.expression import FromClause

from minewatch.domain.errors import InvalidInput, Location, NotFound
from minewatch.domain.evidence import ReviewStatus
from minewatch.services.field_export import feature_dict, features
from minewatch.services.layers import Interval, LayerFilter, count_layer
from minewatch.storage.field_tables import admin_code_of, layer_tables
from minewatch.storage.spatial import BBox
from minewatch.storage.tables import records

CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84"
TRS = "http://www.opengis.net/def/uom/ISO-8601/0/Gregorian"
CONFORMANCE = (
    "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
    "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
    "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
)
DEFAULT_LIMIT = 100  # features per page when ``limit`` is not given
MAX_LIMIT = 10_000  # the most one page holds; a larger ``limit`` is refused (400)


@dataclass(frozen=True)
class Collection:
    id: str  # the URL's collection id
    layer: str  # the field layer behind it (domain/field.py)
    title: str
    description: str


COLLECTIONS: dict[str, Collection] = {
    c.id: c
    for c in (
        Collection(
            "hazards",
            "hazards",
            "Hazardous areas",
            "Suspected (SHA) and confirmed (CHA) hazardous areas: polygons or points, status "
            "open / in_progress / released, area_m2 geodesic (IMAS 07.11).",
        ),
        Collection(
            "activities",
            "activities",
            "Land release activities",
            "Non-technical survey (cancelled), technical survey (reduced), clearance (cleared), "
            "EOD spot tasks, handovers and finds, with devices destroyed.",
        ),
        Collection(
            "accidents",
            "accidents",
            "Mine accidents",
            "Accidents with killed and injured counts; no victim's personal data.",
        ),
        Collection(
            "admin-areas",
            "admin_areas",
            "Administrative areas",
            "P-coded administrative areas the other records are placed in.",
        ),
    )
}


def collection_named(collection_id: str) -> Collection:
    """The collection called ``collection_id``; NotFound otherwise (victims included)."""
    found = COLLECTIONS.get(collection_id)
    if found is None:
        raise NotFound(f"no collection {collection_id!r} (one of {', '.join(COLLECTIONS)})")
    return found


def _instant(text: str, where: Location) -> date:
    try:
        if "T" in text or "t" in text:
            moment = datetime.fromisoformat(text)
            if moment.tzinfo is not None:
                moment = moment.astimezone(UTC)
            return moment.date()
        return date.fromisoformat(text)
    except ValueError:
        raise InvalidInput(
            f"{text!r} is not an RFC 3339 date or date-time (2010-05-01, 2010-05-01T12:00:00Z)",
            where,
        ) from None


def parse_datetime(text: str | None) -> Interval | None:
    """OGC ``datetime``: an instant (``2010-05-01`` or ``2010-05-01T12:00:00Z``), a closed
    interval (``2010-01-01/2010-12-31``) or a half-open one (``../2020-01-01``,
    ``2019-01-01/..``; an empty end is open too). Records are dated by day, month or year, so
    a date-time counts as its UTC day. Returns (first day, last day) as YYYY-MM-DD, None for
    open; InvalidInput (400) for anything else, an interval open at both ends, or start > end."""
    if text is None:
        return None
    where = Location(field="datetime")
    parts = text.split("/")
    if len(parts) == 1:
        day = _instant(parts[0], where).isoformat()
        return (day, day)
    if len(parts) != 2:
        raise InvalidInput(f"{text!r}: an instant or one interval START/END", where)
    start, end = (None if p in ("", "..") else _instant(p, where) for p in parts)
    if start is None and end is None:
        raise InvalidInput(f"{text!r}: an interval needs at least one end", where)
    if start is not None and end is not None and start > end:
        raise InvalidInput(f"{text!r}: the start is after the end", where)
    return (
        start.isoformat() if start else None,
        end.isoformat() if end else None,
    )


def _period(text: str, last: bool) -> str:
    """A YYYY, YYYY-MM or YYYY-MM-DD date as an RFC 3339 instant: its first (or last) second."""
    parts = [int(p) for p in text.split("-")]
    year = parts[0]
    month = parts[1] if len(parts) > 1 else (12 if last else 1)
    day = parts[2] if len(parts) > 2 else (calendar.monthrange(year, month)[1] if last else 1)
    clock = "23:59:59" if last else "00:00:00"
    return f"{year:04d}-{month:02d}-{day:02d}T{clock}Z"


def _current(table: FromClause) -> ColumnElement[bool]:
    """The row is its record's current version and accepted (``layers.is_current`` now)."""
    return and_(
        table.c.superseded_by.is_(None), table.c.review_status == str(ReviewStatus.ACCEPTED)
    )


def extent(connection: Connection, layer: str, *, public: bool) -> dict[str, Any]:
    """The collection's extent as the caller sees it: the box of the geometries it would get
    (in the public view a record not marked public counts by its admin area's box, so the
    extent never shows an exact place the items hide), and the interval of its dates."""
    table = layer_tables[layer]
    current = _current(table)
    boxes = [
        select(
            func.min(table.c.minx),
            func.min(table.c.miny),
            func.max(table.c.maxx),
            func.max(table.c.maxy),
        ).where(current, table.c.is_public.is_(True) if public else true())
    ]
    if public:
        areas = layer_tables["admin_areas"].alias("areas")  # the layer may be admin_areas
        hidden = or_(table.c.is_public.is_(None), table.c.is_public.is_(False))
        boxes.append(
            select(
                func.min(areas.c.minx),
                func.min(areas.c.miny),
                func.max(areas.c.maxx),
                func.max(areas.c.maxy),
            )
            .select_from(table)
            .join(areas, areas.c.pcode == admin_code_of(table))
            .where(current, hidden, _current(areas))
        )
    found = [
        row for query in boxes for row in [connection.execute(query).one()] if row[0] is not None
    ]
    dates = connection.execute(
        select(func.min(table.c.date), func.max(table.c.date)).where(current)
    ).one()
    spatial: dict[str, Any] = {"crs": CRS84}
    if found:
        spatial["bbox"] = [
            [
                min(float(r[0]) for r in found),
                min(float(r[1]) for r in found),
                max(float(r[2]) for r in found),
                max(float(r[3]) for r in found),
            ]
        ]
    interval = [
        _period(dates[0], last=False) if dates[0] else None,
        _period(dates[1], last=True) if dates[1] else None,
    ]
    return {"spatial": spatial, "temporal": {"interval": [interval], "trs": TRS}}


def item_features(
    connection: Connection,
    collection: Collection,
    *,
    public: bool,
    bbox: BBox | None = None,
    during: Interval | None = None,
    limit: int = DEFAULT_LIMIT,
    offset: int = 0,
) -> tuple[list[dict[str, Any]], int]:
    """One page of the collection's features (GeoJSON Feature objects whose ``id`` is the
    record id), oldest record first, and how many match in all (``numberMatched``)."""
    where = LayerFilter(bbox=bbox, during=during, public_view=public)
    found = features(connection, collection.layer, where, public=public, limit=limit, offset=offset)
    page = [_with_id(feature_dict(f)) for f in found]
    matched = count_layer(connection, collection.layer, where)
    return page, matched


def data_time(connection: Connection, layer: str) -> str:
    """The items' ``timeStamp``: when the data behind them last changed, the newest record time
    of the layer or of the admin areas (the public view draws hidden records as those), as
    RFC 3339 UTC; ``1970-01-01T00:00:00Z`` when neither holds a row. A clock reading would make
    every answer, and so its ETag, differ from the one a second earlier: no 304 could match."""
    newest = None
    for name in {layer, "admin_areas"}:
        table = layer_tables[name]
        query = select(func.max(records.c.recorded_at)).join(table, table.c.seq == records.c.seq)
        found = connection.execute(query).scalar_one()
        if found is not None and (newest is None or found > newest):
            newest = found
    return newest.strftime("%Y-%m-%dT%H:%M:%SZ") if newest else "1970-01-01T00:00:00Z"


def item_feature(
    connection: Connection, collection: Collection, feature_id: str, *, public: bool
) -> dict[str, Any]:
    """The current feature of one record, by its record id; NotFound otherwise."""
    found = list(
        features(
            connection,
            collection.layer,
            LayerFilter(equals={"record_id": feature_id}),
            public=public,
        )
    )
    if not found:
        raise NotFound(f"no feature {feature_id!r} in collection {collection.id!r}")
    return _with_id(feature_dict(found[0]))


def _with_id(feature: dict[str, Any]) -> dict[str, Any]:
    return {"type": "Feature", "id": feature["properties"]["record_id"], **feature}
