"""Which clause tells the use, in the languages the lexicon reader reads (issue 8, use pass on
blind batches 20, 21 and 23). A clause of contrast with its own subject ("..., тоді як Росія
... застосовує міни", "..., alors que la Russie ... pose des mines") is read even where the
rest of the sentence is a plan or a denial; a relative clause set off by commas between the
subject and its verb ("Росія, яка не є учасницею договору, масово застосовує", "La Russie,
qui n'a jamais signé le traité, pose") is the subject's aside: it hides no subject and its
negation vetoes nothing; a use verb negated right before it ("не застосовує", "ne pose pas")
is none. Sentences of our own, each written down before its first run (published Friday 12
September 2025)."""

from __future__ import annotations

import pytest

from .tables import Claim, use
from .test_russian_ukrainian_users import claims

CLAUSES: list[tuple[str, str, list[Claim]]] = [
    ("uk", "У МЗС заявили, що Україна не може лишатися зв'язаною договором, тоді як Росія, яка "
     "не є його учасницею, щодня застосовує протипіхотні міни.", [use("RUS")]),
    ("ru", "В Киеве заявили, что Украина не может оставаться связанной договором, тогда как "
     "Россия, которая не является его участницей, массово применяет противопехотные мины.",
     [use("RUS")]),
    ("fr", "La France ne peut pas rester liée par le traité, alors que la Russie, qui n'y est "
     "pas partie, pose des mines chaque jour.", [use("RUS")]),
    ("fr", "La Russie, qui n'a jamais signé le traité, pose des mines le long du front.",
     [use("RUS")]),
    ("pt", "A Rússia, que não é parte do tratado, usa minas antipessoal em larga escala.",
     [use("RUS")]),
    # negatives: the contrast clause holds its own plan or negation; a negated use verb
    ("uk", "Україна не може залишатися обмеженою, тоді як Росія планує закупити нові міни.", []),
    ("uk", "Україна не може вийти з договору до кінця року, тоді як Росія, на думку МЗС, не "
     "застосовує міни.", []),
    ("ru", "Россия не применяет противопехотные мины, заявили в Москве.", []),
    ("fr", "Le Mali, qui n'a pas d'armée de l'air, n'utilise pas de mines.", []),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), CLAUSES)
def test_use_clauses(language: str, text: str, expected: list[Claim]) -> None:
    assert [c for c in claims(language, text) if c[0] == "use_allegation"] == expected
