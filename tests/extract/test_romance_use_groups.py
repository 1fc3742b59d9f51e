"""Use allegations in French, Spanish, Italian and Portuguese, second pass, in sentences of our
own (none copied from a batch or the dev set): the Spanish laying verbs as whole paradigms
(every tense with its stem change: "siembran", "entierran"; what is laid: mines, minefields,
improvised explosive devices); the laying of "the device" attributed to a group paragraphs
after the blast; a state's army and an armed group as one subject (two users, two claims, as
English); and states listed with commas ("la Russie, l'Ukraine et le Myanmar"). Negative
sentences give no use."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate
from tests.extract.tables import project, read

PUBLISHED = PartialDate(2026, 1, 15)

# (sentences, the state of each use claim, in order)
SPANISH_PARADIGM = [
    # the present, with its stem change
    ("Las disidencias de las FARC siembran minas en los caminos veredales del Cauca.", ["COL"]),
    ("En Arauca el ELN entierra artefactos explosivos junto a las escuelas.", ["COL"]),
    ("Los grupos armados instalan minas antipersonal en los cultivos de Nariño.", ["COL"]),
    # the imperfect, the conditional, the gerund and the infinitive after an auxiliary
    ("Según la Defensoría, el Clan del Golfo colocaba minas en las trochas de Córdoba.", ["COL"]),
    ("Las tropas rusas habrían enterrado minas en los campos de Járkov, según Kiev.", ["RUS"]),
    ("El ELN sigue sembrando nuevas minas en el Catatumbo.", ["COL"]),
    ("Las fuerzas birmanas suelen plantar minas alrededor de las aldeas.", ["MMR"]),
    # what is laid: improvised explosive devices, minefields, "MAP"
    ("En el Cauca, la guerrilla instaló artefactos explosivos improvisados en la vía.", ["COL"]),
    ("Las disidencias de las FARC utilizaron más de cien MAP en el sur del Meta.", ["COL"]),
    ("Los campos minados sembrados por el ELN siguen activos en Arauca.", ["COL"]),
    # the laying attributed in the passive, and the accused of "responsabilizó"
    ("La siembra de las minas fue atribuida al Clan del Golfo, en zona rural de Córdoba.",
     ["COL"]),
    ("Camboya responsabilizó a Tailandia de la siembra de minas en la frontera.", ["THA"]),
]  # fmt: skip

SPANISH_NEGATIVE = [
    # denied, never done, a plan, the noun alone, tools for finding or marking mines
    "El ELN no ha sembrado minas en Arauca, dijo su comandante.",
    "Las tropas nunca instalaron minas en la zona, según el ministro.",
    "Los desminadores usan detectores de minas en el Cauca.",
    "El Ejército instaló señales de minas a la entrada de la vereda.",
    "La siembra de minas es un delito, recordó la Defensoría en un foro.",
    "Un empleado de las minas de carbón resultó herido en La Guajira.",
]

# (passage, the state of each use claim): "the device" whose laying is attributed paragraphs
# after the mine (the section breaks in between)
DEVICE_LATER = [
    ("Un campesino murió al pisar una mina antipersonal en Tumaco.\n\nFue trasladado a Pasto.\n"
     "\nLa Policía atribuyó la instalación del artefacto a las disidencias de las FARC.",
     ["COL"]),
    ("Dos soldados resultaron heridos por una mina en Briceño, Antioquia. Fueron evacuados en "
     "helicóptero. Los médicos los atendieron en Medellín. Sus familias viajaron a la ciudad. "
     "El Ejército atribuyó la colocación del artefacto al Clan del Golfo.", ["COL"]),
    ("Una niña perdió una pierna tras activar una mina en Argelia, Cauca.\n\nLa comunidad pidió "
     "ayuda.\n\nLa Gobernación atribuyó el artefacto al ELN, que opera en la zona.", ["COL"]),
]  # fmt: skip

DEVICE_NEGATIVE = [
    # no mine told before: a bomb, not a mine
    "Un carro bomba estalló frente a la estación de Policía de Jamundí.\n\nHubo daños.\n\n"
    "Las autoridades atribuyeron la instalación del artefacto al ELN.",
    "Un explosivo dañó un oleoducto en Arauca. Hubo un derrame. El crudo llegó al río. El "
    "Ejército atribuyó la colocación del artefacto a las disidencias.",
    "Un dron con explosivos atacó una base en el Cauca.\n\nNo hubo heridos.\n\nLos militares "
    "atribuyeron el artefacto a las disidencias de las FARC.",
]

# (sentence, the state of each use claim): each armed group a laying is attributed to is one
# claim (the eval-dev convention: one event per group); groups joined as the verb's subject,
# two names of one group, a kind of group before its name, a rival told in a relative clause:
# one
NAMED_GROUPS = [
    ("La Policía atribuyó la siembra de minas a las disidencias de las FARC, al ELN y al Clan "
     "del Golfo en el Cauca.", ["COL", "COL", "COL"]),
    ("Las autoridades atribuyeron las minas al ELN y a las disidencias de las FARC, en el "
     "Catatumbo.", ["COL", "COL"]),
    ("Las minas halladas en Córdoba fueron instaladas por el Clan del Golfo y por el ELN.",
     ["COL", "COL"]),
    ("El gobernador acusó al ELN y a las disidencias de haber sembrado minas en Arauca.",
     ["COL", "COL"]),
    # one group, or groups told jointly as the subject of the verb (one joint user)
    ("Según la Defensoría, el ELN y las disidencias de las FARC siguen sembrando minas en el "
     "Catatumbo.", ["COL"]),
    ("Las minas fueron instaladas por el ELN, que combate al Clan del Golfo en la zona.",
     ["COL"]),
    ("El Ejército atribuyó las minas a grupos armados como el Clan del Golfo, en Córdoba.",
     ["COL"]),
    ("Los guerrilleros del ELN sembraron minas en el sur de Bolívar.", ["COL"]),
    ("La Gobernación atribuyó la instalación de la mina al frente 36 de las disidencias de las "
     "FARC, en el norte de Antioquia.", ["COL"]),
    ("Según la Policía, la mina habría sido sembrada por hombres de las disidencias de las "
     "extintas FARC, que se disputan la zona con el ELN en Nariño.", ["COL"]),
]  # fmt: skip

# (language, sentence, the state of each use claim): the state's army and a group as one
# subject are two users, two claims; a group alone, or the army alone, one
JOINED = [
    ("fr", "L'armée et des groupes armés ont posé des mines au Mali.", ["MLI", "MLI"]),
    ("fr", "Des rebelles et les forces gouvernementales ont enfoui des mines au Soudan.",
     ["SDN", "SDN"]),
    ("fr", "Au Myanmar, la junte ainsi que des milices ont utilisé des mines antipersonnel.",
     ["MMR", "MMR"]),
    ("es", "El ejército y grupos armados sembraron minas en Myanmar.", ["MMR", "MMR"]),
    ("es", "Los guerrilleros y las tropas del gobierno sembraron minas en el Cauca.",
     ["COL", "COL"]),
    ("es", "En Malí, los soldados así como los grupos armados han instalado minas.",
     ["MLI", "MLI"]),
    ("it", "L'esercito e i gruppi armati hanno posato mine in Mali.", ["MLI", "MLI"]),
    ("it", "I ribelli e le truppe governative hanno posato mine in Sudan.", ["SDN", "SDN"]),
    ("it", "In Myanmar la giunta e le milizie hanno utilizzato mine antiuomo.", ["MMR", "MMR"]),
    ("pt", "O exército e grupos armados colocaram minas no Mali.", ["MLI", "MLI"]),
    ("pt", "Os rebeldes e as forças governamentais plantaram minas no Sudão.", ["SDN", "SDN"]),
    ("pt", "Em Mianmar, a junta e as milícias usaram minas antipessoal.", ["MMR", "MMR"]),
    # one user only: a group, the army, or the army accusing the group
    ("fr", "Des groupes armés ont posé des mines au Mali.", ["MLI"]),
    ("es", "El Ejército atribuyó la siembra de minas a las disidencias, en el Cauca.", ["COL"]),
    ("it", "I ribelli hanno posato mine in Mali.", ["MLI"]),
    ("pt", "O exército maliano colocou minas perto de Gao.", ["MLI"]),
]  # fmt: skip

# (language, sentence, the states accused): every state of a list joined by commas and "and"
LISTED = [
    ("fr", "Le rapport relève que la Russie, l'Ukraine et le Myanmar ont utilisé des mines "
     "antipersonnel.", {"RUS", "UKR", "MMR"}),
    ("fr", "La Syrie, l'Iran et la Corée du Nord ont posé des mines, selon l'ONG.",
     {"SYR", "IRN", "PRK"}),
    ("it", "La Russia, l'Ucraina e il Myanmar hanno utilizzato mine antiuomo.",
     {"RUS", "UKR", "MMR"}),
    ("it", "Secondo il rapporto, la Siria, l'Iran e la Corea del Nord hanno posato mine.",
     {"SYR", "IRN", "PRK"}),
    ("pt", "A Rússia, a Ucrânia e o Mianmar usaram minas antipessoal.", {"RUS", "UKR", "MMR"}),
    ("pt", "Segundo o relatório, a Síria, o Irã e a Coreia do Norte colocaram minas.",
     {"SYR", "IRN", "PRK"}),
    # a source told first, then a comma, is no list: one user
    ("fr", "Selon la Russie, l'Ukraine a posé des mines près de Koursk.", {"UKR"}),
    ("it", "Secondo la Russia, l'Ucraina ha posato mine vicino a Kursk.", {"UKR"}),
    ("pt", "Segundo a Rússia, a Ucrânia colocou minas perto de Kursk.", {"UKR"}),
]  # fmt: skip


def _uses(text: str, language: str) -> list[str | None]:
    found = read(text, PUBLISHED, language)
    return sorted(a for (a,) in project(found, "actor_iso3", kind="use_allegation"))


@pytest.mark.parametrize(("text", "states"), SPANISH_PARADIGM + DEVICE_LATER + NAMED_GROUPS)
def test_spanish_laying_paradigm(text: str, states: list[str]) -> None:
    assert _uses(text, "es") == states


@pytest.mark.parametrize("text", SPANISH_NEGATIVE + DEVICE_NEGATIVE)
def test_spanish_no_use(text: str) -> None:
    assert _uses(text, "es") == []


@pytest.mark.parametrize(("language", "text", "states"), JOINED)
def test_army_and_group_are_two_users(language: str, text: str, states: list[str]) -> None:
    assert _uses(text, language) == states


@pytest.mark.parametrize(("language", "text", "states"), LISTED)
def test_states_listed_with_commas(language: str, text: str, states: set[str]) -> None:
    assert set(_uses(text, language)) == states
