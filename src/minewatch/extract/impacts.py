"""Casualties, stockpile destruction and clearance: the events that carry numbers."""

from __future__ import annotations

import re
from dataclasses import replace

from minewatch.extract import actors, triggers
from minewatch.extract.casualties import DIED_LATER, LOST_LIMB, MORE_VICTIMS, group_totals
from minewatch.extract.drafts import Draft, View
from minewatch.extract.gates import Gated, may_match
from minewatch.extract.numbers import (
    NUMBER,
    Quantity,
    as_count,
    listed_items_dropped,
    parse_number,
)

_AREA = ("km2", "m2", "ha")
_DEVICES = ("mines", "mines_and_uxo", "uxo", "explosive_devices")


_THE_INCIDENT = re.compile(r"(?:The|This|That)\s+(?:incident|accident)\b")
# those whose trade is mined ground: a deminer or sapper killed or hurt is a mine casualty
# ("23 deminers had been killed on duty since 2022"), unless the harm was an accident of
# another kind ("killed in a road accident")
_MINE_TRADE = Gated(
    re.compile(r"\b(?:deminers?|sappers?|pyrotechnists?|EOD\s+(?:technicians?|teams?))\b", re.I)
)
_OTHER_ACCIDENT = re.compile(
    r"\b(?:road|traffic|car|plane|helicopter)\s+(?:accident|crash)|\bcrash\w*|\bcollision|"
    r"\bheart\s+attack|\billness|\bdrown\w*",
    re.IGNORECASE,
)


def _on_mined_ground(text: str) -> bool:
    """The victims' trade is mined ground (``_MINE_TRADE``) and no other accident harmed them."""
    return _MINE_TRADE.search(text) is not None and _OTHER_ACCIDENT.search(text) is None


def casualty_drafts(view: View, previous: View | None, actor: str | None) -> list[Draft]:
    """One casualty event per sentence with counts (zero counts make it an ``other`` blast)."""
    counts = view.counts
    anaphoric = bool(triggers.ANAPHORIC.match(view.text))
    carried = previous is not None and (previous.mine_context or previous.counts.any)
    # "No one was hurt." right after the blast; "The incident came a day after two soldiers
    # were killed": a harm told against the blast just told
    # more victims of it ("Two other rangers ... were taken to Kantharalak Hospital"), unless
    # told as another blast ("A second soldier was hurt in another explosion")
    more = bool(MORE_VICTIMS.match(view.text)) and not triggers.SEPARATE_INCIDENT.search(view.text)
    follow_up = anaphoric or more or not view.mentions or bool(_THE_INCIDENT.match(view.text))
    # a limb lost right after a mine incident is one more mine victim, wherever it was ("In
    # nearby Erbil province, a farmer lost a leg on Monday")
    follow_up = follow_up or bool(LOST_LIMB.search(view.text))
    context = view.mine_context or (carried and follow_up) or _on_mined_ground(view.text)
    if _CASUALTIES.search(view.text):
        ranks = actors.ranked(view.text, view.mentions)  # "highest in Myanmar (2,029) and ..."
        pairs = _ranked_counts(view, ranks) if ranks else []
        # the counts read are the ranked states' own figures ("Myanmar recorded the most of any
        # country, 1,003, ahead of Syria with 933"), not a total of all told besides them
        ranked = {value for _, value in pairs}
        if pairs and {counts.total, counts.killed, counts.injured} - {None} <= ranked:
            return [_total(view, code, value) for code, value in pairs]
    if counts.total is not None and not counts.any:
        return (
            _totals(view, actor, counts.total) if context or _CASUALTIES.search(view.text) else []
        )
    if not counts.any or not context:
        return _blast(view, actor)
    harmed = (counts.killed or 0) + (counts.injured or 0) > 0
    draft = Draft(
        "casualty_incident" if harmed else "other",
        actor,
        view,
        location=actors.find_location(view.text),
        killed=counts.killed,
        injured=counts.injured,
        quantity=counts.total,
        unit="casualties" if counts.total is not None else None,
        new_incident=bool(triggers.NEW_INCIDENT.search(view.text)),
        apart=bool(triggers.SEPARATE_INCIDENT.search(view.text)),
        died_later=counts.injured is None and bool(DIED_LATER.match(view.text)),
        more_victims=more,
    )
    return _each_incident(view, draft)


