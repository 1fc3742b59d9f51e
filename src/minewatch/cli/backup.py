"""Backup and restore, each verified by the audit chain and the row counts.

minewatch backup PATH              a consistent copy of the database, and PATH.manifest.json
minewatch restore PATH [--replace] replace the database with the backup, then verify it
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from minewatch.cli.common import Format, OutputFormat, emit, opened, ready_app, run, say

if TYPE_CHECKING:
    from minewatch.services import backup as backups


def backup(path: Path, output: Format = OutputFormat.TABLE) -> None:
    """Write a verified backup (SQLite online backup API; pg_dump in server mode)."""
    from minewatch.services import backup as backups

    with ready_app() as app:
        manifest = run(lambda: backups.backup(app, path))
    if not emit(output, backups.describe(manifest)):
        _print(f"Backup written to {path}", manifest)


def restore(
    path: Path,
    replace: Annotated[bool, typer.Option(help="Overwrite a database that holds data")] = False,
    output: Format = OutputFormat.TABLE,
) -> None:
    """Replace the database with a backup; refuses a database that holds data unless --replace."""
    from minewatch.services import backup as backups

    with opened() as app:
        manifest = run(lambda: backups.restore(app, path, replace=replace))
    if not emit(output, backups.describe(manifest)):
        _print(f"Restored from {path}", manifest)


def _print(headline: str, manifest: backups.Manifest) -> None:
    rows = ", ".join(f"{n} {t}" for t, n in manifest.counts.items() if n)
    # wrapped between words: the path and the hash are each printed whole, on a line of their
    # own when they do not fit beside the text
    say(f"{headline} and verified: audit chain intact, {rows}.")
    say(f"Audit head (keep it): {manifest.audit_head}")


def register(cli: typer.Typer) -> None:
    cli.command("backup")(backup)
    cli.command("restore")(restore)
