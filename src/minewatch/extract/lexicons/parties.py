"""Who a ``LexiconReader`` sentence names: states, owners, the accused and the actor.

States listed around a cue ("la France, l'Italie et l'Espagne"), owners of a treaty step,
the agent of a passive ("posées par"), a relative clause's state, and the actor a
casualty or clearance is told of.
"""

from __future__ import annotations

import re
from itertools import pairwise

from minewatch.extract.actors import named_as_threat
from minewatch.extract.drafts import View
from minewatch.extract.events import (
    Context,
)
from minewatch.extract.gazetteer import Mention
from minewatch.extract.lexicons.sentences import _I, _dateline

# a Russian or Ukrainian gerund opening a use cue ("применяя", "сбрасывая", "застосовуючи")
_GERUND = re.compile(r"[а-яёіїєґ]+(?:я|ючи|учи)\b", re.IGNORECASE)
# between two states a step's noun names: a comma or "and" ("de l'Estonie, de la Lettonie et
# de la Lituanie"), before the same "of" again
_OWNER_GAP = re.compile(
    r"\s*(?:,\s*(?:(?:et|and|e|y|und|и|і|та)\s+)?|\s+(?:et|and|e|y|und|и|і|та)\s+)", _I
)
# a count of countries as the place ("dans au moins cinq pays", "in almeno cinque paesi", "em
# seis países"): the use of several states, none named
_COUNTRIES = re.compile(
    r"\b(?:dans|en|in|em)\s+(?:au\s+moins\s+|almeno\s+|pelo\s+menos\s+|plus\s+de\s+|"
    r"oltre\s+|mais\s+de\s+)?[\w-]+\s+(?:autres\s+|altri\s+|outros\s+)?(?:pays|paesi|pa[ií]ses)\b",
    re.I,
)
# where a clause ends before a verb: a comma, a colon, a semicolon or a dash
# a relative pronoun that opens a clause ("яка", "который", "qui", "che", "que", "welche")
_RELATIVE_OPENS = re.compile(
    r"(?:котор\w+|як(?:ий|а|е|і)|qui|lequel|laquelle|che|il\s+quale|la\s+quale|que|"
    r"welche[rsmn]?)\b",
    _I,
)
_RELATIVE_ASIDE = re.compile(rf",\s*(?:{_RELATIVE_OPENS.pattern})[^,;.]{{1,80}},", _I)
_CLAUSE_BREAK = re.compile(r"[,:;،]\s|\s[—–-]\s")
# a preposition of place right before a state's name: it names where, not who ("в Украине",
# "у Сирії", "au Mali", "in Yemen", "في اليمن")
# the preposition before the state a transfer goes to ("an die Ukraine", "para a Ucrânia",
# "à l'Ukraine", "all'Ucraina")
_RECIPIENT = re.compile(
    r"(?:^|\s)(?:an(?:\s+(?:die|den|das))?|para(?:\s+(?:a|o))?|à|au|ao|alla|al|all['’])\s*(?:l['’])?$",
    re.I,
)
_PLACE_BEFORE = re.compile(r"(?:^|\s)(?:в|во|на|у|à|au|aux|en|in|em|no|na|nel|in|في)\s$", re.I)


# a relative pronoun after a state and up to three words before a step's cue: "la Lettonie,
# dont le Parlement a voté", "Lettland, dessen Parlament ... gebilligt hat", "la Lituania, il
# cui Parlamento ha votato", "Letonia, cuyo Parlamento votó", "Латвия, парламент которой"
_RELATIVE_TO_CUE = re.compile(
    r",\s+(?:dont|qui|dessen|deren|il\s+cui|la\s+cui|cuyo|cuya|cujo|cuja|чей|чья|чий)"
    r"(?:\s+[\w'’-]+){0,3}\s*$",
    re.IGNORECASE,
)


_OWNER_RELATIVE = re.compile(
    r",\s+(?:dont|dessen|deren|il\s+cui|la\s+cui|cuyo|cuya|cujo|cuja|чей|чья|чий)\s",
    re.IGNORECASE,
)


