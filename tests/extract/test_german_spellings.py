"""German written without umlauts (issue 8, mechanisms pass): "ae", "oe", "ue" for "ä", "ö",
"ü" and "ss" for "ß", as German is typed without them and as Switzerland writes "ß", read like
German with them (``Lexicon.umlaut_spellings``: every pattern and table word accepts both
spellings; the gazetteer knows "Suedsudan"), the text read as written so that every offset
stays. Every sentence is our own wording; none is copied from a passage."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate
from minewatch.extract.lexicons.lexicon import WITHOUT_UMLAUTS, _either_spelling

from .tables import FIELDS, Claim, casualty, cleared, project, read, step

PUBLISHED = PartialDate(2025, 6, 30)

# Each sentence, with umlauts and without, gives the same claims.
BANK = [
    "Fünf Männer wurden bei der Explosion einer Landmine im Südsudan getötet.",
    "Die Minenräumer haben im Jahr 2024 insgesamt 120 Hektar Land in Kroatien geräumt.",
    "Österreich zerstörte im Jahr 2023 seine Vorräte an 3.000 Antipersonenminen.",
    "Ein Kind wurde durch eine Mine verletzt, sagte ein Sprecher in der Türkei.",
    "Zwölf Zivilisten wurden im März in der Ukraine durch Minen getötet.",
    "Das lettische Parlament stimmte im März 2025 für den Austritt aus der Ottawa-Konvention.",
    "Litauen hat am 3. März 2025 den Austritt aus der Ottawa-Konvention angekündigt.",
    "Griechenland hat seine Bestände an Antipersonenminen im Jahr 2021 vollständig zerstört.",
]


@pytest.mark.parametrize("text", BANK)
def test_without_umlauts_reads_as_with_them(text: str) -> None:
    plain = text.translate(WITHOUT_UMLAUTS)
    assert plain != text
    with_them = project(read(text, PUBLISHED, "de"), *FIELDS)
    assert with_them  # the bank's sentences each give a claim
    without = read(plain, PUBLISHED, "de")
    assert project(without, *FIELDS) == with_them
    assert all(c.evidence in plain for c in without)  # verbatim: the text read as written


# explicit rows: what each spelled-out sentence gives
ROWS: list[tuple[str, list[Claim]]] = [
    (
        "Fuenf Maenner wurden bei der Explosion einer Landmine im Suedsudan getoetet.",
        [casualty("SSD", "2025-06", 5, None)],
    ),
    (
        "Die Minenraeumer haben im Jahr 2024 insgesamt 120 Hektar Land in Kroatien geraeumt.",
        [cleared("HRV", "2024", 120, "ha")],
    ),
    (
        "Zwoelf Zivilisten wurden im Maerz in der Ukraine durch Minen getoetet.",
        [casualty("UKR", "2025-03", 12, None)],
    ),
    (
        "Das lettische Parlament stimmte im Maerz 2025 fuer den Austritt aus der "
        "Ottawa-Konvention.",
        [step("LVA", "2025-03", "parliament_approves_withdrawal")],
    ),
    (
        "Oesterreich zerstoerte im Jahr 2023 seine Vorraete an 3.000 Antipersonenminen.",
        [("stockpile_destruction", "AUT", "2023", None, None, None, 3000, "mines")],
    ),
    # a conditional ("würde") is no step, in either spelling
    ("Polen wuerde die Ottawa-Konvention verlassen, falls die Bedrohung waechst.", []),
    ("Polen würde die Ottawa-Konvention verlassen, falls die Bedrohung wächst.", []),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_spelled_out_rows(text: str, expected: list[Claim]) -> None:
    assert project(read(text, PUBLISHED, "de"), *FIELDS) == expected


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("räum", "r(?:ä|ae)um"),
        ("Stra(ß)e", "Stra((?:ß|ss))e"),
        ("Vorr[äa]t", "Vorr(?:[äa]|ae)t"),
        # kept: a look-behind keeps its width, a negated class and one with \w need nothing
        ("(?<!über)x", "(?<!über)x"),
        ("[^ä]", "[^ä]"),
        (r"[\wäöü]+", r"[\wäöü]+"),
    ],
)
def test_patterns_accept_both_spellings(pattern: str, expected: str) -> None:
    assert _either_spelling(pattern) == expected
