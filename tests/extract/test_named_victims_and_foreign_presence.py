"""Two kinds read in French and Italian news (issue 8), sentences of our own, the claims
written before the first run (published Thursday 16 May 2024).

One victim named inside a count with a day of its own ("dont un berger mort le 12 février",
"tra cui un bambino ferito il 4 marzo") is a casualty of that day, apart from the count, which
keeps its period; a part named with no day of its own stays inside the count. A state's
adjective after a noun of its armed presence abroad ("l'ancienne base libyenne", "l'invasion
russe", "l'invasione russa") names neither where the work or harm is nor who acts, in the
sentence or by the sentences before it."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import FIELDS, Claim, casualty, cleared, counted, project, read, step, use

PUBLISHED = PartialDate(2024, 5, 16)


def claims(language: str, text: str) -> list[Claim]:
    return project(read(text, PUBLISHED, language), *FIELDS)


NAMED_INSIDE = [
    ("fr", "Au premier trimestre, 9 civils ont été tués par des mines au Mali, dont un berger "
     "mort le 12 février dans la région de Mopti.",
     [casualty("MLI", "2024-03", 9, None), casualty("MLI", "2024-02-12", 1, None)]),
    ("fr", "Selon l'ONG, 15 personnes ont été tuées ou blessées par des mines en Syrie depuis "
     "janvier, dont une fillette blessée le 3 mai près d'Idleb.",
     # a toll "depuis janvier" runs to publication, as "Dall'inizio dell'anno" below (e18e570)
     [counted("SYR", "2024-05", 15), casualty("SYR", "2024-05-03", None, 1)]),
    ("it", "Nel primo trimestre 30 persone sono rimaste ferite da mine in Afghanistan, tra cui "
     "un bambino ferito il 4 marzo a Kandahar.",
     [casualty("AFG", "2024-03", None, 30), casualty("AFG", "2024-03-04", None, 1)]),
    ("it", "Dall'inizio dell'anno 7 civili sono stati uccisi da mine in Ucraina, tra cui un "
     "agricoltore morto il 2 maggio nella regione di Kherson.",
     [casualty("UKR", "2024-05", 7, None), casualty("UKR", "2024-05-02", 1, None)]),
    # a part with no day of its own stays inside the count
    ("fr", "En mars, 12 civils ont été tués par des mines au Mali, dont un enfant.",
     [casualty("MLI", "2024-03", 12, None)]),
    ("it", "A marzo 12 civili sono stati uccisi da mine in Mali, tra cui un bambino.",
     [casualty("MLI", "2024-03", 12, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), NAMED_INSIDE)
def test_a_victim_named_inside_a_count(language: str, text: str, expected: list[Claim]) -> None:
    assert claims(language, text) == expected


FOREIGN_PRESENCE = [
    ("fr", "Le Tchad poursuit le déminage du nord du pays. En 2023, les équipes ont dépollué 40 "
     "hectares autour de l'ancienne base libyenne d'Aouzou.",
     [cleared("TCD", "2023", 40, "ha")]),
    ("it", "Il Ciad prosegue lo sminamento del nord. Nel 2023 le squadre hanno bonificato 40 "
     "ettari di terreni minati intorno all'ex base libica di Aouzou.",
     [cleared("TCD", "2023", 40, "ha")]),
    ("fr", "Ukraine : les démineurs à l'œuvre près de Kharkiv. Les troupes russes ont posé des "
     "mines dans toute la région avant de se retirer. Depuis le début de l'invasion russe, les "
     "démineurs du service d'urgence ont neutralisé 3 000 mines.",
     [use("RUS"), cleared("UKR", "2024-05", 3000, "mines")]),
    ("it", "Ucraina, gli sminatori al lavoro vicino a Kharkiv. Le truppe russe hanno posato mine "
     "in tutta la regione. Dall'inizio dell'invasione russa gli sminatori hanno neutralizzato "
     "oltre 5.000 mine.",
     [use("RUS"), cleared("UKR", "2024-05", 5000, "mines")]),
    ("fr", "En réponse à l'invasion russe, la Lituanie a annoncé mardi son intention de quitter "
     "la convention d'Ottawa.",
     [step("LTU", "2024-05-14", "announce_intent_to_withdraw")]),
    ("it", "In risposta all'invasione russa, la Lituania ha annunciato martedì l'intenzione di "
     "ritirarsi dalla Convenzione di Ottawa.",
     [step("LTU", "2024-05-14", "announce_intent_to_withdraw")]),
    # the state's own forces name it, wherever they are
    ("fr", "Les forces libyennes ont posé des mines autour de la base.", [use("LBY")]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), FOREIGN_PRESENCE)
def test_a_foreign_presence_places_nothing(language: str, text: str, expected: list[Claim]) -> None:
    assert claims(language, text) == expected