# an earlier figure a sentence compares its own with, each with its own year ("1,074
# casualties in 2021, down from 1,474 in 2020 and 1,538 in 2019", "fell to 933 in 2023 from
# 1,227 in 2022", "compared with 96 the year before" is left: no year of its own)
_COMPARED = Gated(
    re.compile(
        rf"\b(?:up|down|rising|falling|increasing|decreasing|compar\w+\s+(?:with|to)|against|"
        rf"from|versus|vs\.?)\s+(?P<n>{NUMBER})\s+(?:[a-z]+\s+)?in\s+(?P<y>(?:19|20)\d\d)\b"
        rf"(?:,?\s+and\s+(?P<n2>{NUMBER})\s+(?:[a-z]+\s+)?in\s+(?P<y2>(?:19|20)\d\d)\b)?",
        re.IGNORECASE,
    )
)


def compared_figures(text: str) -> list[tuple[int, str]]:
    """The earlier figures a sentence compares its own with, each with its year
    (``_COMPARED``), in order; empty where there is none. A year is never a figure."""
    found: list[tuple[int, str]] = []
    for match in _COMPARED.finditer(text):
        for number, year in (("n", "y"), ("n2", "y2")):
            if match.group(number) is None:
                continue
            value = as_count(parse_number(match.group(number)))
            if value is not None and not (match.group(number).isdigit() and 1900 <= value <= 2100):
                found.append((value, match.group(year)))
    return found


def without_compared(view: View) -> View:
    """``view`` without the years of the earlier figures it compares its own with (``_COMPARED``:
    "rose to 1,003, up from 545 in 2022" is not dated 2022)."""
    spans = [m.span() for m in _COMPARED.finditer(view.text)]
    if not spans:
        return view
    kept = [d for d in view.dates if not any(a <= d.start < b for a, b in spans)]
    return view if len(kept) == len(view.dates) else view.with_dates(kept)


def compared_drafts(draft: Draft) -> list[tuple[Draft, str]]:
    """One casualty draft per earlier figure its sentence compares it with, in the kind of the
    draft's own figure (killed only, injured only, else a total), with the figure's year."""
    if draft.type != "casualty_incident":
        return []
    killed, injured = draft.killed, draft.injured
    out: list[tuple[Draft, str]] = []
    for value, year in compared_figures(draft.view.text):
        if draft.quantity is None and killed is not None and injured is None:
            twin = replace(draft, killed=value)
        elif draft.quantity is None and injured is not None and killed is None:
            twin = replace(draft, injured=value)
        else:
            twin = replace(draft, killed=None, injured=None, quantity=value, unit="casualties")
        out.append((replace(twin, apart=True, new_incident=False, died_later=False), year))
    return out


_MOST_APART = 6  # "Two others were killed in separate incidents": more is a statistic


def _each_incident(view: View, draft: Draft) -> list[Draft]:
    """Victims of one kind counted over separate incidents ("Two others were killed in
    separate incidents: ...") are one incident each, one victim in each; a mix of killed and
    injured cannot be shared out, and stays one claim."""
    killed, injured = draft.killed, draft.injured
    if (killed is None) == (injured is None) or draft.quantity is not None:
        return [draft]
    count = killed if killed is not None else injured
    if count is None or not 2 <= count <= _MOST_APART:
        return [draft]
    if not triggers.IN_SEPARATE_INCIDENTS.search(view.text):
        return [draft]
    one_killed, one_injured = (1, None) if killed is not None else (None, 1)
    return [
        replace(draft, apart=True, killed=one_killed, injured=one_injured) for _ in range(count)
    ]


_CASUALTIES = Gated(re.compile(r"\b(?:casualties|toll)\b", re.IGNORECASE))


