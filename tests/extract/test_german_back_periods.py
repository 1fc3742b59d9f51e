"""German figures told as part of the work just dated ("Dabei wurden ... gefunden", "Hierbei",
"Im Zuge dessen", "haben dabei ..."): the period of the sentence before, as "im selben
Zeitraum" (issue 8, batch 22). A figure with its own date keeps it; one with no back-reference
takes the publication's month. Sentences of our own (published Wednesday 10 April 2024)."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import Claim, claims, cleared

PUBLISHED = PartialDate(2024, 4, 10)
FIRST = "Die Räumteams in Kroatien haben im vergangenen Jahr 6,2 Quadratkilometer Land geräumt. "


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        (
            "Dabei wurden laut der Behörde 2.310 Antipersonenminen entdeckt und zerstört.",
            cleared("HRV", "2023", 2310, "mines"),
        ),
        (
            "Hierbei fanden die Teams 845 Antipersonenminen und vernichteten sie.",
            cleared("HRV", "2023", 845, "mines"),
        ),
        (
            "Im Zuge dessen wurden 1.002 Antipersonenminen unschädlich gemacht.",
            cleared("HRV", "2023", 1002, "mines"),
        ),
        (
            "Die Teams haben dabei 3.150 Antipersonenminen geräumt.",
            cleared("HRV", "2023", 3150, "mines"),
        ),
        # negatives: a figure dated in its own words keeps its date
        (
            "Dabei wurden 120 Antipersonenminen im Januar 2024 zerstört.",
            cleared("HRV", "2024-01", 120, "mines"),
        ),
        # a year before the count is no count ("im Januar 2024 insgesamt 120 ...")
        (
            "Dabei wurden im Januar 2024 insgesamt 120 Antipersonenminen zerstört.",
            cleared("HRV", "2024-01", 120, "mines"),
        ),
        (
            "Bis März 2024 haben die Teams weitere 75 Antipersonenminen vernichtet.",
            cleared("HRV", "2024-03", 75, "mines"),
        ),
        # ... and one that refers back to nothing takes the publication's month
        (
            "Seit Jahresbeginn wurden 410 Antipersonenminen zerstört.",
            cleared("HRV", "2024-04", 410, "mines"),
        ),
    ],
)
def test_a_german_figure_of_the_work_just_told_takes_its_period(
    second: str, expected: Claim
) -> None:
    found = claims(FIRST + second, PUBLISHED, "de", kind="clearance_progress")
    assert found[0] == cleared("HRV", "2023", 6.2, "km2")
    assert expected in found
