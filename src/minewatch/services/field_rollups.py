"""Roll-ups per state, admin area and year, read from the table kept current at write time.

``rollup_report`` gives the headline figures (domain.rollups.summarise) over all years, then per
year; ``by_admin_area`` per admin area. ``scan_rollups`` recomputes the same totals from the
layer rows themselves (as known at ``known_at``): the check that the kept table is right, and
the way to answer for a past moment.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pycountry
from sqlalchemy import Connection, func, select

from minewatch.app import App
from minewatch.domain import rollups
from minewatch.domain.errors import NotFound
from minewatch.domain.field import LAYERS
from minewatch.services.layers import read_layer
from minewatch.storage.field_tables import field_rollups

TOTAL_COLUMNS = (
    "killed",
    "injured",
    "civilians",
    "security_forces",
    "children",
    "casualties",
    "accidents",
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


def rollup_report(connection: Connection, iso3: str, year: int | None = None) -> dict[str, Any]:
    """{"iso3", "year"?, "totals": {...}, "years": [{"year", ...totals}]} (years only without
    ``year``; year 0 holds rows without a date). Areas in m², counts as integers.

    Raises NotFound for a code that is not an ISO 3166-1 alpha-3 country (all zeros would
    read as "nothing happened there")."""
    iso3 = iso3.upper()
    if pycountry.countries.get(alpha_3=iso3) is None:
        raise NotFound(f"no state with ISO 3166 alpha-3 code {iso3!r}")
    if year is not None:
        metrics = _metrics(connection, iso3, field_rollups.c.year == year)
        return {"iso3": iso3, "year": year, "totals": rollups.summarise(metrics)}
    years_query = (
        select(field_rollups.c.year)
        .where(field_rollups.c.iso3 == iso3)
        .distinct()
        .order_by(field_rollups.c.year)
    )
    years = [int(y) for (y,) in connection.execute(years_query)]
    return {
        "iso3": iso3,
        "totals": rollups.summarise(_metrics(connection, iso3)),
        "years": [
            {"year": y, **rollups.summarise(_metrics(connection, iso3, field_rollups.c.year == y))}
            for y in years
        ],
    }


def profile_figures(app: App, iso3: str) -> dict[str, Any] | None:
    """The roll-up a country profile shows, or None when no field data is held for the state."""
    with app.engine.connect() as connection:
        report = rollup_report(connection, iso3)
    return report if report["years"] else None


def by_admin_area(
    connection: Connection, iso3: str, year: int | None = None
) -> list[dict[str, Any]]:
    """The headline totals per admin area (P-code, or ``name:<first-level name>``)."""
    filters = [field_rollups.c.year == year] if year is not None else []
    areas_query = (
        select(field_rollups.c.admin_code)
        .where(field_rollups.c.iso3 == iso3.upper(), *filters)
        .distinct()
        .order_by(field_rollups.c.admin_code)
    )
    areas = [str(a) for (a,) in connection.execute(areas_query)]
    return [
        {
            "admin_area": area,
            **rollups.summarise(
                _metrics(connection, iso3, field_rollups.c.admin_code == area, *filters)
            ),
        }
        for area in areas
    ]


def stored_rollups(connection: Connection) -> dict[tuple[str, str, int, str], float]:
    """Every non-zero roll-up row as kept at write time."""
    query = select(field_rollups).where(field_rollups.c.value != 0)
    return {
        (r.iso3, r.admin_code, int(r.year), r.metric): float(r.value)
        for r in connection.execute(query)
    }


def scan_rollups(
    connection: Connection, known_at: datetime | None = None
) -> dict[tuple[str, str, int, str], float]:
    """The same totals recomputed from the current layer rows (slow: a full scan)."""
    totals: dict[tuple[str, str, int, str], float] = {}
    for layer in LAYERS:
        for row in read_layer(connection, layer, known_at=known_at):
            for key, amount in rollups.delta(layer, row, None).items():
                totals[key] = totals.get(key, 0.0) + amount
    return {k: v for k, v in totals.items() if v != 0}
