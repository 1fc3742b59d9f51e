"""Measures a place can have: an area or a distance that is not finite, or larger than the Earth
allows, is a located problem and nothing is written (before, 'inf' and '1e308' were stored, the
roll-ups summed them to infinity, the profile page failed with 500 and JSON exports printed
'Infinity', which is not JSON)."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from sqlalchemy import select, update

from minewatch.app import App
from minewatch.services import integrity
from minewatch.storage.field_tables import field_rollups, layer_tables

from .helpers import refused_whole, run_import, write_csv


@pytest.mark.parametrize("value", ["inf", "-inf", "nan", "1e308", "6e14"])
def test_an_impossible_area_is_refused(empty_app: App, tmp_path: Path, value: str) -> None:
    path = write_csv(
        tmp_path / "activities.csv",
        ["reference", "date", "iso3", "activity_type", "area_cleared_m2"],
        [
            ["R-1", "2024-01-01", "COL", "clearance", "1200"],
            ["R-2", "2024-01-02", "COL", "clearance", value],
        ],
    )
    problems = refused_whole(empty_app, [path], layer="activities")
    assert [(p.where.row, p.where.field) for p in problems] == [(3, "area_cleared_m2")]
    assert repr(value) in problems[0].reason


def test_an_impossible_accuracy_is_refused(empty_app: App, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "accidents.csv",
        ["reference", "date", "iso3", "place", "location_accuracy_m"],
        [["A-1", "2024-01-01", "COL", "Vereda X", "1e9"]],
    )
    problems = refused_whole(empty_app, [path], layer="accidents")
    assert [(p.where.row, p.where.field) for p in problems] == [(2, "location_accuracy_m")]
    assert "more than 20,037,508" in problems[0].reason


def test_a_large_real_area_still_imports(empty_app: App, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "activities.csv",
        ["reference", "date", "iso3", "activity_type", "area_cancelled_m2"],
        [["R-1", "2024-01-01", "COL", "non_technical_survey", "2.5e9"]],
    )
    assert run_import(empty_app, [path], layer="activities").counts.added == 1


def test_audit_verify_finds_an_infinite_area_stored_before_the_limits(
    empty_app: App, tmp_path: Path
) -> None:
    # imports refuse 'inf' now; a database written before could hold one: audit-verify says so
    _one_clearance(empty_app, tmp_path)
    table = layer_tables["activities"]
    with empty_app.engine.begin() as connection:
        assert integrity.verify(connection) == []
        connection.execute(update(table).values(area_cleared_m2=float("inf")))
        connection.execute(update(field_rollups).values(value=float("inf")))
        problems = integrity.verify(connection)
    assert [p.split(":")[0] for p in problems] == [
        "field_activities.area_cleared_m2",
        "field_rollups.value",
    ]


def test_audit_verify_finds_a_nan_area_stored_before_the_limits(
    empty_app: App, backend: str, tmp_path: Path
) -> None:
    # PostgreSQL keeps NaN and holds NaN = NaN true: only NaN sorting above every number (the
    # `> _BEYOND` test) finds it; SQLite stores NaN as NULL, so there is nothing to find
    _one_clearance(empty_app, tmp_path)
    column = layer_tables["activities"].c.area_cleared_m2
    with empty_app.engine.begin() as connection:
        connection.execute(update(column.table).values(area_cleared_m2=float("nan")))
        stored = connection.execute(select(column)).scalar_one()
        problems = integrity.verify(connection)
    if backend == "postgresql":
        assert math.isnan(stored)
        assert [p.split(":")[0] for p in problems] == ["field_activities.area_cleared_m2"]
    else:
        assert stored is None
        assert problems == []


def _one_clearance(app: App, tmp_path: Path) -> None:
    """One clearance of a finite area imported, as a database written before the limits."""
    path = write_csv(
        tmp_path / "activities.csv",
        ["reference", "date", "iso3", "activity_type", "area_cleared_m2"],
        [["R-1", "2024-01-01", "COL", "clearance", "1200"]],
    )
    run_import(app, [path], layer="activities")
