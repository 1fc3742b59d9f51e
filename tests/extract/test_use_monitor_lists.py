"""Use allegations as a monitor's release lists them (issue 8, use recall on blind batch 27).
The mines told in a first clause are "the weapon" or "them" of a second clause with a subject
of its own ("..., while armed groups used the weapon in at least five countries, including
..."); users told by where they are ("government forces in Myanmar and armed groups in
Colombia and India used ...") are one allegation per listed state; a reporting period spelled
out in brackets dates every use of its sentence; an armed group named by its own name
("armed elements of the MFDC", "the M23") is placed at its home when the sentence names no
state. Sentences of our own; (accused state, laying date), sorted."""

from __future__ import annotations

import pytest

from .test_use_periods import Row, uses

SECOND_CLAUSE: list[tuple[str, list[Row]]] = [
    ("Researchers found that Myanmar's army laid antipersonnel mines in 2024, while armed "
     "groups used the weapon in at least four countries, including Colombia, India, Myanmar "
     "and Nigeria.",
     [("COL", None), ("IND", None), ("MMR", "2024"), ("NGA", None)]),
    ("The army of Myanmar planted antipersonnel mines near Loikaw, and rebel groups used them "
     "in Colombia and Pakistan.",
     [("COL", None), ("MMR", None), ("PAK", None)]),
    ("Russian forces scattered landmines around Izium, whereas separatist fighters employed "
     "such devices in Donetsk, Ukraine.",
     [("RUS", None), ("UKR", None)]),
    # negatives: the mines before are no use, the subject is no user, or the weapon is another
    ("Ukraine received anti-personnel mines from the United States and used them near "
     "Pokrovsk, officials said.", []),
    ("Landmines killed five people in Syria, and doctors used the devices they recovered as "
     "teaching aids.", []),
    ("Russia has used cluster munitions near Kharkiv, and its soldiers also used them near "
     "Izium.", []),
    ("Deminers in Croatia lifted forty old mines last year and used them to train dogs.", []),
    ("Russian troops laid antipersonnel mines near Izium, while Ukraine used the weapon's "
     "successor, command-detonated directional charges, near Kupiansk.", [("RUS", None)]),
]  # fmt: skip

PLACED_USERS: list[tuple[str, list[Row]]] = [
    ("Government forces in Myanmar and non-state armed groups in Afghanistan, India and "
     "Pakistan used antipersonnel mines over the year, the campaign said.",
     [("AFG", None), ("IND", None), ("MMR", None), ("PAK", None)]),
    ("In 2023, government troops in Myanmar and armed groups in Colombia and Nigeria laid new "
     "antipersonnel mines.",
     [("COL", "2023"), ("MMR", "2023"), ("NGA", "2023")]),
    ("The Monitor found that state forces in Myanmar and rebels in at least three countries, "
     "including Colombia, India and Yemen, have also used antipersonnel mines.",
     [("COL", None), ("IND", None), ("MMR", None), ("YEM", None)]),
    # negatives: a subject listed by its place that lays no mines, or a list that is no
    # subject of the use verb
    ("Government forces in Myanmar and armed groups in Colombia and India destroyed stockpiled "
     "antipersonnel mines.", []),
    ("Troops in Kashmir, India and Pakistan said that no new mines had been laid.", []),
]  # fmt: skip

REPORTING_SPAN: list[tuple[str, list[Row]]] = [
    ("The study finds that Iran's forces used antipersonnel mines during the reporting period "
     "(November 2022 to October 2023), while armed groups used the weapon in Colombia and "
     "Nigeria.",
     [("COL", "2023-10"), ("IRN", "2023-10"), ("NGA", "2023-10")]),
    # negative: a period with no bracketed span dates no listed use
    ("Iran's forces used antipersonnel mines during the reporting period, while armed groups "
     "used the weapon in Colombia and Nigeria.",
     [("COL", None), ("IRN", None), ("NGA", None)]),
]  # fmt: skip

NAMED_GROUPS: list[tuple[str, list[Row]]] = [
    ("Two soldiers were hurt when their truck struck a mine near Ziguinchor. The army "
     "attributed the mine to armed elements of the MFDC.", [("SEN", None)]),
    ("A roadside mine planted by the Tehrik-i-Taliban killed three policemen near Bannu.",
     [("PAK", None)]),
    ("The M23 has laid antipersonnel mines around the hills north of Goma, residents say.",
     [("COD", None)]),
    # negatives: a group named for something other than mines, or clearing them
    ("The army attributed the ambush near Ziguinchor to armed elements of the MFDC.", []),
    ("Deminers cleared mines around Goma after the M23 withdrew from the hills.", []),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"), [*SECOND_CLAUSE, *PLACED_USERS, *REPORTING_SPAN, *NAMED_GROUPS]
)
def test_use_as_monitor_lists_tell_it(text: str, expected: list[Row]) -> None:
    assert uses(text) == expected
