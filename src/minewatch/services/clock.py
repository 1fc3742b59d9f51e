"""Record time. Every write stamps UTC (stored without zone); tests can pass their own ``now``."""

from __future__ import annotations

from datetime import UTC, datetime


def utc_now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def as_utc_naive(moment: datetime) -> datetime:
    """A ``--known-at`` given with a zone is converted to UTC; a naive one is taken as UTC."""
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(UTC).replace(tzinfo=None)
