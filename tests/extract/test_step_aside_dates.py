"""A treaty step takes no date told only in an aside about its state (issue 8, xprec pass).

"Poland, for which the Convention entered into force in 2013, now plans to leave": the date in
the relative clause set off by commas ("for which", "in which", "whose", "which") is the
aside's; the step takes a date of its own clause, else the publication's month. A date of the
step's own clause is still read ("said in January that it would withdraw").
"""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import Claim, claims, step

PUBLISHED = PartialDate.parse("2025-03-10")
INTENT = "announce_intent_to_withdraw"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # positives: the step's own date
        (
            "Estonia, for which the ban took effect in 2004, said in January that it would "
            "withdraw from the Ottawa Convention.",
            [step("EST", "2025-01", INTENT)],
        ),
        (
            "Lithuania announced in March 2025 that it would withdraw from the Ottawa Convention.",
            [step("LTU", "2025-03", INTENT)],
        ),
        (
            "Finland, for which the treaty entered into force in 2012, announced on Monday it "
            "would withdraw.",
            [step("FIN", "2025-03-10", INTENT)],
        ),
        # negatives: the aside's date is not the step's
        (
            "Poland, for which the Convention entered into force in 2013, now plans to leave.",
            [step("POL", "2025-03", INTENT)],
        ),
        (
            "Latvia, in which the treaty has applied since 2006, plans to withdraw from the Mine "
            "Ban Treaty.",
            [step("LVA", "2025-03", INTENT)],
        ),
    ],
)
def test_step_takes_no_aside_date(text: str, expected: list[Claim]) -> None:
    assert claims(text, PUBLISHED, kind="treaty_action") == expected
