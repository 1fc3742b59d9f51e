"""The Anti-Personnel Mine Ban Convention's timing rules, as pure functions.

Article numbers follow the Convention text (Oslo, 18 September 1997). Each function takes the
facts it needs and returns a date; nothing here reads a database or the clock.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from minewatch.domain.dates import add_months, add_years

# Art. 17(1): the 40th instrument (Burkina Faso) was deposited on 16 September 1998, so the
# Convention entered into force on the first day of the sixth month after that month.
CONVENTION_ENTRY_INTO_FORCE = date(1999, 3, 1)
STOCKPILE_DESTRUCTION_YEARS = 4  # Art. 4
CLEARANCE_YEARS = 10  # Art. 5(1)
INITIAL_REPORT_DAYS = 180  # Art. 7(1)
WITHDRAWAL_NOTICE_MONTHS = 6  # Art. 20(3)


@dataclass(frozen=True)
class ArmedConflict:
    """A period in which a state is engaged in armed conflict; ``end`` is None while ongoing."""

    iso3: str
    opposing: str
    start: date
    end: date | None = None

    def covers(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


def entry_into_force(deposit: date) -> date:
    """Art. 17: the first day of the sixth month after the month of deposit, never before the
    Convention itself entered into force (1 March 1999)."""
    first_of_deposit_month = deposit.replace(day=1)
    return max(CONVENTION_ENTRY_INTO_FORCE, add_months(first_of_deposit_month, 6))


def stockpile_destruction_deadline(entry_into_force_on: date) -> date:
    """Art. 4: destroy stockpiled anti-personnel mines within four years of entry into force."""
    return add_years(entry_into_force_on, STOCKPILE_DESTRUCTION_YEARS)


def clearance_deadline(entry_into_force_on: date, extended_to: Iterable[date] = ()) -> date:
    """Art. 5: clear mined areas within ten years of entry into force, or by the latest
    deadline a Meeting of States Parties granted on an extension request (Art. 5(3)-(6))."""
    original = add_years(entry_into_force_on, CLEARANCE_YEARS)
    return max([original, *extended_to])


def initial_report_due(entry_into_force_on: date) -> date:
    """Art. 7(1): the initial transparency report, at most 180 days after entry into force."""
    return entry_into_force_on + timedelta(days=INITIAL_REPORT_DAYS)


def annual_report_due(calendar_year_covered: int) -> date:
    """Art. 7(2): the annual update covering a calendar year is due by 30 April of the next."""
    return date(calendar_year_covered + 1, 4, 30)


def withdrawal_effective(
    notice_received: date, conflicts: Iterable[ArmedConflict] = ()
) -> date | None:
    """Art. 20(2)-(3): six months after the depositary receives the notice; but if the state is
    engaged in armed conflict when those six months expire, not before the conflict ends.

    Returns None when the withdrawal cannot yet take effect because the conflict is ongoing.
    A "suspension" has no place here: the Convention has no suspension clause.
    """
    effective = add_months(notice_received, WITHDRAWAL_NOTICE_MONTHS)
    for conflict in conflicts:
        if conflict.covers(effective):
            if conflict.end is None:
                return None
            effective = conflict.end + timedelta(days=1)
    return effective
