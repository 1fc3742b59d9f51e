"""A learned sentence classifier in front of the rules: sentences it flags get argument filling.

The rules' cue lists only know the phrasings they were written for (KINDS.md K10, K12, K15,
K20). A sentence classifier proposes, for each sentence, the event types it states; where it
proposes a type that no rule drafted from that sentence, the same argument rules the rest of
the engine uses (subject and place states, dates, counts, quantities, vetoes) fill a draft.
No argument is invented: a proposal the rules cannot fill (no state, no figure where the type
needs one, a vetoed plan or negation) is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from minewatch.extract import actors, triggers
from minewatch.extract.allegations import laying_date
from minewatch.extract.drafts import Draft, View
from minewatch.extract.events import Context, casualty_actor, dated, subject

_AREA_OR_DEVICES = ("km2", "m2", "ha", "mines", "mines_and_uxo", "uxo", "explosive_devices")


class SentenceClassifier(Protocol):
    """Event types each sentence states (``minewatch.extract.model.EVENT_TYPES`` values)."""

    def types(self, sentences: Sequence[str]) -> list[frozenset[str]]: ...


def proposed_drafts(view: View, context: Context, kinds: frozenset[str]) -> list[Draft]:
    """Drafts for proposed types the rules missed in this sentence; ``[]`` when unfillable."""
    if view.sentence.chrome or triggers.vetoed(view.text, len(view.text)):
        return []
    drafts: list[Draft] = []
    for kind in sorted(kinds):
        filler = _FILLERS.get(kind)
        if filler is not None:
            drafts += filler(view, context)
    return drafts


def _casualty(view: View, context: Context) -> list[Draft]:
    counts = view.counts
    if not counts.stated:
        return []
    draft = Draft("casualty_incident", casualty_actor(view, context), view)
    draft.killed, draft.injured = counts.killed, counts.injured
    if counts.total is not None and not counts.any:
        draft.quantity, draft.unit = counts.total, "casualties"
    draft.location = actors.find_location(view.text)
    draft.date, draft.own_date = dated(view, 0, context)
    return [draft]


def _clearance(view: View, context: Context) -> list[Draft]:
    figures = [q for q in view.quantities if q.unit in _AREA_OR_DEVICES]
    codes = [code for code, _ in subject(view, context)][:1]
    drafts = []
    for code in codes:
        for quantity in figures:
            draft = Draft("clearance_progress", code, view, quantity=quantity.value)
            draft.unit, draft.location = quantity.unit, actors.find_location(view.text)
            draft.date, draft.own_date = dated(view, quantity.start, context)
            drafts.append(draft)
    return drafts


def _stockpile(view: View, context: Context) -> list[Draft]:
    codes = [code for code, _ in subject(view, context)][:1]
    mines = [q for q in view.quantities if q.unit == "mines"]
    drafts = []
    for code in codes:
        draft = Draft("stockpile_destruction", code, view)
        if mines:
            draft.quantity, draft.unit = mines[0].value, "mines"
        draft.date, draft.own_date = dated(view, mines[0].start if mines else 0, context)
        drafts.append(draft)
    return drafts


_FORCES_AFTER = re.compile(r"^\s*(?:[\w-]+\s+)?(?:forces|troops|army|military|soldiers|units)\b")


def _use(view: View, context: Context) -> list[Draft]:
    """The accused: a state whose forces are named, else the non-state group's country."""
    accused = [m.iso3s[0] for m in view.mentions if _FORCES_AFTER.match(view.text[m.end :])]
    if not accused and actors.NON_STATE.search(view.text):
        place = actors.place_state(view.text, view.mentions)
        accused = [place] if place else []
    date = laying_date(view, 0, context.anchor)
    return [Draft("use_allegation", code, view, date, date is not None) for code in accused[:1]]


def _policy(view: View, context: Context) -> list[Draft]:
    if not triggers.POLICY_CONTEXT.search(view.text):
        return []
    drafts = []
    for code, _ in subject(view, context)[:1]:
        draft = Draft("policy_change", code, view)
        draft.date, draft.own_date = dated(view, 0, context, announced=True)
        drafts.append(draft)
    return drafts


_ACTIONS = [
    ("withdrawal_effective", re.compile(r"\beffect", re.I)),
    ("withdrawal_notified", re.compile(r"\b(?:notif\w+|notice|deposit\w*|instrument)", re.I)),
    (
        "parliament_approves_withdrawal",
        re.compile(r"\b(?:parliament|vote[sd]?|lawmakers|deputies|MPs|Sejm|Seimas|Saeima)\b", re.I),
    ),
    ("announce_intent_to_withdraw", re.compile(r"\b(?:withdraw\w*|exit|leav\w+|quit)", re.I)),
    (
        "join",
        re.compile(r"\b(?:ratif\w+|acce\w+|join\w*|became\s+(?:a\s+)?(?:State\s+)?Party)", re.I),
    ),
]


def _treaty(view: View, context: Context) -> list[Draft]:
    if not triggers.TREATY_CONTEXT.search(view.text):
        return []
    action = next((name for name, cue in _ACTIONS if cue.search(view.text)), None)
    if action is None:
        return []
    drafts = []
    for code, _ in subject(view, context):
        draft = Draft("treaty_action", code, view, action=action)
        draft.date, draft.own_date = dated(view, 0, context, announced=True)
        if action != "join" or draft.date is not None:
            drafts.append(draft)
    return drafts


_FILLERS = {
    "casualty_incident": _casualty,
    "clearance_progress": _clearance,
    "stockpile_destruction": _stockpile,
    "use_allegation": _use,
    "policy_change": _policy,
    "treaty_action": _treaty,
}
