"""Steps of other treaties are not the Mine Ban Convention's (issue 8, xprec pass).

A treaty step is one of the Mine Ban Convention only: a sentence naming another treaty and
not the mine ban one ("ceased to be parties to the CFE treaty", "withdrew from the Open Skies
treaty", "left the Convention on Cluster Munitions") tells none, even in a section about the
mine ban treaty; where a sentence names both, a cue whose first treaty after it is the other
one is that treaty's step, and the mine ban treaty's step is still read.
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
        # positives: the mine ban treaty's steps
        (
            "Lithuania withdrew from the Convention on Cluster Munitions in March and "
            "announced it would leave the Ottawa Convention.",
            [step("LTU", "2025-03", INTENT)],
        ),
        (
            "Lithuania's parliament voted to withdraw from the mine ban treaty in May, citing "
            "Russia's use of cluster munitions.",
            [step("LTU", "2024-05", "parliament_approves_withdrawal")],
        ),
        (
            "Poland announced on 3 March that it would withdraw from the Ottawa Convention, "
            "but not from the Arms Trade Treaty.",
            [step("POL", "2025-03-03", INTENT)],
        ),
        # negatives: other treaties
        ("Russia ceased to be a party to the CFE treaty in 2023.", []),
        ("Russia and Belarus ceased to be parties to the CFE treaty.", []),
        ("The United States withdrew from the INF Treaty in 2019.", []),
        ("Russia withdrew from the Open Skies treaty in 2021.", []),
        ("Lithuania withdrew from the Convention on Cluster Munitions in 2025.", []),
        (
            "Poland plans to leave the Ottawa Convention. Russia quit the New START treaty in "
            "February 2023.",
            [step("POL", "2025-03", INTENT)],
        ),
    ],
)
def test_steps_of_other_treaties_are_none(text: str, expected: list[Claim]) -> None:
    assert claims(text, PUBLISHED, kind="treaty_action") == expected
