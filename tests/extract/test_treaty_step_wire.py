"""Treaty steps as wire copy tells them (issue 8, treaty pass 3 on blind batches 15-19): any
noun of leaving and a qualified effect ("its departure became effective", "took legal effect"),
a parliament that "gave final approval" or voted to "pull the country out", an instrument
deposited with the indefinite article (the depositary's own wording), "became the Nth State
Party" dated by a day that cannot be an entry into force, a state's ratification that "came
into force", a step told in a phrase counted in days from the main clause's day, and a
weekday after a withdrawal that "takes effect" (the coming one); the decision to join in any
wording ("voted on Thursday to ratify", "passed a bill authorising accession"), "the landmine
pact", an instrument "received" or "registered" by the depositary, a "diplomatic note" on
leaving, a notice that "reached" the UN. Every sentence is our own wording; none is copied from
a passage."""

from __future__ import annotations

import pytest

from .test_treaty_step_kinds import Step, steps

Row = tuple[str, str, list[Step]]

# --- any noun of leaving, and the effect qualified -------------------------------------------
LEAVING_NOUNS: list[Row] = [
    ("Poland's departure from the Ottawa Convention became effective on Friday, leaving the "
     "country free to produce anti-personnel mines again.", "2026-02-21",
     [("POL", "withdrawal_effective", "2026-02-20")]),
    ("Kyiv completed its exit from the Ottawa treaty on Saturday, the foreign ministry said.",
     "2026-01-12", [("UKR", "withdrawal_effective", "2026-01-10")]),
    ("Estonia's pull-out from the Mine Ban Treaty took formal effect on 27 December.",
     "2026-01-05", [("EST", "withdrawal_effective", "2025-12-27")]),
    ("The withdrawal of Latvia from the Ottawa Convention took legal effect at midnight on 27 "
     "December.", "2026-01-02", [("LVA", "withdrawal_effective", "2025-12-27")]),
    ("VILNIUS, Dec 29 (Reuters) - Lithuania formally quit the Ottawa Convention on Saturday, six "
     "months after it lodged its notice of withdrawal with the United Nations.", "2025-12-29",
     [("LTU", "withdrawal_effective", "2025-12-27")]),
    # negatives: still to come, whether in the future or the present with a weekday
    ("Finland's exit from the Mine Ban Treaty will become legally effective in January.",
     "2025-07-15", []),
    ("Lithuania's departure from the landmine treaty takes effect on Saturday.", "2025-12-25", []),
    ("Estonia's withdrawal from the Ottawa Convention becomes effective on Saturday, the foreign "
     "ministry said.", "2025-12-24", []),
]  # fmt: skip

# --- the exit in force, in the past or as a state since ---------------------------------------
IN_FORCE_SINCE: list[Row] = [
    ("The Baltic states' withdrawal from the Ottawa Convention entered into force on 27 "
     "December.", "2026-01-05",
     [("EST", "withdrawal_effective", "2025-12-27"), ("LTU", "withdrawal_effective", "2025-12-27"),
      ("LVA", "withdrawal_effective", "2025-12-27")]),
    ("Poland's withdrawal from the Ottawa Convention has been effective since 20 February, "
     "officials said.", "2026-03-01", [("POL", "withdrawal_effective", "2026-02-20")]),
    ("Finland's departure from the Mine Ban Treaty was effective as of 10 January.",
     "2026-01-20", [("FIN", "withdrawal_effective", "2026-01-10")]),
    # negatives: still to come ("comes into force"), or a present with no past day ("is
    # effective from" in early December)
    ("Poland's withdrawal from the Ottawa Convention comes into force on 20 February.",
     "2026-02-01", []),
    ("Latvia's withdrawal from the Ottawa Convention is effective from 27 December.",
     "2025-12-01", []),
]  # fmt: skip

# --- the parliament's approval in other words -------------------------------------------------
APPROVAL: list[Row] = [
    ("Latvia's parliament gave final approval on Wednesday to the country's withdrawal from the "
     "Ottawa treaty.", "2025-04-17", [("LVA", "parliament_approves_withdrawal", "2025-04-16")]),
    ("Lithuania's Seimas gave the green light on Thursday to leaving the Mine Ban Treaty.",
     "2025-05-09", [("LTU", "parliament_approves_withdrawal", "2025-05-08")]),
    ("Latvian lawmakers voted overwhelmingly on Wednesday to pull the country out of the Ottawa "
     "Convention.", "2025-04-17", [("LVA", "parliament_approves_withdrawal", "2025-04-16")]),
    ("Lawmakers in Riga voted 68-14 on Wednesday to leave the convention banning anti-personnel "
     "mines.", "2025-04-17", [("LVA", "parliament_approves_withdrawal", "2025-04-16")]),
    # negative: an approval still awaited is no vote
    ("Estonia's parliament has yet to give its approval to leaving the Ottawa Convention.",
     "2025-05-09", []),
]  # fmt: skip

