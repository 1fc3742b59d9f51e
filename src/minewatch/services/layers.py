"""Writing and reading the field layers through the ledger.

Every layer row is a ledger version: ``LayerWriter`` appends versions with
``ledger.append_versions`` (append-only, record time, review status, a citation to the file and
row), inserts the typed row keyed by the version's ``seq``, registers its box with the spatial
seam, and keeps the roll-ups current in the same transaction. Unchanged rows write nothing.

Reading: the current row of a record is its highest ``seq``; ``known_at`` keeps only versions
recorded by then, so every export and roll-up can be reproduced as the database stood at T.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from operator import itemgetter
from typing import Any

import numpy as np
import shapely
from shapely.geometry import MultiPoint, Point
from shapely.geometry.base import BaseGeometry
from sqlalchemy import (
    Connection,
    Select,
    and_,
    bindparam,
    func,
    literal,
    or_,
    select,
    union,
    union_all,
    update,
)
from sqlalchemy.sql.elements import ColumnElement

from minewatch.domain import rollups
from minewatch.domain.errors import InvalidInput, Location, ReleaseExceedsHazard
from minewatch.domain.evidence import ReviewStatus
from minewatch.domain.field import LAYERS, RELEASE_FIELDS, released_area
from minewatch.domain.geometry import area_m2, split_at_antimeridian
from minewatch.imports.field_rows import MappedRow, fingerprint
from minewatch.services import ledger
from minewatch.storage.bulk import insert_many
from minewatch.storage.field_tables import (
    SourceKey,
    admin_code_of,
    field_placements,
    layer_tables,
    move_rollup_sources,
    row_columns,
)
from minewatch.storage.spatial import BBox, Locator, spatial_for
from minewatch.storage.tables import citations, records

# Which release field a polygon's own area fills when the row gives no figure (IMAS 07.11).
_RELEASE_BY_TYPE = {
    "non_technical_survey": "area_cancelled_m2",
    "technical_survey": "area_reduced_m2",
    "clearance": "area_cleared_m2",
}


Interval = tuple[str | None, str | None]  # (first day, last day) as YYYY-MM-DD; None: open


@dataclass(frozen=True)
class LayerFilter:
    """Which current, accepted rows ``read_layer`` and ``count_layer`` keep (every field
    optional; all given must hold).

    ``iso3`` and ``year`` equal the row's; ``bbox`` (west, south, east, north in degrees; west >
    east crosses the antimeridian) meets the row's box; ``known_at`` reads the layer as
    recorded by then; ``equals`` keeps rows whose named columns hold the given values
    (``{"status": "open"}``); ``until`` (YYYY-MM-DD) keeps rows dated by then or undated;
    ``during`` (first, last day, either None for open) keeps dated rows whose year, month or
    day meets that interval; ``wide`` says the box holds many rows (``Spatial.crowded``);
    ``public_view`` makes ``bbox`` select what the public rule shows (``_in_box``)."""

    iso3: str | None = None
    year: int | None = None
    bbox: BBox | None = None
    known_at: datetime | None = None
    equals: Mapping[str, str] | None = None
    until: str | None = None
    wide: bool = False
    during: Interval | None = None
    public_view: bool = False


ALL_ROWS = LayerFilter()


@dataclass
class WriteCounts:
    added: int = 0
    new_versions: int = 0
    unchanged: int = 0
    warnings: int = 0
    placed: int = 0  # earlier records placed in admin areas that arrived with this import
    by_layer: Counter[str] = field(default_factory=Counter)
    # accidents whose killed / injured differ from their linked victims (``victim_mismatches``)
    mismatches: list[str] = field(default_factory=list)


def is_current(layer: str, known_at: datetime | None = None) -> ColumnElement[bool]:
    """A WHERE clause on the layer's table (joined to ``records`` on seq when ``known_at`` is
    given): the row is its record's newest version (recorded by ``known_at``).

    Now: ``superseded_by IS NULL``, the marker the write path keeps (an index). At a past
    moment: recorded by then, and either never superseded or no later version of the record was
    recorded by then (a probe of the ``(record_id, seq)`` index per superseded row). This does
    not assume that record time grows with ``seq``: it is exactly "the highest seq recorded by
    ``known_at``"."""
    table = layer_tables[layer]
    if known_at is None:
        return table.c.superseded_by.is_(None)
    later, stamp = table.alias("later"), records.alias("later_records")
    newer = (
        select(later.c.seq)
        .join(stamp, stamp.c.seq == later.c.seq)
        .where(
            later.c.record_id == table.c.record_id,
            later.c.seq > table.c.seq,
            stamp.c.recorded_at <= known_at,
        )
    )
    return and_(
        records.c.recorded_at <= known_at,
        or_(table.c.superseded_by.is_(None), ~newer.exists()),
    )


def current_seqs(layer: str, known_at: datetime | None = None) -> Select[Any]:
    """The seq of each record's newest version (recorded by ``known_at``) in a layer."""
    table = layer_tables[layer]
    query = select(table.c.seq)
    if known_at is not None:
        query = query.join(records, records.c.seq == table.c.seq)
    return query.where(is_current(layer, known_at))


def accepted_current(layer: str, known_at: datetime | None = None) -> Select[Any]:
    """Current seqs whose version is accepted (what maps, exports and roll-ups count)."""
    table = layer_tables[layer]
    query = select(table.c.seq)
    if known_at is not None:
        query = query.join(records, records.c.seq == table.c.seq)
    return query.where(
        is_current(layer, known_at), table.c.review_status == str(ReviewStatus.ACCEPTED)
    )


