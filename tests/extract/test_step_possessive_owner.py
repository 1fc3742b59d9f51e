"""A treaty step owned by a state's possessive, in our own words (issue 8, xprec pass).

"Norway's foreign minister criticised Lithuania's decision to withdraw": the step is the
possessive's state (Lithuania), not the sentence's subject nor the state whose relative clause
tells it ("Norway, whose foreign minister criticised ..."). Where the possessive's noun ends
its phrase ("criticised Lithuania's decision, said it would withdraw") the step is the
speaker's.
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
        # positives: the possessive's state
        (
            "Norway's foreign minister criticised Lithuania's decision to withdraw from the "
            "Mine Ban Convention.",
            [step("LTU", "2025-03", INTENT)],
        ),
        (
            "Norway, whose foreign minister criticised Lithuania's decision to withdraw from "
            "the Ottawa Convention, said it would stay.",
            [step("LTU", "2025-03", INTENT)],
        ),
        (
            "Germany regretted Finland's decision to leave the Ottawa Convention.",
            [step("FIN", "2025-03", INTENT)],
        ),
        (
            "Estonia announced its decision to withdraw from the Ottawa Convention in March.",
            [step("EST", "2025-03", INTENT)],
        ),
        # negatives: the speaker's own step, not the possessive's
        (
            "Norway, whose foreign minister criticised Lithuania's decision, said it would "
            "withdraw from the Ottawa Convention.",
            [step("NOR", "2025-03", INTENT)],
        ),
        (
            "Despite Latvia's objections, Poland announced its decision to withdraw from the "
            "Ottawa Convention in March.",
            [step("POL", "2025-03", INTENT)],
        ),
    ],
)
def test_step_of_the_possessive_state(text: str, expected: list[Claim]) -> None:
    assert claims(text, PUBLISHED, kind="treaty_action") == expected
