"""The one narrow seam between SQLite (embedded default) and PostgreSQL/PostGIS (server mode)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from minewatch.domain.errors import DatabaseUnavailable
from minewatch.storage.cache import watch

SUPPORTED_BACKENDS = ("sqlite", "postgresql")


def normalise_url(url: str) -> str:
    """Accept a bare file path for SQLite and a plain ``postgresql://`` URL (psycopg 3)."""
    if "://" not in url:
        return f"sqlite:///{Path(url)}"
    if url.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def is_sqlite(engine: Engine | Connection) -> bool:
    return engine.dialect.name == "sqlite"


# The execution option that marks a transaction as a writer's (see ``writing``).
WRITE_OPTION = "minewatch_write"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # pysqlite's own transaction handling opens a transaction only before an INSERT/UPDATE and
    # not before a SAVEPOINT, so a savepoint that came first committed on its own and the rest of
    # the write went into a second transaction. Turn it off and let SQLAlchemy emit BEGIN
    # (SQLAlchemy docs, "SQLite: Serializable isolation / Savepoints / Transactional DDL").
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    # WAL lets the web app read while a CLI import writes; foreign keys are off by default.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def _sqlite_begin(connection: Connection) -> None:
    """BEGIN IMMEDIATE for writers: the write lock is taken at the start, so a second writer
    waits (busy_timeout) and then reads the first one's result, instead of failing with
    "database is locked" when it upgrades a read it made before the first writer committed."""
    immediate = connection.get_execution_options().get(WRITE_OPTION, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def make_engine(url: str) -> Engine:
    """An engine for a SQLite path/URL or a PostgreSQL URL; DatabaseUnavailable for anything
    else (nothing is opened yet: SQLAlchemy connects on first use)."""
    url = normalise_url(url)
    try:
        backend = make_url(url).get_backend_name()
    except ArgumentError:
        raise DatabaseUnavailable(f"{url!r} is not a database URL") from None
    if backend not in SUPPORTED_BACKENDS:
        raise DatabaseUnavailable(
            f"{backend} is not supported: give a SQLite file path or a postgresql:// URL"
        )
    if backend == "sqlite":
        engine = create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
    else:
        engine = create_engine(url, pool_size=10, max_overflow=20, pool_pre_ping=True)
    watch(engine)  # the response cache learns which answers read what (storage/cache.py)
    return engine


def lock_for_append(connection: Connection, table: str) -> None:
    """Serialise appends to a hash-chained table. SQLite already allows one writer at a time;
    PostgreSQL needs an explicit lock so two writers cannot chain onto the same entry."""
    if not is_sqlite(connection):
        connection.execute(text(f"LOCK TABLE {table} IN SHARE ROW EXCLUSIVE MODE"))


@contextmanager
def writing(engine: Engine) -> Iterator[Connection]:
    """One write transaction: everything in the block commits together or not at all, on both
    backends. Writers queue from their first statement: SQLite's BEGIN IMMEDIATE, and on
    PostgreSQL the audit log's append lock taken before anything else. Every write appends to
    the audit log, so writers were serialised at that lock anyway; taking it first makes them
    draw record ``seq`` values in the order they commit, which ``ReadCache.observe`` relies on
    (a write committing below a ``seq`` already seen would never be noted). Being the first
    lock every writer takes, it cannot enter a lock-order deadlock."""
    with engine.execution_options(**{WRITE_OPTION: True}).begin() as connection:
        lock_for_append(connection, "audit_log")
        yield connection


def sqlite_path(engine: Engine | Connection) -> Path | None:
    """The file behind a SQLite engine; None for PostgreSQL and in-memory databases."""
    url = engine.engine.url if isinstance(engine, Connection) else engine.url
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def check_folder(engine: Engine) -> None:
    """DatabaseUnavailable naming the folder when a SQLite file's folder does not exist: the
    driver would only say "unable to open database file", and a read would call the database
    uninitialised. PostgreSQL and in-memory databases have no folder to check."""
    path = sqlite_path(engine)
    if path is not None and not path.parent.is_dir():
        raise DatabaseUnavailable(
            f"the folder {path.parent} does not exist: create it, or point "
            "MINEWATCH_DATABASE_URL at a file in a folder that exists"
        )


def unavailable(engine: Engine, error: DBAPIError) -> DatabaseUnavailable:
    """The driver's refusal to open or use the database, as one line naming it (no password)."""
    reason = str(error.orig).strip().splitlines()[0] if error.orig is not None else str(error)
    shown = engine.url.render_as_string(hide_password=True)
    return DatabaseUnavailable(f"cannot use the database {shown}: {reason}")
