"""Convention status of every state on a date, as the database knew it at a moment.

Pure: ``build_snapshot`` is handed the states and the accepted records of ``STATUS_READS`` (the
services read them, once, and cache the snapshot by those kinds); answering for a date is then a
few comparisons per state.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from minewatch.domain.convention import (
    ConventionDates,
    ConventionStatus,
    Standing,
    TreatyEvent,
    TreatyEventKind,
    convention_dates,
)
from minewatch.domain.dates import PartialDate
from minewatch.domain.evidence import StoredRecord
from minewatch.domain.kinds import Kind
from minewatch.domain.treaty import ArmedConflict

STATUS_KINDS = (Kind.TREATY_EVENT, Kind.DEPOSITARY_LISTING)
# Every kind a snapshot is built from: a write to any other kind leaves it valid.
STATUS_READS = (*STATUS_KINDS, Kind.ARMED_CONFLICT)


@dataclass(frozen=True)
class StateEntry:
    iso3: str
    name: str
    dates: ConventionDates
    sources: tuple[str, ...]


@dataclass(frozen=True)
class StatusSnapshot:
    known_at: datetime | None
    entries: tuple[StateEntry, ...]


@dataclass(frozen=True)
class StatusRow:
    iso3: str
    name: str
    standing: Standing
    sources: tuple[str, ...]


@dataclass(frozen=True)
class StatusReport:
    as_of: date
    known_at: datetime | None
    rows: tuple[StatusRow, ...]

    def count(self, *statuses: ConventionStatus) -> int:
        return sum(1 for r in self.rows if r.standing.status in statuses)

    @property
    def states_parties(self) -> int:
        return sum(1 for r in self.rows if r.standing.counts_as_party)

    @property
    def in_force(self) -> int:
        return sum(1 for r in self.rows if r.standing.in_force)


def treaty_event_of(record: StoredRecord) -> TreatyEvent:
    on = record.data.get("date")
    return TreatyEvent(
        iso3=record.iso3 or "",
        kind=TreatyEventKind(record.data["event"]),
        on=PartialDate.parse(on) if on else None,
        note=str(record.data.get("notes", "")),
    )


def conflict_of(record: StoredRecord) -> ArmedConflict:
    end = record.data.get("end")
    return ArmedConflict(
        iso3=record.iso3 or "",
        opposing=record.data["opposing"],
        start=PartialDate.parse(record.data["start"]).earliest(),
        end=PartialDate.parse(end).latest() if end else None,
    )


def build_snapshot(
    names: Sequence[tuple[str, str]],
    found: Sequence[StoredRecord],
    known_at: datetime | None = None,
) -> StatusSnapshot:
    """``names`` are (iso3, name) in display order; ``found`` the accepted records of
    ``STATUS_READS`` as known at ``known_at`` (others are ignored)."""
    conflicts = [conflict_of(r) for r in found if r.kind == Kind.ARMED_CONFLICT]
    events: dict[str, list[TreatyEvent]] = defaultdict(list)
    urls: dict[str, list[str]] = defaultdict(list)
    for record in found:
        if record.kind in STATUS_KINDS and record.iso3:
            if record.kind == Kind.TREATY_EVENT:
                events[record.iso3].append(treaty_event_of(record))
            urls[record.iso3].extend(u for u in record.source_urls if u not in urls[record.iso3])
    entries = tuple(
        StateEntry(iso3, name, convention_dates(iso3, events[iso3], conflicts), tuple(urls[iso3]))
        for iso3, name in names
    )
    return StatusSnapshot(known_at, entries)


def status_on(snapshot: StatusSnapshot, day: date) -> StatusReport:
    rows = tuple(
        StatusRow(e.iso3, e.name, e.dates.standing(day), e.sources) for e in snapshot.entries
    )
    return StatusReport(day, snapshot.known_at, rows)