def _supersede(connection: Connection, layer: str, new_rows: Sequence[tuple[str, int]]) -> None:
    """Mark the current row of each record in ``new_rows`` (record id, new seq) as replaced by
    the new seq, before the new rows are inserted: the write-time half of ``is_current``."""
    if not new_rows:
        return
    table = layer_tables[layer]
    connection.execute(
        update(table)
        .where(table.c.record_id == bindparam("b_record"), table.c.superseded_by.is_(None))
        .values(superseded_by=bindparam("b_seq")),
        [{"b_record": record_id, "b_seq": seq} for record_id, seq in new_rows],
    )


class AccidentLinks:
    """Victims' links to accidents over one import: a victim's ``accident_ref`` must name an
    accident (its reference or record id) already held or written by the same import, in any
    file of it and in any order. Refs not found when their victims are written wait; ``unknown``
    looks them up once more at the end and gives one problem per row still unmatched;
    ``mismatches`` compares each linked accident's killed / injured with its victims."""

    def __init__(self) -> None:
        self.pending: dict[str, list[Location]] = {}  # ref -> the rows naming it
        self.accidents: set[str] = set()  # accidents written or linked in this import

    def victims(self, connection: Connection, rows: Sequence[MappedRow]) -> None:
        new: set[str] = set()
        for row in rows:
            ref = row.values.get("accident_ref")
            if ref:
                ref = str(ref)
                if ref not in self.pending:
                    new.add(ref)
                self.pending.setdefault(ref, []).append(row.where)
        self._resolve(connection, sorted(new))

    def _resolve(self, connection: Connection, wanted: list[str]) -> None:
        if not wanted:
            return
        found = accident_ids(connection, wanted)
        for ref in wanted:
            if ref in found:
                self.accidents.update(found[ref])
                del self.pending[ref]

    def unknown(self, connection: Connection) -> list[InvalidInput]:
        """One problem per victim row whose ``accident_ref`` names no accident."""
        self._resolve(connection, sorted(self.pending))
        problems = [
            InvalidInput(
                f"no accident with reference {ref!r}",
                Location(where.file, where.row, "accident_ref"),
            )
            for ref, places in sorted(self.pending.items())
            for where in places
        ]
        self.pending = {}
        return problems

    def mismatches(self, connection: Connection) -> list[str]:
        return victim_mismatches(connection, self.accidents)