# --- an instrument deposited, as the depositary words it --------------------------------------
DEPOSITARY: list[Row] = [
    ("On 12 March 2026, the Government of Tuvalu deposited an instrument of accession to the "
     "Ottawa Convention with the Secretary-General. The Convention will enter into force for "
     "Tuvalu on 1 September 2026 in accordance with its article 17(2).", "2026-03-13",
     [("TUV", "join", "2026-03-12")]),
    ("On 27 June 2025, the Government of Latvia deposited an instrument of withdrawal from the "
     "Ottawa Convention with the Secretary-General.", "2025-06-30",
     [("LVA", "withdrawal_notified", "2025-06-27")]),
    ("Palau's ambassador on Tuesday presented an instrument of ratification of the Mine Ban "
     "Treaty to the UN depositary.", "2026-04-17", [("PLW", "join", "2026-04-14")]),
    ("On 20 August 2025, the Government of Poland notified the Secretary-General of its "
     "decision to withdraw from the Convention on the Prohibition of Anti-Personnel Mines.",
     "2025-08-22", [("POL", "withdrawal_notified", "2025-08-20")]),
]  # fmt: skip

# --- "became the Nth State Party": the day decides (Art. 17(2): entry into force on a 1st) ----
BECAME_PARTY: list[Row] = [
    ("The Marshall Islands became the 165th State Party to the Ottawa Convention after "
     "depositing its instrument of ratification with the UN Secretary-General on Monday.",
     "2026-04-15", [("MHL", "join", "2026-04-13")]),
    ("Sri Lanka became the 163rd State Party to the Mine Ban Treaty on Wednesday when its "
     "ambassador handed over the instrument of accession in New York.", "2017-12-15",
     [("LKA", "join", "2017-12-13")]),
    ("Oman became the 163rd State Party to the Ottawa Convention on 20 August 2014, when it "
     "deposited its instrument of accession.", "2014-09-01", [("OMN", "join", "2014-08-20")]),
    # the first of a month is the entry into force, with or without the instrument told
    ("Tuvalu formally became a State Party to the Mine Ban Treaty on 1 August 2026.",
     "2026-08-03", [("TUV", "entry_into_force", "2026-08-01")]),
]  # fmt: skip

# --- the state's own step taking effect: the entry into force ---------------------------------
IN_FORCE: list[Row] = [
    ("Ethiopia's ratification of the mine ban treaty came into force on 1 June 2005.",
     "2005-06-10", [("ETH", "entry_into_force", "2005-06-01")]),
    ("Somalia's accession to the Ottawa Convention took effect on 1 October 2012.",
     "2012-10-05", [("SOM", "entry_into_force", "2012-10-01")]),
    ("For Palestine, the Ottawa Convention entered into force on 1 June 2018.", "2018-06-05",
     [("PSE", "entry_into_force", "2018-06-01")]),
    ("For South Sudan, the Mine Ban Treaty came into force on 1 August 2011.", "2011-08-05",
     [("SSD", "entry_into_force", "2011-08-01")]),
    # negative: the Convention's own entry into force is no state's step
    ("The Ottawa Convention entered into force on 1 March 1999.", "2011-08-05", []),
]  # fmt: skip

# --- a step told in a phrase counted in days from the main clause's day -----------------------
COUNTED: list[Row] = [
    ("Estonian officials on Tuesday unveiled plans to mine the border, three days after the "
     "country's exit from the Ottawa Convention took effect.", "2025-12-30",
     [("EST", "withdrawal_effective", "2025-12-27")]),
    ("The Lithuanian defence ministry signed a contract for anti-personnel mines on 3 January, a "
     "week after the country's exit from the Ottawa Convention took effect.", "2026-01-05",
     [("LTU", "withdrawal_effective", "2025-12-27")]),
    ("Riga announced a mine purchase on 29 December, two days after Latvia's withdrawal from the "
     "Mine Ban Treaty took legal effect.", "2026-01-02",
     [("LVA", "withdrawal_effective", "2025-12-27")]),
    # the phrase's own day wins over any count
    ("The Polish army ordered anti-personnel mines on 24 August, four days after Warsaw "
     "deposited its notice of withdrawal from the Ottawa Convention on 20 August.", "2025-08-30",
     [("POL", "withdrawal_notified", "2025-08-20")]),
]  # fmt: skip


