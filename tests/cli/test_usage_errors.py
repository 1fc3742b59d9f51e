"""Usage errors are errors like any other: one line ``error (code): message``, exit 2.

Each case failed before: click printed its boxed, multi-line usage text for an unknown option,
command or missing argument; ``--known-at`` answered ``invalid_input`` where ``--as-of``
answered ``invalid_date``; full-width digits passed as a date; ``restore`` named the backup file
when the *database* was the problem; ``rollup --format`` disagreed with the README.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from minewatch.app import App
from minewatch.cli import cli
from minewatch.services import backup

runner = CliRunner()
ONE_LINE = re.compile(r"^error \((\w+)\): [^\n]+$")
README = Path(__file__).parents[2] / "README.md"


@pytest.fixture
def database(loaded_app: App, monkeypatch: pytest.MonkeyPatch) -> App:
    monkeypatch.setenv("MINEWATCH_DATABASE_URL", loaded_app.engine.url.render_as_string(False))
    return loaded_app


def _one_line_error(args: list[str]) -> tuple[str, str]:
    result = runner.invoke(cli, args)
    assert result.exit_code == 2, (args, result.output)
    message = result.stderr.strip()
    found = ONE_LINE.match(message)
    assert found, (args, message)
    assert "Usage:" not in result.output and "╭" not in result.output
    return found.group(1), message


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["status", "--bogus"], "minewatch status: No such option: --bogus"),
        (["nosuchcommand"], "No such command 'nosuchcommand'"),
        (["review", "accept"], "minewatch review accept: Missing argument 'record_id'"),
        (["rollup"], "Missing option '--iso3'"),
        (["user", "add"], "minewatch user add: Missing argument"),
        (["state", "FIN", "--as-of"], "Option '--as-of' requires an argument"),
        (["review", "list", "--status"], "requires an argument"),
    ],
)
def test_usage_errors_are_one_line(args: list[str], says: str) -> None:
    code, message = _one_line_error(args)
    assert code == "invalid_input" and says in message


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["import", "x.json", "--format", "odk"], "field '--layer': say which layer"),
        (["import", "x.csv", "--format", "xml"], "field '--format': --format must be"),
        (["import", "x.csv", "--accept"], "field '--accept': --accept goes with --format odk"),
        (
            ["import", "x.json", "--format", "odk", "--layer", "hazards", "--crs", "EPSG:4326"],
            "field '--format': --format odk reads the form's own questions",
        ),
    ],
)
def test_an_import_option_error_names_the_option_not_a_file(args: list[str], says: str) -> None:
    """Found by review: a missing --layer was reported as ``layer: …``, the option's name in
    the file slot of the location, so it read as a file called "layer"."""
    code, message = _one_line_error(args)
    assert code == "invalid_input" and message.startswith(f"error (invalid_input): {says}")


def test_help_and_a_bare_group_still_show_help() -> None:
    result = runner.invoke(cli, ["status", "--help"])
    assert result.exit_code == 0 and "--as-of" in result.stdout
    assert runner.invoke(cli, ["user"]).exit_code == 2  # a group without a command: its help


@pytest.mark.usefixtures("database")
@pytest.mark.parametrize(
    "args",
    [
        ["status", "--as-of", "nope"],
        ["status", "--known-at", "nope"],
        ["status", "--as-of", "２０２５-０１-０１"],  # full-width digits are not a date
        ["state", "FIN", "--known-at", "0001-01-01T00:00:00+14:00"],
    ],
)
def test_a_bad_date_or_timestamp_is_invalid_date_everywhere(args: list[str]) -> None:
    assert _one_line_error(args)[0] == "invalid_date"


def test_restore_names_the_database_that_holds_data(database: App, tmp_path: Path) -> None:
    copy = tmp_path / "kept.backup"
    backup.backup(database, copy)
    code, message = _one_line_error(["restore", str(copy)])
    target = backup.database_name(database)
    assert code == "invalid_input" and message.startswith(f"error (invalid_input): {target}: ")
    assert "--replace" in message


@pytest.mark.usefixtures("database")
def test_rollup_formats_are_json_or_csv_as_the_readme_says() -> None:
    _code, message = _one_line_error(["rollup", "--iso3", "COL", "--format", "table"])
    assert message == "error (invalid_input): --format must be json or csv, not 'table'"
    assert runner.invoke(cli, ["rollup", "--iso3", "COL", "--format", "csv"]).exit_code == 0
    readme = " ".join(README.read_text().split())
    assert "`rollup`, whose contract is `--format json|csv`" in readme
    assert "rollup --iso3 COL [--year Y] --format json|csv" in " ".join(
        (Path(__file__).parents[2] / "src/minewatch/cli/field.py").read_text().split()
    )


@pytest.mark.usefixtures("database")
def test_an_empty_password_is_refused_not_asked_for() -> None:
    """Found by the CLI property: ``--password ''`` opened a prompt, which aborted (exit 1)."""
    code, message = _one_line_error(["user", "add", "someone", "--password", ""])
    assert code == "invalid_input" and "password" in message.lower()


@pytest.mark.usefixtures("database")
def test_a_year_beyond_the_calendar_is_refused() -> None:
    """Found by the CLI property: ``rollup --year 10**30`` raised OverflowError in the driver."""
    code, message = _one_line_error(["rollup", "--iso3", "COL", "--year", "9" * 30])
    assert code == "invalid_input" and "--year" in message


@pytest.mark.usefixtures("database")
@pytest.mark.parametrize(
    "args",
    [
        ["user", "add", "someone"],
        ["import", "x.json", "--format", "odk", "--layer", "accidents", "--user", "someone"],
    ],
)
def test_a_password_with_no_terminal_to_ask_on_is_one_line_naming_the_variable(
    args: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Found by a new user: in a script, the prompt read end-of-file and aborted (exit 1)."""
    monkeypatch.delenv("MINEWATCH_PASSWORD", raising=False)
    code, message = _one_line_error(args)
    assert code == "invalid_input" and "MINEWATCH_PASSWORD" in message