class LayerWriter:
    """Writes mapped rows of any layer inside the caller's transaction."""

    def __init__(
        self,
        connection: Connection,
        *,
        source_id: int,
        actor: str,
        reason: str,
        review_status: ReviewStatus = ReviewStatus.ACCEPTED,
        links: AccidentLinks | None = None,
    ) -> None:
        self.connection, self.source_id, self.actor, self.reason = (
            connection,
            source_id,
            actor,
            reason,
        )
        # Accepted (a national dataset) or candidate (field submissions awaiting review): a
        # candidate version counts in no read and no roll-up until a reviewer accepts it.
        self.review_status = review_status
        self.spatial = spatial_for(connection)
        self.counts = WriteCounts()
        self.deltas: dict[tuple[str, str, int, str], float] = {}
        # the kept sources' counts (``field_rollup_sources``), moved once in ``finish``
        self.source_moves: Counter[SourceKey] = Counter()
        self.problems: list[InvalidInput] = []
        # The lowest seq this writer wrote: its versions (and only they, in this transaction)
        # have seq >= it and its ``reason`` (``field_import.written_digest`` reads them back).
        self.first_seq: int | None = None
        self._hazards: dict[str, Location] = {}  # hazards touched -> where in the input
        self._locator: Locator | None = None  # the admin areas' index, built once
        # victims' links to accidents: shared by the writers of one import (``links``), or
        # this writer's own, checked by its ``finish``
        self._own_links = links is None
        self.links = links or AccidentLinks()

    def write(self, rows: Sequence[MappedRow]) -> None:
        for layer in LAYERS:
            chosen = [r for r in rows if r.layer.name == layer]
            if chosen:
                self._write_layer(layer, chosen)

    def _move_sources(self) -> None:
        """Apply the kept sources' counts gathered since the last call, in one statement per
        table (``move_rollup_sources``), not once per batch."""
        move_rollup_sources(self.connection, self.source_moves)
        self.source_moves = Counter()

    def withdraw(self, layer: str, record_ids: Sequence[str]) -> int:
        """Write a ``rejected`` version of each of these records whose newest version is not
        rejected already (a victim an edited submission no longer lists): the same content, the
        typed row copied, its figures taken out of the roll-ups. Returns how many."""
        self._move_sources()  # the counts held first: copy_version_row moves them directly
        held = ledger.current_records(
            self.connection,
            record_ids=sorted(set(record_ids)),
            statuses=(ReviewStatus.CANDIDATE, ReviewStatus.ACCEPTED),
        )
        drafts = [
            (
                r.restated(ReviewStatus.REJECTED),
                r.version,
            )
            for r in held
        ]
        written = ledger.append_versions(
            self.connection, drafts, actor=self.actor, reason=self.reason
        )
        if written:
            first = written[0][0]
            self.first_seq = first if self.first_seq is None else min(self.first_seq, first)
        for record, (seq, version, _digest) in zip(held, written, strict=True):
            _merge(
                self.deltas,
                copy_version_row(
                    self.connection, layer, record, seq, version, ReviewStatus.REJECTED
                ),
            )
            self.counts.new_versions += 1
            self.counts.by_layer[layer] += 1
        return len(written)

    def finish(self) -> None:
        """Mark which accidents written or named by victims written have victims, place
        earlier records in newly imported admin areas, apply the roll-up deltas, and check
        release <= hazard area for every hazard touched."""
        if self.first_seq is not None and {"accidents", "victims"} & set(self.counts.by_layer):
            _merge(self.deltas, relink_accidents(self.connection, self.first_seq))
        self._move_sources()  # before placing: a placement moves the counts held
        if self.counts.by_layer.get("admin_areas"):
            # The planner's statistics of the new areas first: without them PostgreSQL joined
            # 100k points to 3,000 areas for over 6 minutes (20k with them: ~1 s of server CPU)
            self.spatial.refresh_statistics(self.connection, ["admin_areas"])
            self.counts.placed += place_unassigned(self.connection, self.deltas)
        self.spatial.add_to_rollups(self.connection, self.deltas)
        self.deltas = {}
        self.spatial.refresh_statistics(self.connection, sorted(self.counts.by_layer))
        self.problems.extend(check_release(self.connection, self._hazards))
        if self._own_links:
            self.problems.extend(self.links.unknown(self.connection))
            self.counts.mismatches.extend(self.links.mismatches(self.connection))

    def _write_layer(self, layer: str, rows: list[MappedRow]) -> None:
        fingerprints = [r.fingerprint or _fingerprint(r) for r in rows]
        latest = ledger.latest_versions(
            self.connection, [r.record_id for r in rows], data_key="fingerprint"
        )
        changed = [
            (row, fp)
            for row, fp in zip(rows, fingerprints, strict=True)
            if row.record_id not in latest or latest[row.record_id].data.get("fingerprint") != fp
        ]
        self.counts.unchanged += len(rows) - len(changed)
        if not changed:
            return
        self._assign_admin_areas([row for row, _ in changed])
        if layer == "activities":
            self._resolve_hazards([row for row, _ in changed])
        if layer == "victims":
            self.links.victims(self.connection, [row for row, _ in changed])
        if layer == "accidents":
            self.links.accidents.update(row.record_id for row, _ in changed)
        batch = ledger.CitedBatch(rows[0].layer.kind, self.review_status, self.source_id)
        name = rows[0].layer.name
        cited: list[ledger.CitedRow] = [
            (
                row.record_id,
                _base(latest, row.record_id),
                row.values.get("iso3"),
                row.values.get("date"),
                {"layer": name, "fingerprint": fp},
                row.quote,
            )
            for row, fp in changed
        ]
        written = ledger.append_cited(
            self.connection, batch, cited, actor=self.actor, reason=self.reason
        )
        status = str(self.review_status)  # every version's (``batch``)
        typed = [
            _typed_row(row, seq, version, status)
            for (row, _), (seq, version, _hash) in zip(changed, written, strict=True)
        ]
        first = written[0][0]
        self.first_seq = first if self.first_seq is None else min(self.first_seq, first)
        _supersede(
            self.connection,
            layer,
            [(t["record_id"], t["seq"]) for t in typed if t["record_id"] in latest],
        )
        names = list(typed[0])
        pick = itemgetter(*names)
        insert_many(self.connection, layer_tables[layer], names, [pick(t) for t in typed])
        boxes = [(t["seq"], _bbox(t)) for t in typed if t["minx"] is not None]
        self.spatial.index(self.connection, layer, boxes)
        if layer == "admin_areas":
            self._locator = None  # the areas changed: build the index again when next asked
        self._count(layer, changed, latest)
        self._roll_up(
            layer, typed, [latest[r.record_id].seq for r, _ in changed if r.record_id in latest]
        )

    def _count(
        self, layer: str, changed: list[tuple[MappedRow, str]], latest: dict[str, Any]
    ) -> None:
        counts = self.counts
        for row, _ in changed:
            if row.record_id in latest:
                counts.new_versions += 1
            else:
                counts.added += 1
            if row.issues:
                counts.warnings += len(row.issues)
            if layer == "hazards":
                self._hazards.setdefault(row.record_id, row.where)
        counts.by_layer[layer] += len(changed)

    def _roll_up(self, layer: str, typed: list[dict[str, Any]], replaced: list[int]) -> None:
        moves: Counter[SourceKey] = Counter()
        if self.review_status is ReviewStatus.ACCEPTED:
            _merge(self.deltas, rollups.bulk_delta(layer, typed))
            moves.update(source_keys(layer, typed, {t["seq"]: [self.source_id] for t in typed}))
        # The replaced version stops counting either way: the newest version is the record's
        # current one, and a candidate is not counted (``accepted_current``).
        if replaced:
            table, accepted = layer_tables[layer], str(ReviewStatus.ACCEPTED)
            old: list[dict[str, Any]] = []
            for start in range(0, len(replaced), 5000):
                query = select(*row_columns(table)).where(
                    table.c.seq.in_(replaced[start : start + 5000]),
                    table.c.review_status == accepted,
                )
                old.extend(dict(r) for r in self.connection.execute(query).mappings())
            _merge(self.deltas, rollups.bulk_delta(layer, (), old))
            cited = cited_sources(self.connection, [row["seq"] for row in old])
            moves.subtract(source_keys(layer, old, cited))
        self.source_moves.update(moves)  # Counter.update adds negative counts too

    def _assign_admin_areas(self, rows: list[MappedRow]) -> None:
        needing = [r for r in rows if not r.values.get("admin_code") and r.geometry is not None]
        if not needing:
            return
        if self._locator is None:
            self._locator = self.spatial.area_locator(
                self.connection, accepted_current("admin_areas")
            )
        inside = shapely.point_on_surface(
            np.asarray([row.geometry for row in needing], dtype=object)
        )  # a point is its own point on the surface
        xs, ys = shapely.get_x(inside).tolist(), shapely.get_y(inside).tolist()
        points = list(zip(xs, ys, strict=True))
        for row, code in zip(needing, self._locator(points), strict=True):
            if code is not None:
                row.values["admin_code"] = code

    def _resolve_hazards(self, rows: list[MappedRow]) -> None:
        wanted = {str(r.values["hazard_ref"]) for r in rows if r.values.get("hazard_ref")}
        if not wanted:
            return
        found = hazard_ids(self.connection, sorted(wanted))
        for row in rows:
            ref = row.values.get("hazard_ref")
            if not ref:
                continue
            if str(ref) not in found:
                where = Location(row.where.file, row.where.row, "hazard_ref")
                self.problems.append(InvalidInput(f"no hazard with reference {ref!r}", where))
                continue
            row.values["hazard_ref"] = found[str(ref)]
            self._hazards.setdefault(found[str(ref)], row.where)