def _relative_state(view: View, step: re.Match[str]) -> list[str | None]:
    """The state whose relative clause holds the step's cue ("L'Estonie suit la Lettonie, dont
    le Parlement a voté en ce sens à la mi-avril"; a cue read from the sentence's start that
    runs over it, "Litauen folgt Lettland, dessen Parlament ... gebilligt hatte"): it took the
    step, not the subject."""
    cue = step.start()
    single = [m for m in view.mentions if len(m.iso3s) == 1]
    before = [m for m in single if m.end <= cue]
    if before and _RELATIVE_TO_CUE.fullmatch(view.text, before[-1].end, cue):
        return [before[-1].iso3s[0]]
    inside = [m for m in single if cue <= m.start and m.end < step.end()]
    for mention in reversed(inside):
        relative = _OWNER_RELATIVE.match(view.text, mention.end)
        if relative is not None and relative.end() < step.end():
            return [mention.iso3s[0]]
    return []


# what may stand between two listed states: a comma or "and", and an article
# (in every language read: "Lettland, Litauen und Estland", "Estonia, Lettonia e Lituania",
# "إستونيا ولاتفيا وليتوانيا", the Arabic "and" written onto the next name)
_LIST_GAP = re.compile(
    r"\s*(?:,\s*(?:(?:et|и|і|й|та|und|e|y|and)\s+)?|\s(?:et|и|і|й|та|und|e|y|and)\s+|\s+و\s*|"
    r"\s*،\s*(?:و\s*)?)(?:(?:la|le|les|a|o)\s+|l['’]\s*)?"
)


def _list_joined(text: str, end: int, start: int) -> bool:
    """The state named at ``start`` continues a list whose last name ends at ``end``
    (``_LIST_GAP``; in Arabic the "and" is written onto the name the gazetteer finds: "ولاتفيا")."""
    gap = text[end:start]
    return bool(_LIST_GAP.fullmatch(gap)) or (gap.isspace() and text.startswith("و", start))


def _listed(view: View, cue: int) -> list[str]:
    """States listed together before the cue ("министры обороны Польши, Латвии, Литвы и
    Эстонии рекомендовали", "l'Estonie, la Lettonie et la Lituanie ont notifié"): each acts;
    empty unless two or more are listed, joined only by commas and "and"."""
    before = [m for m in view.mentions if m.end <= cue and len(m.iso3s) == 1]
    run: list[Mention] = []
    for mention in before:
        if run and not _list_joined(view.text, run[-1].end, mention.start):
            run = []
        run.append(mention)
    codes = list(dict.fromkeys(m.iso3s[0] for m in run))
    return codes if len(codes) > 1 else []


def _owners(view: View, step: re.Match[str]) -> list[str]:
    """The states a step's noun belongs to, named right after it ("в связи с выходом Литвы и
    Латвии из конвенции, вступившим в силу 27 декабря", "der Austritt Polens"): they act,
    whoever the sentence's subject is (here the ministry of a third state)."""
    noun = re.match(r"\w+\s+", step.group(0))
    if noun is None:
        return []
    start = step.start() + noun.end()
    after = sorted((m for m in view.mentions if m.start >= start), key=lambda m: m.start)
    run: list[Mention] = []
    for mention in after:
        if len(mention.iso3s) != 1:
            break
        if run and not _list_joined(view.text, run[-1].end, mention.start):
            break
        if not run and view.text[start : mention.start]:
            break
        run.append(mention)
    return list(dict.fromkeys(m.iso3s[0] for m in run))


def _listed_after(view: View, cue: int) -> list[str]:
    """States listed right after the cue, the subject told after its verb ("направили Эстония,
    Латвия и Литва"): each acts; empty unless two or more are listed."""
    after = [m for m in view.mentions if m.start >= cue and len(m.iso3s) == 1]
    run: list[Mention] = []
    for mention in after:
        if run and not _list_joined(view.text, run[-1].end, mention.start):
            break
        run.append(mention)
    codes = list(dict.fromkeys(m.iso3s[0] for m in run))
    return codes if len(codes) > 1 else []


