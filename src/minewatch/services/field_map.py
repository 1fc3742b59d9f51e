"""The field map: hazards, land release and accidents for one view of the map.

The map asks for what its window shows: a layer, a bounding box and a zoom, with the page's
filters (status, type, year) and date (``as_of``: records dated by then, or undated). Answers
are GeoJSON with at most ``MAX_FEATURES`` features, polygons simplified to about one screen
pixel at that zoom (``tolerance``), so 100k hazard polygons stay usable: zoomed out the map gets
a bounded sample and says how many matched; zoomed in it gets every feature in the window.
docs/performance.md (P5) has the measurements behind this choice over vector tiles.

The public rule is the exports' and API's own (``field_export.features``): anonymous callers
see generalised locations and no personal fields.
"""

from __future__ import annotations

import math
import threading
import weakref
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import numpy as np
import orjson
import shapely
from sqlalchemy import (
    BindParameter,
    Connection,
    and_,
    bindparam,
    case,
    false,
    func,
    not_,
    or_,
    select,
    union,
)

from minewatch.domain.errors import InvalidInput, Location, NotFound
from minewatch.domain.evidence import ReviewStatus
from minewatch.domain.field import (
    ACTIVITY_TYPES,
    HAZARD_STATUSES,
    HAZARD_TYPES,
    LAYERS,
    SAFE_TO_RECORD,
    LayerSpec,
    layer_named,
)
from minewatch.services import ledger
from minewatch.services.field_export import AdminAreas, columns, layer_kinds, locate
from minewatch.services.field_map_index import WindowIndex, build_index
from minewatch.services.layers import LayerFilter, count_by, count_layer, held_seqs, read_layer
from minewatch.services.ogc import extent
from minewatch.storage.cache import ReadCache, reading
from minewatch.storage.field_tables import admin_code_of, layer_tables
from minewatch.storage.spatial import BBox, spatial_for

MAP_LAYERS = ("hazards", "activities", "accidents")
MAX_FEATURES = 2000
_MAP_KINDS = tuple(LAYERS[name].kind for name in MAP_LAYERS)
# Which column the page's "type" filter reads, per layer (accidents: the device).
TYPE_COLUMN = {"hazards": "hazard_type", "activities": "activity_type", "accidents": "device_type"}
# What a drawn feature carries: the record (the popup asks the rest on click, with its sources:
# ``record_details``) and what its colour says; the top-level ``id`` is the row version's seq.
_DRAWN = ("record_id", "status")
# The popup's fields, read for one record on click (``record_details``).
_POPUP = (
    "record_id",
    "reference",
    "name",
    "status",
    "hazard_type",
    "activity_type",
    "device_type",
    "killed",
    "injured",
    "date",
)


@dataclass(frozen=True)
class MapQuery:
    """One map request: a layer and the page's filters; ``zoom`` sets the simplification."""

    layer: str
    as_of: date
    status: str | None = None
    kind: str | None = None
    year: int | None = None
    bbox: BBox | None = None
    zoom: float = 0.0
    known_at: datetime | None = None

    def where(self, *, public: bool, wide: bool = False) -> LayerFilter:
        """The rows this request reads: ``public`` for the public rule, ``wide`` for a window
        holding many rows (``Spatial.crowded``)."""
        equals = {}
        if self.status and self.layer == "hazards":
            equals["status"] = self.status
        if self.kind:
            equals[TYPE_COLUMN[self.layer]] = self.kind
        return LayerFilter(
            year=self.year,
            bbox=self.bbox,
            known_at=self.known_at,
            equals=equals,
            until=self.as_of.isoformat(),
            wide=wide,
            public_view=public,
        )


def map_layer(name: str) -> str:
    """``name`` if it is a map layer; InvalidInput otherwise."""
    if name not in MAP_LAYERS:
        raise InvalidInput(
            f"unknown map layer {name!r} (one of {', '.join(MAP_LAYERS)})", Location(field="layer")
        )
    return name


def map_status(value: str | None) -> str | None:
    """The hazard-status filter: None when not given, else one of ``HAZARD_STATUSES``;
    InvalidInput naming ``status`` otherwise (an unknown status would match nothing)."""
    if not value:
        return None
    if value not in HAZARD_STATUSES:
        allowed = ", ".join(HAZARD_STATUSES)
        raise InvalidInput(
            f"{value!r} is not a hazard status ({allowed})", Location(field="status")
        )
    return value


