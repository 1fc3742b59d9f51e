"""Derived facts for a country profile: what changed between policy versions, treaty deadlines."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from minewatch.domain import treaty
from minewatch.domain.convention import ConventionDates
from minewatch.domain.dates import PartialDate
from minewatch.domain.evidence import StoredRecord
from minewatch.domain.kinds import POLICY_FIELDS
from minewatch.domain.obligations import (
    Assessment,
    DeadlineStatus,
    ObligationEvent,
    ObligationStep,
    assess,
)


def policy_changes(
    versions: Sequence[StoredRecord], head: Callable[[StoredRecord], dict[str, Any]]
) -> list[dict[str, Any]]:
    """Each policy version in date order, with the fields it changes: compared with the last
    version that stated that field. A version silent on a field (None) changes nothing there."""
    out: list[dict[str, Any]] = []
    last_stated: dict[str, Any] = {}
    for number, record in enumerate(versions):
        changes = {}
        for name in POLICY_FIELDS:
            value = record.data.get(name)
            if value is not None and number > 0 and value != last_stated.get(name):
                changes[name] = [last_stated.get(name), value]
            if value is not None:
                last_stated[name] = value
        out.append({**head(record), **record.data, "changes": changes})
    return out


Head = Callable[[StoredRecord], dict[str, Any]]
ARTICLE4_STEPS = {
    "art4_deadline": ObligationStep.ORIGINAL_DEADLINE,
    "destruction_completed": ObligationStep.COMPLETION_DECLARED,
}


def _day(text: object, last: bool = True) -> date | None:
    """A stored (partial) ISO date as a day: its last possible day, or its first."""
    if not isinstance(text, str) or not text:
        return None
    parsed = PartialDate.parse(text)
    return parsed.latest() if last else parsed.earliest()


def _article5_event(record: StoredRecord) -> ObligationEvent:
    data = record.data
    step = ObligationStep(data["event"])
    return ObligationEvent(
        step, _day(data.get("event_date")), _day(data.get("deadline")), record.record_id
    )


def _article4_event(record: StoredRecord) -> ObligationEvent:
    step = ARTICLE4_STEPS[record.data["event"]]
    on = _day(record.data.get("date"))
    if step is ObligationStep.ORIGINAL_DEADLINE:
        return ObligationEvent(step, None, on, record.record_id)
    return ObligationEvent(step, on, None, record.record_id)


def still_held(figures: Sequence[StoredRecord]) -> list[date]:
    """Dates on which mines were reported still to destroy (a positive remaining figure)."""
    out = []
    for record in figures:
        data = record.data
        low = data.get("low") or data.get("value")
        if data.get("record_type") == "stockpile_remaining" and low and data.get("date"):
            found = _day(data["date"], last=False)
            if found is not None:
                out.append(found)
    return out


def step_label(item: dict[str, Any], granted: set[str]) -> str:
    """One chain step in words, each date said once: "Deadline 2016-06-01 missed", not the step
    name followed by its date twice. ``item`` is a chain item (``step``, ``on``, ``deadline``,
    ``granted_by``); ``granted`` holds the deadlines (ISO days) that extensions granted so far
    set, so a request that none of them answers says so instead of reading as settled."""
    step, on, due = item["step"], item.get("on"), item.get("deadline")
    when = f" {on}" if on else ""
    if step == ObligationStep.ORIGINAL_DEADLINE:
        return f"Original deadline {due}" if due else "Original deadline (date not stated)"
    if step == ObligationStep.DEADLINE_MISSED:
        if not due:
            return f"Deadline missed{when}"
        return f"Deadline {due} missed" + (f" (reported {on})" if on and on != due else "")
    if step == ObligationStep.EXTENSION_GRANTED:
        meeting = f" by {item['granted_by']}" if item.get("granted_by") else ""
        to = f": new deadline {due}" if due else ": new deadline not in its sources"
        if not on and not meeting:
            when = " (when, and by which meeting, not in its source)"
        return f"Extension granted{when}{meeting}{to}"
    if step == ObligationStep.EXTENSION_REQUESTED:
        if not due:
            return f"Extension requested{when}"
        unanswered = "" if due in granted else "; no extension to that date is recorded as granted"
        return f"Extension requested{when}: to {due}{unanswered}"
    return f"{step.replace('_', ' ').capitalize()}{when}" + (f": deadline {due}" if due else "")


def _chain_item(event: ObligationEvent, record: StoredRecord | None, head: Head) -> dict[str, Any]:
    data = record.data if record else {}
    return {
        **(head(record) if record else {}),
        "step": str(event.step),
        "on": data.get("event_date") or (data.get("date") if event.on else None),
        "deadline": event.deadline.isoformat() if event.deadline else None,
        "granted_by": data.get("granted_by"),
        "extension_number": data.get("extension_number"),
        "note": data.get("note", ""),
    }


def _assessed(
    article: str,
    label: str,
    result: Assessment,
    computed_basis: str,
    by_id: dict[str, StoredRecord],
    head: Head,
) -> dict[str, Any]:
    chain = [_chain_item(e, by_id.get(e.ref), head) for e in result.chain]
    granted = {str(c["deadline"]) for c in chain if c["step"] == ObligationStep.EXTENSION_GRANTED}
    for item in chain:
        item["label"] = step_label(item, granted)
    # a deadline no source states is computed: it says so, with its rule and what it rests on
    basis = "the sourced original deadline" if result.original_sourced else computed_basis
    if result.extensions:
        basis += f", extended {result.extensions} time{'s' if result.extensions > 1 else ''}"
    if result.due_unstated:
        basis += "; the latest extension's new deadline is not in its sources"
    if result.held_on:
        basis += f"; mines still reported held on {result.held_on.isoformat()}"
    return {
        "article": article,
        "label": label,
        "due": result.due.isoformat() if result.due else None,
        "original": result.original.isoformat() if result.original else None,
        "status": str(result.status),
        "met": {DeadlineStatus.MET: True, DeadlineStatus.MISSED: False}.get(result.status),
        "late": result.late,
        "completed_on": _as_written(result.completed_on, chain, "completion_declared"),
        # no record of this obligation at all: how many extensions is not known, not 0
        "extensions": result.extensions if result.chain else None,
        "due_unstated": result.due_unstated,
        "basis": basis,
        "computed": not result.original_sourced,
        "passed": result.passed,
        "chain": chain,
        "citations": [c for item in chain for c in item.get("citations", [])],
    }


def _as_written(day: date | None, chain: list[dict[str, Any]], step: str) -> str | None:
    """``day`` as its record wrote it ("1998", not the 1998-12-31 it is compared as)."""
    if day is None:
        return None
    written = next((c["on"] for c in chain if c["step"] == step and c.get("on")), None)
    return str(written) if written else day.isoformat()


def deadlines(
    dates: ConventionDates,
    as_of: date,
    records: Sequence[StoredRecord],
    head: Head,
    in_force_record: str | None = None,
) -> list[dict[str, Any]]:
    """Art. 7, 4 and 5 deadlines on ``as_of``, each with its status (``domain.obligations``)
    worked out from the state's ``article4_event``, ``article5_event`` and remaining-stockpile
    records. The Art. 7 report has no records yet, so whether it was met stays None. A
    deadline no source states is computed from the treaty: ``computed`` is true and ``basis``
    says so, naming the article's rule and where the entry into force comes from (the record
    ``in_force_record`` that states it, else Art. 17 applied to the consent), never looking
    sourced (the FIN Art. 5 deadline read as a bare date before)."""
    eif = dates.in_force_from
    if eif is None or dates.consented is None or dates.consented > as_of:
        return []
    by_id = {r.record_id: r for r in records}
    kinds = {
        kind: [r for r in records if r.kind == kind]
        for kind in ("article4_event", "article5_event", "stockpile_figure")
    }
    report_due = treaty.initial_report_due(eif)
    article4 = assess(
        [_article4_event(r) for r in kinds["article4_event"]],
        treaty.stockpile_destruction_deadline(eif),
        as_of,
        still_held(kinds["stockpile_figure"]),
    )
    article5 = assess(
        [_article5_event(r) for r in kinds["article5_event"]],
        treaty.clearance_deadline(eif),
        as_of,
    )
    origin = (
        f"record {in_force_record}"
        if in_force_record
        else "Art. 17: the sixth month after consent; no record states it"
    )
    basis = f"computed, no source states it: entry into force {eif.isoformat()} ({origin})"
    return [
        {
            "article": "7",
            "label": "Initial transparency report (Art. 7(1))",
            "due": report_due.isoformat(),
            "status": "not_known" if report_due <= as_of else "pending",
            "met": None,
            "basis": f"{basis} + 180 days (Art. 7(1))",
            "computed": True,
            "passed": report_due <= as_of,
            "chain": [],
            "citations": [],
        },
        _assessed(
            "4",
            "Stockpile destruction (Art. 4)",
            article4,
            f"{basis} + 4 years (Art. 4)",
            by_id,
            head,
        ),
        _assessed(
            "5",
            "Clearance of mined areas (Art. 5)",
            article5,
            f"{basis} + 10 years (Art. 5(1))",
            by_id,
            head,
        ),
    ]
