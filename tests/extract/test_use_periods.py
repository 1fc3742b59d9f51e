"""Use allegations: the laying's period and the mines named as a device (issue 8, use pass on
blind batches 15 and 16). A range with no "from" or "between" ("mid-2024 through October
2025", "late 2024 and early 2025") ends on its second date; an opening reporting period
("During the reporting period (October 2015 to October 2016), ...") dates every use of the
sentence; the laying told as a noun ("accuses X of fresh laying") is recent; a laying verb
after "the device" or a mine model ("the device was a PMN-2 ... it had been laid by X") is a
use. Sentences of our own; (accused state, laying date), sorted."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import project, read

PUBLISHED = PartialDate.parse("2026-05-20")
Row = tuple[str | None, str | None]


def uses(text: str) -> list[Row]:
    found = project(read(text, PUBLISHED, "en"), "actor_iso3", "date", kind="use_allegation")
    return sorted(found, key=str)


PERIODS: list[tuple[str, list[Row]]] = [
    ("Sudanese troops laid anti-personnel mines along the river from March 2025 through "
     "January 2026, the group said.", [("SDN", "2026-01")]),
    ("The Monitor found that Myanmar's army used anti-personnel mines throughout the year "
     "(mid-2024 through October 2025).", [("MMR", "2025-10")]),
    ("Witnesses said Russian forces planted mines around the villages in late 2024 and early "
     "2025.", [("RUS", "2025-04")]),
    ("During the reporting period (November 2024 to October 2025), the Monitor confirmed new "
     "use of antipersonnel mines by the government forces of Myanmar and Iran.",
     [("IRN", "2025-10"), ("MMR", "2025-10")]),
    ("Over the review period (January to June 2025), Houthi fighters laid mines near Taiz, the "
     "researchers found.", [("YEM", "2025-06")]),
    # negatives: an accusation's own date never dates the laying; two years told apart are no
    # period ("in 2023 and 2024": the nearest dates it)
    ("In a separate development last year, Azerbaijan accused Armenia of laying mines near "
     "Lachin.", [("ARM", None)]),
    ("Colombian troops found mines laid by the ELN in 2023 and cleared them in 2024.",
     [("COL", "2023")]),
]  # fmt: skip

DEVICE_AND_NOUN: list[tuple[str, list[Row]]] = [
    ("The officer said the device was a PMN-2 and that it had been newly laid by Cambodian "
     "troops.", [("KHM", "2026-05")]),
    ("Police said the device had been buried by Houthi fighters a few days before the blast.",
     [("YEM", None)]),
    ("Kyiv accuses Russia of fresh laying along the Dnipro.", [("RUS", "2026-05")]),
    ("The army accused Myanmar's junta of renewed mine-laying near the border.",
     [("MMR", "2026-05")]),
    # negatives: a device found or handed over by someone was not laid by them; a laying verb
    # with no mine before it is none
    ("The device was found by a farmer and destroyed by police engineers.", []),
    ("A wreath was laid by the Thai prime minister at the memorial.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PERIODS + DEVICE_AND_NOUN)
def test_use_periods_and_devices(text: str, expected: list[Row]) -> None:
    assert uses(text) == expected
