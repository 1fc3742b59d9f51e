"""Russian and Ukrainian ranges of years ("в 1999-2000 годах", "между 2019 и 2021 годами", "у
2014–2015 роках", "між 2016 і 2018 роками"): the period's end dates the event, the start opens
it and dates nothing (README dates rule 5, as French "entre 2019 et 2023"); a year alone or two
years in different clauses stay as they are (issue 8). Sentences of our own, the claim written
down before the first run (published Tuesday 20 August 2024)."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import FIELDS, Claim, project, read, use

PUBLISHED = PartialDate(2024, 8, 20)


def claims(language: str, text: str) -> list[Claim]:
    return project(read(text, PUBLISHED, language), *FIELDS, kind="use_allegation")


RANGES = [
    ("ru", "Мины были установлены узбекскими пограничниками в 1999-2000 годах.",
     use("UZB", "2000")),
    ("ru", "Узбекские пограничники минировали границу в 1999–2000 гг.", use("UZB", "2000")),
    ("ru", "По данным ООН, российские военные устанавливали мины между 2019 и 2021 годами.",
     use("RUS", "2021")),
    ("uk", "Російські військові замінували поля у 2014–2015 роках.", use("RUS", "2015")),
    ("uk", "Російські військові мінували узбережжя між 2016 і 2018 роками.", use("RUS", "2018")),
    ("uk", "Міни встановили російські військові в 2022-2023 роках.", use("RUS", "2023")),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "claim"), RANGES)
def test_a_range_of_years_takes_its_end(language: str, text: str, claim: Claim) -> None:
    assert claims(language, text) == [claim]


ONE_YEAR = [
    ("ru", "Узбекские пограничники установили мины в 1999 году.", use("UZB", "1999")),
    ("uk", "Російські військові замінували поля у 2015 році.", use("RUS", "2015")),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "claim"), ONE_YEAR)
def test_one_year_stays(language: str, text: str, claim: Claim) -> None:
    assert claims(language, text) == [claim]
