"""French read by whole paradigm, in sentences of our own (none copied from a batch or the dev
set): the verbs of laying and using in every tense, person, gender, number and voice, with the
mines named again by "en" and several forces or places listed; harm told in any tense, by the
cause first or the victims first; clearance, stocks destroyed and treaty steps; and the same
sentences written without accents, read the same (``Lexicon.fold_accents``)."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate
from minewatch.extract.lexicons.lexicon import fold
from tests.extract.tables import project, read

PUBLISHED = PartialDate(2026, 1, 15)

USE = [
    ("Les soldats russes plaçaient des mines antipersonnel le long de la route de Lyman.", {"RUS"}),
    ("L'armée birmane emploie toujours des mines dans l'État kachin, selon l'ONG.", {"MMR"}),
    ("Les forces russes utilisèrent des mines papillon autour de Kharkiv au printemps.", {"RUS"}),
    ("Des mines antipersonnel avaient été enfouies par l'armée syrienne près de Deraa.", {"SYR"}),
    ("Les troupes russes auraient disséminé des milliers de mines autour de Bakhmout.", {"RUS"}),
    ("Selon Kiev, des mines antipersonnel posées récemment par l'armée russe ont été trouvées.",
     {"RUS"}),
    ("Les engins explosifs furent placés par des combattants au Mali, selon l'armée.", {"MLI"}),
    ("Des mines ont été découvertes près de Gao. Des jihadistes en ont posé plusieurs au Mali.",
     {"MLI"}),
    ("Le rapport indique que les forces russes et l'armée birmane ont utilisé des mines en 2024.",
     {"RUS", "MMR"}),
    ("Le rapport cite les armées du Myanmar et de la Russie, qui ont employé des mines en 2024.",
     {"MMR", "RUS"}),
    ("Le Monitor fait état d'un emploi de mines par l'Iran et la Corée du Nord à leurs frontières.",
     {"IRN", "PRK"}),
    ("Les mines trouvées au nord ont inquiété. Des groupes armés en ont aussi posé en Colombie, en "
     "Inde et au Pakistan.", {"COL", "IND", "PAK"}),
    ("L'armée birmane a eu recours aux mines antipersonnel dans l'État chin en 2024.", {"MMR"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "accused"), USE)
def test_laying_in_every_tense_voice_and_list(text: str, accused: set[str]) -> None:
    found = {a for (a,) in project(read(text, PUBLISHED), "actor_iso3", kind="use_allegation")}
    assert found == accused


@pytest.mark.parametrize(("text", "accused"), USE[:5])
def test_laying_written_without_accents(text: str, accused: set[str]) -> None:
    plain = fold(text)
    assert plain != text
    found = {
        a for (a,) in project(read(plain, PUBLISHED, "fr"), "actor_iso3", kind="use_allegation")
    }
    assert found == accused


CASUALTIES = [
    ("Une mine a tué trois bergers et blessé deux enfants près de Kidal, au Mali.", 3, 2, None),
    ("L'explosion d'une mine a fait deux morts et cinq blessés samedi en Colombie.", 2, 5, None),
    ("Quatre civils sont morts et six autres ont été mutilés par des mines au Yémen.", 4, 6, None),
    ("Deux démineurs ont succombé à leurs blessures après l'explosion d'une mine en Angola.", 2,
     None, None),
    ("Un agriculteur a succombé après avoir marché sur une mine antipersonnel au Tchad.", 1, None,
     None),
    ("Trois soldats ont été mortellement blessés par une mine près de Tombouctou, au Mali.", 3,
     None, None),
    ("Un berger blessé par une mine antipersonnel au Sahara occidental.", None, 1, None),
    ("Les mines ont tué ou blessé au moins 420 personnes au Cambodge en 2023.", None, None, 420),
    ("Une mine a blessé sept écoliers qui rentraient de l'école, au Soudan du Sud.", None, 7, None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "killed", "injured", "total"), CASUALTIES)
def test_harm_in_any_tense_and_order(
    text: str, killed: int | None, injured: int | None, total: int | None
) -> None:
    for written in (text, fold(text)):
        found = project(
            read(written, PUBLISHED, "fr"),
            "killed",
            "injured",
            "quantity",
            kind="casualty_incident",
        )
        assert found[:1] == [(killed, injured, total)]


CLEARANCE = [
    ("Les équipes ont déminé 45 hectares de rizières au Cambodge cette année.", 45, "ha"),
    ("En Angola, 12 km² de terres déminées ont été remis à disposition des habitants.", 12, "km2"),
    ("Au Laos, 300 hectares dépollués ont été rendus aux agriculteurs en mai.", 300, "ha"),
    ("Le déminage de 2,5 kilomètres carrés a été achevé au Tchad en 2024.", 2.5, "km2"),
]


@pytest.mark.parametrize(("text", "quantity", "unit"), CLEARANCE)
def test_clearance_and_land_release(text: str, quantity: float, unit: str) -> None:
    for written in (text, fold(text)):
        found = project(
            read(written, PUBLISHED, "fr"), "quantity", "unit", kind="clearance_progress"
        )
        assert (quantity, unit) in found


STOCKS = [
    ("Le Sri Lanka a détruit 12 000 mines antipersonnel stockées en 2024.", "LKA", 12000),
    ("L'Ukraine détruisait encore ses stocks de 3 000 mines en 2023, selon Kiev.", "UKR", 3000),
    ("La Grèce a achevé la destruction de ses stocks de 5 000 mines en 2024.", "GRC", 5000),
    ("Les États parties ont détruit 40 millions de mines stockées depuis 1999.", None, 40_000_000),
]


@pytest.mark.parametrize(("text", "actor", "quantity"), STOCKS)
def test_stocks_destroyed(text: str, actor: str | None, quantity: int) -> None:
    for written in (text, fold(text)):
        found = project(
            read(written, PUBLISHED, "fr"), "actor_iso3", "quantity", kind="stockpile_destruction"
        )
        assert found == [(actor, quantity)]


STEPS = [
    ("L'Ukraine a annoncé son retrait de la Convention d'Ottawa le 29 juin 2025.", "UKR",
     "announce_intent_to_withdraw"),
    ("Le président lituanien a signé un décret sur le retrait de la Convention d'Ottawa.", "LTU",
     "announce_intent_to_withdraw"),
    ("Le 12 mars 2025, l'Assemblée lettone a voté le retrait de la Convention d'Ottawa.", "LVA",
     "parliament_approves_withdrawal"),
    ("Le retrait de la Convention d'Ottawa a été approuvé par le Parlement estonien en mai 2025.",
     "EST", "parliament_approves_withdrawal"),
    ("La Finlande a dénoncé la Convention d'Ottawa auprès de l'ONU le 10 juillet 2025.", "FIN",
     "withdrawal_notified"),
    ("La Pologne a transmis sa notification de retrait de la Convention d'Ottawa en août 2025.",
     "POL", "withdrawal_notified"),
    ("Le retrait de la Lettonie de la Convention d'Ottawa est devenu effectif le 27 décembre 2025.",
     "LVA", "withdrawal_effective"),
    ("La Lituanie est sortie de la Convention d'Ottawa le 27 décembre 2025.", "LTU",
     "withdrawal_effective"),
    ("Les Îles Marshall ont déposé leur instrument de ratification de la Convention d'Ottawa en "
     "mars 2025.", "MHL", "join"),
    ("Le Soudan du Sud adhère à la Convention d'Ottawa en 2011.", "SSD", "join"),
    ("La Convention d'Ottawa est entrée en vigueur pour les Palaos le 1er mai 2008.", "PLW",
     "entry_into_force"),
    ("Le gouvernement tongien a approuvé l'adhésion à la Convention d'Ottawa en 2025.", None,
     "announce_intent_to_join"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "actor", "action"), STEPS)
def test_treaty_steps(text: str, actor: str | None, action: str) -> None:
    for written in (text, fold(text)):
        found = project(
            read(written, PUBLISHED, "fr"), "actor_iso3", "action", kind="treaty_action"
        )
        if actor is None:
            assert [a for _, a in found] == [action]
        else:
            assert found == [(actor, action)]


@pytest.mark.parametrize(
    "text",
    [
        "La Convention interdit la pose de mines antipersonnel et leur stockage.",
        "Le Mali a mis en place des équipes d'éducation au risque des mines.",
        "Le gouvernement s'engage à ne jamais utiliser de mines antipersonnel.",
        "Le pays a déminé ses frontières et ne pose plus de mines.",
    ],
)
def test_no_laying_where_none_is_told(text: str) -> None:
    assert project(read(text, PUBLISHED, "fr"), "actor_iso3", kind="use_allegation") == []


def test_the_same_period_dates_by_the_sentence_before() -> None:
    text = (
        "Les forces russes ont posé des mines en Ukraine en mars 2024. Des groupes armés en ont "
        "aussi posé au Mali au cours de la même période."
    )
    found = project(read(text, PUBLISHED), "actor_iso3", "date", kind="use_allegation")
    assert ("MLI", "2024-03") in found


def test_a_report_published_on_a_weekday_dates_no_harm() -> None:
    text = (
        "Les mines ont tué 300 personnes au Cambodge en 2023, selon le rapport publié ce mercredi "
        "par l'ONG."
    )
    found = project(read(text, PUBLISHED), "killed", "date", kind="casualty_incident")
    assert found == [(300, "2023")]


def test_a_period_opened_by_an_event_dates_nothing() -> None:
    text = "Le Pérou a détruit 9 000 mines stockées depuis l'adoption de sa loi en 2001."
    found = project(read(text, PUBLISHED), "quantity", "date", kind="stockpile_destruction")
    assert found == [(9000, "2026-01")]


def test_the_convention_of_ottawa_names_no_canada() -> None:
    text = "Les mines ont fait 120 victimes en 2024, selon un rapport sur la Convention d'Ottawa."
    found = project(read(text, PUBLISHED), "actor_iso3", kind="casualty_incident")
    assert found and ("CAN",) not in found


def test_a_ranking_after_a_remark_keeps_the_year_of_the_figures() -> None:
    text = (
        "Les mines ont fait 900 victimes en 2023. Les enfants en représentent la moitié. "
        "La Syrie arrive en tête avec 300 victimes, devant le Yémen (200)."
    )
    found = project(
        read(text, PUBLISHED), "actor_iso3", "quantity", "date", kind="casualty_incident"
    )
    assert ("SYR", 300, "2023") in found and ("YEM", 200, "2023") in found


def test_each_use_of_a_sentence_is_dated_by_its_own_clause() -> None:
    text = (
        "Le rapport dit que l'armée russe a posé des mines antipersonnel en mars 2024, et fait "
        "état d'un emploi de mines par l'Iran le long de sa frontière."
    )
    found = project(read(text, PUBLISHED), "actor_iso3", "date", kind="use_allegation")
    assert found == [("RUS", "2024-03"), ("IRN", None)]
