"""A year's clearance figures and the dates around them (issue 8, batch 27 clearance pass).
Passages of our own: a figure coordinated with one of a stated year keeps that year, not the
day of the statement told at an occasion ("..., the authority said at an event marking the
International Day for Mine Awareness on Thursday"); more of the work just told ("Teams also
destroyed ...", "were also found", "during the year", Russian "За год", Ukrainian "За рік")
takes the period of the figure before it, across a paragraph break; "last week" is a date, not
the last of a stock, and the demilitarised zone is a place, not a stock's demilitarisation; a
headline's lower bound ("over 2 million sq m") is the body's figure told again; Arabic "اليوم
العالمي" is the World Day, not "today"."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import Claim, claims, cleared, destroyed

OCCASION = [
    ("Deminers in Cambodia cleared 2,400 hectares in 2023 and destroyed 18,000 items of "
     "unexploded ordnance, the mine action authority said at an event marking the "
     "International Day for Mine Awareness on Thursday.", "2024-04-08", "en",
     [cleared("KHM", "2023", 2400, "ha"), cleared("KHM", "2023", 18000, "uxo")]),
    ("HALO teams in Angola released 6 square kilometres of land in 2023 and removed 1,300 "
     "anti-personnel mines, the country director said at a ceremony held in Cuito on Friday.",
     "2024-04-08", "en",
     [cleared("AGO", "2023", 6, "km2"), cleared("AGO", "2023", 1300, "mines")]),
    ("Iraq's deminers cleared 20 square kilometres in 2023 and destroyed 3,100 mines, the "
     "directorate announced during a workshop for donors on Monday.", "2024-04-08", "en",
     [cleared("IRQ", "2023", 20, "km2"), cleared("IRQ", "2023", 3100, "mines")]),
    # negatives: the day is the work's own; a statement's day with no year of the work
    ("Deminers in Cambodia destroyed 18,000 items of unexploded ordnance on Thursday, the "
     "authority said.", "2024-04-08", "en", [cleared("KHM", "2024-04-04", 18000, "uxo")]),
    ("The authority said on Thursday that deminers in Cambodia had destroyed 1,800 mines at a "
     "ceremony near Pailin.", "2024-04-08", "en", [cleared("KHM", "2024-04", 1800, "mines")]),
    # Arabic: "اليوم العالمي" (World Day) is no "today"; "اليوم" alone still is
    ("أعلن المركز الوطني لنزع الألغام في العراق أن فرقه طهرت خلال عام 2020 نحو 5 كيلومترات "
     "مربعة، وذلك في بيان بمناسبة اليوم العالمي للتوعية بخطر الألغام.", "2021-04-05", "ar",
     [cleared("IRQ", "2020", 5, "km2")]),
    ("قال المركز في اليوم الدولي للتوعية بخطر الألغام إن الفرق العاملة في الأردن أزالت خلال "
     "عام 2019 نحو 1,200 لغم.", "2021-04-05", "ar", [cleared("JOR", "2019", 1200, "mines")]),
    ("أعلن البرنامج في بيان بمناسبة اليوم العالمي للتوعية من خطر الألغام أن فرقه في اليمن "
     "طهرت خلال عام 2020 مساحة 3 كيلومترات مربعة.", "2021-04-05", "ar",
     [cleared("YEM", "2020", 3, "km2")]),
    ("أعلن المركز اليوم أن فرقه في العراق طهرت 3 كيلومترات مربعة من الأراضي الملوثة بالألغام.",
     "2021-04-05", "ar", [cleared("IRQ", "2021-04-05", 3, "km2")]),
    ("أعلن المركز صباح اليوم أن فرقه في ليبيا أزالت 400 لغم.", "2021-04-05", "ar",
     [cleared("LBY", "2021-04-05", 400, "mines")]),
]  # fmt: skip


MORE_WORK = [
    ("Deminers in Laos cleared 4,100 hectares of farmland in 2020, the programme said.\n\nTeams "
     "also destroyed 210 anti-personnel mines near the old border posts, according to a report "
     "released last week.", "2021-03-10", "en",
     [cleared("LAO", "2020", 4100, "ha"), cleared("LAO", "2020", 210, "mines")]),
    ("Operators in Bosnia and Herzegovina released 1.2 square kilometres in 2020.\n\nMore than "
     "300 anti-personnel mines were also found and destroyed in the Doboj area.", "2021-03-10",
     "en", [cleared("BIH", "2020", 1.2, "km2"), cleared("BIH", "2020", 300, "mines")]),
    ("In 2020, Croatian deminers cleared 31 square kilometres of land.\n\nSome 1,900 mines and "
     "2,500 items of unexploded ordnance were found and destroyed during the year, mostly near "
     "Karlovac.", "2021-03-10", "en",
     [cleared("HRV", "2020", 31, "km2"), cleared("HRV", "2020", 1900, "mines")]),
    ("В 2021 году саперы Армении очистили 2,1 млн квадратных метров земли.\n\nЗа год были "
     "обнаружены и уничтожены 2 300 противопехотных мин.", "2022-04-04", "ru",
     [cleared("ARM", "2021", 2100000, "m2"), cleared("ARM", "2021", 2300, "mines")]),
    ("У 2021 році сапери Молдови очистили 1,1 млн квадратних метрів землі.\n\nЗа рік було "
     "виявлено та знищено 1 200 протипіхотних мін.", "2022-04-04", "uk",
     [cleared("MDA", "2021", 1100000, "m2"), cleared("MDA", "2021", 1200, "mines")]),
    # negatives: a figure with a day of its own, a stock destroyed (never the field's year),
    # and "a year before" (no reference to the year just told)
    ("Deminers in Laos cleared 4,100 hectares of farmland in 2020, the programme said.\n\nTeams "
     "destroyed 210 anti-personnel mines near the old border posts on Monday.", "2021-03-10",
     "en", [cleared("LAO", "2020", 4100, "ha"), cleared("LAO", "2021-03-08", 210, "mines")]),
    ("Deminers in Laos cleared 4,100 hectares of farmland in 2020.\n\nThe army also said it "
     "destroyed 5,000 stockpiled mines at a plant in Vientiane.", "2021-03-10", "en",
     [cleared("LAO", "2020", 4100, "ha"), destroyed("LAO", "2021-03", 5000)]),
    ("В 2021 году саперы Армении очистили 2,1 млн квадратных метров земли.\n\nЗа год до этого "
     "были обнаружены и уничтожены 2 300 противопехотных мин.", "2022-04-04", "ru",
     [cleared("ARM", "2021", 2100000, "m2"), cleared("ARM", "2022-04", 2300, "mines")]),
]  # fmt: skip


FIELD_NOT_STOCK = [
    ("South Korean soldiers removed 3,000 mines from the demilitarized zone in 2019.",
     "2020-02-01", "en", [cleared("KOR", "2019", 3000, "mines")]),
    ("Vietnamese teams removed 450 anti-personnel mines from the old demilitarised zone in 2019.",
     "2020-02-01", "en", [cleared("VNM", "2019", 450, "mines")]),
    ("Teams in Cyprus destroyed 120 mines in the demilitarised area near Nicosia in 2019.",
     "2020-02-01", "en", [cleared("CYP", "2019", 120, "mines")]),
    ("Soldiers destroyed 400 anti-personnel mines near Kandahar last month.", "2020-02-01", "en",
     [cleared("AFG", "2020-01", 400, "mines")]),
    ("Engineers removed and destroyed 75 mines from a school yard in Afghanistan last week.",
     "2020-02-01", "en", [cleared("AFG", "2020-01", 75, "mines")]),
    # negatives: a stock demilitarised, the last of a stock destroyed last week
    ("Ukraine demilitarized 3,000 stockpiled anti-personnel mines in 2019.", "2020-02-01", "en",
     [destroyed("UKR", "2019", 3000)]),
    ("Cambodia destroyed the last 900 mines of its stockpile last week.", "2020-02-01", "en",
     [destroyed("KHM", "2020-01", 900)]),
]  # fmt: skip


HEADLINE_BOUND = [
    ("Tajik deminers cleared over 2 million sq m in 2020\n\nTajikistan's deminers released "
     "2,310,000 square metres of land in 2020, the centre said.", "2021-03-10", "en",
     [cleared("TJK", "2020", 2310000, "m2")]),
    ("Deminers in Laos clear more than 1,000 hectares in 2020\n\nDeminers in Laos cleared 1,090 "
     "hectares of farmland in 2020, the programme said.", "2021-03-10", "en",
     [cleared("LAO", "2020", 1090, "ha")]),
    ("Angola clears over 5 square kilometres in 2020\n\nAngolan deminers released 5.8 square "
     "kilometres of land in 2020.", "2021-03-10", "en", [cleared("AGO", "2020", 5.8, "km2")]),
    # negatives: a body figure far above the headline's bound, and one below it
    ("Tajik deminers cleared over 2 million sq m in 2020\n\nTajikistan's deminers released "
     "3,100,000 square metres of land in 2020, the centre said.", "2021-03-10", "en",
     [cleared("TJK", "2020", 2000000, "m2"), cleared("TJK", "2020", 3100000, "m2")]),
    ("Angola clears over 5 square kilometres in 2020\n\nAngolan deminers released 4.2 square "
     "kilometres of land in 2020.", "2021-03-10", "en",
     [cleared("AGO", "2020", 5, "km2"), cleared("AGO", "2020", 4.2, "km2")]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "published", "language", "expected"),
    [*OCCASION, *MORE_WORK, *FIELD_NOT_STOCK, *HEADLINE_BOUND],
)
def test_year_figures(text: str, published: str, language: str, expected: list[Claim]) -> None:
    found = claims(text, PartialDate.parse(published), language)
    figures = [c for c in found if c[0] in ("clearance_progress", "stockpile_destruction")]
    assert sorted(figures, key=str) == sorted(expected, key=str)
