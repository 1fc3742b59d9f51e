"""F15, F18: audit-verify finds truncation, deletion of every entry, a recomputed chain (with
the anchor a backup printed), edited ledger rows and ledger rows no audit entry covers; record
hashes do not depend on surrogate source ids."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import Connection, delete, func, select, text, update
from typer.testing import CliRunner

from minewatch.app import App
from minewatch.cli import cli
from minewatch.domain.evidence import Citation, RecordDraft, SourceDraft, SourceKind
from minewatch.services import audit, integrity, ledger, review
from minewatch.storage.engine import sqlite_path
from minewatch.storage.tables import audit_log, citations, records
from tests.evidence.helpers import STOCKPILE, add_claim

Tamper = Callable[[Connection], None]


def _last_seq(connection: Connection) -> int:
    return int(connection.execute(select(func.max(audit_log.c.seq))).scalar_one())


def _truncate(connection: Connection) -> None:
    connection.execute(delete(audit_log).where(audit_log.c.seq > _last_seq(connection) - 3))


def _delete_all(connection: Connection) -> None:
    connection.execute(delete(audit_log))


def _recompute(connection: Connection) -> None:
    """Edit an entry, then rewrite every later hash as a forger with the code would."""
    rows = connection.execute(select(audit_log).order_by(audit_log.c.seq)).mappings().all()
    middle = rows[len(rows) // 2]["seq"]
    prev = None
    for row in rows:
        actor = "forger" if row["seq"] == middle else row["actor"]
        entry = audit.AuditEntry(
            actor, row["action"], row["target"], row["before_hash"], row["after_hash"]
        )
        new = audit._entry_hash(entry, row["at"], prev)
        connection.execute(
            update(audit_log)
            .where(audit_log.c.seq == row["seq"])
            .values(actor=actor, prev_hash=prev, hash=new)
        )
        prev = new


def _edit_record_data(connection: Connection) -> None:
    connection.execute(update(records).where(records.c.seq == 10).values(data={"edited": True}))


def _delete_newest_version(connection: Connection) -> None:
    newest = int(connection.execute(select(func.max(records.c.seq))).scalar_one())
    connection.execute(delete(citations).where(citations.c.record_seq == newest))
    connection.execute(delete(records).where(records.c.seq == newest))


TAMPERS: dict[str, Tamper] = {
    "truncated tail": _truncate,
    "every entry deleted": _delete_all,
    "recomputed chain": _recompute,
    "records.data edited": _edit_record_data,
    "newest version deleted": _delete_newest_version,
}


def test_an_untouched_database_verifies(loaded_app: App) -> None:
    add_claim(loaded_app, STOCKPILE)
    with loaded_app.engine.connect() as connection:
        anchor = audit.head(connection)
        assert integrity.verify(connection, anchor) == []


@pytest.mark.parametrize("name", list(TAMPERS))
def test_each_tampering_is_found(loaded_app: App, name: str) -> None:
    record_id = add_claim(loaded_app, STOCKPILE)
    review.decide(loaded_app, record_id, review.Verdict(review.Decision.ACCEPT, 1), "t:rev")
    with loaded_app.engine.connect() as connection:
        anchor = audit.head(connection)
    with loaded_app.engine.begin() as connection:
        if loaded_app.engine.dialect.name == "sqlite":
            connection.execute(text("PRAGMA foreign_keys=OFF"))
        TAMPERS[name](connection)
    with loaded_app.engine.connect() as connection:
        assert integrity.verify(connection, anchor) != [], name


def _hash_of_a_record_citing(app: App, padding: int) -> str:
    with app.engine.begin() as connection:
        for n in range(padding):  # other sources first, so the cited one gets another id
            ledger.ensure_source(connection, SourceDraft(SourceKind.NEWS, f"pad {n}"), "t")
        draft = SourceDraft(SourceKind.NEWS, "The story", sha256=hashlib.sha256(b"s").hexdigest())
        source_id, _ = ledger.ensure_source(connection, draft, "t")
        record = RecordDraft("use_event:x", "use_event", {"n": 1}, (Citation(source_id, "q"),))
        ledger.write_version(connection, record, base_version=None, actor="t", reason="r")
        found = connection.execute(
            select(records.c.content_hash).where(records.c.record_id == "use_event:x")
        ).scalar_one()
    return str(found)


def test_record_hashes_do_not_depend_on_source_ids(loaded_app: App, empty_app: App) -> None:
    assert _hash_of_a_record_citing(loaded_app, 0) == _hash_of_a_record_citing(empty_app, 3)


@pytest.mark.parametrize("backend", ["sqlite"])
def test_audit_verify_with_the_anchor_a_backup_printed(
    loaded_app: App, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = sqlite_path(loaded_app.engine)
    assert database is not None
    monkeypatch.setenv("MINEWATCH_DATABASE_URL", str(database))
    runner = CliRunner()
    made = runner.invoke(cli, ["backup", str(tmp_path / "b.db"), "--format", "json"])
    anchor = json.loads(made.output)["audit_head"]
    ok = runner.invoke(cli, ["audit-verify", "--anchor", anchor])
    assert ok.exit_code == 0 and anchor in ok.output
    with loaded_app.engine.begin() as connection:
        _truncate(connection)
    cut = runner.invoke(cli, ["audit-verify", "--anchor", anchor])
    assert cut.exit_code == 1 and "error (integrity_failed)" in cut.output
