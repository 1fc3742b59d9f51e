"""Field imports on both backends: formats, CRS and geodesy, all-or-nothing refusal, new
versions, release <= hazard, admin-area assignment, and reads as known at an earlier time."""

from __future__ import annotations

import time
from datetime import timedelta
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import shapely
from openpyxl import Workbook
from pyogrio.raw import write
from sqlalchemy import func, inspect, select, update

from minewatch.app import App
from minewatch.domain.errors import ImportRefused, InvalidInput
from minewatch.domain.geometry import area_m2, to_wgs84
from minewatch.services import integrity, ledger
from minewatch.services.clock import utc_now
from minewatch.services.field_export import features
from minewatch.services.field_map import record_details
from minewatch.services.field_map_index import build_index
from minewatch.services.field_rollups import (
    by_admin_area,
    rollup_report,
    scan_rollups,
    stored_rollups,
)
from minewatch.services.layers import LayerFilter, read_layer
from minewatch.services.ogc import extent
from minewatch.storage.field_tables import admin_code_of, field_placements, layer_tables
from minewatch.storage.tables import audit_log, records

from .helpers import ledger_counts, located, refused_whole, run_import, square_wkt, write_csv


def _rows(app: App, layer: str) -> list[dict[str, Any]]:
    with app.engine.connect() as connection:
        return list(read_layer(connection, layer))


def test_hazards_in_utm_get_geodesic_areas_and_keep_extra_columns(
    empty_app: App, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "hazards.csv",
        ["reference", "hazard_type", "wkt", "village"],
        [
            ["H-1", "CHA", square_wkt(400_000, 1_150_000, 1_000), "La Esperanza"],
            ["H-2", "SHA", square_wkt(402_000, 1_150_000, 500), ""],
        ],
    )
    mapping = tmp_path / "utm.toml"
    mapping.write_text(
        'crs = "EPSG:32618"\n[[layers]]\nlayer = "hazards"\nkey = ["reference"]\n'
        'point = { wkt = "wkt" }\n'
        '[layers.fields]\nreference = "reference"\nhazard_type = "hazard_type"\n',
        encoding="utf-8",
    )
    summary = run_import(empty_app, [path], mapping=mapping)
    assert summary.counts.added == 2
    rows = {r["reference"]: r for r in _rows(empty_app, "hazards")}
    planar = 1_000_000.0
    expected = area_m2(
        to_wgs84(shapely.from_wkt(square_wkt(400_000, 1_150_000, 1_000)), "EPSG:32618")
    )
    assert rows["H-1"]["area_m2"] == pytest.approx(expected, rel=1e-9)
    assert abs(rows["H-1"]["area_m2"] - planar) > 500  # not the planar UTM area
    assert rows["H-1"]["status"] == "open" and rows["H-1"]["attributes"] == {
        "village": "La Esperanza"
    }
    assert -75.95 < rows["H-1"]["minx"] < -75.85  # stored in lon/lat


def test_a_bad_file_is_refused_whole_with_row_level_errors(empty_app: App, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "bad.csv",
        ["reference", "hazard_type", "wkt", "status"],
        [
            ["H-1", "CHA", square_wkt(-75, 5, 0.01), "open"],
            ["H-2", "XYZ", square_wkt(-75.1, 5, 0.01), "open"],
            ["H-3", "SHA", "POLYGON((0 0, 0.01 0.01, 0.01 0, 0 0.01, 0 0))", "open"],
            ["H-4", "SHA", square_wkt(-75.2, 5, 0.01), "closed-ish"],
        ],
    )
    problems = refused_whole(empty_app, [path], layer="hazards")
    assert located(problems) == {
        ("bad.csv", 3, "hazard_type"),
        ("bad.csv", 4, "geometry"),
        ("bad.csv", 5, "status"),
    }
    reasons = " ".join(p.reason for p in problems)
    assert "'XYZ' is not one of SHA, CHA" in reasons and "invalid_ring" in reasons


