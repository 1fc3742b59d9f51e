"""Ledger records as the services read them back, built in memory for the pure rules' tests."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from minewatch.domain.evidence import ReviewStatus, StoredRecord


def accepted_record(
    record_id: str, kind: str, iso3: str | None, data: dict[str, Any], **envelope: Any
) -> StoredRecord:
    """Version 1 of an accepted record holding ``data``, valid from ``data['date']``;
    ``envelope`` sets any other field (``seq``, ``valid_from``, ``citations``...)."""
    fields: dict[str, Any] = {
        "seq": 1,
        "version": 1,
        "valid_from": data.get("date"),
        "valid_to": None,
        "review_status": ReviewStatus.ACCEPTED,
        "recorded_at": datetime(2026, 1, 1, tzinfo=UTC),
        "recorded_by": "test",
        "reason": "test",
        "base_version": None,
        "content_hash": "0" * 64,
    }
    fields.update(envelope)
    return StoredRecord(record_id=record_id, kind=kind, iso3=iso3, data=data, **fields)