def place_unassigned(connection: Connection, deltas: dict[Any, float]) -> int:
    """Give every current record that has a geometry but no admin area the deepest admin area
    containing it (admin areas imported after the points); its roll-up moves with it. The code
    is derived, never one the source gave: rows with a code are not touched. Returns how many
    were placed.

    In bulk, per layer: the seam places the rows and stores their codes, one narrow
    ``field_placements`` row each, the layer rows untouched (``Spatial.place_unplaced``:
    PostGIS in the server, one INSERT ... SELECT; SQLite one STRtree query over the rows'
    points and one executemany), returning each placed row's
    roll-up inputs; the roll-ups move in bulk (``rollups.placed_delta``: contributions per
    distinct row without its code, sums per key in numpy), not per row."""
    spatial, placed = spatial_for(connection), 0
    areas = accepted_current("admin_areas")
    accepted = str(ReviewStatus.ACCEPTED)
    for layer in (name for name in LAYERS if name != "admin_areas"):
        inputs = rollups.INPUTS.get(layer, ())
        columns = ("seq", "review_status", "iso3", "admin1", "year", *inputs)
        found = spatial.place_unplaced(connection, layer_tables[layer], areas, columns)
        placed += len(found)
        # each accepted row placed leaves the key it counted under without a code for its
        # new area's; a candidate counts in no roll-up
        moved = [row for row in found if row[2] == accepted] if inputs else []
        if moved:
            codes, counted = [row[0] for row in moved], [row[3:] for row in moved]
            _merge(deltas, rollups.placed_delta(layer, codes, counted))
            _move_placed_sources(connection, layer, moved)
    return placed


def _move_placed_sources(connection: Connection, layer: str, moved: list[tuple[Any, ...]]) -> None:
    """The placed rows' sources move with their roll-ups (``field_rollup_sources``): each
    ``(code, seq, status, iso3, admin1, year, ...)`` leaves its key without a code (its
    ``admin1`` name, or '') for its new area's."""
    cited = cited_sources(connection, [row[1] for row in moved])
    was = [{"seq": r[1], "iso3": r[3], "admin1": r[4], "year": r[5]} for r in moved]
    now = [{**row, "admin_code": r[0]} for row, r in zip(was, moved, strict=True)]
    moves = source_keys(layer, now, cited)
    moves.subtract(source_keys(layer, was, cited))
    move_rollup_sources(connection, moves)


def _merge(total: dict[Any, float], more: dict[Any, float]) -> None:
    if not total:  # the common case of a bulk placement: keeps ``more``'s key order
        total.update(more)
        return
    for key, amount in more.items():
        total[key] = total.get(key, 0.0) + amount


def _base(latest: dict[str, ledger.Latest], record_id: str) -> int | None:
    held = latest.get(record_id)
    return held.version if held else None


def _fingerprint(row: MappedRow) -> str:
    return fingerprint(row.values, row.attributes, row.geometry)


def cited_sources(connection: Connection, seqs: Sequence[int]) -> dict[int, list[int]]:
    """seq -> the ids of the sources that row version cites (``citations``), 5,000 a query."""
    found: dict[int, list[int]] = {}
    wanted = sorted(set(seqs))
    for start in range(0, len(wanted), 5000):
        query = select(citations.c.record_seq, citations.c.source_id).where(
            citations.c.record_seq.in_(wanted[start : start + 5000])
        )
        for seq, source in connection.execute(query):
            found.setdefault(int(seq), []).append(int(source))
    return found


def source_keys(
    layer: str, rows: Iterable[Mapping[str, Any]], cited: Mapping[int, Sequence[int]]
) -> Counter[SourceKey]:
    """How many of these accepted rows of ``layer`` count under each (state, admin area,
    year, layer, source) key (``rollups.key_of``; each row once per source ``cited[seq]``
    gives it): what ``field_rollup_sources`` keeps. A layer that adds no figures (admin areas)
    and a row without a state count nowhere."""
    counted: Counter[SourceKey] = Counter()
    if layer not in rollups.INPUTS:
        return counted
    for row in rows:
        iso3, area, year = rollups.key_of(row)
        if iso3:
            counted.update((iso3, area, year, layer, s) for s in cited.get(row["seq"], ()))
    return counted


