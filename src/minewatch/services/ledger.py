"""The evidence ledger: sources, and records written as append-only versions.

Writing: ``write_version`` takes the version the writer started from (``base_version``; None
for a new record). If someone else wrote in between, it raises VersionConflict: two edits on the
same base are shown, never silently merged. Writing the same content again writes nothing.

Reading: ``current_records`` returns, per record, the newest version recorded at or before
``known_at`` ("what did our database say at T"); without it, the newest version of all.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Select, and_, func, insert, select
from sqlalchemy.exc import IntegrityError

from minewatch.domain.errors import InvalidInput, Location, NotFound, VersionConflict
from minewatch.domain.evidence import (
    CitedSource,
    RecordDraft,
    ReviewStatus,
    SourceDraft,
    StoredRecord,
    is_synthetic,
)
from minewatch.domain.hashing import content_hash
from minewatch.domain.kinds import SPECS
from minewatch.domain.values import MAX_ID, MAX_RECORD_ID
from minewatch.services import audit
from minewatch.services.clock import utc_now
from minewatch.storage.bulk import allocate_seqs, insert_many
from minewatch.storage.tables import citations, records, sources


def find_source(connection: Connection, *, url: str | None, sha256: str | None) -> int | None:
    """The one source already held for this content (by sha256) or, lacking a hash, this URL."""
    if sha256 is not None:
        query = select(sources.c.id).where(sources.c.sha256 == sha256)
    elif url is not None:
        query = select(sources.c.id).where(sources.c.url == url, sources.c.sha256.is_(None))
    else:
        return None
    found = connection.execute(query.order_by(sources.c.id).limit(1)).scalar()
    return int(found) if found is not None else None


def ensure_source(
    connection: Connection, draft: SourceDraft, actor: str, *, audited: bool = True
) -> tuple[int, bool]:
    """The source's id, adding it if new; the flag says whether it was added. A bulk import
    passes ``audited=False`` and names the source in its own single audit entry."""
    existing = find_source(connection, url=draft.url, sha256=draft.sha256)
    if existing is not None:
        return existing, False
    values = {**draft.__dict__, "kind": str(draft.kind)}
    try:
        # Another writer may add the same content at the same moment (PostgreSQL lets both
        # look first): then the content is held, which is a duplicate, not an error.
        with connection.begin_nested():
            new_id = connection.execute(
                insert(sources).values(**values, recorded_at=utc_now(), recorded_by=actor)
            ).inserted_primary_key
    except IntegrityError:
        raced = find_source(connection, url=draft.url, sha256=draft.sha256)
        if raced is None:
            raise
        return raced, False
    assert new_id is not None
    if audited:
        audit.append(connection, audit.AuditEntry(actor, "source.create", f"source:{new_id[0]}"))
    return int(new_id[0]), True


def synthetic_source_ids(connection: Connection) -> list[int]:
    """The ids of the synthetic sources held (``evidence.is_synthetic``: the publisher is the
    label "synthetic"), in id order; empty when none is."""
    query = select(sources.c.id, sources.c.publisher).order_by(sources.c.id)
    return [int(i) for i, publisher in connection.execute(query) if is_synthetic(publisher)]


def citing(source_ids: Sequence[int], seqs: Sequence[int] | None = None) -> Select[Any]:
    """The seqs of the record versions citing any of ``source_ids`` (of ``seqs`` only, when
    given), as a query to run or to use as a subquery."""
    query = select(citations.c.record_seq).where(citations.c.source_id.in_(source_ids))
    return query if seqs is None else query.where(citations.c.record_seq.in_(seqs))


def get_source(connection: Connection, source_id: int) -> dict[str, Any]:
    if not 0 < source_id <= MAX_ID:
        raise NotFound(f"no source with id {source_id}")
    row = connection.execute(select(sources).where(sources.c.id == source_id)).mappings().first()
    if row is None:
        raise NotFound(f"no source with id {source_id}")
    return {str(key): value for key, value in row.items()}


def source_keys(connection: Connection, ids: Iterable[int]) -> dict[int, str]:
    """Each source's identity independent of its surrogate id: its content hash, else its URL,
    else its title (so a record's hash is the same on any backend, whatever ids were given)."""
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    rows = connection.execute(
        select(sources.c.id, sources.c.sha256, sources.c.url, sources.c.title).where(
            sources.c.id.in_(wanted)
        )
    )
    return {
        int(i): f"sha256:{sha}" if sha else f"url:{url}" if url else f"title:{title}"
        for i, sha, url, title in rows
    }


def stable_content(
    connection: Connection, draft: RecordDraft, keys: dict[int, str] | None = None
) -> dict[str, Any]:
    """``draft.content()`` with each cited source named by its key, not its id (F18)."""
    if keys is None:
        keys = source_keys(connection, [c.source_id for c in draft.citations])
    return draft.content(keys)


def latest_version(connection: Connection, record_id: str) -> tuple[int, str] | None:
    row = connection.execute(
        select(records.c.version, records.c.content_hash)
        .where(records.c.record_id == record_id)
        .order_by(records.c.version.desc())
        .limit(1)
    ).first()
    return (int(row[0]), str(row[1])) if row else None


def write_version(
    connection: Connection,
    draft: RecordDraft,
    *,
    base_version: int | None,
    actor: str,
    reason: str,
    now: datetime | None = None,
    curated: bool = False,
) -> int | None:
    """Append a version; returns its number, or None when the content is unchanged.
    InvalidInput for a kind ``domain.kinds`` does not name; VersionConflict for a stale base.

    ``curated``: every quote cited is our curators' wording (the reference load). Otherwise a
    citation is marked curated only when it is carried over: the same source and quote, letter
    for letter, as a curated citation of an earlier version of this record (a reviewer's edit
    of a reference record keeps the citation it did not change). Public pages filter curated
    quotes (``web.templating.curated``) and show every other quote as stored."""
    if draft.kind not in SPECS:
        raise InvalidInput(f"unknown record kind {draft.kind!r}", Location(field="kind"))
    latest = latest_version(connection, draft.record_id)
    current = latest[0] if latest else None
    if current != base_version:
        raise VersionConflict(draft.record_id, base_version, current or 0)
    new_hash = content_hash(stable_content(connection, draft))
    if latest is not None and latest[1] in (new_hash, content_hash(draft.content())):
        return None  # unchanged (the second hash: versions written before sources had keys)
    version = (base_version or 0) + 1
    ours = (
        _curated_citations(connection, draft.record_id) if base_version and not curated else set()
    )
    seq = _insert_version(connection, draft, version, base_version, actor, reason, new_hash, now)
    _insert_citations(connection, seq, draft, curated, ours)
    action = "record.create" if base_version is None else "record.update"
    before = latest[1] if latest else None
    audit.append(connection, audit.AuditEntry(actor, action, draft.record_id, before, new_hash))
    return version


@dataclass(frozen=True)
class Latest:
    """The newest version of a record: its seq, number, content hash and data."""

    seq: int
    version: int
    content_hash: str
    data: dict[str, Any]


def latest_versions(
    connection: Connection, record_ids: Sequence[str], *, data_key: str | None = None
) -> dict[str, Latest]:
    """The newest version of each of these records that exists (bulk; 5,000 ids a query).
    With ``data_key``, each ``Latest.data`` holds only that key of the version's data (as
    text, None when absent), read by the database instead of every row's JSON parsed here: a
    re-import compares a million fingerprints."""
    found: dict[str, Latest] = {}
    data: Any = records.c.data if data_key is None else records.c.data[data_key].as_string()
    for start in range(0, len(record_ids), 5000):
        chunk = record_ids[start : start + 5000]
        query = select(
            records.c.record_id, records.c.seq, records.c.version, records.c.content_hash, data
        )
        for record_id, seq, version, digest, held_data in connection.execute(
            query.where(records.c.record_id.in_(chunk))
        ):
            held = found.get(record_id)
            if held is None or version > held.version:
                kept = held_data if data_key is None else {data_key: held_data}
                found[record_id] = Latest(seq, version, digest, kept)
    return found


_BULK_COLUMNS = (
    "seq",
    "record_id",
    "version",
    "iso3",
    "valid_from",
    "valid_to",
    "data",
    "base_version",
    "content_hash",
    "kind",
    "review_status",
)


def append_versions(
    connection: Connection,
    drafts: Sequence[tuple[RecordDraft, int | None]],
    *,
    actor: str,
    reason: str,
    now: datetime | None = None,
) -> list[tuple[int, int, str]]:
    """Bulk ``write_version`` for imports: each (draft, base_version) becomes version base + 1.

    Returns (seq, version, content hash) per draft, in order. The caller has already left out
    unchanged content and writes one audit entry for the whole batch. The rows go in through
    the driver in one executemany per table (``storage.bulk``), their seqs drawn beforehand. A
    concurrent writer that took one of the versions first raises VersionConflict (the caller's
    transaction then rolls back).
    """
    if not drafts:
        return []
    for kind in {draft.kind for draft, _ in drafts}:
        if kind not in SPECS:
            raise InvalidInput(f"unknown record kind {kind!r}", Location(field="kind"))
    stamp = now or utc_now()
    keys = source_keys(connection, {c.source_id for draft, _ in drafts for c in draft.citations})
    seqs = allocate_seqs(connection, records, "seq", len(drafts))
    rows: list[tuple[Any, ...]] = []
    written: list[tuple[int, int, str]] = []
    citing: list[tuple[int, int, str]] = []
    for seq, (draft, base) in zip(seqs, drafts, strict=True):
        version = (base or 0) + 1
        digest = content_hash(draft.content(keys))  # stable_content, its keys looked up once
        rows.append(
            (
                seq,
                draft.record_id,
                version,
                draft.iso3,
                draft.valid_from,
                draft.valid_to,
                draft.data,
                base,
                digest,
                str(draft.kind),  # plain text: a driver may dump an Enum by its name
                str(draft.review_status),
            )
        )
        written.append((seq, version, digest))
        for cited in draft.citations:
            citing.append((seq, cited.source_id, cited.quote))
    first = drafts[0][0]
    _insert_versions(
        connection, rows, citing, (stamp, actor, reason), (first.record_id, drafts[0][1])
    )
    return written


def _insert_versions(
    connection: Connection,
    rows: list[tuple[Any, ...]],
    citing: list[tuple[int, int, str]],
    stamp: tuple[datetime, str, str],
    first: tuple[str, int | None],
) -> None:
    """The ``records`` rows (``_BULK_COLUMNS`` order) and their citations, one bulk insert
    each; ``stamp``: (recorded at, by, reason) of every row; ``first``: the first row's (record
    id, base version), named by the VersionConflict raised if a version was taken."""
    constants = {"recorded_at": stamp[0], "recorded_by": stamp[1], "reason": stamp[2]}
    try:
        with connection.begin_nested():
            insert_many(connection, records, _BULK_COLUMNS, rows, constants)
    except IntegrityError as exc:
        raise VersionConflict(first[0], first[1], (first[1] or 0) + 1) from exc
    insert_many(connection, citations, ("record_seq", "source_id", "quote"), citing)


@dataclass(frozen=True)
class CitedBatch:
    """What the versions of one ``append_cited`` call share: their kind, review status, the
    one source each cites, and its key (``source_keys``; None: looked up)."""

    kind: str
    review_status: ReviewStatus
    source_id: int


# (record id, base version or None, iso3, valid from, data, quote): one version to write
CitedRow = tuple[str, int | None, str | None, str | None, dict[str, Any], str]


def append_cited(
    connection: Connection,
    batch: CitedBatch,
    rows: Sequence[CitedRow],
    *,
    actor: str,
    reason: str,
    now: datetime | None = None,
) -> list[tuple[int, int, str]]:
    """``append_versions`` for versions that each cite one row of one source (a file import):
    the same rows, citations and content hashes (``RecordDraft.content`` with the source's
    key, no ``valid_to``), without a RecordDraft per row. Returns (seq, version, content hash)
    per row, in order; VersionConflict as ``append_versions``."""
    if not rows:
        return []
    if batch.kind not in SPECS:
        raise InvalidInput(f"unknown record kind {batch.kind!r}", Location(field="kind"))
    stamp = now or utc_now()
    source = batch.source_id
    key = source_keys(connection, [source]).get(source, f"id:{source}")
    kind, status = str(batch.kind), str(batch.review_status)
    seqs = allocate_seqs(connection, records, "seq", len(rows))
    versions: list[tuple[Any, ...]] = []
    written: list[tuple[int, int, str]] = []
    citing: list[tuple[int, int, str]] = []
    for seq, (record_id, base, iso3, valid_from, data, quote) in zip(seqs, rows, strict=True):
        version = (base or 0) + 1
        content = {
            "kind": kind,
            "iso3": iso3,
            "valid_from": valid_from,
            "valid_to": None,
            "data": data,
            "review_status": status,
            "citations": [[key, quote]],
        }
        digest = content_hash(content)
        versions.append(
            (seq, record_id, version, iso3, valid_from, None, data, base, digest, kind, status)
        )
        written.append((seq, version, digest))
        citing.append((seq, source, quote))
    _insert_versions(connection, versions, citing, (stamp, actor, reason), rows[0][:2])
    return written


def _version_values(
    draft: RecordDraft,
    version: int,
    base_version: int | None,
    actor: str,
    reason: str,
    now: datetime,
) -> dict[str, Any]:
    return {
        "record_id": draft.record_id,
        "version": version,
        "kind": str(draft.kind),  # plain text: a driver may dump an Enum by its name
        "iso3": draft.iso3,
        "valid_from": draft.valid_from,
        "valid_to": draft.valid_to,
        "data": draft.data,
        "review_status": str(draft.review_status),
        "recorded_at": now,
        "recorded_by": actor,
        "reason": reason,
        "base_version": base_version,
        "content_hash": content_hash(draft.content()),
    }


def _insert_version(
    connection: Connection,
    draft: RecordDraft,
    version: int,
    base_version: int | None,
    actor: str,
    reason: str,
    new_hash: str,
    now: datetime | None,
) -> int:
    values = _version_values(draft, version, base_version, actor, reason, now or utc_now())
    values["content_hash"] = new_hash
    try:
        # A savepoint keeps the caller's transaction usable if a concurrent writer won the race.
        with connection.begin_nested():
            key = connection.execute(insert(records).values(**values)).inserted_primary_key
    except IntegrityError as exc:
        raise VersionConflict(draft.record_id, base_version, version) from exc
    assert key is not None
    return int(key[0])


def _curated_citations(connection: Connection, record_id: str) -> set[tuple[int, str]]:
    """(source id, quote) of the curated citations of the versions of ``record_id`` so far."""
    found = connection.execute(
        select(citations.c.source_id, citations.c.quote)
        .join(records, records.c.seq == citations.c.record_seq)
        .where(records.c.record_id == record_id, citations.c.curated)
    )
    return {(int(source_id), str(quote)) for source_id, quote in found}


def _insert_citations(
    connection: Connection,
    seq: int,
    draft: RecordDraft,
    curated: bool,
    carried: set[tuple[int, str]],
) -> None:
    """The draft's citations of version ``seq``; each curated when ``curated`` (all of them) or
    when its (source id, quote) is one of the ``carried`` curated citations."""
    if draft.citations:
        connection.execute(
            insert(citations),
            [
                {
                    "record_seq": seq,
                    "source_id": c.source_id,
                    "quote": c.quote,
                    "curated": curated or (c.source_id, c.quote) in carried,
                }
                for c in draft.citations
            ],
        )


def current_records(
    connection: Connection,
    *,
    kinds: Sequence[str] | None = None,
    iso3: str | None = None,
    known_at: datetime | None = None,
    statuses: Iterable[ReviewStatus] = (ReviewStatus.ACCEPTED,),
    record_ids: Sequence[str] | None = None,
) -> list[StoredRecord]:
    """The newest version of each record as known at ``known_at``, in the wanted statuses."""
    visible = []
    if known_at is not None:
        visible.append(records.c.recorded_at <= known_at)
    if kinds is not None:
        visible.append(records.c.kind.in_([str(k) for k in kinds]))
    if iso3 is not None:
        visible.append(records.c.iso3 == iso3)
    if record_ids is not None:
        visible.append(records.c.record_id.in_(record_ids))
    newest = (
        select(records.c.record_id, func.max(records.c.version).label("version"))
        .where(*visible)
        .group_by(records.c.record_id)
        .subquery()
    )
    query = (
        select(records)
        .join(
            newest,
            and_(records.c.record_id == newest.c.record_id, records.c.version == newest.c.version),
        )
        .where(records.c.review_status.in_([str(s) for s in statuses]))
        .order_by(records.c.seq)
    )
    rows = connection.execute(query).mappings().all()
    cited = _citations_for(connection, [int(r["seq"]) for r in rows])
    return [_to_record(row, cited.get(int(row["seq"]), ())) for row in rows]


def history(connection: Connection, record_id: str) -> list[StoredRecord]:
    """Every version of one record, oldest first."""
    if len(record_id) > MAX_RECORD_ID or "\x00" in record_id:
        raise NotFound("no such record")
    rows = (
        connection.execute(
            select(records).where(records.c.record_id == record_id).order_by(records.c.version)
        )
        .mappings()
        .all()
    )
    if not rows:
        raise NotFound(f"no record {record_id!r}")
    cited = _citations_for(connection, [int(r["seq"]) for r in rows])
    return [_to_record(row, cited.get(int(row["seq"]), ())) for row in rows]


def _citations_for(
    connection: Connection, seqs: Sequence[int]
) -> dict[int, tuple[CitedSource, ...]]:
    found: dict[int, list[CitedSource]] = {}
    for chunk_start in range(0, len(seqs), 500):
        chunk = seqs[chunk_start : chunk_start + 500]
        query = (
            select(citations.c.record_seq, sources.c.id, sources.c.url, sources.c.title)
            .add_columns(citations.c.quote, citations.c.curated, sources.c.publisher)
            .join(sources, sources.c.id == citations.c.source_id)
            .where(citations.c.record_seq.in_(chunk))
            .order_by(citations.c.id)
        )
        for seq, source_id, url, title, quote, curated, publisher in connection.execute(query):
            synthetic = is_synthetic(publisher)
            cited = CitedSource(int(source_id), url, title, quote, bool(curated), synthetic)
            found.setdefault(int(seq), []).append(cited)
    return {seq: tuple(items) for seq, items in found.items()}


def _to_record(row: Any, cited: tuple[CitedSource, ...]) -> StoredRecord:
    return StoredRecord(
        seq=int(row["seq"]),
        record_id=row["record_id"],
        version=int(row["version"]),
        kind=row["kind"],
        iso3=row["iso3"],
        valid_from=row["valid_from"],
        valid_to=row["valid_to"],
        data=dict(row["data"]),
        review_status=ReviewStatus(row["review_status"]),
        recorded_at=row["recorded_at"],
        recorded_by=row["recorded_by"],
        reason=row["reason"],
        base_version=row["base_version"],
        content_hash=row["content_hash"],
        citations=cited,
    )
