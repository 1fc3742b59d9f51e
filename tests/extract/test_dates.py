"""Date resolution against the publication date (eval-dev README rules)."""

from __future__ import annotations

from minewatch.domain.dates import PartialDate
from minewatch.extract.dates import Anchor, born_before, find_dates

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
    assert values("On March 3, deminers arrived.") == ["2024-03-03"]
    assert values("Deminers arrived on 3 February.") == ["2024-02-03"]
    assert values("Ministers agreed in February.") == ["2024-02"]


def test_year_less_dates_are_never_after_publication() -> None:
    # a story of 14 March 2024 about "June 3" means last June, not a future date
    assert values("On June 3, deminers arrived.") == ["2023-06-03"]
    assert values("Deminers arrived on 3 June.") == ["2023-06-03"]
    assert values("Ministers agreed in December.") == ["2023-12"]
    assert values("It happened on March 15.") == ["2023-03-15"]


def test_last_year_and_this_year_count_from_publication() -> None:
    assert values("Exports stopped last year.") == ["2023"]
    assert values("in the first three months of this year") == ["2024-03"]


def test_the_first_months_of_a_year_take_any_count_word() -> None:
    # "ten" once raised ValueError out of extract(): only six number words were known
    assert values("in the first ten months of 2023") == ["2023-10"]
    assert values("over the first eleven months of last year") == ["2023-11"]
    assert values("in the first 7 months of 2022") == ["2022-07"]
    assert values("in the first twelve months of 2021") == ["2021-12"]
    # not a number of months: no date from the phrase, and no error
    assert values("in the first few months of 2023") == ["2023"]
    assert values("in the first thirteen months of 2023") == ["2023"]


def test_full_dates_and_ranges_use_the_end() -> None:
    assert values("It was deposited on 7 October 2019.") == ["2019-10-07"]
    assert values("It took effect on January 2, 2020.") == ["2020-01-02"]
    assert values("officials confirmed around March 4–5 that") == ["2024-03-05"]
    assert values("cleared between 2019 and 2023") == ["2023"]
    assert values("from 3 January 2024 to 9 February 2024") == ["2024-02-09"]


def test_since_said_and_dateline_dates_are_not_event_dates() -> None:
    assert values("Casualties since March 2022 rose.") == []
    assert values("The army said Monday that work ended.") == []
    assert values("KABUL, Mar 14: a shell exploded.") == []
    assert values("LUSAKA, March 14 — a shell exploded.") == []
    assert values("Vienna, March 14 — a shell exploded.") == []
    assert values("March 14 (Reuters) - a shell exploded.") == []
    assert values("In a statement on Monday, the army said work ended.") == []
    assert values("Its parliament, elected in 2010, met.") == []
    assert values("two weeks before its 1 June 2024 deadline") == []


def test_speech_dates_are_kept_apart_for_announcements() -> None:
    spoken = [m.value for m in find_dates("the office announced on 5 March", PUBLISHED)]
    assert spoken == ["2024-03-05"]
    assert [m.announced for m in find_dates("the office announced on 5 March", PUBLISHED)] == [True]


def test_yesterday_in_a_quotation_counts_from_the_day_it_was_said() -> None:
    text = 'An official said on Monday: "Yesterday a shepherd was hurt."'
    assert values(text) == ["2024-03-10"]


LATER = Anchor(PartialDate(2026, 1, 15))


def test_numeric_date_forms() -> None:
    assert values("deposited on 2025-06-27.", LATER) == ["2025-06-27"]
    assert values("deposited on 27.06.2025.", LATER) == ["2025-06-27"]
    assert values("deposited on 27/06/2025.", LATER) == ["2025-06-27"]
    assert values("deposited on 06/27/2025.", LATER) == ["2025-06-27"]
    assert values("deposited on 03/04/2025.", LATER) == ["2025"]  # ambiguous: only the year


def test_halves_and_quarters_of_a_year_take_their_end() -> None:
    assert values("during the first half of 2025", LATER) == ["2025-06"]
    assert values("in the third quarter of 2023") == ["2023-09"]


def test_a_date_after_publication_is_no_event_date() -> None:
    # a deadline or a scheduled step: nothing reported as done happened after the story
    assert values("The deadline was extended to 31 December 2030.") == []
    assert values("The ban takes effect in 2027.") == []
    assert values("Mines were cleared in March 2024.") == ["2024-03"]  # the month of publication
    assert values("Mines were cleared on 14 March 2024.") == ["2024-03-14"]


def test_an_accusation_day_dates_the_accusation_not_the_use() -> None:
    mentions = find_dates("HRW accused Myanmar's army on Monday of laying mines.", PUBLISHED)
    assert [(m.value, m.usable, m.announced) for m in mentions] == [("2024-03-11", False, True)]
    # "accused X of ..." then a date: the date belongs to what X is accused of
    assert values("HRW accused the army of mining roads in 2023.") == ["2023"]


def test_relative_words_need_an_anchor() -> None:
    assert values("Exports stopped last year.", Anchor(None)) == []
    assert values("this year", Anchor(None, context_year=2019)) == ["2019"]


def test_a_birthday_is_no_event_date_in_any_language_read() -> None:
    # one rule (dates.born_before) for the English dates and the other readers: the English
    # word in any case, the others in lower case only ("la Nato il ..." is the alliance)
    assert values("The deminer, born on 3 March 1990, was injured on 2 March.") == ["2024-03-02"]
    assert values("Born in 1985 in Herat, he was hurt in 2023.") == ["2023"]
    text = "Il pastore, nato il 3/3/1990, morì."
    assert born_before(text, text.index("3/3"))
    text = "La Nato il 3/3/2025 condannò l'uso delle mine."
    assert not born_before(text, text.index("3/3"))
    text = "The shepherd, BORN ON 4 May 1970, died."
    assert born_before(text, text.index("4 May"))