def copy_version_row(
    connection: Connection,
    layer: str,
    record: Any,
    seq: int,
    version: int,
    status: ReviewStatus,
) -> dict[tuple[str, str, int, str], float]:
    """A review decision's typed row: ``record``'s (a StoredRecord, its newest version) copied
    under the new version's ``seq``, its box indexed; returns the roll-up change (an accepted
    version adds its figures; the replaced version takes its own away if it was accepted)."""
    table = layer_tables[layer]
    query = select(*row_columns(table)).where(table.c.seq == record.seq)
    old = dict(connection.execute(query).mappings().one())  # a placed row: its code copied
    new = {**old, "seq": seq, "version": version, "superseded_by": None}
    new["review_status"] = str(status)
    _supersede(connection, layer, [(record.record_id, seq)])
    connection.execute(table.insert(), [new])
    if new["minx"] is not None:
        spatial_for(connection).index(connection, layer, [(seq, _bbox(new))])
    accepted = ReviewStatus.ACCEPTED
    counted = [new] if status is accepted else []
    gone = [old] if record.review_status is accepted else []
    cited = cited_sources(connection, [row["seq"] for row in counted + gone])
    moves = source_keys(layer, counted, cited)
    moves.subtract(source_keys(layer, gone, cited))
    move_rollup_sources(connection, moves)
    return rollups.delta(
        layer,
        new if status is accepted else None,
        old if record.review_status is accepted else None,
    )


def records_by_source_code(
    connection: Connection, layer: str, codes: Sequence[str]
) -> dict[str, str]:
    """source code -> record id, over every version of a layer (an ODK submission's
    instanceID is kept as its version's ``source_code``)."""
    table = layer_tables[layer]
    found: dict[str, str] = {}
    wanted = sorted(set(codes))
    for start in range(0, len(wanted), 500):
        query = select(table.c.source_code, table.c.record_id).where(
            table.c.source_code.in_(wanted[start : start + 500])
        )
        found.update({str(code): str(record_id) for code, record_id in connection.execute(query)})
    return found


def _typed_row(row: MappedRow, seq: int, version: int, review_status: str) -> dict[str, Any]:
    values = dict(row.values)
    geometry, wkb, bounds = row.geometry, row.wkb, row.bounds
    if geometry is not None and (wkb is None or bounds is None):  # not encoded by the mapper
        geometry = shapely.force_2d(geometry)
        wkb, bounds = shapely.to_wkb(geometry), geometry.bounds
    # a point has no area (area_m2 would say 0.0 after looking at its parts)
    area = area_m2(shapely.force_2d(geometry)) if _has_area(geometry) else None
    if row.layer.name in ("hazards", "activities"):
        values["area_m2"] = area or None
    if row.layer.name == "activities":
        _release_from_polygon(values, area)
        if not values.get("area_m2"):
            values["area_m2"] = released_area(values) or None  # no polygon: the reported figure
    else:
        values.setdefault("area_m2", area or None)
    if row.layer.name == "accidents":
        values["has_victims"] = None  # not looked at yet: ``relink_accidents`` decides
    box = bounds if geometry is not None and bounds is not None else (None,) * 4
    return {
        **values,
        "seq": seq,
        "record_id": row.record_id,
        "version": version,
        "attributes": row.attributes,
        "geom": wkb if geometry is not None else None,
        "minx": box[0],
        "miny": box[1],
        "maxx": box[2],
        "maxy": box[3],
        "geometry_issues": [i.as_dict() for i in row.issues],
        "review_status": review_status,
    }


def _has_area(geometry: BaseGeometry | None) -> bool:
    return geometry is not None and not isinstance(geometry, (Point, MultiPoint))


def _release_from_polygon(values: dict[str, Any], area: float | None) -> None:
    target = _RELEASE_BY_TYPE.get(str(values.get("activity_type")))
    if target and area and all(values.get(name) is None for name in RELEASE_FIELDS):
        values[target] = area


def _bbox(values: dict[str, Any]) -> BBox:
    return (values["minx"], values["miny"], values["maxx"], values["maxy"])


def hazard_ids(connection: Connection, refs: Sequence[str]) -> dict[str, str]:
    """reference-or-record-id -> record id of the current hazards these name."""
    table = layer_tables["hazards"]
    query = select(table.c.record_id, table.c.reference).where(
        table.c.seq.in_(current_seqs("hazards")),
        or_(table.c.reference.in_(refs), table.c.record_id.in_(refs)),
    )
    found: dict[str, str] = {}
    for record_id, reference in connection.execute(query):
        found[record_id] = record_id
        if reference is not None:
            found[str(reference)] = record_id
    return found


def accident_ids(connection: Connection, refs: Sequence[str]) -> dict[str, set[str]]:
    """reference-or-record-id -> record ids of the current accidents these name (a reference
    may be shared by accidents of two datasets)."""
    table = layer_tables["accidents"]
    found: dict[str, set[str]] = {}
    for start in range(0, len(refs), 500):
        chunk = refs[start : start + 500]
        query = select(table.c.record_id, table.c.reference).where(
            is_current("accidents"),
            or_(table.c.reference.in_(chunk), table.c.record_id.in_(chunk)),
        )
        for record_id, reference in connection.execute(query):
            found.setdefault(record_id, set()).add(record_id)
            if reference is not None:
                found.setdefault(str(reference), set()).add(record_id)
    return found


