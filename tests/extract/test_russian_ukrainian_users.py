"""Who laid the mines, in Russian and Ukrainian (held-out batch 19): the passive with its agent in
the instrumental ("мины были сброшены украинскими формированиями", "установлены узбекскими
пограничниками", "скинуті ЗСУ") names the user inside the cue; "оккупанты" are the Russian
forces in Russian as in Ukrainian; the imperfective accusation ("обвиняли ВСУ в применении")
names the accused after the verb, never the accuser before it. Sentences of our own, the claim
written down before the first run (published Friday 12 September 2025)."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import FIELDS, Claim, project, read, use

PUBLISHED = PartialDate(2025, 9, 12)


def claims(language: str, text: str) -> list[Claim]:
    return project(read(text, PUBLISHED, language), *FIELDS)


AGENTS = [
    # the passive, its agent in the instrumental (an adjective and a noun, or an abbreviation)
    (
        "ru",
        "Глава района заявил, что мины были сброшены украинскими подразделениями с помощью "
        "кассетных снарядов.",
        [use("UKR")],
    ),
    ("ru", "По словам мэра, мины были сброшены ВСУ с дронов.", [use("UKR")]),
    (
        "ru",
        "Как сообщили спасатели, эти мины были установлены таджикскими пограничниками в 2001 году.",
        [use("TJK", "2001")],
    ),
    (
        "uk",
        "За словами голови громади, міни були скинуті російськими військами з дронів.",
        [use("RUS")],
    ),
    ("uk", "Міни були встановлені таджицькими прикордонниками у 2001 році.", [use("TJK", "2001")]),
    # the occupiers
    ("ru", "«Оккупанты оставили после себя сотни мин», - написал глава области.", [use("RUS")]),
    ("uk", "«Окупанти залишили після себе тисячі мін», - написав голова області.", [use("RUS")]),
    # the imperfective accusation: the accused after the verb
    (
        "ru",
        "Ранее в Минобороны РФ неоднократно обвиняли ВСУ в применении противопехотных мин.",
        [use("UKR")],
    ),
    ("ru", "Ранее Минобороны РФ обвиняло ВСУ в применении мин.", [use("UKR")]),
    (
        "uk",
        "Раніше в Міноборони РФ звинувачували ЗСУ у застосуванні протипіхотних мін.",
        [use("UKR")],
    ),
]

NO_USER = [
    # no agent named: a use by no one state, never a state guessed from the words after
    ("ru", "Мины были сброшены с беспилотника в прошлом году.", [use(None, "2024")]),
    ("ru", "Мины были установлены разными способами на поле.", [use(None)]),
    ("uk", "Ці міни були залишені на полі ще восени.", [use(None)]),
]


@pytest.mark.parametrize(("language", "text", "expected"), AGENTS + NO_USER)
def test_who_laid_the_mines(language: str, text: str, expected: list[Claim]) -> None:
    assert claims(language, text) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # dropped or left, but no mine: no use
        ("ru", "Гуманитарные грузы были сброшены украинскими самолетами над селом."),
        ("uk", "Листівки були скинуті російськими дронами над містом."),
        ("ru", "Оккупанты оставили после себя разрушенные дома."),
    ],
)
def test_no_mine_no_use(language: str, text: str) -> None:
    assert [c for c in read(text, PUBLISHED, language) if c.type == "use_allegation"] == []
