"""Treaty steps: who took them and the second step of a sentence (issue 8, treaty pass on blind
batches 15 and 16). A subdivision named as the depositary's place is never the acting state; a
first-person step is the section's state; states named as those the step was taken alongside
add the section's state; a parliament's place in a series ("was the last to approve"); a day
in the month of the sentence's first step is the second step's own; the decree told back in a
paragraph of its own. Every sentence is our own wording; none is copied from a passage."""

from __future__ import annotations

import pytest

from .test_treaty_step_kinds import Step, steps

Row = tuple[str, str, list[Step]]

# --- the depositary's place and the first person ----------------------------------------------
PLACE_AND_VOICE: list[Row] = [
    ("Tuvalu has become the newest State Party to the Ottawa Convention. Its ambassador deposited "
     "the instrument of accession at UN headquarters in New York on 3 February 2026.",
     "2026-02-10", [("TUV", "join", "2026-02-03")]),
    ("Palau ratified the Mine Ban Treaty this year. Our ambassador handed the instrument of "
     "ratification to the Secretary-General in New York on 9 April 2026.", "2026-04-20",
     [("PLW", "join", "2026-04-09")]),
    ("Statement of the Government of Tonga on the Ottawa Convention. We deposited our "
     "instrument of accession with the depositary in New York on 14 May 2026.", "2026-05-20",
     [("TON", "join", "2026-05-14")]),
    # negative: a province is never the state joining, and nothing else acts here
    ("An instrument of accession to the Ottawa Convention was deposited in New York on 2 March "
     "2026.", "2026-03-10", []),
]  # fmt: skip

# --- states the step was taken alongside ------------------------------------------------------
ALONGSIDE: list[Row] = [
    ("Latvia left the Ottawa Convention on 27 December. Its notice had been deposited on 27 "
     "June, the same day as those of Estonia and Lithuania.", "2026-01-03",
     [("EST", "withdrawal_notified", "2025-06-27"), ("LTU", "withdrawal_notified", "2025-06-27"),
      ("LVA", "withdrawal_effective", "2025-12-27"),
      ("LVA", "withdrawal_notified", "2025-06-27")]),
    ("Poland quit the Ottawa treaty in February. The notification was deposited on 20 August "
     "along with Finland's.", "2026-03-01",
     [("FIN", "withdrawal_notified", "2025-08-20"), ("POL", "withdrawal_effective", "2026-02"),
      ("POL", "withdrawal_notified", "2025-08-20")]),
    # negative: a state set against the subject ("unlike Poland") took no step
    ("Estonia deposited its notice of withdrawal from the Ottawa Convention on 27 June, unlike "
     "Poland.", "2025-07-02", [("EST", "withdrawal_notified", "2025-06-27")]),
]  # fmt: skip

# --- a parliament's place in a series ---------------------------------------------------------
SERIES: list[Row] = [
    ("Latvia's Saeima was the first to approve leaving the Ottawa Convention, on 16 April.",
     "2025-05-01", [("LVA", "parliament_approves_withdrawal", "2025-04-16")]),
    ("The Riigikogu became the last Baltic parliament to vote for withdrawal from the Ottawa "
     "treaty on 4 June.", "2025-06-10", [("EST", "parliament_approves_withdrawal", "2025-06-04")]),
    ("Lithuania's Seimas was the second chamber to back the exit from the Mine Ban Treaty, on 8 "
     "May.", "2025-05-20", [("LTU", "parliament_approves_withdrawal", "2025-05-08")]),
    # negative: the first to call for leaving is no vote (and wished for, no step)
    ("Poland's Sejm was the last to debate whether to leave the Ottawa Convention.",
     "2025-06-10", []),
]  # fmt: skip

# --- two steps in one sentence, the second dated within the first one's month -----------------
SAME_MONTH: list[Row] = [
    ("Estonia's parliament voted in June to leave the Ottawa treaty, and the government "
     "deposited its instrument of withdrawal on June 27.", "2025-12-29",
     [("EST", "parliament_approves_withdrawal", "2025-06"),
      ("EST", "withdrawal_notified", "2025-06-27")]),
    ("The Saeima approved the exit from the Ottawa Convention in April, and the notification "
     "was submitted on 28 April.", "2025-05-15",
     [("LVA", "parliament_approves_withdrawal", "2025-04"),
      ("LVA", "withdrawal_notified", "2025-04-28")]),
    ("Finland deposited its notice of withdrawal from the Ottawa Convention in July 2025, and "
     "its exit took effect on 10 January 2026.", "2026-01-15",
     [("FIN", "withdrawal_effective", "2026-01-10"), ("FIN", "withdrawal_notified", "2025-07")]),
    # negative: one date for both cues is one step's ("took effect ..., six months after")
    ("Lithuania's exit from the Ottawa Convention took effect on 27 December, six months after "
     "its notice.", "2026-01-02", [("LTU", "withdrawal_effective", "2025-12-27")]),
]  # fmt: skip

# --- the decree told back in a paragraph of its own -------------------------------------------
DECREE_BACK: list[Row] = [
    ("Parliament in Kyiv on Wednesday backed Ukraine's withdrawal from the Ottawa Convention.\n\n"
     "The vote drew 280 deputies.\n\n"
     "Zelensky signed the decree on June 29, after a security council meeting.", "2025-07-17",
     [("UKR", "announce_intent_to_withdraw", "2025-06-29"),
      ("UKR", "parliament_approves_withdrawal", "2025-07-16")]),
    ("Moldova's parliament approved leaving the Mine Ban Treaty on 3 March.\n\n"
     "President Sandu signed the law on 10 March.", "2026-03-20",
     [("MDA", "parliament_approves_withdrawal", "2026-03-03"),
      ("MDA", "parliament_approves_withdrawal", "2026-03-10")]),
    # negative: a decree in a story that never speaks of leaving the treaty is no step
    ("Ukraine ratified the Ottawa Convention in 2005.\n\n"
     "Zelensky signed the decree on June 29 on new demining funds.", "2025-07-17",
     [("UKR", "join", "2005")]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    PLACE_AND_VOICE + ALONGSIDE + SERIES + SAME_MONTH + DECREE_BACK,
)
def test_treaty_step_actors(text: str, published: str, expected: list[Step]) -> None:
    assert steps(text, published) == sorted(expected)
