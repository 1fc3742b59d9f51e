"""Date resolution against the publication date (eval-dev README rules)."""

from __future__ import annotations

from minewatch.domain.dates import PartialDate
from minewatch.extract.dates import Anchor, find_dates

PUBLISHED = Anchor(PartialDate(2024, 3, 14))  # a Thursday


def values(text: str, anchor: Anchor = PUBLISHED) -> list[str | None]:
    return [m.value for m in find_dates(text, anchor) if m.usable]


def test_weekday_is_latest_such_day_on_or_before_publication() -> None:
    assert values("The blast happened Saturday.") == ["2024-03-09"]
    assert values("The blast happened Thursday.") == ["2024-03-14"]


def test_weekday_without_a_full_publication_date_stays_unresolved() -> None:
    assert values("The vote happened on Friday.", Anchor(None)) == []
    assert values("The vote happened on Friday.", Anchor(PartialDate(2024, 3))) == []


def test_year_less_dates_take_the_publication_year() -> None:
    assert values("On June 3, deminers arrived.") == ["2024-06-03"]
    assert values("Deminers arrived on 3 June.") == ["2024-06-03"]
    assert values("Ministers agreed in February.") == ["2024-02"]


def test_last_year_and_this_year_count_from_publication() -> None:
    assert values("Exports stopped last year.") == ["2023"]
    assert values("in the first three months of this year") == ["2024-03"]


def test_full_dates_and_ranges_use_the_end() -> None:
    assert values("It was deposited on 7 October 2019.") == ["2019-10-07"]
    assert values("It took effect on January 2, 2020.") == ["2020-01-02"]
    assert values("officials confirmed around May 4–5 that") == ["2024-05-05"]


def test_since_said_and_dateline_dates_are_not_event_dates() -> None:
    assert values("Casualties since March 2022 rose.") == []
    assert values("The army said Monday that work ended.") == []
    assert values("KABUL, Mar 14: a shell exploded.") == []


def test_relative_words_need_an_anchor() -> None:
    assert values("Exports stopped last year.", Anchor(None)) == []
    assert values("this year", Anchor(None, context_year=2019)) == ["2019"]
