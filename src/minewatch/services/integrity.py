"""Everything ``minewatch audit-verify`` checks, beyond the hash chain itself:

1. the chain (``audit.verify_chain``): an edited, removed or reordered entry breaks it;
2. the anchor: the head hash an operator kept (each ``minewatch backup`` prints one) must still
   be in the log. Truncating the tail, deleting every entry or recomputing the chain after an
   edit all remove it;
3. every record version's stored hash matches its content (an edit of ``records.data`` shows);
4. every record version has the audit entry that wrote it (``record.create``/``record.update``
   with its hash as ``after_hash``), and every such entry still has its version: a deleted
   version, or one written outside the services, shows; likewise ``source.create`` per source.
   A bulk import writes one ``layer.import`` entry per file instead: its target starts with the
   batch id that ends each of its versions' ``reason`` and names its ``source:N``; its
   ``after_hash`` is the digest of the (record id, content hash) pairs it wrote, recomputed here;
5. no stored measure is infinite or not a number (``_measures``): imports refuse them since
   0c9b7f9, but a database written before could hold 'inf' areas, which roll-ups sum on.
"""

from __future__ import annotations

from collections import Counter

from sqlalchemy import Connection, Float, func, or_, select

from minewatch.domain.evidence import Citation, RecordDraft, ReviewStatus
from minewatch.domain.hashing import content_hash
from minewatch.services import audit, ledger
from minewatch.storage.field_tables import field_rollups, layer_tables
from minewatch.storage.tables import audit_log, citations, records, sources

RECORD_ACTIONS = ("record.create", "record.update")
BULK_ACTION = "layer.import"


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
    problems += _measures(connection)
    return problems


# beyond every finite double: +inf, and NaN, which PostgreSQL sorts above every number (SQLite
# stores NaN as NULL)
_BEYOND = 1.7976931348623157e308


def _measures(connection: Connection) -> list[str]:
    """Each stored number column of the field layers and roll-ups holding a value that is not
    finite, with how many rows hold one."""
    problems = []
    tables = [*layer_tables.values(), field_rollups]
    for table in tables:
        for column in (c for c in table.columns if isinstance(c.type, Float)):
            # NaN: PostgreSQL holds NaN = NaN true, so `column != column` never finds it
            # there; NaN sorts above every number, so `column > _BEYOND` does. SQLite stores
            # NaN as NULL (nothing to find); `!=` is for an engine with IEEE NaN != NaN.
            outside = or_(column > _BEYOND, column < -_BEYOND, column != column)
            count = connection.execute(
                select(func.count()).select_from(table).where(outside)
            ).scalar_one()
            if count:
                problems.append(
                    f"{table.name}.{column.name}: {count} row(s) hold a number that is not "
                    "finite (written before imports refused them)"
                )
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
    bulk, problems = _bulk_coverage(connection)
    problems += [
        f"record {r!r} has a version ({h[:12]}…) with no audit entry"
        for (r, h), n in written.items()
        if audited[(r, h)] + bulk[(r, h)] < n
    ]
    problems += [
        f"the audit log wrote record {r!r} ({h[:12]}…) but that version is gone"
        for (r, h), n in audited.items()
        if written[(r, h)] < n
    ]
    return problems + _source_coverage(connection)


def _bulk_entries(connection: Connection) -> list[tuple[str, str, str | None]]:
    """(batch id, the rest of the target, after_hash) of every bulk import entry."""
    query = select(audit_log.c.target, audit_log.c.after_hash).where(
        audit_log.c.action == BULK_ACTION
    )
    found = []
    for target, after in connection.execute(query):
        batch, _, rest = str(target).partition(" ")
        found.append((batch, rest, after))
    return found


def _bulk_coverage(connection: Connection) -> tuple[Counter[tuple[str, str]], list[str]]:
    """The versions bulk imports account for, and any import whose versions no longer match
    the digest its entry holds."""
    covered: Counter[tuple[str, str]] = Counter()
    problems = []
    for batch, _rest, after in _bulk_entries(connection):
        query = select(records.c.record_id, records.c.content_hash).where(
            records.c.reason.endswith(f"({batch})")
        )
        pairs = [(str(r), str(h)) for r, h in connection.execute(query)]
        if content_hash(sorted([r, h] for r, h in pairs)) != after:
            problems.append(f"the versions written by import {batch} do not match its entry")
            continue
        covered.update(pairs)
    return covered, problems


def _source_coverage(connection: Connection) -> list[str]:
    held = {f"source:{i}" for i in connection.execute(select(sources.c.id)).scalars()}
    audited = set(
        connection.execute(
            select(audit_log.c.target).where(audit_log.c.action == "source.create")
        ).scalars()
    )
    audited |= {rest.split(" ", 1)[0] for _batch, rest, _after in _bulk_entries(connection)}
    missing = sorted(held - audited)
    gone = sorted(audited - held)
    return [f"{t} has no audit entry" for t in missing] + [
        f"{t} was audited but is gone" for t in gone
    ]
