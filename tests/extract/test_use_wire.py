"""Use allegations as wire copy tells them (issue 8, treaty pass 3): the passive of blame and
accusation with any laid thing ("was blamed by residents for mines", "accused of laying new
minefields"), forces "responsible for the mines", a state blamed for a mine's harm ("blamed
Armenia for the blast"), an accusation that names no mines is none unless the next sentence
goes on with them, a denied "accusation" is no counter-claim, a mine named in quotation marks
between verb and noun, places a group mines ("the outskirts"). Every sentence is our own
wording; none is copied from a passage."""

from __future__ import annotations

import pytest

from .tables import project
from .test_generalisation import run

Use = tuple[str | None, str | None]
Row = tuple[str, list[Use]]


def uses(text: str, date: str = "2025-06-12") -> list[Use]:
    return sorted(project(run(text, date), "actor_iso3", "date", kind="use_allegation"))


# --- the passive: the one blamed or accused is its subject ------------------------------------
PASSIVE: list[Row] = [
    ("Israel has been accused of laying new minefields along the frontier in the occupied Golan "
     "Heights.", [("ISR", None)]),
    ("Pakistan's military was blamed by residents for mines that were placed near the Line of "
     "Control.", [("PAK", None)]),
    ("Armenian forces were held responsible for laying the minefields around Aghdam, officials "
     "said.", [("ARM", None)]),
    ("Myanmar's army was blamed for the landmines found near the village.", [("MMR", None)]),
    # negative: blamed for the work against the mines
    ("Thai soldiers were blamed for the slow clearing of mines along the border.", []),
]  # fmt: skip

# --- forces responsible for the mines ----------------------------------------------------------
RESPONSIBLE: list[Row] = [
    ("Thailand says Cambodian soldiers are responsible for the mines that wounded its rangers.",
     [("KHM", None)]),
    ("Colombia's army says FARC dissidents were responsible for the mines planted near the "
     "school.", [("COL", None)]),
    ("Officials in Kyiv said Russian troops were responsible for the anti-personnel mines found "
     "in the orchard.", [("RUS", None)]),
    # negatives: a state's duty (Article 5) or its stock is no laying
    ("Each State Party is responsible for the mines in areas under its jurisdiction or control.",
     []),
    ("Ukraine is responsible for the mines it holds in stock.", []),
    ("Thai army sappers are responsible for the mines along the border, which they must clear "
     "by 2027.", []),
]  # fmt: skip

# --- forces named by a possessive, and a group the mines are attributed to ---------------------
OWNED_AND_ATTRIBUTED: list[Row] = [
    ("Ukraine's military acknowledged placing anti-personnel mines along the front line.",
     [("UKR", None)]),
    ("Myanmar's army acknowledged laying mines around the airport in Sittwe.", [("MMR", None)]),
    ("Colombian authorities attributed the landmine to FARC dissidents.", [("COL", None)]),
    ("Officials attributed the mines to ELN rebels operating in Arauca, Colombia.",
     [("COL", None)]),
    # negative: attributed to no one who lays mines
    ("Colombian authorities attributed the landmine accident to heavy rain.", []),
    # negatives: something other than mines attributed to a group
    ("The governor attributed the blackout to ELN rebels.", []),
    ("Police attributed the robbery to FARC dissidents in Colombia.", []),
    ("Officials attributed the attack on the bus to FARC dissidents.", []),
    ("Kyiv attributed the looting of the depot to Russian troops.", []),
]  # fmt: skip

# --- an accusation is one of use only where mines are told -------------------------------------
ACCUSED_OF: list[Row] = [
    ("Kyiv accused Moscow of booby-trapping homes in the Kherson region.", [("RUS", None)]),
    ("Azerbaijan accused Armenia of violating international law.\n\n“The mines were planted "
     "only weeks ago,” the ministry said.", [("ARM", None)]),
    ("Phnom Penh rejected the charge and accused Thai soldiers of planting the mines themselves.",
     [("THA", None)]),
    # negatives: no mines in the accusation; an accusation denied
    ("Ukraine accused Russia of shelling the city of Kharkiv.", []),
    ("Thailand accused Cambodia of violating the ceasefire along the border.", []),
    ("Cambodia denied the accusation that its troops had laid new mines.", []),
    ("Moscow rejected the accusations that Russian units planted mines near Kupiansk.", []),
    ("There were no reports of new use of antipersonnel mines by Thailand in 2024.", []),
    ("The Monitor found no confirmed use of antipersonnel mines by government forces in "
     "Ukraine.", []),
]  # fmt: skip

