"""Sentence -> draft events: which type, which states, which date, which numbers."""

from __future__ import annotations

import re
from dataclasses import dataclass

from minewatch.extract import actors, allegations, impacts, triggers
from minewatch.extract.dates import Anchor, DateMention
from minewatch.extract.drafts import Draft, View
from minewatch.extract.gazetteer import Mention


@dataclass(frozen=True)
class Context:
    """What a sentence may borrow: the previous sentences, the document focus, the anchor."""

    previous: list[View]
    focus: str | None
    anchor: Anchor


def draft_events(view: View, context: Context) -> list[Draft]:
    """All draft events one sentence supports."""
    if view.sentence.chrome or view.sentence.bullet or triggers.CLUSTER.search(view.text):
        return []
    drafts: list[Draft] = []
    drafts += _treaty(view, context)
    drafts += _policy(view, context)
    drafts += _use(view, context)
    drafts += _casualty(view, context)
    drafts += _stockpile_or_clearance(view, context)
    return drafts


def nearest_date(view: View, position: int) -> str | None:
    usable = [m for m in view.dates if m.usable]
    if not usable:
        return None
    best = min(usable, key=lambda m: min(abs(m.start - position), abs(m.end - position)))
    return best.value


def _mention_date(view: View, mention: Mention, anchor: Anchor) -> str | None:
    """A date in brackets right after a state: "Haiti (February 2006)"."""
    tail = view.text[mention.end : mention.end + 25]
    if not re.match(r"\s*\(", tail):
        return None
    inside = [m for m in view.dates if mention.end < m.start <= mention.end + 20 and m.usable]
    return inside[0].value if inside else None


def _borrowed_actor(view: View, context: Context) -> list[str]:
    for previous in reversed(context.previous[-3:]):
        if previous.mentions:
            return list(previous.mentions[-1].iso3s)
    if view.sentence.headline and context.focus:
        return [context.focus]
    return []


def _borrowed_date(view: View, context: Context) -> str | None:
    if not triggers.ANAPHORIC.match(view.text) or not context.previous:
        return None
    values = [m.value for m in context.previous[-1].dates if m.usable and m.value]
    return max(values) if values else None


def _subject(view: View, context: Context) -> list[tuple[str, Mention | None]]:
    group = actors.subject_group(view.text, view.mentions)
    if group:
        return [(code, m) for m in group for code in m.iso3s]
    return [(code, None) for code in _borrowed_actor(view, context)]


def _dated(view: View, position: int, context: Context) -> tuple[str | None, bool]:
    own = nearest_date(view, position)
    if own is not None:
        return own, True
    return _borrowed_date(view, context), False


def _treaty(view: View, context: Context) -> list[Draft]:
    if not triggers.TREATY_CONTEXT.search(view.text):
        return []
    for action, pattern in triggers.TREATY_ACTIONS:
        match = pattern.search(view.text)
        if match and not triggers.vetoed(view.text, match.start()):
            return _treaty_drafts(view, context, action, match.start())
    return []


def _treaty_drafts(view: View, context: Context, action: str, position: int) -> list[Draft]:
    date, own = _dated(view, position, context)
    drafts: list[Draft] = []
    for code, mention in _subject(view, context):
        when = (_mention_date(view, mention, context.anchor) if mention else None) or date
        if action == "join" and when is None:
            continue  # an undated accession is background, not a claim
        drafts.append(Draft("treaty_action", code, view, when, own, action=action))
    return drafts


def _policy(view: View, context: Context) -> list[Draft]:
    match = triggers.POLICY.search(view.text)
    if not match or triggers.vetoed(view.text, match.start()):
        return []
    if not triggers.POLICY_CONTEXT.search(view.text):
        return []
    date, own = _dated(view, match.start(), context)
    subject = _subject(view, context)[:1]
    return [Draft("policy_change", code, view, date, own) for code, _ in subject]


def _use(view: View, context: Context) -> list[Draft]:
    return allegations.use_drafts(view, context.anchor)


def _casualty_actor(view: View, context: Context) -> str | None:
    own = actors.place_state(view.text, view.mentions)
    if own is not None:
        return own
    borrowed = _borrowed_actor(view, context)
    return borrowed[0] if borrowed else None


def _casualty(view: View, context: Context) -> list[Draft]:
    previous = context.previous[-1] if context.previous else None
    drafts = impacts.casualty_drafts(view, previous, _casualty_actor(view, context))
    for draft in drafts:
        position = view.text.find(" ")
        draft.date, draft.own_date = _dated(view, max(position, 0), context)
        if draft.blast and not draft.own_date:
            draft.date = None
    return drafts


def _stockpile_or_clearance(view: View, context: Context) -> list[Draft]:
    subject = [code for code, _ in _subject(view, context)]
    drafts: list[Draft] = []
    for draft in impacts.stockpile_drafts(view, subject):
        match = triggers.STOCKPILE.search(view.text)
        draft.date, draft.own_date = _dated(view, match.start() if match else 0, context)
        drafts.append(draft)
    for draft, position in impacts.clearance_drafts(view, subject):
        draft.date, draft.own_date = _dated(view, position, context)
        drafts.append(draft)
    return drafts
