"""Casualty kinds (issue 8, own wording): a second harm verb with its own object ("killed a
shepherd and wounded his son"), "one" with its outcome ("one dead and two hurt"), a limb lost in
English, German and Russian as English "lost a leg" is read, and a booby trap as a mine.
Sentences are our own; none is copied from a dev or held-out passage."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import Claim, casualty, claims

PUBLISHED = PartialDate.parse("2025-03-12")


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # killed X and wounded/injured Y: Y is injured
        (
            "A landmine killed a shepherd and wounded his son near Mosul on Sunday.",
            "en",
            [casualty("IRQ", "2025-03-09", 1, 1)],
        ),
        (
            "The explosion killed a man and injured his wife in Iraq on Sunday.",
            "en",
            [casualty("IRQ", "2025-03-09", 1, 1)],
        ),
        (
            "A mine killed a herder and wounded her daughter in Afghanistan on Monday.",
            "en",
            [casualty("AFG", "2025-03-10", 1, 1)],
        ),
        # "one" with its outcome is one victim
        (
            "One dead and two hurt after a landmine blast in Iraq on Sunday.",
            "en",
            [casualty("IRQ", "2025-03-09", 1, 2)],
        ),
        (
            "One killed, three injured as a landmine explodes in Afghanistan on Monday.",
            "en",
            [casualty("AFG", "2025-03-10", 1, 3)],
        ),
        # never "no one hurt"
        (
            "A landmine blast killed a farmer in Iraq on Sunday, with no one hurt.",
            "en",
            [casualty("IRQ", "2025-03-09", 1, None)],
        ),
        # "the killed 30 and 41, the injured 17": ages after the participle as a noun, never
        # a second count of the same victims
        (
            "Two herders were killed and one injured when a landmine exploded in Iraq on "
            "Sunday. Police said the herders were brothers, the killed 30 and 41 and the "
            "injured 17.",
            "en",
            [casualty("IRQ", "2025-03-09", 2, 1)],
        ),
        # a booby trap is a mine; losing a limb is an injury
        (
            "A soldier triggered a booby trap in Afghanistan on Sunday, losing both legs.",
            "en",
            [casualty("AFG", "2025-03-09", None, 1)],
        ),
        ("Police defused a booby trap in Afghanistan on Sunday.", "en", []),
        (
            "A farmer lost his harvest after mines were found on his land in Iraq on Sunday.",
            "en",
            [],
        ),
        # German: "verlor ... ein Bein", "hat ... beide Beine verloren"
        (
            "Ein Bauer verlor am Montag in Afghanistan ein Bein, als er auf eine Landmine trat.",
            "de",
            [casualty("AFG", "2025-03-10", None, 1)],
        ),
        (
            "Ein Soldat hat am Sonntag in Afghanistan durch eine Mine beide Beine verloren.",
            "de",
            [casualty("AFG", "2025-03-09", None, 1)],
        ),
        (
            "Am Montag verlor ein Hirte im Irak durch eine Landmine einen Fuß.",
            "de",
            [casualty("IRQ", "2025-03-10", None, 1)],
        ),
        ("Der Bauer verlor am Montag sein Land, weil es in Afghanistan vermint ist.", "de", []),
        # Russian: "потерял ногу", "потеряла руку", "потерял обе ноги"
        (
            "В воскресенье в Ираке пастух потерял ногу, наступив на мину.",
            "ru",
            [casualty("IRQ", "2025-03-09", None, 1)],
        ),
        (
            "Фермер потерял обе ноги, подорвавшись на мине в Афганистане в понедельник.",
            "ru",
            [casualty("AFG", "2025-03-10", None, 1)],
        ),
        (
            "В понедельник в Афганистане женщина потеряла руку, подорвавшись на мине.",
            "ru",
            [casualty("AFG", "2025-03-10", None, 1)],
        ),
        ("Фермер потерял урожай из-за мин в Афганистане в понедельник.", "ru", []),
        # animals are no casualties, whatever set off the blast
        ("A booby trap set by poachers killed two elephants in Kenya.", "en", []),
        ("A landmine killed three cows near a village in Cambodia on Monday.", "en", []),
        ("Twelve goats were killed when a mine went off near Kandahar, Afghanistan.", "en", []),
        (
            "A landmine injured a farmer and killed his two cows in Cambodia on Monday.",
            "en",
            [casualty("KHM", "2025-03-10", None, 1)],
        ),
    ],
)
def test_harm_kinds(text: str, language: str, expected: list[Claim]) -> None:
    assert claims(text, PUBLISHED, language, kind="casualty_incident") == expected
