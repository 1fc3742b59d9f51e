"""Every past form (gender and number) and the present of the Russian and Ukrainian verbs the
news kinds turn on (issue 8): mines dropped and left ("сбросила", "скидають", "залишає"), the
parliament's approval in the Ukrainian masculine ("схвалив", "ухвалив", "підтримав"), and a
victim blown up who was hurt ("подорвалась на мине и пострадала"). The forms were listed with a
morphological analyser's paradigms (pymorphy3, run once by hand, not a dependency); the
sentences are our own."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import FIELDS, Claim, casualty, project, read, step, use

NEWS_DAY = PartialDate(2025, 9, 12)
PARLIAMENT = "parliament_approves_withdrawal"


def claims(language: str, text: str) -> list[Claim]:
    return project(read(text, NEWS_DAY, language), *FIELDS)


DROPPED = [
    ("ru", form)
    for form in ("сбросил", "сбросила", "сбросили", "сбрасывал", "сбрасывала", "сбрасывали",
                 "сбрасывает", "сбрасывают")
] + [
    ("uk", form)
    for form in ("скинув", "скинула", "скинули", "скидав", "скидала", "скидали", "скидає",
                 "скидають", "залишив", "залишила", "залишає", "залишають")
]  # fmt: skip


@pytest.mark.parametrize(("language", "form"), DROPPED)
def test_mines_dropped_or_left_in_every_form(language: str, form: str) -> None:
    text = {
        "ru": f"Российские военные {form} противопехотные мины на поле в Херсонской области.",
        "uk": f"Російські військові {form} протипіхотні міни на полі в Херсонській області.",
    }[language]
    assert claims(language, text) == [use("RUS")]


APPROVED = ["схвалив", "схвалила", "схвалили", "ухвалив", "ухвалила", "підтримав", "підтримала",
            "проголосував за", "проголосувала за"]  # fmt: skip


@pytest.mark.parametrize("form", APPROVED)
def test_the_ukrainian_parliament_approves_in_every_gender(form: str) -> None:
    text = f"Сейм Литви {form} вихід з Оттавської конвенції."
    assert claims("uk", text) == [step("LTU", "2025-09", PARLIAMENT)]


HURT = [
    ("ru", "В Херсонской области мужчина подорвался на мине и пострадал."),
    ("ru", "В Херсонской области женщина подорвалась на мине и пострадала."),
    ("uk", "У Херсонській області чоловік підірвався на міні та постраждав."),
    ("uk", "У Херсонській області жінка підірвалася на міні та постраждала."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), HURT)
def test_a_victim_blown_up_and_hurt(language: str, text: str) -> None:
    assert claims(language, text) == [casualty("UKR", "2025-09", None, 1)]