def test_rows_with_too_few_or_too_many_cells_are_reported_beside_the_others(
    empty_app: App, tmp_path: Path
) -> None:
    path = tmp_path / "ragged.csv"
    path.write_text(
        "reference,hazard_type,lon,lat\n"
        "H-1,CHA,-75,5\n"
        "H-2,SHA,-75.1\n"  # too few: no lat
        "H-3,XYZ,-75.2,5\n"
        "H-4,CHA,-75.3,5,extra\n"  # too many
        "H-5,CHA,-75.4,\n",  # four cells, a blank lat
        encoding="utf-8",
    )
    problems = refused_whole(empty_app, [path], layer="hazards")
    assert located(problems) == {
        ("ragged.csv", 3, "lat"),
        ("ragged.csv", 4, "hazard_type"),
        ("ragged.csv", 5, None),
        ("ragged.csv", 6, "lat"),  # a blank lat: no point
    }
    reasons = {p.where.row: p.reason for p in problems}
    assert reasons[3] == "has 3 cells where the header has 4"
    assert reasons[5] == "has 5 cells where the header has 4"


def test_unknown_states_huge_counts_and_impossible_dates_are_row_errors(
    empty_app: App, tmp_path: Path
) -> None:
    """A state code ISO 3166-1 lacks, a count past the 32-bit column and a date before 1900 or after
    tomorrow are each a located problem; nothing is written (not "1 added", not a crash)."""
    tomorrow = (utc_now().date() + timedelta(days=1)).isoformat()
    later = (utc_now().date() + timedelta(days=3)).isoformat()
    path = write_csv(
        tmp_path / "odd.csv",
        ["reference", "hazard_type", "wkt", "iso3", "date", "killed"],
        [
            ["H-1", "CHA", square_wkt(-75, 5, 0.01), "XXX", "2020-01-01", ""],
            ["H-2", "CHA", square_wkt(-75.1, 5, 0.01), "col", "2999-01-01", ""],
            ["H-3", "CHA", square_wkt(-75.2, 5, 0.01), "COL", "0001-01-01", ""],
            ["H-4", "CHA", square_wkt(-75.3, 5, 0.01), "COL", later, ""],
            ["H-5", "CHA", square_wkt(-75.4, 5, 0.01), "COL", "1899-12-31", ""],
            ["H-6", "CHA", square_wkt(-75.5, 5, 0.01), "XKX", "2020-01-01", ""],
        ],
    )
    accidents = write_csv(
        tmp_path / "acc.csv",
        ["reference", "iso3", "date", "admin1", "killed"],
        [
            ["A-1", "COL", tomorrow, "Meta", "99999999999999999999999"],
            ["A-2", "COL", "1900-01-01", "Meta", str(2**31)],
        ],
    )
    problems = refused_whole(empty_app, [path], layer="hazards")
    assert located(problems) == {
        ("odd.csv", 2, "iso3"),
        ("odd.csv", 3, "date"),
        ("odd.csv", 4, "date"),
        ("odd.csv", 5, "date"),
        ("odd.csv", 6, "date"),
        ("odd.csv", 7, "iso3"),
    }
    reasons = " ".join(p.reason for p in problems)
    assert "not an ISO 3166-1 alpha-3" in reasons and "before 1900" in reasons
    assert "in the future" in reasons
    problems = refused_whole(empty_app, [accidents], layer="accidents")
    assert located(problems) == {("acc.csv", 2, "killed"), ("acc.csv", 3, "killed")}
    assert all("2,147,483,647" in p.reason for p in problems)
    ok = write_csv(
        tmp_path / "ok.csv",
        ["reference", "iso3", "date", "place", "killed"],
        [["A-1", "col", tomorrow, "x", str(2**31 - 1)], ["A-2", "pse", "1900-01-01", "y", "1"]],
    )
    assert run_import(empty_app, [ok], layer="accidents").counts.added == 2
    assert {r["iso3"] for r in _rows(empty_app, "accidents")} == {"COL", "PSE"}


