"""Which states a sentence is about: subject lists, places, perpetrators and accusers."""

from __future__ import annotations

import re

from minewatch.extract import subdivisions
from minewatch.extract.gazetteer import Mention

_LIST_GAP = re.compile(
    r"^(?:[\s,;:]|\band(?:\s+of)?\b|\bor\b|\bas\s+well\s+as\b|\balong\s+with\b|\bthe\b|\bThe\b|[’']s\b|"
    # "forces of Myanmar and of Russia"; "Myanmar, Russia and, for the first time, Iran": a short
    # aside between commas
    r",\s*[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}\s*,|"
    r"\bStates?\s+Part(?:y|ies)\b|\bstates\s+not\s+party\b|\bincluding\b|\bin\b|\([^)]*\))*$"
)
_PLACE_BEFORE = re.compile(
    r"\b(?:in|near|across|of|from|inside)\s+(?:the\s+)?(?:(?:north|south|east|west)"
    r"(?:east|west|ern)?\s+|central\s+)?$",
    re.IGNORECASE,
)
_PERPETRATOR_AFTER = re.compile(
    r"^\s*(?:[\w-]+\s+)?(?:mines?|landmines?|forces|troops|shelling|army)\b"
)
# "Armenia-planted mines": the state that laid them, never the place
_LAID_BY = re.compile(r"[-‑–]\s?(?:planted|laid|placed|emplaced|made|produced)\b")
_VICTIM_AFTER = re.compile(
    r"^\s*(?:[\w-]+\s+)?(?:soldiers?|rangers?|military|civilians?|children|troops|villagers?|"
    r"farmers?|deminers?|border\s+guards?|police)\b"
)
NON_STATE = re.compile(
    r"\b(?:NSAGs?|[Nn]on-state|[Aa]rmed\s+groups?|[Gg]uerrill\w+|[Rr]ebels?|[Mm]ilitants?|"
    r"[Ii]nsurgents?|FARC|ELN|[Mm]ilitias?|Islamic\s+State|ISIS|Houthis?|BACRIM|[Jj]ihadists?|"
    r"[Bb]andits?|[Gg]unmen|[Tt]errorists?|[Tt]errorist\s+groups?|[Ee]xtremists?|Daesh|"
    r"[Aa]l-Shabaa?b|Boko\s+Haram|[Ss]eparatists?|[Ii]nsurgency|Taliban|Arakan\s+Army|Hezbollah|"
    r"LTTE|Tamil\s+Tigers|JNIM|ISWAP|Naxal\w*|Ansar\s+Allah|Clan\s+del\s+Golfo|Gulf\s+Clan|"
    # groups by name, and the words news uses for them ("a FARC dissident faction", "the PKK
    # terrorist organisation", "Haftar's Libyan National Army", the Wagner Group)
    r"PKK|YPG|Kurdistan\s+Workers[’']?\s+Party|[Aa]l-Qaeda|al-Qaida|AQIM|Polisario|Hamas|Wagner|"
    r"Haftar\w*|Libyan\s+National\s+Army|LNA|[Dd]issidents?|[Tt]errorist\s+organi[sz]ations?|"
    # Myanmar's ethnic armed organisations by their kind or their names' endings ("the Ta'ang
    # National Liberation Army", "the Kachin Independence Army")
    r"[Ee]thnic\s+armed\s+organi[sz]ations?|EAOs?|National\s+Liberation\s+Army|"
    r"Independence\s+Army|"
    # Myanmar's resistance by its kind or its names ("armed resistance groups", "the Karenni
    # Nationalities Defence Force", "People's Defence Force units")
    r"[Rr]esistance\s+(?:groups?|forces|fighters|movements?|organi[sz]ations?)|"
    r"Nationalities\s+Defen[cs]e\s+Force|People[’']?s\s+Defen[cs]e\s+Forces?|KNDF|"
    # forces of no state: paramilitaries, a warlord's forces ("forces loyal to Khalifa Haftar")
    r"[Pp]aramilitar\w+|Rapid\s+Support\s+Forces|RSF|"
    # "armed elements of the MFDC", and groups of one home by name (``GROUP_HOME``)
    r"[Aa]rmed\s+elements|"
    r"Abu\s+Sayyaf|New\s+People[’']?s\s+Army|M23|Tehrik-[ie]-Taliban|TTP|"
    r"Baloch(?:istan)?\s+Liberation\s+Army|(?:[Ff]orces|[Ff]ighters|[Tt]roops|[Uu]nits)\s+"
    r"(?:loyal|allied)\s+to)\b"
)
# state forces, also named through a generic possessor ("a government's own armed forces",
# "the state's military"), whose state is the one named near them
STATE_FORCES = re.compile(
    r"\b(?:(?:an?|the|its)\s+(?:(?:government|state|country|regime)[’']s\s+)?(?:own\s+)?)?"
    r"(?:government\s+forces|army|armed\s+forces|military|junta|troops|soldiers)\b"
)
# who may lay mines without a state named: a non-state group or a state's unnamed forces
ARMED = re.compile(rf"{NON_STATE.pattern}|{STATE_FORCES.pattern}")


