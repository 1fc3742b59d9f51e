"""A row marked not safe to record the location keeps none of its unmapped columns: any may say
where (a hamlet's name, coordinates in a note), whatever the file calls it. The import's
summary counts the locations withheld and the values left out with them."""

from __future__ import annotations

from pathlib import Path

from minewatch.app import App
from minewatch.services.layers import read_layer

from .helpers import run_import, write_csv

# Our own columns beyond the layer's fields: "vereda" and "coordenadas" name a place, "nota"
# may or may not; the rule does not read their names.
HEADER = (
    "reference",
    "iso3",
    "date",
    "outcome",
    "lon",
    "lat",
    "safe_to_record",
    "vereda",
    "coordenadas",
    "nota",
)
ROWS = [
    ("V-1", "COL", "2012-03-04", "injured", "-75.1", "6.2", "yes", "El Roble", "", "seen"),
    ("V-2", "COL", "2012-03-04", "killed", "-75.3", "6.4", "no", "La Palma", "6.41,-75.29", "x"),
    ("V-3", "COL", "2012-05-06", "injured", "-74.9", "5.8", "", "Alto Bonito", "", ""),
    ("V-4", "COL", "2012-05-07", "injured", "-74.8", "5.7", "no", "", "", ""),
]


def test_unsafe_rows_keep_no_unmapped_column_and_the_summary_counts_them(
    empty_app: App, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "victims.csv", HEADER, ROWS)
    summary = run_import(empty_app, [path], layer="victims")
    with empty_app.engine.connect() as connection:
        rows = {str(r["reference"]): r for r in read_layer(connection, "victims")}
    assert rows["V-2"]["attributes"] in ({}, None) and rows["V-4"]["attributes"] in ({}, None)
    assert rows["V-2"]["geom"] is None
    # safe, or not asked: the unmapped columns are kept as before
    assert rows["V-1"]["attributes"] == {"vereda": "El Roble", "nota": "seen"}
    assert rows["V-3"]["attributes"] == {"vereda": "Alto Bonito"}
    assert (summary.locations_withheld, summary.values_withheld) == (2, 3)
    line = summary.describe()
    assert "2 location(s) withheld (not safe to record)" in line
    assert "3 unmapped value(s) left out" in line
    assert summary.as_dict()["locations_withheld"] == 2


def test_a_file_without_unsafe_rows_says_nothing_of_them(empty_app: App, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "victims.csv", HEADER, [ROWS[0], ROWS[2]])
    summary = run_import(empty_app, [path], layer="victims")
    assert summary.locations_withheld == 0 and "withheld" not in summary.describe()
