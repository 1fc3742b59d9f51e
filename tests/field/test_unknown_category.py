"""A victim whose category (civilian or security forces), age band or outcome no record states
is "not known" in the totals of that part, never counted as 0 civilians or 0 children; a part
some record states keeps its counts. On both backends: the kept roll-up table and the one
recounted from the rows (``checked_rollup``), the API, the CLI's CSV and the country profile.

No migration: the kept table already holds each casualty under its full breakdown
(category:sex:age band:outcome), so the totals are read from it as they were written."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from minewatch.app import App
from minewatch.domain.rollups import summarise

from .helpers import checked_rollup, rollup_csv, rollup_faces, run_import, write_csv

HEADER = ["reference", "iso3", "date", "admin1", "category", "sex", "age_band", "outcome"]
ROWS = [
    # 2019: three victims, none with a category or an age band; their outcomes are given
    ["V-1", "COL", "2019-03-01", "Meta", "", "male", "", "killed"],
    ["V-2", "COL", "2019-03-01", "Meta", "unknown", "female", "", "injured"],
    ["V-3", "COL", "2019-06-11", "Meta", "", "", "unknown", "injured"],
    # 2020: a civilian child, and one victim of whom nothing is known
    ["V-4", "COL", "2020-02-02", "Meta", "civilian", "female", "child", "injured"],
    ["V-5", "COL", "2020-05-09", "Meta", "", "", "", ""],
]


def _years(app: App, tmp_path: Path) -> tuple[dict[str, Any], dict[int, dict[str, Any]]]:
    run_import(app, [write_csv(tmp_path / "victims.csv", HEADER, ROWS)], layer="victims")
    report = checked_rollup(app, "COL")  # the kept totals equal a full recount
    return report["totals"], {y["year"]: y for y in report["years"]}


def test_a_category_no_victim_states_is_not_known(empty_app: App, tmp_path: Path) -> None:
    totals, years = _years(empty_app, tmp_path)
    unstated = years[2019]
    assert unstated["casualties"] == 3
    assert unstated["civilians"] is None and unstated["security_forces"] is None
    assert unstated["children"] is None  # no age band given either
    assert (unstated["killed"], unstated["injured"]) == (1, 2)  # outcomes are stated
    stated = years[2020]
    assert (stated["civilians"], stated["security_forces"], stated["children"]) == (1, 0, 1)
    assert (stated["killed"], stated["injured"]) == (0, 1)  # one outcome stated: lower bounds
    assert (totals["civilians"], totals["security_forces"], totals["children"]) == (1, 0, 1)
    assert totals["casualties"] == 5


def test_accidents_own_counts_give_no_category() -> None:
    """An accident with counts and no victim rows: its casualties are counted, their category
    and age band are not known (never guessed)."""
    totals = summarise([("accidents", 1.0), ("casualties:unknown:unknown:unknown:killed", 2.0)])
    assert (totals["killed"], totals["injured"], totals["casualties"]) == (2, 0, 2)
    assert totals["civilians"] is None and totals["children"] is None
    # a stated nobody hurt: 0 civilians is what the record says
    zero = summarise([("accidents", 1.0)])
    assert (zero["casualties"], zero["civilians"], zero["children"]) == (0, 0, 0)


def test_api_csv_and_profile_say_not_known(
    loaded_app: App, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _years(loaded_app, tmp_path)
    first, by_area, cells = rollup_faces(loaded_app, "COL", 2019)
    assert first["civilians"] is None and first["security_forces"] is None
    assert by_area["admin_areas"][0]["civilians"] is None
    killed_injured_children = cells[1:4]
    assert killed_injured_children == ["1", "2", "not known"]
    rows = rollup_csv(loaded_app, "COL", monkeypatch)
    assert (rows["2019"]["civilians"], rows["2019"]["security_forces"]) == ("", "")
    assert (rows["2020"]["civilians"], rows["2020"]["security_forces"]) == ("1", "0")
