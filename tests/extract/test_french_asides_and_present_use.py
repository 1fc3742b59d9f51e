"""French kinds that batches 24 and 25's French passages showed missing, read as whole kinds in
sentences of our own (none copied from a batch or the dev set): an aside between the passive's
auxiliary and "été" ("a par ailleurs été blessé", "ont eux aussi été tués") still tells harm;
a group that fights across borders (JNIM, ISWAP) names no state, so the place the story names
decides where its mines were laid; a negation in a first clause ("n'a jamais été partie à la
convention") vetoes nothing of a clause joined by "et" that lays mines in the present;
a toll "depuis janvier" (a month with no year) runs to publication; clearance completed with no
figure (the work's end announced, a land declared free of mines, cleared land handed back)."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate
from tests.extract.tables import FIELDS, casualty, claims, project, read

PUBLISHED = PartialDate(2023, 5, 10)  # a Wednesday

ASIDES = [
    (
        "Un berger a par ailleurs été blessé lundi par l'explosion d'une mine antipersonnel "
        "près de Kidal, au Mali.",
        casualty("MLI", "2023-05-08", None, 1),
    ),
    (
        "Trois soldats ont par ailleurs été tués lundi par une mine près de Tessalit, au Mali.",
        casualty("MLI", "2023-05-08", 3, None),
    ),
    (
        "Une fillette a elle aussi été tuée dimanche par une mine dans la province de Cankuzo, "
        "au Burundi.",
        casualty("BDI", "2023-05-07", 1, None),
    ),
    (
        "Deux paysans ont également été blessés mardi par une mine près de Battambang, au "
        "Cambodge.",
        casualty("KHM", "2023-05-09", None, 2),
    ),
]


@pytest.mark.parametrize(("text", "claim"), ASIDES)
def test_an_aside_before_ete_still_tells_harm(text: str, claim: tuple[object, ...]) -> None:
    assert project(read(text, PUBLISHED, "fr"), *FIELDS) == [claim]


NOTHING = [
    # the same asides before other participles: no harm told
    "Un démineur a par ailleurs été décoré lundi pour son travail près de Kidal, au Mali.",
    "Trois soldats ont par ailleurs été déployés lundi pour le déminage près de Gao, au Mali.",
    "Un berger a également été arrêté dimanche après la découverte d'une mine près de Gao, au "
    "Mali.",
]


@pytest.mark.parametrize("text", NOTHING)
def test_no_harm_where_the_aside_leads_to_another_verb(text: str) -> None:
    assert project(read(text, PUBLISHED, "fr"), *FIELDS) == []


ACROSS_BORDERS = [
    # the story's state, not the group's first home (Mali for JNIM, Nigeria for ISWAP)
    (
        "fr",
        "Niger : des mines sur l'axe Téra-Dori\nSelon l'armée, des combattants du JNIM ont posé "
        "des mines près de Téra.",
        "NER",
    ),
    (
        "fr",
        "Burkina Faso : des mines sur les routes du nord\nSelon une source sécuritaire, des "
        "jihadistes du JNIM ont posé des mines près de Djibo.",
        "BFA",
    ),
    (
        "en",
        "Burkina Faso: mines on northern roads\nA security source said JNIM fighters had planted "
        "mines on the tracks around Kaya.",
        "BFA",
    ),
    (
        "en",
        "Niger: mines on the roads\nThe army said ISWAP fighters had laid mines near Diffa.",
        "NER",
    ),
    # negatives: a story in the group's home state, and a group with one home and no place named
    (
        "fr",
        "Mali : des mines près de Ménaka\nSelon l'armée, les jihadistes du JNIM ont posé des mines "
        "sur les pistes autour de Ménaka.",
        "MLI",
    ),
    (
        "fr",
        "Des mines sur les routes du nord\nSelon l'armée, les combattants d'Al-Shabaab ont posé "
        "des mines près de la frontière.",
        "SOM",
    ),
]


@pytest.mark.parametrize(("language", "text", "state"), ACROSS_BORDERS)
def test_a_group_across_borders_takes_the_story_state(language: str, text: str, state: str) -> None:
    found = claims(text, PUBLISHED, language, kind="use_allegation")
    assert [claim[1] for claim in found] == [state]


JOINED_USE = [
    (
        "Ukraine : le front sud\n« La Russie n'a jamais été partie à la convention et utilise les "
        "mines antipersonnel sans retenue », a écrit un député.",
        ["RUS"],
    ),
    (
        "Arménie : la frontière\nSelon Erevan, l'Azerbaïdjan n'a jamais tenu parole et pose "
        "encore des mines le long de la frontière.",
        ["AZE"],
    ),
    (
        "Birmanie : l'État Kachin\nL'armée birmane ne respecte jamais les civils et emploie des "
        "mines antipersonnel dans les villages, selon une ONG.",
        ["MMR"],
    ),
    # negatives: the second clause negated too, or laying nothing of mines
    (
        "Ukraine : le front sud\nLa Russie n'a jamais adhéré au traité et ne pose pas de mines, "
        "affirme Moscou.",
        [],
    ),
    (
        "Mali : le centre\nL'armée malienne n'a jamais posé de mines et utilise des drones pour "
        "surveiller les routes, selon le ministre.",
        [],
    ),
    (
        "Ukraine : le front sud\nLa Russie n'a pas posé de mines antipersonnel et respecte le "
        "droit, affirme Moscou.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "states"), JOINED_USE)
def test_a_negation_ends_at_a_clause_joined_by_et(text: str, states: list[str]) -> None:
    found = claims(text, PUBLISHED, "fr", kind="use_allegation")
    assert [claim[1] for claim in found] == states


SEPTEMBER = PartialDate(2023, 9, 13)

SINCE_A_MONTH = [
    (
        "Mali : le bilan\nAu moins 120 civils ont été tués par des mines au Mali depuis janvier, "
        "selon l'ONU.",
        [casualty("MLI", "2023-09", 120, None)],
    ),
    (
        "Niger : le bilan\nSelon le HCR, 45 personnes ont été blessées par des engins explosifs "
        "au Niger depuis le mois de mars.",
        [casualty("NER", "2023-09", None, 45)],
    ),
    (
        "Tchad : le bilan\nLes mines ont tué 18 éleveurs dans le Tibesti depuis août, selon les "
        "autorités.",
        [casualty("TCD", "2023-09", 18, None)],
    ),
    # negatives: the day's blast keeps its day; a month with its year is read as before
    (
        "Mali : un berger tué\nUn berger a été tué lundi par une mine près de Gao, au Mali, le "
        "troisième accident depuis janvier.",
        [casualty("MLI", "2023-09-11", 1, None)],
    ),
    (
        "Mali : un berger tué\nUn berger a été tué lundi par une mine près de Gao, au Mali. "
        "Depuis janvier, l'armée a renforcé ses patrouilles.",
        [casualty("MLI", "2023-09-11", 1, None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SINCE_A_MONTH)
def test_a_toll_since_a_month_runs_to_publication(text: str, expected: list[object]) -> None:
    assert claims(text, SEPTEMBER, "fr") == expected


COMPLETED = [
    (
        "Cambodge : des terres rendues\nLes démineurs du CMAC ont remis lundi aux autorités "
        "locales plusieurs rizières dépolluées dans la province de Battambang.",
        [("clearance_progress", "KHM")],
    ),
    (
        "Mauritanie : fin du déminage\nLe ministère de la Défense a annoncé dimanche l'achèvement "
        "des opérations de déminage dans le nord de la Mauritanie.",
        [("clearance_progress", "MRT")],
    ),
    (
        "Burundi : un pays libre de mines\nLe Burundi a été déclaré officiellement libre de mines "
        "lundi lors d'une cérémonie à Bujumbura.",
        [("clearance_progress", "BDI")],
    ),
    # negatives: a completion to come, a duty
    (
        "Sénégal : le déminage\nL'achèvement des opérations de déminage en Casamance est prévu "
        "pour 2026, selon le CNAMS.",
        [],
    ),
    (
        "Sénégal : le déminage\nLe Sénégal doit en principe achever le déminage de la Casamance "
        "d'ici à 2026.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), COMPLETED)
def test_clearance_completed_with_no_figure(text: str, expected: list[object]) -> None:
    assert [claim[:2] for claim in claims(text, SEPTEMBER, "fr")] == expected
