"""Casualties a source does not give are "not known", never 0 (the trial of November 2026), on
both backends, in the kept roll-up table, the recomputed one, the CLI and the API."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from typer.testing import CliRunner

from minewatch.app import App
from minewatch.cli import cli
from minewatch.domain.rollups import bulk_delta, summarise

from .helpers import checked_rollup, run_import, write_csv

HEADER = ["reference", "iso3", "date", "admin1", "killed", "injured"]


def _report(app: App) -> dict[str, object]:
    return checked_rollup(app, "COL")


def test_accidents_without_counts_have_unknown_casualties(empty_app: App, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "a.csv",
        HEADER,
        [["A-1", "COL", "2020", "Meta", "", ""], ["A-2", "COL", "2021", "Meta", "", ""]],
    )
    run_import(empty_app, [path], layer="accidents")
    report = _report(empty_app)
    totals = report["totals"]
    assert isinstance(totals, dict)
    assert totals["accidents"] == 2 and totals["accidents_counts_unknown"] == 2
    for name in ("killed", "injured", "casualties", "civilians", "children"):
        assert totals[name] is None, name
    years = report["years"]
    assert isinstance(years, list) and [y["killed"] for y in years] == [None, None]


def test_known_counts_are_summed_and_the_uncounted_accidents_said(
    empty_app: App, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "a.csv",
        HEADER,
        [
            ["A-1", "COL", "2020", "Meta", "2", "1"],
            ["A-2", "COL", "2020", "Meta", "", ""],
            ["A-3", "COL", "2020", "Meta", "0", "0"],  # known to be none: counted, not unknown
        ],
    )
    run_import(empty_app, [path], layer="accidents")
    totals = _report(empty_app)["totals"]
    assert isinstance(totals, dict)
    assert (totals["killed"], totals["injured"], totals["casualties"]) == (2, 1, 3)
    assert totals["accidents"] == 3 and totals["accidents_counts_unknown"] == 1


def test_a_correction_that_adds_counts_makes_them_known() -> None:
    old = {"iso3": "COL", "year": 2020, "killed": None, "injured": None, "has_victims": False}
    new = {**old, "killed": 1}
    before = bulk_delta("accidents", [old])
    after = {k: v for k, v in before.items()}
    for key, value in bulk_delta("accidents", [new], [old]).items():
        after[key] = after.get(key, 0.0) + value
    assert summarise([(k[3], v) for k, v in before.items()])["killed"] is None
    folded = summarise([(k[3], v) for k, v in after.items() if v])
    assert folded["killed"] == 1 and folded["accidents_counts_unknown"] == 0


def test_the_rollup_csv_leaves_unknown_blank(
    empty_app: App, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = empty_app.engine.url.render_as_string(hide_password=False)
    monkeypatch.setenv("MINEWATCH_DATABASE_URL", url)
    path = write_csv(tmp_path / "a.csv", HEADER, [["A-1", "COL", "2020", "Meta", "", ""]])
    run_import(empty_app, [path], layer="accidents")
    result = CliRunner().invoke(cli, ["rollup", "--iso3", "COL", "--format", "csv"])
    assert result.exit_code == 0
    first = next(csv.DictReader(io.StringIO(result.stdout)))
    assert (first["killed"], first["injured"], first["casualties"]) == ("", "", "")
    assert first["accidents"] == "1" and first["accidents_counts_unknown"] == "1"


def test_a_year_of_land_release_alone_has_unknown_casualties(
    empty_app: App, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Demining operations in 2021 and one counted accident in 2020: 2021 holds no accident and
    no victim, so its casualties are not known (it said 0 killed), while 2020 keeps its 1."""
    accidents = write_csv(tmp_path / "a.csv", HEADER, [["A-1", "COL", "2020", "Meta", "1", "0"]])
    run_import(empty_app, [accidents], layer="accidents")
    operations = write_csv(
        tmp_path / "ops.csv",
        ["reference", "iso3", "date", "admin1", "activity_type", "devices_total"],
        [["OP-1", "COL", "2021-05-02", "Meta", "clearance", "7"]],
    )
    run_import(empty_app, [operations], layer="activities")
    by_year = _report(empty_app)["years"]
    assert isinstance(by_year, list)
    years = {y["year"]: y for y in by_year}
    assert years[2020]["killed"] == 1 and years[2020]["injured"] == 0
    assert years[2021]["devices_destroyed"] == 7
    for name in ("killed", "injured", "casualties", "civilians", "children"):
        assert years[2021][name] is None, name
    url = empty_app.engine.url.render_as_string(hide_password=False)
    monkeypatch.setenv("MINEWATCH_DATABASE_URL", url)
    result = CliRunner().invoke(cli, ["rollup", "--iso3", "COL", "--format", "csv"])
    rows = {row["year"]: row for row in csv.DictReader(io.StringIO(result.stdout))}
    assert (rows["2021"]["killed"], rows["2021"]["casualties"]) == ("", "")
    assert rows["2020"]["killed"] == "1" and rows["all"]["killed"] == "1"
