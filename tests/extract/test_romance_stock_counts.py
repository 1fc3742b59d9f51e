"""Spanish and Italian stocks destroyed, sentences of our own (no passage copied).

- The Spanish perfect and pluperfect ("ha destruido 32.000 minas de sus reservas", "había
  destruido 13.025 minas almacenadas") and stored mines in any form ("las minas que el
  ejército tenía en sus depósitos") are a stock's destruction, as the preterite already was;
  mines destroyed by deminers or in a minefield stay clearance.
- Mines counted destroyed right after the section told a stock, in a sentence naming no work
  in the field ("... terminó de destruir su arsenal. Las Fuerzas Armadas destruyeron 300.000
  minas"), are the stock's count, a claim of their own beside the completion, as the English
  reader's ``impacts.stock_told``; deminers, minefields or land cleared before or in the
  sentence keep it clearance.
"""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import Claim, claims, cleared, destroyed, project, read

MAY = PartialDate(2024, 5, 10)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Ucrania ha destruido 32.000 minas antipersonal de sus reservas desde enero, según "
            "el Ministerio de Defensa.",
            "es",
            [("stockpile_destruction", "UKR", "2024-05")],
        ),
        (
            "El ministro de Defensa declaró que Argentina había destruido en 2003 un total de "
            "13.025 minas almacenadas.",
            "es",
            [("stockpile_destruction", "ARG", "2003")],
        ),
        (
            "Bielorrusia ha destruido 3,3 millones de minas PFM almacenadas, informó el "
            "ministerio.",
            "es",
            [("stockpile_destruction", "BLR", "2024-05")],
        ),
        (
            "Las autoridades de Chile han destruido 4.000 minas que el ejército guardaba en sus "
            "depósitos.",
            "es",
            [("stockpile_destruction", "CHL", "2024-05")],
        ),
        # Italian mines kept in a store ("in magazzino")
        (
            "Il Perù ha distrutto tutte le mine antipersona in magazzino, circa 338.000.",
            "it",
            [("stockpile_destruction", "PER", "2024-05")],
        ),
    ],
)
def test_spanish_perfect_and_stored_mines_are_a_stock(
    text: str, language: str, expected: list[tuple[str, str, str]]
) -> None:
    assert project(read(text, MAY, language), "type", "actor_iso3", "date") == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Chile terminó de destruir su arsenal de minas antipersonal, informó el Ministerio "
            "de Defensa. Las Fuerzas Armadas destruyeron 300.000 minas en la planta de Talagante "
            "desde 2001.",
            "es",
            [destroyed("CHL", "2024-05", None), destroyed("CHL", "2024-05", 300000)],
        ),
        (
            "Argentina guardaba miles de minas antipersonal en sus arsenales. Desde entonces el "
            "Ejército ha destruido 13.025 minas.",
            "es",
            [destroyed("ARG", "2024-05", 13025)],
        ),
        (
            "La Bielorussia ha concluso la distruzione delle scorte di mine PFM, ha dichiarato il "
            "ministero. In tutto, l'esercito ha distrutto 3,3 milioni di mine in otto anni.",
            "it",
            [destroyed("BLR", "2024-05", None), destroyed("BLR", "2024-05", 3300000)],
        ),
        (
            "Il ministero ha confermato la distruzione delle scorte di mine dell'Albania. In "
            "totale i militari hanno distrutto 12.000 mine tra il 2000 e il 2002.",
            "it",
            [destroyed("ALB", "2024-05", None), destroyed("ALB", "2000", 12000)],
        ),
        # the last phase's count and a count of the same year are the stock told again
        (
            "La Grecia ha completato la distruzione del suo arsenale di mine antiuomo. "
            "Nell'ultima fase l'esercito ha distrutto 4.500 mine.",
            "it",
            [destroyed("GRC", "2024-05", 4500)],
        ),
        (
            "La Turchia ha finito di distruggere le sue scorte di mine antiuomo nel 2011. "
            "Quell'anno l'esercito turco ha distrutto 25.000 mine.",
            "it",
            [destroyed("TUR", "2011", 25000)],
        ),
        (
            "L'Italia aveva uno dei maggiori arsenali di mine d'Europa. Tra il 1999 e il 2002 "
            "l'esercito ha distrutto 7,1 milioni di mine.",
            "it",
            [destroyed("ITA", "1999", 7100000)],
        ),
    ],
)
def test_mines_counted_after_a_stock_are_the_stock(
    text: str, language: str, expected: list[Claim]
) -> None:
    assert claims(text, MAY, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # deminers, a minefield or items found: the field, whatever was told before
        (
            "Perú destruyó sus existencias de minas en 2001. Los desminadores han destruido 300 "
            "minas en Cenepa.",
            "es",
            [destroyed("PER", "2001", None), cleared("PER", "2024-05", 300, "mines")],
        ),
        (
            "El Ejército ha destruido 200 artefactos explosivos hallados en la zona de Tiwinza, "
            "en Perú.",
            "es",
            [cleared("PER", "2024-05", 200, "explosive_devices")],
        ),
        (
            "Las brigadas limpiaron 20 hectáreas de campos minados en Perú. En total, el Ejército "
            "destruyó 1.146 minas.",
            "es",
            [cleared("PER", "2024-05", 20, "ha"), cleared("PER", "2024-05", 1146, "mines")],
        ),
        (
            "L'Italia aveva uno dei maggiori arsenali di mine d'Europa. Gli sminatori hanno "
            "distrutto 700 mine nei campi minati del Kosovo.",
            "it",
            [cleared("XKX", "2024-05", 700, "mines")],
        ),
        # a promise to destroy is no destruction
        (
            "Sri Lanka se comprometió a destruir sus reservas de 12.000 minas antipersonal.",
            "es",
            [],
        ),
    ],
)
def test_field_work_and_plans_stay_apart(text: str, language: str, expected: list[Claim]) -> None:
    assert claims(text, MAY, language) == expected
