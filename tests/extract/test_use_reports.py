"""Use allegations as a monitor's report tells them (issue 8, use pass on blind batches 20, 21
and 23). A use by states counted and not named ("Seven states used mines between mid-2024 and
September 2025") frames the users the next sentences list with no date of their own; "new
mines" laid "during the reporting period" are new to the report, never of the publication
month; the day a report came out ("Landmine Monitor 2026, released today") never dates a use.
A subject raised over a verb of saying or finding is the user ("Iran and Ukraine were also
found to have laid them", "Myanmar is widely believed to have planted mines"); "laid them"
after a sentence about mines is a laying of them. Sentences of our own; (accused state,
laying date), sorted."""

from __future__ import annotations

import pytest

from .test_use_periods import Row, uses

REPORT_FRAMES: list[tuple[str, list[Row]]] = [
    ("Seven states used anti-personnel mines between mid-2024 and September 2025, the campaign "
     "said on Tuesday. Russia, Myanmar and Iran used the weapon most widely.",
     [("IRN", "2025-09"), ("MMR", "2025-09"), ("RUS", "2025-09")]),
    ("At least 4 countries have laid antipersonnel mines from January to October 2025, "
     "researchers found. Armed groups used mines in Colombia, India and Pakistan.",
     [("COL", "2025-10"), ("IND", "2025-10"), ("PAK", "2025-10")]),
    ("Three governments used landmines between late 2024 and August 2025, the monitor said. "
     "Myanmar's military used the weapon near Sittwe. North Korea's army also planted mines "
     "along the border.",
     [("MMR", "2025-08"), ("PRK", "2025-08")]),
    # negatives: the report's day, or "new" mines of its reporting period, date no use; a
    # period long past is history, not a report's; a counted stock destroyed frames no use
    ("Government forces of Myanmar laid new mines during the reporting period, according to "
     "Landmine Monitor 2026, released today in Geneva.", [("MMR", None)]),
    ("New mines were laid during the reporting period by Russian forces, the report said.",
     [("RUS", None)]),
    ("Forty countries used anti-personnel mines between 1980 and 1995, historians say. Russia "
     "used the weapon in Chechnya.", [("RUS", None)]),
    ("Five states destroyed stockpiled anti-personnel mines between mid-2024 and October 2025. "
     "Russian forces have laid mines in the Kharkiv region.", [("RUS", None)]),
    # a listed use told of the past is no use of the report's period
    ("Five states used mines between mid-2024 and September 2025, the Monitor said. Russian "
     "forces also used mines in Chechnya, it recalled.", [("RUS", None)]),
    ("Five states used mines between mid-2024 and September 2025, the Monitor said. The Taliban "
     "in Afghanistan used mines before taking power.", [("AFG", None)]),
    # outside a reporting period "new mines" are still this month's
    ("Myanmar's army laid new mines near the border, villagers said.", [("MMR", "2026-05")]),
]  # fmt: skip


RAISED: list[tuple[str, list[Row]]] = [
    ("Myanmar is widely believed to have planted mines along the border with Bangladesh.",
     [("MMR", None)]),
    ("Landmines were found near the river. Russian forces were also reported to have laid them "
     "around Kupiansk.", [("RUS", None)]),
    ("Anti-personnel mines killed two farmers near Kharkiv. Russian troops were alleged to have "
     "buried them, the villagers said.", [("RUS", None)]),
    ("Sudan's army is said to have used anti-personnel mines near El Fasher.", [("SDN", None)]),
    # negatives: a raised subject of another verb, or "them" that are not mines
    ("Cambodia was found to have destroyed its last stockpiled mines.", []),
    ("Mines were found near the temple. Cambodia was reported to have cleared them by June.", []),
    ("Seed potatoes arrived in the spring. Ukraine is said to have planted them across the "
     "south.", []),
    # "buried them" told outright: the dead of the blast before, or mines put in a pit
    ("Two Ukrainian deminers were killed by a mine near Izium. Ukraine buried them with "
     "military honours on Monday.", []),
    ("Ukrainian farmers found mines in their fields last spring. Ukrainian deminers buried them "
     "in a pit before destroying them.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), [*REPORT_FRAMES, *RAISED])
def test_use_as_reports_tell_it(text: str, expected: list[Row]) -> None:
    assert uses(text) == expected
