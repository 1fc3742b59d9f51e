"""Places that name no state in the sentence (issue 8, studied batches 23 and 25). Pakistan's
provinces, former tribal districts and provincial capitals, where its mine news is filed
("in the Bajaur tribal district", "in North Waziristan", "QUETTA (Reuters) -"), are in the
maintained list of regions (``data/gazetteer/regions.csv``); and a town followed by its region
after a comma ("in Hpruso Township, Kayah State", "near Rushinga, Mashonaland Central") is
placed by the region when the town is in no list. A place in neither list, or a person after
the comma, still names no state. Every sentence is our own wording; none is copied from a
passage."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import Claim, casualty, claims

PUBLISHED = PartialDate.parse("2026-01-14")  # a Wednesday

PLACES: list[tuple[str, list[Claim]]] = [
    ("Three schoolboys were killed on Tuesday when a landmine exploded near a hillside in the "
     "Bajaur tribal district, police said.", [casualty("PAK", "2026-01-13", 3, None)]),
    ("QUETTA (Reuters) - A shepherd was wounded on Tuesday when he stepped on a landmine while "
     "grazing goats in the hills.", [casualty("PAK", "2026-01-13", None, 1)]),
    ("A landmine killed two farmers in Kurram on Tuesday, officials said.",
     [casualty("PAK", "2026-01-13", 2, None)]),
    ("A farmer was injured by a landmine on Tuesday near a village in Myawaddy Township, Kayin "
     "State.", [casualty("MMR", "2026-01-13", None, 1)]),
    ("A herd boy was killed by a landmine on Tuesday near Rushinga, Mashonaland Central.",
     [casualty("ZWE", "2026-01-13", 1, None)]),
    ("On 14 August, three children were injured by a landmine near a village in Hpruso "
     "Township, Kayah State.", [casualty("MMR", "2025-08-14", None, 3)]),
    # no listed place, or a person after the comma
    ("A herd boy was killed by a landmine on Tuesday near Rushinga, Chief Moyo said.",
     [casualty(None, "2026-01-13", 1, None)]),
    ("Two women were wounded by a landmine on Tuesday in the hills above Gorwa village.",
     [casualty(None, "2026-01-13", None, 2)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PLACES)
def test_places_named_apart(text: str, expected: list[Claim]) -> None:
    assert claims(text, PUBLISHED, kind="casualty_incident") == expected
