"""Clearance in news text never tuned on (issue 8, batch 26 clearance pass): the figure of a
report about the world names no state (its states are parts, never its place). Passages of our
own, each a short news text; a completion told by an ordinal's infinitive ("became the latest
district to be declared free of mines"), by the last minefields cleared with their kind named,
or by the last minefield handed back; cleared pieces of land handed over; which date a figure
takes: the period of the figure just told ("Of this, ...", "Teams destroyed ..."), and a
count from a start in a clause of its own; no count read from a mine's model ("POM-3") or
from mines at sea; feddans and dunams are areas; help asked for is no work done; the Arabic
participle of mines removed."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import Claim, claims, cleared, completed

# a report about the world (a world word or the Landmine Monitor told before, three states or
# more named): a clearance figure naming no state is the world's
WORLD_REPORT = [
    ("Mine casualties rose sharply in 2021, the Landmine Monitor said on Tuesday. Armed groups "
     "laid improvised mines in Burkina Faso, Mali and Niger. Some 132 square kilometres of land "
     "were cleared in 2021.", "2022-11-16", "en",
     [cleared(None, "2021", 132, "km2")]),
    ("Globally, 4,700 people were hurt by mines in 2019. The worst affected were Afghanistan, "
     "Colombia and Yemen.\nDeminers destroyed more than 120,000 antipersonnel mines in 2019.",
     "2020-11-12", "en", [cleared(None, "2019", 120000, "mines")]),
    ("Il Landmine Monitor 2023 registra nuove vittime di mine in Siria, Ucraina e Myanmar. "
     "Nel 2022 sono stati bonificati oltre 210 chilometri quadrati di territorio.",
     "2023-11-14", "it",
     [cleared(None, "2022", 210, "km2")]),
    ("El Landmine Monitor 2018 registró víctimas de minas en Afganistán, Siria y Yemen. "
     "En 2017 se despejaron más de 128 kilómetros cuadrados de tierra.", "2018-11-20", "es",
     [cleared(None, "2017", 128, "km2")]),
    # negatives: a report about one state (no world word) lends its state; a world report's
    # sentence naming its own state keeps it; a world word with fewer than three states named
    ("Cambodia recorded 40 casualties in 2020, against 12 in Laos and 9 in Thailand. Deminers "
     "cleared 85 square kilometres of land in 2020.", "2021-02-03", "en",
     [cleared("KHM", "2020", 85, "km2")]),
    ("Casualties worldwide fell in 2022, the Landmine Monitor said. Armed groups laid mines in "
     "Mali, Niger and Burkina Faso. Angola cleared 9 square kilometres of land in 2022.",
     "2023-11-14", "en", [cleared("AGO", "2022", 9, "km2")]),
    ("Croatia has one of the largest mine problems in the world. Deminers cleared 31 square "
     "kilometres of land in 2020.", "2021-04-04", "en", [cleared("HRV", "2020", 31, "km2")]),
    # a figure of "the country" after the story came down to one state is that state's
    ("The Landmine Monitor named Syria, Yemen and Myanmar among the worst affected.\n\nAngola, "
     "too, remains heavily mined. Across the country, deminers cleared 50 square kilometres in "
     "2022.", "2023-11-14", "en", [cleared("AGO", "2022", 50, "km2")]),
]  # fmt: skip


# Arabic: the mines removed counted by their participle ("عدد الألغام المنزوعة ... إلى N"), a
# running total as often as not; mines laid ("المزروعة") or estimated are no clearance
ARABIC_PARTICIPLE = [
    ("وبذلك يرتفع عدد الألغام المنزوعة في اليمن منذ بداية المشروع إلى 120,500 لغم.",
     "2024-05-20", "ar", [cleared("YEM", "2024-05", 120500, "mines")]),
    ("ارتفع عدد الألغام المنزوعة في العراق منذ عام 2018 إلى 45,000 لغم.", "2024-05-20", "ar",
     [cleared("IRQ", "2024-05", 45000, "mines")]),
    ("بلغ عدد الألغام المنزوعة في ليبيا خلال عام 2023 نحو 3,200 لغم.", "2024-05-20", "ar",
     [cleared("LBY", "2023", 3200, "mines")]),
    ("قالت الأمم المتحدة إن عدد الألغام المزروعة في اليمن يبلغ 2,000 لغم.", "2024-05-20", "ar",
     []),
    ("يقدر عدد الألغام في سوريا بنحو 300,000 لغم.", "2024-05-20", "ar", []),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "published", "language", "expected"), [*WORLD_REPORT, *ARABIC_PARTICIPLE]
)
def test_with_language(text: str, published: str, language: str, expected: list[object]) -> None:
    found = claims(text, PartialDate.parse(published), language, kind="clearance_progress")
    assert sorted(found, key=str) == sorted(expected, key=str)


# a completion: an ordinal's infinitive is done, not planned; "the last known anti-personnel
# minefields" cleared; the last minefield handed back (its place told between)
COMPLETIONS = [
    ("Shirak became the first province of Armenia to be declared free of mines on Tuesday.",
     "2026-03-12", [completed("ARM", "2026-03-10")]),
    ("Vavuniya is the latest district in Sri Lanka to be declared mine-free, the army said on "
     "Monday.", "2025-08-20", [completed("LKA", "2025-08-18")]),
    ("Zimbabwe's engineers have cleared the last known anti-personnel minefields along the "
     "border with Mozambique, the defence ministry said on Friday.", "2026-10-05",
     [completed("ZWE", "2026-10-02")]),
    ("The last minefield in Tajikistan, near a school in the hills above the village of "
     "Darband, was handed back to farmers in March.", "2026-05-02",
     [completed("TJK", "2026-03")]),
    # negatives: the next one to be declared, a plan; the last minefield still worked on
    ("Officials said Kilinochchi will become the next district of Sri Lanka to be declared "
     "free of mines.", "2025-08-20", []),
    ("Tete province of Mozambique is to be declared free of mines next year.", "2014-05-02", []),
    ("The last minefield in Tajikistan, near the village of Darband, is still being surveyed "
     "by deminers.", "2026-05-02", []),
]  # fmt: skip


# the date of a figure: the period of the clearance figure just told (an area released,
# cancelled or cleared), for a figure that continues it with no date of its own; a count from a
# start in its own clause runs to the statement's month, never takes another clause's date
FIGURE_DATES = [
    ("MAG on Tuesday marked ten years of work in Chad.\nIn 2021, MAG released 3.4 square "
     "kilometres in Chad. Of this, 2.2 km2 was cleared by hand. Its teams destroyed 190 "
     "anti-personnel mines.", "2022-03-10",
     [cleared("TCD", "2021", 3.4, "km2"), cleared("TCD", "2021", 2.2, "km2"),
      cleared("TCD", "2021", 190, "mines")]),
    ("In the first quarter of 2024, deminers in Iraq cancelled 5.1 square kilometres of "
     "suspected land. Teams also destroyed 640 explosive items.", "2024-05-20",
     [cleared("IRQ", "2024-03", 5.1, "km2"), cleared("IRQ", "2024-03", 640, "explosive_devices")]),
    ("Cambodia destroyed 9,000 mines in 2023, while CMAC said on Monday that a further 40 "
     "square kilometres had been released since January.", "2024-10-02",
     [cleared("KHM", "2023", 9000, "mines"), cleared("KHM", "2024-09", 40, "km2")]),
    ("Ukraine's deminers cleared 120 square kilometres last year, while 310 square kilometres "
     "have been released since the start of 2025.", "2025-11-12",
     [cleared("UKR", "2024", 120, "km2"), cleared("UKR", "2025-11", 310, "km2")]),
    # negatives: a figure with a date of its own keeps it; a count from a start with no other
    # date runs to publication as before
    ("In 2021, MAG released 3.4 square kilometres in Chad. In 2022 its teams destroyed 210 "
     "anti-personnel mines.", "2023-03-10",
     [cleared("TCD", "2021", 3.4, "km2"), cleared("TCD", "2022", 210, "mines")]),
    ("Since 2010, deminers in Tajikistan have cleared 14 square kilometres, the agency said on "
     "Monday.", "2025-06-11", [cleared("TJK", "2025-06", 14, "km2")]),
    # a running total runs up to the statement, told with its own month or day; a date in a
    # clause opened by "since" and its own verb is the period's start
    ("The mine action authority said in March that its teams had cleared 6 square kilometres "
     "in Azerbaijan since the start of the year.", "2025-04-03",
     [cleared("AZE", "2025-03", 6, "km2")]),
    ("Lebanon's army said on 30 June that it had removed 2,300 mines since January.",
     "2024-07-02", [cleared("LBN", "2024-06", 2300, "mines")]),
    ("Engineers have removed 800 mines from villages in Syria since the fighting ended early "
     "last month, the ministry said.", "2025-02-14", [cleared("SYR", "2025-02", 800, "mines")]),
    ("Deminers in Iraq have cleared 3 square kilometres since the militants withdrew in "
     "March.", "2023-06-20", [cleared("IRQ", "2023-06", 3, "km2")]),
    # negatives: a since-clause with a figure in it opens nothing later in the sentence; a
    # total with no statement date runs to publication
    ("Since 2015 the teams in Angola cleared 40 square kilometres in March alone.",
     "2024-06-20", [cleared("AGO", "2024-03", 40, "km2")]),
    ("Croatia's deminers have cleared 20 square kilometres since the start of the year.",
     "2024-10-20", [cleared("HRV", "2024-10", 20, "km2")]),
]  # fmt: skip


# cleared land counted by its pieces, handed over to whoever will use it: a clearance event
# with no figure, dated by the handover; never land handed over to be cleared
HANDOVERS = [
    ("The HALO Trust on Thursday handed over 14 cleared minefields to villagers in Zimbabwe's "
     "Mashonaland Central province.", "2025-09-13", [completed("ZWE", "2025-09-11")]),
    ("Engineers in Azerbaijan handed over six demined plots to farmers in Aghdam on 3 May.",
     "2024-05-06", [completed("AZE", "2024-05-03")]),
    ("Sri Lankan deminers handed back three cleared villages to returning families on Monday.",
     "2023-02-22", [completed("LKA", "2023-02-20")]),
    # negatives: suspected areas handed over for survey; a cleared road reopened
    ("Authorities in Angola handed over 11 suspected areas to the deminers on Tuesday.",
     "2019-02-14", []),
    ("Police in Bosnia handed over two rifles to the army on Monday.", "2019-02-14", []),
]  # fmt: skip


# what is no count of landmines: the number in a mine's model ("POM-3 mines", "PMN-2"), mines at
# sea ("37 sea mines", "naval mines"); a count before the model still counts
NOT_COUNTS = [
    ("Russian troops used POM-3 mines near Vovchansk, according to a report released on "
     "Tuesday.", "2025-06-12", []),
    ("Navy divers located and disposed of 24 sea mines off the coast of Estonia on Friday.",
     "2025-06-02", []),
    ("Ukrainian sappers removed OZM-72 mines from fields near Izium on Monday.", "2023-04-20",
     []),
    ("Minehunters from four navies destroyed 12 naval mines off the coast of Latvia on Sunday.",
     "2024-09-10", []),
    # negatives: a count before the model, and mines on land, still count
    ("Sappers removed 40 PMN-2 mines from a field near Kherson on Tuesday.", "2025-10-09",
     [cleared("UKR", "2025-10-07", 40, "mines")]),
    ("Engineers removed 75 anti-personnel mines near the coast of Libya on Sunday.",
     "2024-09-10", [cleared("LBY", "2024-09-08", 75, "mines")]),
]  # fmt: skip


# areas in the feddan and the dunam, as English news writes them (square metres); help asked
# for ("appeals for foreign help to clear the desert") is no work done, help given still is
LOCAL_UNITS_AND_HELP = [
    ("Egyptian army engineers have cleared 2,500 feddans of land near El Alamein in Egypt since "
     "January.", "2024-05-10", [cleared("EGY", "2024-05", 10502082, "m2")]),
    ("Deminers in Iraq cleared 800 dunams of farmland in Basra in March.", "2025-04-10",
     [cleared("IRQ", "2025-03", 800000, "m2")]),
    ("Lebanese army teams cleared 120 donums of orchards near Marjayoun, Lebanon, in 2022.",
     "2023-02-10", [cleared("LBN", "2022", 120000, "m2")]),
    ("Officials in Egypt renewed appeals for foreign help to clear the desert, where some 17 "
     "million mines remain.", "2018-04-05", []),
    ("Jordan asked donors for help to clear 3,000 mines from its northern border.",
     "2024-04-05", []),
    # negative: help given is work done
    ("Japanese funding helped deminers clear 40 square kilometres in Cambodia in 2023.",
     "2024-04-05", [cleared("KHM", "2023", 40, "km2")]),
]  # fmt: skip


# the English banks, each row a passage read on its publication day
ENGLISH: dict[str, list[tuple[str, str, list[Claim]]]] = {
    "completion": COMPLETIONS,
    "figure date": FIGURE_DATES,
    "handover": HANDOVERS,
    "no count": NOT_COUNTS,
    "local units and help": LOCAL_UNITS_AND_HELP,
}


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        pytest.param(*row, id=f"{bank}-{i}")
        for bank, rows in ENGLISH.items()
        for i, row in enumerate(rows)
    ],
)
def test_english(text: str, published: str, expected: list[Claim]) -> None:
    found = claims(text, PartialDate.parse(published), "en", kind="clearance_progress")
    assert sorted(found, key=str) == sorted(expected, key=str)
