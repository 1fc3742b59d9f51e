"""Backup and restore, each verified: the audit chain must be intact and every table must hold
exactly the rows the manifest counted.

SQLite: the online backup API (``sqlite3.Connection.backup``) copies a consistent snapshot
while others read and write. A plain ``cp`` of a live database does not: in WAL mode the newest
commits live in ``minewatch.db-wal`` until a checkpoint, so a copy of the main file alone lacks
them (the reliability probe lost 57 record versions that way) and the copy still looks intact.

PostgreSQL: ``pg_dump --format=custom`` from one exported snapshot (the counts in the manifest
come from the same snapshot), restored with ``pg_restore --clean``.

Each backup writes ``PATH`` and a manifest ``PATH.manifest.json``: backend, schema revision,
rows per table and the audit head (entry count and hash). The head hash is the anchor an
operator keeps: ``minewatch audit-verify --anchor HASH`` later proves the log still contains it.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, func, select, text

from minewatch.app import App
from minewatch.domain.errors import BackupFailed, InvalidInput, Location
from minewatch.services import audit
from minewatch.services.clock import utc_now
from minewatch.settings import Settings
from minewatch.storage.engine import is_sqlite, sqlite_path
from minewatch.storage.schema import current_revision
from minewatch.storage.tables import metadata


@dataclass(frozen=True)
class Manifest:
    backend: str
    schema: str | None
    created_at: str
    counts: dict[str, int]
    audit_entries: int
    audit_head: str | None

    def write(self, path: Path) -> None:
        manifest_path(path).write_text(json.dumps(asdict(self), indent=2) + "\n")

    @classmethod
    def read(cls, path: Path) -> Manifest:
        beside = manifest_path(path)
        if not beside.is_file():
            raise InvalidInput(
                f"no manifest beside the backup ({beside.name}, written by `minewatch backup`)",
                Location(file=str(path)),
            )
        try:
            return cls(**json.loads(beside.read_text()))
        except (OSError, ValueError, TypeError) as exc:
            raise InvalidInput(
                f"no readable manifest beside the backup ({exc})", Location(file=str(path))
            ) from None


def manifest_path(path: Path) -> Path:
    return path.with_name(path.name + ".manifest.json")


def counts(connection: Connection) -> dict[str, int]:
    """Rows in every table of the schema, by table name."""
    return {
        table.name: int(connection.execute(select(func.count()).select_from(table)).scalar_one())
        for table in metadata.sorted_tables
    }


def _manifest(connection: Connection, backend: str, schema: str | None) -> Manifest:
    found = counts(connection)
    return Manifest(
        backend=backend,
        schema=schema,
        created_at=utc_now().isoformat(timespec="seconds") + "Z",
        counts=found,
        audit_entries=found["audit_log"],
        audit_head=audit.head(connection),
    )


def backup(app: App, target: Path) -> Manifest:
    """Write a verified backup of the App's database to ``target`` (refuses to overwrite)."""
    if target.exists() or manifest_path(target).exists():
        raise InvalidInput("already exists: choose a new name", Location(file=str(target)))
    if not target.parent.is_dir():
        raise InvalidInput("the folder does not exist", Location(file=str(target)))
    schema = current_revision(app.engine)
    made = _backup_sqlite(app, target, schema) if is_sqlite(app.engine) else None
    if made is None:
        made = _backup_postgres(app, target, schema)
    made.write(target)
    if is_sqlite(app.engine):
        verify_sqlite_file(target, made)
    return made


def _backup_sqlite(app: App, target: Path, schema: str | None) -> Manifest:
    with app.engine.connect() as connection, connection.begin():
        # One read transaction: the counts and the copy come from the same snapshot.
        made = _manifest(connection, "sqlite", schema)
        source = connection.connection.driver_connection
        assert isinstance(source, sqlite3.Connection)
        destination = sqlite3.connect(target)
        try:
            source.backup(destination)
        finally:
            destination.close()
    return made


def _libpq_url(app: App) -> str:
    return app.engine.url.set(drivername="postgresql").render_as_string(hide_password=False)


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise BackupFailed(f"{name} is not installed (apt: postgresql-client-15)")
    return found


