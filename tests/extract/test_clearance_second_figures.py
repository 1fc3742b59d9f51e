"""The second figure of one clearance sentence (issue 8, clearance pass of the seventh session).
Passages of our own: land "contaminated by mines and cluster munitions" is the land cleared,
no clause about cluster munitions, and a count of cluster submunitions listed after the mines
leaves the figures before it; a year never counts the mines told after it ("cleared 1.4 km2 in
2023 and destroyed 920 mines"); "items of explosive ordnance" is a count of devices; a mine's
model glued to its letters or numbered ("R2M2", "No. 4") is no figure; Arabic explosive objects
("جسماً متفجراً"), the mines "lifted" ("رفعت") or "pulled out" ("انتزعت"), and thousands after a
dot ("21.640"), and "the same period" as "المدة ذاتها" or "السنة نفسها". A report's publication
told in an aside (", published this month,") dates the report, not the work."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import Claim, claims, cleared

MIXED_LAND = [
    ("In 2023, teams in Angola cleared 310,000 square metres of land contaminated by landmines "
     "and cluster munitions, destroying 845 anti-personnel mines and 1,120 cluster submunitions.",
     "2024-04-04", "en",
     [cleared("AGO", "2023", 310000, "m2"), cleared("AGO", "2023", 845, "mines")]),
    ("Deminers in Laos released 2.6 square kilometres of farmland affected by mines and cluster "
     "munitions in 2022 and destroyed 406 anti-personnel mines.", "2023-02-01", "en",
     [cleared("LAO", "2022", 2.6, "km2"), cleared("LAO", "2022", 406, "mines")]),
    ("In 2021 the army's engineers in Lebanon cleared 95,000 square metres, destroying 212 "
     "anti-personnel mines, 40 anti-tank mines and 3,300 cluster submunitions.", "2022-03-01",
     "en", [cleared("LBN", "2021", 95000, "m2"), cleared("LBN", "2021", 212, "mines")]),
    # negatives: a clause about cluster munitions alone, and their count alone
    ("Teams in Laos cleared 4,000 cluster submunitions in 2022.", "2023-02-01", "en", []),
    ("In 2022 deminers in Laos destroyed 5,200 cluster submunitions, and found 2 mines.",
     "2023-02-01", "en", []),
]  # fmt: skip

SECOND_FIGURE = [
    ("Teams in Angola cleared 1.4 square kilometres of land in 2023 and destroyed 920 "
     "anti-personnel mines.", "2024-03-01", "en",
     [cleared("AGO", "2023", 1.4, "km2"), cleared("AGO", "2023", 920, "mines")]),
    ("Sappers in Tajikistan released 88 hectares of pasture in 2019 and removed 640 "
     "anti-personnel mines, the centre said.", "2020-05-01", "en",
     [cleared("TJK", "2019", 88, "ha"), cleared("TJK", "2019", 640, "mines")]),
    ("Deminers in Yemen cleared 2.2 million square metres of land in 2019 and destroyed 3,106 "
     "items of explosive ordnance.", "2020-01-10", "en",
     [cleared("YEM", "2019", 2200000, "m2"), cleared("YEM", "2019", 3106, "explosive_devices")]),
    ("NPA teams in Zimbabwe destroyed 2,310 anti-personnel mines in 2024, most of them R2M2 and "
     "VS-50 types.", "2025-02-01", "en", [cleared("ZWE", "2024", 2310, "mines")]),
    ("Deminers in Lebanon destroyed 51 anti-personnel mines in 2018, including No. 4 and M14 "
     "mines.", "2019-02-01", "en", [cleared("LBN", "2018", 51, "mines")]),
    # negatives: two figures already read apart; a count of mines with a word before it
    ("Teams in Angola cleared 1.4 square kilometres of land and destroyed 920 anti-personnel "
     "mines in 2023.", "2024-03-01", "en",
     [cleared("AGO", "2023", 1.4, "km2"), cleared("AGO", "2023", 920, "mines")]),
    ("Deminers in Cambodia destroyed 2,020 old mines in 2023.", "2024-03-01", "en",
     [cleared("KHM", "2023", 2020, "mines")]),
]  # fmt: skip

ARABIC = [
    ("وقال المسؤول إن الفرق الهندسية في العراق رفعت 5,230 لغماً ومقذوفاً غير منفلق خلال عام "
     "2024.", "2025-02-01", "ar", [cleared("IRQ", "2024", 5230, "mines")]),
    ("وقال مدير البرنامج إن الفرق الهندسية في اليمن انتزعت أكثر من 900 لغم وعبوة ناسفة خلال "
     "عام 2024.", "2025-02-01", "ar", [cleared("YEM", "2024", 900, "mines")]),
    ("وأضاف المركز أن فرق الهندسة في ليبيا أزالت خلال عام 2024 نحو 2,140 جسماً متفجراً من "
     "الأحياء السكنية.", "2025-02-01", "ar", [cleared("LBY", "2024", 2140, "explosive_devices")]),
    ("وتمكنت فرق المسح في العراق من رفع وإتلاف 14.320 لغماً مضاداً للأفراد خلال عام 2024.",
     "2025-02-01", "ar", [cleared("IRQ", "2024", 14320, "mines")]),
    # negatives: a toll that rose ("ارتفعت") is no clearance; a decimal area stays one
    ("ارتفعت حصيلة ضحايا الألغام في اليمن إلى 45 قتيلاً خلال عام 2024.", "2025-02-01", "ar", []),
    ("رفعت الحكومة اليمنية شكوى إلى الأمم المتحدة بشأن 300 لغم زرعها الحوثيون خلال عام 2024.",
     "2025-02-01", "ar", []),
    ("أعلن المركز أن فرقه في العراق طهرت 2.5 كيلومتر مربع من الأراضي الملوثة بالألغام خلال عام "
     "2024.", "2025-02-01", "ar", [cleared("IRQ", "2024", 2.5, "km2")]),
]  # fmt: skip


SAME_PERIOD_AR = [
    ("أعلنت دائرة شؤون الألغام تطهير 9 ملايين متر مربع من الأراضي الملوثة بالألغام في محافظة "
     "البصرة خلال العام الماضي.\nوقال مدير عام الدائرة إن الفرق الهندسية أزالت 6,120 لغماً خلال "
     "المدة ذاتها.", "2025-02-10", "ar",
     [cleared("IRQ", "2024", 9000000, "m2"), cleared("IRQ", "2024", 6120, "mines")]),
    ("أعلن المركز أن فرقه طهرت 4 كيلومترات مربعة من الأراضي الملوثة بالألغام في اليمن خلال عام "
     "2023.\nوأضاف أن الفرق أزالت 2,300 لغم خلال السنة نفسها.", "2024-03-01", "ar",
     [cleared("YEM", "2023", 4, "km2"), cleared("YEM", "2023", 2300, "mines")]),
    ("أعلنت السلطات أن فرق الهندسة طهرت 700 ألف متر مربع من الأراضي الملوثة بالألغام في ليبيا "
     "خلال عام 2022.\nوأوضحت أن الفرق أزالت 1,350 لغماً في المدة نفسها.", "2023-03-01", "ar",
     [cleared("LBY", "2022", 700000, "m2"), cleared("LBY", "2022", 1350, "mines")]),
]  # fmt: skip

# a report's publication told in an aside dates the report, not the work
PUBLISHED_ASIDE = [
    ("The centre said in its annual report, published this month, that teams in Angola cleared "
     "1.6 square kilometres of land contaminated by mines in 2025.", "2026-03-26", "en",
     [cleared("AGO", "2025", 1.6, "km2")]),
    ("The authority said in its yearly review, released last week, that deminers removed 2,100 "
     "anti-personnel mines from rice fields and village paths across Cambodia in 2025.",
     "2026-03-26", "en", [cleared("KHM", "2025", 2100, "mines")]),
    ("The ministry said in a statement, issued on Monday, that sappers cleared 310 hectares of "
     "pasture, orchards and mined land in Armenia in 2025.", "2026-03-26", "en",
     [cleared("ARM", "2025", 310, "ha")]),
    # negatives: the report's day with no year of the work; a figure told in the aside itself
    ("The centre said in its annual report, published this month, that teams in Angola cleared "
     "1.6 square kilometres of land contaminated by mines.", "2026-03-26", "en",
     [cleared("AGO", "2026-03", 1.6, "km2")]),
    ("Deminers in Cambodia removed 2,100 anti-personnel mines in 2025, the authority said on "
     "Monday.", "2026-03-26", "en", [cleared("KHM", "2025", 2100, "mines")]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "published", "language", "expected"),
    [*MIXED_LAND, *SECOND_FIGURE, *ARABIC, *SAME_PERIOD_AR, *PUBLISHED_ASIDE],
)
def test_second_figures(text: str, published: str, language: str, expected: list[Claim]) -> None:
    found = claims(text, PartialDate.parse(published), language)
    figures = [c for c in found if c[0] in ("clearance_progress", "stockpile_destruction")]
    assert sorted(figures, key=str) == sorted(expected, key=str)


# a city's quarter or street named like a province of another state ("أحياء صلاح الدين" in
# Tripoli is no Iraqi Salah al-Din): (type, state) of every claim
QUARTER = [
    ("قتل طفل بانفجار لغم في حي صلاح الدين بمدينة طرابلس الليبية.", "2025-03-01",
     [("casualty_incident", "LBY")]),
    ("أصيب رجلان بانفجار لغم أرضي في ضاحية صلاح الدين جنوب العاصمة الليبية طرابلس خلال عام "
     "2024.", "2025-03-01", [("casualty_incident", "LBY")]),
    ("وأعلنت السلطات أن الفرق الهندسية أزالت 800 لغم من شارع صلاح الدين في مدينة طرابلس الليبية "
     "خلال عام 2024.", "2025-03-01", [("clearance_progress", "LBY")]),
    # negatives: the province itself
    ("أعلنت مديرية الدفاع المدني أن فرقها أزالت 450 لغماً في محافظة صلاح الدين خلال عام 2024.",
     "2025-03-01", [("clearance_progress", "IRQ")]),
    ("قتل راع بانفجار لغم في صلاح الدين شمال بغداد.", "2025-03-01",
     [("casualty_incident", "IRQ")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), QUARTER)
def test_quarter_not_province(text: str, published: str, expected: list[tuple[str, str]]) -> None:
    found = claims(text, PartialDate.parse(published), "ar")
    assert sorted((c[0], c[1]) for c in found) == expected
