"""Treaty steps in more of a writer's forms (issue 8, blind batch 12's misses by stage): the year
in a treaty's name never dates a step, "became a party" told as the join, the treaty named
"the Ottawa treaty" in lower case, the states between "the withdrawals of" and "became
effective", the decree or law "signed" in a story about leaving, a notice told as "the withdrawal
instrument". Every sentence is our own wording; none is copied from a passage."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import project, read
from .test_treaty_step_kinds import Step, steps

Row = tuple[str, str, list[Step]]


# --- the year in a treaty's name is no date ---------------------------------------------------
# "the 1997 Ottawa Convention" names the treaty: the step takes its own day, and a second step
# told beside it keeps its own (it used to be dropped as the same date as the first).
NAME_YEAR: list[Row] = [
    ("Finland ceased to be a party to the 1997 Ottawa Convention on Saturday, the ministry said.",
     "2026-01-12", [("FIN", "withdrawal_effective", "2026-01-10")]),
    ("Lithuania left the 1997 Mine Ban Treaty on 27 December, officials in Vilnius confirmed.",
     "2026-01-05", [("LTU", "withdrawal_effective", "2025-12-27")]),
    ("The Seimas voted on Thursday to withdraw Lithuania from the 1997 Convention on the "
     "Prohibition of Anti-Personnel Mines.", "2025-05-10",
     [("LTU", "parliament_approves_withdrawal", "2025-05-08")]),
    ("Poland handed its notice of withdrawal from the 1997 treaty to the United Nations on 20 "
     "August.", "2025-09-02", [("POL", "withdrawal_notified", "2025-08-20")]),
    ("Moldova signed the 1997 Ottawa Convention in 1997 and ratified it in 2000.",
     "2024-01-01", [("MDA", "join", "2000")]),
]  # fmt: skip

# --- the decree or the law signed, told after the step it belongs to --------------------------
# In a story about leaving the treaty, "signed the decree" is the executive's decision (announce)
# with its own day, beside the parliament's vote.
SIGNED_BACK: list[Row] = [
    ("Ukraine's parliament on Wednesday backed the decree taking the country out of the 1997 "
     "Ottawa Convention. Zelenskyy had signed the decree on June 29.", "2025-07-17",
     [("UKR", "announce_intent_to_withdraw", "2025-06-29"),
      ("UKR", "parliament_approves_withdrawal", "2025-07-16")]),
    ("Ukraine's parliament backed leaving the Ottawa Convention on 16 July. Zelenskyy had signed "
     "the decree on 29 June.", "2025-07-20",
     [("UKR", "announce_intent_to_withdraw", "2025-06-29"),
      ("UKR", "parliament_approves_withdrawal", "2025-07-16")]),
    ("Lawmakers in Kyiv approved the exit from the Ottawa Convention on Wednesday. The president "
     "issued the decree on June 29.", "2025-07-18",
     [("UKR", "announce_intent_to_withdraw", "2025-06-29"),
      ("UKR", "parliament_approves_withdrawal", "2025-07-16")]),
]  # fmt: skip

# --- "became a party": the join, unless the entry into force is what is told ------------------
# With no instrument, ratification or accession beside it and no first day of a month (the only
# day the treaty enters into force for a state), becoming a party is the join.
BECAME_PARTY: list[Row] = [
    ("Oman became a party to the Mine Ban Convention in 2014.", "2024-03-01",
     [("OMN", "join", "2014")]),
    ("Somalia, which became a party to the Ottawa treaty in 2012, has asked for more time to clear "
     "its minefields.", "2024-05-01", [("SOM", "join", "2012")]),
    ("Tuvalu became the 162nd State Party to the Convention in 2011.", "2024-05-01",
     [("TUV", "join", "2011")]),
    # the first day of a month: the entry into force
    ("Palau became a State Party on 1 May 2008, the Convention's secretariat noted.",
     "2024-05-01", [("PLW", "entry_into_force", "2008-05-01")]),
    # the instrument told beside it: the entry into force
    ("Micronesia became the 166th State Party to the Mine Ban Treaty on 1 July, six months after "
     "depositing its instrument of ratification.", "2026-07-08",
     [("FSM", "entry_into_force", "2026-07-01")]),
]  # fmt: skip

# --- the treaty named after a capital in lower case, and the states after "the withdrawals of" -
NAMES_AND_LISTS: list[Row] = [
    ("Riga acceded to the Ottawa treaty in 2005, Vilnius in 2003 and Tallinn in 2004.",
     "2025-12-30", [("EST", "join", "2004"), ("LTU", "join", "2003"), ("LVA", "join", "2005")]),
    ("The Ottawa treaty was ratified by the Solomon Islands on 26 January 1999.",
     "2024-03-01", [("SLB", "join", "1999-01-26")]),
    ("The withdrawals of Estonia, Latvia and Lithuania from the Mine Ban Convention became "
     "effective on 27 December.", "2025-12-30",
     [("EST", "withdrawal_effective", "2025-12-27"),
      ("LTU", "withdrawal_effective", "2025-12-27"),
      ("LVA", "withdrawal_effective", "2025-12-27")]),
    ("The exits of Estonia and Latvia from the anti-personnel mine ban treaty took effect on "
     "Saturday.", "2025-12-30",
     [("EST", "withdrawal_effective", "2025-12-27"),
      ("LVA", "withdrawal_effective", "2025-12-27")]),
    ("Lithuania's withdrawal from the Convention on the Prohibition of Anti-Personnel Mines "
     "finally became effective on 27 December.", "2026-01-03",
     [("LTU", "withdrawal_effective", "2025-12-27")]),
]  # fmt: skip

# --- the notice told as "the withdrawal instrument" or "withdrawal notice" --------------------
NOTICE_NOUNS: list[Row] = [
    ("Parliament endorsed leaving the Ottawa Convention in June, and Finland's withdrawal "
     "instrument was deposited on 10 July.", "2026-01-12",
     [("FIN", "parliament_approves_withdrawal", "2025-06"),
      ("FIN", "withdrawal_notified", "2025-07-10")]),
    ("Finland's withdrawal notice was lodged with the UN on 10 July, the ministry said of the "
     "Ottawa Convention.", "2025-07-20", [("FIN", "withdrawal_notified", "2025-07-10")]),
    ("Latvia's withdrawal instrument, deposited on 27 June, ends its membership of the Mine Ban "
     "Treaty in December.", "2025-07-20", [("LVA", "withdrawal_notified", "2025-06-27")]),
]  # fmt: skip

# --- states and dates coordinated: paired in order, with or without "respectively" ------------
# A list of dates written as one ("in 2007 and 2011") pairs with the list of states; a year
# written once at the end of the list ("on 13 December and 29 December 2017") is each one's.
COORDINATED: list[Row] = [
    ("Palau and Tuvalu acceded to the Mine Ban Treaty in 2007 and 2011.", "2024-03-01",
     [("PLW", "join", "2007"), ("TUV", "join", "2011")]),
    ("Palau and Tuvalu acceded to the Mine Ban Treaty in 2007 and 2011 respectively.",
     "2024-03-01", [("PLW", "join", "2007"), ("TUV", "join", "2011")]),
    ("Estonia, Latvia and Lithuania joined the Ottawa Convention in 2004, 2005 and 2003, "
     "respectively.", "2024-03-01",
     [("EST", "join", "2004"), ("LTU", "join", "2003"), ("LVA", "join", "2005")]),
    ("Sri Lanka and Palestine joined the Mine Ban Treaty on 13 December and 29 December 2017.",
     "2024-01-01", [("LKA", "join", "2017-12-13"), ("PSE", "join", "2017-12-29")]),
    ("Palau acceded in 2007 and Tuvalu in 2011, the Monitor notes of the Ottawa Convention.",
     "2024-01-01", [("PLW", "join", "2007"), ("TUV", "join", "2011")]),
    ("In 2017, Sri Lanka and Palestine both joined the Mine Ban Convention.", "2024-03-01",
     [("LKA", "join", "2017"), ("PSE", "join", "2017")]),
    # parliaments in a list after a colon, each with its own day
    ("The three parliaments voted to leave the Ottawa Convention: the Latvian Saeima on 16 April, "
     "the Lithuanian Seimas on 8 May and the Estonian Riigikogu on 4 June.", "2025-12-28",
     [("EST", "parliament_approves_withdrawal", "2025-06-04"),
      ("LTU", "parliament_approves_withdrawal", "2025-05-08"),
      ("LVA", "parliament_approves_withdrawal", "2025-04-16")]),
]  # fmt: skip

# --- a parliament named alone stands for its state; relative days ---------------------------
LEGISLATURES: list[Row] = [
    ("The Saeima approved the bill on leaving the Ottawa Convention last week.",
     "2025-04-23", [("LVA", "parliament_approves_withdrawal", "2025-04")]),
    ("The Riigikogu voted on Wednesday to quit the Mine Ban Treaty.", "2025-06-06",
     [("EST", "parliament_approves_withdrawal", "2025-06-04")]),
    ("The Riigikogu voted by 81 votes to leave the Mine Ban Treaty earlier this month.",
     "2025-06-20", [("EST", "parliament_approves_withdrawal", "2025-06")]),
    ("Earlier this month, Lithuania's parliament voted to leave the Ottawa Convention.",
     "2025-05-20", [("LTU", "parliament_approves_withdrawal", "2025-05")]),
    ("The Latvian parliament approved the withdrawal from the Ottawa Convention on 16 April.",
     "2025-04-20", [("LVA", "parliament_approves_withdrawal", "2025-04-16")]),
]  # fmt: skip

# --- the notice told after its withdrawal; the treaty named sentences before ------------------
NOTIFIED: list[Row] = [
    ("Ukraine's withdrawal from the Ottawa Convention, notified in July, raises legal questions, "
     "the spokesperson said.", "2025-12-29", [("UKR", "withdrawal_notified", "2025-07")]),
    ("Kyiv's withdrawal from the treaty was notified to the UN Secretary-General on 30 June.",
     "2025-07-10", [("UKR", "withdrawal_notified", "2025-06-30")]),
    ("Poland said in March it would quit the Ottawa treaty. The defence minister praised the army. "
     "Farmers protested in Warsaw. Poland's notification was deposited on 20 August, the ministry "
     "said.", "2025-09-01",
     [("POL", "announce_intent_to_withdraw", "2025-03"),
      ("POL", "withdrawal_notified", "2025-08-20")]),
    ("The Ottawa Convention bans anti-personnel mines. Ministers met on Monday. The weather was "
     "cold. Tonga's instrument of accession was deposited on 3 March.", "2025-03-20",
     [("TON", "join", "2025-03-03")]),
]  # fmt: skip

# --- "has/had become" a party; a date that shares a scheduled date's verb --------------------
BECOME_AND_GAPPED: list[Row] = [
    ("The Marshall Islands had become the 165th State Party earlier this year, she recalled, "
     "speaking of the Mine Ban Convention.", "2025-12-29", [("MHL", "join", "2025")]),
    ("Somalia has become a party to the Ottawa Convention, the UN said on Monday.",
     "2025-03-20", [("SOM", "join", "2025-03-17")]),
    # "and Poland's on 20 February" shares "will take effect": still to come, no step
    ("Finland's exit from the Ottawa Convention will take effect on 10 January and Poland's on 20 "
     "February, officials said.", "2025-12-29", []),
    ("Finland's withdrawal will take effect on 10 January and Poland's on 20 February, she said of "
     "the Ottawa Convention, while Ukraine's purported withdrawal, notified in July, is in doubt.",
     "2025-12-29", [("UKR", "withdrawal_notified", "2025-07")]),
]  # fmt: skip

# --- the depositary named first or as the subject; a passive with a parliament by name; a
# sentence opening on the withdrawal verb; a relative clause after a list of states -----------
DEPOSITARY_AND_PASSIVE: list[Row] = [
    ("Latvia sent the UN Secretary-General its notice of withdrawal from the Ottawa Convention on "
     "27 June.", "2025-07-03", [("LVA", "withdrawal_notified", "2025-06-27")]),
    ("Poland handed the United Nations its instrument of withdrawal from the Ottawa Convention on "
     "20 August.", "2025-09-01", [("POL", "withdrawal_notified", "2025-08-20")]),
    ("The United Nations received Finland's notification of withdrawal from the Ottawa Convention "
     "on 10 July.", "2025-07-20", [("FIN", "withdrawal_notified", "2025-07-10")]),
    ("The UN Secretary-General received Estonia's instrument of withdrawal from the Mine Ban "
     "Treaty on 27 June.", "2025-07-01", [("EST", "withdrawal_notified", "2025-06-27")]),
    ("The bill on leaving the Ottawa Convention was passed by the Sejm on 20 February.",
     "2025-02-25", [("POL", "parliament_approves_withdrawal", "2025-02-20")]),
    ("The withdrawal bill was backed by the Saeima on 16 April, ending Latvia's membership of the "
     "Ottawa Convention.", "2025-04-20", [("LVA", "parliament_approves_withdrawal", "2025-04-16")]),
    ("Leaving the Ottawa treaty was approved by the Riigikogu on 4 June.", "2025-06-10",
     [("EST", "parliament_approves_withdrawal", "2025-06-04")]),
    ("Palau and Tuvalu, which acceded in 2007 and 2011, attended the meeting on the Ottawa "
     "Convention.", "2024-09-05", [("PLW", "join", "2007"), ("TUV", "join", "2011")]),
    ("Estonia and Latvia, which joined the Ottawa Convention in 2004 and 2005, are now leaving "
     "it.", "2025-06-10", [("EST", "join", "2004"), ("LVA", "join", "2005")]),
    ("Sri Lanka and Palestine, which both acceded to the Ottawa Convention in December 2017, sent "
     "delegates.", "2024-06-10", [("LKA", "join", "2017-12"), ("PSE", "join", "2017-12")]),
    # the rule, not a step: six months after the depositary "has received" a notice
    ("The withdrawal will take effect six months after the Secretary-General, the Convention's "
     "depositary, has received Finland's instrument of withdrawal.", "2025-06-10", []),
]  # fmt: skip

# --- a state in force since its exit; a decision to join told as a proposal approved ----------
# "is no longer a party" is the exit, dated by the day it began ("since"/"as of"), else as fresh
# news; plans, hedges, negation and others' wishes are no step.
STATES_AND_PLANS: list[Row] = [
    ("Since 27 December, Latvia is no longer a party to the Ottawa Convention.",
     "2026-01-15", [("LVA", "withdrawal_effective", "2025-12-27")]),
    ("As of 27 December, Latvia is no longer bound by the Ottawa Convention.", "2026-01-15",
     [("LVA", "withdrawal_effective", "2025-12-27")]),
    ("Latvia has no longer been a State Party to the Ottawa Convention since 27 December.",
     "2026-01-15", [("LVA", "withdrawal_effective", "2025-12-27")]),
    ("Latvia is no longer a party to the Ottawa Convention.", "2026-01-15",
     [("LVA", "withdrawal_effective", "2026-01")]),
    ("Nepal's cabinet approved a proposal to accede to the Ottawa Convention on 3 March.",
     "2026-03-10", [("NPL", "announce_intent_to_join", "2026-03-03")]),
    ("Nepal's cabinet endorsed a plan to join the Mine Ban Treaty on 3 March.",
     "2026-03-10", [("NPL", "announce_intent_to_join", "2026-03-03")]),
    ("Parliament approved a bill to ratify the Mine Ban Treaty on 12 May, Tuvalu's speaker said.",
     "2026-05-20", [("TUV", "announce_intent_to_join", "2026-05-12")]),
    ("Nepal is expected to ratify the Ottawa Convention next year.", "2025-05-01", []),
    ("Campaigners urged Finland not to leave the Ottawa Convention.", "2025-05-01", []),
    ("Poland has not yet deposited its notice of withdrawal from the Ottawa Convention.",
     "2025-05-01", []),
    ("If Lithuania leaves the Ottawa Convention, others may follow.", "2025-05-01", []),
    ("Estonia's parliament will vote next week on leaving the Ottawa Convention.",
     "2025-05-01", []),
]  # fmt: skip

# --- a step told in the first person inside a quotation, its speaker and day after it -------
# "today"/"yesterday" in the quotation count from the day the words were spoken, told after the
# quotation as well as before it; "our instrument" is the speaker state's.
QUOTED: list[Row] = [
    ('"We have deposited our instrument of withdrawal from the Ottawa Convention today," '
     "Latvia's foreign minister said on 27 June.", "2025-06-28",
     [("LVA", "withdrawal_notified", "2025-06-27")]),
    ("\"Today we deposited our instrument of accession to the Ottawa Convention,\" Tonga's foreign "
     "minister said on 3 March.", "2026-03-10", [("TON", "join", "2026-03-03")]),
    ("“Yesterday our parliament voted to leave the Ottawa Convention,” Estonia's prime minister "
     "told reporters on Thursday.", "2025-06-07",
     [("EST", "parliament_approves_withdrawal", "2025-06-04")]),
]  # fmt: skip

# --- whose date: a relative clause between commas, a counted span "six months after" --------
# A date inside ", which joined in 2012," is the relative clause's; a date after "six months
# after" (comma or none) is the earlier step's, never the main step's (an effective exit with no
# day of its own is not dated by its notice's).
WHOSE_DATE: list[Row] = [
    ("Finland, which joined in 2012, announced its withdrawal from the Ottawa Convention on 1 "
     "April.", "2025-04-05", [("FIN", "announce_intent_to_withdraw", "2025-04-01")]),
    ("Finland, which joined the Ottawa Convention in 2012, announced its withdrawal last week.",
     "2025-04-05", [("FIN", "announce_intent_to_withdraw", "2025-03")]),
    ("Estonia, who signed up in 2004, notified its withdrawal from the Ottawa Convention on 27 "
     "June.", "2025-07-01", [("EST", "withdrawal_notified", "2025-06-27")]),
    ("Estonia's withdrawal from the Ottawa Convention took effect six months after its "
     "notification of 27 June.", "2026-01-05", [("EST", "withdrawal_effective", "2026-01")]),
    ("Lithuania's exit from the Ottawa treaty became effective on Saturday, exactly half a year "
     "after Vilnius lodged its notice on 27 June.", "2025-12-30",
     [("LTU", "withdrawal_effective", "2025-12-27"), ("LTU", "withdrawal_notified", "2025-06-27")]),
    ("The treaty entered into force for the Marshall Islands on 1 September, six months after it "
     "ratified the Convention on 12 March.", "2025-09-05",
     [("MHL", "entry_into_force", "2025-09-01"), ("MHL", "join", "2025-03-12")]),
]  # fmt: skip

# --- the executive's steps: a government bill, a cabinet's draft law, a proposal, a reported
# intention with a longer verb group ("would begin preparations to leave") ------------------
EXECUTIVE: list[Row] = [
    ("Finland's government sent parliament a bill on leaving the Ottawa Convention on 22 May.",
     "2025-05-30", [("FIN", "announce_intent_to_withdraw", "2025-05-22")]),
    ("The Latvian cabinet approved the draft law on withdrawal from the Ottawa Convention on 25 "
     "March.", "2025-03-30", [("LVA", "announce_intent_to_withdraw", "2025-03-25")]),
    ("Estonia's government formally proposed withdrawing from the Ottawa Convention in March.",
     "2025-06-01", [("EST", "announce_intent_to_withdraw", "2025-03")]),
    ("Prime Minister Orpo said on 1 April that Finland would begin preparations to leave the "
     "Ottawa Convention.", "2025-04-03", [("FIN", "announce_intent_to_withdraw", "2025-04-01")]),
    ("Lithuania's government backed a proposal to exit the Ottawa Convention last Wednesday.",
     "2025-03-28", [("LTU", "announce_intent_to_withdraw", "2025-03-26")]),
    # the parliament's vote on the bill stays the parliament's step
    ("The Sejm passed the bill on withdrawal from the Ottawa Convention on 20 February.",
     "2025-02-25", [("POL", "parliament_approves_withdrawal", "2025-02-20")]),
    ("Opposition parties said they would challenge the bill on leaving the Ottawa Convention.",
     "2025-02-25", []),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    EXECUTIVE
    + WHOSE_DATE
    + QUOTED
    + STATES_AND_PLANS
    + DEPOSITARY_AND_PASSIVE
    + NAME_YEAR
    + SIGNED_BACK
    + BECAME_PARTY
    + NAMES_AND_LISTS
    + NOTICE_NOUNS
    + COORDINATED
    + LEGISLATURES
    + NOTIFIED
    + BECOME_AND_GAPPED,
)
def test_treaty_step_forms(text: str, published: str, expected: list[Step]) -> None:
    assert steps(text, published) == sorted(expected)


# --- Italian: each step in the compound past, the simple past and the passive -----------------
# The deposit of an instrument of ratification or accession is the join (it used to be read as
# a withdrawal's notice); a capital stands for its state ("Roma depositò").
ITALIAN: list[tuple[str, list[Step]]] = [
    ("Nel 1999 Roma depositò lo strumento di ratifica della Convenzione di Ottawa, il 23 aprile.",
     [("ITA", "join", "1999-04-23")]),
    ("Il 23 aprile 1999 l'Italia ha depositato lo strumento di ratifica della Convenzione di "
     "Ottawa.", [("ITA", "join", "1999-04-23")]),
    ("Lo strumento di adesione della Somalia alla Convenzione di Ottawa è stato depositato il 16 "
     "aprile 2012.", [("SOM", "join", "2012-04-16")]),
    ("Il Bhutan aderì alla Convenzione di Ottawa nel 2005.", [("BTN", "join", "2005")]),
    ("La Convenzione di Ottawa fu ratificata dalla Grecia nel 2003.", [("GRC", "join", "2003")]),
    ("La Finlandia è diventata Stato parte della Convenzione di Ottawa nel 2012.",
     [("FIN", "join", "2012")]),
    ("La Polonia notificò il proprio ritiro dalla Convenzione di Ottawa il 20 agosto 2025.",
     [("POL", "withdrawal_notified", "2025-08-20")]),
    ("Varsavia ha depositato lo strumento di ritiro dalla Convenzione di Ottawa il 20 agosto 2025.",
     [("POL", "withdrawal_notified", "2025-08-20")]),
    ("La notifica di ritiro della Lettonia dalla Convenzione di Ottawa è stata depositata il 27 "
     "giugno 2025.", [("LVA", "withdrawal_notified", "2025-06-27")]),
    ("Il Seimas lituano votò l'uscita dalla Convenzione di Ottawa l'8 maggio 2025.",
     [("LTU", "parliament_approves_withdrawal", "2025-05-08")]),
    ("Il parlamento finlandese approvò il ritiro dalla Convenzione di Ottawa il 19 giugno 2025.",
     [("FIN", "parliament_approves_withdrawal", "2025-06-19")]),
    ("L'Estonia uscì dalla Convenzione di Ottawa il 27 dicembre 2025.",
     [("EST", "withdrawal_effective", "2025-12-27")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ITALIAN)
def test_italian_treaty_steps(text: str, expected: list[Step]) -> None:
    found = read(text, PartialDate(2026, 4, 15), "it")
    assert sorted(project(found, "actor_iso3", "action", "date", kind="treaty_action")) == expected