# --- the decision to join in any wording, and joins and notices the depositary receives -------
JOIN_DECIDED: list[Row] = [
    ("Lawmakers in Majuro voted on Thursday to ratify the Mine Ban Treaty.", "2026-03-13",
     [("MHL", "announce_intent_to_join", "2026-03-12")]),
    ("Tonga's parliament passed a bill authorising accession to the Ottawa Convention on "
     "Thursday.", "2026-03-13", [("TON", "announce_intent_to_join", "2026-03-12")]),
    ("The cabinet of Tuvalu approved on Thursday a bill to accede to the Ottawa Convention.",
     "2026-03-13", [("TUV", "announce_intent_to_join", "2026-03-12")]),
    # negatives: a vote against; a vote to ratify the decree on leaving is the parliament's step
    ("Palau's parliament voted on Thursday against ratifying the Ottawa Convention.",
     "2026-03-13", []),
    ("The Verkhovna Rada voted on Wednesday to ratify the decree on leaving the Ottawa "
     "Convention.", "2025-07-17", [("UKR", "parliament_approves_withdrawal", "2025-07-16")]),
]  # fmt: skip
RECEIVED: list[Row] = [
    ("Palau acceded to the landmine pact on 19 November 2007.", "2008-01-10",
     [("PLW", "join", "2007-11-19")]),
    ("The instrument of accession of Tuvalu was received by the Secretary-General on 13 "
     "September 2011.", "2011-09-20", [("TUV", "join", "2011-09-13")]),
    ("Nauru's instrument of ratification was registered by the depositary on 7 August 2000.",
     "2000-08-20", [("NRU", "join", "2000-08-07")]),
    ("Vilnius sent a diplomatic note to the UN Secretary-General on Friday announcing its "
     "withdrawal from the Ottawa Convention.", "2025-06-30",
     [("LTU", "withdrawal_notified", "2025-06-27")]),
    ("Kyiv's notice of withdrawal from the Ottawa Convention reached the UN depositary on 30 "
     "June.", "2025-07-05", [("UKR", "withdrawal_notified", "2025-06-30")]),
    ("Estonia's withdrawal notification under the Ottawa Convention arrived at the United "
     "Nations on 27 June, the foreign ministry said.", "2025-07-01",
     [("EST", "withdrawal_notified", "2025-06-27")]),
    # negative: a note on another matter
    ("Latvia sent a diplomatic note to the UN Secretary-General on Friday about its Article 7 "
     "report under the Ottawa Convention.", "2025-07-01", []),
]  # fmt: skip


# --- Portuguese: the state and the Convention's full title between noun and verb --------------
PORTUGUESE: list[Row] = [
    ("A saída da Lituânia da Convenção sobre a Proibição do Uso, Armazenamento, Produção e "
     "Transferência de Minas Antipessoal tornou-se efetiva a 27 de dezembro.", "2026-01-05",
     [("LTU", "withdrawal_effective", "2025-12-27")]),
    ("A retirada da Letónia do tratado de Otava que proíbe as minas antipessoal e a sua "
     "produção entrou em vigor a 27 de dezembro.", "2026-01-05",
     [("LVA", "withdrawal_effective", "2025-12-27")]),
    # negative: still to come
    ("A saída da Polónia da Convenção de Otava sobre a proibição de minas antipessoal deverá "
     "tornar-se efetiva em fevereiro.", "2026-01-05", []),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    PORTUGUESE
    + LEAVING_NOUNS
    + IN_FORCE_SINCE
    + APPROVAL
    + DEPOSITARY
    + BECAME_PARTY
    + IN_FORCE
    + COUNTED
    + JOIN_DECIDED
    + RECEIVED,
)
def test_treaty_steps_as_wire_copy_tells_them(
    text: str, published: str, expected: list[Step]
) -> None:
    assert steps(text, published) == sorted(expected)