# A state named only as the far side of a border ("near the Croatian border", "the border
# with Iraq", "la frontera con Ecuador") is where the place is not: the event is on this side.
# Its own border posts, guards and towns ("the Thai border town of Mae Sot", "Iranian border
# guards") are in it, and a pair ("the Thai-Cambodian border") names both sides, so both stay.
_BORDER_AFTER = re.compile(
    r"\s+(?:border|frontier|boundary)\b(?!\s+(?:guards?|police|troops|forces?|posts?|towns?|"
    r"villages?|city|cities|provinces?|districts?|areas?|regions?|crossings?|zones?|service|"
    r"agency|units?|patrols?|officials?|authorities|checkpoints?|outposts?|residents?|"
    r"communities|community|settlements?))"
)
_BORDER_BEFORE = re.compile(
    r"(?:\b(?:borders?|frontiers?|boundary)\s+with|\bbordering|\bfronter(?:a|as|iz[oa]s?)\s+con|"
    # Russian and Ukrainian: "вблизи границы с Азербайджаном", "біля кордону з Росією"
    r"(?<!\w)(?:границ[аеуыи]\w*|кордон\w*)\s+(?:с|со|з|із)|"
    # German and French: "an der Grenze zu Syrien", "près de la frontière avec la Syrie"
    r"\bGrenze\s+zu|\bfronti[eè]re\s+avec)"
    r"\s+(?:the\s+|la\s+|le\s+|l['’])?$",
    re.IGNORECASE,
)
_LISTED = r"[A-ZÁÉÍÓÚ][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}"
# a later state of a list on the far side ("the regions bordering Peru, Bolivia and Argentina",
# "las regiones fronterizas con Perú, Bolivia y Argentina"): far side too
_BORDER_LIST_BEFORE = re.compile(
    r"(?:\b(?:borders?|frontiers?|boundary)\s+with|\bbordering|\bfronter(?:a|as|iz[oa]s?)\s+con)"
    # (a list ends at its "and": "con Perú y Bolivia, Chile despejó" leaves Chile out)
    rf"\s+(?:the\s+|el\s+|la\s+)?(?:(?:{_LISTED}\s*,\s*)+|(?:{_LISTED}\s*,\s*)*{_LISTED}\s+"
    r"(?:and|y)\s+)$"
)


def beyond_border(text: str, start: int) -> bool:
    """The state named at ``start`` is on the far side of a border, alone or in a list
    (``_BORDER_BEFORE``, ``_BORDER_LIST_BEFORE``)."""
    before = text[max(0, start - 120) : start]
    return bool(_BORDER_BEFORE.search(before[-40:]) or _BORDER_LIST_BEFORE.search(before))


_PAIRED = re.compile(r"[-‑–/]\s?$")
# a war named after the two states that fought it ("a mine left over from the Iran-Iraq war",
# "the 1998-2000 Eritrea-Ethiopia War"): its first state is no place (the second is not found
# after the hyphen), the harm is after the war, on whichever side the sentence says
_PAIRED_WAR = re.compile(r"[-‑–][A-Z][a-z]+\s+(?:[Ww]ar|[Cc]onflict)\b")
# A state a figure is compared with or set apart from ("more than in any other country outside
# Ukraine", "higher than in Syria", "second only to Afghanistan", "except Iraq") is not where
# the figure was counted. "outside" sets a state apart only by its name: "outside Kyiv" is a
# place near the city.
_COMPARED_BEFORE = re.compile(
    r"\b(?:than(?:\s+in)?|other\s+than|except(?:\s+(?:for|in))?|apart\s+from|"
    r"compared\s+(?:with|to)|second\s+only\s+to|excluding|"
    r"m[aá]s\s+que(?:\s+en)?|excepto(?:\s+en)?|a\s+excepci[oó]n\s+de|en\s+comparaci[oó]n\s+con|"
    r"exceto|em\s+compara[cç][aã]o\s+com|rispetto\s+a(?:l|lla)?|tranne|eccetto|hormis|"
    r"par\s+rapport\s+(?:à|au|aux))"
    r"\s+(?:(?:the|la|el|los|las|le|les|il|lo|o|a|os|as)\s+|l['’])?$"
)
# A ranking's next state, in every language read ("ahead of Syria", "por delante de Siria", "à
# frente da Síria", "davanti alla Siria", "devant la Syrie"), is set aside the same way unless
# its own figure follows it ("devant la Syrie (1 015)": a ranking, ``ranked``).
_RANKED_BEFORE = re.compile(
    r"\b(?:ahead\s+of|behind|por\s+delante\s+de|detr[aá]s\s+de|[àa]\s+frente\s+d[aoe]s?|"
    r"davanti\s+a(?:l|lla|gli)?|devant|derri[eè]re)"
    r"\s+(?:(?:the|la|el|los|las|le|les|il|lo|o|a|os|as)\s+|l['’])?$"
)
_OWN_FIGURE = re.compile(r"\s*(?:\(\s*\d|,?\s+(?:with|con|com|avec)\s+\d)")
_ANY_DIGIT = re.compile(r"\d")
_OUTSIDE_BEFORE = re.compile(r"\boutside(?:\s+of)?\s+(?:the\s+)?$")
# A state's adjective after a noun of its armed presence abroad, in Romance word order ("l'ancienne
# base libyenne de Ouadi Doum", "depuis l'invasion russe", "l'occupazione russa", "la invasión
# rusa"): whose the base or the invasion was, never where the work or the harm is, nor who acts
_PRESENCE_BEFORE = re.compile(
    r"\b(?:bases?|casernes?|caserm[ae]|invasion[ei]?|invasión|invasão|occupation|occupazione|"
    r"ocupación|ocupação|agression|aggressione|agresión|agressão)\s+(?:militaires?\s+|militari?\s+|"
    r"militar(?:es)?\s+)?$",
    re.IGNORECASE,
)


