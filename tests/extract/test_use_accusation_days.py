"""The day of an accusation, and groups' uses listed by place, in the languages the lexicon
reader reads (issue 8, use pass on blind batches 20, 21 and 23). A day told between an
accusation verb and the laying it accuses of, or right before the verb ("foi acusado na
terça-feira ... de continuar a usar minas", "a été accusée mardi ... d'avoir posé", "во
вторник обвинило ВСУ в минировании"), is the accusation's, never the laying's; the laying's
own recency or day stays. Places listed after the verb in Portuguese and Italian ("na Colômbia
e na Índia", "in Colombia e nel Myanmar") are each a use, and "não estatais", "non statali"
(non-state) veto nothing. Sentences of our own, each written down before its first run
(published Friday 12 September 2025)."""

from __future__ import annotations

import pytest

from .tables import Claim, use
from .test_russian_ukrainian_users import claims

DAYS: list[tuple[str, str, list[Claim]]] = [
    ("pt", "O governo da Birmânia foi acusado na terça-feira pela Human Rights Watch de "
     "continuar a usar minas antipessoais.", [use("MMR")]),
    ("fr", "L'armée malienne a été accusée mardi par Human Rights Watch d'avoir posé des mines "
     "près de Kidal.", [use("MLI")]),
    ("ru", "Минобороны России во вторник обвинило ВСУ в минировании окраин Шебекино.",
     [use("UKR")]),
    ("pt", "Grupos armados não estatais usaram minas na Colômbia e na Índia.",
     [use("COL"), use("IND")]),
    ("it", "Gruppi armati non statali hanno usato mine in Colombia e nel Myanmar.",
     [use("COL"), use("MMR")]),
    # negatives: the laying's own recency and day stay; a use denied
    ("fr", "Bangkok accuse le Cambodge d'avoir posé récemment de nouvelles mines.",
     [use("KHM", "2025-09")]),
    ("fr", "Kiev a accusé lundi l'armée russe d'avoir posé des mines le 3 mars près de Kharkiv.",
     [use("RUS", "2025-03-03")]),
    ("pt", "O governo não usou minas na Colômbia nem na Índia.", []),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), DAYS)
def test_accusation_days(language: str, text: str, expected: list[Claim]) -> None:
    assert [c for c in claims(language, text) if c[0] == "use_allegation"] == expected
