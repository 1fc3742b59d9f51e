"""Candidates the text does not support (issue 8, precision pass), in sentences of our own: a
weapon the text says is no mine ("an IED, not a landmine", "que no era una mina"), a cluster
weapon's attack, a suspension told as a notice, a page stamp run into a headline by a dash, a
Spanish monitor list of improvised devices, mines used for training, a world total beside a
dateline, and the area left to clear told after the area cleared."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate
from minewatch.extract import extract, parse_text
from tests.extract.tables import claims, project, read

PUBLISHED = PartialDate(2025, 3, 10)

# (language, text): no casualty at all
NO_CASUALTY = [
    ("en", "Two soldiers were killed by an IED, not a landmine, near Gao on Monday."),
    ("en", "IED blast kills two soldiers in northern Mali. The device was an improvised bomb "
           "detonated by remote control, not a landmine, the army said."),
    ("en", "A child was killed on Monday by a cluster bomblet, not a mine, near Nabatieh, "
           "Lebanon."),
    ("es", "Un artefacto explosivo improvisado, que no era una mina, mató anoche a dos policías "
           "en Cauca, Colombia."),
    ("es", "Artefacto explosivo, y no una mina, mata a dos policías en Cauca"),
    ("es", "Un ataque con municiones en racimo mató a tres civiles en Járkov."),
    ("it", "Un ordigno improvvisato, che non era una mina, ha ucciso due soldati in Mali lunedì."),
    ("it", "Ordigno esplosivo, non una mina, uccide due soldati in Mali"),
    ("fr", "Une sous-munition, pas une mine, a tué un enfant au Liban lundi."),
    ("fr", "La Russie a largué des armes à sous-munitions sur Kharkiv, tuant deux civils."),
    ("it", "Un attacco con bombe a grappolo ha ucciso tre civili a Kharkiv lunedì."),
    ("pt", "Um ataque com munições de fragmentação matou quatro civis em Kharkiv."),
    # typed without accents, read as the French lexicon reads every word (``fold_accents``)
    ("fr", "Des bombes a sous-munitions ont tue quatre civils a Kharkiv lundi."),
]  # fmt: skip

# (language, text, killed): the harm stays a mine casualty
STILL_CASUALTY = [
    ("en", "IED blast kills two soldiers in northern Mali", 2),
    ("es", "Una mina antipersonal, y no un artefacto improvisado, mató a dos soldados en Cauca, "
           "Colombia.", 2),
    ("it", "Un ordigno inesploso ha ucciso un bambino nel sud del Libano.", 1),
    ("fr", "Une sous-munition non explosée a tué un enfant au Liban lundi.", 1),
    # a mine named beside a cluster weapon's attack
    ("it", "Bombe a grappolo e una mina antiuomo hanno ucciso tre civili a Kharkiv lunedì.", 3),
    ("pt", "Uma mina terrestre deixada após o ataque com bombas de fragmentação matou quatro "
           "civis em Kharkiv.", 4),
    ("es", "Una mina antipersonal sembrada tras el ataque con bombas de racimo mató a dos "
           "civiles en Járkov.", 2),
    ("fr", "Une mine posée après l'attaque à la bombe à sous-munitions a tué deux civils à "
           "Kharkiv lundi.", 2),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), NO_CASUALTY)
def test_weapon_said_no_mine_gives_no_casualty(language: str, text: str) -> None:
    assert claims(text, PUBLISHED, language, kind="casualty_incident") == []


@pytest.mark.parametrize(("language", "text", "killed"), STILL_CASUALTY)
def test_mine_or_remnant_named_stays_a_casualty(language: str, text: str, killed: int) -> None:
    found = project(read(text, PUBLISHED, language), "killed", kind="casualty_incident")
    assert found == [(killed,)]


# (language, text): the suspension claimed, never a withdrawal step
SUSPENSIONS = [
    ("en", "Ukraine notified the UN Secretary-General of the suspension of the Ottawa Convention "
           "on Monday."),
    ("en", "Kyiv has notified the United Nations that it is suspending the operation of the "
           "Ottawa Convention."),
    ("it", "L'Ucraina ha notificato all'ONU la sospensione della Convenzione di Ottawa."),
    ("fr", "L'Ukraine a notifié à l'ONU la suspension de la Convention d'Ottawa."),
    ("es", "Ucrania notificó a la ONU su decisión de suspender la Convención de Ottawa."),
    ("pt", "A Ucrânia notificou a ONU da suspensão da Convenção de Ottawa."),
    ("de", "Die Ukraine hat die Vereinten Nationen über die Aussetzung des Ottawa-Übereinkommens "
           "notifiziert."),
    ("ru", "Украина уведомила ООН о приостановлении действия Оттавской конвенции."),
    ("uk", "Україна передала ООН ноту про призупинення дії Оттавської конвенції."),
    ("ar", "أخطرت أوكرانيا الأمم المتحدة بتعليق العمل باتفاقية أوتاوا."),
]  # fmt: skip

# (language, text): the same notice of leaving, in each language, stays the withdrawal step,
# also beside a suspension of something else
WITHDRAWALS = [
    ("en", "Ukraine notified the UN of its withdrawal from the Ottawa Convention after the "
           "suspension of talks."),
    ("it", "L'Ucraina ha notificato all'ONU il ritiro dalla Convenzione di Ottawa."),
    ("it", "L'Ucraina ha notificato all'ONU il ritiro dalla Convenzione di Ottawa dopo la "
           "sospensione dei negoziati."),
    ("fr", "L'Ukraine a notifié à l'ONU son retrait de la Convention d'Ottawa."),
    ("es", "Ucrania notificó a la ONU su decisión de retirarse de la Convención de Ottawa."),
    ("pt", "A Ucrânia notificou a ONU da sua retirada da Convenção de Ottawa."),
    ("de", "Die Ukraine hat die Vereinten Nationen über ihren Austritt aus dem "
           "Ottawa-Übereinkommen notifiziert."),
    ("ru", "Украина уведомила ООН о выходе из Оттавской конвенции."),
    ("uk", "Україна передала ООН ноту про вихід з Оттавської конвенції."),
    ("ar", "أخطرت أوكرانيا الأمم المتحدة بانسحابها من اتفاقية أوتاوا."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), SUSPENSIONS)
def test_suspension_notice_is_no_withdrawal(language: str, text: str) -> None:
    found = project(read(text, PUBLISHED, language), "action", kind="treaty_action")
    assert found == [("suspension_claim",)]


@pytest.mark.parametrize(("language", "text"), WITHDRAWALS)
def test_withdrawal_notice_stays_a_withdrawal(language: str, text: str) -> None:
    found = project(read(text, PUBLISHED, language), "action", kind="treaty_action")
    assert found == [("withdrawal_notified",)]


# a page stamp joined to the headline by a dash dates the page, never the step
STAMPED = [
    ("it", "Aggiornato il 12/03/2025 alle 10:32 - Il Seimas lituano approva il ritiro dalla "
           "Convenzione di Ottawa"),
    ("it", "Pagina 3 - 12/03/2025 - Il Seimas lituano approva il ritiro dalla Convenzione di "
           "Ottawa"),
    ("it", "Esteri | 12/03/2025 - Il Seimas lituano ha approvato il ritiro dalla Convenzione di "
           "Ottawa"),
    ("ar", "أخبار | 12/03/2025 - البرلمان الليتواني يوافق على الانسحاب من اتفاقية أوتاوا"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "headline"), STAMPED)
def test_stamp_before_a_dash_dates_no_step(language: str, headline: str) -> None:
    body = "Il voto è arrivato dopo un lungo dibattito." if language == "it" else "جاء التصويت."
    raw = f"SOURCE: x\nDATE: 2025-03-20\n{headline}\n{body}\n"
    found = [(c.type, c.actor_iso3, c.date) for c in extract(parse_text("x", raw))]
    assert found == [("treaty_action", "LTU", "2025-03")]


def test_step_dated_in_its_sentence_keeps_its_day() -> None:
    text = "Il 12 marzo 2025 il Seimas lituano ha approvato il ritiro dalla Convenzione di Ottawa."
    found = project(read(text, PartialDate(2025, 3, 20), "it"), "date", kind="treaty_action")
    assert found == [("2025-03-12",)]


# Spanish monitor lists of improvised devices: no mine users
SPANISH_DEVICES = [
    "Grupos armados no estatales utilizaron artefactos explosivos improvisados en países como "
    "Colombia, Malí y Nigeria.",
    "Grupos armados emplearon artefactos explosivos improvisados en al menos tres países, entre "
    "ellos Afganistán, Malí y Somalia.",
]


@pytest.mark.parametrize("text", SPANISH_DEVICES)
def test_spanish_device_list_accuses_no_one(text: str) -> None:
    assert project(read(text, PUBLISHED, "es"), "actor_iso3", kind="use_allegation") == []


def test_spanish_victim_activated_device_list_accuses_each() -> None:
    text = (
        "Grupos armados usaron artefactos explosivos improvisados activados por la víctima en "
        "países como Colombia, Malí y Nigeria."
    )
    found = project(read(text, PUBLISHED, "es"), "actor_iso3", kind="use_allegation")
    assert sorted(code for (code,) in found) == ["COL", "MLI", "NGA"]


# mines used as the Convention allows (training, retained): no use allegation
TRAINING = [
    ("es", "Durante el año 2020 se emplearon 21 minas en los cursos de formación de "
           "desminadores del Ejército de España."),
    ("it", "L'esercito italiano ha impiegato 300 mine antiuomo per l'addestramento degli "
           "sminatori nel 2020."),
    ("fr", "L'armée française a utilisé 300 mines antipersonnel pour la formation des "
           "démineurs en 2020."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), TRAINING)
def test_training_use_is_no_allegation(language: str, text: str) -> None:
    assert claims(text, PUBLISHED, language, kind="use_allegation") == []


def test_use_in_the_field_stays_an_allegation() -> None:
    text = "L'esercito russo ha impiegato mine antiuomo nella regione di Kharkiv nel 2022."
    found = project(read(text, PUBLISHED, "it"), "actor_iso3", kind="use_allegation")
    assert found == [("RUS",)]


# a world total beside a dateline is the world's
WORLD = [
    ("it", "Roma, 21 novembre 2024",
     "Nel 2023 le mine antipersona e i residuati bellici esplosivi hanno causato 5.757 vittime "
     "in tutto il mondo: 1.983 persone sono state uccise."),
    ("fr", "Paris, le 21 novembre 2024",
     "En 2023, les mines antipersonnel et les restes explosifs de guerre ont fait 5 757 "
     "victimes à travers le monde, dont 1 983 morts."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "dateline", "text"), WORLD)
def test_world_total_files_no_state(language: str, dateline: str, text: str) -> None:
    raw = f"SOURCE: x\nDATE: 2024-11-21\n{dateline}\n{text}\n"
    found = [(c.type, c.actor_iso3) for c in extract(parse_text("x", raw))]
    assert found == [("casualty_incident", None)]


# the area left to clear, told after the area cleared, is no clearance figure
REMAINING = [
    ("it", "Le squadre di sminamento hanno bonificato 12 chilometri quadrati in Bosnia nel "
           "2021, ma restano ancora contaminati circa 900 chilometri quadrati."),
    ("fr", "En 2021, 12 kilomètres carrés ont été déminés au Liban, tandis qu'il reste encore "
           "900 kilomètres carrés suspects."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), REMAINING)
def test_area_left_is_no_clearance(language: str, text: str) -> None:
    found = project(read(text, PUBLISHED, language), "quantity", kind="clearance_progress")
    assert found == [(12,)]


# (language, text, state): the workers' nationality and who laid the mines cleared are no
# place where the sentence names the place
WORKERS_PLACE = [
    ("it", "I caschi blu italiani in Libano hanno bonificato 300 mine in ottobre.", "LBN"),
    ("it", "Gli sminatori hanno distrutto 500 mine posate dall'esercito italiano in Libia "
           "durante la guerra.", "LBY"),
    ("fr", "Des démineurs français ont dépollué 20 hectares au Liban en novembre.", "LBN"),
    ("it", "Due soldati italiani sono rimasti feriti da una mina in Afghanistan lunedì.", "AFG"),
    ("es", "Los militares neutralizaron 300 minas antipersonal en el sur del Líbano en octubre, "
           "sembradas durante la guerra entre Israel y Hezbolá.", "LBN"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "state"), WORKERS_PLACE)
def test_workers_and_layers_are_no_place(language: str, text: str, state: str) -> None:
    found = {c.actor_iso3 for c in read(text, PUBLISHED, language) if c.type != "use_allegation"}
    assert found == {state}


def test_spanish_workers_nationality_borrows_the_place_before() -> None:
    raw = (
        "SOURCE: x\nDATE: 2019-10-20\n"
        "Los militares neutralizaron 300 minas antipersonal en el sur del Líbano en octubre.\n"
        "Desde 2006, los equipos de desminado españoles han destruido más de 2.000 minas en la "
        "zona.\n"
    )
    found = [(c.actor_iso3, c.quantity) for c in extract(parse_text("x", raw))]
    assert found == [("LBN", 300), ("LBN", 2000)]


def test_own_workers_at_home_keep_their_state() -> None:
    text = "Tre sminatori italiani sono rimasti feriti da una mina durante un addestramento."
    found = project(read(text, PUBLISHED, "it"), "actor_iso3", kind="casualty_incident")
    assert found == [("ITA",)]


# a Spanish list of the countries where groups used improvised devices accuses no one, even
# where one country only is read
def test_spanish_device_countries_accuse_no_one() -> None:
    text = "Los grupos armados usan artefactos explosivos en países como Malí, Níger y Burkina."
    assert claims(text, PUBLISHED, "es", kind="use_allegation") == []
