"""Claims: what extraction found in a document, kept in the ledger as records of kind ``claim``.

A claim is written as a ``candidate`` citing its document with the evidence sentence as the
quote. Its record id comes from the document's sha256 and the claim's own content, so ingesting
the same document again writes nothing new. Review (``services.review``) appends a version that
accepts or rejects it; accepting also writes the domain record (a use event, a stockpile
figure…) that the read side shows. Candidates never reach public reads: those ask the ledger for
accepted records only.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from typing import Any, Protocol

from sqlalchemy import Connection

from minewatch.analysis import contradictions
from minewatch.app import App
from minewatch.domain.dates import PartialDate
from minewatch.domain.errors import InvalidInput, Location
from minewatch.domain.evidence import Citation, RecordDraft, ReviewStatus, StoredRecord
from minewatch.domain.field import plausible_date
from minewatch.domain.hashing import content_hash
from minewatch.domain.kinds import (
    ACCEPTED_AS,
    CLAIM_FIELDS,
    CLAIM_TYPES,
    EDITABLE_FIELDS,
    TREATY_ACTION_NAMES,
    USE_LEVELS,
    ClaimType,
    Kind,
)
from minewatch.domain.values import MAX_INT, check_int, check_state_code, check_value
from minewatch.extract.gazetteer import find_states
from minewatch.services import ledger

CLAIM_KIND = Kind.CLAIM
TREATY_ACTIONS = TREATY_ACTION_NAMES
# The record an accepted claim becomes; every one of them is shown on the country profile.
DOMAIN_KINDS = ACCEPTED_AS
# Accepted records that claims are checked against (the listing: a state with no such step).
FACT_KINDS = (Kind.TREATY_EVENT, Kind.DEPOSITARY_LISTING, *DOMAIN_KINDS.values())
# The extraction contract, then the extra keys a claim keeps for review and contradictions.
FIELDS = CLAIM_FIELDS


class CandidateLike(Protocol):
    """What ``minewatch.extract`` hands over: a candidate that can say itself as JSON."""

    def to_json(self) -> dict[str, Any]: ...


def _plain(value: object) -> Any:
    if isinstance(value, PartialDate):
        return value.iso()
    return value


def claim_fields(candidate: CandidateLike) -> dict[str, Any]:
    """The candidate's fields as plain JSON values, whether or not ``to_json`` lists them all."""
    body = candidate.to_json()
    return {f: _plain(body[f] if f in body else getattr(candidate, f, None)) for f in FIELDS}


def claim_record_id(sha256: str, fields: dict[str, Any]) -> str:
    """Stable for the same claim in the same document: the dedup key."""
    key = {f: fields.get(f) for f in FIELDS if f != "doc"}
    return f"claim:{sha256[:16]}:{content_hash(key)[:16]}"


def claim_draft(
    record_id: str,
    data: dict[str, Any],
    source_id: int,
    status: ReviewStatus = ReviewStatus.CANDIDATE,
) -> RecordDraft:
    return RecordDraft(
        record_id=record_id,
        kind=CLAIM_KIND,
        data=data,
        citations=(Citation(source_id, str(data["evidence"])),),
        iso3=data.get("actor_iso3"),
        valid_from=data.get("date"),
        review_status=status,
    )


def as_claim(record: StoredRecord) -> contradictions.Claim:
    urls = record.source_urls
    return unsaved_claim(
        record.data,
        urls[0] if urls else None,
        claim_id=record.record_id,
        status=str(record.review_status),
    )


def unsaved_claim(
    fields: dict[str, Any],
    source_url: str | None,
    *,
    claim_id: str | None = None,
    status: str = "new",
) -> contradictions.Claim:
    """A claim from its fields: straight from extraction (unsaved) or from a stored record."""
    return contradictions.Claim(
        type=str(fields.get("type")),
        evidence=str(fields.get("evidence") or ""),
        claim_id=claim_id,
        status=status,
        actor_iso3=fields.get("actor_iso3"),
        date=fields.get("date"),
        location=fields.get("location"),
        killed=fields.get("killed"),
        injured=fields.get("injured"),
        quantity=fields.get("quantity"),
        unit=fields.get("unit"),
        action=fields.get("action"),
        accuser_iso3=fields.get("accuser_iso3"),
        source_url=source_url,
        accuser=fields.get("accuser"),
    )


def saved_claims(
    connection: Connection,
    statuses: Iterable[ReviewStatus] = (ReviewStatus.CANDIDATE,),
    record_ids: Sequence[str] | None = None,
) -> list[StoredRecord]:
    return ledger.current_records(
        connection, kinds=[CLAIM_KIND], statuses=statuses, record_ids=record_ids
    )


def accepted_facts(connection: Connection) -> list[StoredRecord]:
    return ledger.current_records(connection, kinds=list(FACT_KINDS))


def states_in(text: str) -> set[str]:
    """The ISO3 codes of the states ``text`` names, by the extraction gazetteer (what
    ``contradictions.find`` needs to tell a record's reporter's state)."""
    return {iso3 for mention in find_states(text) for iso3 in mention.iso3s}


def check(app: App, claims: Sequence[contradictions.Claim]) -> list[contradictions.Contradiction]:
    """These claims against every accepted record in the database."""
    with app.engine.connect() as connection:
        facts = accepted_facts(connection)
    return contradictions.find(claims, facts, states_in)


def all_contradictions(app: App) -> list[contradictions.Contradiction]:
    """Every candidate and accepted claim against the accepted records."""
    wanted = (ReviewStatus.CANDIDATE, ReviewStatus.ACCEPTED)
    with app.engine.connect() as connection:
        claims = [as_claim(r) for r in saved_claims(connection, wanted)]
        facts = accepted_facts(connection)
    return contradictions.find(claims, facts, states_in)


