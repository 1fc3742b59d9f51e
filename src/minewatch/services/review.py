"""Reviewing claims: accept (as found, or edited first) or reject with a reason.

A decision is a new version of the claim, written on the version the reviewer saw
(``base_version``): if someone else decided in between, the ledger raises VersionConflict and
nothing is written. Accepting also writes the domain record (``claims.DOMAIN_KINDS``) citing the
same sentence of the same document; rejecting an accepted claim retracts that record with a new,
rejected version. Both writes share one transaction, so a claim is never half-decided.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy import Connection

from minewatch.analysis import contradictions
from minewatch.app import App
from minewatch.domain.errors import InvalidInput, Location, NotFound
from minewatch.domain.evidence import Citation, RecordDraft, ReviewStatus, StoredRecord
from minewatch.services import claims, ledger
from minewatch.storage.engine import writing


class Decision(StrEnum):
    ACCEPT = "accept"
    REJECT = "reject"


@dataclass(frozen=True)
class Verdict:
    decision: Decision
    base_version: int
    reason: str = ""
    edits: dict[str, Any] = field(default_factory=dict)

    def checked(self) -> Verdict:
        if self.decision is Decision.REJECT and not self.reason.strip():
            raise InvalidInput("a rejection needs a reason", Location(field="reason"))
        if self.decision is Decision.REJECT and self.edits:
            raise InvalidInput("edits apply only when accepting", Location(field="edits"))
        return self


def queue(
    app: App, statuses: tuple[ReviewStatus, ...] = (ReviewStatus.CANDIDATE,)
) -> dict[str, Any]:
    """The claims waiting for review (or in the given statuses), each with its contradictions."""
    with app.engine.connect() as connection:
        found = claims.saved_claims(connection, statuses)
        facts = claims.accepted_facts(connection)
    listed = [claims.as_claim(r) for r in found]
    against: dict[str | None, list[contradictions.Contradiction]] = {}
    for item in contradictions.find(listed, facts):
        against.setdefault(item.claim.claim_id, []).append(item)
    return {
        "statuses": [str(s) for s in statuses],
        "candidates": [describe(r, against.get(r.record_id, [])) for r in found],
    }


def describe(record: StoredRecord, found: list[contradictions.Contradiction]) -> dict[str, Any]:
    return {
        "record": record.record_id,
        "version": record.version,
        "review_status": str(record.review_status),
        "recorded_at": record.recorded_at.isoformat(),
        "recorded_by": record.recorded_by,
        **{f: record.data.get(f) for f in claims.FIELDS},
        "language": record.data.get("language"),
        "unread_language": record.data.get("unread_language"),
        "review": record.data.get("review"),
        "citations": [
            {"source_id": c.source_id, "url": c.url, "title": c.title, "quote": c.quote}
            for c in record.citations
        ],
        "contradicts": [c.to_json() for c in found],
    }


def get_claim(connection: Connection, record_id: str) -> StoredRecord:
    versions = ledger.history(connection, record_id)
    latest = versions[-1]
    if latest.kind != claims.CLAIM_KIND:
        raise NotFound(f"{record_id!r} is not an extracted claim")
    return latest


def decide(app: App, record_id: str, verdict: Verdict, reviewer: str) -> dict[str, Any]:
    """Write the decision (and the accepted record) in one transaction."""
    verdict = verdict.checked()
    with writing(app.engine) as connection:
        current = get_claim(connection, record_id)
        data = dict(current.data)
        if verdict.decision is Decision.ACCEPT:
            data = claims.apply_edits(data, verdict.edits)
        status = (
            ReviewStatus.ACCEPTED if verdict.decision is Decision.ACCEPT else ReviewStatus.REJECTED
        )
        reason = verdict.reason.strip() or f"{verdict.decision}ed in review"
        data["review"] = {
            "decision": str(verdict.decision),
            "reviewer": reviewer,
            "reason": reason,
            "edits": {k: data.get(k) for k in verdict.edits},
            "before": {k: current.data.get(k) for k in verdict.edits},
        }
        cites = tuple(Citation(c.source_id, c.quote) for c in current.citations)
        draft = claims.claim_draft(record_id, data, cites[0].source_id, status)
        version = ledger.write_version(
            connection, draft, base_version=verdict.base_version, actor=reviewer, reason=reason
        )
        written = _write_domain(connection, record_id, data, cites, status, reviewer, reason)
    return {
        "record": record_id,
        "version": version or current.version,
        "review_status": str(status),
        "domain_record": written,
    }


def _write_domain(
    connection: Connection,
    claim_id: str,
    data: dict[str, Any],
    cites: tuple[Citation, ...],
    status: ReviewStatus,
    actor: str,
    reason: str,
) -> str | None:
    """Accepting writes the claim's record; anything it wrote before under another kind (the
    reviewer changed the type) or on rejection is retracted with a rejected version."""
    keep = None
    if status is ReviewStatus.ACCEPTED:
        draft = claims.domain_draft(claim_id, data, cites, ReviewStatus.ACCEPTED)
        _append(connection, draft.record_id, draft, actor, reason)
        keep = draft.record_id
    for kind in set(claims.DOMAIN_KINDS.values()):
        record_id = f"{kind}:{claim_id}"
        if record_id == keep or ledger.latest_version(connection, record_id) is None:
            continue
        old = ledger.history(connection, record_id)[-1]
        if old.review_status is ReviewStatus.ACCEPTED:
            retracted = RecordDraft(
                record_id=old.record_id,
                kind=old.kind,
                data=old.data,
                citations=tuple(Citation(c.source_id, c.quote) for c in old.citations),
                iso3=old.iso3,
                valid_from=old.valid_from,
                review_status=ReviewStatus.REJECTED,
            )
            _append(connection, record_id, retracted, actor, reason)
    return keep


def _append(
    connection: Connection, record_id: str, draft: RecordDraft, actor: str, reason: str
) -> None:
    latest = ledger.latest_version(connection, record_id)
    ledger.write_version(
        connection, draft, base_version=latest[0] if latest else None, actor=actor, reason=reason
    )


def show(app: App, record_id: str) -> dict[str, Any]:
    """One claim (any status) with its contradictions."""
    with app.engine.connect() as connection:
        record = get_claim(connection, record_id)
        facts = claims.accepted_facts(connection)
    return describe(record, contradictions.find([claims.as_claim(record)], facts))


def current_version(app: App, record_id: str) -> int:
    with app.engine.connect() as connection:
        return get_claim(connection, record_id).version
