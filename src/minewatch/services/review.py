"""Reviewing claims: accept (as found, or edited first) or reject with a reason.

Field records that arrived as candidates (ODK / Kobo submissions) are decided through the same
``decide``, as submitted (``services.field_review``).

A decision is a new version of the claim, written on the version the reviewer saw
(``base_version``): if someone else decided in between, the ledger raises VersionConflict and
nothing is written. Accepting also writes the domain record (``claims.DOMAIN_KINDS``) citing the
same sentence of the same document; rejecting an accepted claim retracts that record with a new,
rejected version. Both writes share one transaction, so a claim is never half-decided.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy import Connection

from minewatch.analysis import contradictions, corroboration
from minewatch.app import App
from minewatch.domain.errors import InvalidInput, Location, NotFound
from minewatch.domain.evidence import Citation, RecordDraft, ReviewStatus, StoredRecord
from minewatch.extract.numbers import NUMBER, parse_number
from minewatch.services import claims, field_review, ledger
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
    """The claims waiting for review (or in the given statuses), each with its contradictions.

    A candidate that repeats an accepted record (``analysis.corroboration``) is listed under
    ``corroborating`` with the records it repeats, not among the new ``candidates``;
    ``documents`` groups both by the document they came from, in the order first seen.
    """
    with app.engine.connect() as connection:
        found = claims.saved_claims(connection, statuses)
        facts = claims.accepted_facts(connection)
    listed = [claims.as_claim(r) for r in found]
    against: dict[str | None, list[contradictions.Contradiction]] = {}
    for found_one in contradictions.find(listed, facts, claims.states_in):
        against.setdefault(found_one.claim.claim_id, []).append(found_one)
    described: list[dict[str, Any]] = []
    for record, claim in zip(found, listed, strict=True):
        item = describe(record, against.get(record.record_id, []))
        if record.review_status is ReviewStatus.CANDIDATE and not item["contradicts"]:
            item["corroborates"] = corroboration.corroborated(claim, facts)
        described.append(item)
    return {
        "statuses": [str(s) for s in statuses],
        "candidates": [c for c in described if not c["corroborates"]],
        "corroborating": [c for c in described if c["corroborates"]],
        "documents": by_document(described),
    }


def by_document(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Claims grouped by the document (source) they cite, documents in first-seen order."""
    groups: dict[int | None, dict[str, Any]] = {}
    for item in items:
        cite = item["citations"][0] if item["citations"] else {}
        key = cite.get("source_id")
        group = groups.setdefault(
            key,
            {
                "source_id": key,
                "title": cite.get("title"),
                "url": cite.get("url"),
                "synthetic": bool(cite.get("synthetic")),
                "claims": [],
            },
        )
        group["claims"].append(item)
    return list(groups.values())


_FIGURE = re.compile(r"\d[\d,.]*\d|\d")


_NUMBER_PHRASE = re.compile(NUMBER, re.IGNORECASE)


def highlights(evidence: str, counts: Iterable[float | None] = ()) -> list[list[int]]:
    """[start, end) character spans of the figures in a sentence, in order, for a reader to see
    at a glance what a claim counts: every number written in digits (counts, years), and a
    number written in words ("two", "three hundred") where it is one of the claim's ``counts``
    (killed, injured, quantity); "a" and "an" are never marked."""
    spans = [(m.start(), m.end()) for m in _FIGURE.finditer(evidence)]
    wanted = {float(c) for c in counts if c is not None}
    for m in _NUMBER_PHRASE.finditer(evidence):
        words = m.group(0)
        if any(ch.isdigit() for ch in words) or words.lower() in ("a", "an"):
            continue
        if parse_number(words) in wanted:
            spans.append((m.start(), m.end()))
    return [[a, b] for a, b in sorted(spans)]


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
        "context": record.data.get("context"),
        "review": record.data.get("review"),
        "citations": [
            {
                "source_id": c.source_id,
                "url": c.url,
                "title": c.title,
                "quote": c.quote,
                "synthetic": c.synthetic,
            }
            for c in record.citations
        ],
        "contradicts": [c.to_json() for c in found],
        "corroborates": [],
        "highlights": highlights(
            str(record.data.get("evidence") or ""),
            (record.data.get(k) for k in ("killed", "injured", "quantity")),
        ),
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
        return _decide_in(connection, record_id, verdict, reviewer)


def _decide_in(
    connection: Connection, record_id: str, verdict: Verdict, reviewer: str
) -> dict[str, Any]:
    latest = ledger.history(connection, record_id)[-1]
    if field_review.is_field_record(latest):  # a field submission awaiting review
        return field_review.decide(
            connection,
            latest,
            ReviewStatus.ACCEPTED if verdict.decision is Decision.ACCEPT else ReviewStatus.REJECTED,
            base_version=verdict.base_version,
            reviewer=reviewer,
            reason=verdict.reason.strip() or f"{verdict.decision}ed in review",
            edits=verdict.edits,
        )
    current = get_claim(connection, record_id)
    data = dict(current.data)
    if verdict.decision is Decision.ACCEPT:
        data = claims.apply_edits(data, verdict.edits)
    status = ReviewStatus.ACCEPTED if verdict.decision is Decision.ACCEPT else ReviewStatus.REJECTED
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
            _append(connection, record_id, old.restated(ReviewStatus.REJECTED), actor, reason)
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
    return describe(record, contradictions.find([claims.as_claim(record)], facts, claims.states_in))


def current_version(app: App, record_id: str) -> int:
    with app.engine.connect() as connection:
        return get_claim(connection, record_id).version


def decide_document(
    app: App, source_id: int, decision: Decision, reason: str, reviewer: str
) -> dict[str, Any]:
    """Accept or reject, as found, every candidate claim citing one document, each on the
    version the queue shows; all in one transaction (one conflict and nothing is written)."""
    if decision is Decision.REJECT and not reason.strip():
        raise InvalidInput("a rejection needs a reason", Location(field="reason"))
    with app.engine.connect() as connection:
        waiting = [
            r
            for r in claims.saved_claims(connection)
            if r.citations and r.citations[0].source_id == source_id
        ]
    if not waiting:
        raise NotFound(f"no candidate claims from source {source_id}")
    decided = []
    with writing(app.engine) as connection:
        for record in waiting:
            verdict = Verdict(decision, record.version, reason).checked()
            decided.append(_decide_in(connection, record.record_id, verdict, reviewer))
    return {"source_id": source_id, "decision": str(decision), "claims": decided}
