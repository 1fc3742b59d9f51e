"""Which state laid the mines, in German (issue 8, use pass on blind batches 20, 21 and 23): the
adjectives of the states the Monitor's use and casualty chapters name, declined by their
endings ("der sudanesischen Armee", "malische Truppen", "pakistanische Soldaten"); a state's
forces and a non-state group ("die Armee und die Rebellen", "die paramilitärischen Kräfte")
are two users, as in French and Italian. Sentences of our own, each written down before its
first run (published Friday 12 September 2025)."""

from __future__ import annotations

import pytest

from .tables import Claim, use
from .test_russian_ukrainian_users import claims

STATES: list[tuple[str, list[Claim]]] = [
    ("Amnesty International wirft der sudanesischen Armee vor, Antipersonenminen um Kadugli "
     "verlegt zu haben.", [use("SDN")]),
    ("Die malische Armee soll Minen rund um Kidal verlegt haben.", [use("MLI")]),
    ("Pakistanische Truppen haben Minen entlang der Grenze verlegt.", [use("PAK")]),
    ("Die sudanesische Armee und die Rebellen haben Minen verlegt.", [use("SDN"), use("SDN")]),
    ("Die sudanesische Armee hat Minen verlegt. Auch paramilitärische Kräfte hätten im Sudan "
     "Minen eingesetzt.", [use("SDN"), use("SDN")]),
    # negatives: an ocean named by an adjective, clearance by a state's forces
    ("Im Indischen Ozean wurde eine Seemine gefunden.", []),
    ("Thailändische Soldaten räumten Minen an der Grenze.", []),
    ("Die malische Regierung hat die Minenräumung im Norden beschleunigt.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), STATES)
def test_german_states(text: str, expected: list[Claim]) -> None:
    assert [c for c in claims("de", text) if c[0] == "use_allegation"] == expected
