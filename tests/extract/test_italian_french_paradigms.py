"""Italian and French news sentences of our own, one bank per mechanism, written for the
Italian and French readers' blind scores (issue 8, xitfr pass, 1 December 2026): each row's
claims are what a reader should file; the negatives must file nothing (or no such claim).
None is drawn from a studied passage. Published Thursday 13 March 2025."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate
from minewatch.extract.dates import Anchor

from .tables import Claim, claims, dates_in, policy

PUBLISHED = PartialDate(2025, 3, 13)

# A ban or restrictions on mines lifted, and a transfer or use of mines allowed, in any tense:
# the state's policy, read before the use that "l'uso ... dall'esercito" would make.
LIFTED: list[tuple[str, str, list[Claim]]] = [
    ("it",
     "Gli Stati Uniti hanno revocato martedì il divieto di usare mine antiuomo fuori dalla "
     "penisola coreana.",
     [policy("USA", "2025-03-11")]),
    ("it",
     "Il segretario alla Difesa americano ha firmato lunedì un memorandum che revoca le "
     "restrizioni sull'uso delle mine antiuomo decise dal governo precedente.",
     [policy("USA", "2025-03-10")]),
    ("it",
     "La Corea del Sud ha allentato mercoledì i limiti all'impiego di mine antiuomo lungo il "
     "confine.",
     [policy("KOR", "2025-03-12")]),
    ("it",
     "Washington autorizza la fornitura di mine antiuomo all'Ucraina, ha detto martedì il "
     "Pentagono.",
     [policy("USA", "2025-03-11")]),
    ("it",
     "Il presidente americano ha autorizzato lunedì la consegna di mine antiuomo a Kiev.",
     [policy("USA", "2025-03-10")]),
    # not a policy on mines, or not decided
    ("it", "Gli Stati Uniti hanno revocato martedì le sanzioni contro la Siria.", []),
    ("it",
     "La Polonia potrebbe revocare il divieto sulle mine antiuomo, secondo alcuni analisti.", []),
    ("it",
     "Il governo ha autorizzato lunedì la costruzione di una nuova strada vicino alla miniera.",
     []),
    ("it",
     "L'esercito russo ha revocato il coprifuoco a Kherson, dove le mine restano un pericolo.",
     []),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), LIFTED)
def test_a_ban_lifted_or_a_transfer_allowed_is_a_policy(
    language: str, text: str, expected: list[Claim]
) -> None:
    assert claims(text, PUBLISHED, language) == expected


# A year-less date takes the year of its own clause, not one in a clause that starts after it
# ("che", "qui", "dont"): "firmato il 2 dicembre un memorandum che revoca le restrizioni
# introdotte nel 2022" is December of the publication year.
YEAR_OF_ITS_CLAUSE: list[tuple[str, str, list[str | None]]] = [
    ("it",
     "Il ministro ha firmato il 2 marzo un decreto che abroga le norme adottate nel 2019.",
     ["2025-03-02", "2019"]),
    ("it",
     "Il governo ha approvato il 10 febbraio una legge, dopo il voto del 2023.",
     ["2025-02-10", "2023"]),
    ("fr",
     "Le ministre a signé le 4 mars un décret qui lève les restrictions adoptées en 2022.",
     ["2025-03-04", "2022"]),
    ("fr",
     "La Lituanie a voté le 6 février une loi dont le texte date de 2021.",
     ["2025-02-06", "2021"]),
    # the year in the date's own clause still counts
    ("it", "Il 2 marzo, nel 2022, il governo ha firmato un decreto.", ["2022-03-02", "2022"]),
    ("fr", "Le 4 mars, en 2021, le ministre a signé un décret.", ["2021-03-04", "2021"]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), YEAR_OF_ITS_CLAUSE)
def test_a_year_less_date_takes_the_year_of_its_own_clause(
    language: str, text: str, expected: list[str | None]
) -> None:
    assert dates_in(text, Anchor(PUBLISHED), language) == expected
