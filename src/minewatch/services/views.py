"""Cached read views: what the read side needs, as of one ``known_at``, read once and shared.

``read_view(app, known_at)`` looks at the ledger's generation once and hands back a
``ReadView`` whose parts are fetched lazily from ``app.read_cache`` (``storage/cache.py``), each
keyed by the record kinds it reads:

- the Convention-status snapshot and the states' names (``analysis.status.STATUS_READS``);
- the accepted records of one kind, grouped by state (one entry per kind).

A write to one kind rebuilds only the parts that read that kind; a part is built once however
many readers miss it together; personal kinds are never cached (``records`` skips them). The
current (``known_at`` None) records of a kind are refreshed rather than rebuilt: only the records
written since the last build are read again, so a read after a write costs what the write
changed, not what the kind holds.
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from operator import attrgetter
from typing import Any

from sqlalchemy import Connection, func, select

from minewatch.analysis.status import STATUS_READS, StatusSnapshot, build_snapshot
from minewatch.app import App
from minewatch.domain.evidence import StoredRecord
from minewatch.domain.kinds import SPECS, Kind, Sensitivity
from minewatch.services import ledger
from minewatch.storage.tables import audit_log, records, states

# Every kind a shared view may hold: all but the personal ones.
SHAREABLE = tuple(k for k, s in SPECS.items() if s.sensitivity is not Sensitivity.PERSONAL)


@dataclass(frozen=True)
class StateInfo:
    iso3: str
    name: str
    aliases: tuple[str, ...]


@dataclass
class StatusView:
    """The status snapshot plus serialised responses made from it (keyed by e.g. as_of)."""

    snapshot: StatusSnapshot
    rendered: dict[object, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class RecordText:
    """What search matches a record on, lower-cased once when the record enters the view."""

    summary: str
    summary_lower: str
    record_id_lower: str
    # (source id, title, url, title lower-cased, url lower-cased ("" for none), synthetic) per
    # citation
    sources: tuple[tuple[int, str, str | None, str, str, bool], ...]


def summary(record: StoredRecord) -> str:
    """A record's one-line summary: its event, date, summary, indicator and notes, as held."""
    data = record.data
    parts = [
        str(data.get(k)) for k in ("event", "date", "summary", "indicator", "notes") if data.get(k)
    ]
    return " · ".join(parts)


def record_text(record: StoredRecord) -> RecordText:
    said = summary(record)
    cited = tuple(
        (c.source_id, c.title, c.url, c.title.lower(), (c.url or "").lower(), c.synthetic)
        for c in record.citations
    )
    return RecordText(said, said.lower(), record.record_id.lower(), cited)


@dataclass(frozen=True)
class KindRecords:
    """The accepted records of one kind, in write order, and grouped by state; ``texts`` holds
    each record's ``RecordText`` by its ``seq``."""

    records: tuple[StoredRecord, ...]
    by_state: dict[str, tuple[StoredRecord, ...]]
    texts: dict[int, RecordText] = field(default_factory=dict, compare=False, repr=False)


class ReadView:
    """The read side as of ``known_at``, at ledger generation ``generation``."""

    def __init__(self, app: App, known_at: datetime | None, generation: int) -> None:
        self.app = app
        self.known_at = known_at
        self.generation = generation

    @cached_property
    def status(self) -> StatusView:
        key = ("status", self.known_at)
        return self.app.read_cache.get(key, STATUS_READS, self.generation, self._build_status)

    @property
    def snapshot(self) -> StatusSnapshot:
        return self.status.snapshot

    @property
    def rendered(self) -> dict[object, Any]:
        return self.status.rendered

    @cached_property
    def states(self) -> dict[str, StateInfo]:
        """Every state by ISO3, in name order (the depositary's list comes with its records)."""
        return self.app.read_cache.get(
            ("states",), STATUS_READS, self.generation, self._build_states
        )

    def kind(self, kind: Kind, states: tuple[str, ...] | None = None) -> KindRecords:
        """The kind's accepted records; ``states``: the caller uses only those states' records
        (what it read is then those states' part of the kind, see ``ReadCache.get``)."""
        key = ("kind", str(kind), self.known_at)

        def refresh(old: KindRecords, since: int) -> KindRecords:
            return _refresh_kind(self.app, kind, old, since)

        return self.app.read_cache.get(
            key,
            (kind,),
            self.generation,
            lambda: _build_kind(self.app, kind, self.known_at),
            # A past known_at is rarely read twice, and sees no later write: built in full.
            refresh if self.known_at is None else None,
            states,
        )

    def of_kind(self, kind: Kind) -> list[StoredRecord]:
        return list(self.kind(kind).records)

    def of_state(self, iso3: str, kind: Kind) -> list[StoredRecord]:
        return list(self.kind(kind, (iso3,)).by_state.get(iso3, ()))

    @cached_property
    def records(self) -> list[StoredRecord]:
        """Every accepted record of a shareable kind, in write order."""
        parts = [self.kind(k).records for k in SHAREABLE]
        return list(heapq.merge(*parts, key=lambda r: r.seq))

    def _build_status(self) -> StatusView:
        with self.app.engine.connect() as connection:
            names = connection.execute(
                select(states.c.iso3, states.c.name).order_by(states.c.name, states.c.iso3)
            ).all()
            found = ledger.current_records(
                connection, kinds=list(STATUS_READS), known_at=self.known_at
            )
        pairs = [(str(iso3), str(name)) for iso3, name in names]
        return StatusView(build_snapshot(pairs, found, self.known_at))

    def _build_states(self) -> dict[str, StateInfo]:
        with self.app.engine.connect() as connection:
            query = select(states).order_by(states.c.name, states.c.iso3)
            rows = connection.execute(query).mappings()
            return {r["iso3"]: StateInfo(r["iso3"], r["name"], tuple(r["aliases"])) for r in rows}


