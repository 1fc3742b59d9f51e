"""Fault injection for the trust tests: a trigger that aborts one insert, on either backend, and
row counts to compare around a failed write."""

from __future__ import annotations

from sqlalchemy import Engine, func, select, text

from minewatch.storage.engine import is_sqlite
from minewatch.storage.tables import api_tokens, audit_log, citations, records, sources, users

COUNTED = (records, citations, audit_log, users, sources, api_tokens)


def counts(engine: Engine) -> dict[str, int]:
    """Rows per ledger table: a failed write must leave every one unchanged."""
    with engine.connect() as connection:
        return {
            t.name: int(connection.execute(select(func.count()).select_from(t)).scalar_one())
            for t in COUNTED
        }


def inject_fault(engine: Engine, table: str, when: str = "1 = 1") -> None:
    """Make every insert into ``table`` whose NEW row satisfies ``when`` fail."""
    with engine.begin() as connection:
        if is_sqlite(connection):
            connection.exec_driver_sql(
                f"CREATE TRIGGER fault_{table} BEFORE INSERT ON {table} WHEN {when} "
                "BEGIN SELECT RAISE(ABORT, 'injected fault'); END"
            )
            return
        connection.execute(
            text(
                f"CREATE FUNCTION fault_{table}() RETURNS trigger LANGUAGE plpgsql AS $$ "
                f"BEGIN IF {when} THEN RAISE EXCEPTION 'injected fault'; END IF; "
                "RETURN NEW; END $$"
            )
        )
        connection.execute(
            text(
                f"CREATE TRIGGER fault_{table} BEFORE INSERT ON {table} "
                f"FOR EACH ROW EXECUTE FUNCTION fault_{table}()"
            )
        )
