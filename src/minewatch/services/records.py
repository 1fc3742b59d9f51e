"""Writing records from outside (API, review): validate, then append one version, audited."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from minewatch.app import App
from minewatch.domain.dates import parse_optional
from minewatch.domain.errors import InvalidInput, Location
from minewatch.domain.evidence import Citation, RecordDraft, ReviewStatus
from minewatch.services import ledger
from minewatch.storage.engine import writing
from minewatch.storage.tables import sources, states


def draft_from(record_id: str, body: dict[str, Any]) -> RecordDraft:
    for field in ("valid_from", "valid_to"):
        parse_optional(body.get(field), Location(field=field))
    return RecordDraft(
        record_id=record_id,
        kind=body["kind"],
        data=body["data"],
        citations=tuple(Citation(c["source_id"], c["quote"]) for c in body["citations"]),
        iso3=body.get("iso3"),
        valid_from=body.get("valid_from"),
        valid_to=body.get("valid_to"),
        review_status=ReviewStatus(body.get("review_status", ReviewStatus.ACCEPTED)),
    )


def write(
    app: App, draft: RecordDraft, base_version: int | None, actor: str, reason: str
) -> int | None:
    """One version in one transaction; a stale base raises VersionConflict and writes nothing."""
    with writing(app.engine) as connection:
        if (
            draft.iso3 is not None
            and connection.execute(select(states.c.iso3).where(states.c.iso3 == draft.iso3)).first()
            is None
        ):
            raise InvalidInput(f"unknown state {draft.iso3!r}", Location(field="iso3"))
        for cite in draft.citations:
            if (
                connection.execute(
                    select(sources.c.id).where(sources.c.id == cite.source_id)
                ).first()
                is None
            ):
                raise InvalidInput(
                    f"no source with id {cite.source_id}", Location(field="citations")
                )
        return ledger.write_version(
            connection, draft, base_version=base_version, actor=actor, reason=reason
        )
