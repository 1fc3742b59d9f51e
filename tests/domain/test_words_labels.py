"""Every stockpile figure type the shipped data uses has words of its own; figures are shown
with their thousands separated, in each form the reference data writes them."""

from __future__ import annotations

import csv
from pathlib import Path

import minewatch
from minewatch.domain.words import STOCKPILE_FIGURES, figure_text, stockpile_figure

REFERENCE = Path(minewatch.__file__).parent / "data" / "reference"


def test_each_shipped_stockpile_figure_type_is_said_in_words() -> None:
    used = set()
    for path in REFERENCE.glob("apm_stockpiles*.csv"):
        with path.open(encoding="utf-8") as handle:
            used |= {row["record_type"] for row in csv.DictReader(handle)}
    assert used and used <= set(STOCKPILE_FIGURES)
    for record_type in used:
        label = stockpile_figure(record_type)
        assert "_" not in label and "art3" not in label


def test_a_news_figure_and_an_unknown_type() -> None:
    assert stockpile_figure(None) == stockpile_figure("") == "reported in the news"
    assert stockpile_figure("held_abroad") == "held abroad"


def test_figures_are_shown_with_thousands_separated_in_every_written_form() -> None:
    assert figure_text(1029763) == figure_text("1029763") == "1,029,763"
    assert figure_text("22000000-25000000") == "22,000,000–25,000,000"  # a range
    assert figure_text("<5000000") == "<5,000,000" and figure_text("~1500") == "~1,500"
    assert figure_text(12) == "12" and figure_text(None) == "" and figure_text(True) == ""
    assert figure_text("about 3 million") == "about 3 million"  # words stay as written