def test_a_bad_month_or_date_is_put_on_its_own_column_in_words_people_write(
    empty_app: App, tmp_path: Path
) -> None:
    """A year and month in two columns: a bad month is reported on the month's column (it was
    put on the year's: 'field ano: 13 is not a month'); a bad date in our own field names says
    the forms as people write them (it said '%Y-%m-%d, %Y-%m, %Y')."""
    header = ["departamento", "municipio", "totalartefactosdestruidos", "areadespejada"]
    header += ["ano", "mes", "tipodesminado", "map", "muse", "aei"]
    demining = write_csv(
        tmp_path / "demining.csv",
        header,
        [
            ["META", "X", "1", "10", "2010", "13", "Comunidades", "1", "0", "0"],
            ["META", "Y", "1", "10", "20100", "3", "Comunidades", "1", "0", "0"],
        ],
    )
    problems = refused_whole(empty_app, [demining], preset="co-aicma-demining")
    assert located(problems) == {("demining.csv", 2, "mes"), ("demining.csv", 3, "ano")}
    own = write_csv(
        tmp_path / "acc.csv",
        ["reference", "iso3", "date", "place"],
        [["A-1", "COL", "2020-13", "x"]],
    )
    (problem,) = refused_whole(empty_app, [own], layer="accidents")
    assert (problem.where.row, problem.where.field) == (2, "date")
    assert "written YYYY-MM-DD, YYYY-MM or YYYY" in problem.reason and "%" not in problem.reason


@pytest.mark.parametrize("suffix", [".geojson", ".json", ".gpkg", ".xlsx", ".csv"])
def test_an_empty_or_unreadable_file_is_said_so_in_our_words(
    empty_app: App, tmp_path: Path, suffix: str
) -> None:
    """An empty file is "the file is empty" whatever its kind (a GeoJSON, GeoPackage or XLSX
    one got GDAL's or openpyxl's words); bytes no reader knows are refused without GDAL's
    advice to prefix the path with a driver (no option of ours does that) and without the
    file's full path (the problem already names the file)."""
    empty = tmp_path / f"empty{suffix}"
    empty.write_bytes(b"")
    with pytest.raises(InvalidInput) as refused:
        run_import(empty_app, [empty], layer="accidents")
    assert (refused.value.where.file, refused.value.reason) == (empty.name, "the file is empty")
    noise = tmp_path / f"noise{suffix}"
    noise.write_bytes(bytes(range(256)) * 8)
    before = ledger_counts(empty_app)
    with pytest.raises(InvalidInput) as refused:
        run_import(empty_app, [noise], layer="accidents")
    assert ledger_counts(empty_app) == before
    assert refused.value.where.file == noise.name
    reason = refused.value.reason
    assert str(tmp_path) not in reason and "DRIVER" not in reason and "It might help" not in reason


def test_a_changed_row_becomes_a_new_version_and_rollups_follow(
    empty_app: App, tmp_path: Path
) -> None:
    header = ["reference", "activity_type", "area_cleared_m2", "devices_ap", "iso3", "date"]
    first = write_csv(
        tmp_path / "ops.csv",
        header,
        [
            ["A-1", "clearance", "1,000", "3", "COL", "2024-05-02"],
            ["A-2", "clearance", "50", "0", "COL", "2024-06-01"],
        ],
    )
    mapping = tmp_path / "ops.toml"
    mapping.write_text(
        '[numbers]\nthousands = ","\n[[layers]]\nlayer = "activities"\nkey = ["reference"]\n'
        'date = "date"\n[layers.fields]\n'
        + "".join(f'{h} = "{h}"\n' for h in header if h != "date"),
        encoding="utf-8",
    )
    run_import(empty_app, [first], mapping=mapping)
    moment = utc_now()
    time.sleep(0.01)
    second = write_csv(
        tmp_path / "ops-v2.csv",
        header,
        [
            ["A-1", "clearance", "1,200", "4", "COL", "2024-05-02"],
            ["A-2", "clearance", "50", "0", "COL", "2024-06-01"],
        ],
    )
    summary = run_import(empty_app, [second], mapping=mapping)
    assert (summary.counts.added, summary.counts.new_versions, summary.counts.unchanged) == (
        0,
        1,
        1,
    )
    with empty_app.engine.connect() as connection:
        versions = ledger.history(connection, "activities:ops:A-1")
        report = rollup_report(connection, "COL", 2024)
        assert stored_rollups(connection) == scan_rollups(connection)
        then = {
            r["reference"]: r
            for r in read_layer(connection, "activities", LayerFilter(known_at=moment))
        }
        now = {r["reference"]: r for r in read_layer(connection, "activities")}
    assert [v.version for v in versions] == [1, 2] and versions[1].base_version == 1
    assert "ops-v2.csv row 2" in versions[1].citations[0].quote
    assert report["totals"]["area_cleared_m2"] == pytest.approx(1250.0)
    assert report["totals"]["devices_by_type"]["ap"] == 4
    assert then["A-1"]["area_cleared_m2"] == 1000.0 and now["A-1"]["area_cleared_m2"] == 1200.0