def linked_accidents(
    connection: Connection,
    accidents: Sequence[tuple[str, str | None]],
    known_at: datetime | None = None,
) -> set[str]:
    """The record ids among ``accidents`` ((record id, reference) pairs) that current,
    accepted victims (as known at ``known_at``) name in their ``accident_ref``, by reference
    or record id: the accidents whose casualties their victims count (domain.rollups)."""
    victims, accepted = layer_tables["victims"], str(ReviewStatus.ACCEPTED)
    names = sorted({str(name) for pair in accidents for name in pair if name})
    named: set[str] = set()
    if len(names) > 500 and not _any_victim_names(connection, known_at):
        return named  # a layer's worth of accidents, and no victim names any accident
    for start in range(0, len(names), 500):
        query = select(victims.c.accident_ref).distinct()
        if known_at is not None:
            query = query.join(records, records.c.seq == victims.c.seq)
        query = query.where(
            is_current("victims", known_at),
            victims.c.review_status == accepted,
            victims.c.accident_ref.in_(names[start : start + 500]),
        )
        named.update(str(ref) for ref in connection.execute(query).scalars())
    return {
        record_id
        for record_id, reference in accidents
        if record_id in named or (reference and str(reference) in named)
    }


def _any_victim_names(connection: Connection, known_at: datetime | None) -> bool:
    """Whether any current, accepted victim (as known at ``known_at``) names an accident."""
    victims = layer_tables["victims"]
    query = select(victims.c.seq)
    if known_at is not None:
        query = query.join(records, records.c.seq == victims.c.seq)
    query = query.where(
        is_current("victims", known_at),
        victims.c.review_status == str(ReviewStatus.ACCEPTED),
        victims.c.accident_ref.is_not(None),
    )
    return connection.execute(query.limit(1)).first() is not None


def relink_accidents(connection: Connection, since_seq: int) -> dict[Any, float]:
    """Keep ``has_victims`` of the current accidents that the versions from ``since_seq`` on
    may have changed (accidents written; accidents named by victims written or replaced), as
    ``linked_accidents`` says now. Returns the roll-up change: an accepted accident that
    gains its first victim stops counting its own killed / injured, one that loses its last
    counts them again (``rollups.delta``, the rule the past-moment scan applies too)."""
    accidents, victims = layer_tables["accidents"], layer_tables["victims"]
    light = (accidents.c.seq, accidents.c.record_id, accidents.c.reference)
    flag = accidents.c.has_victims
    # the accidents written: one range of the primary key, four small columns
    held = list(
        connection.execute(
            select(*light, flag).where(accidents.c.seq >= since_seq, is_current("accidents"))
        )
    )
    named = select(victims.c.accident_ref).where(victims.c.accident_ref.is_not(None))
    refs = connection.execute(
        union(
            named.where(victims.c.seq >= since_seq),
            named.where(victims.c.superseded_by >= since_seq),
        )
    ).scalars()
    found = accident_ids(connection, sorted({str(ref) for ref in refs}))
    others = sorted({i for ids in found.values() for i in ids} - {r.record_id for r in held})
    for start in range(0, len(others), 500):
        query = select(*light, flag).where(
            is_current("accidents"), accidents.c.record_id.in_(others[start : start + 500])
        )
        held.extend(connection.execute(query))
    linked = linked_accidents(connection, [(r.record_id, r.reference) for r in held])
    flips = {
        int(r.seq): r.record_id in linked
        for r in held
        if bool(r.has_victims) != (r.record_id in linked)
    }
    if not flips:
        return {}
    changes: dict[Any, float] = {}
    columns = ["seq", "review_status", *rollups.KEY_INPUTS, *rollups.INPUTS["accidents"]]
    seqs = sorted(flips)
    for start in range(0, len(seqs), 500):
        picked = (
            admin_code_of(accidents).label(n) if n == "admin_code" else accidents.c[n]
            for n in columns
        )
        query = select(*picked).where(
            accidents.c.seq.in_(seqs[start : start + 500]),
            accidents.c.review_status == str(ReviewStatus.ACCEPTED),
        )
        for found_row in connection.execute(query).mappings():
            row = dict(found_row)
            now = {**row, "has_victims": flips[int(row["seq"])]}
            _merge(changes, rollups.delta("accidents", now, row))
    connection.execute(
        update(accidents)
        .where(accidents.c.seq == bindparam("b_seq"))
        .values(has_victims=bindparam("b_now")),
        [{"b_seq": seq, "b_now": now} for seq, now in flips.items()],
    )
    return changes


