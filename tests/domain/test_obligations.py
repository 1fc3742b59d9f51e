"""Deadline status from the records: met, missed, pending, extended, or not known."""

from __future__ import annotations

from datetime import date

from minewatch.domain.obligations import DeadlineStatus, ObligationEvent, ObligationStep, assess

S = ObligationStep
ORIGINAL = ObligationEvent(S.ORIGINAL_DEADLINE, None, date(2016, 6, 1))
MISSED = ObligationEvent(S.DEADLINE_MISSED, date(2016, 6, 1), date(2016, 6, 1))
FIRST = ObligationEvent(S.EXTENSION_GRANTED, date(2018, 11, 30), date(2021, 6, 1))
SECOND = ObligationEvent(S.EXTENSION_GRANTED, date(2023, 11, 30), date(2033, 12, 1))
CHAIN = [SECOND, MISSED, FIRST, ORIGINAL]


def test_before_the_deadline_it_is_pending() -> None:
    result = assess(CHAIN, None, date(2012, 1, 1))
    assert (result.status, result.due) == (DeadlineStatus.PENDING, date(2016, 6, 1))


def test_a_recorded_miss_makes_it_missed() -> None:
    assert assess(CHAIN, None, date(2017, 1, 1)).status is DeadlineStatus.MISSED


def test_an_extension_moves_the_deadline_and_says_so() -> None:
    result = assess(CHAIN, None, date(2026, 11, 30))
    assert (result.status, result.due, result.extensions) == (
        DeadlineStatus.EXTENDED,
        date(2033, 12, 1),
        2,
    )
    assert result.chain[0].step is S.ORIGINAL_DEADLINE
    assert result.original_sourced


def test_a_passed_deadline_with_no_record_either_way_is_not_known() -> None:
    # Between the 2021 deadline and the 2023 extension nothing was recorded.
    result = assess(CHAIN, None, date(2022, 1, 1))
    assert (result.status, result.due) == (DeadlineStatus.NOT_KNOWN, date(2021, 6, 1))


def test_completion_is_met_and_late_only_after_the_deadline_then() -> None:
    done = ObligationEvent(S.COMPLETION_DECLARED, date(2015, 8, 15), None)
    on_time = assess([done], date(2016, 7, 1), date(2020, 1, 1))
    assert (on_time.status, on_time.late, on_time.original_sourced) == (
        DeadlineStatus.MET,
        False,
        False,
    )
    late = assess([done], date(2014, 1, 1), date(2020, 1, 1))
    assert (late.status, late.late) == (DeadlineStatus.MET, True)
    assert assess([done], date(2016, 7, 1), date(2015, 1, 1)).status is DeadlineStatus.PENDING


def test_mines_still_held_after_the_deadline_make_it_missed() -> None:
    due = date(2008, 3, 1)
    assert assess([], due, date(2020, 1, 1), [date(2019, 5, 24)]).status is DeadlineStatus.MISSED
    assert assess([], due, date(2020, 1, 1), [date(2007, 1, 1)]).status is (
        DeadlineStatus.NOT_KNOWN
    )
    # Evidence from after the day asked about does not count yet.
    assert assess([], due, date(2010, 1, 1), [date(2019, 5, 24)]).status is (
        DeadlineStatus.NOT_KNOWN
    )
    # The assessment says which report of mines still held made it missed (the first one).
    held = assess([], due, date(2020, 1, 1), [date(2019, 5, 24), date(2012, 1, 1)])
    assert held.held_on == date(2012, 1, 1)
    assert assess(CHAIN, None, date(2017, 1, 1)).held_on is None  # a recorded miss instead


def test_two_sources_for_one_extension_count_once() -> None:
    # Angola 2017: the APMBC page gives the new deadline, the Monitor FAQ only names the
    # meeting; and an undated grant setting a deadline already known is the same extension.
    first = ObligationEvent(S.EXTENSION_GRANTED, date(2012, 12, 31), date(2018, 1, 1))
    named = ObligationEvent(S.EXTENSION_GRANTED, date(2017, 12, 31), date(2025, 12, 31))
    meeting_only = ObligationEvent(S.EXTENSION_GRANTED, date(2017, 12, 31), None)
    undated = ObligationEvent(S.EXTENSION_GRANTED, None, date(2025, 12, 31))
    result = assess([first, named, meeting_only, undated], date(2013, 1, 1), date(2020, 1, 1))
    assert (result.status, result.due, result.extensions) == (
        DeadlineStatus.EXTENDED,
        date(2025, 12, 31),
        2,
    )


def test_an_extension_whose_new_deadline_is_not_stated_is_extended_with_no_due_date() -> None:
    # Extended to 2021-03-01 in 2018, extended again in 2020 by a meeting whose source gives no
    # new date: the 2021 date is no longer the deadline.
    to_2021 = ObligationEvent(S.EXTENSION_GRANTED, date(2018, 11, 30), date(2021, 3, 1))
    again = ObligationEvent(S.EXTENSION_GRANTED, date(2020, 6, 30), None)
    result = assess([to_2021, again], date(2009, 3, 1), date(2026, 11, 30))
    assert (result.status, result.due, result.extensions) == (DeadlineStatus.EXTENDED, None, 2)
    assert result.due_unstated
    # Before the second meeting the dated extension is the deadline in force.
    before = assess([to_2021, again], date(2009, 3, 1), date(2019, 1, 1))
    assert (before.status, before.due, before.due_unstated) == (
        DeadlineStatus.EXTENDED,
        date(2021, 3, 1),
        False,
    )
    # A miss recorded after that meeting still makes it missed.
    missed = ObligationEvent(S.DEADLINE_MISSED, date(2024, 1, 31), None)
    after = assess([to_2021, again, missed], date(2009, 3, 1), date(2026, 11, 30))
    assert after.status is DeadlineStatus.MISSED


def test_an_undated_extension_stands_before_the_extensions_that_moved_its_deadline_on() -> None:
    """Cambodia's first extension (to 2020-01-01) has no meeting date in its source; it must not
    be listed after the 2019 extension to 2025, as if the deadline had gone back."""
    original = ObligationEvent(S.ORIGINAL_DEADLINE, None, date(2010, 1, 1))
    undated = ObligationEvent(S.EXTENSION_GRANTED, None, date(2020, 1, 1))
    second = ObligationEvent(S.EXTENSION_GRANTED, date(2019, 11, 30), date(2025, 12, 31))
    third = ObligationEvent(S.EXTENSION_GRANTED, date(2025, 12, 31), date(2030, 12, 31))
    result = assess([third, second, undated, original], None, date(2026, 11, 30))
    assert list(result.chain) == [original, undated, second, third]
    assert (result.due, result.extensions) == (date(2030, 12, 31), 3)
    # With no later extension to stand before, it keeps its place by its deadline.
    missed = ObligationEvent(S.DEADLINE_MISSED, date(2021, 3, 1), date(2020, 1, 1))
    alone = assess([missed, undated, original], None, date(2026, 11, 30))
    assert list(alone.chain) == [original, undated, missed]