def test_bulk_imports_pass_audit_verify_and_tampering_shows(empty_app: App, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "acc.csv",
        ["reference", "iso3", "date", "lon", "lat", "killed"],
        [["Q-1", "COL", "2020", "-75", "5", "1"], ["Q-2", "COL", "2020", "-75.1", "5.1", "0"]],
    )
    run_import(empty_app, [path], layer="accidents")
    with empty_app.engine.begin() as connection:
        entries = connection.execute(select(audit_log.c.action)).scalars().all()
        assert entries == ["layer.import"]  # one entry for the file, none per row
        assert integrity.verify(connection) == []
        connection.execute(
            update(records).where(records.c.record_id.like("%Q-2")).values(reason="edited")
        )
        found = integrity.verify(connection)
    assert any("no audit entry" in p for p in found)
    assert any("do not match its entry" in p for p in found)


def test_release_can_never_exceed_the_hazard_area(empty_app: App, tmp_path: Path) -> None:
    hazards = write_csv(
        tmp_path / "h.csv",
        ["reference", "hazard_type", "wkt"],
        [["H-9", "CHA", square_wkt(-75.0, 5.0, 0.01)]],
    )
    run_import(empty_app, [hazards], layer="hazards")
    area = _rows(empty_app, "hazards")[0]["area_m2"]
    assert isinstance(area, float) and 1.2e6 < area < 1.3e6
    header = [
        "reference",
        "iso3",
        "hazard_ref",
        "activity_type",
        "area_cancelled_m2",
        "area_cleared_m2",
    ]
    fits = write_csv(
        tmp_path / "a.csv", header, [["R-1", "COL", "H-9", "non_technical_survey", "600000", ""]]
    )
    run_import(empty_app, [fits], layer="activities")
    too_much = write_csv(
        tmp_path / "b.csv", header, [["R-2", "COL", "H-9", "clearance", "", "700000"]]
    )
    problem = refused_whole(empty_app, [too_much], layer="activities")[0]
    assert problem.code == "release_exceeds_hazard"
    assert "1,300,000.0 m²" in problem.reason and f"{area:,.1f} m²" in problem.reason
    unknown = write_csv(tmp_path / "c.csv", header, [["R-3", "COL", "H-404", "clearance", "", "1"]])
    with pytest.raises(ImportRefused, match="1 problem"):
        run_import(empty_app, [unknown], layer="activities")


def _areas_file(tmp_path: Path) -> Path:
    areas = tmp_path / "areas.gpkg"
    shapes = [
        shapely.box(-76, 5, -75, 6),  # level 1
        shapely.box(-75.6, 5.4, -75.4, 5.6),  # level 2 inside it
        shapely.box(-74, 5, -73, 6),
    ]
    write(
        areas,
        np.array(shapely.to_wkb(shapes), dtype=object),
        [
            np.array(["CO05", "CO05001", "CO15"], dtype=object),
            np.array(["Antioquia", "Medellín", "Boyacá"], dtype=object),
            np.array([1, 2, 1]),
        ],
        ["pcode", "name", "level"],
        driver="GPKG",
        crs="EPSG:4326",
        geometry_type="Polygon",
    )
    return areas