def may_tell_casualties(view: View) -> bool:
    """False where ``casualty_drafts`` gives nothing whatever the actor: no count, no
    "casualties" or "toll" and no blast cue. A cheap gate for the caller, which need not work
    out the place of casualties that cannot come (keep it in step with ``casualty_drafts``;
    tests/extract/test_gates.py checks it on every held-out sentence)."""
    if view.counts.stated:
        return True
    return bool(_CASUALTIES.search(view.text) or triggers.BLAST.search(view.text))


# the figure right after a state, or its "with N" later in the clause ("Myanmar recorded the
# most, with 1,100, followed by Syria with 980")
_PAIRED = re.compile(
    rf"(?:[^.;\d]{{0,22}}?|[^.;]{{0,80}}?\bwith\s+|[^.;\d()]{{0,50}}?\()\b(?P<n>{NUMBER})(?![\d%])"
)


def _ranked_counts(view: View, ranks: dict[int, str]) -> list[tuple[str | None, int]]:
    """The count in brackets after each state of a ranking (``actors.ranked``)."""
    pairs: list[tuple[str | None, int]] = []
    for start, code in ranks.items():
        match = _NUMBER.match(view.text, start)
        value = as_count(parse_number(match.group(0))) if match else None
        if value is not None:
            pairs.append((code, value))
    return pairs


_RESPECTIVELY = re.compile(r"\brespectively\b")
_NUMBER = re.compile(NUMBER, re.IGNORECASE)


def _respective(view: View) -> list[tuple[str | None, int]]:
    """ "Syria, Myanmar and Afghanistan recorded 1,015, 2,029 and 624 casualties
    respectively": each state of the subject list with its number, in order."""
    group = actors.subject_group(view.text, view.mentions)
    codes = actors.codes(group)
    if len(codes) < 2:
        return []
    after = view.text[group[-1].end :]
    numbers = [
        as_count(parse_number(m.group(0)))
        for m in _NUMBER.finditer(after)
        if m.group(0)[0].isdigit() and not re.fullmatch(r"(?:19|20)\d\d", m.group(0))
    ]
    values = [v for v in numbers if v is not None]
    if len(values) < len(codes):
        return []
    return list(zip(codes, values[: len(codes)], strict=True))


def _totals(view: View, actor: str | None, total: int) -> list[Draft]:
    """Casualty totals without a split; a list ("Iraq 140, Yemen 96 and Lebanon 31") pairs
    each number with the state right before it; "X, Y and Z recorded N1, N2 and N3 casualties
    respectively" pairs them in order."""
    if "respectively" in view.text and _RESPECTIVELY.search(view.text):
        respective = _respective(view)
        if respective:
            return [_total(view, code, value) for code, value in respective]
    # each number is the nearest state's before it: "Iraq and Yemen reported 900" is not
    # two figures of 900 (a later state's claim on a number replaces an earlier one's)
    by_number: dict[int, tuple[str | None, int]] = {}
    for mention in view.mentions:
        match = _PAIRED.match(view.text, mention.end)
        value = as_count(parse_number(match.group("n"))) if match else None
        # a year is written without a separator: "(2,029)" is a count, "(2024)" a year
        year = match is not None and match.group("n").isdigit() and 1900 <= (value or 0) <= 2100
        if match is not None and value is not None and not year and len(mention.iso3s) == 1:
            by_number[match.start("n")] = (mention.iso3s[0], value)
    pairs = list(by_number.values())
    if len({code for code, _ in pairs}) < 2:
        # "Globally, ... with Myanmar ...", "States Parties recorded ..., with Ukraine ..."
        world = triggers.about_world(view.text) or triggers.collective(view.text)
        groups = group_totals(view.text) or [total]  # "58 soldiers and 41 civilians had been"
        named = actor is not None or not view.mentions or world
        pairs = [(actor, value) for value in groups] if named else []
    return [_total(view, code, value) for code, value in pairs]


def _total(view: View, code: str | None, value: int) -> Draft:
    draft = Draft("casualty_incident", code, view, location=actors.find_location(view.text))
    draft.quantity, draft.unit = value, "casualties"
    return draft


def _blast(view: View, actor: str | None) -> list[Draft]:
    match = triggers.BLAST.search(view.text)
    if match is None or not view.mine_context or actor is None:
        return []
    location = actors.find_location(view.text)
    return [Draft("other", actor, view, location=location, blast=True)]