def _backup_postgres(app: App, target: Path, schema: str | None) -> Manifest:
    pg_dump = _tool("pg_dump")
    with app.engine.connect() as connection:
        connection.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"))
        snapshot = connection.execute(text("SELECT pg_export_snapshot()")).scalar_one()
        made = _manifest(connection, "postgresql", schema)
        _call([pg_dump, "--format=custom", f"--snapshot={snapshot}", "-f", str(target)], app)
        connection.rollback()
    _call([_tool("pg_restore"), "--list", str(target)], None)
    return made


def _call(command: list[str], app: App | None) -> None:
    args = [*command, f"--dbname={_libpq_url(app)}"] if app is not None else command
    done = subprocess.run(args, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["failed"])[-1]
        raise BackupFailed(f"{Path(command[0]).name}: {last}")


def verify_sqlite_file(path: Path, expected: Manifest) -> None:
    """Open the SQLite file at ``path`` and check its chain and counts against ``expected``."""
    copy = App.from_settings(Settings(database_url=str(path)))
    try:
        with copy.engine.connect() as connection:
            _check(connection, expected, str(path))
    finally:
        copy.close()


def _check(connection: Connection, expected: Manifest, where: str) -> None:
    broken = audit.verify_chain(connection)
    if broken is not None:
        raise BackupFailed(f"{where}: the audit chain breaks at entry {broken}")
    found = counts(connection)
    differ = {t: (n, found.get(t)) for t, n in expected.counts.items() if found.get(t) != n}
    if differ:
        listed = ", ".join(f"{t} {want} expected, {got} found" for t, (want, got) in differ.items())
        raise BackupFailed(f"{where}: row counts differ: {listed}")
    if audit.head(connection) != expected.audit_head:
        raise BackupFailed(f"{where}: the audit head is not the one the manifest names")


def restore(app: App, source: Path, *, replace: bool = False) -> Manifest:
    """Replace the App's database with the backup at ``source``, then verify it.

    Refuses (InvalidInput) when the backup is missing, its manifest is unreadable, it was made
    on the other backend, or the database already holds data and ``replace`` is not given."""
    if not source.is_file():
        raise InvalidInput("no backup file here", Location(file=str(source)))
    expected = Manifest.read(source)
    backend = "sqlite" if is_sqlite(app.engine) else "postgresql"
    if expected.backend != backend:
        raise InvalidInput(
            f"a {expected.backend} backup cannot be restored into {backend}",
            Location(file=str(source)),
        )
    if not replace and _holds_data(app):
        raise InvalidInput(
            f"already holds data: pass --replace to overwrite it with {source}",
            Location(file=database_name(app)),
        )
    if backend == "sqlite":
        verify_sqlite_file(source, expected)
        _restore_sqlite(app, source)
    else:
        _restore_postgres(app, source)
    with app.engine.connect() as connection:
        _check(connection, expected, "the restored database")
    app.caches.clear()
    return expected


def database_name(app: App) -> str:
    """The database as a user names it: the SQLite file, or the server URL without password."""
    path = sqlite_path(app.engine)
    return str(path) if path is not None else app.engine.url.render_as_string(hide_password=True)


def _holds_data(app: App) -> bool:
    path = sqlite_path(app.engine)
    if path is not None and not path.exists():
        return False
    with app.engine.connect() as connection:
        names = set(connection.dialect.get_table_names(connection))
        if "audit_log" not in names:
            return False
        return any(n > 0 for n in counts(connection).values())


def _restore_sqlite(app: App, source: Path) -> None:
    app.engine.dispose()
    target = sqlite_path(app.engine)
    assert target is not None
    origin = sqlite3.connect(source)
    destination = sqlite3.connect(target)
    try:
        origin.backup(destination)
    finally:
        origin.close()
        destination.close()


def _restore_postgres(app: App, source: Path) -> None:
    app.engine.dispose()
    command = [_tool("pg_restore"), "--clean", "--if-exists", "--no-owner", "--single-transaction"]
    _call([*command, str(source)], app)


def describe(manifest: Manifest) -> dict[str, Any]:
    """The manifest as printed by the CLI."""
    return asdict(manifest)
