"""Russian "накануне" and Ukrainian "напередодні" (the day before) told after the verb and
followed by a preposition or a conjunction ("сброшены накануне с помощью дронов"): the eve of
the day told just before, as before a verb; "накануне выборов" (on the eve of an event) is no
day (issue 8). Sentences of our own, the claim written down before the first run (published
Friday 12 September 2025)."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import FIELDS, Claim, casualty, project, read, use

PUBLISHED = PartialDate(2025, 9, 12)


def claims(language: str, text: str) -> list[Claim]:
    return project(read(text, PUBLISHED, language), *FIELDS)


EVE = [
    ("ru", "В Горловке в среду мирный житель был ранен, наступив на мину. Власти заявили, что "
     "мины были сброшены украинскими военными накануне с помощью дронов.",
     [casualty("UKR", "2025-09-10", None, 1), use("UKR", "2025-09-09")]),
    ("ru", "В Донецке во вторник подорвался на мине и погиб мужчина. По словам властей, ВСУ "
     "заминировали этот район накануне при обстреле кассетными снарядами.",
     [casualty("UKR", "2025-09-09", 1, None), use("UKR", "2025-09-08")]),
    ("ru", "В Херсоне в четверг женщина получила ранения, наступив на мину. Местные власти "
     "сообщили, что российские военные накануне и в ночь на четверг минировали этот район.",
     [casualty("UKR", "2025-09-11", None, 1), use("RUS", "2025-09-10")]),
    ("uk", "У Херсоні у вівторок чоловік підірвався на міні й загинув. Влада заявила, що "
     "російські військові замінували район напередодні за допомогою дронів.",
     [casualty("UKR", "2025-09-09", 1, None), use("RUS", "2025-09-08")]),
    ("uk", "На Харківщині в середу чоловік підірвався на міні й загинув. За словами влади, "
     "російські військові замінували поле напередодні та в ніч на середу.",
     [casualty("UKR", "2025-09-10", 1, None), use("RUS", "2025-09-09")]),
    ("uk", "У Херсоні у четвер підліток підірвався на міні й загинув. Місцева влада "
     "повідомила, що російські військові замінували двір напередодні з дронів.",
     [casualty("UKR", "2025-09-11", 1, None), use("RUS", "2025-09-10")]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), EVE)
def test_the_eve_after_the_verb(language: str, text: str, expected: list[Claim]) -> None:
    assert claims(language, text) == expected


ON_THE_EVE_OF = [
    ("ru", "Российские военные заминировали поля в Херсонской области накануне выборов.", "RUS"),
    ("uk", "Російські військові замінували поля на Херсонщині напередодні виборів.", "RUS"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "state"), ON_THE_EVE_OF)
def test_the_eve_of_an_event_is_no_day(language: str, text: str, state: str) -> None:
    assert claims(language, text) == [use(state, None)]
