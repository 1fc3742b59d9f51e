"""A month told with a year counted from publication, and the start of a period, in every
reader (issue 8, dates pass, 1 December 2026; misdated in page-length held-out text, batch 36).

Mechanisms, each failing on main:
- a year-less month or day followed by "last year" / "this year" ("in March last year", "July
  of last year", "en mars de l'année dernière", "im März letzten Jahres", "في مارس من العام
  الماضي", "в марте прошлого года") is that month of that year, one mention: main read the
  month of the publication year beside a bare year, and the claim took either;
- a since-word before a year counted from publication ("depuis l'année dernière", "desde o ano
  passado", "منذ العام الماضي") or before a month the readers now read after it ("Seit Juli",
  "depuis juillet", "с июля", "з липня", "منذ تموز", "Since July last year") opens a period,
  never an event date; a total over it is dated by the period's end (the publication month);
- a clause telling what opened the period with an irregular past ("since the army retook the
  capital in March", "since the floods hit the area in May") opens it as a regular one did;
- the first N months of a year in Arabic ("الأشهر الثمانية الأولى من العام الحالي") and the
  first months, halves and quarters in Spanish ("los primeros ocho meses del año", "el primer
  semestre de 2025") are dated by their last month, as the other readers date them;
- a breakdown opening the paragraph after a dated total ("... were killed or injured in
  2022.", then "The highest numbers were recorded in Laos (1,200) and Angola (900).") continues
  its period, as it did in the same paragraph (main left it undated); never after an
  incident's day, nor when it states a date of its own.

Near misses: "last year's" after a month, a month and "last year" joined by "and", a date
after "since" in another clause, a month named alone. Sentences of our own, published Tuesday
2 June 2026."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate
from minewatch.extract.dates import Anchor

from .tables import casualty, claims, counted, dates_in, total

PUBLISHED = PartialDate(2026, 6, 2)
ANCHOR = Anchor(PUBLISHED)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # a month or day with its counted year
        ("en", "A mine killed two farmers in Laos in March last year.", ["2025-03"]),
        ("en", "In March last year, a mine killed two farmers in Laos.", ["2025-03"]),
        ("en", "A mine killed a herder in Laos on 3 March last year.", ["2025-03-03"]),
        ("en", "A mine killed a herder in Laos in early March last year.", ["2025-03"]),
        ("fr", "Une mine a tué deux paysans au Laos en mars de l'année dernière.", ["2025-03"]),
        ("it", "Una mina ha ucciso due contadini in Laos a marzo dello scorso anno.", ["2025-03"]),
        ("it", "Una mina ha ucciso un pastore il 3 marzo dell'anno scorso.", ["2025-03-03"]),
        ("de", "Eine Mine tötete im März letzten Jahres zwei Bauern in Laos.", ["2025-03"]),
        ("pt", "Uma mina matou dois camponeses no Laos em março do ano passado.", ["2025-03"]),
        ("ar", "قتل لغم مزارعين اثنين في لاوس في مارس من العام الماضي.", ["2025-03"]),
        ("ru", "Мина убила двух крестьян в Лаосе в марте прошлого года.", ["2025-03"]),
        ("uk", "Міна вбила двох селян у Лаосі в березні минулого року.", ["2025-03"]),
        # a period opened: no event date
        ("en", "Since July last year, 19 soldiers have been wounded by mines.", []),
        ("en", "Mines have killed 41 people since the army retook the capital in March.", []),
        ("en", "Mines have killed 12 people since the floods hit the valley in May.", []),
        ("fr", "Depuis l'année dernière, 19 soldats ont été blessés par des mines.", []),
        ("fr", "Depuis juillet dernier, 19 soldats ont été blessés par des mines.", []),
        ("it", "Dall'anno scorso 19 soldati sono rimasti feriti dalle mine.", []),
        ("it", "Da luglio dell'anno scorso 19 soldati sono rimasti feriti.", []),
        ("pt", "Desde o ano passado, 19 soldados ficaram feridos por minas.", []),
        ("pt", "Desde julho do ano passado, 19 soldados ficaram feridos.", []),
        ("de", "Seit Juli letzten Jahres wurden 19 Soldaten durch Minen verletzt.", []),
        ("ar", "منذ العام الماضي أصيب 19 جنديا بانفجار ألغام.", []),
        ("ar", "منذ تموز من العام الماضي أصيب 19 جنديا.", []),
        ("ru", "С июля прошлого года ранены 19 военных.", []),
        ("uk", "З липня минулого року поранено 19 військових.", []),
        # the first months of a year, in the two readers that had none (dated by the last)
        ("ar", "تطهير كيلومترين خلال الأشهر الخمسة الأولى من العام الحالي.", ["2026-05"]),
        ("ar", "تطهير كيلومترين خلال الستة أشهر الأولى من عام 2024.", ["2024-06"]),
        ("ar", "تطهير كيلومترين خلال الأشهر الثلاثة الأولى من العام الماضي.", ["2025-03"]),
        ("es", "Los equipos despejaron 4 km2 en los primeros cinco meses del año.", ["2026-05"]),
        ("es", "En el primer semestre de 2025 murieron 40 personas por minas.", ["2025-06"]),
        ("es", "En el tercer trimestre del año pasado murieron 12 personas.", ["2025-09"]),
        # near misses: no months counted ("the first three days", "first aid")
        ("ar", "تطهير كيلومترين في الأيام الثلاثة الأولى من العملية.", []),
        ("es", "Los primeros auxilios llegaron en marzo.", ["2026-03"]),
        # near misses: another year's noun, two dates joined, a month alone, a later clause
        (
            "en",
            "A mine killed two farmers in March, last year's worst month.",
            ["2026-03", "2025"],
        ),
        ("en", "Teams cleared 4 km2 in March and last year they cleared 12.", ["2026-03", "2025"]),
        ("en", "A mine killed two farmers in Laos in March.", ["2026-03"]),
        ("fr", "Une mine a tué deux paysans en mars, et l'année dernière 40.", ["2026-03", "2025"]),
        (
            "en",
            "Since 2015 the teams cleared 40 km2, and in March they found 300 mines.",
            ["2026-03"],
        ),
    ],
)
def test_counted_year_and_since(language: str, text: str, expected: list[str]) -> None:
    assert dates_in(text, ANCHOR, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "Since July last year, at least 19 soldiers have been wounded by landmines along "
            "the border in Thailand, the army said.",
            [casualty("THA", "2026-06", None, 19)],
        ),
        (
            "en",
            "Landmines have killed 41 people and injured 97 in Sudan since the army retook "
            "Khartoum in March, the UN said.",
            [casualty("SDN", "2026-06", 41, 97)],
        ),
        (
            "en",
            "In March last year, a landmine killed two farmers in Laos.",
            [casualty("LAO", "2025-03", 2, None)],
        ),
        (
            "fr",
            "Depuis l'année dernière, 19 soldats thaïlandais ont été blessés par des mines.",
            [casualty("THA", "2026-06", None, 19)],
        ),
        # near miss: the month of this year, with last year's figure in another clause
        (
            "en",
            "A landmine killed two farmers in Laos in March, a month after last year's floods.",
            [casualty("LAO", "2026-03", 2, None)],
        ),
    ],
)
def test_counted_year_and_since_claims(language: str, text: str, expected: list[object]) -> None:
    found = claims(text, PUBLISHED, None if language == "en" else language)
    assert found == expected


# a report's total, then its breakdown in the next paragraph (English reader), published
# Monday 20 November 2023
REPORT = PartialDate(2023, 11, 20)
TOTAL = (
    "At least 5,000 people were killed or injured by landmines worldwide in 2022, according to "
    "a report released today."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            TOTAL + "\n\nThe highest numbers of casualties were recorded in Laos (1,200) and "
            "Angola (900).",
            [counted(None, "2022", 5000), total("LAO", "2022", 1200), total("AGO", "2022", 900)],
        ),
        (
            # a figure of the total without a date of its own between
            TOTAL.replace("today.", "today. Of these, 2,000 were killed.")
            + "\n\nMost casualties were in Laos (1,200) and Angola (900).",
            [
                ("casualty_incident", None, "2022", None, 2000, None, 5000, "casualties"),
                total("LAO", "2022", 1200),
                total("AGO", "2022", 900),
            ],
        ),
        (
            "Worldwide, mines killed or injured 3,100 people in the first half of 2023, the "
            "monitor said.\n\nThe highest numbers of casualties were recorded in Laos (1,400) "
            "and Angola (700).",
            [
                counted(None, "2023-06", 3100),
                total("LAO", "2023-06", 1400),
                total("AGO", "2023-06", 700),
            ],
        ),
        # near misses: an incident's day is no period; a date of its own tells another one
        (
            "A mine killed two people in Laos on Monday, police said.\n\nMore than 20,000 "
            "people have been killed or injured by mines in Laos.",
            [casualty("LAO", "2023-11-20", 2, None), total("LAO", None, 20000)],
        ),
        (
            TOTAL + "\n\nIn Laos, 1,200 casualties were recorded in 2021.",
            [counted(None, "2022", 5000), total("LAO", "2021", 1200)],
        ),
    ],
)
def test_breakdown_after_paragraph(text: str, expected: list[object]) -> None:
    assert claims(text, REPORT) == expected
