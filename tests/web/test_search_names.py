"""The site search finds a state by any of its names (c10: Congo, Côte d'Ivoire, Türkiye...)."""

from __future__ import annotations

import pytest

from minewatch.app import App
from minewatch.services import queries

NAMES = [
    ("Côte d’Ivoire", {"CIV"}),
    ("cote d'ivoire", {"CIV"}),
    ("Ivory Coast", {"CIV"}),
    ("Turkiye", {"TUR"}),
    ("Türkiye", {"TUR"}),
    ("Turkey", {"TUR"}),
    ("Burma", {"MMR"}),
    ("Swaziland", {"SWZ"}),
    ("Cape Verde", {"CPV"}),
    ("East Timor", {"TLS"}),
    ("Congo-Kinshasa", {"COD"}),
    ("Democratic Republic of Congo", {"COD"}),
    ("DPRK", {"PRK"}),
]


@pytest.mark.parametrize(("query", "codes"), NAMES)
def test_search_finds_states_by_alias(loaded_app: App, query: str, codes: set[str]) -> None:
    found = {s["iso3"] for s in queries.search(loaded_app, query)["states"]}
    assert codes <= found
    assert not ({"COG"} & found and codes == {"COD"})  # the Congo case