def _points_rows() -> list[list[str]]:
    return [
        ["X-1", "-75.5", "5.5", "1", "COL", "2020-01-01"],
        ["X-2", "-75.9", "5.1", "0", "COL", "2020-02-01"],
        ["X-3", "-73.5", "5.5", "2", "COL", "2021-03-01"],
        ["X-4", "-70.0", "0.5", "0", "COL", "2021-03-01"],
    ]


def _accidents_file(tmp_path: Path) -> Path:
    return write_csv(
        tmp_path / "accidents.csv",
        ["reference", "lon", "lat", "killed", "iso3", "date"],
        _points_rows(),
    )


@pytest.mark.parametrize("areas_first", [True, False])
def test_admin_areas_are_assigned_by_point_in_polygon(
    empty_app: App, tmp_path: Path, areas_first: bool
) -> None:
    areas, points = _areas_file(tmp_path), _accidents_file(tmp_path)
    if areas_first:
        run_import(empty_app, [areas], layer="admin-areas")
        run_import(empty_app, [points], layer="accidents")
    else:  # points first: the admin-area import places them afterwards
        run_import(empty_app, [points], layer="accidents")
        summary = run_import(empty_app, [areas], layer="admin-areas")
        assert summary.counts.placed == 3
    codes = {r["reference"]: r["admin_code"] for r in _rows(empty_app, "accidents")}
    assert codes == {"X-1": "CO05001", "X-2": "CO05", "X-3": "CO15", "X-4": None}
    with empty_app.engine.connect() as connection:
        areas_totals = {a["admin_area"]: a["accidents"] for a in by_admin_area(connection, "COL")}
        assert stored_rollups(connection) == scan_rollups(connection)
    assert areas_totals == {"": 1, "CO05": 1, "CO05001": 1, "CO15": 1}


def _one_area_file(tmp_path: Path, pcode: str, box: tuple[float, float, float, float]) -> Path:
    path = tmp_path / f"{pcode}.gpkg"
    write(
        path,
        np.array([shapely.to_wkb(shapely.box(*box))], dtype=object),
        [np.array([pcode], dtype=object), np.array([pcode], dtype=object), np.array([1])],
        ["pcode", "name", "level"],
        driver="GPKG",
        crs="EPSG:4326",
        geometry_type="Polygon",
    )
    return path


@pytest.mark.parametrize("more", [0, 12])
def test_placing_stores_codes_beside_the_rows_whatever_share_it_places(
    empty_app: App, tmp_path: Path, more: int
) -> None:
    """Points imported before their admin areas get their codes in ``field_placements``, their
    layer rows untouched. ``more`` points placed by the first area import make the second
    placement (one point) a small share of the placements held (SQLite keeps the code index up
    row by row) or, with none, a large one (SQLite builds the index again): same codes, same
    indexes, roll-ups as a scan finds them."""
    header = ["reference", "lon", "lat", "killed", "iso3", "date"]
    extra = [[f"P-{i}", "-75.2", "5.2", "1", "COL", "2019-01-01"] for i in range(more)]
    run_import(
        empty_app,
        [write_csv(tmp_path / "a.csv", header, _points_rows() + extra)],
        layer="accidents",
    )
    with empty_app.engine.connect() as connection:
        before = sorted(str(i["name"]) for i in inspect(connection).get_indexes("field_placements"))
    summary = run_import(empty_app, [_areas_file(tmp_path)], layer="admin-areas")
    assert summary.counts.placed == 3 + more
    again = run_import(
        empty_app, [_one_area_file(tmp_path, "CO97", (-71, 0, -69, 1))], layer="admin-areas"
    )
    assert again.counts.placed == 1  # X-4; the rows placed before are not placed again
    codes = {r["reference"]: r["admin_code"] for r in _rows(empty_app, "accidents")}
    assert {k: v for k, v in codes.items() if k.startswith("X")} == {
        "X-1": "CO05001",
        "X-2": "CO05",
        "X-3": "CO15",
        "X-4": "CO97",
    }
    assert sum(code == "CO05" for code in codes.values()) == 1 + more
    table = layer_tables["accidents"]
    with empty_app.engine.connect() as connection:
        after = sorted(str(i["name"]) for i in inspect(connection).get_indexes("field_placements"))
        own = connection.execute(select(table.c.admin_code).distinct()).scalars().all()
        assert stored_rollups(connection) == scan_rollups(connection)
        by_code = {
            code: sorted(
                r
                for (r,) in connection.execute(
                    select(table.c.reference).where(admin_code_of(table) == code)
                )
            )
            for code in ("CO15", "CO97")
        }
        placed = connection.execute(
            select(func.count())
            .select_from(field_placements)
            .where(field_placements.c.layer == "accidents")
        ).scalar_one()
    assert own == [None]  # the layer rows were not rewritten
    assert placed == 4 + more
    assert after == before == ["ix_field_placements_layer_admin_code"]
    assert by_code == {"CO15": ["X-3"], "CO97": ["X-4"]}


