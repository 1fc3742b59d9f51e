"""A refused file lists its problems as a person reads the file: file by file, the file's own
problems first, then row by row; past the cap, the rest are counted ("and N more")."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from minewatch.app import App
from minewatch.cli import cli
from minewatch.domain.errors import ImportRefused, InvalidInput, Location
from minewatch.services import field_import
from minewatch.services.field_import import in_file_order

from .helpers import refused_whole, run_import, write_csv

HEADER = ["reference", "iso3", "date", "place", "killed", "injured"]
# Problems of different kinds on alternating rows: the checks find them kind by kind
ROWS = [
    ["A-1", "COL", "2020-13-45", "vereda uno", "1", "0"],  # row 2: a date that is none
    ["A-2", "COL", "2020-01-02", "vereda dos", "many", "0"],  # row 3: not a number
    ["A-3", "COL", "2020-01-03", "vereda tres", "1", "0"],  # row 4: fine
    ["A-4", "COL", "2021-02-30", "vereda cuatro", "2", "0"],  # row 5: a date that is none
    ["A-5", "COL", "2020-01-05", "vereda cinco", "x", "y"],  # row 6: two numbers that are not
    ["A-6", "COL", "2020-99-01", "vereda seis", "1", "0"],  # row 7: a date that is none
]


def _rows(problems: list[InvalidInput]) -> list[int | None]:
    return [p.where.row for p in problems]


def test_problems_are_listed_in_row_order(empty_app: App, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "accidents.csv", HEADER, ROWS)
    problems = refused_whole(empty_app, [path], layer="accidents")
    rows = _rows(problems)
    assert set(rows) == {2, 3, 5, 6, 7}
    numbered = [row for row in rows if row is not None]
    assert rows == numbered == sorted(numbered)
    row_6 = [p.where.field for p in problems if p.where.row == 6]
    assert row_6 == ["killed", "injured"]  # one row's fields in the file's column order


def test_files_keep_their_order_and_their_own_problems_come_first() -> None:
    found = [
        InvalidInput("bad", Location("b.csv", 9, "date")),
        InvalidInput("bad", Location("a.csv", 5, "iso3")),
        InvalidInput("bad", Location("b.csv", 2, "killed")),
        InvalidInput("missing column", Location("b.csv", None, "iso3")),
        InvalidInput("bad", Location("a.csv", 3, "date")),
    ]
    ordered = [(p.where.file, p.where.row) for p in in_file_order(found)]
    assert ordered == [("b.csv", None), ("b.csv", 2), ("b.csv", 9), ("a.csv", 3), ("a.csv", 5)]


def test_the_cap_lists_the_first_rows_and_counts_the_rest(
    empty_app: App, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(field_import, "MAX_LISTED", 3)
    path = write_csv(tmp_path / "accidents.csv", HEADER, ROWS)
    with pytest.raises(ImportRefused) as refused:
        run_import(empty_app, [path], layer="accidents")
    assert _rows(refused.value.problems) == [2, 3, 5]
    assert refused.value.more == 3  # row 6's two and row 7's
    assert refused.value.details()["not_listed"] == 3


def test_the_cli_prints_them_in_row_order_then_the_count(
    empty_app: App, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(field_import, "MAX_LISTED", 4)
    url = empty_app.engine.url.render_as_string(hide_password=False)
    monkeypatch.setenv("MINEWATCH_DATABASE_URL", url)
    path = write_csv(tmp_path / "accidents.csv", HEADER, ROWS)
    result = CliRunner().invoke(cli, ["import", str(path), "--layer", "accidents"])
    assert result.exit_code == 2
    lines = [line.strip() for line in result.stderr.splitlines() if line.startswith("  ")]
    rows = [int(line.split("row ", 1)[1].split(",", 1)[0]) for line in lines[:-1]]
    assert rows == [2, 3, 5, 6] and lines[-1] == "… and 2 more"
