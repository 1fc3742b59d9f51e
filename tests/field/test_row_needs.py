"""What a layer's rows must say (domain.field ``needs``), on both backends: a row without it is
a located problem and nothing is written; a header in someone else's words is refused whole,
pointing to --preset / --mapping."""

from __future__ import annotations

from pathlib import Path

import pytest

from minewatch.app import App

from .helpers import DEMINING, refused_whole, run_import, write_csv


def _refused(app: App, paths: list[Path], **how: str) -> list[tuple[str | None, int | None, str]]:
    return [(p.where.field, p.where.row, p.reason) for p in refused_whole(app, paths, **how)]


def test_accident_rows_need_a_date_a_state_and_a_place(empty_app: App, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "accidents.csv",
        ["reference", "date", "iso3", "admin1", "lon", "lat", "killed"],
        [
            ["A-1", "2020-03-01", "COL", "Antioquia", "", "", "1"],  # complete
            ["A-2", "", "COL", "Antioquia", "", "", "1"],  # no date
            ["A-3", "2020-03-01", "", "", "-75.5", "6.2", "0"],  # no state
            ["A-4", "2020", "COL", "", "", "", "2"],  # no place nor point
        ],
    )
    problems = _refused(empty_app, [path], layer="accidents")
    assert sorted((field, row) for field, row, _ in problems) == [
        ("date", 3),
        ("iso3", 4),
        ("place", 5),
    ]
    reasons = {field: reason for field, _, reason in problems}
    assert "needs a date or a year" in reasons["date"]
    assert "geometry" in reasons["place"]


def test_a_complete_accident_file_still_imports(empty_app: App, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "accidents.csv",
        ["reference", "date", "iso3", "place", "lon", "lat"],
        [["A-1", "2020-03", "COL", "", "-75.5", "6.2"], ["A-2", "2019", "COL", "Vereda X", "", ""]],
    )
    assert run_import(empty_app, [path], layer="accidents").counts.added == 2


@pytest.mark.parametrize(
    ("layer", "header", "row", "field"),
    [
        ("eore", ["reference", "date", "iso3", "topic"], ["E-1", "2020", "", "mines"], "iso3"),
        ("eore", ["reference", "date", "iso3", "topic"], ["E-1", "", "COL", "mines"], "date"),
    ],
)
def test_other_layers_refuse_rows_without_what_they_need(
    empty_app: App, tmp_path: Path, layer: str, header: list[str], row: list[str], field: str
) -> None:
    path = write_csv(tmp_path / f"{layer}.csv", header, [row])
    problems = _refused(empty_app, [path], layer=layer)
    assert [(f, r) for f, r, _ in problems] == [(field, 2)]


def test_a_header_naming_none_of_the_layers_fields_is_refused_once(
    empty_app: App, tmp_path: Path
) -> None:
    problems = _refused(empty_app, [DEMINING], layer="accidents")
    assert len(problems) == 1  # one problem for the file, not one per row
    field, row, reason = problems[0]
    assert (field, row) == (None, None)
    assert "--preset" in reason and "--mapping" in reason and "departamento" in reason


@pytest.mark.parametrize(
    ("layer", "header", "row", "fields"),
    [  # some columns in our words, the ones every row needs in someone else's
        ("accidents", ["reference", "fecha", "pais", "lugar"], ["2020", "COL", "x"], ["date"]),
        ("eore", ["reference", "fecha", "iso3", "topic"], ["2020", "COL", "mines"], ["date"]),
        ("hazards", ["reference", "date", "iso3", "tipo"], ["2020", "COL", "SHA"], ["hazard_type"]),
    ],
)
def test_a_header_without_a_needed_column_is_refused_once(
    empty_app: App,
    tmp_path: Path,
    layer: str,
    header: list[str],
    row: list[str],
    fields: list[str],
) -> None:
    """Every row would be refused for the same blank: one problem for the file, on the
    column it lacks, naming the columns it has and the way out, not one per row and field
    (a 1,500-row file printed 1,000 lines of "is blank" and "… and 3500 more")."""
    rows = [[f"R-{i}", *row] for i in range(50)]
    problems = _refused(
        empty_app, [write_csv(tmp_path / f"{layer}.csv", header, rows)], layer=layer
    )
    assert len(problems) == 1, problems
    field, number, reason = problems[0]
    assert (field, number) == (fields[0], None)
    assert "--preset" in reason and "--mapping" in reason
    unknown = [c for c in header if c not in ("reference", "date", "iso3", "topic")]
    assert all(column in reason for column in unknown), reason


def test_a_needed_column_present_but_blank_stays_a_row_problem(
    empty_app: App, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "accidents.csv",
        ["reference", "date", "iso3", "place"],
        [["A-1", "2020", "COL", "Vereda X"], ["A-2", "", "COL", "Vereda Y"]],
    )
    assert [(f, r) for f, r, _ in _refused(empty_app, [path], layer="accidents")] == [("date", 3)]


def test_the_demining_file_with_its_preset_still_imports(empty_app: App) -> None:
    assert run_import(empty_app, [DEMINING], preset="co-aicma-demining").counts.added == 333


def test_the_cli_prints_each_problem_on_one_line(
    empty_app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    from typer.testing import CliRunner

    from minewatch.cli import cli, common

    url = empty_app.engine.url.render_as_string(hide_password=False)
    monkeypatch.setenv("MINEWATCH_DATABASE_URL", url)
    monkeypatch.setattr(common.err, "width", 60)
    result = CliRunner().invoke(cli, ["import", str(DEMINING), "--layer", "accidents"])
    assert result.exit_code == 2 and result.stdout == ""
    lines = result.stderr.splitlines()  # no blank line (a progress bar's, when no terminal)
    assert len(lines) == 2 and "--preset NAME" in lines[0] and "--mapping FILE" in lines[0]
    assert lines[1].startswith("error (import_refused): 1 problem(s)")