def tolerance(zoom: float) -> float:
    """Degrees per screen pixel at ``zoom`` (512-pixel world at zoom 0, MapLibre's scale)."""
    return 360.0 / (512.0 * math.pow(2.0, max(0.0, min(zoom, 24.0))))


def precision(zoom: float) -> int:
    """Decimal places of the coordinates sent at ``zoom``: an eighth of a screen pixel
    (``tolerance``), between 2 and 7 (7 places is about 1 cm)."""
    return max(2, min(7, math.ceil(-math.log10(tolerance(zoom) / 8.0))))


def _encode(drawn: np.ndarray[Any, Any], zoom: float) -> list[str | None]:
    """GeoJSON text of each shape in ``drawn`` (None stays None) as drawn at ``zoom``: simplified
    to a pixel (``tolerance``, topology kept) and rounded to an eighth of one (``precision``).

    Only shapes that can lose something are simplified: wider than a pixel (width + height of
    the box; a smaller one is under a pixel whatever its vertices) and of more than five
    coordinates (a ring of four corners or fewer would lose at most one, less than a pixel
    away). Simplifying a small polygon cost ~4 us each, a quarter of a 2,000-feature answer."""
    step = tolerance(zoom)
    wider = shapely.bounds(drawn) @ np.array([-1.0, -1.0, 1.0, 1.0]) > step
    wider &= shapely.get_num_coordinates(drawn) > 5
    drawn[wider] = shapely.simplify(drawn[wider], step, preserve_topology=True)
    places = precision(zoom)
    drawn = shapely.transform(drawn, lambda xy: np.round(xy, places))
    encoded: list[str | None] = shapely.to_geojson(drawn).tolist()
    return encoded


def map_features(
    connection: Connection, query: MapQuery, *, public: bool, cache: ReadCache | None = None
) -> dict[str, Any]:
    """A GeoJSON FeatureCollection for one layer and window, with ``numberMatched`` and
    ``truncated`` (more matched than ``MAX_FEATURES``). Features carry what the map draws
    (``_feature_texts``: ``id``, ``record_id``, a hazard's ``status``); the popup's fields come on
    click (``record_details``);
    polygons are simplified to a pixel at the zoom's band (``zoom_band``, ``tolerance``),
    coordinates rounded to an eighth of one (``precision``). Each feature is pre-encoded GeoJSON
    (``orjson.Fragment``: ``orjson.loads(orjson.dumps(answer))`` gives plain objects).

    Now (no ``known_at``), without a status, type or year filter, the window is found in the
    layer's window index (``field_map_index``, kept in ``cache``, the app's read cache, until the
    layer is written): the count is exact. Otherwise, through SQL:
    current, accepted rows (``layers.is_current``) in the window; a window holding many rows
    (``Spatial.crowded``) is read in seq order and stops at the cap, and only then counted.
    Either way, of the rows sent only those not already kept encoded at that band
    (``DrawnFeatures``, in ``cache`` too) are read whole."""
    with reading(layer_kinds(query.layer)):
        return _features(connection, query, public, cache)


def _features(
    connection: Connection, query: MapQuery, public: bool, cache: ReadCache | None
) -> dict[str, Any]:
    spec = layer_named(query.layer)
    table = layer_tables[query.layer]
    shown = [n for n in _DRAWN if n in columns(spec, public) and n in table.c]
    wanted = list(dict.fromkeys([*shown, "seq", "geom", "is_public", "admin_code"]))
    matched: int | None = None
    wide = False
    where = query.where(public=public)
    band = zoom_band(query.zoom)
    if WindowIndex.covers(where):
        index = _window_index(connection, query.layer, public, cache)
        found = index.select(where)
        matched = len(found)
        sent = found[:MAX_FEATURES].tolist()
    else:
        wide = query.bbox is not None and spatial_for(connection).crowded(
            connection, query.layer, query.bbox, 4 * MAX_FEATURES
        )
        # The window's rows by seq only; their features come as below, kept or read.
        sent = [row["seq"] for row in _rows_at(connection, query, ["seq"], wide, public)]
    kept = _drawn(connection, query.layer, public, cache)
    known = kept.known(band, sent)
    rows = _rows(connection, query.layer, [s for s in sent if s not in known], wanted)
    made = _feature_texts(connection, rows, spec, shown, band, public)
    kept.keep(band, made)
    items = [orjson.Fragment(known.get(seq) or made[seq]) for seq in sent]
    if matched is None:
        matched = len(items)
        if matched >= MAX_FEATURES:
            matched = _count(connection, query, wide, cache, public)
    return {
        "type": "FeatureCollection",
        "layer": query.layer,
        "public": public,
        "numberMatched": matched,
        "numberReturned": len(items),
        "truncated": matched > len(items),
        "features": items,
    }


