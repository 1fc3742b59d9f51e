"""A victim's age band follows from an age the source gives (under 18: a child, IMAS 13.10 and
the Monitor), so a 12-year-old counts among the children of the roll-ups (Article 7 Form J);
a band the source states is kept as stated. Both backends."""

from __future__ import annotations

from pathlib import Path

from minewatch.app import App
from minewatch.domain.field import complete_age_band
from minewatch.services.layers import read_layer

from .helpers import checked_rollup, run_import, write_csv

HEADER = ("reference", "iso3", "date", "outcome", "category", "age", "age_band")


def test_an_age_gives_the_band_and_the_children_count(empty_app: App, tmp_path: Path) -> None:
    rows = [
        ("V-1", "COL", "2012-03-01", "injured", "civilian", "12", ""),  # a child by age
        ("V-2", "COL", "2012-03-01", "killed", "civilian", "17", "unknown"),  # a child by age
        ("V-3", "COL", "2012-03-01", "injured", "civilian", "18", ""),  # an adult by age
        ("V-4", "COL", "2012-03-01", "injured", "civilian", "", "child"),  # stated band kept
        ("V-5", "COL", "2012-03-01", "injured", "civilian", "", ""),  # nothing to go on
    ]
    run_import(empty_app, [write_csv(tmp_path / "v.csv", HEADER, rows)], layer="victims")
    with empty_app.engine.connect() as connection:
        bands = {str(r["reference"]): r["age_band"] for r in read_layer(connection, "victims")}
    assert bands == {
        "V-1": "child",
        "V-2": "child",
        "V-3": "adult",
        "V-4": "child",
        "V-5": "unknown",
    }
    totals = checked_rollup(empty_app, "COL")["totals"]
    assert isinstance(totals, dict)
    assert totals["children"] == 3 and totals["casualties"] == 5


def test_a_stated_band_is_never_overwritten() -> None:
    values: dict[str, object] = {"age": 30, "age_band": "child"}
    complete_age_band(values)
    assert values["age_band"] == "child"
    values = {"age": None, "age_band": None}
    complete_age_band(values)
    assert values["age_band"] is None
