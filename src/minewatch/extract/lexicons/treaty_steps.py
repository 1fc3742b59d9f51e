"""Treaty steps in one lexicon's language: which step of the Convention a sentence tells, and
who takes it, as ``LexiconReader`` reads them.

A step is the first of the lexicon's step cues (``Lexicon.steps``) in a sentence that names the
Convention, or refers back to it, or tells leaving it after the document named it; a step told
in the future is none, and a decision told without its object is the announcement where the
section told a step of leaving. Its states: those its noun names ("le retrait de la Finlande"),
else those counted or listed in the sentences before; a second step in its own dated clause is
read too. The reader's shared parts (states, subject, dating) stay on ``LexiconReader``; these
functions take the reader.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from minewatch.extract.drafts import LEAVING_STEPS, Draft, View
from minewatch.extract.events import Context
from minewatch.extract.lexicons.parties import _OWNER_GAP, _group, _listed
from minewatch.extract.lexicons.sentences import (
    _apposed_date,
    _clause_date,
    _clause_of,
    compiled,
)
from minewatch.extract.triggers import own_clause

if TYPE_CHECKING:
    from minewatch.extract.lexicons.reading import LexiconReader


def clause_steps(
    view: View,
    text: str,
    cues: tuple[tuple[str, str], ...],
    action_told: str,
    first: re.Match[str],
    actors: list[str | None],
) -> list[Draft]:
    """Two steps told in one sentence, each in its own clause with its own date ("Die Regierung
    hatte die Absicht zum Austritt Anfang April angekündigt, das Parlament stimmte im Juni zu"):
    the second is a step too, dated in its clause (the first then takes its own clause's date,
    at the call). An undated second step is background, and the same step again is another
    state's ("X voted in April, Y in May": ``_gapped``)."""
    own = _clause_of(text, first.end() - 1)
    found: list[Draft] = []
    for action, cue in cues:
        for match in compiled(cue).finditer(text):
            clause = _clause_of(text, match.end() - 1)
            if action == action_told or clause == own:
                continue
            when = _clause_date(view, *clause) or _apposed_date(view, clause[1])
            if when is None or any(d.action == action for d in found):
                continue
            found += [Draft("treaty_action", a, view, when, True, action=action) for a in actors]
    return found


def counted_before(
    reader: LexiconReader, view: View, context: Context, text: str
) -> list[str | None]:
    """The states a count of states refers back to ("Парламенты трех стран одобрили выход",
    "les parlements des trois pays"), in a sentence that names no state: the nearest list
    of exactly that many states among the four sentences before, in the same section."""
    if not reader.lexicon.states_counted or reader._states_in(view, text):
        return []
    counted = reader._compiled("states_counted").search(text)
    size = reader.parse_number(counted.group("n")) if counted is not None else None
    if size is None:
        return []
    for previous in reversed(context.previous[-4:]):
        if previous.sentence.section != view.sentence.section:
            break
        listed: list[str | None] = list(_listed(previous, len(previous.text)))
        for states in (listed, _group(previous, None)):
            if len(states) == size:
                return states
    return []


def listed_before(reader: LexiconReader, view: View, context: Context) -> list[str | None]:
    """The states listed in the sentence just before, in the same section, which told a
    step of theirs, for a step that names no state ("Латвия, Литва и Эстония объявили о
    решении выйти ... Уведомления были направлены 27 июня"): each acts."""
    if reader._states_in(view, view.text) or not context.previous:
        return []
    previous = context.previous[-1]
    if previous.sentence.section != view.sentence.section:
        return []
    if not any(compiled(cue).search(previous.text) for _, cue in reader.lexicon.steps):
        return []
    return list(_listed(previous, len(previous.text))) or _group(previous, None)


def steps(reader: LexiconReader, text: str) -> list[tuple[str, re.Match[str] | None]]:
    """The first treaty cue the sentence holds, as (action, match), in the lexicon's order;
    a cue in a clause of what came before ("через полгода после того, как Таллин направил
    уведомление") only when no other cue is found."""
    earlier = reader._compiled("earlier_clause") if reader.lexicon.earlier_clause else None
    background: list[tuple[str, re.Match[str] | None]] = []
    for action, cue in reader.lexicon.steps:
        step = compiled(cue).search(text)
        if step is None:
            continue
        if earlier is not None and earlier.search(text, 0, step.start()):
            background = background or [(action, step)]
            continue
        return [(action, step)]
    return background


def step_owners(
    reader: LexiconReader, view: View, text: str, step: re.Match[str]
) -> list[str | None]:
    """The states a step's noun names right after it, in the step's cue ("la prise
    d'effet du retrait de la Finlande", "le retrait de l'Estonie, de la Lettonie et de la
    Lituanie"), each joined to the next by a comma or "and" and the same "of"
    (``Lexicon.step_noun``, ``Lexicon.step_of``); empty where no state follows the noun."""
    lexicon = reader.lexicon
    if not lexicon.step_noun or not lexicon.step_of:
        return []
    noun = reader._compiled("step_noun").search(text, step.start())
    if noun is None or noun.start() >= step.end():
        return []
    of = reader._compiled("step_of")
    owners: list[str | None] = []
    end = noun.end()
    for mention in view.mentions:
        if mention.start < end or len(mention.iso3s) != 1:
            continue
        gap = text[end : mention.start]
        if owners:
            head = _OWNER_GAP.match(gap)
            if head is None or of.fullmatch(gap, head.end()) is None:
                break
        elif of.fullmatch(gap) is None:
            break
        owners.append(mention.iso3s[0])
        end = mention.end
    return list(dict.fromkeys(owners))


def decision_back(
    reader: LexiconReader, view: View, context: Context, text: str
) -> list[tuple[str, re.Match[str] | None]]:
    """The executive's decision told without its object (``Lexicon.decision_back``): the
    announcement of the withdrawal where an earlier sentence of the section tells a step
    of leaving the Convention."""
    told: tuple[str, re.Match[str]] | None = None
    match = _decision_told(reader, text)  # else none, or another decision of the council
    if match is not None:
        told = ("announce_intent_to_withdraw", match)
    for action, cue in reader.lexicon.steps_back if told is None else ():
        back = compiled(cue).search(text)  # "Der Sejm hatte im Juni zugestimmt"
        if back is not None and not to_come(reader, back):
            told = (action, back)
            break
    if told is None:
        return []
    leaving = [cue for action, cue in reader.lexicon.steps if "withdraw" in action]
    # the section, or the paragraph right before ("Le Parlement ... a approuvé le retrait ...
    # \n\nLe président avait signé le 29 juin un décret ... en ce sens")
    for earlier in context.section(view) or context.previous[-1:]:
        plain = reader.plain(earlier.text)
        if any(compiled(cue).search(plain) for cue in leaving):
            return [told]
    return []


def treaty_named(reader: LexiconReader, view: View, context: Context) -> re.Match[str] | None:
    """The Convention named in the sentence, or called "the treaty" in a text about mines
    ("la sortie du traité de cinq États")."""
    lexicon = reader.lexicon
    text = reader.plain(view.text)
    named = reader._compiled("treaty").search(text) if lexicon.treaty else None
    if named is not None or not lexicon.treaty_word:
        return named
    word = reader._compiled("treaty_word").search(text)
    about_mines = view.mine_context or any(v.mine_context for v in context.previous)
    return word if about_mines else None


def to_come(reader: LexiconReader, step: re.Match[str]) -> bool:
    """The step's own words tell it in the future ("der Austritt Polens wird im Februar
    wirksam", the lexicon's ``scheduled`` auxiliary inside the cue): no step taken."""
    if not reader.lexicon.scheduled:
        return False
    return reader._compiled("scheduled").search(step.group(0)) is not None


def leaving_told_before(reader: LexiconReader, view: View, context: Context, text: str) -> bool:
    """A step of leaving the Convention in a paragraph of its own ("Die Regierung hatte
    die Absicht zum Austritt ... angekündigt"): the Convention named anywhere earlier in the
    document counts, as the English reader counts it for a notice or a decree told back."""
    if not reader.lexicon.treaty:
        return False
    found = steps(reader, text)
    if (not found or found[0][0] not in LEAVING_STEPS) and _decision_told(reader, text) is None:
        return False
    named = reader._compiled("treaty")
    return any(named.search(reader.plain(earlier.text)) for earlier in context.earlier())


def _decision_told(reader: LexiconReader, text: str) -> re.Match[str] | None:
    """The executive's decision told without its object, in words that make it the step
    (``Lexicon.decision_back`` and ``decision_wording`` in its own clause): its cue, else None
    (none, or another decision of the council: "рішенням РНБО запроваджено санкції")."""
    if not reader.lexicon.decision_back:
        return None
    match = reader._compiled("decision_back").search(text)
    if match is None:
        return None
    clause = own_clause(reader.plain(text), match.start(), match.end())
    return match if reader._compiled("decision_wording").search(clause) else None


def treaty_before(reader: LexiconReader, view: View, context: Context) -> bool:
    """The Convention named in an earlier sentence of the section, which this one refers
    back to ("Ранее аналогичные уведомления направили ...", "вийти з договору"), as the
    English reader counts a treaty named before (``events._treaty_context``)."""
    if not reader.lexicon.treaty:
        return False
    named = reader._compiled("treaty")
    same = view.sentence.section
    found = False
    for earlier in context.earlier():
        if earlier.sentence.section != same:
            break
        # an earlier sentence asked the same question answers for everything before it
        # (linear in a long section, not quadratic)
        if "treaty_before" in earlier.memo:
            found = bool(earlier.memo["treaty_before"])
            break
        if named.search(reader.plain(earlier.text)):
            found = True
            break
    view.memo["treaty_before"] = found
    return found