def zoom_band(zoom: float) -> float:
    """The zoom features are drawn at for a map at ``zoom``: rounded up to the next half step,
    so every zoom in a band gets the same drawing (kept once, ``DrawnFeatures``), simplified to
    between 0.71 and 1 pixel at the map's own zoom, never coarser."""
    return math.ceil(zoom * 2.0) / 2.0


def _feature_texts(
    connection: Connection,
    rows: list[dict[str, Any]],
    spec: LayerSpec,
    shown: Sequence[str],
    band: float,
    public: bool,
) -> dict[int, bytes]:
    """seq -> the GeoJSON Feature of each row (in ``rows``' order), only what the map draws:
    ``id`` the row version's seq, properties ``record_id``, the hazard's ``status`` (its colour)
    and ``location`` where it is not the record's own shape (the public rule when ``public``:
    ``admin_area``, ``withheld``; ``none``); its shape as drawn at ``band`` (``_encode``). The
    popup's other fields come on click (``record_details``): ~60% fewer bytes to build, send
    and compress (docs/performance.md, P5)."""
    if not rows:
        return {}
    shapes = shapely.from_wkb(np.array([r["geom"] for r in rows], dtype=object))
    areas = AdminAreas(connection) if public else None
    located = [locate(row, shape, areas, spec) for row, shape in zip(rows, shapes, strict=True)]
    encoded = _encode(np.array([shape for shape, _ in located], dtype=object), band)
    made = {}
    for row, (_, location), text in zip(rows, located, encoded, strict=True):
        properties = {name: row[name] for name in shown}
        if location != "exact":
            properties["location"] = location
        geometry = orjson.Fragment(text) if text is not None else None
        feature = {"type": "Feature", "id": row["seq"], "properties": properties}
        feature["geometry"] = geometry
        # A copy of orjson's text: the bytes it returns keep their 4 KiB buffer (a ~240-byte
        # feature held 4 KiB kept; 100 windows of 1 degree, ~500 MB resident: P7).
        made[row["seq"]] = bytes(memoryview(orjson.dumps(feature)))
    return made


