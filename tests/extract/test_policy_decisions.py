"""Policy changes as a government's decision tells them (issue 8, batches 20-23 treaty and
policy pass): what a measure adopted will do ("approved amendments that will allow the army to
acquire mines"), a plan adopted for production ("approved a plan for domestic production of
anti-personnel mines"), a pledge announced ("announced that it would not produce or acquire
landmines"); never a possibility reported ("said industry could deliver mines within a year"),
and no withdrawal announced where the leaving is only the condition of something else ("...
once the country's withdrawal takes effect"). Sentences of our own."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import claims


def policy(state: str, date: str | None) -> tuple[object, ...]:
    return ("policy_change", state, date, None, None, None, None, None)


ROWS = [
    ("The Latvian cabinet on Tuesday approved amendments to the National Armed Forces Law that "
     "will allow the army to stockpile and use anti-personnel mines.",
     [policy("LVA", "2026-03-10")]),
    ("Finland's parliament on 4 March passed a bill which would permit the Defence Forces to "
     "produce anti-personnel mines.", [policy("FIN", "2026-03-04")]),
    ("The Polish government on Monday adopted a plan for the domestic manufacture of "
     "anti-personnel mines.", [policy("POL", "2026-03-09")]),
    ("In 2014 the United States announced that it would not produce or acquire any "
     "anti-personnel landmines.", [policy("USA", "2014")]),
    ("On 3 February Ukraine's defence minister said the country would never again transfer "
     "anti-personnel mines abroad.", [policy("UKR", "2026-02-03")]),
    # negatives: a possibility reported; a plan to clear mines; a law that will ban something
    # else; a condition
    ("Deputy Defence Minister Anna Nowak said Polish industry could deliver its first mines to "
     "the army within a year.", []),
    ("Lithuania's government approved a plan for the clearance of mines along the border.", []),
    ("The cabinet approved amendments to the traffic code that will allow drivers to use "
     "bus lanes.", []),
    ("Under the decision, Estonia's state arsenal will be allowed to store mines once the "
     "country's withdrawal from the Ottawa Convention takes effect.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_policy_decision(text: str, expected: list[object]) -> None:
    found = claims(text, PartialDate.parse("2026-03-12"), "en")
    kept = [c for c in found if c[0] in ("policy_change", "treaty_action")]
    assert kept == expected
