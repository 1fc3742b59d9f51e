"""Use allegations: who is accused of using mines, who accuses, alleged or confirmed.

The accused is the state named as user; for use by a non-state armed group it is the state
where the use happened. Dates come only from the laying (README rule 6): a date governed by the
use verb ("laid ... in October 2025", "used ... during the first half of 2025"), a year-less
period start ("Since April, troops have been laying ..."; one with its own year, "since
February 2022", has no known end and leaves the use undated), or recency ("recently
planted", "in recent days": the publication month). The date of an accusation or a report
is never the date of use.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from minewatch.extract import actors, triggers
from minewatch.extract.dates import Anchor, closes_range
from minewatch.extract.drafts import Draft, View
from minewatch.extract.gates import Gated, lowered, may_match, needs_of
from minewatch.extract.gazetteer import Mention

# a state's forces after its name, its possessive between ("Ukraine's military")
_FORCES = re.compile(
    r"(?:[’']s)?\s+(?:[\w-]+\s+)?(?:forces|troops|soldiers|[Aa]rmy|military|units|engineers|"
    r"sappers)\b"
)
_PRONOUN_OWNER = re.compile(r"\b(?:its|their)\s+(?:[\w-]+\s+){0,2}?[\w-]+$")
_USE_GATE = Gated(
    # ("use by": a monitor's "new use by ..." right after a sentence about mines)
    re.compile(
        r"min(?:e|ing)|accus|attribut|den[iy]|IED|blam|booby|device|PMN|PFM|use by", re.IGNORECASE
    )
)
_MINE_NOUN = re.compile(
    r"\b(?:land)?mines?\b|\bmine\s?fields?\b|\bbooby[- ]trap|\bIEDs?\b|\bexplosive\s+devices\b",
    re.IGNORECASE,
)
# what a laying verb told later in the sentence lays: mines, or the device or mine model named
# before it ("the device was a PMN-2 ... it had been newly laid by Cambodian troops")
_LAID_THING = re.compile(
    rf"{_MINE_NOUN.pattern}|\b(?:the|this|that)\s+devices?\b|\b(?:PMN|PFM|POMZ|OZM|MON|PMA)-\d",
    re.IGNORECASE,
)
# authorising a use is a policy (triggers.POLICY), not a use
_AUTHORISED = re.compile(r"\b(?:approv\w*|authori[sz]\w*|sanction\w*|legali[sz]\w*)\b")
_NOT_USE = re.compile(
    r"\b(?:never|not|prohibit\w*|ban(?:s|ned|ning)?|combat|barr?(?:ed|ing|s)?|forb[ai]\w*|"
    r"approv\w*|authori[sz]\w*|sanction\w*|legali[sz]\w*|prevent\w*)\s+(?:[\w.]+\s+){0,3}$",
    re.I,
)
# a use denied, doubted or asked about in the cue's clause ("denied laying mines", "no evidence
# that ... planted", "whether ... laid", "rejected claims that ... scattered"): no use. A use
# someone is urged to stop ("press Russia to stop using mines") is a use.
_HEDGE = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|refut(?:e|es|ed|ing)|"
    # "no evidence that", "no reports of new use", "no confirmed use"
    r"no\s+(?:(?:credible|confirmed|new|further|known|fresh)\s+)?(?:evidence|proof|indications?|"
    r"signs?|reports?|allegations?|records?|use|instances?)|whether|(?:un)?clear\s+if|doubts?|"
    r"(?:false|baseless|unfounded)\s+(?:claims?|allegations?|accusations?|reports?))\b|"
    # "found no (confirmed) use of mines by": "no" right before the cue itself
    r"\bno\s+(?:(?:credible|confirmed|new|further|known|fresh|recent)\s+)?$"
)
_ACCUSER_TEXT = re.compile(
    r"\b(?:the\s+)?(UN|United\s+Nations|ICBL|Landmine\s+Monitor|Human\s+Rights\s+Watch|HRW|"
    r"Amnesty(?:\s+International)?|NATO|EU|European\s+Union)\b"
)


def use_drafts(
    view: View,
    anchor: Anchor,
    where: Callable[[], str | None] = lambda: None,
    mines_before: bool = False,
    laying_next: bool = False,
) -> list[Draft]:
    """Use allegations in one sentence, one per accused state. ``where``: the state the
    sentence's section is about, asked only when a non-state group or unnamed forces are the
    user and the sentence names no state ("jihadist fighters have mined roads in the region",
    "junta troops had planted mines"). ``mines_before``: the sentence before spoke of mines,
    so "used the weapon" is a use of them (``triggers.WEAPON_USE``). ``laying_next``: the next
    sentence goes on with the accusation and tells mines laid ("accused the Armenian state of
    violating international law." then "“The mines have been planted recently ...”")."""
    patterns = triggers.USE_PATTERNS
    if mines_before and triggers.WEAPON_USE.search(view.text):
        patterns = [*patterns, ("subject_used", triggers.WEAPON_USE)]
    elif not _USE_GATE.search(view.text):
        return []  # cheap gate: every use cue needs one of these stems
    elif _weapon_after_mines(view):
        # "Myanmar's forces used mines, while armed groups used the weapon in Colombia ...":
        # the mines told earlier in the sentence are what the second clause uses
        patterns = [*patterns, ("subject_used", _WEAPON_AGAIN)]
    # each accused state with the position of its first cue: a date is read from its own clause
    # ("X using mines since 2022, and Y using mines in 2022": only Y's is dated 2022)
    # a group that accuses ("Karenni rebels accuse the junta") is not the user: worked out when
    # a cue first finds an accused state (most sentences past the gate have none)
    by_group: bool | None = None
    # (accused state, by a group) -> where its first cue is
    accused: dict[tuple[str, bool], int] = {}
    cues: list[tuple[int, str]] = []
    # (accused state, by a group) -> where the harm its mines did is told (``_harming_subject``)
    blasts: dict[tuple[str, bool], int] = {}
    low = lowered(view.text)
    # groups joined to the users after the verb ("..., as did armed groups in ..."): their own
    # users, never what makes the subject a group
    also = _ALSO_USED.search(view.text) if "as " in view.text else None
    also_at = also.start() if also else len(view.text)
    for kind, pattern in patterns:
        # cheap gate (gates.may_match inlined: this loop asks every cue of every sentence):
        # none of the words every match of this cue holds
        needs = needs_of(pattern)
        if needs is not None:
            for word in needs:
                if word in low:
                    break
            else:
                continue
        for match in pattern.finditer(view.text):
            if _NOT_USE.search(view.text[max(0, match.start() - 40) : match.start()]):
                continue
            if _hedged(view.text, match.start()):
                continue
            if _NONE_LAID.search(view.text, match.start(), match.end()):
                continue  # "is believed to have laid no mines", "used no new mines in 2024"
            found = _accused(view, kind, match, mines_before, laying_next)
            if not found and _group_agent(view, kind, match):
                # the place the sentence names for the group's mines ("planted by the PKK in
                # northern Iraq") before the section's state (README: where the use happened)
                home = (
                    actors.place_named(view.text, view.mentions)
                    or where()
                    or actors.group_home(view.text)
                )
                found = [home] if home else []
            # "an X-planted mine", "killed by Russian mines" have no use verb of their own: a
            # date later in the sentence is the blast's, not the laying's
            cue = len(view.text) if kind in ("compound", "owned", "protest") else match.start()
            # "Landmines planted by Houthi fighters killed a woman ... on Sunday": the mines laid
            # by the group are the harm verb's subject; a date from that verb on is the blast's
            harm = _harming_subject(view.text, match) if kind == "by" else None
            # "Myanmar's army and the Arakan Army laid mines": the state's forces and a group
            # in it are two users, two allegations against one state
            # (each listed by where it is, "forces in Myanmar and armed groups in India", is
            # one user there)
            both = (
                kind in _SUBJECT
                and _army_and_group(view.text, match.start())
                and not _users_placed(view, match.start())
            )
            if found and by_group is None:
                by_group = any(
                    not _SPEAKS.match(view.text, m.end())
                    for m in actors.NON_STATE.finditer(view.text, 0, also_at)
                )
            # "new use by Russia, Myanmar and armed groups": the states told as the agents are
            # states, whoever else the sentence names
            group = bool(by_group) and not _state_agent(view, kind, match)
            for code in found:
                for key in [(code, False), (code, True)] if both else [(code, group)]:
                    accused[key] = min(accused.get(key, cue), cue)
                    if harm is not None:
                        blasts[key] = harm
                cues.append((cue, code))
    if also is not None and accused and min(accused.values()) < also.start():
        for code in _also_users(view, also):
            accused.setdefault((code, True), also.start())
            cues.append((also.start(), code))
        for code in _also_forces(view, also):
            accused.setdefault((code, False), also.start())
            cues.append((also.start(), code))
    drafts = []
    for (code, group), cue in accused.items():
        # the clause of the next state's own cue is not this state's
        until = min((c for c, other in cues if c > cue and other != code), default=len(view.text))
        until = min(until, blasts.get((code, group), until))
        drafts.append(_draft(view, code, cue, anchor, group, until))
    return drafts


# mines named again in their own sentence: as "the weapon" (``triggers.WEAPON_USE``) or as
# "them" after a use verb ("laid antipersonnel mines in 2021, and rebels used them in ...")
_WEAPON_AGAIN = re.compile(
    # (never the weapon's own thing: "used the weapon's replacement, remote-controlled Claymores")
    rf"(?:{triggers.WEAPON_USE.pattern})(?![’']s\b)|\b(?:used|employed|deployed)\s+them\b",
    re.IGNORECASE,
)


def _weapon_after_mines(view: View) -> bool:
    """The sentence names mines and later uses them again as "the weapon" or "them", in a
    clause whose subject is forces, a group or a state ("and doctors used the devices they
    recovered as teaching aids" is no use); "them" only of mines told as used ("Ukraine
    received mines ... and used them" names no laying to go back to)."""
    text = view.text
    if not may_match(_WEAPON_AGAIN, text):
        return False  # no "weapon", "devices" or "them": the scan alone was ~3 % of extraction
    for again in _WEAPON_AGAIN.finditer(text):
        if _MINE_NOUN.search(text, 0, again.start()) is None:
            continue
        if again.group(0).lower().endswith("them") and not triggers.USE_VERB_AT.search(
            text, 0, again.start()
        ):
            continue
        cuts = [m.end() for m in triggers.CLAUSE_START.finditer(text, 0, again.start())]
        start = max([*cuts, 0])
        if _LEAVERS.search(text, start, again.start()) or any(
            start <= m.start < again.start() for m in view.mentions
        ):
            return True
    return False


# the mines of a reduced relative ("Landmines planted by ...", "A mine laid by ..."), and the
# verb whose subject they are, after the agent in the same clause: a harm, or a passive ("were
# cleared by sappers on Monday")
_MINES_BEFORE = re.compile(r"\b(?:(?:land)?mines?|devices?|IEDs?)\s+(?:\w+ly\s+)?$", re.I)
_HARMS_AFTER = re.compile(
    r"[^,;.]{0,60}?(?:\b(?:killed|injured|wounded|maimed|hurt|exploded|detonated|blew\s+up|"
    r"went\s+off|struck|tore)\b|"
    r"\b(?:was|were|is|are|(?:had|have|has)\s+been)\s+(?:\w+ly\s+)?\w+(?:ed|en)\b)"
)


def _harming_subject(text: str, match: re.Match[str]) -> int | None:
    """Where the harm verb is whose subject is the reduced relative on mines that the "by" cue
    at ``match`` opens ("Landmines planted by Houthi fighters killed a woman ... on Sunday");
    None when the cue is no such subject."""
    if not _MINES_BEFORE.search(text, max(0, match.start() - 30), match.start()):
        return None
    harm = _HARMS_AFTER.match(text, match.end())
    return harm.end() if harm else None


# a state's forces, never a group's ("People's Defence Force units")
_ARMY_WORD = (
    r"\b(?:(?:government|state|army|regime)\s+(?:forces|units)|army|armed\s+forces|military|"
    r"troops|soldiers|junta)\b"
)
_ARMY_AND_GROUP = re.compile(
    rf"{_ARMY_WORD}[^.;:]{{0,50}}?\b(?:and|as\s+well\s+as)\s+[^.;:]{{0,40}}?(?:{actors.NON_STATE.pattern})|"
    rf"(?:{actors.NON_STATE.pattern})[^.;:]{{0,50}}?\b(?:and|as\s+well\s+as)\s+[^.;:]{{0,40}}?{_ARMY_WORD}"
)


def _army_and_group(text: str, position: int) -> bool:
    """The subject of the use verb at ``position`` joins a state's forces and a non-state
    group ("both army units and ELN guerrillas laid", "rebels and government troops have
    planted")."""
    cuts = [m.end() for m in triggers.CLAUSE_START.finditer(text, 0, position)]
    start = max([*cuts, position - 110, 0])
    return _ARMY_AND_GROUP.search(text, start, position) is not None


# the cue's own object denies the use: "laid no mines", "planted no new landmines"
_NONE_LAID = re.compile(r"\b(?:no|zero)\s+(?:[\w-]+\s+){0,2}?(?:land\s?)?mines?\b")


def _hedged(text: str, position: int) -> bool:
    """The use cue at ``position`` is denied, doubted or asked about in its own clause
    (``_HEDGE``; a clause ends at ";", ", but" and ", and")."""
    cuts = [m.end() for m in triggers.CLAUSE_START.finditer(text, 0, position)]
    hedge = _HEDGE.search(text, max([*cuts, position - 100, 0]), position)
    # "rejected the accusation and said Thai soldiers had laid mines": a claim of its own
    return hedge is not None and not _COUNTER_CLAIM.search(text, hedge.end(), position)


# after a denial, a claim of the denier's own ("... and said it was Thai soldiers who laid")
_COUNTER_CLAIM = re.compile(
    r"\b(?:said|says|saying|added|insisted|countered|accus(?:ed|es|ing)|blam(?:ed|es|ing)|"
    r"it\s+was)\b"
)


# what an accusation must tell to be one of use: mines or their laying ("accused Russia of
# booby-trapping homes", "of mining the roads")
_LAYING_TOLD = re.compile(
    rf"{_MINE_NOUN.pattern}|\b(?:lay|laid|laying|plant\w*|mining|mined|sow\w*|scatter\w*|"
    r"emplac\w*|PMN|PFM|POM)",
    re.IGNORECASE,
)


def tells_laying(text: str) -> bool:
    """The text speaks of mines or of laying them (what makes an accusation one of use)."""
    return _LAYING_TOLD.search(text) is not None


@dataclass(frozen=True)
class _Cue:
    """One match of a use cue, with what the sentences around it tell."""

    view: View
    match: re.Match[str]
    mines_before: bool  # the sentence before spoke of mines
    laying_next: bool  # the next sentence goes on with the accusation and tells mines laid

    @property
    def text(self) -> str:
        return self.view.text


# what a cue needs besides its own words (each False: no use, nobody accused)


def _laid_told(cue: _Cue) -> bool:
    return bool(_LAID.search(cue.text) or triggers.RECENT_LAYING.search(cue.text))


def _laying_told(cue: _Cue) -> bool:
    return cue.laying_next or tells_laying(cue.text)


# what a counter-accusation accuses of: a lie or a ploy, never a laying ("rejected the claim
# and accused Thailand of fabricating stories", "of trying to distort the truth", "of spreading
# disinformation", "of staging a provocation")
_LYING = re.compile(
    r"\s*(?:[\w’'-]+\s+){0,6}?of\s+[“\"‘']?(?:(?:trying|seeking|attempting)\s+to\s+[“\"‘']?|"
    r"(?:deliberately|falsely)\s+)?(?:fabricat\w*|lying|lies|distort\w*|falsif\w*|invent\w*|"
    r"mislead\w*|stag(?:e|ing)|spread(?:ing)?\s+(?:false|fake|disinformation|misinformation|lies|"
    r"rumou?rs)|disinformation|propaganda|slander\w*|smear\w*|provo\w*|fake\w*)\b",
    re.IGNORECASE,
)


def _not_accused_of_lying(cue: _Cue) -> bool:
    return _LYING.match(cue.text, cue.match.end()) is None


def _mines_told(cue: _Cue) -> bool:
    return triggers.mine_context(cue.text)


def _mines_told_or_before(cue: _Cue) -> bool:
    return cue.mines_before or triggers.mine_context(cue.text)


def _mines_attributed(cue: _Cue) -> bool:
    return _attributes_mines(cue.text, cue.match)


def _leavers_responsible(cue: _Cue) -> bool:
    subject = cue.text[max(0, cue.match.start() - 60) : cue.match.start()]
    return bool(_LEAVERS.search(subject)) and not _CLEARERS.search(subject)


def _mine_use_named(cue: _Cue) -> bool:
    return bool(_MINE_NOUN.search(cue.match.group(0)) or triggers.mine_context(cue.text))


def _not_authorised(cue: _Cue) -> bool:
    return not _AUTHORISED.search(cue.match.group(0))


def _mines_laid_by(cue: _Cue) -> bool:
    text, start = cue.text, cue.match.start()
    return bool(
        _MINE_NOUN.search(text, max(0, start - 60), cue.match.end())
        or (_LAID.match(text, start) and _LAID_THING.search(text, 0, start))
    )


def _leavers_after(cue: _Cue) -> bool:
    return bool(_LEAVERS.search(cue.text[cue.match.end() : cue.match.end() + 60]))


def _leavers_before(cue: _Cue) -> bool:
    return bool(_LEAVERS.search(cue.text[max(0, cue.match.start() - 80) : cue.match.start()]))


def _harm_told(cue: _Cue) -> bool:
    return triggers.HARM_DONE.search(cue.text) is not None


def _not_passive_subject(cue: _Cue) -> bool:
    return not triggers.PASSIVE_ACCUSED_OF.search(cue.text[: cue.match.start()])


# who is accused, once a cue has all it needs


def _named_after(cue: _Cue) -> list[str]:
    """The state named right after the cue ("accused Russia of", "protested to Cambodia")."""
    hit = actors.state_at(cue.text, cue.view.mentions, cue.match.end(), span=6)
    return list(hit.iso3s) if hit else []


def _possessor(cue: _Cue) -> list[str]:
    """The state whose use it is: "Myanmar's use", "Russian forces' use", "its army's use"."""
    text, mentions, start = cue.text, cue.view.mentions, cue.match.start()
    # the mention may hold the possessive itself ("Myanmar's" is one form)
    hit = actors.state_before(mentions, start + 2)
    if hit and hit.end >= start - 1:
        return list(hit.iso3s)
    if hit and _FORCES.fullmatch(text, hit.end, start):  # "Russian forces' use"
        return list(hit.iso3s)
    if _PRONOUN_OWNER.search(text[:start]):  # "its army's use of mines"
        return actors.codes(actors.subject_group(text, mentions))[:1]
    return []


def _agents(cue: _Cue) -> list[str]:
    return _by_whom(cue.view, cue.match.end())


def _owner(cue: _Cue) -> list[str]:
    """The state whose mines they are, told by its adjective ("Russian mines"), never
    "Russian-made"."""
    hit = actors.state_at(cue.text, cue.view.mentions, cue.match.end(), span=0)
    owner = hit is not None and hit.kind in ("adjective", "demonym")
    if owner and hit is not None and not cue.text.startswith("-", hit.end):
        return list(hit.iso3s)
    return []


def _compounded(cue: _Cue) -> list[str]:
    """The state joined to the cue's participle ("Russian-planted")."""
    hit = actors.state_before(cue.view.mentions, cue.match.start() + 1)
    return list(hit.iso3s) if hit and hit.end == cue.match.start() else []


def _blast_place(cue: _Cue) -> list[str]:
    place = actors.place_state(cue.text, cue.view.mentions)
    return [place] if place else []


def _passive_subject(cue: _Cue) -> list[str]:
    """The state accused in the passive, with the states listed with it."""
    text, mentions = cue.text, cue.view.mentions
    hit = actors.state_before(mentions, cue.match.start() + 1)
    if hit is None or cue.match.start() - hit.end > 25:
        return []
    groups = actors.group_mentions(text, mentions)
    return actors.codes(next((g for g in groups if hit in g), [hit]))


def _subject(cue: _Cue) -> list[str]:
    return _subject_user(cue.view, cue.match.start())


@dataclass(frozen=True)
class _Rule:
    needs: tuple[Callable[[_Cue], bool], ...]  # all must hold, else no one is accused
    find: Callable[[_Cue], list[str]]


# each kind of use cue (triggers.USE_PATTERNS): what it needs, and who it accuses
_RULES: dict[str, _Rule] = {
    # "lodged a protest with Cambodia after ... newly laid mines": a protest is about mines
    # only where their laying is told
    "protest": _Rule((_laid_told,), _named_after),
    # "accused Cambodia of violating the ceasefire" tells no mines, no use; "accused Thailand
    # of fabricating stories" accuses a lie, not a use
    "accuse": _Rule((_laying_told, _not_accused_of_lying), _named_after),
    # "blamed the opposition for the incident" in a story about something else
    "blame_harm": _Rule((_mines_told_or_before,), _named_after),
    # "attributed the robbery to Russian troops": no mines, no use
    "attribute": _Rule((_mines_attributed,), _named_after),
    # "each State Party is responsible for the mines in its territory", "army sappers are
    # responsible for the mines along the border" (to clear them): forces, not clearers
    "responsible": _Rule((_leavers_responsible,), _subject),
    # "the firm's new use of": "new use" names mines only in a text about them; "Ukraine's
    # minister approved the use of mines" is a policy, not a use
    "possessive": _Rule((_mine_use_named, _not_authorised), _possessor),
    # "used for years by families": the thing used is not a mine; a laying verb counts the
    # mines told earlier in the sentence ("2,418 mines ..., among them devices planted by")
    "by": _Rule((_mines_laid_by,), _agents),
    # "coal was mined by Chinese companies": not forces or a group
    "mined_by": _Rule((_leavers_after,), _agents),
    # "a new use by farmers": "new use" names mines only in a text about them
    # (or in the sentence right after one about mines: "The Monitor also recorded new use by
    # non-state armed groups in at least five countries: ...")
    "use_by": _Rule((_mines_told_or_before,), _agents),
    # "killed by detonations of Russian mines": the owner accused only of a harm done
    "owned": _Rule((_harm_told,), _owner),
    # "a Russian-planted mine": the state joined to the participle
    "compound": _Rule((), _compounded),
    # a group blamed for the mine: the state where it went off
    "blame": _Rule((_mines_told,), _blast_place),
    # "the war left mines in the fields": no one is accused
    "left": _Rule((_leavers_before,), _subject),
    # "Eritrea was accused by Tigray of laying mines": the state before the passive
    "passive_accused": _Rule((), _passive_subject),
    # the passive's subject is the one accused (cue "passive_accused"), not this verb's
    "subject_used": _Rule((_not_passive_subject,), _subject),
}
# a cue of no kind above: the subject of its verb
_SUBJECT_RULE = _Rule((), _subject)


def _accused(
    view: View,
    kind: str,
    match: re.Match[str],
    mines_before: bool = False,
    laying_next: bool = False,
) -> list[str]:
    """The states the use cue ``match`` (of ``kind``) accuses, by its row of ``_RULES``."""
    cue = _Cue(view, match, mines_before, laying_next)
    rule = _RULES.get(kind, _SUBJECT_RULE)
    return rule.find(cue) if all(need(cue) for need in rule.needs) else []


_SUBJECT = ("subject_used", "left", "passive_accused", "responsible")
# those whose work is to clear mines, never to lay them
_CLEARERS = re.compile(r"\b(?:engineers|sappers|deminers|de-miners|clearance)\b", re.IGNORECASE)
# who leaves mines behind as a use: forces, troops, fighters, a group
_LEAVERS = re.compile(
    rf"{_FORCES.pattern}|\b(?:fighters|militants|paramilitar\w+|rebels|insurgents)\b|"
    rf"{actors.ARMED.pattern}"
)
# (its acronym in brackets between: "The Kachin Independence Army (KIA) said junta troops ...")
_SPEAKS = re.compile(
    r"\s+(?:\([\w-]+\)\s+)?(?:[\w-]+\s+){0,2}?(?:accus\w*|said|says|told|claim\w*|blam\w*)\b"
)


# the agent after "laid by": a group, or fighters of one ("by fighters of the Movement for ...")
_GROUP_AGENT = re.compile(rf"{actors.ARMED.pattern}|\b(?:fighters|combatants)\b")
# the mines a group is blamed for, told by their laying ("saying the devices had been laid")
_LAID = re.compile(
    rf"\b(?:{triggers.LAID}|buried|sown|seeded|scattered|booby[- ]trapped|contaminated)\b"
)


def _group_agent(view: View, kind: str, match: re.Match[str]) -> bool:
    """The user found by cue ``match`` (of ``kind``) is a non-state group (or unnamed state
    forces) and the sentence names no state for it: the section's state is where it used them.
    Sources: eval-dev README (use by a non-state armed group is coded to where it happened)."""
    if kind in _SUBJECT:
        return _group_user(view, match.start())
    if kind in ("by", "use_by", "mined_by"):
        return bool(_GROUP_AGENT.search(view.text, match.end(), match.end() + 60))
    if kind == "attribute":  # "attributed the landmine to FARC dissidents": placed as a group's
        return _attributes_mines(view.text, match) and bool(
            actors.NON_STATE.search(view.text, match.end(), match.end() + 40)
        )
    if kind == "blame":  # "blamed dissidents ..., saying the devices had been laid"
        return triggers.mine_context(view.text) or bool(_LAID.search(view.text))
    return False


_GROUP_AFTER = re.compile(rf"(?:[’']s)?\s+(?:{actors.NON_STATE.pattern})")


def _state_agent(view: View, kind: str, match: re.Match[str]) -> bool:
    """The agent right after a "by" cue is a state by its name ("new use by Russia, Myanmar and
    armed groups"), never a group named after one ("by the Libyan National Army", "by
    Pakistani Taliban fighters")."""
    if kind not in ("by", "use_by", "mined_by"):
        return False
    hit = actors.state_at(view.text, view.mentions, match.end(), span=4)
    if hit is None or hit.kind in ("adjective", "demonym"):
        return False
    if actors.NON_STATE.match(view.text, hit.start):
        return False
    return _GROUP_AFTER.match(view.text, hit.end) is None


def _attributes_mines(text: str, match: re.Match[str]) -> bool:
    """The clause of an "attributed ... to" cue tells mines ("attributed the landmine to",
    "documented the use of ... mines and attributed some of them to"), never a blackout or a
    robbery attributed to a group."""
    return _LAID_THING.search(triggers.own_clause(text, match.start(), match.end())) is not None


def _group_user(view: View, position: int) -> bool:
    """A non-state group or unnamed state forces ("junta troops", "the army") are the subject
    of the use verb, and the sentence names no state."""
    before = view.text[:position][-60:]
    named = [m for m in view.mentions if not actors.tied(view.text, m)]
    return not named and bool(
        actors.ARMED.search(before) or _ANAPHOR_SUBJECT.match(view.text[:position])
    )


# a subject that refers back to the user told before ("The group has also laid mines", "It had
# planted mines around the wells"): the section's state
_ANAPHOR_SUBJECT = re.compile(
    r"(?:The\s+(?:group|militia|movement|organi[sz]ation|faction|rebels|insurgents|fighters|"
    r"army|military|junta|regime)|It|They)\b[^,;:.]{0,40}$"
)


# forces "of" or "in" a state named within a few words ("government forces in only one
# country, Myanmar"), never a state after another preposition ("a time of tension with Peru")
_PLACE_GAP = re.compile(r"\b(?:in|on|at|along|near|inside)\b")
_OF_OR_IN = re.compile(
    r"\b(?:of|in)\s+(?:(?!(?:with|against|near|along|from|to|by)\b)[^\s,.;]+,?\s+){0,3}?$"
)


# the passive of another verb right before a later "by" ("were cleared by")
_PASSIVE_BEFORE = re.compile(
    r"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?\w+(?:ed|en)\s+(?:[\w-]+\s+){0,2}$"
)


def _by_whom(view: View, position: int) -> list[str]:
    """Every "by X" after the cue: a state (or its people) or a non-state group somewhere."""
    found: list[str] = []
    for match in re.finditer(r"\bby\s+", view.text[position - 3 :]):
        start = position - 3 + match.end()
        if _PASSIVE_BEFORE.search(view.text, position, match.start() + position - 3):
            break  # "Mines planted by X were cleared by Y": Y is the agent of another verb
        hit = actors.state_at(view.text, view.mentions, start, span=12)
        if hit is not None:  # "by Iran and North Korea": the whole list
            groups = actors.group_mentions(view.text, view.mentions)
            listed = next((g for g in groups if hit in g), [hit])
            users = [hit]
            for mention in listed[listed.index(hit) + 1 :]:
                if _PLACE_GAP.search(view.text, users[-1].end, mention.start):
                    break  # "by Americans in Vietnam": a place, not another user
                users.append(mention)
            found += [code for code in actors.codes(users) if code not in found]
        elif actors.NON_STATE.search(view.text[start : start + 45]):
            # "new use by non-state armed groups in at least five countries: Colombia, India
            # and Myanmar": every state listed where they are
            armed = _ARMED_IN.match(view.text, start)
            hit = actors.state_at(view.text, view.mentions, armed.end(), 4) if armed else None
            if hit is not None:
                found += [code for code in _listed_with(view, hit) if code not in found]
            else:
                found += actors.states_near(view.text, view.mentions, start)
        elif actors.STATE_FORCES.match(view.text, start):
            # "by government forces in Myanmar": the state they are of or in; "by the military
            # government in the 1970s, at a time of tension with Peru": none (the section's)
            first = next((m for m in view.mentions if m.start > start), None)
            if (
                first
                and first.start < start + 100
                and _OF_OR_IN.search(view.text, start, first.start)
            ):
                found += actors.states_near(view.text, view.mentions, start)
    return found


# a state's forces by their proper name, its adjective first ("the Libyan Arab Armed Forces",
# "the Ukrainian Armed Forces")
_NAMED_FORCES = re.compile(r"\s+(?:[A-Z][\w-]+\s+){1,2}Forces\b")
_OWN_FORCES = re.compile(
    r"\b(?:its|their)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:forces|troops|army|military|soldiers|units)\s+"
    r"(?:have\s+|has\s+|had\s+)?(?:been\s+)?$"
)


_ADJECTIVAL = re.compile(r"\b(?:newly|freshly|recently|already)\s+$", re.IGNORECASE)


# between a state and its use verb: a relative clause that holds the verb ("Russia, which is not
# party to the Convention and has used ..."), or one closed before it ("Russia, which invaded
# Ukraine, has used ..."), or an apposition ("Myanmar, a non-signatory, has laid ...")
_RELATIVE_GAP = re.compile(
    r",\s+(?:(?:which|who)\s+[^,;.()]{0,100}?(?:,\s+(?:[\w-]+\s+){0,3}?)?|"
    r"(?:an?|the|itself|also)\s+[^,;.()]{1,60}?,\s+(?:[\w-]+\s+){0,3}?)"
)


# an aside naming who backs, supports or joins the subject, closed right before the use verb
_ASIDE = re.compile(
    r",\s+(?:backed|supported|aided|assisted|joined|armed|trained|helped|accompanied|advised)\s+"
    r"by\s+[^,;.]{1,70},\s*(?:[\w-]+\s+){0,2}$"
)


def _clause_head(view: View, position: int) -> Mention | None:
    """The state a relative clause or apposition hangs on, whose use verb is at ``position``:
    the earliest state within 160 characters before it from which the text up to the verb is
    such a clause; None when there is none."""
    for mention in view.mentions:
        if mention.end > position or position - mention.end > 160:
            continue
        if _RELATIVE_GAP.fullmatch(view.text, mention.end, position):
            return mention
    return None


# a subject raised over a verb of saying or finding: "Iran and Ukraine were also found to have
# laid them", "Myanmar is believed to have planted mines" (the user is the raised subject)
_RAISED = re.compile(
    r"\s+(?:was|were|is|are|(?:has|have|had)\s+been)\s+(?:(?:also|widely|\w+ly)\s+)?"
    r"(?:found|said|reported|believed|thought|alleged|confirmed|suspected|known|understood|"
    r"documented|seen)\s+to\s+(?:have\s+)?(?:(?:also|\w+ly)\s+)?"
)
_SOURCE_BEFORE = re.compile(r"\b[Aa]ccording\s+to\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$")


# users told by where they are, as a monitor lists them ("Government forces in Myanmar and
# non-state armed groups in Afghanistan, Colombia and India used ..."): forces or a group "in"
_ARMED_IN = re.compile(
    rf"(?:{actors.ARMED.pattern}|\b(?:state|security)\s+forces)\s+"
    r"(?:(?:based|operating|active|fighting)\s+)?in\s+"
    r"(?:(?:at\s+least\s+)?\w+\s+(?:countries|states)[,:]?\s+(?:including\s+|among\s+them\s+)?)?",
    re.IGNORECASE,
)
# where the subject of a use verb starts: a ";" or ":", or a contrast ("..., while armed groups in")
_SUBJECT_START = re.compile(r"[;:]|,\s+(?:while|whereas|but)\s|\b(?:that|while|whereas)\s")


def _users_placed(view: View, position: int) -> list[str]:
    """Every state listed after "<forces or group> in" in the subject of the use verb at
    ``position``, the last list right before the verb; none where the subject is no such
    list."""
    text = view.text
    cuts = [m.end() for m in _SUBJECT_START.finditer(text, 0, position)]
    start = max([*cuts, position - 240, 0])
    groups = actors.group_mentions(text, view.mentions)
    found: list[Mention] = []
    for match in _ARMED_IN.finditer(text, start, position):
        hit = actors.state_at(text, view.mentions, match.end(), span=0)
        if hit is None:
            continue
        found += [m for m in next((g for g in groups if hit in g), [hit]) if m not in found]
    # the verb's subject ends on the list ("... and Pakistan have also used")
    if not found or not _SUBJECT_TAIL.fullmatch(text, found[-1].end, position):
        return []
    return list(dict.fromkeys(actors.codes(found)))


_SUBJECT_TAIL = re.compile(r",?\s+(?:(?:have|has|had|also|both|all|reportedly|\w+ly)\s+){0,3}")


# users counted as states before the use verb ("Government forces of four states used ...",
# "Three countries have also laid mines ..."), to be listed after a colon later
_COUNTED_STATES = re.compile(
    r"\b(?:(?:at\s+least|only)\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|several|"
    r"\d+)\s+(?:other\s+)?(?:states|countries|governments)\s+"
    r"(?:(?:have|has|had|also|all|reportedly)\s+)*$",
    re.IGNORECASE,
)
_LIST_OPENS = re.compile(r":\s*")
_CLAUSE_MARK = re.compile(r"[,;]")


def _users_listed(view: View, position: int) -> list[str]:
    """The states listed after a colon when the subject of the use verb at ``position`` counts
    them ("During 2011, government forces of four states used antipersonnel mines: Israel,
    Libya, Myanmar and Syria"): each listed state is a user; none where the subject counts
    no states or no list follows."""
    if not _COUNTED_STATES.search(view.text, max(0, position - 80), position):
        return []
    colon = _LIST_OPENS.search(view.text, position)
    if colon is None or _CLAUSE_MARK.search(view.text, position, colon.start()):
        return []  # "used mines in 2023, the report said, naming ...: ..." lists no users
    first = actors.state_at(view.text, view.mentions, colon.end(), span=4)
    return _listed_with(view, first) if first is not None else []


# users joined after the use told, by where the groups are ("Myanmar's forces used mines, as
# did non-state armed groups in at least ten countries, including Afghanistan, Libya and Yemen")
_ALSO_USED = re.compile(
    r",\s+(?:as\s+(?:did|have|had|has)|as\s+well\s+as|and\s+so\s+(?:did|have|had))\s+"
    r"(?:(?:some|several|many|other)\s+)?"
)


def _also_users(view: View, also: re.Match[str]) -> list[str]:
    """The states listed after the groups joined by ``also`` (``_ALSO_USED``, ``_ARMED_IN``)."""
    armed = _ARMED_IN.search(view.text, also.end(), also.end() + 90)
    if armed is not None and re.search(r"[,;]", view.text[also.end() : armed.start()]):
        armed = None  # the groups are the joined subject, not a later clause's
    hit = actors.state_at(view.text, view.mentions, armed.end(), span=4) if armed else None
    return _listed_with(view, hit) if hit is not None else []


def _also_forces(view: View, also: re.Match[str]) -> list[str]:
    """A state whose forces are joined after the use told ("Russian forces used anti-personnel
    mines ..., as did Myanmar's military"; "..., as did the armed forces of Myanmar"): a user
    too, as a state (the groups joined so are ``_also_users``'s)."""
    hit = actors.state_at(view.text, view.mentions, also.end(), span=4)
    if hit is not None:
        # "as did Myanmar's military", "as did Myanmar's armed forces"
        return list(hit.iso3s) if _FORCES.match(view.text, hit.end) else []
    of = _FORCES_OF.match(view.text, also.end())
    hit = actors.state_at(view.text, view.mentions, of.end(), span=0) if of else None
    return list(hit.iso3s) if hit is not None else []


# a state's forces named before it ("the armed forces of Myanmar", "government troops in Syria")
_FORCES_OF = re.compile(
    r"(?:the\s+)?(?:armed\s+forces|army|military|(?:government\s+)?(?:forces|troops))\s+(?:of|in)\s+"
)


def _listed_with(view: View, hit: Mention) -> list[str]:
    """The states of the list ``hit`` stands in (``actors.group_mentions``), else its own."""
    groups = actors.group_mentions(view.text, view.mentions)
    return actors.codes(next((g for g in groups if hit in g), [hit]))


def _subject_user(view: View, position: int) -> list[str]:
    placed = _users_placed(view, position) or _users_listed(view, position)
    if placed:
        return placed
    before = view.text[:position]
    aside = _ASIDE.search(before)
    core = before[: aside.start()] if aside else before  # "..., aided by militias, laid"
    if actors.NON_STATE.search(core[-60:]):
        # "Hezbollah fighters buried mines ..., the Israeli army said": a group tied to one
        # state is placed there rather than in the speaker's state ("Mali's army accused
        # bandits ...": a group of no fixed home is placed by the speaker)
        # nor are forces named after the group ("after the regime was toppled by Vietnamese
        # troops"): an army is never the place of a group's use
        army = actors.military(view.text, view.mentions)
        mentions = [m for m in view.mentions if not actors.tied(view.text, m)]
        # a state listed among others after the verb is a place of use even where its army
        # was told before ("Myanmar's forces used mines, while armed groups used the weapon in
        # Afghanistan, India, Myanmar and Nigeria")
        listed = [m for g in actors.group_mentions(view.text, mentions) if len(g) > 1 for m in g]
        places = [
            m
            for m in mentions
            if not actors.speaks(view.text, m)
            and view.text.rfind(";", 0, position) < m.start  # another clause's state
            and not (set(m.iso3s) & army and m.start > position and m not in listed)
            and not (aside and aside.start() <= m.start < position)  # the backers' state
        ]
        home = actors.group_home(before[-60:])
        found = actors.states_near(view.text, places, position)
        return found or ([home] if home else actors.states_near(view.text, mentions, position))
    head = _clause_head(view, position)
    if head is not None:  # "Russia, which is not party to the treaty and has used mines"
        return list(head.iso3s)
    # "forces of X, backed by fighters of the Russian Wagner Group, planted": the backer named
    # in the aside is not the subject
    hit = actors.state_before(view.mentions, aside.start() if aside else position)
    if hit is not None and actors.speaks(view.text, hit):
        hit = None  # "Officials in Seoul said the North has planted ...": the speaker, not the user
    if (
        hit is not None
        and (position - hit.end < 25 or _RAISED.fullmatch(view.text, hit.end, position))
        and not aside
    ):
        # "Forces of Russia, Myanmar and North Korea used ...": the whole list is the subject
        groups = actors.group_mentions(view.text, view.mentions)
        group = next((g for g in groups if hit in g), [hit])
        if hit.kind in ("adjective", "demonym"):
            # "In Ukraine, Russian forces continue to use mines": the place that opens the
            # sentence is where, not a second user
            group = [m for m in group if m is hit or not actors.placed(view.text, m)]
        # "According to Kyiv, Russian troops booby-trapped ...": the source is no user
        group = [m for m in group if m is hit or not _SOURCE_BEFORE.search(view.text, 0, m.start)]
        return actors.codes(group)
    if _OWN_FORCES.search(before):  # "reports that its troops emplaced mines": the subject's
        return actors.codes(actors.subject_group(view.text, view.mentions))[:1]
    if _ADJECTIVAL.search(before):
        return []  # "a Thai patrol found newly laid mines": the finders did not lay them
    limit = aside.start() if aside else position
    forces = [  # "Russian soldiers had booby-trapped houses and laid mines": the clause's agent
        m
        for m in view.mentions
        if m.end <= limit
        and position - m.end < 120
        and (_FORCES.match(view.text, m.end) or _NAMED_FORCES.match(view.text, m.end))
    ]
    if forces:
        return list(forces[-1].iso3s)
    # "The junta's troops have mined the approaches to villages in Myanmar's Sagaing region":
    # a state's unnamed forces, placed by the one state the sentence names after them
    unnamed = not actors.state_before(view.mentions, position)
    if unnamed and actors.STATE_FORCES.search(before[-60:]):
        after = {c for m in view.mentions for c in m.iso3s if not actors.speaks(view.text, m)}
        return sorted(after) if len(after) == 1 else []
    return []


def _draft(
    view: View, code: str, position: int, anchor: Anchor, by_group: bool, until: int
) -> Draft:
    accuser_mention = _accuser_state(view.mentions, code, position) or _source_after(
        view, code, position
    )
    accuser_text = _ACCUSER_TEXT.search(view.text[:position])
    confirmed = bool(triggers.CONFIRMED.search(view.text)) and not triggers.ALLEGED.search(
        view.text
    )
    date = laying_date(view, position, anchor, until)
    return Draft(
        "use_allegation",
        code,
        view,
        date,
        date is not None,
        location=actors.find_location(view.text),
        accuser_iso3=accuser_mention.iso3s[0] if accuser_mention else None,
        accuser=accuser_mention.form if accuser_mention else _text(accuser_text),
        confirmed=confirmed,
        by_group=by_group,
        speaker=_speaker(view, code),
    )


# a speaker's verb after its name ("Human Rights Watch accused", "Russian officials, meanwhile,
# alleged", "the Landmine Monitor 2025 report released today finds")
_SPEAKS_AFTER = re.compile(
    r"(?:[’'´]s)?\s+(?:[\w-]+,?\s+){0,4}?(?:said|says|told|stated|accus\w*|alleg\w*|claim\w*|"
    r"charg\w*|reported|reports|found|finds|documented|documents|recorded|records)\b"
)
_SPEAKER_NAMES = {
    "hrw": "human rights watch",
    "un": "united nations",
    "eu": "european union",
    "amnesty": "amnesty international",
    "icbl": "landmine monitor",
}


def _speaker(view: View, accused: str) -> str | None:
    """Who tells the allegation against ``accused``: a state named as the speaker (its code) or
    an organisation (``_ACCUSER_TEXT``, by one name), each followed by its verb of saying or
    finding; None where the sentence names no speaker so (``merging``: the claims of two
    speakers against one state stay two)."""
    text = view.text
    for mention in view.mentions:
        if accused not in mention.iso3s and _SPEAKS_AFTER.match(text, mention.end):
            return mention.iso3s[0]
    for match in _ACCUSER_TEXT.finditer(text):
        if _SPEAKS_AFTER.match(text, match.end()):
            name = " ".join(match.group(1).lower().split())
            return _SPEAKER_NAMES.get(name, name)
    return None


_STATED_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_OPENING = re.compile(
    r"^(?:Since|In|During|Throughout|From)\s+(?:the\s+)?(?:early\s+|late\s+|mid-)?$"
)

# the end of a period opening the sentence ("During 2011 and through October 2012, government
# forces of four states used ...", "Between mid-2023 and October 2024, ..."): the period's end
_OPENING_RANGE = re.compile(
    r"^(?:During|Between|From|In)\s+[^,;.]{0,40}?\s(?:and|to|until|through)\s+"
    r"(?:(?:through|until|the\s+end\s+of)\s+)?(?:early\s+|late\s+|mid-)?$"
)
_OPENING_SPAN = re.compile(
    r"^(?:During|In|Over|Throughout)\s+(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?period\s*"
    r"\([^,;.()]{0,40}$"
)
_SPAN_CLOSE = re.compile(r"\)?,")


def laying_date(view: View, position: int, anchor: Anchor, until: int | None = None) -> str | None:
    """When the mines were laid: a date after the use cue (at ``position``) in its clause and
    before ``until`` (where another state's cue starts), or an opening "Since April," / "In
    2024,"; recency words give the publication month. Returns an ISO partial date or None."""
    published = anchor.published
    stated = _stated_laying(view, position, len(view.text) if until is None else until)
    if stated is not None:  # "new mines ... during the night of 8 March": the stated day
        return stated
    framed = _reporting_span_end(view)
    if framed is not None:
        return framed
    if (
        triggers.RECENT_LAYING.search(view.text)
        and not triggers.REPORTING_PERIOD.search(view.text)
        and published
        and published.month is not None
    ):
        return f"{published.year:04d}-{published.month:02d}"
    return None


# a report's period spelled out in brackets ("during the reporting period (October 2018 to
# October 2019)"): the frame of every use the sentence lists, in whichever clause
_REPORTING_SPAN = re.compile(r"\breporting\s+period\s*\(([^()]{4,60})\)", re.IGNORECASE)


def _reporting_span_end(view: View) -> str | None:
    """The end of the reporting period the sentence spells out in brackets, if any."""
    span = _REPORTING_SPAN.search(view.text)
    if span is None:
        return None
    inside = [
        d.value
        for d in view.dates
        if d.value is not None and span.start(1) <= d.start and d.end <= span.end(1)
    ]
    return inside[-1] if inside else None


def _stated_laying(view: View, position: int, until: int) -> str | None:
    semicolon = view.text.find(";", position)
    if semicolon >= 0:  # "...; the ministry said troops found 214 such devices last month"
        until = min(until, semicolon)
    for mention in view.dates:
        if mention.start >= until:
            break
        if mention.value is None or mention.reporting or mention.speech:
            continue
        if mention.since and _STATED_YEAR.search(view.text, mention.start, mention.end):
            # README dates rule 5: a use told from a start with its own year ("since February
            # 2022", "since mid-2025") runs on with no known end, so it is undated; a year-less
            # start ("Since April, troops have been laying ...") is fresh laying of this year
            # and dates it (case c01)
            continue
        lead = view.text[: mention.start]
        opening = (not lead or _OPENING.match(lead) or _OPENING_RANGE.match(lead)) and (
            view.text.startswith(",", mention.end)
        )
        # the end of an opening period: "During the reporting period (October 2015 to October
        # 2016), the Monitor confirmed new use by ..."
        opening = opening or bool(
            _OPENING_SPAN.match(lead) and _SPAN_CLOSE.match(view.text, mention.end)
        )
        if opening:
            return mention.value
        if mention.since and closes_range(view.text, view.dates, mention):
            continue  # the start of a range: its end is the date
        if mention.start < position:
            if (
                triggers.USE_VERB_AT.match(view.text, position)
                and _BEFORE_VERB.fullmatch(view.text, mention.end, position)
                and actors.state_before(view.mentions, mention.start) is not None
                and not any(mention.end <= m.start < position for m in view.mentions)
            ):
                return mention.value  # "units withdrawing ... in May 2026 planted mines"
            when = _WHEN_CLAUSE.fullmatch(view.text, mention.end, position)
            if when and not _MINE_NOUN.search(when.group(0)):  # not "when a mine planted by"
                return mention.value  # "dates from 2001, when Uzbek forces laid minefields"
            continue
        if _OTHER_VERB.search(view.text, position, mention.start):
            continue  # "in areas it occupied until 2008": the date of another verb
        return mention.value
    return None


# a relative clause with its own verb between the use cue and a date: "territories it
# controlled until 2020", "villages they held until last year" ("before withdrawing last
# week" still dates the laying: it bounds it); a relative clause that tells the laying again
# is no other verb ("laid by the militants, who planted them in fields between 2014 and 2017")
_OTHER_VERB = re.compile(
    r"\b(?:it|they|which|that|who|where)\s+(?:had\s+|have\s+|has\s+)?(?!says?\b|said\b)"
    rf"(?!(?:{triggers.LAID}|buried|scattered|sowed|mined|used|deployed)\b)"
    r"(?:[a-z]+ed|held|took|kept|seized|won|lost|left|fought)\b|"
    # "since the full-scale invasion began on 24 February 2022": the date of "began"
    r"\bsince\s+(?:[\w-]+\s+){1,4}?(?:began|begun|started|broke\s+out|erupted|ended|resumed|"
    r"invaded|escalated)\b|"
    # "in the region, where two soldiers were killed earlier this month": the harm's date
    r"\b(?:where|when|after)\s+(?:[\w-]+\s+){0,4}?(?:were|was|had\s+been|have\s+been)\s+"
    r"(?:killed|injured|wounded|maimed|hurt)\b"
)
# a date the use verb's "when" clause hangs on ("in 1993, when Armenian troops mined the
# road", "dates from 2000 and 2001, when Uzbek forces laid minefields")
_WHEN_CLAUSE = re.compile(r"\s*,?\s+when\s+[^,;.()]{0,60}?")
# a date between the user and the use verb, with nothing that opens another clause after it
# ("army units withdrawing from towns between May and August 2026 planted mines")
_BEFORE_VERB = re.compile(
    r"(?:(?![,;:()]|\b(?:that|said|says|say|found|find|reported|told|when|after|since|which|"
    # "the army on Thursday accused a faction of sowing mines": the accusation's day
    r"who|where|and|but|while|accus\w*|blam\w*|charg\w*|alleg\w*)\b).){0,40}"
)


_ACCUSER_AFTER = re.compile(r"\s*(?:[’'´]s)?\s+(?:[\w-]+\s+){0,4}?(?:said|says|told|reported)\b")


def _accuser_state(mentions: list[Mention], accused: str, position: int) -> Mention | None:
    """A state named before the accusation, else one the text quotes as the source after it
    ("..., according to South Korea's Joint Chiefs of Staff")."""
    others = [m for m in mentions if accused not in m.iso3s]
    for mention in others:
        if mention.start < position:
            return mention
    return None


def _source_after(view: View, accused: str, position: int) -> Mention | None:
    for mention in view.mentions:
        if mention.start <= position or accused in mention.iso3s:
            continue
        before = view.text[max(0, mention.start - 20) : mention.start]
        if re.search(r"according\s+to\s+(?:the\s+)?$", before) or _ACCUSER_AFTER.match(
            view.text, mention.end
        ):
            return mention
    return None


def _text(match: re.Match[str] | None) -> str | None:
    return match.group(0).strip() if match else None
