"""The notice of withdrawal told as a gerund after the step it led to (issue 8, blind batches 24
and 25): "left the treaty on Friday, six months after depositing its withdrawal notice with the
UN on 12 September" tells two steps, the exit on its day and the notice on its own. Only after
"after", "since" or "upon" is the gerund a done deed: "before lodging", "considering
submitting" tell no notice. Every sentence is our own wording; none is copied from a passage."""

from __future__ import annotations

import pytest

from .test_treaty_step_kinds import Step, steps

Row = tuple[str, str, list[Step]]

GERUND: list[Row] = [
    ("Norway formally left the Ottawa Convention on Friday, six months after depositing its "
     "withdrawal notice with the United Nations on 12 September.", "2026-03-14",
     [("NOR", "withdrawal_effective", "2026-03-13"),
      ("NOR", "withdrawal_notified", "2025-09-12")]),
    ("Sweden and Denmark ceased to be parties to the Ottawa Convention on Tuesday, six months "
     "after handing their withdrawal notifications to the United Nations on 9 September.",
     "2026-03-14",
     [("DNK", "withdrawal_effective", "2026-03-10"), ("DNK", "withdrawal_notified", "2025-09-09"),
      ("SWE", "withdrawal_effective", "2026-03-10"), ("SWE", "withdrawal_notified", "2025-09-09")]),
    ("Chile's exit from the mine ban treaty took effect on Monday, six months after submitting "
     "its notice of withdrawal to the UN Secretary-General on 3 September 2025.", "2026-03-14",
     [("CHL", "withdrawal_effective", "2026-03-09"),
      ("CHL", "withdrawal_notified", "2025-09-03")]),
    # not a done deed, or not a notice of leaving
    ("Norway is considering submitting its withdrawal notice on the Ottawa Convention to the UN "
     "next month.", "2026-03-14", []),
    ("Norway will leave the Ottawa Convention before lodging its notice of withdrawal, the "
     "minister said.", "2026-03-14", []),
    ("Norway joined the Ottawa Convention in 1998 after depositing its instrument of "
     "ratification with the UN on 9 July.", "2026-03-14", [("NOR", "join", "1998")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), GERUND)
def test_notice_gerund(text: str, published: str, expected: list[Step]) -> None:
    assert steps(text, published) == sorted(expected)
