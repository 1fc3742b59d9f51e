"""A use denied by its own object, in our own words (issue 8, precision pass).

"laid no mines", "planted no new landmines", "used no mines": the use cue's object denies the
use, so no allegation ("Colombia is believed to have laid no mines"); a use told by a negation
before the cue ("has not used", "never planted") or denied by the narrator ("denied laying")
is none either. An accusation the accused denies ("accused of laying mines, which it denies")
stays an allegation, and so does another state's use in the same sentence.
"""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import Claim, claims, use

PUBLISHED = PartialDate.parse("2025-03-10")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # positives
        ("Myanmar laid mines in 2024.", [use("MMR", "2024")]),
        ("Cambodia was accused of laying mines in 2024, which it denies.", [use("KHM", "2024")]),
        ("Chile used no mines in the past, and Peru laid mines in 2023.", [use("PER", "2023")]),
        (
            "Russia, which has never joined the treaty, used mines in Ukraine in 2024.",
            [use("RUS", "2024")],
        ),
        # negatives
        ("Colombia is believed to have laid no mines.", []),
        ("Mali laid no new mines in 2024, the monitor found.", []),
        ("Guinea has planted no landmines in the past decade.", []),
        ("Ecuador has not used antipersonnel mines since 2000.", []),
        ("Ecuador never planted mines.", []),
        ("Thailand denied laying mines in 2024.", []),
    ],
)
def test_use_denied_by_its_object(text: str, expected: list[Claim]) -> None:
    assert claims(text, PUBLISHED, kind="use_allegation") == expected
