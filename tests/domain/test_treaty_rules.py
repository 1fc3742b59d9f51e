"""The Convention's timing rules on real cases from the depositary record."""

from __future__ import annotations

from datetime import date

import pytest

from minewatch.domain import treaty
from minewatch.domain.convention import (
    ConventionStatus,
    TreatyEvent,
    TreatyEventKind,
    entry_into_force_of,
    standing_on,
)
from minewatch.domain.dates import PartialDate

UKRAINE_WAR = treaty.ArmedConflict("UKR", "RUS", date(2022, 2, 24))


@pytest.mark.parametrize(
    ("deposit", "expected"),
    [
        (date(1998, 9, 16), date(1999, 3, 1)),  # Burkina Faso, the 40th instrument
        (date(1997, 12, 3), date(1999, 3, 1)),  # early ratifiers wait for the Convention itself
        (date(1999, 7, 28), date(2000, 1, 1)),  # Cambodia, stated by the Monitor
        (date(2005, 12, 27), date(2006, 6, 1)),  # Ukraine
        (date(2012, 1, 9), date(2012, 7, 1)),  # Finland's accession
        (date(2025, 3, 12), date(2025, 9, 1)),  # Marshall Islands ratification
        (date(2025, 6, 25), date(2025, 12, 1)),  # Tonga accession
        (date(2012, 12, 27), date(2013, 6, 1)),  # Poland: the month rolls into the next year
    ],
)
def test_article_17_entry_into_force(deposit: date, expected: date) -> None:
    assert treaty.entry_into_force(deposit) == expected


def test_article_4_and_5_deadlines_count_from_entry_into_force() -> None:
    tonga = date(2025, 12, 1)
    assert treaty.stockpile_destruction_deadline(tonga) == date(2029, 12, 1)
    assert treaty.clearance_deadline(tonga) == date(2035, 12, 1)
    # An extension granted by a Meeting of States Parties moves the Art. 5 deadline.
    assert treaty.clearance_deadline(date(2000, 1, 1), [date(2020, 1, 1), date(2025, 12, 31)]) == (
        date(2025, 12, 31)
    )


def test_article_7_report_dates() -> None:
    assert treaty.initial_report_due(date(2025, 9, 1)) == date(2026, 2, 28)  # Marshall Islands
    assert treaty.annual_report_due(2025) == date(2026, 4, 30)


@pytest.mark.parametrize(
    ("notice", "effective"),
    [
        (date(2025, 6, 27), date(2025, 12, 27)),  # Estonia, Latvia, Lithuania
        (date(2025, 7, 10), date(2026, 1, 10)),  # Finland
        (date(2025, 8, 20), date(2026, 2, 20)),  # Poland
        (date(2025, 8, 31), date(2026, 2, 28)),  # no 31 February: the month's last day
    ],
)
def test_article_20_six_months_after_notice(notice: date, effective: date) -> None:
    assert treaty.withdrawal_effective(notice) == effective


def test_article_20_no_effect_while_engaged_in_armed_conflict() -> None:
    # A Ukrainian notice could not take effect while the 2022 war goes on...
    assert treaty.withdrawal_effective(date(2025, 7, 15), [UKRAINE_WAR]) is None
    # ...and would take effect when the conflict ends, if that is after the six months.
    ended = treaty.ArmedConflict("UKR", "RUS", date(2022, 2, 24), date(2027, 3, 31))
    assert treaty.withdrawal_effective(date(2025, 7, 15), [ended]) == date(2027, 4, 1)
    # A conflict that ended before the six months were up changes nothing.
    over = treaty.ArmedConflict("UKR", "RUS", date(2022, 2, 24), date(2025, 9, 1))
    assert treaty.withdrawal_effective(date(2025, 7, 15), [over]) == date(2026, 1, 15)


def _events(iso3: str, *pairs: tuple[TreatyEventKind, str]) -> list[TreatyEvent]:
    return [TreatyEvent(iso3, kind, PartialDate.parse(on)) for kind, on in pairs]


K = TreatyEventKind
FINLAND = _events(
    "FIN",
    (K.ACCESSION, "2012-01-09"),
    (K.WITHDRAWAL_ANNOUNCED, "2025-04-01"),
    (K.WITHDRAWAL_NOTICE, "2025-07-10"),
)


