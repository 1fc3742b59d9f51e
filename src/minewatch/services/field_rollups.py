"""Roll-ups per state, admin area and year, read from the table kept current at write time.

``rollup_report`` gives the headline figures (domain.rollups.summarise) over all years, then per
year; ``by_admin_area`` per admin area. ``scan_rollups`` recomputes the same totals from the
layer rows themselves (as known at ``known_at``): the check that the kept table is right, and
the way to answer for a past moment.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, String, func, literal, select

from minewatch.app import App
from minewatch.domain import rollups
from minewatch.domain.errors import NotFound
from minewatch.domain.evidence import is_synthetic
from minewatch.domain.field import LAYERS
from minewatch.domain.values import is_state_code
from minewatch.services import ledger
from minewatch.services.layers import LayerFilter, accepted_current, linked_accidents, read_layer
from minewatch.storage.cache import reading
from minewatch.storage.field_tables import (
    admin_code_of,
    field_rollup_area_sources,
    field_rollup_sources,
    field_rollups,
    layer_tables,
)
from minewatch.storage.tables import citations, sources

# What a roll-up is made from: every field layer (admin areas place records in areas).
FIELD_KINDS = tuple(spec.kind for spec in LAYERS.values())

TOTAL_COLUMNS = (
    "killed",
    "injured",
    "civilians",
    "security_forces",
    "children",
    "casualties",
    "accidents",
    "accidents_counts_unknown",
    "devices_destroyed",
    "area_cancelled_m2",
    "area_reduced_m2",
    "area_cleared_m2",
)


def _metrics(connection: Connection, iso3: str, *filters: Any) -> list[tuple[str, float]]:
    query = (
        select(field_rollups.c.metric, func.sum(field_rollups.c.value))
        .where(field_rollups.c.iso3 == iso3.upper(), *filters)
        .group_by(field_rollups.c.metric)
        .order_by(field_rollups.c.metric)
    )
    return [(str(m), float(v)) for m, v in connection.execute(query)]


class _Figures:
    """Metric sums of one state: from the kept table now, or from the rows at ``known_at``."""

    def __init__(self, connection: Connection, iso3: str, known_at: datetime | None) -> None:
        self.connection, self.iso3 = connection, iso3
        self.scanned = scan_rollups(connection, known_at, iso3) if known_at is not None else None

    def metrics(self, year: int | None = None, area: str | None = None) -> list[tuple[str, float]]:
        if self.scanned is None:
            filters = [field_rollups.c.year == year] if year is not None else []
            if area is not None:
                filters.append(field_rollups.c.admin_code == area)
            return _metrics(self.connection, self.iso3, *filters)
        sums: dict[str, float] = {}
        for (_, code, y, metric), value in self.scanned.items():
            if (year is None or y == year) and (area is None or code == area):
                sums[metric] = sums.get(metric, 0.0) + value
        return sorted(sums.items())

    def keys(self, column: str, year: int | None = None) -> list[Any]:
        """The years (``column="year"``) or admin areas held for the state, in order."""
        if self.scanned is None:
            # A row emptied by a correction (value 0) names no year or area any more.
            filters = [field_rollups.c.value != 0]
            if year is not None:
                filters.append(field_rollups.c.year == year)
            query = (
                select(field_rollups.c[column])
                .where(field_rollups.c.iso3 == self.iso3, *filters)
                .distinct()
                .order_by(field_rollups.c[column])
            )
            return list(self.connection.execute(query).scalars())
        at = 2 if column == "year" else 1
        return sorted({k[at] for k in self.scanned if year is None or k[2] == year})


def rollup_report(
    connection: Connection,
    iso3: str,
    year: int | None = None,
    known_at: datetime | None = None,
) -> dict[str, Any]:
    """{"iso3", "year"?, "synthetic", "sources": [...], "totals": {...}, "years": [{"year",
    "synthetic", "sources", ...totals}]} (years only without ``year``; year 0 holds rows
    without a date); ``sources``: the sources the figures were computed from, one entry each
    with its ``layers`` (``rollup_sources``). Areas in m²,
    counts as integers. Now: from the table kept at write time; at a past ``known_at``:
    recomputed from that state's rows as they stood then (``scan_rollups``). ``synthetic``:
    some row counted there cites a synthetic source (``synthetic_keys``), so every face labels
    the figures synthetic.

    Raises NotFound for a code that is not an ISO 3166-1 alpha-3 country (all zeros would
    read as "nothing happened there")."""
    iso3 = _state_code(iso3)
    with reading(FIELD_KINDS):
        figures = _Figures(connection, iso3, known_at)
        made_up = {y for y, _ in synthetic_keys(connection, iso3, known_at)}
        cited = rollup_sources(connection, iso3, known_at)
        if year is not None:
            totals = rollups.summarise(figures.metrics(year))
            return {
                "iso3": iso3,
                "year": year,
                "synthetic": year in made_up,
                "sources": _merged(cited.get(year, [])),
                "totals": totals,
            }
        return {
            "iso3": iso3,
            "synthetic": bool(made_up),
            "sources": _merged([s for found in cited.values() for s in found]),
            "totals": rollups.summarise(figures.metrics()),
            "years": [
                {
                    "year": y,
                    "synthetic": y in made_up,
                    "sources": _merged(cited.get(y, [])),
                    **rollups.summarise(figures.metrics(y)),
                }
                for y in (int(y) for y in figures.keys("year"))
            ],
        }


def rollup_sources(
    connection: Connection, iso3: str, known_at: datetime | None = None, *, by_area: bool = False
) -> dict[int, list[dict[str, Any]]]:
    """year -> the sources whose current, accepted rows count in that year's figures of
    ``iso3`` (year 0: rows without a date), one entry per source, admin area and layer:
    ``source_id``, ``title``, ``url`` (the document's own address, if any), ``page`` (its page
    here), ``synthetic`` (``evidence.is_synthetic``), ``layer`` and, with ``by_area`` (or at
    ``known_at``), ``admin_area`` (the roll-up's key: P-code, ``name:<admin1>`` or ''), else
    None. A source is named exactly while rows of it count: one whose rows a later version
    replaced, or a reviewer rejected, is not.

    Now: read from ``field_rollup_sources`` (``field_rollup_area_sources`` with ``by_area``),
    kept at write time, one index range of a few rows per year (and area) whatever the number
    of layer rows. At a past ``known_at``: found from the state's rows as
    they stood then (the distinct cited sources of the versions then current and accepted,
    through the ``(iso3, year)`` index), as the figures then are (``scan_rollups``)."""
    kept = field_rollup_area_sources if by_area else field_rollup_sources
    found: list[tuple[int, str | None, str, int]]
    if known_at is None:
        area_column = kept.c.admin_code if by_area else literal(None, String)
        query = select(kept.c.year, area_column, kept.c.layer, kept.c.source_id).where(
            kept.c.iso3 == iso3.upper(), kept.c.counted > 0
        )
        found = [
            (int(y), None if area is None else str(area), str(layer), int(source))
            for y, area, layer, source in connection.execute(query)
        ]
    else:
        found = list(scan_sources(connection, iso3.upper(), known_at))
    described = _described(connection, sorted({f[3] for f in found}))
    cited: dict[int, list[dict[str, Any]]] = {}
    for y, area, layer, source in sorted(found, key=lambda f: (f[0], f[3], f[2], f[1] or "")):
        entry = described[source] | {"layer": layer, "admin_area": area}
        cited.setdefault(y, []).append(entry)
    return cited


def scan_sources(
    connection: Connection, iso3: str | None = None, known_at: datetime | None = None
) -> list[tuple[int, str, str, int]]:
    """(year, admin area, layer, source id) for every source cited by a row version counted
    in the roll-ups (of ``iso3``; as known at ``known_at``), found from the rows: the answer
    for a past moment and the check of the kept ``field_rollup_area_sources``. A pass over the
    state's rows, as ``scan_rollups`` is."""
    found: set[tuple[int, str, str, int]] = set()
    for layer in rollups.INPUTS:
        table = layer_tables[layer]
        query = (
            select(table.c.year, admin_code_of(table), table.c.admin1, citations.c.source_id)
            .distinct()
            .join(citations, citations.c.record_seq == table.c.seq)
            .where(
                table.c.iso3.is_not(None) if iso3 is None else table.c.iso3 == iso3,
                table.c.seq.in_(accepted_current(layer, known_at)),
            )
        )
        for y, code, admin1, source in connection.execute(query):
            area = rollups.admin_key({"admin_code": code, "admin1": admin1})
            found.add((int(y or 0), area, layer, int(source)))
    return sorted(found)


def _described(connection: Connection, ids: list[int]) -> dict[int, dict[str, Any]]:
    query = select(sources.c.id, sources.c.title, sources.c.url, sources.c.publisher)
    described: dict[int, dict[str, Any]] = {}
    for source_id, title, url, publisher in connection.execute(query.where(sources.c.id.in_(ids))):
        described[int(source_id)] = {
            "source_id": int(source_id),
            "title": title,
            "url": url,
            "page": f"/sources/{source_id}",
            "synthetic": is_synthetic(publisher),
        }
    return described


def sources_of(
    connection: Connection, iso3: str, year: int | None = None, known_at: datetime | None = None
) -> list[dict[str, Any]]:
    """The sources of the state's figures (of one ``year``), one entry each, as
    ``rollup_report`` gives them. Raises NotFound as it does."""
    cited = rollup_sources(connection, _state_code(iso3), known_at)
    return _merged([s for y, found in cited.items() if year in (None, y) for s in found])


def _merged(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One entry per source, in id order, its ``layer`` folded into ``layers`` (sorted)."""
    merged: dict[int, dict[str, Any]] = {}
    for entry in entries:
        held = merged.setdefault(
            entry["source_id"],
            {k: v for k, v in entry.items() if k not in ("layer", "admin_area")} | {"layers": []},
        )
        if entry["layer"] not in held["layers"]:
            held["layers"].append(entry["layer"])
    for held in merged.values():
        held["layers"].sort()
    return [merged[k] for k in sorted(merged)]


def synthetic_keys(
    connection: Connection, iso3: str, known_at: datetime | None = None
) -> set[tuple[int, str]]:
    """The (year, admin area) roll-up keys of ``iso3`` (``rollups.key_of``: year 0 undated,
    area '' unknown) that count a row citing a synthetic source (``evidence.is_synthetic``: a
    file imported with ``--synthetic``, or under a mapping whose publisher says so)."""
    made_up = ledger.synthetic_source_ids(connection)
    if not made_up:
        return set()
    cited = ledger.citing(made_up)
    keys: set[tuple[int, str]] = set()
    for layer in LAYERS:
        table = layer_tables[layer]
        query = (
            select(table.c.year, admin_code_of(table), table.c.admin1)
            .distinct()
            .where(
                table.c.iso3 == iso3,
                table.c.seq.in_(accepted_current(layer, known_at)),
                table.c.seq.in_(cited),
            )
        )
        for year, code, admin1 in connection.execute(query):
            keys.add((int(year or 0), rollups.admin_key({"admin_code": code, "admin1": admin1})))
    return keys


def profile_figures(app: App, iso3: str, known_at: datetime | None = None) -> dict[str, Any] | None:
    """The roll-up a country profile shows (as known at ``known_at``), or None when no field
    data is held for the state."""
    with app.engine.connect() as connection:
        report = rollup_report(connection, iso3, known_at=known_at)
    return report if report["years"] else None


def by_admin_area(
    connection: Connection, iso3: str, year: int | None = None, known_at: datetime | None = None
) -> list[dict[str, Any]]:
    """The headline totals per admin area (P-code, or ``name:<first-level name>``), as
    ``rollup_report`` (now, or at a past ``known_at``), with ``synthetic`` as it gives it per
    year and ``sources``: the sources whose rows count in that area (of that ``year``), as
    ``rollup_report`` lists them. Raises NotFound as it does."""
    code = _state_code(iso3)
    figures = _Figures(connection, code, known_at)
    made_up = {a for y, a in synthetic_keys(connection, code, known_at) if year in (None, y)}
    cited: dict[str, list[dict[str, Any]]] = {}
    for y, found in rollup_sources(connection, code, known_at, by_area=True).items():
        for entry in found if year in (None, y) else []:
            cited.setdefault(entry["admin_area"], []).append(entry)
    return [
        {
            "admin_area": str(area),
            "synthetic": str(area) in made_up,
            "sources": _merged(cited.get(str(area), [])),
            **rollups.summarise(figures.metrics(year, str(area))),
        }
        for area in figures.keys("admin_code", year)
    ]


def _state_code(iso3: str) -> str:
    """The code upper-cased; NotFound unless it is an ISO 3166-1 alpha-3 country (all zeros
    would read as "nothing happened there")."""
    code = iso3.upper()
    if not is_state_code(code):
        raise NotFound(f"no state with ISO 3166 alpha-3 code {iso3!r}")
    return code


def stored_rollups(connection: Connection) -> dict[tuple[str, str, int, str], float]:
    """Every non-zero roll-up row as kept at write time."""
    query = select(field_rollups).where(field_rollups.c.value != 0)
    return {
        (r.iso3, r.admin_code, int(r.year), r.metric): float(r.value)
        for r in connection.execute(query)
    }


def scan_rollups(
    connection: Connection, known_at: datetime | None = None, iso3: str | None = None
) -> dict[tuple[str, str, int, str], float]:
    """The same totals recomputed from the current layer rows (as known at ``known_at``; of one
    state with ``iso3``): the check of the kept table, and the answer for a past moment.

    Cost: one pass over the rows (of that state, through the ``(iso3, year)`` index), reading
    only the columns the roll-ups sum (no geometry, no attributes); which version of a record
    was current at ``known_at`` is decided per row (``layers.is_current``: the record-time of
    the row, and of a later version only for rows that have one), never by grouping a layer."""
    totals: dict[tuple[str, str, int, str], float] = {}
    for layer in LAYERS:
        wanted = [c.name for c in layer_tables[layer].c if c.name not in _NOT_SUMMED]
        where = LayerFilter(known_at=known_at, iso3=iso3)
        rows = read_layer(connection, layer, where, columns=wanted)
        if layer == "accidents":
            rows = _linked_as_then(connection, list(rows), known_at)
        for row in rows:
            for key, amount in rollups.delta(layer, row, None).items():
                totals[key] = totals.get(key, 0.0) + amount
    return {k: v for k, v in totals.items() if v != 0}


def _linked_as_then(
    connection: Connection, rows: list[dict[str, Any]], known_at: datetime | None
) -> Iterator[dict[str, Any]]:
    """The accident rows with ``has_victims`` as the victims stood at ``known_at`` (the kept
    column is the present's; now, recomputed too, so the check of the kept table checks it)."""
    pairs = [(r["record_id"], r["reference"]) for r in rows]
    linked = linked_accidents(connection, pairs, known_at)
    for row in rows:
        yield {**row, "has_victims": row["record_id"] in linked}


_NOT_SUMMED = frozenset({"geom", "attributes", "geometry_issues", "recorded_at"})
