"""Everything ``minewatch audit-verify`` checks, beyond the hash chain itself:

1. the chain (``audit.verify_chain``): an edited, removed or reordered entry breaks it;
2. the anchor: the head hash an operator kept (each ``minewatch backup`` prints one) must still
   be in the log. Truncating the tail, deleting every entry or recomputing the chain after an
   edit all remove it;
3. every record version's stored hash matches its content (an edit of ``records.data`` shows);
4. every record version has the audit entry that wrote it (``record.create``/``record.update``
   with its hash as ``after_hash``), and every such entry still has its version: a deleted
   version, or one written outside the services, shows; likewise ``source.create`` per source.
"""

from __future__ import annotations

from collections import Counter

from sqlalchemy import Connection, select

from minewatch.domain.evidence import Citation, RecordDraft, ReviewStatus
from minewatch.domain.hashing import content_hash
from minewatch.services import audit, ledger
from minewatch.storage.tables import audit_log, citations, records, sources

RECORD_ACTIONS = ("record.create", "record.update")


def verify(connection: Connection, anchor: str | None = None) -> list[str]:
    """Every problem found, one line each; an empty list means intact."""
    problems: list[str] = []
    broken = audit.verify_chain(connection)
    if broken is not None:
        problems.append(f"the audit chain breaks at entry {broken}")
    if anchor is not None and not _holds(connection, anchor):
        problems.append(
            f"the anchor {anchor[:16]}… is not in the audit log (truncated or rewritten)"
        )
    problems += _record_hashes(connection)
    problems += _coverage(connection)
    return problems


def _holds(connection: Connection, anchor: str) -> bool:
    return (
        connection.execute(select(audit_log.c.seq).where(audit_log.c.hash == anchor)).first()
        is not None
    )


def _record_hashes(connection: Connection) -> list[str]:
    cited: dict[int, list[Citation]] = {}
    for seq, source_id, quote in connection.execute(
        select(citations.c.record_seq, citations.c.source_id, citations.c.quote)
    ):
        cited.setdefault(int(seq), []).append(Citation(int(source_id), quote))
    keys = ledger.source_keys(connection, connection.execute(select(sources.c.id)).scalars())
    problems = []
    for row in connection.execute(select(records)).mappings():
        draft = RecordDraft(
            record_id=row["record_id"],
            kind=row["kind"],
            data=dict(row["data"]),
            citations=tuple(cited.get(int(row["seq"]), ())),
            iso3=row["iso3"],
            valid_from=row["valid_from"],
            valid_to=row["valid_to"],
            review_status=ReviewStatus(row["review_status"]),
        )
        hashes = {
            content_hash(ledger.stable_content(connection, draft, keys)),
            content_hash(draft.content()),
        }
        if row["content_hash"] not in hashes:
            problems.append(
                f"record {row['record_id']!r} version {row['version']} does not match its hash"
            )
    return problems


def _coverage(connection: Connection) -> list[str]:
    written = Counter(
        (str(r), str(h))
        for r, h in connection.execute(select(records.c.record_id, records.c.content_hash))
    )
    audited = Counter(
        (str(t), str(h))
        for t, h in connection.execute(
            select(audit_log.c.target, audit_log.c.after_hash).where(
                audit_log.c.action.in_(RECORD_ACTIONS)
            )
        )
    )
    problems = [
        f"record {r!r} has a version ({h[:12]}…) with no audit entry"
        for (r, h), n in written.items()
        if audited[(r, h)] < n
    ]
    problems += [
        f"the audit log wrote record {r!r} ({h[:12]}…) but that version is gone"
        for (r, h), n in audited.items()
        if written[(r, h)] < n
    ]
    return problems + _source_coverage(connection)


def _source_coverage(connection: Connection) -> list[str]:
    held = {f"source:{i}" for i in connection.execute(select(sources.c.id)).scalars()}
    audited = set(
        connection.execute(
            select(audit_log.c.target).where(audit_log.c.action == "source.create")
        ).scalars()
    )
    missing = sorted(held - audited)
    gone = sorted(audited - held)
    return [f"{t} has no audit entry" for t in missing] + [
        f"{t} was audited but is gone" for t in gone
    ]
