"""Where a casualty was when no sentence places it (issue 8, own wording): the place a story is
filed from, named only in its dateline ("KHERSON –", "SARAJEVO –", "LUANDA —"), a capital or a
region of one state (``pipeline._dateline_state``); and the state whose drones or aircraft
dropped the mines, told in the next sentence, is who laid them, never the place
(``actors.perpetrators``). Sentences are our own; none is copied from a dev or held-out
passage."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import Claim, casualty, claims, counted

PUBLISHED = PartialDate.parse("2025-06-11")  # a Wednesday


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "KHERSON – A farmer was killed on Monday when his tractor hit a mine near a "
            "village, the governor said.",
            "en",
            [casualty("UKR", "2025-06-09", 1, None)],
        ),
        (
            "SARAJEVO – A man was injured by a landmine on Sunday while collecting wood in a "
            "forest, police said.",
            "en",
            [casualty("BIH", "2025-06-08", None, 1)],
        ),
        (
            "KABUL, June 10 (Reuters) - Two boys were wounded by a landmine on Monday while "
            "herding goats, police said.",
            "en",
            [casualty("AFG", "2025-06-09", None, 2)],
        ),
        (
            "LUANDA — Dois camponeses morreram na segunda-feira ao pisar uma mina "
            "antipessoal, informou a polícia.",
            "pt",
            [casualty("AGO", "2025-06-09", 2, None)],
        ),
        # drones of the accused, told next: who laid the mines, not where
        (
            "KHERSON – A woman was injured by a mine on Monday. Russian drones had dropped the "
            "mines over the village overnight, the governor said.",
            "en",
            [casualty("UKR", "2025-06-09", None, 1)],
        ),
        # a state named in the story wins over the dateline
        (
            "KABUL, June 10 (Reuters) - A landmine killed three children in Pakistan on "
            "Monday, officials said.",
            "en",
            [casualty("PAK", "2025-06-09", 3, None)],
        ),
        # a desk the wires file the world's news from places nothing
        (
            "WASHINGTON – A landmine killed two children on Sunday while they played near "
            "their home, a State Department official said.",
            "en",
            [casualty(None, "2025-06-08", 2, None)],
        ),
        # a city of organisations places nothing; a world figure is no state's
        (
            "GENEVA — Mines and explosive remnants killed or injured 5,700 people in 2023, the "
            "monitor said.",
            "en",
            [counted(None, "2023", 5700)],
        ),
    ],
)
def test_datelines(text: str, language: str, expected: list[Claim]) -> None:
    assert claims(text, PUBLISHED, language, kind="casualty_incident") == expected
