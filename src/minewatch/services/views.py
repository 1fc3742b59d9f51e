"""Cached read views: what the read side needs, as of one ``known_at``, read once and shared.

``read_view(app, known_at)`` looks at the ledger's generation once and hands back a
``ReadView`` whose parts are fetched lazily from ``app.read_cache`` (``storage/cache.py``), each
keyed by the record kinds it reads:

- the Convention-status snapshot and the states' names (``analysis.status.STATUS_READS``);
- the accepted records of one kind, grouped by state (one entry per kind).

A write to one kind rebuilds only the parts that read that kind; a part is built once however
many readers miss it together; personal kinds are never cached (``records`` skips them).
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
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
class KindRecords:
    """The accepted records of one kind, in write order, and grouped by state."""

    records: tuple[StoredRecord, ...]
    by_state: dict[str, tuple[StoredRecord, ...]]


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

    def kind(self, kind: Kind) -> KindRecords:
        key = ("kind", str(kind), self.known_at)
        return self.app.read_cache.get(
            key, (kind,), self.generation, lambda: _build_kind(self.app, kind, self.known_at)
        )

    def of_kind(self, kind: Kind) -> list[StoredRecord]:
        return list(self.kind(kind).records)

    def of_state(self, iso3: str, kind: Kind) -> list[StoredRecord]:
        return list(self.kind(kind).by_state.get(iso3, ()))

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
    grouped: dict[str, list[StoredRecord]] = defaultdict(list)
    for record in found:
        if record.iso3:
            grouped[record.iso3].append(record)
    return KindRecords(tuple(found), {k: tuple(v) for k, v in grouped.items()})


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
