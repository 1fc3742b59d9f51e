"""Derived facts for a country profile: what changed between policy versions, treaty deadlines."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from minewatch.domain import treaty
from minewatch.domain.convention import ConventionDates
from minewatch.domain.evidence import StoredRecord
from minewatch.domain.kinds import POLICY_FIELDS


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


def deadlines(dates: ConventionDates, as_of: date) -> list[dict[str, Any]]:
    """Art. 4, 5 and 7 deadlines that follow from entry into force. Whether a deadline was met
    needs a completion record; without one ``met`` stays None (unknown), never guessed."""
    eif = dates.in_force_from
    if eif is None or dates.consented is None or dates.consented > as_of:
        return []
    items = [
        ("7", "Initial transparency report (Art. 7(1))", treaty.initial_report_due(eif)),
        ("4", "Stockpile destruction (Art. 4)", treaty.stockpile_destruction_deadline(eif)),
        (
            "5",
            "Clearance of mined areas (Art. 5), before any extension",
            treaty.clearance_deadline(eif),
        ),
    ]
    return [
        {
            "article": article,
            "label": label,
            "due": due.isoformat(),
            "met": None,
            "basis": f"entry into force {eif.isoformat()}",
            "passed": due <= as_of,
        }
        for article, label, due in items
    ]