def test_placed_rows_are_where_their_area_is_for_every_reader(
    empty_app: App, tmp_path: Path
) -> None:
    """A point placed after it was written reads as its admin area wherever a code is read:
    the public rule (exports, windows by SQL and the map's window index, the OGC extent), and a
    new version of it (whose replaced version leaves the area's roll-ups)."""
    run_import(empty_app, [_accidents_file(tmp_path)], layer="accidents")
    hazard = write_csv(  # a polygon: placed by the point on its surface, in CO15
        tmp_path / "h.csv",
        ["reference", "hazard_type", "wkt"],
        [["H-1", "SHA", square_wkt(-73.6, 5.4, 0.2)]],
    )
    run_import(empty_app, [hazard], layer="hazards")
    summary = run_import(empty_app, [_areas_file(tmp_path)], layer="admin-areas")
    assert summary.counts.placed == 4
    assert [r["admin_code"] for r in _rows(empty_app, "hazards")] == ["CO15"]
    # inside CO15 (-74..-73, 5..6) but away from X-3 itself (-73.5, 5.5)
    window = (-73.2, 5.8, -73.1, 5.9)
    with empty_app.engine.connect() as connection:
        public = {
            f.properties["reference"]: f for f in features(connection, "accidents", public=True)
        }
        seen = {
            wide: [
                r["reference"]
                for r in read_layer(
                    connection,
                    "accidents",
                    LayerFilter(bbox=window, wide=wide, public_view=True),
                )
            ]
            for wide in (False, True)
        }
        exact = [
            r["reference"] for r in read_layer(connection, "accidents", LayerFilter(bbox=window))
        ]
        index = build_index(connection, "accidents", public=True)
        spread = extent(connection, "accidents", public=True)["spatial"]["bbox"][0]
        popup = record_details(connection, public["X-3"].properties["record_id"], public=True)
    assert public["X-3"].properties["location"] == "admin_area"
    assert popup["properties"]["location"] == "admin_area"  # the map's popup, on click
    assert public["X-3"].geometry is not None and public["X-3"].geometry.equals(
        shapely.box(-74, 5, -73, 6)
    )
    assert public["X-4"].properties["location"] == "withheld"
    assert seen == {False: ["X-3"], True: ["X-3"]} and exact == []
    assert len(index.select(LayerFilter(bbox=window))) == 1
    assert spread == [-76.0, 5.0, -73.0, 6.0]
    # A new version of X-3: its code found at import, the old one's figures leave CO15
    changed = [[*row[:3], "5", *row[4:]] if row[0] == "X-3" else row for row in _points_rows()]
    write_csv(
        tmp_path / "accidents.csv", ["reference", "lon", "lat", "killed", "iso3", "date"], changed
    )
    summary = run_import(empty_app, [tmp_path / "accidents.csv"], layer="accidents")
    assert summary.counts.new_versions == 1
    with empty_app.engine.connect() as connection:
        assert stored_rollups(connection) == scan_rollups(connection)
        areas = {a["admin_area"]: a for a in by_admin_area(connection, "COL")}
        table = layer_tables["accidents"]
        newest = connection.execute(
            select(table.c.admin_code).where(
                table.c.reference == "X-3", table.c.superseded_by.is_(None)
            )
        ).scalar_one()
    assert newest == "CO15"  # stored in its own row: the areas were held when it was written
    assert areas["CO15"]["accidents"] == 1 and areas["CO15"]["killed"] == 5


