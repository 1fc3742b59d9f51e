"""The place of an event named the way each language read names it: the preposition of place
("en", "cerca de", "près de", "perto de", "nahe", "в районе", "под") before a name, the admin
nouns ("vereda", "municipio", "province", "distrito") and a second place after a comma. A figure
or a lower-case word after the same preposition ("en 2024", "en total", "cerca de 300 minas")
and a body's name ("en el Ministerio", "в МЗС") are no place."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate
from minewatch.extract.actors import find_location
from tests.extract.tables import read

PLACES = [
    # Spanish
    ("Un campesino murió en Briceño, Antioquia, al pisar una mina.", "Briceño, Antioquia"),
    ("La mina estalló cerca de Remedios el jueves.", "Remedios"),
    ("Ocurrió en la vereda El Porvenir, municipio de Ituango.", "vereda El Porvenir, Ituango"),
    ("Dos soldados heridos en zona rural del municipio de Tame.", "municipio de Tame"),
    ("Se entregó el área en San Vicente del Caguán, Caquetá.", "San Vicente del Caguán, Caquetá"),
    ("Hubo un accidente en Tumaco, en el departamento de Nariño.", "Tumaco, Nariño"),
    # French
    ("Une charrette a sauté sur une mine près de Djibo, dans la province du Soum.", "Djibo, Soum"),
    ("Un berger a été blessé près d'Arlit lundi.", "Arlit"),
    ("Deux enfants tués dans la commune de Koro.", "commune de Koro"),
    # Portuguese
    ("Um agricultor ficou ferido perto de Luena, na província do Moxico.", "Luena, Moxico"),
    ("A equipa desminou terrenos no distrito de Moatize.", "distrito de Moatize"),
    # Italian and German
    ("Un ordigno è esploso nella provincia di Herat.", "provincia di Herat"),
    ("Eine Landmine explodierte nahe Brčko am Samstag.", "Brčko"),
    ("Zwei Männer wurden bei Kandahar verletzt.", "Kandahar"),
    # Russian and Ukrainian
    ("Мирный житель подорвался на мине в районе Горловки.", "Горловки"),
    ("Под Харьковом трактор наехал на мину.", "Харьковом"),
    ("Саперы разминировали поля в Курской области.", "Курской области"),
    ("Поблизу села Шевченкове комбайн наїхав на міну.", "Шевченкове"),
]


@pytest.mark.parametrize(("text", "place"), PLACES)
def test_place_named_in_each_language(text: str, place: str) -> None:
    assert find_location(text) == place


NO_PLACE = [
    "En 2024 se destruyeron minas en total.",
    "Se hallaron cerca de 300 minas en el terreno.",
    "El país informó en el marco de la Convención sobre minas.",
    "La denuncia llegó en el Ministerio de Defensa.",
    "Dans le cadre de la Convention, le pays a rendu son rapport.",
    "Le ministre a rendu hommage à Jean Dupont.",
    "Bei Explosionen wurden zwei Menschen verletzt.",
    "Об этом сообщили в МЗС.",
    "Документ подписан в Министерстве обороны.",
    "Perto de 500 minas foram destruídas em 2023.",
]


@pytest.mark.parametrize("text", NO_PLACE)
def test_no_place_after_the_same_prepositions(text: str) -> None:
    assert find_location(text) is None


def test_spanish_casualty_carries_its_place() -> None:
    text = (
        "Un soldado murió el martes al pisar una mina antipersonal en la vereda La Palma, "
        "municipio de Anorí, informó el Ejército de Colombia."
    )
    found = [c for c in read(text, PartialDate(2025, 3, 6), "es") if c.type == "casualty_incident"]
    assert [c.location for c in found] == ["vereda La Palma, Anorí"]


def test_english_place_unchanged() -> None:
    assert find_location("A landmine exploded near Battambang on Monday.") == "Battambang"
