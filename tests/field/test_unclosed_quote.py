"""A CSV with an unclosed quote (the trial of November 2026): the problem names the likely
cause and the row it starts at, and the rows it swallowed are still checked, on both backends."""

from __future__ import annotations

from pathlib import Path

from minewatch.app import App

from .helpers import located, refused_whole


def test_an_unclosed_quote_is_named_and_the_rows_after_it_still_checked(
    empty_app: App, tmp_path: Path
) -> None:
    path = tmp_path / "quote.csv"
    path.write_text(
        "reference,date,iso3,place,killed\n"
        'A-1,2020,COL,"Vereda X,1\n'  # the quote opened here is never closed
        "A-2,2020,COL,Y,many\n"
        "A-3,2020,COL,Z,1\n",
        encoding="utf-8",
    )
    problems = refused_whole(empty_app, [path], layer="accidents")
    assert located(problems) == {("quote.csv", 2, "killed"), ("quote.csv", 3, "killed")}
    first = next(p for p in problems if p.where.row == 2)
    assert "likely an unclosed quote starting at row 2" in first.reason
    assert "has 4 cells where the header has 5" in first.reason
    assert "'many' is not a number" in next(p.reason for p in problems if p.where.row == 3)


def test_a_plain_ragged_row_says_only_what_it_is(empty_app: App, tmp_path: Path) -> None:
    path = tmp_path / "ragged.csv"
    path.write_text(
        "reference,date,iso3,place,killed\nA-1,2020,COL,Y\nA-2,2020,COL,Z,1\n", encoding="utf-8"
    )
    problems = refused_whole(empty_app, [path], layer="accidents")
    assert [p.reason for p in problems] == ["has 4 cells where the header has 5"]
