"""German V2 use sentences with a source in the middle field, between the verb and the mines
("legten laut dem Bericht Minen", "nach Angaben der Organisation", "der Jahresbilanz
zufolge"), and the day of that report told before its participle ("der am Mittwoch
veröffentlichten Bilanz"): the report's day, never the laying's. Sentences of our own, the claim
written down before the first run (published Friday 12 September 2025)."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import FIELDS, Claim, project, read, use

PUBLISHED = PartialDate(2025, 9, 12)


def claims(text: str) -> list[Claim]:
    return project(read(text, PUBLISHED, "de"), *FIELDS)


SOURCED = [
    (
        "Rebellen in Kolumbien legten nach Angaben der in Genf ansässigen Organisation Minen.",
        [use("COL")],
    ),
    (
        "Die russische Armee verlegte laut dem am Montag in Genf veröffentlichten Bericht "
        "erneut Minen.",
        [use("RUS")],
    ),
    (
        "Bewaffnete Gruppen in mehreren Ländern, darunter Kolumbien, Indien und Pakistan, "
        "legten dem am Dienstag vorgestellten Jahresbericht zufolge Minen.",
        [use("COL"), use("IND"), use("PAK")],
    ),
    (
        "Die Armee Myanmars legte gemäß der am Donnerstag vorgelegten Studie weiterhin Minen.",
        [use("MMR")],
    ),
    # a day not of a report still dates the laying
    ("Die russische Armee hat am Montag Minen verlegt.", [use("RUS", "2025-09-08")]),
]


@pytest.mark.parametrize(("text", "expected"), SOURCED)
def test_source_in_the_middle_field(text: str, expected: list[Claim]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Die Helfer legten laut dem am Montag veröffentlichten Bericht den Grundstein für ein "
        "Zentrum für Minenopfer.",
        "Die Regierung legte nach Angaben der Zeitung am Montag den Haushalt vor.",
    ],
)
def test_no_use_behind_a_source(text: str) -> None:
    assert [c for c in claims(text) if c[0] == "use_allegation"] == []
