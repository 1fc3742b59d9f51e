"""French, Russian and Ukrainian read by lexicon (``minewatch.extract.lexicons``): our own
passages, worded unlike the shared c04 cases, each with the claim a reader would record
(expected values written down before the first run)."""

from __future__ import annotations

from typing import Any

import pytest

from minewatch.domain.dates import PartialDate
from minewatch.extract import Document, extract
from minewatch.extract.dates import Anchor
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
    dutch = (
        "Twee kinderen raakten gewond door een antipersoonsmijn nabij Ziguinchor in het zuiden "
        "van het land, meldde de gendarmerie zaterdag."
    )
    assert detect_language(dutch) == "nl"
    assert not is_read("nl") and reader_for("nl") is None
    assert all(is_read(code) for code in ("fr", "ru", "uk", "it", "de"))


# Dates counted from publication in French, Russian and Ukrainian, by the rules the English
# and Spanish readers use (dates.relative_date, dates.weekday_date): a weekday is the latest such
# day on or before publication, "yesterday" the day before it, "last week/month/year" the one
# before, "N days ago" that day; after a reporting verb a weekday is the day of the statement.
# Story of Wednesday 20 May 2026.
WEDNESDAY = PartialDate(2026, 5, 20)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("fr", "Un berger a été tué hier près de Gao.", "2026-05-19"),
        ("fr", "Deux enfants ont été blessés lundi par une mine.", "2026-05-18"),
        ("fr", "Un démineur a été tué il y a deux jours.", "2026-05-18"),
        ("fr", "Trois soldats ont été tués la semaine dernière.", "2026-05"),
        ("fr", "Un berger a été tué l'an dernier.", "2025"),
        ("ru", "Вчера мужчина погиб на мине.", "2026-05-19"),
        ("ru", "В понедельник двое детей получили ранения.", "2026-05-18"),
        ("ru", "Мужчина подорвался на мине два дня назад.", "2026-05-18"),
        ("ru", "В прошлом месяце погибли пять человек.", "2026-04"),
        ("ru", "В прошлом году погибли 5 человек.", "2025"),
        ("uk", "Вчора чоловік загинув на міні.", "2026-05-19"),
        ("uk", "У понеділок двоє дітей отримали поранення.", "2026-05-18"),
        ("uk", "Чоловік підірвався на міні три дні тому.", "2026-05-17"),
        ("uk", "Минулого тижня загинули двоє саперів.", "2026-05"),
        ("uk", "Торік загинули 5 людей.", "2025"),
    ],
)
def test_dates_counted_from_publication(language: str, text: str, expected: str) -> None:
    reader = reader_for(language)
    assert reader is not None
    found = reader.find_dates(text, Anchor(WEDNESDAY))
    assert [m.value for m in found if m.usable] == [expected]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "L'armée a déclaré lundi qu'un berger avait été tué."),
        ("ru", "Об этом сообщил в понедельник губернатор."),
        ("uk", "Про це повідомили у вівторок в обласній адміністрації."),
    ],
)
def test_a_weekday_after_a_reporting_verb_dates_the_statement(language: str, text: str) -> None:
    reader = reader_for(language)
    assert reader is not None
    (found,) = reader.find_dates(text, Anchor(WEDNESDAY))
    assert found.value is not None and not found.usable and found.speech


@pytest.mark.parametrize(
    ("language", "text", "iso3", "date"),
    [
        (
            "fr",
            "Hier, un berger a été tué par une mine au Mali.",
            "MLI",
            "2026-05-19",
        ),
        ("ru", "В понедельник в Харьковской области на мине погиб мужчина.", "UKR", "2026-05-18"),
        ("uk", "Два дні тому на Херсонщині на міні загинув тракторист.", "UKR", "2026-05-18"),
    ],
)
def test_a_casualty_is_dated_by_a_relative_day(
    language: str, text: str, iso3: str, date: str
) -> None:
    found = extract(Document("p", text, published=WEDNESDAY, language=language))
    assert [(c.type, c.actor_iso3, c.date) for c in found] == [("casualty_incident", iso3, date)]