def stockpile_drafts(
    view: View, actor_codes: list[str | None], mine_context: bool, stock_passage: bool = False
) -> list[Draft]:
    """Completed destruction of stocks (not of mines found in the ground).

    The sentence must show a stock (``_stock_evidence``), or ``stock_passage``: the passage
    just before it speaks of a stock (``stock_told``) and the sentence names no one who works
    in the field ("Peru had to eliminate its stocks. The army destroyed 320,000 mines")."""
    match = triggers.STOCKPILE.search(view.text)
    if match is None or triggers.vetoed(view.text, match.start()):
        return []
    stocks = mine_context or re.search(r"\bstockpiles?\b", view.text, re.IGNORECASE)
    if not stocks or _field_words(view) or _in_field(view):
        return []
    if not _stock_evidence(view) and not (stock_passage and not _field_agent(view)):
        return []  # "the engineering unit destroyed 3,000 mines": field work, not a stockpile
    mines = [q for q in view.quantities if q.unit == "mines" and not _kept(view.text, q)]
    # the whole stock told destroyed beside the last batch ("destroyed its last 2,112 mines,
    # completing the destruction of a stockpile of 77,865 mines"): a claim of its own
    wholes = [q for q in mines[1:] if _WHOLE_STOCK_BEFORE.search(view.text, 0, q.start)]
    drafts: list[Draft] = []
    for code in actor_codes:
        draft = Draft("stockpile_destruction", code, view, location=actors.find_location(view.text))
        if mines:
            draft.quantity, draft.unit = mines[0].value, "mines"
        drafts.append(draft)
        drafts += [replace(draft, quantity=whole.value) for whole in wholes]
    return drafts


# the whole stock, destroyed to its end: "completing the destruction of a stockpile of",
# "finished destroying its entire stock of"
_WHOLE_STOCK_BEFORE = re.compile(
    r"\b(?:complet\w*|finish\w*)\s+(?:the\s+)?(?:destruction\s+of|destroying)\s+(?:its|the|a|their)\s+"
    r"(?:(?:whole|entire|national|remaining)\s+)?(?:stockpile|stock|arsenal)\s+of\s+"
    r"(?:some\s+|about\s+|around\s+|nearly\s+|more\s+than\s+|over\s+)?$",
    re.IGNORECASE,
)


# mines kept back from a destruction are not destroyed (Art. 3: retained for training):
# "keeping 500 mines for training", "except 1,200 it retains", "500 were retained", never
# "4,000 mines kept in depots were destroyed"
_KEPT_BEFORE = re.compile(
    r"\b(?:keep(?:s|ing)?|kept|retain(?:s|ed|ing)?|except|save\s+for|apart\s+from|but)\s+"
    r"(?:(?:only|some|about|around|a\s+further|another|the)\s+)?$",
    re.IGNORECASE,
)
_KEPT_AFTER = re.compile(
    r"\s+(?:(?:anti-?personnel\s+)?(?:land\s?)?mines\s+)?(?:(?:that\s+|which\s+)?(?:it|they|"
    r"the\s+\w+)\s+)?(?:(?:were|was|are|is|will\s+be|have\s+been)\s+)?(?:retain(?:s|ed)?\b|"
    # "kept" only for a purpose: "mines kept in depots were destroyed" is the stock itself
    r"(?:kept|keeps?)\b(?=[^.;]{0,40}?\b(?:training|research|Article\s+3)\b))",
    re.IGNORECASE,
)


def _kept(text: str, quantity: Quantity) -> bool:
    """A figure of mines kept back, not destroyed (``_KEPT_BEFORE``, ``_KEPT_AFTER``)."""
    return bool(
        _KEPT_BEFORE.search(text, max(0, quantity.start - 30), quantity.start)
        or _KEPT_AFTER.match(text, quantity.end)
    )


_DONE_GATE = Gated(
    re.compile(
        r"free|mined|complet|obligation|fulfil|finali|finish|release|final|last|remaining|"
        r"hand",
        re.I,
    )
)