def victim_mismatches(connection: Connection, accident_ids: set[str]) -> list[str]:
    """For each of these accidents with victims linked to it (current, accepted victims whose
    ``accident_ref`` is the accident's reference or record id), a line when the accident's
    killed / injured differ from its victims' outcomes; accidents without linked victims are
    not compared (many sources keep no victim list)."""
    if not accident_ids or (len(accident_ids) > 250 and not _any_victim_names(connection, None)):
        return []  # (a layer's worth of accidents and no victim naming any: none to compare)
    accidents, victims = layer_tables["accidents"], layer_tables["victims"]
    accepted = str(ReviewStatus.ACCEPTED)
    wanted = sorted(accident_ids)
    held: dict[str, tuple[str | None, int, int]] = {}
    for start in range(0, len(wanted), 500):
        query = select(
            accidents.c.record_id, accidents.c.reference, accidents.c.killed, accidents.c.injured
        ).where(
            is_current("accidents"),
            accidents.c.review_status == accepted,
            accidents.c.record_id.in_(wanted[start : start + 500]),
        )
        for record_id, reference, killed, injured in connection.execute(query):
            held[record_id] = (reference, int(killed or 0), int(injured or 0))
    refs: dict[str, str] = {}
    for record_id, (reference, _, _) in held.items():
        refs[record_id] = record_id
        if reference:
            refs[str(reference)] = record_id
    tally: dict[str, Counter[str]] = {}
    names = sorted(refs)
    for start in range(0, len(names), 500):
        query = (
            select(victims.c.accident_ref, victims.c.outcome, func.count())
            .where(
                is_current("victims"),
                victims.c.review_status == accepted,
                victims.c.accident_ref.in_(names[start : start + 500]),
            )
            .group_by(victims.c.accident_ref, victims.c.outcome)
        )
        for found in connection.execute(query):
            ref, outcome, count = found[0], found[1], found[2]
            tally.setdefault(refs[str(ref)], Counter())[str(outcome)] += int(count)
    lines = []
    for record_id in sorted(tally):
        _reference, killed, injured = held[record_id]
        linked = tally[record_id]
        if (linked["killed"], linked["injured"]) != (killed, injured):
            lines.append(
                f"{record_id}: killed {killed}, injured {injured}; its victims: "
                f"{linked['killed']} killed, {linked['injured']} injured"
                + (f", {linked['unknown']} unknown" if linked["unknown"] else "")
            )
    return lines


def check_release(connection: Connection, hazards: dict[str, Location]) -> list[InvalidInput]:
    """Refusals for hazards whose released area (cancelled + reduced + cleared, over current,
    accepted activities) exceeds the hazard's geodesic area; both numbers in the message."""
    if not hazards:
        return []
    problems: list[InvalidInput] = []
    for record_id, area, released in release_totals(connection, sorted(hazards)):
        if area is not None and released > area * (1 + 1e-9) + 1e-6:
            where = hazards[record_id]
            problems.append(
                ReleaseExceedsHazard(
                    f"released area {released:,.1f} m² (cancelled + reduced + cleared) exceeds "
                    f"hazard {record_id}'s area {area:,.1f} m²",
                    Location(where.file, where.row, "area_m2"),
                )
            )
    return problems


def release_totals(
    connection: Connection, hazard_ids: Sequence[str]
) -> list[tuple[str, float | None, float]]:
    """(hazard record id, its area in m², released so far in m²) for each current hazard."""
    hazards, activities = layer_tables["hazards"], layer_tables["activities"]
    released = sum(func.coalesce(activities.c[name], 0.0) for name in RELEASE_FIELDS)
    per_hazard = (
        select(activities.c.hazard_ref, func.sum(released).label("released"))
        .where(activities.c.seq.in_(accepted_current("activities")))
        .group_by(activities.c.hazard_ref)
        .subquery()
    )
    found: list[tuple[str, float | None, float]] = []
    for start in range(0, len(hazard_ids), 500):
        query = (
            select(hazards.c.record_id, hazards.c.area_m2, per_hazard.c.released)
            .outerjoin(per_hazard, per_hazard.c.hazard_ref == hazards.c.record_id)
            .where(
                and_(
                    hazards.c.seq.in_(current_seqs("hazards")),
                    hazards.c.record_id.in_(hazard_ids[start : start + 500]),
                )
            )
        )
        for record_id, area, total in connection.execute(query):
            found.append((record_id, area, float(total or 0.0)))
    return found


def _layer_query(
    connection: Connection,
    layer: str,
    where: LayerFilter,
    *,
    columns: Sequence[str] | None = None,
    counting: bool = False,
) -> Select[Any]:
    iso3, year, bbox, known_at = where.iso3, where.year, where.bbox, where.known_at
    equals, until, wide, during = where.equals, where.until, where.wide, where.during
    table = layer_tables[layer]
    chosen: list[Any] = (
        [
            admin_code_of(table).label(n) if n == "admin_code" else table.c[n]
            for n in columns
            if n != "recorded_at"
        ]
        if columns is not None
        else row_columns(table)
    )
    stamped = columns is None or "recorded_at" in columns
    if stamped:
        chosen.append(records.c.recorded_at)
    query = select(*chosen)
    if stamped or known_at is not None:
        query = query.join(records, records.c.seq == table.c.seq)
    accepted = str(ReviewStatus.ACCEPTED)
    if wide and not counting and known_at is None:
        # Many rows in the box: walk the table in seq order and stop at the limit. The `+ 0`
        # and `|| ''` keep the planner off the current-row index (which would collect and sort
        # every row in the box first); they change no value.
        query = query.where((table.c.superseded_by + 0).is_(None))
        query = query.where(table.c.review_status.concat("") == accepted)
    else:
        query = query.where(is_current(layer, known_at), table.c.review_status == accepted)
    if iso3 is not None:
        query = query.where(table.c.iso3 == iso3.upper())
    if year is not None:
        query = query.where(table.c.year == year)
    if bbox is not None:
        query = query.where(_in_box(connection, layer, bbox, wide, where.public_view))
    for name, value in (equals or {}).items():
        query = query.where(table.c[name] == value)
    if until is not None:  # YYYY, YYYY-MM or YYYY-MM-DD compare as text: "2010-06" > "2010-05-31"
        query = query.where(func.coalesce(table.c.date, "") <= until)  # undated: kept
    if during is not None:
        query = query.where(_dated_within(table.c.date, during))
    return query


