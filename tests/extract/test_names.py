"""State names through pycountry plus our aliases: ambiguous names never pick a wrong state."""

from __future__ import annotations

import pytest

from minewatch.extract import Document, extract
from minewatch.extract.gazetteer import find_states, resolve_ambiguous

PAIRS = [
    ("the Democratic Republic of Congo", "COD"),
    ("the Democratic Republic of the Congo", "COD"),
    ("DR Congo", "COD"),
    ("Congo-Kinshasa", "COD"),
    ("the Republic of Congo", "COG"),
    ("Congo-Brazzaville", "COG"),
    ("Guinea", "GIN"),
    ("Guinea-Bissau", "GNB"),
    ("Equatorial Guinea", "GNQ"),
    ("Papua New Guinea", "PNG"),
    ("Niger", "NER"),
    ("Nigeria", "NGA"),
    ("Sudan", "SDN"),
    ("South Sudan", "SSD"),
    ("South Korea", "KOR"),
    ("Republic of Korea", "KOR"),
    ("North Korea", "PRK"),
    ("DPRK", "PRK"),
    ("Dominica", "DMA"),
    ("Dominican Republic", "DOM"),
    ("Côte d’Ivoire", "CIV"),
    ("Côte d'Ivoire", "CIV"),
    ("Cote d'Ivoire", "CIV"),
    ("Ivory Coast", "CIV"),
    ("Türkiye", "TUR"),
    ("Turkiye", "TUR"),
    ("Turkey", "TUR"),
    ("Burma", "MMR"),
    ("Swaziland", "SWZ"),
    ("Eswatini", "SWZ"),
    ("Cape Verde", "CPV"),
    ("Cabo Verde", "CPV"),
    ("East Timor", "TLS"),
    ("Timor-Leste", "TLS"),
    ("British Virgin Islands", "VGB"),
    ("Laos", "LAO"),
]


@pytest.mark.parametrize(("name", "iso3"), PAIRS)
def test_each_name_is_one_state(name: str, iso3: str) -> None:
    (mention,) = find_states(f"Mines were found in {name} last year.")
    assert mention.iso3s == (iso3,)


@pytest.mark.parametrize("name", ["Congo", "Korea", "Virgin Islands"])
def test_bare_shared_names_are_ambiguous(name: str) -> None:
    (mention,) = find_states(f"Mines were found in {name}.")
    assert mention.kind == "ambiguous" and len(mention.iso3s) == 2


def test_an_ambiguous_name_takes_the_state_the_document_names() -> None:
    first = find_states("The Democratic Republic of Congo reported new casualties.")
    later = find_states("In Congo, two deminers were hurt.")
    resolved = resolve_ambiguous([first, later])
    assert resolved[1][0].iso3s == ("COD",)
    assert resolve_ambiguous([later]) == [[]]  # no hint: no state rather than a wrong one


def test_the_congo_case_in_a_story() -> None:
    text = (
        "A landmine killed three villagers in the Democratic Republic of Congo on 2 May 2024.\n"
        "Congo's army said a fourth villager was injured on 3 May 2024.\n"
    )
    found = extract(Document("story", text))
    assert {c.actor_iso3 for c in found} == {"COD"}


def test_demonyms_keep_working() -> None:
    for text, iso3 in [("Ivorian deminers", "CIV"), ("Thai soldiers", "THA"), ("Swazi", "SWZ")]:
        assert find_states(text)[0].iso3s == (iso3,)


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("La República Democrática del Congo", "COD"),
        ("Costa de Marfil", "CIV"),
        ("el Ejército colombiano", "COL"),
        ("en Antioquia", "COL"),
        ("Estados Unidos", "USA"),
        ("Corea del Norte", "PRK"),
    ],
)
def test_spanish_names(text: str, iso3: str) -> None:
    assert find_states(text, "es")[0].iso3s == (iso3,)