def clearance_drafts(
    view: View, actor_codes: list[str | None], about_clearance: bool = False
) -> list[tuple[Draft, int]]:
    """Clearance per quantity (or one per state for a completion), with the cue position.

    ``about_clearance``: the previous sentence of the section speaks of clearance, so "met its
    obligations" there means Article 5."""
    if not view.quantities and not _DONE_GATE.search(view.text):
        return []  # cheap gate: no figure and no word any completion cue needs
    cues = list(triggers.CLEARANCE_DONE.finditer(view.text))
    if not cues and (about_clearance or triggers.CLEARANCE_WORDS.search(view.text)):
        cues = list(triggers.OBLIGATIONS_MET.finditer(view.text))
    done = cues[-1] if cues else None  # the last completion cue is the one nearest its date
    cue = triggers.CLEARANCE_AREA.search(view.text)
    if cue is None and view.sentence.headline:
        cue = triggers.HEADLINE_CLEARANCE.search(view.text)
    field = _field_words(view) or _in_field(view)
    field_work = not _stock_evidence(view) and _field_agent(view)
    if cue is None and (field or field_work):
        cue = triggers.STOCKPILE.search(view.text)  # mines destroyed where they were found
    out: list[tuple[Draft, int]] = []
    if cue is not None and not triggers.vetoed(view.text, cue.start()):
        for quantity in _cleared(view.text, _released(view.quantities, view.text)):
            if _planned_after(view.text, quantity.start, quantity.end):
                continue  # "cleared 30 ha, and a further 50 ha will be cleared next year"
            for code in actor_codes:
                out.append((_clearance(view, code, quantity), quantity.start))
    if done is not None and _target(view, done.start(), done.end()):
        done = None  # "aiming for a mine-free Sri Lanka by 2028": a target, not a completion
    if not out and done is not None and not triggers.vetoed(view.text, done.start()):
        for code in actor_codes:
            out.append((_clearance(view, code, None), done.end()))
    return out


def _planned_after(text: str, start: int, end: int) -> bool:
    """The figure ending at ``end`` has its own clearance verb after it, in its own clause, and
    that verb is a plan or negated ("a further 50 hectares will be cleared next year", "another
    20 km2 is to be released"): the figure is no clearance done, though a verb told before it
    ("Angola cleared 30 hectares in 2024, and ...") is; so is a figure whose verb comes before
    it ("cleared 300 hectares, with 100 more to be cleared")."""
    lead = text[max(0, start - 60) : start]
    cuts = [m.end() for m in triggers.CLAUSE_START.finditer(lead)]
    verbs = list(triggers.CLEARANCE_AREA.finditer(lead, max(cuts, default=0)))
    if verbs and not any(c.isdigit() for c in lead[verbs[-1].end() :]):
        return False  # its own verb before it, with no other figure between
    cue = triggers.CLEARANCE_AREA.search(text, end, end + 80)
    if cue is None or triggers.CLAUSE_START.search(text, end, cue.start()):
        return False
    return triggers.vetoed(text, cue.start())


def _target(view: View, start: int, end: int) -> bool:
    """The completion cue at ``start``..``end`` is a pledge or a target: a goal word before it
    (``triggers.goal``), or "by YEAR" after it with a year not yet come ("mine-free by 2030";
    "had cleared all known mined areas by the end of 2012" told in 2013 is done)."""
    if triggers.goal(view.text, start):
        return True
    by = triggers.BY_YEAR_AFTER.match(view.text, end)
    if by is None:
        return False
    return not any(m.usable for m in view.dates if end <= m.start < by.end())


