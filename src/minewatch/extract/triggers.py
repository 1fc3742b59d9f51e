"""Cue phrases for each event type, and the checks that veto a cue (plans, negation)."""

from __future__ import annotations

import re

MINE_CONTEXT = re.compile(
    r"\b(?:(?:land|anti-?personnel\s+)?mines?|landmines?|blasts?|explosions?|explosives?|"
    r"ordnance|UXOs?|IEDs?|devices?|exploded|explodes|detonat\w+|munitions?|blown\s+up|blew\s+up)\b",
    re.IGNORECASE,
)
TREATY_CONTEXT = re.compile(
    r"\b(?:convention|treaty|mine\s+ban|instrument\s+of\s+(?:withdrawal|ratification|accession))\b",
    re.IGNORECASE,
)
CLUSTER = re.compile(r"\b(?:cluster\s+munitions?|submunitions?)\b", re.IGNORECASE)
ANAPHORIC = re.compile(
    r"^(?:In\s+addition|Additionally|Also|The\s+report|The\s+update|These\s+figures|This\s+figure|"
    r"He\s+added|She\s+added|He\s+said|She\s+said|A\s+total|Of\s+these|Of\s+them|Of\s+which|"
    r"It\s|They\s|The\s+soldier|The\s+mine|The\s+explosion|The\s+blast|The\s+driver|"
    r"Fortunately|As\s+a\s+result)",
)
GLOBAL = re.compile(
    r"\b(?:worldwide|[Gg]lobally|world-wide|(?:across|around)\s+the\s+(?:world|globe)|"
    r"in\s+the\s+world)\b"
)
REFERS_BACK = re.compile(
    r"^(?:[^.;]{0,60}?\b)?(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:vote|explosion|blast|incident|"
    r"announcement|ceremony|decision|accident|attack|handover|signing|destruction|declaration)\s+"
    r"(?:took\s+place|happened|occurred|came|was\s+(?:made|held|announced|signed|carried\s+out))\b"
)
BACK_THERE = re.compile(r"\b(?:there|that\s+day|at\s+the\s+(?:ceremony|event|site))\b")
NEW_INCIDENT = re.compile(r"\b(?:another|separate|similar\s+news|second)\b", re.IGNORECASE)
RECENT_LAYING = re.compile(
    r"\b(?:recently\s+(?:been\s+)?(?:planted|laid)|fresh(?:ly)?\s+(?:laid\s+)?(?:land)?mines|"
    r"newly\s+(?:laid|planted)|new\s+(?:land)?mines)\b",
    re.IGNORECASE,
)
CONFIRMED = re.compile(r"\b(?:documented|confirmed|verified)\b")
ALLEGED = re.compile(r"\b(?:alleg\w*|accus\w*|claim\w*|deni\w*|protest\w*|attribut\w*)\b", re.I)

