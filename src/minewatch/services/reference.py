"""Load the shipped reference data: states, and one cited record per fact.

All-or-nothing: the whole load is one transaction, so a bad row in any file leaves the database
as it was. Idempotent: a fact whose content is unchanged writes nothing; a changed one becomes a
new version (its history is kept). A fact an earlier load wrote whose row is gone from the files
(removed, or corrected so that its content id changed) is retired: a rejected version takes it
out of the public views, and its history stays.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pycountry
from sqlalchemy import Connection, func, insert, select, update

from minewatch.app import App
from minewatch.domain.errors import InvalidInput
from minewatch.domain.evidence import Citation, RecordDraft, ReviewStatus, SourceDraft
from minewatch.imports import reference
from minewatch.services import ledger
from minewatch.services.clock import utc_now
from minewatch.storage.engine import writing
from minewatch.storage.tables import records, states

Progress = Callable[[str], None]


@dataclass(frozen=True)
class LoadReport:
    states_added: int
    sources_added: int
    records_created: int
    records_updated: int
    records_unchanged: int
    records_retired: int = 0

    @property
    def changed_anything(self) -> bool:
        return bool(
            self.states_added
            or self.sources_added
            or self.records_created
            or self.records_updated
            or self.records_retired
        )

    def describe(self) -> str:
        if not self.changed_anything:
            unchanged = self.records_unchanged
            return f"Reference data already loaded: nothing changed ({unchanged} records)."
        return (
            f"Loaded reference data: {self.states_added} states, {self.sources_added} sources, "
            f"{self.records_created} new records, {self.records_updated} updated, "
            f"{self.records_unchanged} unchanged"
            + (
                f", {self.records_retired} retired (no longer in the files)."
                if self.records_retired
                else "."
            )
        )


def load_reference(
    app: App,
    actor: str,
    directory: Path = reference.REFERENCE_DIR,
    progress: Progress | None = None,
) -> LoadReport:
    counts = {"states": 0, "sources": 0, "created": 0, "updated": 0, "unchanged": 0}
    parsed = reference.ReferenceSet()
    now = utc_now()
    with writing(app.engine) as connection:
        for path, parser in reference.reference_files(directory):
            if progress:
                progress(path.name)
            before = len(parsed.records)
            parser(path, parsed)
            if path.name == "ottawa_status.csv":
                counts["states"] += _upsert_states(connection, parsed.states)
            for record in parsed.records[before:]:
                _write(connection, record, actor, now, counts)
        retired = _retire_missing(connection, {r.record_id for r in parsed.records}, actor, now)
    return LoadReport(
        counts["states"],
        counts["sources"],
        counts["created"],
        counts["updated"],
        counts["unchanged"],
        retired,
    )


LOAD_REASON = "reference data load"
RETIRE_REASON = "no longer in the reference data"


def _retire_missing(connection: Connection, loaded: set[str], actor: str, now: datetime) -> int:
    """Records an earlier load wrote whose row is gone from the files (removed, or corrected so
    that its content id changed) get a rejected version: they leave the public views, and their
    history stays. A record someone changed since the load (another reason) is left alone."""
    latest = (
        select(records.c.record_id, func.max(records.c.version).label("version"))
        .group_by(records.c.record_id)
        .subquery()
    )
    rows = connection.execute(
        select(records.c.record_id)
        .join(
            latest,
            (records.c.record_id == latest.c.record_id) & (records.c.version == latest.c.version),
        )
        .where(records.c.reason == LOAD_REASON)
        .where(records.c.review_status == str(ReviewStatus.ACCEPTED))
    ).scalars()
    gone = sorted(set(rows) - loaded)
    for record_id in gone:
        current = ledger.history(connection, record_id)[-1]
        draft = current.restated(ReviewStatus.REJECTED)
        ledger.write_version(
            connection,
            draft,
            base_version=current.version,
            actor=actor,
            reason=RETIRE_REASON,
            now=now,
        )
    return len(gone)


def _write(
    connection: Connection,
    record: reference.ReferenceRecord,
    actor: str,
    now: datetime,
    counts: dict[str, int],
) -> None:
    cites = []
    for quote in record.quotes:
        draft = SourceDraft(kind=quote.kind, title=quote.title, url=quote.url)
        source_id, added = ledger.ensure_source(connection, draft, actor)
        counts["sources"] += added
        cites.append(Citation(source_id, quote.quote))
    draft_record = RecordDraft(
        record_id=record.record_id,
        kind=record.kind,
        data=record.data,
        citations=tuple(cites),
        iso3=record.iso3,
        valid_from=record.valid_from,
    )
    latest = ledger.latest_version(connection, record.record_id)
    base = latest[0] if latest else None
    written = ledger.write_version(
        connection,
        draft_record,
        base_version=base,
        actor=actor,
        reason=LOAD_REASON,
        now=now,
        curated=True,  # the quotes are our files' rows and curators' quote_or_note
    )
    if written is None:
        counts["unchanged"] += 1
    else:
        counts["created" if base is None else "updated"] += 1


def _aliases(iso3: str, name: str) -> list[str]:
    country = pycountry.countries.get(alpha_3=iso3)
    if country is None:
        return []
    names = {getattr(country, a, None) for a in ("name", "official_name", "common_name")}
    return sorted(n for n in names if n and n != name)


def _upsert_states(connection: Connection, names: list[reference.StateName]) -> int:
    if len({s.iso3 for s in names}) != len(names):
        raise InvalidInput("a state appears twice").at(file="ottawa_status.csv")
    existing = dict(connection.execute(select(states.c.iso3, states.c.name)).all())
    added = 0
    for state in names:
        if state.iso3 in existing and existing[state.iso3] == state.name:
            continue
        values = {"name": state.name, "aliases": _aliases(state.iso3, state.name)}
        if state.iso3 in existing:
            connection.execute(update(states).where(states.c.iso3 == state.iso3).values(**values))
        else:
            connection.execute(insert(states).values(iso3=state.iso3, **values))
            added += 1
    return added