# signs that what was destroyed is a state's own holding: "its mines", "the last 45 tons of
# mines", "completed the destruction"
_OWN_STOCK = re.compile(
    r"\b(?:its|their|the\s+country[’']s|[A-Z]\w+[’']s)\s+(?:own\s+)?(?:[\w-]+\s+){0,3}?(?:land\s?)?mines\b|"
    # ("last week", "last year" are dates, not the last of a stock)
    r"\b(?:last|final|remaining|entire|all)\b(?!\s+(?:week|month|year|(?:[A-Z]\w+day)|time)\b)|"
    r"\b(?:complet\w+|finish\w+)\b|^(?:It|They)\s|"
    # destroyed at an industrial site: a stock brought there, not mines found in the ground
    r"\b(?:at|in)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:plant|factory|facility|depot|"
    r"workshop|incinerator)\b|\bdemilitari[sz]\w*\b(?!\s+(?:zone|area|strip))|\bincinerat\w*|"
    # destruction marked by a ceremony: of a stock (field finds are destroyed where they lie)
    r"\bceremon(?:y|ies)\b",
    re.IGNORECASE,
)
# who works in the field: destroyed mines by these are clearance, not a stockpile
_FIELD_AGENT = re.compile(
    r"\b(?:engineer\w*|units?|deminers?|sappers?|teams?|squads?|EOD|bomb\s+disposal|troops|"
    r"soldiers|operators?)\b",
    re.IGNORECASE,
)


# "ordnance" naming where a stock is kept or destroyed ("at the Army's ordnance range", "an
# ordnance depot"), not unexploded ordnance in the field
_ORDNANCE_PLACE = re.compile(
    r"ordnance\s+(?:range|depot|factory|plant|facility|base|store|yard|site|corps|unit|"
    r"workshop|directorate)s?\b",
    re.IGNORECASE,
)
# the mines destroyed are named as stock: "destroyed 12,000 stockpiled mines", "mines taken from
# its stockpile were destroyed"
_STOCK_OBJECT = re.compile(
    r"\b(?:stockpiled|stored|warehoused)\s+(?:[\w-]+\s+){0,2}?(?:land\s?)?mines\b|"
    r"\bmines\s+(?:[\w-]+\s+){0,2}?(?:from|in)\s+(?:its|their|the|[A-Z]\w+[’']s)\s+"
    r"(?:[\w-]+\s+)?stock(?:pile)?s?\b",
    re.IGNORECASE,
)


def _field_words(view: View) -> bool:
    """Words of work in the field (``triggers.CLEARANCE_NOT_STOCKPILE``: unexploded ordnance,
    clearance, demining, km2), unless the mines destroyed are named as stock
    ("destroyed 12,000 stockpiled mines") or the only such word names a stock's place ("at
    the ordnance range")."""
    text = view.text
    found = [
        m
        for m in triggers.CLEARANCE_NOT_STOCKPILE.finditer(text)
        if not (m.group(0).lower() == "ordnance" and _ORDNANCE_PLACE.match(text, m.start()))
    ]
    if not found:
        return False
    destroyed_stock = _STOCK_OBJECT.search(text) and triggers.STOCKPILE.search(text)
    return not destroyed_stock


# mine action operators and national mine action centres by name ("HALO", "MAG", "NPA",
# "CMAC", "TNMAC", "ANAMA"): the mines they destroy were in the ground
_OPERATOR = re.compile(
    r"\b(?:HALO|MAG|NPA|DCA|FSD|DDG|APOPO|UNMAS|DanChurchAid|Mines\s+Advisory\s+Group|"
    r"Norwegian\s+People[’']s\s+Aid|Danish\s+Demining\s+Group|[A-Z][A-Za-z]{0,4}MA[AC]|ANAMA)\b"
)


def stock_told(before: list[View]) -> bool:
    """The nearest of ``before`` (sentences of the same section, oldest first) that speaks of
    a stock or of work in the field speaks of a stock ("Italy's stockpile was once among
    Europe's largest."); False where none does, or the field comes nearer."""
    for view in reversed(before):
        if _stock_word(view.text):
            return True
        if triggers.CLEARANCE_NOT_STOCKPILE.search(view.text) or triggers.FIELD.search(view.text):
            return False
    return False


def _field_agent(view: View) -> bool:
    return bool(_FIELD_AGENT.search(view.text) or _OPERATOR.search(view.text))


def _stock_evidence(view: View) -> bool:
    return _stock_word(view.text) or bool(_OWN_STOCK.search(view.text))


