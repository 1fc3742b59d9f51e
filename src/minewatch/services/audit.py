"""The append-only, hash-chained audit log: each entry's hash covers the previous entry's, so
editing or deleting any past entry breaks the chain from there on (``verify_chain`` finds it)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, func, insert, select

from minewatch.domain.hashing import content_hash
from minewatch.services.clock import utc_now
from minewatch.storage.engine import lock_for_append
from minewatch.storage.tables import audit_log


@dataclass(frozen=True)
class AuditEntry:
    actor: str
    action: str  # noun.verb, e.g. "record.update"
    target: str
    before_hash: str | None = None
    after_hash: str | None = None


def _entry_hash(entry: AuditEntry, at: datetime, prev_hash: str | None) -> str:
    return content_hash(
        {
            "at": at.isoformat(),
            "actor": entry.actor,
            "action": entry.action,
            "target": entry.target,
            "before": entry.before_hash,
            "after": entry.after_hash,
            "prev": prev_hash,
        }
    )


def append(connection: Connection, entry: AuditEntry, at: datetime | None = None) -> str:
    """Write one entry inside the caller's transaction; returns its hash."""
    lock_for_append(connection, "audit_log")
    at = at or utc_now()
    prev_hash = connection.execute(
        select(audit_log.c.hash).order_by(audit_log.c.seq.desc()).limit(1)
    ).scalar()
    entry_hash = _entry_hash(entry, at, prev_hash)
    connection.execute(
        insert(audit_log).values(
            at=at,
            actor=entry.actor,
            action=entry.action,
            target=entry.target,
            before_hash=entry.before_hash,
            after_hash=entry.after_hash,
            prev_hash=prev_hash,
            hash=entry_hash,
        )
    )
    return entry_hash


def verify_chain(connection: Connection) -> int | None:
    """The seq of the first entry whose hash does not match, or None if the chain is intact."""
    prev_hash: str | None = None
    for row in connection.execute(select(audit_log).order_by(audit_log.c.seq)).mappings():
        entry = AuditEntry(
            row["actor"], row["action"], row["target"], row["before_hash"], row["after_hash"]
        )
        expected = _entry_hash(entry, row["at"], prev_hash)
        if row["prev_hash"] != prev_hash or row["hash"] != expected:
            return int(row["seq"])
        prev_hash = row["hash"]
    return None


def head(connection: Connection) -> str | None:
    """The newest entry's hash: the anchor an operator keeps (each backup prints it)."""
    found = connection.execute(
        select(audit_log.c.hash).order_by(audit_log.c.seq.desc()).limit(1)
    ).scalar()
    return str(found) if found is not None else None


def count(connection: Connection) -> int:
    return int(connection.execute(select(func.count()).select_from(audit_log)).scalar_one())
