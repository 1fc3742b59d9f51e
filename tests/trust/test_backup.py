"""F20: ``minewatch backup`` / ``restore`` on both backends, each verified by the audit chain
and the row counts; a damaged backup is refused and changes nothing."""

from __future__ import annotations

import sqlite3
from fnmatch import fnmatch
from pathlib import Path

import pytest
from typer.testing import CliRunner

from minewatch.app import App
from minewatch.cli import cli
from minewatch.domain.errors import BackupFailed, InvalidInput
from minewatch.services import audit, backup, review
from minewatch.storage.engine import sqlite_path
from tests.evidence.helpers import STOCKPILE, add_claim

from .faults import counts


def _all_counts(app: App) -> dict[str, int]:
    with app.engine.connect() as connection:
        return backup.counts(connection)


def test_backup_then_restore_gives_the_same_database(
    loaded_app: App, empty_app: App, tmp_path: Path
) -> None:
    record_id = add_claim(loaded_app, STOCKPILE)
    review.decide(loaded_app, record_id, review.Verdict(review.Decision.ACCEPT, 1), "t:rev")
    target = tmp_path / "mw.backup"
    manifest = backup.backup(loaded_app, target)
    assert manifest.counts == _all_counts(loaded_app)
    assert manifest.counts["records"] > 700 and manifest.audit_entries > 700
    with loaded_app.engine.connect() as connection:
        assert manifest.audit_head == audit.head(connection)
    restored = backup.restore(empty_app, target)
    assert restored == manifest
    assert _all_counts(empty_app) == manifest.counts
    with empty_app.engine.connect() as connection:
        assert audit.verify_chain(connection) is None
    assert review.current_version(empty_app, record_id) == 2


def test_restore_refuses_a_database_with_data_unless_told(loaded_app: App, tmp_path: Path) -> None:
    target = tmp_path / "mw.backup"
    manifest = backup.backup(loaded_app, target)
    add_claim(loaded_app, STOCKPILE)
    with pytest.raises(InvalidInput, match="--replace"):
        backup.restore(loaded_app, target)
    backup.restore(loaded_app, target, replace=True)
    assert _all_counts(loaded_app) == manifest.counts


def test_backup_never_overwrites(loaded_app: App, tmp_path: Path) -> None:
    target = tmp_path / "mw.backup"
    target.write_text("keep me")
    with pytest.raises(InvalidInput, match="already exists"):
        backup.backup(loaded_app, target)
    assert target.read_text() == "keep me"


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_truncated_sqlite_backup_is_refused(
    loaded_app: App, empty_app: App, tmp_path: Path
) -> None:
    target = tmp_path / "mw.backup"
    backup.backup(loaded_app, target)
    with sqlite3.connect(target) as damaged:
        damaged.execute("DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)")
    before = counts(empty_app.engine)
    with pytest.raises(BackupFailed, match="row counts differ"):
        backup.restore(empty_app, target)
    assert counts(empty_app.engine) == before


@pytest.mark.parametrize("backend", ["sqlite"])
def test_backup_and_restore_commands(
    loaded_app: App, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = sqlite_path(loaded_app.engine)
    assert database is not None
    monkeypatch.setenv("MINEWATCH_DATABASE_URL", str(database))
    runner = CliRunner()
    made = runner.invoke(cli, ["backup", str(tmp_path / "b.db")])
    assert made.exit_code == 0, made.output
    assert "verified" in made.output and "Audit head" in made.output
    again = runner.invoke(cli, ["restore", str(tmp_path / "b.db")])
    assert again.exit_code == 2 and "error (invalid_input)" in again.output
    monkeypatch.setenv("MINEWATCH_DATABASE_URL", str(tmp_path / "new.db"))
    fresh = runner.invoke(cli, ["restore", str(tmp_path / "b.db"), "--format", "json"])
    assert fresh.exit_code == 0, fresh.output
    assert '"audit_head"' in fresh.output


def test_the_files_the_readme_tour_writes_are_ignored_by_git() -> None:
    """README's tour backs up into backups/ in the checkout: the copy (*.db) and its manifest
    beside it must not show as files to commit (the manifest did)."""
    copy = Path("backups") / "mw-2026-02-03.db"
    patterns = (Path(__file__).parents[2] / ".gitignore").read_text().split()
    for written in (copy, backup.manifest_path(copy)):
        assert any(fnmatch(written.name, pattern) for pattern in patterns), written.name