def _stock_word(text: str) -> bool:
    """``triggers.STOCK_WORD`` in ``text``, behind its gate (``gates.may_match``): asked of
    most sentences, and most hold none of its words."""
    return may_match(triggers.STOCK_WORD, text) and triggers.STOCK_WORD.search(text) is not None


def _in_field(view: View) -> bool:
    """Items found in the ground (found, uncovered, ...) and no stock word: clearance work."""
    return bool(triggers.FIELD.search(view.text)) and not _stock_word(view.text)


_RETAINED = re.compile(r"\bretain\w*|\bArticle\s+3\b|\bkept\s+for\s+training", re.IGNORECASE)
_REMAINING = re.compile(
    r"\bstill\s+(?:had|has|held|holds|possess\w*)|\bawaiting\s+destruction|\b(?:remain\w*|left)\s+"
    r"to\s+(?:be\s+)?destroy|\byet\s+to\s+be\s+destroyed",
    re.IGNORECASE,
)
_IN_STOCK = re.compile(
    r"\s+in\s+(?:stock|(?:its|their)\s+stockpiles?)\b|\s+(?:stockpiled|in\s+storage)\b"
)
_DECLARED = re.compile(r"\b(?:declared|declares|lists|listed|reported|reports|holds|held)\b")


def other_drafts(view: View, actor_codes: list[str]) -> list[tuple[Draft, int]]:
    """Figures that are not events but belong on record as ``other``: mines retained under
    Article 3, stock remaining after a deadline, a declared stockpile (README conventions)."""
    destroyed = triggers.STOCKPILE.search(view.text)
    if destroyed and not triggers.vetoed(view.text, destroyed.start()):
        return []  # destroyed: a stockpile destruction, not a standing figure
    mines = [q for q in view.quantities if q.unit == "mines"] or _stood_at(view)
    unit = _standing_unit(view, mines[0]) if mines else None
    if unit is None:
        return []
    out: list[tuple[Draft, int]] = []
    for code in actor_codes:
        draft = Draft("other", code, view, quantity=mines[0].value, unit=unit)
        out.append((draft, mines[0].start))
    return out


_STOOD_AT = Gated(
    re.compile(
        rf"\b(?:stood\s+at|totall?(?:ed|ing)|numbered|amounted\s+to|reached)\s+(?P<n>{NUMBER})",
        re.IGNORECASE,
    )
)


def may_tell_figures(view: View) -> bool:
    """False where ``other_drafts``, ``stockpile_drafts`` and ``clearance_drafts`` all give
    nothing whatever the actors: no figure with a unit, no destruction cue, no completion word
    and no "stood at N". A cheap gate for the caller, which need not work out the actors of
    figures that cannot come (keep it in step with the three rules; tests/extract/test_gates.py
    checks it on every held-out sentence)."""
    text = view.text
    return bool(
        view.quantities
        or triggers.STOCKPILE.search(text)
        or _DONE_GATE.search(text)
        or _STOOD_AT.search(text)
    )


def _stood_at(view: View) -> list[Quantity]:
    """ "the stock of anti-personnel mines ... stood at 250": the figure names no unit itself."""
    match = _STOOD_AT.search(view.text)
    if match is None or not triggers.MINE_CONTEXT.search(view.text, 0, match.start()):
        return []
    value = as_count(parse_number(match.group("n")))
    if value is None or 1900 <= value <= 2100:
        return []
    return [Quantity(value, "mines", match.start("n"), match.end("n"))]


def _standing_unit(view: View, quantity: Quantity) -> str | None:
    text = view.text
    if _RETAINED.search(text):
        return "mines_retained"
    if _REMAINING.search(text):
        return "mines_remaining"
    declared = _DECLARED.search(text) and triggers.STOCK_WORD.search(text)
    if _IN_STOCK.match(text, quantity.end) or declared:
        return "mines_stockpiled"
    return None