class KeptBytes:
    """What the kept features of one app (its read cache) may hold, all layers and views
    together: at most ``limit`` bytes, the least recently used band (of any ``DrawnFeatures``)
    out first. Resident memory is the bound that matters (P7: ``minewatch serve`` < 200 MB)."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.size = 0
        self.lock = threading.Lock()
        # (id of a DrawnFeatures, band) -> that DrawnFeatures, least recently used first.
        self.order: OrderedDict[tuple[int, float], DrawnFeatures] = OrderedDict()


class DrawnFeatures:
    """The features already sent for one layer and view, per zoom band (``zoom_band``): seq ->
    the Feature's JSON. A row never changes once written (a new version is a new ``seq``), so a
    kept feature stays right while its layer (and, for the public view, the admin areas that
    place hidden records) is not written; it is kept in the read cache under the same rule as
    the window index. A zoomed-out window sends the oldest ``MAX_FEATURES`` rows it meets, and
    neighbouring windows mostly the same ones: kept, they are not read, placed, simplified and
    encoded again (docs/performance.md, P5). Bounded by ``budget`` (``KeptBytes``, shared by
    the app's layers and views; ``KEPT_BYTES`` when none is given): past it the least recently
    used band is dropped whole. A kept text counts its bytes and ``ENTRY_BYTES`` more (the
    bytes object's header and its slot in the band's dict)."""

    KEPT_BYTES = 8 * 1024 * 1024  # all layers and views of one app together (P7)
    ENTRY_BYTES = 100

    def __init__(self, budget: KeptBytes | None = None) -> None:
        self._budget = budget if budget is not None else KeptBytes(self.KEPT_BYTES)
        self._bands: dict[float, dict[int, bytes]] = {}
        self._sizes: dict[float, int] = {}

    def known(self, band: float, seqs: Sequence[int]) -> dict[int, bytes]:
        """Those of ``seqs`` kept at ``band``: seq -> Feature JSON."""
        budget = self._budget
        with budget.lock:
            kept = self._bands.get(band)
            if kept is None:
                return {}
            budget.order.move_to_end((id(self), band))
        return {seq: kept[seq] for seq in seqs if seq in kept}

    def keep(self, band: float, made: dict[int, bytes]) -> None:
        """Keep ``made`` (seq -> Feature JSON) at ``band``, dropping the least recently used
        bands (of every layer and view sharing the budget) past its limit."""
        if not made:
            return
        budget = self._budget
        with budget.lock:
            kept = self._bands.setdefault(band, {})
            budget.order[(id(self), band)] = self
            budget.order.move_to_end((id(self), band))
            added = 0
            for seq, text in made.items():
                if seq not in kept:
                    kept[seq] = text
                    added += len(text) + self.ENTRY_BYTES
            self._sizes[band] = self._sizes.get(band, 0) + added
            budget.size += added
            while budget.size > budget.limit and budget.order:
                (_, old), owner = budget.order.popitem(last=False)
                del owner._bands[old]
                budget.size -= owner._sizes.pop(old)


_BUDGETS: weakref.WeakKeyDictionary[ReadCache, KeptBytes] = weakref.WeakKeyDictionary()
_BUDGETS_LOCK = threading.Lock()


def _drawn(
    connection: Connection, layer: str, public: bool, cache: ReadCache | None
) -> DrawnFeatures:
    if cache is None:
        return DrawnFeatures()  # nothing kept between calls
    with _BUDGETS_LOCK:
        budget = _BUDGETS.get(cache)
        if budget is None:
            budget = _BUDGETS[cache] = KeptBytes(DrawnFeatures.KEPT_BYTES)
    # The window index's key and kinds: the public view draws hidden records by admin area.
    kinds = [LAYERS[layer].kind] + ([LAYERS["admin_areas"].kind] if public else [])
    return cache.get(
        ("field-drawn", layer, public),
        kinds,
        cache.observe(connection),
        lambda: DrawnFeatures(budget),
    )


def _window_index(
    connection: Connection, layer: str, public: bool, cache: ReadCache | None
) -> WindowIndex:
    if cache is None:
        return build_index(connection, layer, public=public)
    # The public view places hidden records by their admin area: admin-area writes count too.
    kinds = [LAYERS[layer].kind] + ([LAYERS["admin_areas"].kind] if public else [])
    return cache.get(
        ("field-window-index", layer, public),
        kinds,
        cache.observe(connection),
        lambda: build_index(connection, layer, public=public),
    )


def _rows(
    connection: Connection, layer: str, seqs: Sequence[int], wanted: Sequence[str]
) -> list[dict[str, Any]]:
    """The ``wanted`` columns of the rows ``seqs``, in seq order."""
    if not seqs:
        return []
    table = layer_tables[layer]
    # Literal integers: 2,000 bound parameters cost more to process than the rows they find.
    chosen: BindParameter[int] = bindparam("seqs", expanding=True, literal_execute=True)
    picked = (admin_code_of(table).label(n) if n == "admin_code" else table.c[n] for n in wanted)
    query = select(*picked).where(table.c.seq.in_(chosen))
    found = connection.execute(query.order_by(table.c.seq), {"seqs": list(seqs)})
    names = list(wanted)  # the select's order; plain str keys, as orjson needs
    # All at once: iterating the result fetched row by row, ~2 ms per 2,000 rows more.
    return [dict(zip(names, row, strict=True)) for row in found.all()]


def _rows_at(
    connection: Connection, query: MapQuery, wanted: Sequence[str], wide: bool, public: bool
) -> list[dict[str, Any]]:
    """The first ``MAX_FEATURES`` rows of the window at ``query.known_at``, through SQL."""
    where = query.where(public=public, wide=wide)
    return list(read_layer(connection, query.layer, where, limit=MAX_FEATURES, columns=wanted))


def _count(
    connection: Connection, query: MapQuery, wide: bool, cache: ReadCache | None, public: bool
) -> int:
    where = query.where(public=public, wide=wide)

    def count() -> int:
        return count_layer(connection, query.layer, where)

    if cache is None:
        return count()
    equals = tuple(sorted((where.equals or {}).items()))
    rest = (("bbox", where.bbox), ("until", where.until), ("year", where.year))
    key = ("field-count", query.layer, public, query.known_at, equals, *rest)
    # The public view finds a hidden record by its admin area: admin-area writes count too.
    kinds = [LAYERS[query.layer].kind] + ([LAYERS["admin_areas"].kind] if public else [])
    return cache.get(key, kinds, cache.observe(connection), count)


def map_summary(
    connection: Connection,
    as_of: date,
    known_at: datetime | None = None,
    cache: ReadCache | None = None,
    *,
    public: bool = False,
) -> dict[str, Any]:
    """What the map page shows before any window: counts per layer and per hazard status as of
    ``as_of``, and the choices of each filter (statuses, types per layer, years held). With
    ``cache`` (the app's read cache) the answer is kept until a map layer is written.

    ``public`` (an anonymous caller): the extent is the box of what the public view draws (a
    hidden record counts by its admin area, as in ``ogc.extent``), never an exact hidden place,
    and ``withheld`` counts per layer the records it cannot draw that a signed-in caller can
    (not marked public, no admin area held for them). Every view counts ``not_safe`` and
    ``unlocated``, which no one sees drawn (``_not_drawn``)."""
    if cache is None:
        return _summary(connection, as_of, known_at, public)
    kinds = _MAP_KINDS + ((LAYERS["admin_areas"].kind,) if public else ())
    return cache.get(
        ("field-summary", as_of, known_at, public),
        kinds,
        cache.observe(connection),
        lambda: _summary(connection, as_of, known_at, public),
    )


def _summary(
    connection: Connection, as_of: date, known_at: datetime | None, public: bool
) -> dict[str, Any]:
    until = as_of.isoformat()
    by_status = count_by(connection, "hazards", "status", known_at=known_at, until=until)
    counts = {
        name: count_layer(connection, name, LayerFilter(known_at=known_at, until=until))
        for name in MAP_LAYERS
        if name != "hazards"
    }
    return {
        "as_of": as_of,
        "layers": list(MAP_LAYERS),
        "counts": {"hazards": sum(by_status.values()), **counts},
        "hazard_statuses": {s: by_status.get(s, 0) for s in HAZARD_STATUSES},
        "types": {name: _types(connection, name) for name in MAP_LAYERS},
        "years": _years(connection),
        "max_features": MAX_FEATURES,
        "extent": _extent(connection, public),
        **_not_drawn(connection, LayerFilter(known_at=known_at, until=until), public),
    }


def _extent(connection: Connection, public: bool) -> list[float] | None:
    """[west, south, east, north] of what the caller's view draws, or None."""
    boxes = [
        box
        for name in MAP_LAYERS
        for box in extent(connection, name, public=public)["spatial"].get("bbox", [])
    ]
    if not boxes:
        return None
    return [
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    ]


def _not_drawn(connection: Connection, held: LayerFilter, public: bool) -> dict[str, Any]:
    """Of the records each layer holds on the page's day (``held``, as the legend counts them),
    those the caller's map cannot draw, by why, so the legend's count is explained and the page
    can say what signing in would show:

    - ``not_safe``: the location was not safe to record (``domain.field.location_withheld``), so
      none is held; no view draws them, signed in or not (the public view still draws one not
      marked public by its admin area, as any other);
    - ``unlocated``: no place of their own (no coordinates or shape: a demining operation known
      by its municipality only), and not drawn by an admin area either;
    - ``withheld`` (public view only): not marked public, no admin area held to show them by
      (the public rule, ``field_export.locate``), but a place of their own, which a signed-in
      analyst or reviewer sees.

    ``drawable`` is what is left, the most any window can draw:
    held = drawable + withheld + unlocated + not_safe. Each maps layer name to a count."""
    areas = layer_tables["admin_areas"]
    placed = select(areas.c.pcode).where(
        areas.c.superseded_by.is_(None), areas.c.review_status == str(ReviewStatus.ACCEPTED)
    )
    counts: dict[str, dict[str, int]] = {"withheld": {}, "unlocated": {}, "not_safe": {}}
    drawable: dict[str, int] = {}
    for layer in MAP_LAYERS:
        table = layer_tables[layer]
        hidden = or_(table.c.is_public.is_(None), table.c.is_public.is_(False))
        code = admin_code_of(table)
        # Public: a hidden row is drawn by its admin area (or not at all), a public one by its
        # own shape. Signed in: every row by its own shape.
        by_area = and_(hidden, code.is_not(None), code.in_(placed)) if public else false()
        safe = table.c.get(SAFE_TO_RECORD)
        unsafe = false() if safe is None else safe.is_(False)
        shapeless = table.c.geom.is_(None)
        reasons = {
            "not_safe": and_(unsafe, not_(by_area)),
            "unlocated": and_(shapeless, not_(unsafe), not_(by_area)),
            "withheld": and_(hidden, not_(by_area), not_(shapeless)) if public else false(),
        }
        query = select(
            func.count(),
            *(func.coalesce(func.sum(case((r, 1), else_=0)), 0) for r in reasons.values()),
        ).where(table.c.seq.in_(held_seqs(connection, layer, held)))
        total, *found = connection.execute(query).one()
        for name, n in zip(reasons, found, strict=True):
            counts[name][layer] = int(n)
        drawable[layer] = int(total) - sum(int(n) for n in found)
    return {**counts, "withheld": counts["withheld"] if public else {}, "drawable": drawable}


def _types(connection: Connection, layer: str) -> list[str]:
    fixed = {"hazards": HAZARD_TYPES, "activities": ACTIVITY_TYPES}
    if layer in fixed:
        return list(fixed[layer])
    column = layer_tables[layer].c[TYPE_COLUMN[layer]]
    found = connection.execute(select(column).distinct().where(column.is_not(None)).limit(50))
    return sorted(str(v) for (v,) in found)


def _years(connection: Connection) -> list[int]:
    query = union(
        *(
            select(layer_tables[n].c.year).where(layer_tables[n].c.year.is_not(None))
            for n in MAP_LAYERS
        )
    )
    return sorted((int(y) for (y,) in connection.execute(query)), reverse=True)


def record_details(
    connection: Connection,
    record_id: str,
    seq: int | None = None,
    *,
    public: bool,
    fields: bool = True,
) -> dict[str, Any]:
    """What a map record's popup shows: ``{"record_id", "version", "layer", "properties",
    "sources"}`` for the version the map drew (``seq``, the feature's ``id``; the current one
    when None), its ``properties`` the popup's fields under the caller's view (``public``: the
    public rule of ``field_export.columns`` and ``locate``, ``location`` among them) and its
    ``sources`` the citations of that version. ``fields=False`` leaves out ``layer`` and
    ``properties``. NotFound for a record that is not an accepted field record of a map layer,
    or a ``seq`` that is not one of its versions."""
    versions = ledger.history(connection, record_id)
    chosen = versions[-1] if seq is None else next((v for v in versions if v.seq == seq), None)
    layers = {str(LAYERS[n].kind): n for n in MAP_LAYERS}
    if (
        chosen is None
        or chosen.kind not in layers
        or chosen.review_status is not ReviewStatus.ACCEPTED
    ):
        raise NotFound(f"no map record {record_id!r}" + ("" if seq is None else f" at {seq}"))
    found: dict[str, Any] = {"record_id": record_id, "version": chosen.version}
    if fields:
        layer = layers[chosen.kind]
        found["layer"] = layer
        found["properties"] = _popup_fields(connection, layer, chosen.seq, public)
    found["sources"] = [
        {
            "id": c.source_id,
            "title": c.title,
            "url": c.url,
            "quote": c.quote,
            "synthetic": c.synthetic,
        }
        for c in chosen.citations
    ]
    return found


def _popup_fields(connection: Connection, layer: str, seq: int, public: bool) -> dict[str, Any]:
    """The popup's fields of the row ``seq`` of ``layer``, with its ``location``, under the
    public rule when ``public`` (as the features answer applied it before it left them out)."""
    spec = layer_named(layer)
    table = layer_tables[layer]
    shown = [n for n in _POPUP if n in columns(spec, public) and n in table.c]
    wanted = [*shown, "geom", "is_public", "admin_code"]
    picked = (admin_code_of(table).label(n) if n == "admin_code" else table.c[n] for n in wanted)
    found = connection.execute(select(*picked).where(table.c.seq == seq))  # as ``_rows`` reads
    row = dict(zip(wanted, found.one(), strict=True))
    shape = shapely.from_wkb(row["geom"]) if row["geom"] is not None else None
    _, location = locate(row, shape, AdminAreas(connection) if public else None, spec)
    return {**{name: row[name] for name in shown}, "location": location}
