"""Dates as the sources give them: a day, a month or only a year.

A blank in the reference data stays blank (``None``); a bare year stays a year. Comparisons
against a full date use the earliest or latest day the partial date could mean, chosen by the
caller, so nothing is silently rounded.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from minewatch.domain.errors import InvalidDate, Location

# ASCII digits only: "\d" would take full-width and other scripts' digits too.
_PARTIAL = re.compile(r"^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?$")


@dataclass(frozen=True, order=True)
class PartialDate:
    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, text: str, where: Location | None = None) -> PartialDate:
        match = _PARTIAL.match(text.strip())
        if not match:
            raise InvalidDate(f"{text!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)", where)
        year, month, day = (int(g) if g else None for g in match.groups())
        assert year is not None
        try:
            date(year, month or 1, day or 1)
        except ValueError as exc:
            raise InvalidDate(f"{text!r} is not a real date ({exc})", where) from exc
        return cls(year, month, day)

    @classmethod
    def of(cls, day: date) -> PartialDate:
        return cls(day.year, day.month, day.day)

    @property
    def is_full(self) -> bool:
        return self.day is not None

    def earliest(self) -> date:
        return date(self.year, self.month or 1, self.day or 1)

    def latest(self) -> date:
        month = self.month or 12
        last_day = calendar.monthrange(self.year, month)[1]
        return date(self.year, month, self.day or last_day)

    def iso(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def __str__(self) -> str:
        return self.iso()


def parse_optional(text: str | None, where: Location | None = None) -> PartialDate | None:
    """A blank cell means "not known": it stays ``None``, never a guess."""
    if text is None or not text.strip():
        return None
    return PartialDate.parse(text, where)


def parse_day(text: str, where: Location | None = None) -> date:
    """A full calendar date, for inputs that must name one day (``--as-of``)."""
    parsed = PartialDate.parse(text, where)
    if not parsed.is_full:
        raise InvalidDate(f"{text!r} must be a full date (YYYY-MM-DD)", where)
    return parsed.earliest()


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later, clamped to the month's end (31 Aug + 6 months = 28/29 Feb)."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    last_day = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last_day))


def add_years(day: date, years: int) -> date:
    return add_months(day, 12 * years)
