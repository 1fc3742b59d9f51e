"""States behind names, adjectives, capitals and groupings."""

from __future__ import annotations

import re

import pytest

from minewatch.extract.gazetteer import _trie, find_states, load_gazetteer, state_name


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


def test_the_prefix_pattern_takes_the_longest_form_at_each_place() -> None:
    pattern = re.compile(rf"(?:{_trie(['Niger', 'Nigeria', 'Nig', 'Guinea', 'Guinea-Bissau'])})\b")
    found = [m.group(0) for m in pattern.finditer("Nigeria, Niger, Nigel, Guinea-Bissau, Guinea")]
    assert found == ["Nigeria", "Niger", "Guinea-Bissau", "Guinea"]  # "Nigel" is no "Nig"


@pytest.mark.parametrize("language", ["en", "es", "ru"])
def test_the_prefix_pattern_finds_what_a_longest_first_alternation_finds(language: str) -> None:
    gazetteer = load_gazetteer(language)
    forms = sorted(gazetteer.forms, key=len, reverse=True)
    plain = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, forms)) + r")(?![\w])")
    text = (
        "Niger and Nigeria, Guinea-Bissau and Papua New Guinea, the Dominican Republic and "
        "Dominica; not Romania's Oman-like pre-Niger words, nor Sudanese but South Sudan, "
        "Congo-Kinshasa, the Democratic Republic of the Congo, Colombia y Colombiano, "
        "Украина, Украины и Россия, Nigerians in Niamey, Iraqi Kurdistan, Myanmar/Burma."
    )
    words = text.split()
    rotated = [" ".join(words[i:] + words[:i]) for i in range(0, len(words), 3)]
    for sample in [text, text.replace(" ", ""), *rotated]:
        want = [(m.span(), m.group(0)) for m in plain.finditer(sample)]
        assert [(m.span(), m.group(0)) for m in gazetteer.pattern.finditer(sample)] == want
