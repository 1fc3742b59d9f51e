"""Who took a treaty step told beside another state's (issue 8, batches 20-21 treaty pass):
the state whose own body or relative clause tells it ("Latvia's Saeima, which endorsed
leaving in April", "after Estonia and Latvia, whose withdrawals took effect"), dated inside
that clause; a second step in its own ", and" clause naming its own state ("..., and Latvia's
Saeima backed withdrawal in April"); "ceased to be parties" for several states at once.
Also batch 26's English kinds: the entry into
force told in a relative clause after the states ("welcomed Sri Lanka and Palestine, for which
the Convention entered into force on 1 June 2018"); the exit in the present with its day ("also
cease to be States Parties today"); a use given up ("will no longer use anti-personnel mines");
a step told after a sentence naming only the depositary's city ("... in New York") takes the
document's state, not the city's. Sentences of our own."""

from __future__ import annotations

import pytest

from .tables import claims, step


def policy(state: str, date: str | None) -> tuple[object, ...]:
    return ("policy_change", state, date, None, None, None, None, None)


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
    # a relative clause telling the step refused: the main clause's step keeps its own day
    ("Latvia's Saeima, which rejected leaving the Ottawa treaty in 2023, endorsed the exit on "
     "Thursday.", "2025-06-10", [step("LVA", "2025-06-05", "parliament_approves_withdrawal")]),
    # batch 26's English kinds: relative clauses, the present with its day, a use given up,
    # no state from the depositary's city or the reason cited
    ("The meeting of the Mine Ban Convention welcomed Tuvalu and Niue, for which the Convention "
     "entered into force on 1 March 2026.", "2026-03-12",
     [step("TUV", "2026-03-01", "entry_into_force"),
      step("NIU", "2026-03-01", "entry_into_force")]),
    ("Poland's exit from the Ottawa Convention took effect today. Finland and Estonia, which "
     "notified on the same day, also cease to be States Parties today.", "2026-02-20",
     [step("POL", "2026-02-20", "withdrawal_effective"),
      step("FIN", "2026-02-20", "withdrawal_effective"),
      step("EST", "2026-02-20", "withdrawal_effective")]),
    ("Seoul said on Monday that South Korea will no longer produce anti-personnel mines.",
     "2026-03-12", [policy("KOR", "2026-03-09")]),
    # the depositary's city two sentences before lends no state; the notice reported on
    # Saturday and told on its own day (Friday) is one step (merging._told_by_then)
    ("Latvia tells UN it is leaving mine ban treaty\nLatvia has formally notified the United "
     "Nations of its withdrawal from the Ottawa Convention, the foreign ministry said on "
     "Saturday. The instrument of withdrawal was handed to the UN Secretary-General in New York "
     "on Friday.\nThe withdrawal will take effect six months after the notification, on 27 "
     "December.\nParliament approved the withdrawal on 16 April by 74 votes to 10. The cabinet "
     "first announced its intention to leave the convention on 18 March.", "2025-06-28",
     [step("LVA", "2025-06-27", "withdrawal_notified"),
      step("LVA", "2025-04-16", "parliament_approves_withdrawal"),
      step("LVA", "2025-03-18", "announce_intent_to_withdraw")]),
    # the depositary's city two sentences before lends no state; a state cited as the reason
    # is none
    ("Latvia tells UN it is leaving mine ban treaty\nLatvia has formally notified the United "
     "Nations of its withdrawal from the Ottawa Convention, the foreign ministry said on "
     "Saturday. The instrument of withdrawal was handed to the UN Secretary-General in New York "
     "on Friday.\nThe withdrawal will take effect six months after the notification, on 27 "
     "December.\nParliament approved the withdrawal on 16 April by 74 votes to 10. The cabinet "
     "first announced its intention to leave the convention on 18 March, citing Russia.",
     "2025-06-28",
     [step("LVA", "2025-06-27", "withdrawal_notified"),
      step("LVA", "2025-04-16", "parliament_approves_withdrawal"),
      step("LVA", "2025-03-18", "announce_intent_to_withdraw")]),
    # negatives: an exit still to come; mines that no longer work; a relative clause naming no
    # treaty step
    ("Poland will cease to be a party to the Ottawa Convention in February.", "2026-01-12", []),
    ("Deminers said the old mines will no longer explode after decades in the ground.",
     "2026-03-12", []),
    ("The meeting welcomed Tuvalu, for which the Convention is a priority.", "2026-03-12", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), ROWS)
def test_step_owner(text: str, published: str, expected: list[object]) -> None:
    from minewatch.domain.dates import PartialDate

    found = claims(text, PartialDate.parse(published), "en")
    kept = [c for c in found if c[0] in ("policy_change", "treaty_action")]
    assert sorted(kept, key=str) == sorted(expected, key=str)
