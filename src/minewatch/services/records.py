"""Writing records from outside (the API): validate, then append one version, audited.

Direct writes are limited to ``DIRECT_KINDS`` (docs/api.md). Extracted claims, and the records a
review makes from them, change only through review (``services.review``): a direct write to them
is refused with PermissionDenied. A direct write is a candidate unless its writer may accept
(holds ``review:write``); a reviewer accepts an analyst's candidate by writing it again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, select

from minewatch.app import App
from minewatch.domain.convention import TreatyEventKind
from minewatch.domain.dates import parse_optional
from minewatch.domain.errors import InvalidInput, Location, PermissionDenied
from minewatch.domain.evidence import Citation, RecordDraft, ReviewStatus
from minewatch.domain.kinds import Kind
from minewatch.domain.values import MAX_RECORD_ID, check_count, check_text, check_value
from minewatch.services import ledger
from minewatch.storage.engine import writing
from minewatch.storage.tables import records, sources, states

# The record kinds of the reference data: the only kinds a client may write directly.
DIRECT_KINDS = tuple(
    str(k)
    for k in (
        Kind.TREATY_EVENT,
        Kind.DEPOSITARY_LISTING,
        Kind.ARMED_CONFLICT,
        Kind.POLICY_VERSION,
        Kind.STOCKPILE_FIGURE,
        Kind.USE_EVENT,
        Kind.CASUALTY_FIGURE,
        Kind.INDICATOR,
    )
)


def draft_from(record_id: str, body: dict[str, Any], status: ReviewStatus) -> RecordDraft:
    """The draft a direct write proposes; PermissionDenied for claims, InvalidInput for a kind
    that may not be written directly."""
    _check_direct(record_id, str(body["kind"]))
    check_text(record_id, "record_id", MAX_RECORD_ID)
    for field in ("valid_from", "valid_to"):
        parse_optional(body.get(field), Location(field=field))
    body = {**body, "data": check_value(body["data"], "data")}
    for name in COUNT_FIELDS.get(str(body["kind"]), ()):
        check_count(body["data"].get(name), f"data.{name}")
    check_shape(str(body["kind"]), body["data"])
    return RecordDraft(
        record_id=record_id,
        kind=body["kind"],
        data=body["data"],
        citations=tuple(Citation(c["source_id"], c["quote"]) for c in body["citations"]),
        iso3=body.get("iso3"),
        valid_from=body.get("valid_from"),
        valid_to=body.get("valid_to"),
        review_status=status,
    )


# The figures each kind counts: null or a whole number, never negative, never beyond 64 bits.
COUNT_FIELDS = {
    str(Kind.STOCKPILE_FIGURE): ("destroyed", "held", "retained"),
    str(Kind.CASUALTY_FIGURE): ("killed", "injured", "total"),
}


# What the pages read of each kind (status, profile, overview): a name the kind's readers need
# (their templates are strict: a missing key is an error, not a blank), a date they parse, a
# vocabulary they map. A write without it used to be stored and then failed every page that
# read it: a treaty_event without 'event' or an armed_conflict without 'start' made the home
# page, /api/v1/status and /downloads answer 500 for everyone. Each rule: (required, check).
Check = Callable[[Any, str], None]


def _date(value: Any, field: str) -> None:
    if value is not None and not isinstance(value, str):
        raise InvalidInput("must be a date (YYYY, YYYY-MM or YYYY-MM-DD) or null", _at(field))
    parse_optional(value, _at(field))


def _text(value: Any, field: str) -> None:
    if value is not None and not isinstance(value, str):
        raise InvalidInput("must be text or null", _at(field))


def _year(value: Any, field: str) -> None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
        raise InvalidInput("must be a year (a whole number) or null", _at(field))
    if value is not None and not 1 <= value <= 9999:
        raise InvalidInput("must be a year from 1 to 9999", _at(field))


def _number(value: Any, field: str) -> None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int | float)):
        raise InvalidInput("must be a number or null", _at(field))


def _given(check: Check) -> Check:
    """``check``, and null refused: a field the readers cannot do without."""

    def given(value: Any, field: str) -> None:
        if value is None or value == "":
            raise InvalidInput("is required (not null)", _at(field))
        check(value, field)

    return given


def _treaty_event(value: Any, field: str) -> None:
    if value not in set(TreatyEventKind):
        choices = ", ".join(TreatyEventKind)
        raise InvalidInput(f"must be one of {choices}", _at(field))


def _at(field: str) -> Location:
    return Location(field=f"data.{field}")


SHAPES: dict[str, dict[str, tuple[bool, Check]]] = {
    str(Kind.TREATY_EVENT): {"event": (True, _treaty_event), "date": (True, _date)},
    str(Kind.DEPOSITARY_LISTING): {"as_at": (False, _date)},
    str(Kind.ARMED_CONFLICT): {
        "opposing": (True, _given(_text)),
        "start": (True, _given(_date)),
        "end": (False, _date),
    },
    str(Kind.POLICY_VERSION): {
        "date": (True, _date),
        "actor": (True, _text),
        "instrument": (True, _text),
        "summary": (True, _text),
    },
    str(Kind.STOCKPILE_FIGURE): {"date": (False, _date)},
    str(Kind.USE_EVENT): {"date": (False, _date)},
    str(Kind.CASUALTY_FIGURE): {
        "date": (False, _date),
        "year": (True, _year),
        **{name: (True, _number) for name in COUNT_FIELDS[str(Kind.CASUALTY_FIGURE)]},
    },
    str(Kind.INDICATOR): {
        "indicator": (True, _text),
        "data_year": (True, _year),
        "value": (True, _number),
        "unit": (True, _text),
    },
}


def check_shape(kind: str, data: dict[str, Any]) -> None:
    """InvalidInput naming the first field of ``data`` that the pages of ``kind`` cannot read:
    missing where ``SHAPES`` requires it (null is allowed), or not of its type."""
    for name, (required, check) in SHAPES.get(kind, {}).items():
        if name not in data:
            if required:
                raise InvalidInput(f"is required for a {kind} (null if not known)", _at(name))
            continue
        check(data[name], name)


def _check_direct(record_id: str, kind: str) -> None:
    if kind == Kind.CLAIM or record_id.startswith("claim:") or ":claim:" in record_id:
        raise PermissionDenied("claims and the records made from them change only through review")
    if kind not in DIRECT_KINDS:
        raise InvalidInput(
            f"{kind!r} cannot be written directly (one of {', '.join(DIRECT_KINDS)})",
            Location(field="kind"),
        )


def _check_kind_kept(connection: Connection, draft: RecordDraft) -> None:
    """A record keeps its kind: no rewriting a claim (or anything else) under another name."""
    kind = connection.execute(
        select(records.c.kind).where(records.c.record_id == draft.record_id).limit(1)
    ).scalar()
    if kind == Kind.CLAIM:
        raise PermissionDenied("claims change only through review")
    if kind is not None and kind != draft.kind:
        raise InvalidInput(f"record is a {kind!r}, not a {draft.kind!r}", Location(field="kind"))


def write(
    app: App, draft: RecordDraft, base_version: int | None, actor: str, reason: str
) -> int | None:
    """One version in one transaction; a stale base raises VersionConflict and writes nothing."""
    with writing(app.engine) as connection:
        _check_kind_kept(connection, draft)
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
