"""Who is accused, in Russian and Ukrainian (issue 8, use pass on blind batches 20, 21 and 23):
an accusation whose noun has an adjective before it ("обвинило ВСУ в дистанционном
минировании", "у дистанційному мінуванні"); mines scattered ("рассеяли такие мины",
"розсіяли"); a use told right after an accusation that names no state ("... обвинило ВСУ в
минировании ...", then "мины были разбросаны в ночь на 10 сентября") is the accused's, never
the accuser's. Sentences of our own, each written down before its first run (published Friday
12 September 2025)."""

from __future__ import annotations

import pytest

from .tables import Claim, use
from .test_russian_ukrainian_users import claims

ACCUSED: list[tuple[str, str, list[Claim]]] = [
    ("ru", "Минобороны России обвинило Вооружённые силы Украины в дистанционном минировании "
     "окраин Шебекино. По данным ведомства, мины были разбросаны в ночь на 10 сентября.",
     [use("UKR", "2025-09-10")]),
    ("uk", "Міноборони Росії звинуватило Збройні сили України у дистанційному мінуванні околиць "
     "Шебекіного.", [use("UKR")]),
    ("ru", "По данным Минобороны России, украинские военные рассеяли такие мины с помощью РСЗВ.",
     [use("UKR")]),
    ("uk", "За даними міністерства, українські військові розсіяли такі міни за допомогою РСЗВ.",
     [use("UKR")]),
    ("ru", "Минобороны Азербайджана обвинило армянские силы в массовом минировании дорог.",
     [use("ARM")]),
    # negatives: leaflets scattered; an accusation of something else; a later sentence that
    # names its own user keeps it
    ("ru", "Российские военные рассеяли листовки над городом.", []),
    ("ru", "МИД Армении обвинил Азербайджан в массовом нарушении перемирия.", []),
    ("ru", "Минобороны России обвинило ВСУ в минировании окраин Шебекино. В Херсонской области "
     "мины были установлены российскими военными.", [use("UKR"), use("RUS")]),
    # an accusation rejected by the accused is no use of its
    ("ru", "Россия отвергла обвинения в дистанционном минировании полей под Харьковом.", []),
    ("ru", "Москва отклонила эти обвинения в применении противопехотных мин.", []),
    ("uk", "Росія відкинула звинувачення у дистанційному мінуванні полів на Харківщині.", []),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), ACCUSED)
def test_accused(language: str, text: str, expected: list[Claim]) -> None:
    assert [c for c in claims(language, text) if c[0] == "use_allegation"] == expected
