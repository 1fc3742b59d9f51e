"""French, Russian and Ukrainian read by lexicon (``minewatch.extract.lexicons``): our own
passages, worded unlike the shared c04 cases, each with the claim a reader would record
(expected values written down before the first run)."""

from __future__ import annotations

from typing import Any

import pytest

from minewatch.domain.dates import PartialDate
from minewatch.extract import Document, extract
from minewatch.extract.gazetteer import find_states
from minewatch.extract.language import detect_language, is_read
from minewatch.extract.readers import reader_for

PUBLISHED = PartialDate(2025, 6, 20)

PASSAGES: list[tuple[str, str, dict[str, Any]]] = [
    # French: numbers in words, a date without a year (June before publication: 2025)
    (
        "fr",
        "Trois bergers ont été tués et deux enfants blessés le 14 juin par l'explosion d'une "
        "mine près de Kidal, au Mali, selon les autorités locales.",
        {"actor_iso3": "MLI", "date": "2025-06-14", "killed": 3, "injured": 2},
    ),
    # French: a single injured victim, the state in an earlier sentence, month and year only
    (
        "fr",
        "Le Cambodge reste l'un des pays les plus contaminés par les mines antipersonnel. "
        "En mars 2025, une paysanne a été grièvement blessée par une mine dans son champ "
        "de riz.",
        {"actor_iso3": "KHM", "date": "2025-03", "injured": 1},
    ),
    # French: plural killed and injured, "sauter sur un engin explosif", a two-word state
    (
        "fr",
        "Au Burkina Faso, quatre soldats sont morts et onze ont été blessés lorsque leur "
        "véhicule a sauté sur un engin explosif le 2 février.",
        {"actor_iso3": "BFA", "date": "2025-02-02", "killed": 4, "injured": 11},
    ),
    # Russian: digits, a region in the prepositional case, a year with "г."
    (
        "ru",
        "В Донецкой области 3 мая 2025 г. на противотанковой мине подорвался трактор: "
        "2 человека погибли, еще один мирный житель получил ранения.",
        {"actor_iso3": "UKR", "date": "2025-05-03", "killed": 2, "injured": 1},
    ),
    # Russian: a collective numeral for the injured, the state inflected ("в Украине")
    (
        "ru",
        "Двое детей были ранены 11 июня при взрыве боеприпаса в Украине, сообщили спасатели.",
        {"actor_iso3": "UKR", "date": "2025-06-11", "injured": 2},
    ),
    # Russian: a single woman killed, the region in the genitive before the verb
    (
        "ru",
        "Жительница Запорожской области погибла 12 февраля 2025 года, наступив на "
        "противопехотную мину.",
        {"actor_iso3": "UKR", "date": "2025-02-12", "killed": 1},
    ),
    # Ukrainian: the everyday region noun ("на Сумщині"), a woman killed
    (
        "uk",
        "На Сумщині 2 квітня 2025 року жінка загинула, підірвавшись на міні під час "
        "роботи на городі.",
        {"actor_iso3": "UKR", "date": "2025-04-02", "killed": 1},
    ),
    # Ukrainian: numbers in words for both counts, a region in the genitive
    (
        "uk",
        "Троє саперів загинули, а четверо поранені під час розмінування поля поблизу "
        "Херсонської області 9 травня.",
        {"actor_iso3": "UKR", "date": "2025-05-09", "killed": 3, "injured": 4},
    ),
    # Ukrainian: injured only, "дістали поранень", a region in the locative
    (
        "uk",
        "У Миколаївській області 7 червня двоє чоловіків дістали поранень від вибуху міни.",
        {"actor_iso3": "UKR", "date": "2025-06-07", "injured": 2},
    ),
]


@pytest.mark.parametrize(("language", "text", "want"), PASSAGES)
def test_a_passage_is_read_to_its_claim(language: str, text: str, want: dict[str, Any]) -> None:
    assert detect_language(text) == language
    found = extract(Document("p", text, published=PUBLISHED, language=language))
    assert len(found) == 1, found
    claim = found[0]
    assert claim.type == "casualty_incident"
    got = {key: getattr(claim, key) for key in want}
    assert got == want
    for key in {"killed", "injured"} - set(want):
        assert getattr(claim, key) is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Une mine d'or a été ouverte au Sénégal ; deux ouvriers ont été blessés."),
        ("ru", "На шахте в Кузбассе погибли 2 человека после обрушения."),
        ("uk", "Двоє людей загинули в ДТП на Харківщині 1 травня."),
    ],
)
def test_deaths_without_a_landmine_are_no_claim(language: str, text: str) -> None:
    assert extract(Document("p", text, published=PUBLISHED, language=language)) == []


@pytest.mark.parametrize(
    ("language", "text", "iso3"),
    [
        ("ru", "в Харьковской области", "UKR"),
        ("ru", "на Херсонщине", "UKR"),
        ("uk", "у Запорізькій області", "UKR"),
        ("uk", "у Сенегалі", "SEN"),
        ("fr", "dans le nord du Sénégal", "SEN"),
    ],
)
def test_inflected_place_names_are_found_by_stem(language: str, text: str, iso3: str) -> None:
    assert [m.iso3s for m in find_states(text, language)] == [(iso3,)]


def test_french_dates_and_number_words() -> None:
    reader = reader_for("fr")
    assert reader is not None
    from minewatch.extract.dates import Anchor

    anchor = Anchor(PUBLISHED, None)
    assert [m.value for m in reader.find_dates("le 1er mars 2024", anchor)] == ["2024-03-01"]
    assert [m.value for m in reader.find_dates("le 30 décembre", anchor)] == ["2024-12-30"]
    assert reader.find_counts("onze soldats ont été tués").killed == 11


def test_a_language_without_a_reader_is_still_unread() -> None:
    italian = (
        "Due bambini sono stati feriti da una mina antiuomo vicino a Ziguinchor, nel sud del "
        "paese, ha riferito la gendarmeria sabato."
    )
    assert detect_language(italian) == "it"
    assert not is_read("it") and reader_for("it") is None
    assert all(is_read(code) for code in ("fr", "ru", "uk"))