# between two forces joined by "and": a word of the first's, "and", the second's head ("russes
# et l'armée birmane", "du Myanmar et de la Russie", "russischen und die ukrainische"), in one
# clause
_AND = re.compile(r"(?:\s+[\w-]+)?\s+(?:et|und|e)\s+(?:[\w'’-]+\s+){0,3}?(?:l['’])?", _I)
# a list joins them by commas too, closed by "and" ("la Russie, l'Ukraine et le Myanmar", "la
# Russia, l'Ucraina e il Myanmar"): an article at most after the comma; a comma with no "and"
# after it is no list ("По данным Минобороны России, ВСУ применили": the source, then the user)
_COMMA = re.compile(
    r"(?:\s+[\w-]+)?\s*,\s*(?:(?:la|le|les|il|lo|gli|i|a|o|as|os|die|der|das)\s+)?(?:l['’])?",
    _I,
)
# the agent's preposition right after a passive ("posées récemment par", "von ... verlegt")
_BY = re.compile(
    r"\s+(?:[\w]+ment[ei]?\s+)?(?:(?:par|von|durch|da\s+parte\s+d\w*|por\s+parte\s+d\w*|por|"
    r"pel[oa]s?|da|dal|dallo|dalla|dai|dagli|dalle)\b|dall['’])",
    _I,
)
# a cue that ends on its agent's preposition ("emploi de mines par", "da parte")
_ENDS_BY = re.compile(r"(?:\b(?:par|von|durch|parte|por|pel[oa]s?)|dall['’])$", _I)
# between a cue and the first agent after it: "par l'Iran", "par les forces russes"
_TO_AGENT = re.compile(r"\s*(?:[\w'’-]+\s+){0,4}?(?:l['’])?", _I)
# an accusation in the passive ("est accusée de", "a été accusée", "è stata accusata di",
# "foi acusado de", "são acusadas de"): its subject is the accused
_ACCUSED_PASSIVE = re.compile(
    r"\b(?:est|sont|etait|etaient|fut|furent|ete|serait|seraient|è|e|sono|era|erano|fu|furono|"
    r"stat[oaie]|sarebbe|sarebbero|foi|foram|é|são|sao|eram|seria|seriam|sido)\s+(?:\w+\s+)?$",
    _I,
)


def _run(text: str, states: list[tuple[int, int, str]], cue: int, *, after: bool) -> list[str]:
    """The states joined by "and" right before ``cue`` (the last run before it), or right
    after it (``after``: the first run, its first state within a few words of the cue)."""
    side = [s for s in states if (s[0] >= cue if after else s[1] <= cue)]
    if after and (not side or not _TO_AGENT.fullmatch(text[cue : side[0][0]])):
        return []
    runs: list[list[tuple[int, int, str]]] = []
    commas: list[int] = []  # where the current run's comma joins are, not yet closed by "and"
    for item in side:
        gap = text[runs[-1][-1][1] : item[0]] if runs else ""
        if runs and _AND.fullmatch(gap):
            runs[-1].append(item)
            commas = []
        elif runs and _COMMA.fullmatch(gap):
            commas.append(len(runs[-1]))
            runs[-1].append(item)
        elif runs and after:
            break
        else:
            runs = _unclosed(runs, commas)
            commas = []
            runs.append([item])
    runs = _unclosed(runs, commas)
    if not runs:
        return []
    chosen = runs[0] if after else runs[-1]
    return list(dict.fromkeys(code for _, _, code in chosen))


def _unclosed(
    runs: list[list[tuple[int, int, str]]], commas: list[int]
) -> list[list[tuple[int, int, str]]]:
    """``runs`` with the last one cut at its comma joins that no "and" closed (``commas``: the
    indexes in it of the states joined by a comma after the last "and")."""
    if not runs or not commas:
        return runs
    last, cuts = runs[-1], [0, *commas, len(runs[-1])]
    return [*runs[:-1], *(last[a:b] for a, b in pairwise(cuts))]


def _group(view: View, treaty: tuple[int, int] | None) -> list[str | None]:
    """The members of a grouping the sentence names outside the treaty's name, where no single
    state is listed ("Страны Балтии вышли из ...", "دول البلطيق"): each acts."""
    for mention in view.mentions:
        if mention.kind == "group" and not (treaty and treaty[0] <= mention.start < treaty[1]):
            return list(mention.iso3s)
    return []


def _actor_outside(view: View, context: Context) -> str | None:
    """The state of the previous sentences or of the document (the sentence named none)."""
    for candidate in reversed(context.previous[-3:]):
        # never a state named as the threat ("begründete den Austritt mit der Bedrohung durch
        # Russland, mit dem Finnland ... teilt" -> Finland)
        single = [
            m
            for m in candidate.mentions
            if len(m.iso3s) == 1
            and not _dateline(candidate, m)
            and not named_as_threat(candidate.text, m.start)
        ]
        if single:
            return single[0].iso3s[0]
    return context.topic if context.topic_named else context.focus


