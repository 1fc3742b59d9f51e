"""Numbers with units: words, scales, qualifiers, and units outside the vocabulary."""

from __future__ import annotations

import pytest

from minewatch.extract.casualties import find_counts
from minewatch.extract.numbers import find_quantities, parse_number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("seventy", 70),
        ("nine", 9),
        ("Twenty-two", 22),
        ("11 million", 11_000_000),
        ("2.5 million", 2_500_000),
        ("more than 4,200", 4200),
        ("about 300", 300),
        ("a few thousand", None),
    ],
)
def test_parse_number(text: str, value: float | None) -> None:
    assert parse_number(text) == value


def units(text: str) -> list[tuple[float | int, str]]:
    return [(q.value, q.unit) for q in find_quantities(text)]


def test_areas_keep_their_unit() -> None:
    assert units("Teams released 12.4km2 and 310 hectares.") == [(12.4, "km2"), (310, "ha")]
    assert units("They freed about 8 square kilometres.") == [(8, "km2")]


def test_device_counts_and_subcounts() -> None:
    text = "Teams destroyed 5,100 explosive devices including 40 rockets and 870 landmines."
    assert units(text) == [(5100, "explosive_devices")]  # the rest are parts of the 5,100
    text = "Teams cleared 2,300 hectares, destroying 870 landmines and 90 UXO."
    assert units(text) == [(2300, "ha"), (870, "mines"), (90, "uxo")]
    assert units("They removed 64 mines and UXO.") == [(64, "mines_and_uxo")]
    assert units("They destroyed seventy anti-personnel mines.") == [(70, "mines")]


def test_weights_are_not_mine_counts() -> None:
    assert units("Crews burned 12 tonnes of old mines.") == []


def test_casualty_counts_from_words_and_phrases() -> None:
    counts = find_counts("The blast killed four farmers and wounded 11 others.")
    assert (counts.killed, counts.injured) == (4, 11)
    counts = find_counts("A shepherd was killed when a mine went off.")
    assert (counts.killed, counts.injured) == (1, None)
    counts = find_counts("The operator suffered no injuries.")
    assert (counts.killed, counts.injured) == (None, 0)
    counts = find_counts("Of the 90 victims, 31 were fatal and 59 were injured.")
    assert (counts.killed, counts.injured) == (31, 59)
