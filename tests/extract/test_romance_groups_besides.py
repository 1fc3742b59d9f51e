"""Armed groups joined after a use by "besides" (sentences of our own, no passage copied):
"..., oltre a nuovo impiego da parte di gruppi armati non statali in Colombia, India e
Pakistan", "oltre al", "en plus de", "além de" join the groups as "così come" already did
(``lexicons.uses._ALSO_JOIN``): each country listed is a group's use. Besides anything that
is no armed group ("oltre a bombe a grappolo") or states with no group ("oltre a Russia e
Iran") adds no user."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import claims

NOVEMBER = PartialDate(2025, 11, 20)


@pytest.mark.parametrize(
    ("text", "language", "users"),
    [
        (
            "Secondo il rapporto, l'esercito del Myanmar ha usato mine antipersona nel 2024, "
            "oltre a gruppi armati non statali in Colombia, India e Pakistan.",
            "it",
            ["MMR", "COL", "IND", "PAK"],
        ),
        (
            "Il rapporto cita l'impiego di mine da parte delle forze russe, oltre al nuovo uso da "
            "parte di gruppi armati in Colombia e in Myanmar.",
            "it",
            ["RUS", "COL", "MMR"],
        ),
        (
            "Il Monitor segnala che le truppe birmane hanno posato mine nel 2024, oltre ai "
            "gruppi armati non statali in India e Pakistan.",
            "it",
            ["MMR", "IND", "PAK"],
        ),
        (
            "Le rapport fait état de l'emploi de mines par les forces russes, en plus de groupes "
            "armés en Colombie.",
            "fr",
            ["RUS", "COL"],
        ),
    ],
)
def test_groups_joined_besides_the_use_are_users(
    text: str, language: str, users: list[str]
) -> None:
    found = claims(text, NOVEMBER, language, kind="use_allegation")
    assert [claim[1] for claim in found] == users


@pytest.mark.parametrize(
    ("text", "users"),
    [
        ("Le forze russe hanno usato mine in Ucraina, oltre a bombe a grappolo.", ["RUS"]),
        ("Il Myanmar ha usato mine antiuomo, oltre a Russia e Iran.", ["MMR"]),
        ("Le forze del Myanmar hanno posato mine, oltre che in Colombia.", ["MMR"]),
    ],
)
def test_besides_with_no_group_adds_no_user(text: str, users: list[str]) -> None:
    found = claims(text, NOVEMBER, "it", kind="use_allegation")
    assert [claim[1] for claim in found] == users
