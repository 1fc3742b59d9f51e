"""Who took a treaty step told beside another state's (issue 8, batches 20-21 treaty pass):
the state whose own body or relative clause tells it ("Latvia's Saeima, which endorsed
leaving in April", "after Estonia and Latvia, whose withdrawals took effect"), dated inside
that clause; a second step in its own ", and" clause naming its own state ("..., and Latvia's
Saeima backed withdrawal in April"); "ceased to be parties" for several states at once.
Sentences of our own."""

from __future__ import annotations

import pytest

from .tables import claims, step

ROWS = [
    # a state's own body, then a relative clause telling its step
    ("The Seimas followed Latvia's Saeima, which endorsed leaving the Ottawa treaty in April.",
     "2025-05-09", [step("LVA", "2025-04", "parliament_approves_withdrawal")]),
    ("Kyiv on Monday praised Moldova's parliament, which approved the exit from the Ottawa "
     "Convention in March.", "2026-04-08",
     [step("MDA", "2026-03", "parliament_approves_withdrawal")]),
    ("Warsaw welcomed Finland's government, which announced on 1 April that it would leave "
     "the Ottawa Convention.", "2025-04-10",
     [step("FIN", "2025-04-01", "announce_intent_to_withdraw")]),
    ("The Lithuanian parliament voted on Thursday to leave the Ottawa Convention, following "
     "Latvia's Saeima, which backed the exit in April.", "2025-05-09",
     [step("LTU", "2025-05-08", "parliament_approves_withdrawal"),
      step("LVA", "2025-04", "parliament_approves_withdrawal")]),
    # "whose": each listed state took the step
    ("Finland is the fourth country to leave the Ottawa treaty, after Estonia, Latvia and "
     "Lithuania, whose withdrawals took effect on 27 December.", "2026-01-12",
     [step("EST", "2025-12-27", "withdrawal_effective"),
      step("LVA", "2025-12-27", "withdrawal_effective"),
      step("LTU", "2025-12-27", "withdrawal_effective")]),
    # a second step in a clause of its own names its own state
    ("The foreign ministers of Latvia, Estonia and Poland proposed leaving the Ottawa "
     "Convention in a joint letter on 4 March, and Estonia's Riigikogu approved the exit in "
     "June.", "2025-07-01",
     [step("LVA", "2025-03-04", "announce_intent_to_withdraw"),
      step("EST", "2025-03-04", "announce_intent_to_withdraw"),
      step("POL", "2025-03-04", "announce_intent_to_withdraw"),
      step("EST", "2025-06", "parliament_approves_withdrawal")]),
    # several states ceasing to be parties at once
    ("Estonia and Latvia formally ceased to be parties to the Ottawa Convention on Saturday.",
     "2025-12-29", [step("EST", "2025-12-27", "withdrawal_effective"),
                    step("LVA", "2025-12-27", "withdrawal_effective")]),
    # negatives: a body of a state with no step in its clause; a second clause naming no
    # state keeps the first step's state; parties still
    ("Lithuania's parliament, which meets on Tuesday, debated the Ottawa Convention.",
     "2025-05-09", []),
    ("Finland's government said on 1 April that it would leave the Ottawa Convention, and "
     "parliament approved the exit in June.", "2025-07-01",
     [step("FIN", "2025-04-01", "announce_intent_to_withdraw"),
      step("FIN", "2025-06", "parliament_approves_withdrawal")]),
    ("Chile and Peru have not ceased to be parties to the Ottawa Convention.", "2026-01-10", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), ROWS)
def test_step_owner(text: str, published: str, expected: list[object]) -> None:
    from minewatch.domain.dates import PartialDate

    found = claims(text, PartialDate.parse(published), "en", kind="treaty_action")
    assert sorted(found, key=str) == sorted(expected, key=str)