_NOT_CLEARED = re.compile(
    r"\b(?:surveyed|confirmed|identified|estimated|suspected|remain\w*|contaminat\w+|affected|"
    r"still|left|planned|target\w*)\b",
    re.IGNORECASE,
)
# a figure given as an estimate ("an estimated 1,200 km2", "estimés à 80 km²", "stimati in
# 30 km²", "оцінені в 3,6 тис."): the size of what is there, never what was cleared, even after
# a clearance word ("slowing the clearance of an estimated 1,200 square kilometres")
_ESTIMATE_BEFORE = re.compile(
    r"\b(?:estimated|estim[ée]e?s?|estimad[oa]s?|stimat[oaie]|gesch[äa]tzte?n?|"
    r"оцінен\w*|оценен\w*|оцінюють\w*|оценива\w*)"
    r"(?:\s+(?:at|à|en|in|auf|на|в|у|a))?(?:\s+(?:some|about|around|près\s+de|environ|"
    r"unos|unas|cerca\s+de|circa|rund|etwa|около|близько))?\s+$",
    re.IGNORECASE,
)
# matched at the figure's end ("0.4 km2 remain to be addressed"); no "^": with match(text, pos)
# a caret anchors at the start of the string, not at pos, and the rule never fired
_REMAINS_AFTER = re.compile(r"[^.;,]{0,30}?\b(?:remain\w*|still|left\s+to)\b", re.IGNORECASE)


def _cleared(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """Quantities whose own verb is a clearance verb: in "surveyed 600 km2, confirmed 282 km2
    and cleared 45 km2" only the last is cleared."""
    out: list[Quantity] = []
    start = 0
    for quantity in quantities:
        if start and _WHOLE_AFTER.fullmatch(text, start, quantity.start):
            start = quantity.end
            continue  # "cleared 45 km2 out of 120 km2": the second figure is the whole
        lead_start = max(start, quantity.start - 60)
        lead = text[lead_start : quantity.start]
        # a destruction cue may look ahead at its figure ("destroying 18,320 mines"): searched
        # in the whole text, kept when it starts in the lead
        destroyed = triggers.STOCKPILE.search(text, lead_start)
        own_cue = triggers.CLEARANCE_AREA.search(lead) or (
            destroyed is not None and destroyed.start() < quantity.start
        )
        estimate = _ESTIMATE_BEFORE.search(lead) is not None
        if (
            not estimate
            and not (_NOT_CLEARED.search(lead) and not own_cue)
            and not (_REMAINS_AFTER.match(text, quantity.end))
        ):
            out.append(quantity)
        start = quantity.end
    return out


# between a part and its whole: "cleared 45 km2 from 120 km2", "out of", "of a total of"
_WHOLE_AFTER = re.compile(
    r"\s*(?:from|out\s+of|of)(?:\s+(?:an?|the)\s+(?:total|overall)(?:\s+of)?)?\s+"
)


def _released(quantities: list[Quantity], text: str) -> list[Quantity]:
    """Areas and devices; in a breakdown closed by its total ("31 anti-personnel mines, 2
    explosive devices and 925 unexploded ordnance, totaling 1,257 mines") the total and the
    mines stay, the other kinds of device are parts of the total."""
    kept = [q for q in quantities if q.unit in _AREA or q.unit in _DEVICES]
    totals = (q for q in kept if q.unit in _DEVICES and _TOTALLING.search(text, 0, q.start))
    total = next(totals, None)
    if total is not None:
        kept = [q for q in kept if q.end > total.start or q.unit in _AREA or q.unit == "mines"]
    return listed_items_dropped(kept, text)


# the words right before a breakdown's total
_TOTALLING = re.compile(
    r"\b(?:total(?:l)?ing|in\s+total|for\s+a\s+total\s+of|a\s+total\s+of)\s+$", re.IGNORECASE
)


# an overseas territory's clearance fulfils the obligation of the State Party it belongs to
# (eval-dev README: the Falklands are coded GBR, as the Monitor does)
_SOVEREIGN = {"FLK": "GBR", "SGS": "GBR", "GIB": "GBR"}


def _clearance(view: View, code: str | None, quantity: Quantity | None) -> Draft:
    code = _SOVEREIGN.get(code, code) if code else None
    draft = Draft("clearance_progress", code, view, location=actors.find_location(view.text))
    if quantity is not None:
        draft.quantity, draft.unit = quantity.value, quantity.unit
    return draft