# every wording ``set_aside`` reads holds one of these (substring tests once per sentence)
_ASIDE_WORDS = (
    "than", "outside", "except", "apart", "compared", "second", "excluding", "border",
    "frontier", "boundary", "fronter", "ahead", "delante", "detr", "que", "excep", "compara",
    "frente", "exceto", "davanti", "rispetto", "tranne", "eccetto", "devant", "derri", "hormis",
    "rapport", "behind", "base", "caser", "invas", "occup", "ocup", "agress", "agres", "War",
    "границ", "кордон", "Grenze", "fronti",
    "war", "onflict",
)  # fmt: skip


def may_set_aside(text: str) -> bool:
    """Cheap gate for ``set_aside``: the sentence holds one of its words."""
    return any(word in text for word in _ASIDE_WORDS)


def _ranked(text: str, mention: Mention) -> bool:
    """Whether "ahead of / behind X" ranks X by a figure: a number comes before it in the
    sentence, X has no figure of its own after it, and X is not a possessive ("ahead of
    Lithuania's vote", "behind Ukraine's front lines" name the state that acts or holds)."""
    after = text[mention.end : mention.end + 2]
    if after[:1] in ("'", "’") or not _ANY_DIGIT.search(text, 0, mention.start):
        return False
    return not _OWN_FIGURE.match(text, mention.end)


def set_aside(text: str, mention: Mention) -> bool:
    """``mention`` names the far side of a border or a state something is compared with (see
    ``_BORDER_AFTER``, ``_COMPARED_BEFORE``): it places nothing and is the subject of nothing."""
    before = text[max(0, mention.start - 40) : mention.start]
    if _COMPARED_BEFORE.search(before):
        return True
    if _RANKED_BEFORE.search(before) and _ranked(text, mention):
        return True
    if mention.kind in ("name", "short", "alias") and _OUTSIDE_BEFORE.search(before):
        return True
    if beyond_border(text, mention.start):
        return True
    if presence(text, mention):
        return True
    if _PAIRED_WAR.match(text, mention.end):
        return True
    if not _BORDER_AFTER.match(text, mention.end):
        return False
    return not _PAIRED.search(before)


def presence(text: str, mention: Mention) -> bool:
    """``mention`` is a state's adjective after a noun of its armed presence abroad ("base
    libyenne", "invasion russe", ``_PRESENCE_BEFORE``)."""
    return mention.kind == "adjective" and after_presence(text, mention.start)


def after_presence(text: str, start: int) -> bool:
    """A noun of a state's armed presence abroad ends right before ``start`` ("l'invasion |")."""
    return _PRESENCE_BEFORE.search(text[max(0, start - 40) : start]) is not None


# the states listed before one named in the same breath ("the threat from Russia and Belarus")
# (names by their capitals, whatever the case of the cue: "from Russia, said Latvia" lists none)
_LISTED_BEFORE = r"(?-i:(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?:,\s+|\s+and\s+)){0,3})"
# A state named as the threat a decision answers ("citing the threat from Russia", "mit der
# Bedrohung durch Russland begründet", "face à la menace de la Russie", "la amenaza de Rusia",
# "угрозу со стороны России"): the reason given, never the state that decides
_THREAT_BEFORE = re.compile(
    r"\b(?:threats?|danger|menaces?|Bedrohung(?:en)?|Gefahr|amenazas?|ameaças?|minacc(?:ia|e)|"
    r"угроз\w*|загроз\w*)\s+(?:(?:posed\s+)?(?:from|by|of)|durch|aus|seitens|von|de|da|do|del|"
    r"dal(?:la)?|со\s+стороны|з\s+боку)\s+(?:the\s+|la\s+|l['’]|el\s+|a\s+|o\s+)?"
    rf"{_LISTED_BEFORE}$|"
    # the reason cited: "citing Russia", "citing the war with Russia", "citing the war in
    # Ukraine", "citing the security situation in Europe"
    r"\bciting\s+(?:the\s+)?(?:(?:(?:full-scale\s+)?war|threat|aggression|fighting|"
    r"(?:security\s+)?(?:situation|environment))\s+(?:with|from|of|by|in)\s+)?"
    rf"{_LISTED_BEFORE}$",
    re.IGNORECASE,
)


# A state named as the owner of an invasion or an aggression ("since Russia's full-scale
# invasion of Ukraine", "after Russia's aggression"): the reason a step is taken, never its actor
_AGGRESSOR_AT = re.compile(
    r"[A-Z][\w-]*(?:\s[A-Z][\w-]*){0,2}['’]s\s+(?:(?:full-scale|large-scale|ongoing|"
    r"unprovoked|renewed|military|armed)\s+){0,2}(?:invasion|aggression)\b"
)

# ... and the state it invaded ("since Russia's invasion of Ukraine"): the war's, not a step's
_INVADED_BEFORE = re.compile(
    r"\b(?:invasion|aggression)\s+(?:of|against|on)\s+$|"
    # "seit dem russischen Angriff auf die Ukraine", "l'invasion de l'Ukraine"
    r"\b(?:Angriff\w*|Überfall|Invasion|Krieg)\s+(?:auf|gegen)\s+(?:die\s+|den\s+)?$|"
    r"\binvasion\s+(?:de\s+la\s+|de\s+l['’]|du\s+)$"
)


def named_as_threat(text: str, start: int) -> bool:
    """The state at ``start`` is named as a threat (``_THREAT_BEFORE``) or as the invader
    (``_AGGRESSOR_AT``), not as an actor."""
    threat = _THREAT_BEFORE.search(text, max(0, start - 70), start)
    return (
        (threat is not None and not _after_fronted_reason(text, threat))
        or _AGGRESSOR_AT.match(text, start) is not None
        or _INVADED_BEFORE.search(text, max(0, start - 30), start) is not None
    )


# where a sentence starts: a state after the reason fronted in it is the sentence's subject
_SENTENCE_END = re.compile(r"[.!?\n]\s*")


