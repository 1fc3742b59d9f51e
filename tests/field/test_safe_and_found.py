"""Issue 10's "safe to record the location" (accidents, victims) and "devices found and destroyed
by type" (activities) as typed columns: imported, stored, exported in every format.

A row whose location is not safe to record is written without its geometry and place names, so
no view shows it, an analyst's included (docs/field.md, "Safe to record the location")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from minewatch.app import App
from minewatch.services.field_export import export_layer
from minewatch.services.layers import read_layer
from minewatch.storage.field_tables import layer_tables

from .helpers import export_rows, run_import, write_csv

VICTIMS = ("reference", "iso3", "date", "outcome", "place", "lon", "lat", "safe_to_record")


def _victims(tmp_path: Path) -> Path:
    rows = [
        ("V-1", "COL", "2010-04-02", "injured", "Finca La Loma", "-75.1", "6.2", "yes"),
        ("V-2", "COL", "2010-04-02", "killed", "Camino al río", "-75.3", "6.4", "no"),
        ("V-3", "COL", "2011-01-09", "injured", "", "-74.9", "5.8", ""),
    ]
    return write_csv(tmp_path / "victims.csv", VICTIMS, rows)


def _by_reference(app: App, layer: str) -> dict[str, dict[str, object]]:
    with app.engine.connect() as connection:
        return {str(r["reference"]): r for r in read_layer(connection, layer)}


def test_safe_to_record_is_a_typed_column_and_no_means_no_location(
    empty_app: App, tmp_path: Path
) -> None:
    run_import(empty_app, [_victims(tmp_path)], layer="victims")
    rows = _by_reference(empty_app, "victims")
    assert [rows[r]["safe_to_record"] for r in ("V-1", "V-2", "V-3")] == [True, False, None]
    # safe, and not asked: the point and place are kept
    assert rows["V-1"]["geom"] is not None and rows["V-1"]["place"] == "Finca La Loma"
    assert rows["V-3"]["geom"] is not None
    # not safe: neither is recorded, nor kept among the free attributes
    assert rows["V-2"]["geom"] is None and rows["V-2"]["place"] is None
    assert "lon" not in rows["V-2"]["attributes"]  # type: ignore[operator]
    table = layer_tables["victims"]
    with empty_app.engine.connect() as connection:
        unsafe = connection.execute(
            select(table.c.reference).where(table.c.safe_to_record.is_(False))
        ).all()
    assert [r for (r,) in unsafe] == ["V-2"]


def test_the_same_file_again_adds_nothing(empty_app: App, tmp_path: Path) -> None:
    path = _victims(tmp_path)
    run_import(empty_app, [path], layer="victims")
    again = run_import(empty_app, [path], layer="victims")
    assert (again.counts.added, again.counts.new_versions, again.counts.unchanged) == (0, 0, 3)


@pytest.mark.parametrize("fmt", ["geojson", "gpkg", "csv", "xlsx"])
def test_exports_carry_the_columns_and_never_the_unsafe_location(
    empty_app: App, tmp_path: Path, fmt: str
) -> None:
    run_import(empty_app, [_victims(tmp_path)], layer="victims")
    path = tmp_path / f"victims.{fmt}"
    written, table = export_rows(empty_app, "victims", fmt, path, public=False)
    assert written == 3
    unsafe = next(r for r in table if r["reference"] == "V-2")
    safe = next(r for r in table if r["reference"] == "V-1")
    assert "safe_to_record" in unsafe
    assert str(unsafe["safe_to_record"]).lower() in ("false", "0")
    assert str(safe["safe_to_record"]).lower() in ("true", "1")
    assert unsafe["place"] in (None, "")
    if "geometry" in unsafe:
        assert unsafe["geometry"] in (None, "")
        assert safe["geometry"] not in (None, "")
    assert "Camino" not in path.read_bytes().decode("utf-8", errors="ignore")


def test_an_accident_not_safe_to_record_keeps_its_admin_area_and_loses_its_point(
    empty_app: App, tmp_path: Path
) -> None:
    header = ("reference", "iso3", "date", "admin1", "place", "lon", "lat", "safe_to_record")
    rows = [("A-1", "COL", "2012-05-01", "META", "Vereda Alta", "-73.7", "3.2", "no")]
    run_import(empty_app, [write_csv(tmp_path / "acc.csv", header, rows)], layer="accidents")
    row = _by_reference(empty_app, "accidents")["A-1"]
    assert row["safe_to_record"] is False and row["admin1"] == "META"
    assert row["geom"] is None and row["place"] is None


def test_an_unsafe_accident_with_only_a_point_is_still_accepted(
    empty_app: App, tmp_path: Path
) -> None:
    # the place need is met by what the source said; only the recording is withheld
    header = ("reference", "iso3", "date", "lon", "lat", "safe_to_record")
    rows = [("A-2", "COL", "2012-05-01", "-73.7", "3.2", "no")]
    run_import(empty_app, [write_csv(tmp_path / "acc.csv", header, rows)], layer="accidents")
    assert _by_reference(empty_app, "accidents")["A-2"]["geom"] is None


def test_devices_found_and_destroyed_are_stored_side_by_side(
    empty_app: App, tmp_path: Path
) -> None:
    header = (
        "reference",
        "activity_type",
        "iso3",
        "date",
        "devices_found_ap",
        "devices_ap",
        "devices_found_uxo",
        "devices_uxo",
    )
    rows = [
        ("T-1", "clearance", "COL", "2013-02-01", "7", "5", "3", "3"),
        ("T-2", "eod_spot_task", "COL", "2013-03-01", "", "2", "1", ""),
    ]
    run_import(empty_app, [write_csv(tmp_path / "act.csv", header, rows)], layer="activities")
    rows_by = _by_reference(empty_app, "activities")
    found = {r: (rows_by[r]["devices_found_ap"], rows_by[r]["devices_ap"]) for r in rows_by}
    assert found == {"T-1": (7, 5), "T-2": (None, 2)}
    # fewer found than destroyed is stored as the source says it: no rule forbids it
    assert (rows_by["T-2"]["devices_found_uxo"], rows_by["T-2"]["devices_uxo"]) == (1, None)
    path = tmp_path / "act.geojson"
    with empty_app.engine.connect() as connection:
        export_layer(connection, "activities", "geojson", path, public=True)
    props = {
        f["properties"]["reference"]: f["properties"]
        for f in json.loads(path.read_text("utf-8"))["features"]
    }
    assert props["T-1"]["devices_found_ap"] == 7 and props["T-1"]["devices_ap"] == 5