# --- a state blamed for a mine's harm ----------------------------------------------------------
BLAMED_FOR_HARM: list[Row] = [
    ("Azerbaijan blamed Armenia for the blast, saying the mine had been laid during the "
     "occupation.", [("ARM", None)]),
    ("Thai commanders blamed Cambodia for Sunday's explosion, which wounded two rangers on patrol "
     "near a minefield.", [("KHM", None)]),
    ("A landmine wounded three Thai soldiers near Ta Muen Thom on Monday. Bangkok blamed Phnom "
     "Penh for the incident.", [("KHM", None)]),
    # negative: an incident with no mine told
    ("Peru blamed Chile for the incident at the border crossing.", []),
]  # fmt: skip

# --- the mines named, and the places mined ----------------------------------------------------
NAMED: list[Row] = [
    ("The report alleges that Russia deployed PFM-1 'butterfly' mines in Donetsk region.",
     [("RUS", None)]),
    ("Witnesses say Houthi fighters planted so-called “smart” mines along the coast road in "
     "Yemen.", [("YEM", None)]),
    ("ISIS militants had mined the outskirts of Mosul in Iraq before fleeing in 2017.",
     [("IRQ", "2017")]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    PASSIVE + RESPONSIBLE + ACCUSED_OF + BLAMED_FOR_HARM + NAMED + OWNED_AND_ATTRIBUTED,
)
def test_use_allegations_as_wire_copy_tells_them(text: str, expected: list[Use]) -> None:
    assert uses(text) == sorted(expected)


def test_a_victim_described_with_a_possessive_is_counted() -> None:
    text = (
        "A resident of a village in Azerbaijan's Aghdam district was injured on 2 June when he "
        "stepped on a mine."
    )
    found = project(
        run(text, "2025-06-12"), "actor_iso3", "date", "injured", kind="casualty_incident"
    )
    assert found == [("AZE", "2025-06-02", 1)]


# --- a report's reporting period frames the uses listed after it in its chapter ---------------
REPORTING_PERIOD: list[tuple[str, str, list[Use]]] = [
    ("During the reporting period (mid-2023 through October 2024), the Monitor recorded new use "
     "of antipersonnel mines by the armed forces of Myanmar. Armed groups also used "
     "antipersonnel mines in Colombia and Pakistan.", "2024-11-20",
     [("COL", "2024-10"), ("MMR", "2024-10"), ("PAK", "2024-10")]),
    ("Use of antipersonnel mines\n\nDuring the reporting period (November 2019 to October 2020), "
     "government forces in Myanmar laid antipersonnel mines.\n\nNon-state armed groups planted "
     "mines in Afghanistan and Nigeria.", "2020-11-12",
     [("AFG", "2020-10"), ("MMR", "2020-10"), ("NGA", "2020-10")]),
    ("In the reporting period (October 2021 to October 2022), Russian forces used antipersonnel "
     "mines in Ukraine. Houthi forces laid mines in Yemen in 2018.", "2022-11-17",
     [("RUS", "2022-10"), ("YEM", "2018")]),
    # negatives: a heading ends the chapter; a year told in passing is no reporting period
    ("During the reporting period (2022 to 2023), the Monitor confirmed new use of mines by "
     "Myanmar.\n\n"
     "History of contamination\n\nArmed groups used mines in Colombia.", "2023-11-14",
     [("COL", None), ("MMR", "2023")]),
    ("The Monitor published its report in 2023. Armed groups used mines in Colombia.",
     "2023-11-14", [("COL", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), REPORTING_PERIOD)
def test_a_reporting_period_dates_the_uses_listed_after_it(
    text: str, published: str, expected: list[Use]
) -> None:
    assert uses(text, published) == sorted(expected)