@pytest.mark.usefixtures("database")
@pytest.mark.parametrize("command", ["extract", "ingest"])
def test_a_missing_file_is_one_error_line_not_a_skipped_file(
    command: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "here.txt").write_text("Nothing happened.", encoding="utf-8")
    _code, message = _one_line_error([command, "here.txt", "nope.txt"])
    assert message == "error (invalid_input): nope.txt: no such file"
    _code, message = _one_line_error([command, "."])
    assert message == "error (invalid_input): .: is a folder, not a file"


@pytest.mark.usefixtures("database")
@pytest.mark.parametrize("how", [[], ["--format", "odk"]], ids=["table", "odk"])
def test_import_of_a_folder_says_it_is_a_folder(
    how: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``import`` named a folder 'no such file' (it exists); like extract and ingest, it says
    what it is, and a missing file stays 'no such file'."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "exports").mkdir()
    for name, says in (("exports", "is a folder, not a file"), ("nope.csv", "no such file")):
        result = runner.invoke(cli, ["import", name, "--layer", "accidents", *how])
        assert result.exit_code == 2, result.output
        assert f"{name}: {says}" in result.stderr.strip().splitlines()[0], result.stderr
        assert "Traceback" not in result.output


@pytest.mark.usefixtures("database")
def test_restore_of_a_backup_without_its_manifest_names_the_missing_file(tmp_path: Path) -> None:
    """It printed Python's "[Errno 2] No such file or directory: '...'" inside the message."""
    copy = tmp_path / "copied.db"
    copy.write_bytes(b"not read: its manifest is checked first")
    code, message = _one_line_error(["restore", str(copy)])
    assert code == "invalid_input" and "Errno" not in message
    assert message == (
        f"error (invalid_input): {copy}: no manifest beside the backup"
        " (copied.db.manifest.json, written by `minewatch backup`)"
    )
