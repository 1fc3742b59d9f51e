"""German and Portuguese news phrasing, by mechanism of the language (issue 8, the German and
Portuguese readers): a German day written "3." inside a clause, harm told verb first, land
cleared and mines removed, a withdrawal declared or denounced, decisions told verb last.
Sentences of our own, the claim written down before the first run (published Friday 14 March
2025)."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import Claim, casualty, claims, step, use

PUBLISHED = PartialDate(2025, 3, 14)


# A German day is written with a dot ("am 26. Juni"): the dot ends no clause, so a treaty step
# whose day stands between its noun and its verb is still read.
GERMAN_DAY_DOTS = [
    (
        "de",
        "Das estnische Parlament stimmte am 26. Juni für den Austritt aus dem Ottawa-Abkommen.",
        [step("EST", "2024-06-26", "parliament_approves_withdrawal")],
    ),
    (
        "de",
        "Die Regierung Finnlands kündigte am 1. April an, aus dem Ottawa-Abkommen auszutreten.",
        [step("FIN", "2024-04-01", "announce_intent_to_withdraw")],
    ),
    (
        "de",
        "Die Ukraine hat den Austritt aus der Ottawa-Konvention am 29. Juni per Dekret "
        "beschlossen.",
        [step("UKR", "2024-06-29", "announce_intent_to_withdraw")],
    ),
    (
        "de",
        "Ein Hirte ist am 2. März in der Provinz Kandahar durch eine Landmine getötet worden.",
        [casualty("AFG", "2025-03-02", 1, None)],
    ),
    (
        "de",
        "Laut dem Bericht haben russische Soldaten am 5. Februar im Gebiet Cherson Minen verlegt.",
        [use("RUS", "2025-02-05")],
    ),
    # a vote against, a leaving ruled out, a talk about it: no step, whatever the day
    (
        "de",
        "Das estnische Parlament stimmte am 26. Juni gegen den Austritt aus dem Ottawa-Abkommen.",
        [],
    ),
    (
        "de",
        "Die Regierung Finnlands hat am 1. April einen Austritt aus dem Ottawa-Abkommen "
        "ausgeschlossen.",
        [],
    ),
    (
        "de",
        "Der Minister sprach am 3. März in Kiew über den Austritt Litauens aus dem "
        "Ottawa-Abkommen.",
        [],
    ),
]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    GERMAN_DAY_DOTS,
)
def test_news_phrasing_by_mechanism(language: str, text: str, expected: list[Claim]) -> None:
    assert claims(text, PUBLISHED, language) == expected
