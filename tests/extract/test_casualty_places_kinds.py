"""English casualty kinds (issue 8, fresh own wording): a town of a mine-affected state named
alone places the incident in that state, and a victim who "succumbed" is killed. Sentences are
our own; none is copied from a dev or held-out passage."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import Claim, casualty, claims

PUBLISHED = PartialDate.parse("2025-03-12")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a city named alone, no state word in the sentence
        (
            "A shepherd lost a leg when he stepped on a landmine near Mosul on Sunday.",
            [casualty("IRQ", "2025-03-09", None, 1)],
        ),
        (
            "Two boys were wounded by a mine left over from the war outside Ramadi on Monday.",
            [casualty("IRQ", "2025-03-10", None, 2)],
        ),
        (
            "A landmine killed a farmer near Benghazi on Saturday.",
            [casualty("LBY", "2025-03-08", 1, None)],
        ),
        (
            "A woman was injured by a landmine near Jalalabad on Tuesday.",
            [casualty("AFG", "2025-03-11", None, 1)],
        ),
        # 'succumbed' is 'died'
        (
            "A deminer succumbed to his wounds in hospital after a mine exploded in Herat "
            "province on Monday.",
            [casualty("AFG", "2025-03-10", 1, None)],
        ),
        (
            "A farmer later succumbed to injuries from a landmine blast near Fallujah on Monday.",
            [casualty("IRQ", "2025-03-10", 1, None)],
        ),
        (
            "A herder succumbed to his injuries after a mine went off in Tal Afar on Friday.",
            [casualty("IRQ", "2025-03-07", 1, None)],
        ),
    ],
)
def test_casualty_kinds(text: str, expected: list[Claim]) -> None:
    assert claims(text, PUBLISHED, "en", kind="casualty_incident") == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # the city's or region's own spelling in French and German
        (
            "Un berger a perdu une jambe en marchant sur une mine près de Mossoul dimanche.",
            "fr",
            [casualty("IRQ", "2025-03-09", None, 1)],
        ),
        (
            "Ein Bauer wurde am Montag nahe Mossul von einer Landmine getötet.",
            "de",
            [casualty("IRQ", "2025-03-10", 1, None)],
        ),
        # German 'erlag' (succumbed) is a death
        (
            "Ein Minenräumer erlag am Dienstag seinen Verletzungen nach einer Minenexplosion "
            "in Afghanistan.",
            "de",
            [casualty("AFG", "2025-03-11", 1, None)],
        ),
        (
            "Ein Hirte erlag am Montag seinen Verletzungen, nachdem er bei Mossul auf eine "
            "Landmine getreten war.",
            "de",
            [casualty("IRQ", "2025-03-10", 1, None)],
        ),
    ],
)
def test_casualty_kinds_other_languages(text: str, language: str, expected: list[Claim]) -> None:
    assert claims(text, PUBLISHED, language, kind="casualty_incident") == expected


@pytest.mark.parametrize(
    "text",
    [
        # a city named with no mine harm is no casualty
        "The governor of Mosul said clearance teams would return to the old city next month.",
        # a death from an illness, not a blast
        "A patient succumbed to pneumonia in a hospital in Benghazi on Monday.",
    ],
)
def test_not_casualty(text: str) -> None:
    assert claims(text, PUBLISHED, "en", kind="casualty_incident") == []


def test_german_illness_death_is_no_casualty() -> None:
    text = "Ein Patient erlag am Montag in Kabul einer Lungenentzündung."
    assert claims(text, PUBLISHED, "de", kind="casualty_incident") == []
