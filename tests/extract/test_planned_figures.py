"""Plans are not progress, in our own words (issue 8, precision pass).

A figure whose own verb comes after it and is a plan or a negation ("a further 50 hectares
will be cleared next year", "another 6 km2 is to be released") is no clearance done, even
where the same sentence tells of work done first ("Angola cleared 30 hectares in 2024, and
..."); a figure whose own verb comes before it keeps that verb's reading. Plans of a state
("plans to clear", "aims to release", "will destroy its stockpile") are no event either.
"""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import Claim, claims, cleared

PUBLISHED = PartialDate.parse("2025-03-10")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # positives: the work done is still read
        (
            "Angola cleared 30 hectares in 2024, and a further 50 hectares will be cleared "
            "next year.",
            [cleared("AGO", "2024", 30, "ha")],
        ),
        (
            "Bosnia cleared 2 square kilometres in 2024; a further 6 square kilometres is to "
            "be released by 2026.",
            [cleared("BIH", "2024", 2, "km2")],
        ),
        (
            "Laos cleared 15 hectares in January, while another 25 hectares will be released "
            "in June.",
            [cleared("LAO", "2025-01", 15, "ha")],
        ),
        (
            "Deminers in Iraq cleared 12 square kilometres in 2023 and released another 4 "
            "square kilometres through survey.",
            [cleared("IRQ", "2023", 12, "km2"), cleared("IRQ", "2023", 4, "km2")],
        ),
        (
            "Zimbabwe's teams cleared 300 hectares, with 100 hectares more to be cleared "
            "next year.",
            [cleared("ZWE", "2025-03", 300, "ha")],
        ),
        ("Some 45 hectares were cleared in Chad last year.", [cleared("TCD", "2024", 45, "ha")]),
        # negatives: plans only
        ("In Angola, a further 50 hectares will be cleared next year.", []),
        ("Croatia is to clear 20 square kilometres of land by 2026.", []),
        ("Bosnia plans to clear 12 square kilometres this year.", []),
        ("Chad aims to release 40 hectares of land next year.", []),
        ("Ukraine will destroy 3,000 stockpiled mines next year.", []),
        ("Ukraine plans to destroy its stockpile of 3,000 anti-personnel mines by 2027.", []),
        ("Belarus is to destroy its stockpile next year.", []),
    ],
)
def test_planned_figures_are_no_progress(text: str, expected: list[Claim]) -> None:
    found = [c for c in claims(text, PUBLISHED) if c[0] != "treaty_action"]
    assert found == expected
