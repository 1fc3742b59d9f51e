"""The withdrawal told back without its treaty (issue 8, blind batches 24 and 25): in a story
that named the treaty earlier, "Parliament approved the withdrawal on 11 June" or "lawmakers
endorsed its withdrawal" is the parliament's step on its own day. A withdrawal of something
("of troops") or from somewhere else ("from Afghanistan") is none. Every sentence is our own
wording; none is copied from a passage."""

from __future__ import annotations

import pytest

from .test_treaty_step_kinds import Step, steps

Row = tuple[str, str, list[Step]]

EXIT = ("NOR", "withdrawal_effective", "2026-03-13")
BACK: list[Row] = [
    ("Norway's exit from the Ottawa Convention took effect on Friday.\n\nParliament approved the "
     "withdrawal on 11 June 2025 by 120 votes to 30.", "2026-03-14",
     [EXIT, ("NOR", "parliament_approves_withdrawal", "2025-06-11")]),
    ("Lithuania is leaving the mine ban treaty, officials said.\n\nDefence officials spoke at "
     "length about procurement.\n\nThe Seimas backed the withdrawal on 8 May 2025 in a 107-3 "
     "vote.", "2026-03-14", [("LTU", "parliament_approves_withdrawal", "2025-05-08")]),
    ("Chile's departure from the Ottawa treaty is final.\n\nLawmakers endorsed its withdrawal on "
     "4 June 2025.", "2026-03-14", [("CHL", "parliament_approves_withdrawal", "2025-06-04")]),
    # the next sentence's invader and invaded lend no state to it
    ("Norway leaves mine treaty\n\nNorway's exit from the Ottawa Convention took effect on "
     "Friday.\n\nParliament approved the withdrawal on 11 June 2025 by 120 votes to 30. The "
     "government had announced on 2 March 2025 "
     "that it would leave the treaty, citing the threat since Russia's full-scale invasion of "
     "Ukraine.",
     "2026-03-14", [EXIT, ("NOR", "announce_intent_to_withdraw", "2025-03-02"),
                    ("NOR", "parliament_approves_withdrawal", "2025-06-11")]),
    # a withdrawal of something, or from somewhere else
    ("Norway's exit from the Ottawa Convention took effect on Friday.\n\nParliament approved the "
     "withdrawal of troops from Mali on 11 June 2025.", "2026-03-14", [EXIT]),
    ("Norway's exit from the Ottawa Convention took effect on Friday.\n\nParliament approved the "
     "withdrawal from Afghanistan on 11 June 2025.", "2026-03-14", [EXIT]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), BACK)
def test_withdrawal_back(text: str, published: str, expected: list[Step]) -> None:
    assert steps(text, published) == sorted(expected)
