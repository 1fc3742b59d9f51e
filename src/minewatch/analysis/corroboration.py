"""Corroboration: a claim that repeats an accepted record adds a source to a known fact; it is
not a new fact to review. Pure: handed the claims and the accepted records, reads nothing else.

A claim corroborates an accepted record when it says the same thing about the same state:

- **treaty step**: the depositary event of the same step, dated alike (``dates_agree``);
- **use**: a use record of the same actor whose period contains the claim's date;
- **figure**: a stockpile, casualty or clearance figure of the same state, date and place with
  the same numbers (reference totals excepted, as for contradictions).

A claim is never corroborated by the record its own acceptance wrote.
"""

from __future__ import annotations

from collections.abc import Sequence

from minewatch.analysis.contradictions import (
    ACTION_EVENTS,
    Claim,
    dates_agree,
    partial,
)
from minewatch.domain.evidence import StoredRecord
from minewatch.domain.kinds import ClaimType, Kind

_FIGURE_KINDS = {
    ClaimType.STOCKPILE_DESTRUCTION: (Kind.STOCKPILE_FIGURE, (("quantity", "destroyed"),)),
    ClaimType.CASUALTY_INCIDENT: (
        Kind.CASUALTY_FIGURE,
        (("killed", "killed"), ("injured", "injured")),
    ),
    ClaimType.CLEARANCE_PROGRESS: (Kind.CLEARANCE_FIGURE, (("quantity", "quantity"),)),
}


def corroborated(claim: Claim, records: Sequence[StoredRecord]) -> list[str]:
    """The ids of the accepted records this claim repeats (empty: it is new)."""
    said = partial(claim.date)
    if said is None or claim.actor_iso3 is None:
        return []
    mine = [
        r
        for r in records
        if r.iso3 == claim.actor_iso3
        and (claim.claim_id is None or r.data.get("claim") != claim.claim_id)
    ]
    return [r.record_id for r in mine if _repeats(claim, r)]


def _repeats(claim: Claim, record: StoredRecord) -> bool:
    said = partial(claim.date)
    assert said is not None
    if claim.type == ClaimType.TREATY_ACTION:
        steps = ACTION_EVENTS.get(claim.action or "", ())
        when = partial(record.data.get("date"))
        return (
            record.kind == Kind.TREATY_EVENT
            and record.data.get("event") in steps
            and when is not None
            and dates_agree(said, when)
        )
    if claim.type == ClaimType.USE_ALLEGATION:
        return record.kind == Kind.USE_EVENT and _within(claim, record)
    if claim.type in _FIGURE_KINDS:
        return _same_figure(claim, record)
    return False


def _within(claim: Claim, record: StoredRecord) -> bool:
    said = partial(claim.date)
    start = partial(record.data.get("period_start") or record.data.get("date"))
    end = partial(record.data.get("period_end")) or start
    if said is None or start is None or end is None:
        return False
    return start.earliest() <= said.latest() and said.earliest() <= end.latest()


def _same_figure(claim: Claim, record: StoredRecord) -> bool:
    kind, pairs = _FIGURE_KINDS[ClaimType(claim.type)]
    if record.kind != kind or "data_year" in record.data or "value_text" in record.data:
        return False
    when = partial(record.data.get("date"))
    said = partial(claim.date)
    if when is None or said is None or not dates_agree(said, when):
        return False
    given = [(getattr(claim, c), record.data.get(r)) for c, r in pairs]
    stated = [(a, b) for a, b in given if a is not None]
    return bool(stated) and all(b is not None and float(a) == float(b) for a, b in stated)