def _after_fronted_reason(text: str, threat: re.Match[str]) -> bool:
    """The reason opens its sentence and its comma closes it ("Citing the threat from Russia,
    Latvia and Lithuania announced ...", "Faced with the threat from Russia, Finland ..."): the
    states after that comma are the subject, not more of the reason ("Finland, citing the threat
    from Russia, Belarus and Iran, ..." and "the threat from Russia and Belarus" still list)."""
    if "," not in threat.group(0):
        return False
    head = text[: threat.start()]
    ends = list(_SENTENCE_END.finditer(head))
    head = head[ends[-1].end() :] if ends else head
    return "," not in head and len(head.split()) <= 4


def presence_may_be_named(text: str) -> bool:
    """Cheap gate for ``presence``: the sentence holds one of its nouns."""
    return any(word in text for word in _PRESENCE_WORDS)


_PRESENCE_WORDS = ("base", "caser", "invas", "occup", "ocup", "agress", "agres")


def group_mentions(text: str, mentions: list[Mention]) -> list[list[Mention]]:
    """Mentions joined by list punctuation ("A, B and C", "A (2005), B (2006)") form one group."""
    groups: list[list[Mention]] = []
    for mention in _without_repeats(text, mentions):
        if groups and _LIST_GAP.match(text[groups[-1][-1].end : mention.start]):
            groups[-1].append(mention)
        else:
            groups.append([mention])
    return groups


def _without_repeats(text: str, mentions: list[Mention]) -> list[Mention]:
    """Drop "(Congo)" after "the Republic of the Congo": a bracketed repeat of the same state."""
    out: list[Mention] = []
    for mention in mentions:
        repeat = out and out[-1].iso3s == mention.iso3s
        if repeat and re.fullmatch(r"\s*\(\s*", text[out[-1].end : mention.start]):
            continue
        out.append(mention)
    return out


def codes(group: list[Mention]) -> list[str]:
    """The distinct ISO3 codes of a group, in order of mention."""
    out: list[str] = []
    for mention in group:
        out.extend(code for code in mention.iso3s if code not in out)
    return out


_INTRO = re.compile(
    r"^(?:Despite|Following|Unlike|Like|Amid|Besides|After|Before|"
    # a participle opening on where or to whom ("Speaking in Vilnius, ...", "Addressing NATO
    # allies, ..."): its state is the setting, not the subject
    r"(?:Speaking|Addressing|Writing|Visiting|Talking|Meeting)|"
    r"According\s+to|In\s+response\s+to|At\s+the\s+request\s+of|With\s+(?:funding|support)\s+from|"
    # a donor's money opening the sentence: "Thanks to German funding, ...", "With a grant
    # from Japan, ...", "Funded by the UK, ...": who pays is not who works or where
    r"(?:With|Thanks\s+to|Through|Using)\s+(?:[\w'’.-]+\s+){0,4}?(?:funding|support|money|grants?|"
    r"assistance|donations?|contributions?|financing)|(?:Funded|Financed|Supported|Sponsored)\s+by|"
    # another state's step as the occasion: "With Chad's announcement, 94 States Parties have ..."
    r"With\s+[A-Z][^,;]{0,40}?['’]s\s+(?:[\w-]+\s+)?(?:announcement|decision|completion|report|"
    r"declaration|ratification|accession|notification|confirmation))"
    r"\b[^,;]{0,100},"
)
_SPEAKER_THEN = re.compile(
    r"\b(?:said|says|told\s+\w+|stated|reported|confirmed|noted|announced|added)\s+"
    r"(?:on\s+\w+\s+)?(?:that\s+)?$"
)


def subject_group(text: str, mentions: list[Mention]) -> list[Mention]:
    """The sentence's subject: the first list of states not in an introductory phrase
    ("Despite X's objections, ..."), not introduced by "including", and, when a speaker's
    state precedes a reporting verb ("Ambassador ... of Spain said Senegal had ..."), the state
    that opens the reported clause."""
    intro = _INTRO.match(text)
    skip = intro.end() if intro else 0
    # a list cut by the end of the introductory phrase ("With a grant from Japan, Cambodian
    # deminers ...") keeps only what follows it
    cut = [[m for m in g if m.start >= skip] for g in group_mentions(text, mentions)]
    groups = [g for g in cut if g and not re.search(r"\bincluding\s+$", text[: g[0].start])]
    reported = [g for g in groups[1:] if _SPEAKER_THEN.search(text[: g[0].start])]
    if reported:
        return reported[0]
    return groups[0] if groups else []


# a state with its own figure right after it: "Cambodia (60.3 km2)", "Syria (1,015)",
# "Iraq, with 38.4 km2", "Myanmar had the most casualties (2,029)"
# "Myanmar had the most casualties (2,029)", "Birmania registró el mayor número, con 1.003"
# (con/com/avec: the Romance readers rank with it), and what the figure ranks told between the
# state and its figure, a year included ("Syria recorded the most casualties for the third
# year in a row (834)", "Myanmar recorded the highest number of any country, 1,003, ahead
# of", "... of any country in 2023, with 1,003 people")
_OWN_FIGURE = re.compile(
    r"(?:[^.;:,()\d]|\b(?:19|20)\d\d\b){0,80}?\s*\(\s*(?:about\s+|some\s+|over\s+)?\d|"
    r"(?:[^.;:,()\d]|\b(?:19|20)\d\d\b){0,80}?,?\s+(?:with|con|com|avec)\s+(?:about\s+|some\s+)?\d|"
    r"\s+(?:recorded|reported|registered|had)\s+the\s+(?:most|highest|largest)\b"
    r"[^.;:,()\d]{0,60}?,\s+(?:\d|with\s+\d)"
)


