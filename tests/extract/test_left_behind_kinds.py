"""Mines left behind by forces are a use allegation, in Spanish, German, Russian and
Ukrainian as in English ("Russian troops left mines behind"): "las tropas dejaron minas al
retirarse", "beim Rückzug Minen hinterlassen", the Slavic object told first with a quantity in
the genitive and an aside before the verb ("большинство мин, по данным властей, оставили
российские войска"). The war, a flood or a verb with no mine left behind accuses no one.
Sentences of our own, the claim written down before the first run (published Friday
12 September 2025)."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import Claim, claims, use

PUBLISHED = PartialDate(2025, 9, 12)


LEFT = [
    ("en", "Retreating Russian troops left mines behind in the fields.", [use("RUS")]),
    ("es", "Las tropas rusas dejaron minas al retirarse de la ciudad.", [use("RUS")]),
    (
        "es",
        "Al retirarse, los soldados rusos dejaron cientos de minas en los campos de Ucrania.",
        [use("RUS")],
    ),
    (
        "es",
        "La mayoría de las minas fueron dejadas por las tropas rusas durante la ocupación.",
        [use("RUS")],
    ),
    (
        "es",
        "Según el alcalde, las minas dejadas por el ejército ruso siguen matando en Ucrania.",
        [use("RUS")],
    ),
    ("es", "Los guerrilleros de las FARC dejaron atrás campos minados en Antioquia.", [use("COL")]),
    ("de", "Russische Truppen haben beim Rückzug Minen hinterlassen.", [use("RUS")]),
    ("de", "Die russischen Truppen hinterließen beim Rückzug Tausende Minen.", [use("RUS")]),
    (
        "de",
        "Die meisten Minen haben russische Truppen während der Besatzung hinterlassen.",
        [use("RUS")],
    ),
    (
        "de",
        "Laut dem Bürgermeister wurden die Minen von der syrischen Armee hinterlassen.",
        [use("SYR")],
    ),
    (
        "ru",
        "Большинство мин, по данным областных властей, оставили российские войска.",
        [use("RUS")],
    ),
    ("ru", "Тысячи мин в лесах оставили российские военные.", [use("RUS")]),
    (
        "uk",
        "Більшість мін, за даними обласної влади, залишили російські війська під час окупації.",
        [use("RUS")],
    ),
    ("uk", "Сотні мін на полях залишили російські окупанти.", [use("RUS")]),
]


@pytest.mark.parametrize(("language", "text", "expected"), LEFT)
def test_mines_left_behind_by_forces(language: str, text: str, expected: list[Claim]) -> None:
    assert claims(text, PUBLISHED, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "La guerra dejó minas en los campos de Ucrania."),
        ("es", "Las inundaciones dejaron minas a la vista en Bosnia."),
        ("es", "Las minas dejadas por la guerra siguen matando en Camboya."),
        ("es", "Las tropas rusas dejaron la ciudad en marzo y los zapadores retiraron minas."),
        ("de", "Der Krieg hat in Bosnien tausende Minen hinterlassen."),
        ("de", "Die russischen Truppen hinterließen zerstörte Häuser in Isjum."),
        ("de", "Ukrainische Soldaten räumten Minen, die der Krieg hinterlassen hat."),
        ("ru", "Сапёры обезвредили десять мин, установили власти."),
        ("uk", "Сапери знешкодили десять мін, встановили слідчі."),
        ("ru", "Большинство мин, по словам сапёров, уже обезврежены."),
    ],
)
def test_nothing_left_behind_by_forces(language: str, text: str) -> None:
    assert claims(text, PUBLISHED, language, kind="use_allegation") == []
