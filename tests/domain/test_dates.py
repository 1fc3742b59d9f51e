from __future__ import annotations

from datetime import date

import pytest

from minewatch.domain.dates import PartialDate, add_months, parse_day, parse_optional
from minewatch.domain.errors import InvalidDate, Location


def test_partial_dates_keep_their_precision() -> None:
    assert PartialDate.parse("1994").iso() == "1994"
    assert PartialDate.parse("2024-07").latest() == date(2024, 7, 31)
    assert PartialDate.parse("2024-02").latest() == date(2024, 2, 29)
    assert PartialDate.parse("2025-07-10").earliest() == date(2025, 7, 10)


@pytest.mark.parametrize("text", ["2025-13-01", "2025-02-30", "10/07/2025", "July 2025", "25"])
def test_bad_dates_are_rejected_with_their_location(text: str) -> None:
    with pytest.raises(InvalidDate) as caught:
        PartialDate.parse(text, Location("f.csv", 7, "date"))
    assert "f.csv, row 7, field 'date'" in str(caught.value)


def test_blank_is_unknown_not_a_guess() -> None:
    assert parse_optional("") is None
    assert parse_optional("  ") is None


def test_as_of_must_be_a_full_day() -> None:
    with pytest.raises(InvalidDate, match="full date"):
        parse_day("2026-01")


def test_add_months_clamps_to_month_end() -> None:
    assert add_months(date(2025, 8, 31), 6) == date(2026, 2, 28)
    assert add_months(date(2025, 7, 10), 6) == date(2026, 1, 10)