# a state's forces named by the noun and the state's adjective after it, in Romance word order
_FORCES_OF = re.compile(
    r"\b(?:forze|truppe|soldati|militari|esercito|forces|troupes|soldats|militaires|armée|"
    r"forças|tropas|soldados|militares|exército)\s+(?:armat[ei]\s+|armées\s+|armadas\s+)?$",
    re.IGNORECASE,
)


def _actor(view: View, context: Context) -> str | None:
    """A region named in the sentence, else a state, else one named in the last three
    sentences, else the section's or the document's state. Armed forces and governments
    named as such ("ВСУ", "Минобороны России") act; they place nothing."""
    for views in ([view], list(reversed(context.previous[-3:]))):
        for candidate in views:
            single = [
                m
                for m in candidate.mentions
                if len(m.iso3s) == 1
                and m.kind != "government"
                and not _dateline(candidate, m)
                and m.iso3s[0] not in view.foreign  # "depuis l'invasion russe": not there
                # a sentence before that names a state's forces ("ha accusato le forze russe
                # di aver disseminato le mine"): those who laid them, not the place
                and not (candidate is not view and _FORCES_OF.search(candidate.text, 0, m.start))
            ]
            # a place someone speaks or comes from ("Parlando da Damasco", "Depuis Le Caire",
            # "из Москвы") is no place of the harm where the sentence names another
            there = [m for m in single if not _FROM.search(candidate.text, 0, m.start)]
            single = there or single
            # the workers' nationality ("i caschi blu italiani in Libano", "des démineurs
            # français au Liban", "soldati italiani feriti in Afghanistan") and who laid the
            # mines ("mines posées par l'armée française en 1959") where the sentence names
            # another state: who, not where
            others = [
                m
                for m in single
                if not _worker_nationality(candidate, m)
                and not _LAID_BY_BEFORE.search(candidate.text, max(0, m.start - 80), m.start)
            ]
            single = others or single
            regions = [m for m in single if m.kind == "region"]
            if regions or single:
                return (regions or single)[0].iso3s[0]
    # no state named: the story's own, else the place it is filed from ("LUANDA —")
    return (context.topic if context.topic_named else context.focus) or context.dateline


# workers named by a noun before their state's adjective, in Romance word order ("caschi blu
# italiani", "squadre di sminamento italiane", "démineurs français", "soldati italiani")
_WORKERS_BEFORE = re.compile(
    r"\b(?:caschi\s+blu|sminatori|squadre(?:\s+di\s+sminamento)?|genieri|artificieri|militari|"
    r"soldati|truppe|contingente|esperti|tecnici|casques\s+bleus|démineurs|"
    r"équipes(?:\s+de\s+déminage)?|soldats|militaires|sapeurs|experts|techniciens|"
    r"capacetes\s+azuis|sapadores|equipas|equipes(?:\s+de\s+desminagem)?|soldados|técnicos)\s+$",
    _I,
)


# a participle of laying before the state that laid the mines ("posate dall'esercito
# italiano", "posées par l'armée coloniale française", "colocadas pelas forças portuguesas")
_LAID_BY_BEFORE = re.compile(
    r"\b(?:posat|piazzat|disseminat|lasciat|interrat|pos[ée]|laiss[ée]|plant[ée]|enfoui|sem[ée]|"
    r"colocad|plantad|deixad|enterrad)\w*\s+"
    # the agent's words, never a place's preposition ("posate dall'esercito italiano in Libia")
    r"(?:(?!(?:in|nel|nella|a|au|aux|à|en|em|no|na|dans)\s)[\w'’]+\s+){0,6}?$",
    _I,
)


def _worker_nationality(view: View, mention: Mention) -> bool:
    """``mention`` is a state's adjective after a noun of workers (``_WORKERS_BEFORE``)."""
    if mention.kind not in ("adjective", "demonym"):
        return False
    return _WORKERS_BEFORE.search(view.text, max(0, mention.start - 40), mention.start) is not None


# the preposition of a place spoken or come from, right before the place ("da Damasco", "dal
# Cremlino", "depuis Le Caire", "aus Syrien", "из Москвы", "من دمشق")
_FROM = re.compile(
    r"(?:^|\s)(?:da|dal|dall['’]|dalla|depuis|from|desde|aus|из|з|із|من)\s*(?:le\s+|la\s+|l['’])?$",
    _I,
)
