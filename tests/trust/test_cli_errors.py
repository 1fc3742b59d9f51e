"""F12/F13: every configuration error is one line, ``error (code): message``, exit 2, never a
traceback; a read command never creates a missing database file; a duplicate ingest racing
another is reported as a duplicate."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import pytest
from typer.testing import CliRunner

from minewatch.app import App
from minewatch.services import ingest
from tests.support.cli import use_database

ONE_LINE = re.compile(r"^error \((database_unavailable|not_initialised)\): \S.*\n$")
COMMANDS = [
    ["status"],
    ["state", "FIN"],
    ["audit-verify"],
    ["user", "revoke", "mw_x"],
    ["user", "token", "x", "--scope", "admin"],
    ["review", "list"],
    ["contradictions"],
    ["backup", "b.db"],
]


def _configurations(tmp: Path) -> dict[str, str]:
    (tmp / "garbage.db").write_bytes(b"this is not a database, just some bytes" * 10)
    return {
        "missing folder": str(tmp / "no" / "such" / "x.db"),
        "missing file": str(tmp / "absent.db"),
        "not a database": str(tmp / "garbage.db"),
        "unsupported backend": "mysql://u@127.0.0.1/x",
        "server down": "postgresql://u:pw@127.0.0.1:1/x",
    }


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c))
def test_configuration_errors_are_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: list[str]
) -> None:
    from minewatch.cli import cli

    monkeypatch.chdir(tmp_path)
    for name, url in _configurations(tmp_path).items():
        monkeypatch.setenv("MINEWATCH_DATABASE_URL", url)
        result = CliRunner().invoke(cli, command)
        assert result.exit_code == 2, (name, result.output, result.exception)
        assert ONE_LINE.match(result.output), (name, result.output)
        assert "pw@" not in result.output
    assert not (tmp_path / "absent.db").exists()
    assert not (tmp_path / "no").exists()


@pytest.mark.parametrize("command", [*COMMANDS, ["init"], ["restore", "b.db"]], ids=" ".join)
def test_a_missing_folder_is_named_not_called_uninitialised(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: list[str]
) -> None:
    from minewatch.cli import cli

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("MINEWATCH_DATABASE_URL", str(tmp_path / "no" / "such" / "x.db"))
    result = CliRunner().invoke(cli, command)
    assert result.exit_code == 2, (result.output, result.exception)
    folder = tmp_path / "no" / "such"
    assert result.output == (
        f"error (database_unavailable): the folder {folder} does not exist: create it, or "
        "point MINEWATCH_DATABASE_URL at a file in a folder that exists\n"
    )
    assert not (tmp_path / "no").exists()


def test_the_console_script_prints_no_traceback(tmp_path: Path) -> None:
    env = {**os.environ, "MINEWATCH_DATABASE_URL": str(tmp_path / "garbage.db")}
    (tmp_path / "garbage.db").write_bytes(b"x" * 4096)
    script = "from minewatch.cli import main; main()"
    for args in (["status"], ["audit-verify"], ["init"]):
        done = subprocess.run(
            [sys.executable, "-c", script, *args], env=env, capture_output=True, text=True
        )
        assert done.returncode == 2
        assert "Traceback" not in done.stderr and len(done.stderr.splitlines()) == 1


def test_racing_ingests_of_one_file_report_a_duplicate(loaded_app: App, tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("Belarus destroyed its last 78 stockpiled mines on 5 April 2017.\n")
    barrier = threading.Barrier(2)
    reports: list[ingest.IngestReport] = []

    def run() -> None:
        barrier.wait()
        reports.append(ingest.ingest(loaded_app, [story], "test:race"))

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert [r.failures for r in reports] == [[], []]
    assert sorted((r.new_sources, r.duplicates) for r in reports) == [(0, 1), (1, 0)]


def test_an_unexpected_error_shows_a_code_not_the_driver_text(
    empty_app: App,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A bug's exception (here a constraint the service did not foresee) is one line with a
    stable code and the file holding the details; the SQL and the values stay out of it."""
    from sqlalchemy.exc import IntegrityError

    from minewatch.cli import main
    from minewatch.services import accounts

    sql = "INSERT INTO users (username, password_hash) VALUES (?, ?)"
    cause = Exception("UNIQUE constraint failed: users.username")

    def broken(*_: object) -> int:
        raise IntegrityError(sql, ("ana", "$argon2id$secret"), cause)

    use_database(empty_app, monkeypatch)
    monkeypatch.setattr(accounts, "add_user", broken)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.setattr(sys, "argv", ["minewatch", "user", "add", "ana", "--password", "x" * 16])
    for debug in ("", "1"):
        monkeypatch.setenv("MINEWATCH_DEBUG", debug)
        with pytest.raises(SystemExit) as done:
            main()
        assert done.value.code == 2
        error = capsys.readouterr().err
        line = error.splitlines()[-1]
        assert re.fullmatch(
            r"error \(internal_error\): an unexpected error; nothing more is shown here, "
            r"the details were written to \S+minewatch-error-\S+\.log",
            line,
        ), line
        for secret in ("INSERT", "UNIQUE", "argon2", "IntegrityError", "sqlite"):
            assert secret not in line
        kept = Path(line.rsplit(" ", 1)[1]).read_text()
        assert sql in kept and "UNIQUE constraint failed" in kept
        # only the operator who asks sees the traceback on the terminal
        assert ("Traceback" in error) is (debug == "1")
        assert len(error.splitlines()) == 1 or debug == "1"


def test_a_database_from_an_older_minewatch_is_named_so_not_called_uninitialised(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After an update that adds a migration, a database full of data was "not initialised":
    the message now says which schema it is at, which one is needed, and that init migrates."""
    import sqlite3

    from minewatch.cli import cli
    from minewatch.storage.schema import head_revision

    path = tmp_path / "old.db"
    monkeypatch.setenv("MINEWATCH_DATABASE_URL", str(path))
    assert CliRunner().invoke(cli, ["init"]).exit_code == 0
    with sqlite3.connect(path) as connection:  # as an older minewatch left it
        connection.execute("UPDATE alembic_version SET version_num = '0001'")
    result = CliRunner().invoke(cli, ["status"])
    assert result.exit_code == 2 and ONE_LINE.match(result.output), result.output
    assert "not initialised" not in result.output
    assert f"at schema 0001 and this minewatch needs {head_revision()}" in result.output
    assert "run `minewatch init` to migrate it" in result.output
    path.unlink()
    missing = CliRunner().invoke(cli, ["status"]).output
    assert (
        missing
        == "error (not_initialised): the database is not initialised: run `minewatch init`\n"
    )