# what every match of ``_OWN_FIGURE`` holds
_RANK_WORDS = ("(", "with", " con ", " com ", "avec", " the most", " the highest", " the largest")


def ranked(text: str, mentions: list[Mention], least: int = 2) -> dict[int, str]:
    """A ranking or a list of states each with its own figure ("the largest totals were
    reported by Cambodia (60.3 km2), Croatia (45.6 km2) ..."): where each figure starts -> its
    state. Empty unless ``least`` states (two) or more have their figure: such a list names the
    parts of a total, never the topic of what follows."""
    if not any(word in text for word in _RANK_WORDS):
        return {}  # cheap gate
    out: dict[int, str] = {}
    for index, mention in enumerate(mentions):
        match = _OWN_FIGURE.match(text, mention.end)
        after = mentions[index + 1].start if index + 1 < len(mentions) else len(text)
        if match is not None and len(mention.iso3s) == 1 and match.end() <= after:
            out[match.end() - 1] = mention.iso3s[0]
    return out if len(set(out.values())) >= least else {}


# a state's share of a total told in words ("together accounting for more than half of the
# total", "a third of all casualties", "Myanmar recorded the most"): the state is a part of a
# figure about many states, never the topic of the sentences after it
_SHARE = re.compile(
    r"\b(?:of\s+(?:the|all)\s+(?:\w+\s+){0,2}?(?:total|casualties|victims|clearance|land)|"
    r"accounting\s+for|accounted\s+for|making\s+up|made\s+up|share\s+of|"
    # a superlative of a count, not of a quality ("the most successful rodent", "the most
    # mine-affected country" rank nothing)
    r"(?:the|its)\s+(?:most|highest|largest|biggest|greatest|heaviest)(?=\s*[.,;)]|\s*$|\s+"
    r"(?:number|numbers|share|total|totals|casualties|victims|deaths|clearance|toll|figures?|"
    r"amount|area|land|recorded|reported|in|of)\b)|topped|tops|"
    r"followed\s+by|ahead\s+of|second\s+only\s+to)"
)


def share_of_total(text: str, mentions: list[Mention]) -> bool:
    """``text`` names states as parts of a total told in words (``_SHARE``): "Cambodia and
    Croatia reported the largest clearance, together accounting for half of the total". A
    ranking with figures is ``ranked``. Source of the rule: the eval-dev README's conventions
    (a world or treaty-wide figure has a null actor; its parts do not make it a state's)."""
    # the parts are states: a region's share of its own state's total keeps the state
    states = any(m.kind != "region" for m in mentions)
    return states and _SHARE.search(text) is not None


def place_state(text: str, mentions: list[Mention]) -> str | None:
    """Where something happened: a region, "in Syria", a "Thai soldier", else a non-perpetrator."""
    for mention in mentions:
        if mention.kind == "region":
            return mention.iso3s[0]
    mentions = [m for m in mentions if not _LAID_BY.match(text, m.end)]
    for mention in mentions:
        if mention.kind in ("name", "alias", "short") and _PLACE_BEFORE.search(
            text[: mention.start]
        ):
            return mention.iso3s[0]
    # "laid by Armenian troops", "North Korean troops had planted mines that maimed ...": the
    # agent of the laying, never the victims' state
    mentions = [
        m
        for m in mentions
        if not _BY_BEFORE.search(text[: m.start]) and not _FORCES_LAYING.match(text, m.end)
    ]
    for mention in mentions:
        if _VICTIM_AFTER.match(text[mention.end :]):
            return mention.iso3s[0]
    for mention in mentions:
        if not _PERPETRATOR_AFTER.match(text[mention.end :]):
            return mention.iso3s[0]
    return None


_BY_BEFORE = re.compile(r"\bby\s+(?:an?\s+|the\s+)?$")


def perpetrators(text: str, mentions: list[Mention]) -> set[str]:
    """States a sentence names as the one behind the mines ("Armenia-planted mines", "Russian
    mines", "laid by Russian forces", "Russian forces have scattered mines"), which are never
    the place of the harm. A state's army alone is not one ("a soldier of the Azerbaijani
    army" is a victim): its forces must be the subject of a laying verb."""
    out: set[str] = set()
    for mention in mentions:
        by = re.search(r"\bby\s+(?:an?\s+|the\s+)?$", text[: mention.start])
        if by and _AUTHORED.search(text, max(0, by.start() - 40), by.start()):
            by = None  # "a report by the Yemeni Landmine Records": who wrote, not who laid
        after = (_FORCES_LAYING, _LAID_BY, _MINES_AFTER)
        if by or any(pattern.match(text, mention.end) for pattern in after):
            out.update(mention.iso3s)
    return out


_AUTHORED = re.compile(
    r"\b(?:report|statement|study|survey|analysis|investigation|documented|published|issued|"
    r"released|written|compiled|funded|financed|run|operated)\s+(?:[\w-]+\s+){0,3}$"
)
_FORCES_LAYING = re.compile(
    # the forces, or the craft that drop mines for them ("Russian drones scattered the mines")
    r"(?:[’']s)?\s+(?:[\w-]+\s+)?(?:forces|troops|army|military|soldiers|units|drones|"
    r"aircraft|helicopters)\s+"
    # "had recently planted", "had crossed the demarcation line and planted"
    r"(?:have\s+|has\s+|had\s+)?(?:\w+ly\s+)?(?:[a-z]+ed\s+(?:[\w-]+\s+){0,6}?and\s+)?"
    r"(?:been\s+)?(?:laid|laying|planted|planting|scattered|"
    r"scattering|emplaced|emplacing|buried|burying|deployed|deploying|used|using|sown|sowing|"
    r"dropped|dropping)\b"
)


