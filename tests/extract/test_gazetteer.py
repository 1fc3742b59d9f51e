"""States behind names, adjectives, capitals and groupings."""

from __future__ import annotations

import pytest

from minewatch.extract.gazetteer import find_states, state_name


def codes(text: str) -> list[tuple[str, ...]]:
    return [m.iso3s for m in find_states(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Finnish officials met on Tuesday.", [("FIN",)]),
        ("Kyiv rejected the claim.", [("UKR",)]),
        ("Washington confirmed the shipment.", [("USA",)]),
        ("Bangkok protested to Phnom Penh.", [("THA",), ("KHM",)]),
        ("Soviet troops left long ago.", [("RUS",)]),
        ("The Republic of Türkiye signed.", [("TUR",)]),
        ("Ministers of the Baltic States met.", [("EST", "LVA", "LTU")]),
    ],
)
def test_forms_resolve_to_iso3(text: str, expected: list[tuple[str, ...]]) -> None:
    assert codes(text) == expected


def test_newspaper_and_treaty_names_are_not_actors() -> None:
    assert codes("The Washington Post said the Ottawa Convention binds 160 states.") == []


def test_display_names_are_short() -> None:
    assert state_name("SYR") == "Syria"
    assert state_name("KHM") == "Cambodia"
