"""Cached read views: everything the read side needs, as of one known_at.

A view is keyed by (known_at, ledger generation); any write anywhere bumps the generation, so a
stale view is never served, and readers between writes share one in-memory copy.
"""

from __future__ import annotations

from collections import OrderedDict, defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, func, select

from minewatch.analysis.status import StatusSnapshot, build_snapshot
from minewatch.app import App
from minewatch.domain.evidence import StoredRecord
from minewatch.services import ledger
from minewatch.storage.tables import audit_log, states

MAX_VIEWS = 32


@dataclass(frozen=True)
class StateInfo:
    iso3: str
    name: str
    aliases: tuple[str, ...]


@dataclass
class ReadView:
    generation: int
    snapshot: StatusSnapshot
    states: dict[str, StateInfo]
    records: list[StoredRecord]
    by_state: dict[str, list[StoredRecord]] = field(default_factory=dict)
    # Serialised responses for this view, keyed by whatever the caller needs (e.g. as_of).
    rendered: dict[object, Any] = field(default_factory=dict)

    def of_state(self, iso3: str, kind: str) -> list[StoredRecord]:
        return [r for r in self.by_state.get(iso3, []) if r.kind == kind]

    def of_kind(self, kind: str) -> list[StoredRecord]:
        return [r for r in self.records if r.kind == kind]


def _build(connection: Connection, known_at: datetime | None, generation: int) -> ReadView:
    rows = connection.execute(select(states).order_by(states.c.name, states.c.iso3)).mappings()
    infos = {r["iso3"]: StateInfo(r["iso3"], r["name"], tuple(r["aliases"])) for r in rows}
    found = ledger.current_records(connection, known_at=known_at)
    grouped: dict[str, list[StoredRecord]] = defaultdict(list)
    for record in found:
        if record.iso3:
            grouped[record.iso3].append(record)
    snapshot = build_snapshot(connection, known_at)
    return ReadView(generation, snapshot, infos, found, dict(grouped))


def read_view(app: App, known_at: datetime | None = None) -> ReadView:
    cache: OrderedDict[datetime | None, ReadView] = app.caches.setdefault("views", OrderedDict())
    with app.engine.connect() as connection:
        generation = ledger.generation(connection)
        view = cache.get(known_at)
        if view is None or view.generation != generation:
            view = _build(connection, known_at, generation)
            cache[known_at] = view
    cache.move_to_end(known_at)
    while len(cache) > MAX_VIEWS:
        cache.popitem(last=False)
    return view


def write_marks(connection: Connection) -> tuple[int, int]:
    """The newest record sequence number and the newest audit entry's: any write moves one.
    The web layer's Last-Modified notes when it first sees them change."""
    audit_head = connection.execute(select(func.coalesce(func.max(audit_log.c.seq), 0)))
    return ledger.generation(connection), int(audit_head.scalar_one())