# "Russian mines", "Armenia-planted mines"; not a speaker's verb ("Baku says mines ...")
_MINES_AFTER = re.compile(
    r"(?:[’']s)?\s+(?!(?:says|said|claims|claimed|reports|reported|warns|warned|alleges|"
    r"alleged|accuses|accused|insists|insisted|believes|estimates|estimated)\b)(?:[\w-]+\s+)?"
    r"(?:land)?mines\b"
)


_IN_PLACE = re.compile(
    r"\b(?:in|across|throughout|inside)\s+(?:the\s+)?(?:(?:north|south|east|west)(?:east|west|ern)?\s+|"
    r"central\s+)?$",
    re.IGNORECASE,
)


_FORCES_AFTER = re.compile(r"(?:[’']s)?\s+(?:[\w-]+\s+)?(?:forces|troops|army|military|soldiers)\b")


def military(text: str, mentions: list[Mention]) -> set[str]:
    """States named as armed forces ("Russian troops"): an army, never the place of work."""
    return {c for m in mentions if _FORCES_AFTER.match(text, m.end) for c in m.iso3s}


# the forces' own work told right after them: "Peru's army cleared 52,000 square metres",
# "Ecuador's army reported releasing ...", "Colombian troops have destroyed 300 mines"
_FORCES_WORK = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:(?:has|have|had)\s+)?(?:reported\s+)?(?:cleared|clearing|"
    r"removed|removing|released|releasing|demined|demining|destroyed|destroying|neutrali[sz]ed)\b"
)


def forces_at_work(text: str, mentions: list[Mention]) -> set[str]:
    """States whose forces are the subject of the clearance work told right after them
    (``_FORCES_WORK``): the state working on its own ground, not an army that left."""
    out: set[str] = set()
    for mention in mentions:
        forces = _FORCES_AFTER.match(text, mention.end)
        if forces is not None and _FORCES_WORK.match(text, forces.end()):
            out.update(mention.iso3s)
    return out


# armed groups tied to one state (where they fight): where their use happened, and the state a
# story about them is about, when the text names no state. Groups active in several states
# (Boko Haram, Islamic State, PKK) are left out: they place nothing.
GROUP_HOME = {
    "Houthi": "YEM",
    "Houthis": "YEM",
    "Ansar Allah": "YEM",
    "FARC": "COL",
    "ELN": "COL",
    "Clan del Golfo": "COL",
    "Gulf Clan": "COL",
    # named in full, without the acronym, in the languages read ("el Ejército de Liberación
    # Nacional", "o Exército de Libertação Nacional", "die Nationale Befreiungsarmee"), and the
    # FARC's successor and paramilitary groups by their own names (never the English "National
    # Liberation Army", a part of other groups' names: "Ta'ang National Liberation Army")
    "Ejército de Liberación Nacional": "COL",
    "Exército de Libertação Nacional": "COL",
    "Nationale Befreiungsarmee": "COL",
    "Fuerzas Armadas Revolucionarias de Colombia": "COL",
    "Estado Mayor Central": "COL",
    "Segunda Marquetalia": "COL",
    "Autodefensas Gaitanistas": "COL",
    "Ejército Popular de Liberación": "COL",
    "Sendero Luminoso": "PER",
    "Shining Path": "PER",
    "Renamo": "MOZ",
    "RENAMO": "MOZ",
    "UNITA": "AGO",
    "al-Shabaab": "SOM",
    "Al-Shabaab": "SOM",
    "al-Shabab": "SOM",
    "Al-Shabab": "SOM",
    "Taliban": "AFG",
    # the Taliban as Romance news writes them ("i talebani", "los talibanes", "les talibans")
    "talebani": "AFG",
    "Talebani": "AFG",
    "talibanes": "AFG",
    "Talibanes": "AFG",
    "talibans": "AFG",
    "Talibans": "AFG",
    "MFDC": "SEN",
    "M23": "COD",
    "TTP": "PAK",
    "Tehrik-i-Taliban": "PAK",
    "Tehrik-e-Taliban": "PAK",
    "Baloch Liberation Army": "PAK",
    "Arakan Army": "MMR",
    "Kachin Independence Army": "MMR",
    "Karen National Liberation Army": "MMR",
    "KNLA": "MMR",
    "People's Defence Force": "MMR",
    "People's Defense Force": "MMR",
    "New People's Army": "PHL",
    "Abu Sayyaf": "PHL",
    "Hezbollah": "LBN",
    "Tamil Tigers": "LKA",
    "LTTE": "LKA",
    "JNIM": "MLI",
    "ISWAP": "NGA",
    "Naxalites": "IND",
    "Naxalite": "IND",
    "Polisario": "ESH",
    "Rapid Support Forces": "SDN",
    "RSF": "SDN",
}
_GROUP_NAME = re.compile(
    r"\b(?:" + "|".join(re.escape(g) for g in sorted(GROUP_HOME, key=len, reverse=True)) + r")\b"
)


# a state named as the one who speaks ("the Israeli army said", "Thai officials told"): the
# source of a statement, not where the event was or who laid the mines
_SPEAKER_AFTER = re.compile(
    r"(?:[’']s)?\s+(?:[\w-]+\s+){0,2}?(?:said|says|told|stated|reported|claimed|accused)\b"
)


# a state naming a group's branch or ally ("the PKK and its Syrian affiliate", "the group's
# Iraqi wing"): who the group is, not where its mines are
_TIE_AFTER = re.compile(
    r"\s+(?:affiliates?|branch(?:es)?|wing|offshoots?|ally|allies|franchise|cells?|partners?|"
    r"prox(?:y|ies)|backers|sponsors?|patrons?)\b"
)