def domain_draft(
    claim_id: str, data: dict[str, Any], citations: tuple[Citation, ...], status: ReviewStatus
) -> RecordDraft:
    """The record an accepted claim becomes, citing the same sentence of the same document."""
    kind = DOMAIN_KINDS[ClaimType(str(data["type"]))]
    return RecordDraft(
        record_id=f"{kind}:{claim_id}",
        kind=kind,
        data={**_domain_data(kind, data), "claim": claim_id},
        citations=citations,
        iso3=data.get("actor_iso3"),
        valid_from=data.get("date"),
        review_status=status,
    )


def _domain_data(kind: Kind, d: dict[str, Any]) -> dict[str, Any]:
    date = d.get("date")
    if kind is Kind.USE_EVENT:
        level = d.get("level") or ("confirmed" if d.get("confirmed") else "alleged")
        return {
            "date": date,
            "level": level,
            "actor": d.get("actor_iso3"),
            "accuser": d.get("accuser_iso3") or d.get("accuser"),
            "place": d.get("location"),
        }
    if kind is Kind.STOCKPILE_FIGURE:
        return {"date": date, "destroyed": d.get("quantity"), "held": None, "retained": None}
    if kind is Kind.CASUALTY_FIGURE:
        return _casualties(d)
    if kind is Kind.POLICY_VERSION:
        return _policy(d)
    if kind is Kind.REPORTED_TREATY_ACTION:
        return {"date": date, "action": d.get("action"), "actor": d.get("actor_iso3")}
    return {"date": date, "location": d.get("location"), **_figure(d)}


def _figure(d: dict[str, Any]) -> dict[str, Any]:
    return {"quantity": d.get("quantity"), "unit": d.get("unit"), "type": d.get("type")}


def _casualties(d: dict[str, Any]) -> dict[str, Any]:
    killed, injured = d.get("killed"), d.get("injured")
    total = killed + injured if killed is not None and injured is not None else None
    date = d.get("date")
    return {
        "date": date,
        "year": int(date[:4]) if date else None,
        "killed": killed,
        "injured": injured,
        "total": total,
        "location": d.get("location"),
    }


def _policy(d: dict[str, Any]) -> dict[str, Any]:
    return {
        "date": d.get("date"),
        "actor": d.get("policy_actor") or d.get("actor_iso3"),
        "instrument": d.get("instrument") or "reported in the news",
        "summary": d.get("summary") or d.get("evidence"),
        "geographic_scope": d.get("geographic_scope"),
        "persistent_allowed": d.get("persistent_allowed"),
        "who_may_authorise": d.get("who_may_authorise"),
        "stockpile_destruction": d.get("stockpile_destruction"),
    }


# Fields a reviewer may change before accepting (each checked by ``_checked``).
EDITABLE = EDITABLE_FIELDS


def apply_edits(data: dict[str, Any], edits: dict[str, Any]) -> dict[str, Any]:
    """The claim's data with a reviewer's corrections, each checked; unknown fields refused."""
    updated = dict(data)
    for name, value in edits.items():
        if name not in EDITABLE:
            raise InvalidInput(f"cannot be edited (one of {', '.join(EDITABLE)})", _at(name))
        updated[name] = _checked(name, check_value(value, _at(name).field or name))
    return updated


def _at(name: str) -> Location:
    return Location(field=f"edits.{name}")


def _checked(name: str, value: Any) -> Any:
    if value is None or value == "":
        if name == "type":
            raise InvalidInput("is required", _at(name))
        return None
    if name == "type" and value not in CLAIM_TYPES:
        raise InvalidInput(f"must be one of {', '.join(CLAIM_TYPES)}", _at(name))
    if name == "action" and value not in TREATY_ACTIONS:
        raise InvalidInput(f"must be one of {', '.join(TREATY_ACTIONS)}", _at(name))
    if name in ("actor_iso3", "accuser_iso3"):
        return _iso3(name, value)
    if name == "date":  # the imports' rule: from 1900 to tomorrow
        return plausible_date(PartialDate.parse(str(value), _at(name)).iso(), _at(name))
    if name in ("killed", "injured"):
        return _count(name, value)
    if name == "quantity":
        return _quantity(name, value)
    if name == "confirmed":
        return value if isinstance(value, bool) else str(value).lower() in ("true", "yes", "1")
    if name == "level" and value not in USE_LEVELS:
        raise InvalidInput(f"must be {', '.join(USE_LEVELS[:-1])} or {USE_LEVELS[-1]}", _at(name))
    return str(value)


def _iso3(name: str, value: Any) -> str:
    return check_state_code(value, _at(name))


def _count(name: str, value: Any) -> int:
    try:
        number = int(str(value))
    except ValueError:
        raise InvalidInput(f"{value!r} is not a whole number", _at(name)) from None
    if number < 0:
        raise InvalidInput("cannot be negative", _at(name))
    return check_int(number, f"edits.{name}")


def _quantity(name: str, value: Any) -> int | float:
    try:
        number = float(str(value).replace(",", ""))
    except ValueError:
        raise InvalidInput(f"{value!r} is not a number", _at(name)) from None
    if not math.isfinite(number) or number > MAX_INT:
        raise InvalidInput(f"{value!r} is not a finite number in range", _at(name))
    if number < 0:
        raise InvalidInput("cannot be negative", _at(name))
    return int(number) if number.is_integer() else number