def _in_box(connection: Connection, layer: str, bbox: BBox, wide: bool, public_view: bool) -> Any:
    """Rows whose box meets ``bbox`` (a box crossing the antimeridian, west > east: either of
    its two halves, ``geometry.split_at_antimeridian``). In the public view
    (``field_export.features`` with ``public``) a record not marked public is where the public
    sees it, at its admin area: it is kept when that area's box meets ``bbox``, so a small box
    cannot find its exact place."""
    halves = split_at_antimeridian(bbox)
    if len(halves) > 1:
        return or_(*(_in_box(connection, layer, half, wide, public_view) for half in halves))
    spatial, table = spatial_for(connection), layer_tables[layer]
    exact = spatial.bbox_filter(layer, table, bbox, wide=wide)
    if not public_view:
        return exact
    areas = layer_tables["admin_areas"].alias("areas")  # the layer may be admin_areas itself
    near = select(areas.c.pcode).where(
        areas.c.superseded_by.is_(None),
        areas.c.review_status == str(ReviewStatus.ACCEPTED),
        spatial.bbox_filter("admin_areas", areas, bbox),
    )
    if wide:  # tested on each row read (in seq order, or from the current-row index)
        hidden = or_(table.c.is_public.is_(None), table.c.is_public.is_(False))
        return or_(
            and_(table.c.is_public.is_(True), exact),
            and_(hidden, admin_code_of(table).in_(near)),
        )
    # A small box: the rows it holds (spatial index) and the hidden rows of the admin areas it
    # meets (admin-code index), as one set of seqs, so neither index is given up for the other.
    inner = table.alias("inner")
    public = select(inner.c.seq).where(
        inner.c.is_public.is_(True), spatial.bbox_filter(layer, inner, bbox)
    )
    hidden_inner = or_(inner.c.is_public.is_(None), inner.c.is_public.is_(False))
    coded = select(inner.c.seq).where(hidden_inner, inner.c.admin_code.in_(near))
    # rows placed after they were written: their code is in field_placements (its index)
    placed = (
        select(field_placements.c.seq)
        .join(inner, inner.c.seq == field_placements.c.seq)
        .where(
            field_placements.c.layer == layer, field_placements.c.admin_code.in_(near), hidden_inner
        )
    )
    return table.c.seq.in_(union_all(public, coded, placed))


def _dated_within(date: Any, during: Interval) -> ColumnElement[bool]:
    """Rows whose date (YYYY, YYYY-MM or YYYY-MM-DD: a year, a month or a day) meets the
    closed interval of days ``during``; undated rows never do. As text, a period starts no later
    than ``last`` when ``date <= last`` (a prefix sorts first), and ends no earlier than
    ``first`` when ``date >= first`` cut to the date's own length ("2010" >= "2010")."""
    first, last = during
    kept: list[ColumnElement[bool]] = [date.is_not(None)]
    if last is not None:
        kept.append(date <= last)
    if first is not None:
        kept.append(date >= func.substr(literal(first), 1, func.length(date)))
    return and_(*kept)


def count_layer(connection: Connection, layer: str, where: LayerFilter = ALL_ROWS) -> int:
    """How many rows ``read_layer`` gives with the same filter (without limit/offset)."""
    query = _layer_query(connection, layer, where, columns=["seq"], counting=True)
    counted = select(func.count()).select_from(query.subquery())
    return int(connection.execute(counted).scalar_one())


def held_seqs(connection: Connection, layer: str, where: LayerFilter = ALL_ROWS) -> Select[Any]:
    """The seqs of the rows ``count_layer`` counts with the same filter, as a subquery to
    break that count down further (``field_map``: which of them a map can draw)."""
    return _layer_query(connection, layer, where, columns=["seq"], counting=True)


def count_by(
    connection: Connection,
    layer: str,
    column: str,
    *,
    known_at: datetime | None = None,
    until: str | None = None,
) -> dict[Any, int]:
    """How many rows ``read_layer`` gives per value of ``column`` (one grouped query)."""
    # wide: every current row is read, and a scan beats index probes of each
    where = LayerFilter(known_at=known_at, until=until, wide=True)
    query = _layer_query(connection, layer, where, columns=[column]).subquery()
    grouped = select(query.c[column], func.count()).group_by(query.c[column])
    return {value: int(n) for value, n in connection.execute(grouped)}


def read_layer(
    connection: Connection,
    layer: str,
    where: LayerFilter = ALL_ROWS,
    *,
    limit: int | None = None,
    offset: int = 0,
    columns: Sequence[str] | None = None,
) -> Iterator[dict[str, Any]]:
    """Current, accepted rows of a layer that ``where`` keeps, oldest first, streamed;
    ``columns`` reads only those of the layer's columns (and ``recorded_at``) instead of all."""
    query = _layer_query(connection, layer, where, columns=columns)
    query = query.order_by(layer_tables[layer].c.seq)
    if limit is not None:
        query = query.limit(limit)
    if offset:
        query = query.offset(offset)
    result = connection.execution_options(yield_per=2000).execute(query)
    names = list(result.keys())
    for row in result:
        yield dict(zip(names, row, strict=True))