def tied(text: str, mention: Mention) -> bool:
    """``mention`` names a group's branch or ally by its nationality (``_TIE_AFTER``)."""
    return mention.kind in ("adjective", "demonym") and bool(_TIE_AFTER.match(text, mention.end))


def speaks(text: str, mention: Mention) -> bool:
    """``mention`` is the speaker of the sentence's statement ("the Israeli army said")."""
    return _SPEAKER_AFTER.match(text, mention.end) is not None


# groups that fight in several states (JNIM in Mali, Burkina Faso and Niger; ISWAP around Lake
# Chad): their name tells no state, so the place the text names (or the document's) decides
ACROSS_BORDERS = frozenset({"JNIM", "ISWAP"})


def group_home(text: str) -> str | None:
    """The home state of an armed group the text names ("the Houthi group" -> YEM); none for a
    group that fights across borders (``ACROSS_BORDERS``)."""
    match = _GROUP_NAME.search(text)
    if match is None or match.group(0) in ACROSS_BORDERS:
        return None
    return GROUP_HOME[match.group(0)]


def placed(text: str, mention: Mention) -> bool:
    """The mention is the place of something ("in Bulgaria", "across Laos")."""
    return bool(_IN_PLACE.search(text[: mention.start]))


def place_named(text: str, mentions: list[Mention]) -> str | None:
    """The one state named as the place where work happened ("in Yemen", "across Laos");
    clearance is coded to the country where it happened, not to the operator's nationality."""
    places = {
        m.iso3s[0]
        for m in mentions
        if len(m.iso3s) == 1
        and m.kind in ("name", "alias", "short", "region")
        and (_IN_PLACE.search(text[: m.start]) or m.kind == "region")
    }
    return places.pop() if len(places) == 1 else None


def states_near(text: str, mentions: list[Mention], position: int) -> list[str]:
    """For use by a non-state group: the states listed after ``position``, else the one before."""
    after = [m for m in mentions if m.start >= position]
    if after:
        return codes(group_mentions(text, after)[0])
    before = [m for m in mentions if m.end <= position]
    return list(before[-1].iso3s) if before else []


def state_at(text: str, mentions: list[Mention], position: int, span: int = 30) -> Mention | None:
    """The first mention that starts within ``span`` characters after ``position``."""
    for mention in mentions:
        if position <= mention.start <= position + span:
            return mention
    return None


def state_before(mentions: list[Mention], position: int) -> Mention | None:
    """The last mention ending before ``position``."""
    before = [m for m in mentions if m.end <= position]
    return before[-1] if before else None


_LOCATION = re.compile(
    r"\b(?:[Ii]n|[Nn]ear|[Aa]t|[Aa]cross)\s+(?:the\s+)?(?:(?:north|south|east|west)\w*\s+)?"
    r"(?:(?:an?\s+)?(?:ancient|disputed|remote)\s+\w+\s+in\s+)?"
    r"(?P<place>(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*(?:\s+(?:province|region|district|village|"
    r"community|oblast|area|department|governorate|countryside|temple ruins|temple)\b)?)"
)
_ADMIN = re.compile(
    r"\b(?:province|region|district|village|community|oblast|department|governorate)\b"
)


_NOT_PLACE = re.compile(
    r"(?:The|This|These|States?|Parties|Party|January|February|March|April|May|June|July|"
    r"August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|Article|Meeting|Convention|Treaty)\b"
)