@pytest.mark.parametrize(
    ("day", "status", "in_force"),
    [
        (date(2012, 3, 1), ConventionStatus.PARTY, False),  # acceded, not yet in force
        (date(2012, 7, 1), ConventionStatus.PARTY, True),
        (date(2025, 4, 2), ConventionStatus.PARTY, True),  # an announcement is not a notice
        (date(2025, 7, 10), ConventionStatus.WITHDRAWAL_PENDING, True),
        (date(2026, 1, 9), ConventionStatus.WITHDRAWAL_PENDING, True),
        (date(2026, 1, 10), ConventionStatus.WITHDRAWN, False),
    ],
)
def test_finland_over_time(day: date, status: ConventionStatus, in_force: bool) -> None:
    standing = standing_on("FIN", FINLAND, day)
    assert (standing.status, standing.in_force) == (status, in_force)


def test_baltic_states_withdrawn_on_27_december_2025() -> None:
    for iso3 in ("EST", "LVA", "LTU"):
        events = _events(iso3, (K.ACCESSION, "2004-05-12"), (K.WITHDRAWAL_NOTICE, "2025-06-27"))
        assert standing_on(iso3, events, date(2025, 12, 26)).status is (
            ConventionStatus.WITHDRAWAL_PENDING
        )
        assert standing_on(iso3, events, date(2025, 12, 27)).status is ConventionStatus.WITHDRAWN


def test_marshall_islands_signatory_for_27_years_then_party() -> None:
    events = _events("MHL", (K.SIGNATURE, "1997-12-04"), (K.RATIFICATION, "2025-03-12"))
    assert standing_on("MHL", events, date(2025, 3, 11)).status is ConventionStatus.SIGNATORY
    after = standing_on("MHL", events, date(2025, 3, 12))
    assert (after.status, after.in_force) == (ConventionStatus.PARTY, False)
    assert standing_on("MHL", events, date(2025, 9, 1)).in_force


def test_ukraine_suspension_has_no_treaty_effect() -> None:
    events = _events(
        "UKR",
        (K.SIGNATURE, "1999-02-24"),
        (K.RATIFICATION, "2005-12-27"),
        (K.WITHDRAWAL_ANNOUNCED, "2025-06-29"),
        (K.SUSPENSION_CLAIM, "2025-07-15"),
    )
    standing = standing_on("UKR", events, date(2026, 2, 3), [UKRAINE_WAR])
    assert (standing.status, standing.in_force) == (ConventionStatus.PARTY, True)


def test_ukraine_withdrawal_notice_would_stay_pending_during_the_war() -> None:
    events = _events("UKR", (K.RATIFICATION, "2005-12-27"), (K.WITHDRAWAL_NOTICE, "2025-07-15"))
    standing = standing_on("UKR", events, date(2030, 1, 1), [UKRAINE_WAR])
    assert standing.status is ConventionStatus.WITHDRAWAL_PENDING
    assert standing_on("UKR", events, date(2030, 1, 1)).status is ConventionStatus.WITHDRAWN


def test_succession_is_in_force_from_the_notice_with_no_article_17_date() -> None:
    events = _events("MNE", (K.SUCCESSION, "2006-10-23"))
    assert standing_on("MNE", events, date(2006, 10, 23)).in_force
    assert standing_on("MNE", events, date(2006, 10, 22)).status is ConventionStatus.NON_SIGNATORY


@pytest.mark.parametrize(
    ("iso3", "notice", "stated"),
    [("SSD", "2011-11-11", "2011-07-09"), ("MNE", "2006-10-23", "2007-04-01")],
)
def test_a_successor_takes_its_stated_entry_into_force_never_article_17(
    iso3: str, notice: str, stated: str
) -> None:
    succession = _events(iso3, (K.SUCCESSION, notice))
    art17 = treaty.entry_into_force(date.fromisoformat(notice))
    assert entry_into_force_of(succession) == date.fromisoformat(notice) != art17
    sourced = [*succession, *_events(iso3, (K.ENTRY_INTO_FORCE, stated))]
    assert entry_into_force_of(sourced) == date.fromisoformat(stated)


def test_a_year_only_date_never_counts_early() -> None:
    events = [TreatyEvent("XXX", K.RATIFICATION, PartialDate.parse("2010"))]
    assert standing_on("XXX", events, date(2010, 6, 1)).status is ConventionStatus.NON_SIGNATORY
    assert standing_on("XXX", events, date(2010, 12, 31)).status is ConventionStatus.PARTY
