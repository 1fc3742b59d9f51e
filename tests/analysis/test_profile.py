"""What a policy version changes: compared with the last version that stated each field."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from minewatch.analysis.profile import policy_changes
from minewatch.domain.evidence import ReviewStatus, StoredRecord


def _version(number: int, **data: Any) -> StoredRecord:
    return StoredRecord(
        seq=number,
        record_id=f"policy:X:{number}",
        version=1,
        kind="policy_version",
        iso3="USA",
        valid_from=f"{2000 + number}-01-01",
        valid_to=None,
        data=data,
        review_status=ReviewStatus.ACCEPTED,
        recorded_at=datetime(2026, 1, 1),
        recorded_by="test",
        reason="test",
        base_version=None,
        content_hash="0" * 64,
    )


def _changes(*versions: StoredRecord) -> list[dict[str, Any]]:
    return [item["changes"] for item in policy_changes(versions, lambda r: {})]


def test_a_restated_unchanged_value_is_not_a_change() -> None:
    assert _changes(
        _version(1, geographic_scope="global", persistent_allowed="no"),
        _version(2, geographic_scope="global", persistent_allowed="no"),
    ) == [{}, {}]


def test_silence_then_the_same_value_is_not_a_change_but_a_new_value_is() -> None:
    assert _changes(
        _version(1, geographic_scope="global"),
        _version(2, geographic_scope=None, persistent_allowed="yes"),
        _version(3, geographic_scope="global", persistent_allowed="yes"),
        _version(4, geographic_scope="Korea only", persistent_allowed="yes"),
    ) == [
        {},
        {"persistent_allowed": [None, "yes"]},
        {},
        {"geographic_scope": ["global", "Korea only"]},
    ]