_MODAL = re.compile(
    r"\b(?:will|would|could|may|might|should|shall|expected\s+to|set\s+to|scheduled\s+to|"
    r"is\s+to|are\s+to|to\s+be|aims?\s+to)\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
_NEGATION = re.compile(r"\b(?:not|never|no|n't|prohibits?|banning|bans?)\s+(?:[\w-]+\s+){0,2}$")


def vetoed(text: str, start: int) -> bool:
    """A cue in a plan ("will be destroyed") or under negation ("not ratified") is no event."""
    before = text[max(0, start - 60) : start]
    return bool(_MODAL.search(before) or _NEGATION.search(before))


_WITHDRAW = r"(?:withdraw\w*|exit\w*|leave|leaving|pull\w*\s+out|quit\w*|denounc\w*)"
TREATY_ACTIONS: list[tuple[str, re.Pattern[str]]] = [
    (
        "withdrawal_effective",
        re.compile(
            r"\b(?:withdrawal|exit)\b[^.;]{0,80}?\b(?:took|takes|taken)\s+effect|"
            r"\b(?:withdrawal|exit)\b[^.;]{0,60}?\b(?:became|become|becomes)\s+effective|"
            r"\bceased\s+to\s+be\s+(?:a\s+)?(?:State\s+)?Party"
        ),
    ),
    (
        "withdrawal_notified",
        re.compile(
            r"\b(?:submitted|deposited|lodged|sent|handed|transmitted)\s+(?:its\s+|the\s+|a\s+)?"
            r"(?:formal\s+)?(?:notification|notice|instrument)\b|\bnotified\s+the\s+(?:UN|United\s+"
            r"Nations|Secretary-General|depositary)"
        ),
    ),
    (
        "parliament_approves_withdrawal",
        re.compile(
            rf"\b(?:[Pp]arliament|Sejm|Seimas|Saeima|Riigikogu|Eduskunta|Verkhovna\s+Rada|"
            rf"[Ll]awmakers|[Ll]egislat\w+|lower\s+house|[Dd]eputies|MPs)\b[^.;]{{0,100}}?\b"
            rf"(?:approved|voted|passed|backed|endorsed|gave\s+its\s+consent|adopted)\b"
            rf"(?=[^.;]{{0,120}}?\b{_WITHDRAW})"
        ),
    ),
    (
        "announce_intent_to_withdraw",
        re.compile(
            rf"\b(?:announc\w*|declar\w*|decided|decision|decree|recommend\w*|proposal|plans?|"
            rf"intention|intends?|desire|signed)\b[^.;]{{0,120}}?\b{_WITHDRAW}"
        ),
    ),
    (
        "suspension_claim",
        re.compile(r"\bsuspen\w+\b[^.;]{0,60}?\b(?:Convention|Treaty|obligations)"),
    ),
    (
        "join",
        re.compile(
            r"\b(?:ratified|ratifies|acceded|accedes|acceding|joined|became\s+(?:a\s+)?"
            r"(?:State\s+)?Party)\b"
        ),
    ),
    ("entry_into_force", re.compile(r"\bentered\s+into\s+force\s+for\b")),
]
POLICY = re.compile(
    r"\b(?:[Rr]evers\w+|rescind\w*|revok\w+|lift\w*|[Rr]oll\w*\s+back|undone|undid|overturn\w*|"
    r"U-turn|authori[sz]\w+|[Gg]reenl\w+|[Ii]ssued\s+by|issued\s+(?:a\s+|the\s+)?(?:new\s+)?"
    r"(?:policy|memo|directive)|(?:intention|plans?|decision|decided)\s+to\s+(?:commence|begin|"
    r"resume|start|restart)\s+(?:the\s+)?(?:production|producing|manufactur\w+)|"
    r"resum\w+\s+(?:[\w-]+\s+){0,3}production)"
)
POLICY_CONTEXT = re.compile(
    r"\b(?:polic\w+|ban|memo|restrictions?|prohibitions?|mines|production|producing)\b", re.I
)
STOCKPILE = re.compile(
    r"\b(?:destroyed|destroys|eliminated|(?:completed|complete|completes|finished|full|fully)\s+"
    r"(?:the\s+)?(?:destruction|elimination)|destruction\b[^.;]{0,40}?\b(?:completed|complete))",
    re.IGNORECASE,
)
CLEARANCE_AREA = re.compile(
    r"\b(?:cleared|clearance|demined|released|release|freed|cancell?ed|canceled|reduced|"
    r"neutrali[sz]\w+)\b",
    re.IGNORECASE,
)
CLEARANCE_DONE = re.compile(
    r"\b(?:completion\s+of\s+clearance|all\s+known\s+mined\s+areas|mine[- ]free|"
    r"release\s+of\s+a\s+mined\s+area|(?:mined\s+area|verification\s+efforts)[^.;]{0,80}?"
    r"\bcompleted)\b",
    re.IGNORECASE,
)
CLEARANCE_NOT_STOCKPILE = re.compile(
    r"\b(?:UXOs?|unexploded|ordnance|clearance|cleared|demin\w*|mine\s+action|km2|hectares)\b", re.I
)
BLAST = re.compile(
    r"\b(?:blew\s+up|blows\s+up|blown\s+up|exploded|explodes|detonated)\b", re.IGNORECASE
)
USE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("accuse", re.compile(r"\baccus\w*\s+(?=\S)")),
    (
        "possessive",
        re.compile(r"[’'´]s\s+(?:\w+\s+)?use\s+of\s+(?:[\w-]+\s+){0,3}?(?:land\s?mines|mines)\b"),
    ),
    (
        "use_by",
        re.compile(r"\buse\s+of\s+(?:[\w-]+\s+){0,3}?(?:land\s?mines|mines)\s+by\s+", re.I),
    ),
    (
        "subject_used",
        re.compile(
            r"\b(?:used|laid|planted|deployed)\s+(?:[\w-]+\s+){0,2}?(?:land\s?mines|mines)\b", re.I
        ),
    ),
    (
        "by",
        re.compile(
            r"\b(?:laid|planted|hidden|placed|used|left|deployed)\b[^.;]{0,60}?\bby\s+", re.I
        ),
    ),
    (
        "deny",
        re.compile(
            r"\bden(?:y|ies|ied)\s+(?:allegations\s+that\s+it\s+had\s+)?(?:laying|laid|planting|using)\b"
        ),
    ),
    ("attribute", re.compile(r"\battribut\w+\s+(?:the\s+)?[^.;]{0,30}?\bto\s+")),
]
