"""Russian and Ukrainian stockpile destruction told without the word "stock" (issue 8): mines
destroyed at a plant ("на химзаводе", "на заводі"), in disposal ("утилизация", "утилізація")
or to meet the treaty's duty ("в рамках обязательств по договору"), counted with a scale word
("500 тыс.", "1,2 млн", "400 тис."); a duty not met ("должна была уничтожить") is no event,
nor a find destroyed on a plant's grounds. Sentences of our own, the claim written down before
the first run (published Wednesday 10 February 2021)."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import FIELDS, Claim, destroyed, project, read

PUBLISHED = PartialDate(2021, 2, 10)


def claims(language: str, text: str) -> list[Claim]:
    return project(read(text, PUBLISHED, language), *FIELDS, kind="stockpile_destruction")


STOCKS = [
    ("ru", "В 2020 году на химическом заводе в Павлограде уничтожено около 500 тыс. "
     "противопехотных мин, сообщили в Минобороны Украины.", destroyed("UKR", "2020", 500_000)),
    ("ru", "В прошлом году в ходе утилизации Беларусь уничтожила 1,2 млн противопехотных мин.",
     destroyed("BLR", "2020", 1_200_000)),
    ("ru", "До 2016 года Польша уничтожила свыше 1 млн противопехотных мин в рамках выполнения "
     "обязательств по конвенции.", destroyed("POL", "2016", 1_000_000)),
    ("ru", "На заводах Минобороны Украины в январе уничтожили 40 тысяч мин ПФМ-1.",
     destroyed("UKR", "2021-01", 40_000)),
    ("uk", "У 2020 році на хімзаводі в Павлограді знищено близько 400 тис. протипіхотних мін, "
     "повідомили в Міністерстві оборони України.", destroyed("UKR", "2020", 400_000)),
    ("uk", "Торік під час утилізації Україна знищила 1,5 млн протипіхотних мін ПФМ-1.",
     destroyed("UKR", "2020", 1_500_000)),
    ("uk", "До 2016 року Польща знищила понад 1 млн протипіхотних мін на виконання зобов'язань "
     "за конвенцією.", destroyed("POL", "2016", 1_000_000)),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "claim"), STOCKS)
def test_a_stock_destroyed_without_the_word_stock(language: str, text: str, claim: Claim) -> None:
    assert claims(language, text) == [claim]


NOT_STOCKS = [
    # a duty, not a deed
    ("ru", "Украина должна была уничтожить все запасы противопехотных мин до 1 июня 2010 года."),
    ("uk", "Україна повинна була знищити всі запаси протипіхотних мін до 2010 року."),
    # mines found on a plant's grounds and destroyed there: field work
    ("ru", "Саперы обнаружили и уничтожили 12 противопехотных мин на территории завода в "
     "Харьковской области."),
    ("uk", "Сапери виявили та знищили 9 протипіхотних мін на території заводу в Харкові."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), NOT_STOCKS)
def test_no_stock_destroyed(language: str, text: str) -> None:
    assert claims(language, text) == []
