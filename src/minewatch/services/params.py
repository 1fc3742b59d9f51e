"""Query parameters shared by every face (API, pages, CLI), parsed into domain values or clear
errors: ``as_of`` (a day, default today UTC) and ``known_at`` (a UTC timestamp or None). A
malformed one of either is ``invalid_date`` on every face."""

from __future__ import annotations

from datetime import date, datetime

from minewatch.domain.dates import parse_day
from minewatch.domain.errors import InvalidDate, Location
from minewatch.services.clock import as_utc_naive, utc_now


def as_of_param(value: str | None) -> date:
    """``as_of`` defaults to today (UTC)."""
    if value is None or value == "":
        return utc_now().date()
    return parse_day(value, Location(field="as_of"))


def known_at_param(value: str | None) -> datetime | None:
    if value is None or value == "":
        return None
    where = Location(field="known_at")
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise InvalidDate(
            f"{value!r} is not a timestamp (e.g. 2026-02-03T12:00:00Z)", where
        ) from None
    try:
        return as_utc_naive(moment)
    except OverflowError:  # 0001-01-01T00:00+14:00: a timestamp, but before year 1 in UTC
        raise InvalidDate(f"{value!r} falls outside the years 1-9999 in UTC", where) from None
