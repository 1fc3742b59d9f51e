"""The invader named as the reason for a treaty step is not its actor (issue 8, blind batches 24
and 25): "the government announced it would leave the treaty, citing the worse security since
Russia's full-scale invasion" is the section's state's step, never Russia's; a state named as
the owner of an invasion or an aggression ("Russia's aggression against Ukraine") takes no step.
Every sentence is our own wording; none is copied from a passage."""

from __future__ import annotations

import pytest

from .test_treaty_step_kinds import Step, steps

Row = tuple[str, str, list[Step]]

INVADER: list[Row] = [
    ("Finland's withdrawal took effect on Saturday. The government had announced on 1 April 2025 "
     "that it would begin preparations to leave the treaty, citing the deterioration of security "
     "since Russia's full-scale invasion of Ukraine.", "2026-03-14",
     [("FIN", "announce_intent_to_withdraw", "2025-04-01")]),
    ("Estonia will quit the Ottawa Convention. The cabinet decided on 12 March 2025 to leave the "
     "mine ban treaty in response to Russia's aggression against Ukraine.", "2026-03-14",
     [("EST", "announce_intent_to_withdraw", "2025-03-12")]),
    ("Lawmakers in Riga are worried. Parliament voted on 16 April 2025 to withdraw from the "
     "Ottawa Convention, three years after Russia's invasion of Ukraine.", "2026-03-14",
     [("LVA", "parliament_approves_withdrawal", "2025-04-16")]),
    # the actor named as such keeps its step; the invader takes none
    ("Ukraine's parliament approved leaving the Ottawa Convention on 16 July 2025, citing "
     "Russia's full-scale invasion.", "2026-03-14",
     [("UKR", "parliament_approves_withdrawal", "2025-07-16")]),
    ("Russia's invasion of Ukraine has left vast areas mined, and Russia has never joined the "
     "Ottawa Convention.", "2026-03-14", []),
    ("Russia's aggression led Ukraine's president to sign a decree on 29 June 2025 withdrawing "
     "from the Ottawa Convention.", "2026-03-14", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), INVADER)
def test_invader_not_actor(text: str, published: str, expected: list[Step]) -> None:
    assert steps(text, published) == sorted(expected)
