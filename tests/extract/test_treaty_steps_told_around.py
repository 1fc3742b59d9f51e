"""Treaty steps told around their states (issue 8, held-out batches 31-36): a parliament's act
"on the termination by" a state, a bill with its number ("bill No. 4411"), a chamber named by
its own name (Storting, Riksdag) or told back in the pluperfect ("aveva approvato", "había
aprobado"); states that deposited "similar notices" or took the step "the same day as" the
sentence's state, or "whose withdrawals became effective" in a paragraph after the treaty's;
and the accession of a state the story shows leaving, which is background. Every sentence is
our own wording; none is copied from a passage."""

from __future__ import annotations

import pytest

from .test_treaty_step_kinds import Step, steps

Row = tuple[str, str, list[Step]]

PARLIAMENT: list[Row] = [
    # the act terminating the treaty, by a chamber named in the sentence
    ("On Thursday the Senate adopted without amendments the act on the termination by the "
     "Republic of Chile of the Convention on the Prohibition of Anti-Personnel Mines.",
     "2025-07-10", [("CHL", "parliament_approves_withdrawal", "2025-07-10")]),
    # a bill's number: its dot ends no sentence
    ("Members of parliament supported bill No. 4411 on the withdrawal of Moldova from the "
     "Convention on the Prohibition of Anti-Personnel Mines on 3 July.",
     "2025-07-10", [("MDA", "parliament_approves_withdrawal", "2025-07-03")]),
    # a chamber by its own name
    ("The Storting on Tuesday passed the law on the withdrawal of Norway from the Ottawa "
     "Convention.", "2025-07-10", [("NOR", "parliament_approves_withdrawal", "2025-07-08")]),
    # Italian and Spanish pluperfect, told back after the exit
    ("Il recesso della Norvegia dalla Convenzione di Ottawa è effettivo da oggi. Lo Storting "
     "aveva approvato la legge sul ritiro a marzo, con un'ampia maggioranza.", "2025-07-10",
     [("NOR", "withdrawal_effective", "2025-07-10"),
      ("NOR", "parliament_approves_withdrawal", "2025-03")]),
    ("La salida de Noruega de la Convención de Ottawa es efectiva desde hoy. El Storting había "
     "aprobado la ley de salida en marzo.", "2025-07-10",
     [("NOR", "withdrawal_effective", "2025-07"),
      ("NOR", "parliament_approves_withdrawal", "2025-03")]),
    # near misses: a contract terminated, a bill of another matter
    ("The Senate adopted the act on the termination of the fishing agreement with Norway on 3 "
     "July; the Ottawa Convention was not discussed.", "2025-07-10", []),
    ("Members of parliament supported bill No. 4411 on road safety on 3 July, after a debate on "
     "the Ottawa Convention.", "2025-07-10", []),
]  # fmt: skip

SHARED: list[Row] = [
    ("Norway's notice of withdrawal from the Ottawa Convention was deposited on Wednesday.\n\n"
     "Chile, Peru and Bolivia deposited similar notices on 27 June.", "2026-01-14",
     [("NOR", "withdrawal_notified", "2026-01-14"), ("CHL", "withdrawal_notified", "2025-06-27"),
      ("PER", "withdrawal_notified", "2025-06-27"), ("BOL", "withdrawal_notified", "2025-06-27")]),
    ("Norway's withdrawal from the Ottawa Convention took effect on Saturday.\n\nThe move "
     "follows Chile, Peru and Bolivia, whose withdrawals became effective on December 27, 2025.",
     "2026-01-14",
     [("NOR", "withdrawal_effective", "2026-01-10"), ("CHL", "withdrawal_effective", "2025-12-27"),
      ("PER", "withdrawal_effective", "2025-12-27"),
      ("BOL", "withdrawal_effective", "2025-12-27")]),
    ("Chile's withdrawal from the Ottawa Convention took effect today. Santiago submitted the "
     "withdrawal notification on 27 June 2025, the same day as Peru and Bolivia, after the "
     "Senate voted in May to leave the treaty.", "2026-01-14",
     [("CHL", "withdrawal_effective", "2026-01-14"), ("CHL", "withdrawal_notified", "2025-06-27"),
      ("CHL", "parliament_approves_withdrawal", "2025-05"),
      ("PER", "withdrawal_notified", "2025-06-27"), ("BOL", "withdrawal_notified", "2025-06-27")]),
    ("Chile's withdrawal from the Ottawa Convention took effect today. Chile notified the UN of "
     "its withdrawal on 27 June 2025, as did Peru and Bolivia.", "2026-01-14",
     [("CHL", "withdrawal_effective", "2026-01-14"), ("CHL", "withdrawal_notified", "2025-06-27"),
      ("PER", "withdrawal_notified", "2025-06-27"), ("BOL", "withdrawal_notified", "2025-06-27")]),
    # near misses: notices only considered; a shared day with no day told before it; a region
    ("Norway's notice of withdrawal from the Ottawa Convention was deposited on Wednesday. Chile "
     "and Peru are considering similar notices.", "2026-01-14",
     [("NOR", "withdrawal_notified", "2026-01-14")]),
    ("Chile's withdrawal from the Ottawa Convention took effect today. Chile notified the UN of "
     "its withdrawal on 27 June 2025, as did its neighbours.", "2026-01-14",
     [("CHL", "withdrawal_effective", "2026-01-14"), ("CHL", "withdrawal_notified", "2025-06-27")]),
    ("Chile's withdrawal from the Ottawa Convention took effect today. Chile notified the UN of "
     "its withdrawal on 27 June 2025, a day on which Peru held elections.", "2026-01-14",
     [("CHL", "withdrawal_effective", "2026-01-14"), ("CHL", "withdrawal_notified", "2025-06-27")]),
]  # fmt: skip

BACKGROUND: list[Row] = [
    ("Norway leaves mine ban treaty\n\nNorway's withdrawal from the Ottawa Convention took "
     "effect on Saturday.\n\nNorway ratified the treaty in 1998 and destroyed its stockpile.",
     "2026-01-14", [("NOR", "withdrawal_effective", "2026-01-10")]),
    ("Chile's exit from the Ottawa Convention became effective today.\n\nChile acceded to the "
     "treaty in 2001.", "2026-01-14", [("CHL", "withdrawal_effective", "2026-01-14")]),
    ("Peru notified the UN of its withdrawal from the Ottawa Convention on 3 March 2026. Peru "
     "joined the Convention in 1998, and its exit takes effect in September.", "2026-03-10",
     [("PER", "withdrawal_notified", "2026-03-03")]),
    # near misses: a roster of joins keeps every state; a join of a state not leaving stays
    ("Norway's withdrawal from the Ottawa Convention took effect on Saturday.\n\nFive states "
     "have joined the Convention since 2011: Norway (2012), Chile (2012), Peru (2013), "
     "Bolivia (2014) and Oman (2014).", "2026-01-14",
     [("NOR", "withdrawal_effective", "2026-01-10"), ("NOR", "join", "2012"),
      ("CHL", "join", "2012"), ("PER", "join", "2013"), ("BOL", "join", "2014"),
      ("OMN", "join", "2014")]),
    ("Norway's withdrawal from the Ottawa Convention took effect on Saturday.\n\nOman acceded "
     "to the treaty on 20 August 2014.", "2026-01-14",
     [("NOR", "withdrawal_effective", "2026-01-10"), ("OMN", "join", "2014-08-20")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), PARLIAMENT + SHARED + BACKGROUND)
def test_treaty_steps_told_around(text: str, published: str, expected: list[Step]) -> None:
    assert steps(text, published) == sorted(expected)