# The other languages read: a name after the language's prepositions of place ("en Briceño",
# "cerca de Tame", "près de Djibo", "perto de Luena", "nahe Brčko", "nella provincia di Herat"),
# with the language's admin nouns before it ("en la vereda La Esperanza", "en zona rural de
# Ituango", "dans la province du Soum", "na província do Moxico"). Names join with the Romance
# "de/del/du/di/do/da" ("San Vicente del Caguán", "Norte de Santander"); a bare figure or a
# lower-case word after the preposition ("en 2024", "en total", "cerca de 300 minas") is none.
_NAME = r"[A-ZÁÉÍÓÚÑÇÀÂÈÊÎÔÛ][\w’'-]*"
_JOINED_NAME = rf"{_NAME}(?:\s+(?:(?:de(?:\s+la)?|del|du|di|do|da|dos|das)\s+)?{_NAME}){{0,3}}"
_OF = r"(?:de\s+la|de\s+l['’]|del|de|du|des|di|do|da|dos|das)"
_ROMANCE_ADMIN = (
    r"(?:zona\s+rural|área\s+rural|vereda|corregimiento|municipio|departamento|provincia|"
    r"región|distrito|localidad|comuna|zona|province|région|département|commune|localité|"
    r"village|cercle|préfecture|município|província|região|aldeia|comune|regione|frazione)"
)
_ROMANCE_PLACE = re.compile(
    r"(?:\b(?:[Ee]n|[Cc]erca\s+d(?:e|el)|[Pp]rès\s+d(?:e|u|es)|[Dd]ans|[Pp]erto\s+d(?:e|o|a)|"
    r"[Nn]ella|[Nn]el|[Vv]icino\s+a|[Nn]ei\s+pressi\s+di|[Nn]ahe|[Uu]nweit\s+von|"
    r"[Ii]n\s+der\s+Nähe\s+von)\s+|\b[Pp]rès\s+d['’]|"
    # Portuguese "no/na/em" and Spanish "del" only before an admin noun ("no distrito de")
    rf"\b(?:[Nn][oa]s?|[Ee]m|del|do|da)\s+(?={_ROMANCE_ADMIN}\s))"
    r"(?:(?:el|la|los|las|le|les|l['’]|il|lo|o|a)\s*)?"
    rf"(?P<place>(?:{_ROMANCE_ADMIN}\s+(?:{_OF}\s*)?)?{_JOINED_NAME})"
    # a second place after a comma ("en Briceño, Antioquia", "en Tame, en el departamento de
    # Arauca", "près de Djibo, dans la province du Soum"): kept when an admin noun or a known
    # subdivision says it is one
    rf"(?:,\s+(?:(?:en|dans|na|no|em|nella)\s+)?(?:(?:el|la|le|o|a)\s+)?(?P<admin2>{_ROMANCE_ADMIN}\s+{_OF}\s*)?"
    rf"(?P<place2>{_JOINED_NAME}))?"
)
_ROMANCE_ADMIN_WORD = re.compile(rf"^{_ROMANCE_ADMIN}\b")
# German "bei" is also "at" an event ("bei Explosionen"): a name after it is a place only where
# ISO 3166-2 knows it as a subdivision ("bei Brčko")
_GERMAN_BEI = re.compile(rf"\b[Bb]ei\s+(?P<place>{_NAME})")
# Russian and Ukrainian: "в районе Горловки", "под Харьковом", "поблизу села Шийківка",
# "в Курской области"
_CYRILLIC_PLACE = re.compile(
    r"(?<!\w)(?:[Вв]|[Уу]|[Пп]од|[Оо]коло|[Бб]лиз|[Вв]озле|[Нн]а|[Пп]облизу|[Бб]іля|"
    r"[Нн]еподалік|[Нн]еподалеку)\s+"
    r"(?:(?:районе|района|селе|села|посёлке|поселке|городе|районі|селі|села|селища|міста|місті)"
    r"\s+)?"
    r"(?P<place>[А-ЯЁІЇЄ][\w’'-]*(?:\s+[А-ЯЁІЇЄ][\w’'-]*)?(?:\s+(?:области|район[еау]?|"
    r"округа|області|району|районі|громади|громаді|края|краю)\b)?)"
)
_CYRILLIC_ADMIN = re.compile(r"(?:област|район|округ|громад|кра[яю])")
_NOT_PLACE_ELSEWHERE = re.compile(
    r"(?:Ministerio|Ministère|Ministério|Ministero|Gobierno|Gouvernement|Governo|Ejército|"
    r"Armée|Exército|Esercito|Consejo|Conseil|Conselho|Comisión|Commission|Comissão|Oficina|"
    r"Agencia|Agence|Agência|Agenzia|Centro|Centre|Unidad|Unité|Naciones|Nations|Nações|"
    r"Convención|Convenio|Tratado|Convenção|Convenzione|Conferencia|Conférence|Conferência|"
    r"Asamblea|Assemblée|Assembleia|Parlamento|Parlement|Congreso|Senado|Sénat|Tribunal|"
    r"Cruz|Croix|Estados?|États?|Partes|Parties|Protocolo|Protocole|Acuerdo|Accord|Oficina|"
    r"Secretar\w+|Mine|Minas|Mines|Desminado|Descontamina|Déminage|"
    r"Мин\w*|Мін\w*|Конвенц\w*|Оттав\w*|ООН|ОБСЕ|ОБСЄ|МЧС|ДСНС|ВСУ|ЗСУ|Верховн\w*|Госдум\w*|"
    r"Рад[аиі]|Министер\w*|Міністер\w*|Генштаб\w*|"
    # an acronym in Cyrillic capitals is a body ("в МЗС", "у ДСНС"), not a place
    r"[А-ЯЁІЇЄ]{2,})\b"
)


def _places_elsewhere(text: str) -> list[tuple[int, str, bool]]:
    """(position, place, has an admin word) of the places named the other languages' way."""
    found: list[tuple[int, str, bool]] = []
    for match in _ROMANCE_PLACE.finditer(text):
        place = match.group("place")
        if _NOT_PLACE_ELSEWHERE.match(place) or _NOT_PLACE.match(place):
            continue
        second = match.group("place2")
        if (
            second
            and (match.group("admin2") or subdivisions.known(second))
            and not _NOT_PLACE_ELSEWHERE.match(second)
        ):
            place = f"{place}, {second}"
        admin = bool(_ROMANCE_ADMIN_WORD.match(place)) or "," in place
        found.append((match.start("place"), place, admin))
    for match in _GERMAN_BEI.finditer(text):
        if subdivisions.known(match.group("place")):
            found.append((match.start("place"), match.group("place"), False))
    for match in _CYRILLIC_PLACE.finditer(text):
        place = match.group("place")
        if not _NOT_PLACE_ELSEWHERE.match(place):
            found.append((match.start("place"), place, bool(_CYRILLIC_ADMIN.search(place))))
    return found


def find_location(text: str) -> str | None:
    """The most specific named place in ``text``: one with an admin word beats a bare name."""
    english = [
        (m.start("place"), m.group("place"), bool(_ADMIN.search(m.group("place"))))
        for m in _LOCATION.finditer(text)
        if not _NOT_PLACE.match(m.group("place"))
    ]
    places = english
    if not text.isascii() or _OTHER_PREPOSITION.search(text):
        places = sorted(english + _places_elsewhere(text))
    for _, place, admin in places:
        if admin:
            return place
    return places[0][1] if places else None


_OTHER_PREPOSITION = re.compile(
    r"\b(?:en|cerca|dans|perto|nella|nel|vicino|nei|nahe|unweit|bei|no|na|nos|nas|em|del|do|"
    r"da)\s",
    re.IGNORECASE,
)