def _build_kind(app: App, kind: Kind, known_at: datetime | None) -> KindRecords:
    with app.engine.connect() as connection:
        found = ledger.current_records(connection, kinds=[kind], known_at=known_at)
    return _grouped(found)


def _grouped(found: list[StoredRecord]) -> KindRecords:
    grouped: dict[str, list[StoredRecord]] = defaultdict(list)
    for record in found:
        if record.iso3:
            grouped[record.iso3].append(record)
    texts = {r.seq: record_text(r) for r in found}
    return KindRecords(tuple(found), {k: tuple(v) for k, v in grouped.items()}, texts)


# Past this many records written since the last build, reading the kind again is cheaper.
REFRESH_LIMIT = 2000


_seq = attrgetter("seq")


def _refresh_kind(app: App, kind: Kind, old: KindRecords, since: int) -> KindRecords:
    """What ``_build_kind(app, kind, None)`` returns now, from ``old`` (built when the ledger's
    generation was ``since``): the records of ``kind`` with a version written after ``since``
    are read again (their newest version, kept only if accepted); every other record's newest
    version of the kind cannot have changed, versions being append-only."""
    with app.engine.connect() as connection:
        touched = (
            connection.execute(
                select(records.c.record_id)
                .where(records.c.seq > since, records.c.kind == str(kind))
                .distinct()
                .limit(REFRESH_LIMIT + 1)
            )
            .scalars()
            .all()
        )
        if not touched:
            return old
        if len(touched) > REFRESH_LIMIT:
            found = ledger.current_records(connection, kinds=[kind])
            return _grouped(found)
        fresh = ledger.current_records(connection, kinds=[kind], record_ids=list(touched))
    gone = set(touched)
    left = [r for r in old.records if r.record_id in gone]
    kept = [r for r in old.records if r.record_id not in gone]
    merged = tuple(sorted(kept + fresh, key=_seq))  # two sorted runs: one linear merge
    by_state = dict(old.by_state)
    for iso3 in {r.iso3 for r in left + fresh if r.iso3}:
        held = [r for r in old.by_state.get(iso3, ()) if r.record_id not in gone]
        part = tuple(sorted(held + [r for r in fresh if r.iso3 == iso3], key=_seq))
        if part:
            by_state[iso3] = part
        else:
            by_state.pop(iso3, None)
    texts = dict(old.texts)
    for record in left:
        texts.pop(record.seq, None)
    texts.update((r.seq, record_text(r)) for r in fresh)
    return KindRecords(merged, by_state, texts)


def read_view(app: App, known_at: datetime | None = None) -> ReadView:
    """The read side as of ``known_at`` (None: now); its parts come from the shared cache."""
    with app.engine.connect() as connection:
        generation = app.read_cache.observe(connection)
    return ReadView(app, known_at, generation)


_MARKS = select(
    func.coalesce(select(func.max(records.c.seq)).scalar_subquery(), 0),
    func.coalesce(select(func.max(audit_log.c.seq)).scalar_subquery(), 0),
)


def write_marks(connection: Connection) -> tuple[int, int]:
    """The newest record sequence number and the newest audit entry's (one query): any write
    moves one. The web layer's Last-Modified notes when it first sees them change."""
    ledger_head, audit_head = connection.execute(_MARKS).one()
    return int(ledger_head), int(audit_head)
