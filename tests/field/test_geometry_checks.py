"""The GICHD geometry checks through an import, on both backends (issue 10, "each geometry
check"): errors refuse the file at their row, warnings are stored with their feature and counted
in the summary. The checks themselves are unit-tested in tests/domain/test_geometry.py."""

from __future__ import annotations

from pathlib import Path

from minewatch.app import App
from minewatch.services.layers import read_layer

from .helpers import located, refused_whole, run_import, square_wkt, write_csv

HEADER = ["reference", "hazard_type", "wkt"]


def _issues(app: App) -> dict[str, list[str]]:
    with app.engine.connect() as connection:
        return {
            str(row["reference"]): [issue["code"] for issue in row["geometry_issues"]]
            for row in read_layer(connection, "hazards")
        }


def test_geometry_errors_refuse_the_file_at_their_rows(empty_app: App, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "errors.csv",
        HEADER,
        [
            ["E-1", "CHA", square_wkt(-75, 5, 0.01)],  # clean
            ["E-2", "CHA", "POLYGON((-75 5, -74.99 5.01, -74.99 5, -75 5.01, -75 5))"],
            ["E-3", "CHA", "POLYGON((-75 5, -74.99 5, -75 5))"],
            ["E-4", "SHA", square_wkt(400_000, 1_150_000, 1_000)],  # UTM metres, no --crs
        ],
    )
    problems = refused_whole(empty_app, [path], layer="hazards")
    assert located(problems) == {
        ("errors.csv", 3, "geometry"),
        ("errors.csv", 4, "geometry"),
        ("errors.csv", 5, "geometry"),
    }
    reasons = {p.where.row: p.reason for p in problems}
    assert reasons[3].startswith("invalid_ring")
    assert reasons[4].startswith("too_few_vertices")
    assert reasons[5].startswith("out_of_range")


def test_geometry_warnings_are_stored_with_the_feature_and_counted(
    empty_app: App, tmp_path: Path
) -> None:
    overlapping = (
        "MULTIPOLYGON(((-74 5, -73.99 5, -73.99 5.01, -74 5.01, -74 5)),"
        "((-73.995 5, -73.985 5, -73.985 5.01, -73.995 5.01, -73.995 5)))"
    )
    path = write_csv(
        tmp_path / "warnings.csv",
        HEADER,
        [
            ["W-1", "CHA", square_wkt(-75, 5, 0.05)],  # sides ~5.5 km
            ["W-2", "CHA", overlapping],
            ["W-3", "SHA", square_wkt(-73, 5, 0.01)],
            ["W-4", "SHA", "POLYGON((-72.99 5, -72.99 5.01, -73 5.01, -73 5, -72.99 5))"],
            ["W-5", "SHA", "POINT(-72 4)"],
            ["W-6", "SHA", "POINT(-72 4)"],
        ],
    )
    summary = run_import(empty_app, [path], layer="hazards")
    assert summary.counts.added == 6 and summary.counts.warnings == 4
    assert "; 4 geometry warnings stored" in summary.describe()
    assert _issues(empty_app) == {
        "W-1": ["long_segment"],
        "W-2": ["overlapping_parts"],
        "W-3": [],
        "W-4": ["duplicate_geometry"],  # the same square as W-3, drawn from another corner
        "W-5": [],
        "W-6": ["duplicate_point"],
    }


def test_a_reference_on_two_rows_is_a_duplicate_id_warning(empty_app: App, tmp_path: Path) -> None:
    """Where rows are named by content, a reference given twice is flagged, not refused."""
    path = write_csv(
        tmp_path / "ids.csv",
        HEADER,
        [["D-1", "SHA", "POINT(-71 4)"], ["D-1", "SHA", "POINT(-71.5 4)"]],
    )
    mapping = tmp_path / "content.toml"
    mapping.write_text(
        '[[layers]]\nlayer = "hazards"\nkey = ["$content"]\npoint = { wkt = "wkt" }\n'
        '[layers.fields]\nreference = "reference"\nhazard_type = "hazard_type"\n',
        encoding="utf-8",
    )
    summary = run_import(empty_app, [path], mapping=mapping)
    assert summary.counts.added == 2 and summary.counts.warnings == 1
    with empty_app.engine.connect() as connection:
        issues = sorted(
            [i["code"] for i in row["geometry_issues"]] for row in read_layer(connection, "hazards")
        )
    assert issues == [[], ["duplicate_id"]]


def test_unreadable_wkt_is_a_problem_at_its_row(empty_app: App, tmp_path: Path) -> None:
    """Text that is not WKT, and a number too big for a float (shapely printed a RuntimeWarning,
    'overflow encountered in from_wkt', on the user's terminal and kept an infinite z), are each
    a problem at their row, with nothing written."""
    path = write_csv(
        tmp_path / "wkt.csv",
        HEADER,
        [
            ["W-1", "CHA", square_wkt(-75, 5, 0.01)],
            ["W-2", "CHA", "NOT WKT"],
            ["W-3", "SHA", "POINT Z (-75 5 1e400)"],
            ["W-4", "SHA", "POINT (-75 1e999)"],
        ],
    )
    problems = refused_whole(empty_app, [path], layer="hazards")
    assert located(problems) == {("wkt.csv", row, "wkt") for row in (3, 4, 5)}
    assert all("is not WKT" in p.reason for p in problems)
