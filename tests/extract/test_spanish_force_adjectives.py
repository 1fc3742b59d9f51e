"""Spanish lists of users whose forces are named by the state's adjective (sentences of our
own, no passage copied): "por parte de las fuerzas armadas rusas en Ucrania y de las fuerzas
armadas de Myanmar", "las tropas rusas y birmanas" list two users, as "las fuerzas de Myanmar
y de Rusia" already did (``spanish.reading._USERS_HEAD``). Forces named before the use cue by
their adjective are no list of users ("las fuerzas armadas colombianas destruyeron minas
sembradas por grupos armados en ...": the destroyers); one force alone stays one user."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import claims

NOVEMBER = PartialDate(2025, 11, 20)


@pytest.mark.parametrize(
    ("text", "users"),
    [
        (
            "El informe documenta el uso de minas antipersonal por parte de las fuerzas armadas "
            "rusas en Ucrania y de las fuerzas armadas de Myanmar.",
            ["RUS", "MMR"],
        ),
        (
            "El Monitor confirmó el uso de minas por parte de las fuerzas armadas birmanas y de "
            "las fuerzas rusas en 2024.",
            ["MMR", "RUS"],
        ),
        (
            "El Monitor confirmó el uso de minas por parte de las tropas rusas y de las fuerzas "
            "de Myanmar.",
            ["RUS", "MMR"],
        ),
        ("El Monitor registró el empleo de minas por las tropas rusas y birmanas.", ["RUS", "MMR"]),
        # guards: one force alone; forces before the cue that destroy, not use
        (
            "El informe documenta el uso de minas antipersonal por parte de las fuerzas armadas "
            "rusas en Ucrania.",
            ["RUS"],
        ),
        (
            "Según el informe, las fuerzas armadas colombianas destruyeron minas sembradas por "
            "grupos armados en Colombia y Perú.",
            ["COL", "PER"],
        ),
    ],
)
def test_forces_named_by_adjective_are_listed_users(text: str, users: list[str]) -> None:
    found = claims(text, NOVEMBER, "es", kind="use_allegation")
    assert [claim[1] for claim in found] == users