def test_xlsx_and_shapefile_imports(empty_app: App, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["reference", "date", "iso3", "audience_female_5_12", "audience_male_18plus"])
    sheet.append(["E-1", "2023-03-04", "COL", 12, 30])
    sheet.append(["E-2", "2023-04-05", "COL", 8, None])
    book.save(tmp_path / "eore.xlsx")
    run_import(empty_app, [tmp_path / "eore.xlsx"], layer="eore")
    shp = tmp_path / "sha.shp"
    square = to_wgs84(shapely.from_wkt(square_wkt(400_000, 1_150_000, 300)), None)
    write(
        shp,
        np.array(
            [shapely.to_wkb(shapely.from_wkt(square_wkt(400_000, 1_150_000, 300)))], dtype=object
        ),
        [np.array(["SHA"], dtype=object), np.array(["S-1"], dtype=object)],
        ["hazard_typ", "reference"],
        driver="ESRI Shapefile",
        crs="EPSG:32618",
        geometry_type="Polygon",
    )
    del square
    mapping = tmp_path / "shp.toml"
    mapping.write_text(
        '[[layers]]\nlayer = "hazards"\nkey = ["reference"]\n[layers.fields]\n'
        'hazard_type = "hazard_typ"\nreference = "reference"\n',
        encoding="utf-8",
    )
    run_import(empty_app, [shp], mapping=mapping)  # the CRS comes from the .prj
    eore = {r["reference"]: r for r in _rows(empty_app, "eore")}
    assert eore["E-1"]["audience_female_5_12"] == 12 and eore["E-2"]["audience_male_18plus"] is None
    hazard = _rows(empty_app, "hazards")[0]
    assert hazard["area_m2"] == pytest.approx(90_000 / 0.99928, rel=2e-3)
    with empty_app.engine.connect() as connection:
        sessions = rollup_report(connection, "COL")["years"]
    assert [y["year"] for y in sessions] == [2023]


def test_known_at_before_the_import_sees_nothing(empty_app: App, tmp_path: Path) -> None:
    moment = utc_now() - timedelta(seconds=1)
    path = write_csv(
        tmp_path / "a.csv",
        ["reference", "iso3", "date", "lon", "lat"],
        [["A", "COL", "2020", "-75", "5"]],
    )
    run_import(empty_app, [path], layer="accidents")
    with empty_app.engine.connect() as connection:
        assert list(read_layer(connection, "accidents", LayerFilter(known_at=moment))) == []
        assert len(list(read_layer(connection, "accidents"))) == 1


def test_a_file_with_a_header_alone_is_refused_and_stores_nothing(
    empty_app: App, tmp_path: Path
) -> None:
    # before, it stored a source with no records and an audit entry for nothing
    path = write_csv(tmp_path / "empty.csv", ["reference", "hazard_type", "wkt", "status"], [])
    problems = refused_whole(empty_app, [path], layer="hazards")
    assert located(problems) == {("empty.csv", None, None)}
    assert "no data rows" in problems[0].reason


def test_one_header_only_file_refuses_the_whole_import(empty_app: App, tmp_path: Path) -> None:
    good = write_csv(
        tmp_path / "good.csv",
        ["reference", "hazard_type", "wkt", "status"],
        [["H-1", "CHA", square_wkt(-75, 5, 0.01), "open"]],
    )
    empty = write_csv(tmp_path / "empty.csv", ["reference", "hazard_type", "wkt", "status"], [])
    problems = refused_whole(empty_app, [good, empty], layer="hazards")
    assert located(problems) == {("empty.csv", None, None)}
