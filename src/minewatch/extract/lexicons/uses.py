"""Use allegations in one lexicon's language: who laid mines, as ``LexiconReader`` reads them.

Every use cue of a sentence (``Lexicon.use``) not negated right before it gives one allegation
per state accused: the accused after an accusation verb or named by one before the cue, the
agents after "by", forces joined by "and", places listed after the cue, else the state named
before it or the subject. A non-state group is flagged (``by_group``); a day told for the
accusation or for the blast the laying caused never dates the laying. The reader's shared
parts (stems, subject, dating) stay on ``LexiconReader``; these functions take the reader.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from minewatch.extract import actors
from minewatch.extract.dates import relative_date
from minewatch.extract.drafts import Draft, View
from minewatch.extract.events import Context
from minewatch.extract.gazetteer import Mention
from minewatch.extract.lexicons.figures import _A_YEAR, COUNTED_STATES, LISTED_FIRST
from minewatch.extract.lexicons.parties import (
    _ACCUSED_PASSIVE,
    _BY,
    _CLAUSE_BREAK,
    _COUNTRIES,
    _ENDS_BY,
    _GERUND,
    _PLACE_BEFORE,
    _RELATIVE_OPENS,
    _run,
)
from minewatch.extract.lexicons.sentences import (
    _I,
    _NEGATED,
    _WHILE,
    _clause_dates,
    _clause_mentions,
    _contrasted_clause,
    _places_after,
    compiled,
)

if TYPE_CHECKING:
    from minewatch.extract.lexicons.reading import LexiconReader


def contrasted_uses(reader: LexiconReader, view: View, context: Context, text: str) -> list[Draft]:
    """The uses told in a clause of contrast with a subject of its own, where the rest of
    the sentence is vetoed ("Україна не може залишатися обмеженою ..., тоді як Росія ...
    масово застосовує міни"): read as a sentence of their own, unless vetoed there too."""
    join = _WHILE.search(text) if reader.lexicon.use else None
    if join is None and reader.lexicon.use:
        join = _accusation_joined(reader, text)
    if join is None:
        return []
    # blanked before the join, so that every offset stays the sentence's own
    clause = " " * join.end() + text[join.end() :]
    if reader._vetoed(view, clause):
        return []
    return uses(reader, view, context, clause)


# groups joined to the users after the use told ("le forze del Myanmar hanno fatto uso di mine,
# così come gruppi armati in almeno dieci paesi, tra cui ...", "ainsi que des groupes armés dans
# au moins dix pays, dont ...", "assim como grupos armados em ...", "sowie bewaffnete Gruppen in")
_ALSO_JOIN = re.compile(
    r",\s+(?:così\s+come|come\s+pure|come\s+anche|ainsi\s+que|de\s+même\s+que|tout\s+comme|"
    r"assim\s+como|bem\s+como|tal\s+como|ebenso\s+wie|wie\s+auch|sowie|"
    # "..., oltre a nuovo impiego da parte di gruppi armati non statali in A, B e C"
    r"oltre\s+(?:a|al|allo|alla|ai|agli|alle|che)|en\s+plus\s+d(?:e|u|es)|além\s+d[eao]s?)\s+",
    _I,
)
# the countries counted, then those named among them ("tra cui", "dont", "entre eles")
_AMONG = re.compile(
    r",?\s*(?:tra\s+cui|fra\s+cui|tra\s+i\s+quali|dont|parmi\s+lesquels|notamment|"
    r"entre\s+eles|entre\s+os\s+quais|incluindo|darunter|einschließlich)\s+",
    _I,
)


def _also_groups(reader: LexiconReader, view: View, text: str, after: int) -> list[str]:
    """The states listed where the armed groups joined after the use cue ending at ``after``
    used mines (``_ALSO_JOIN``); none where no group is joined or no state follows it."""
    join = _ALSO_JOIN.search(text, after)
    if join is None or not reader.lexicon.armed_group:
        return []
    group = reader._compiled("armed_group").search(text, join.end(), join.end() + 40)
    if group is None:
        return []
    start = group.end()
    counted = _COUNTRIES.search(text, start, start + 60)
    if counted is not None:
        start = counted.end()
        among = _AMONG.match(text, start)
        start = among.end() if among else start
    return _run(text, reader._states_in(view, text), start, after=True)


def _counted_users(reader: LexiconReader, view: View, text: str, use: re.Match[str]) -> list[str]:
    """The states listed after a colon when the subject before the use cue counts states
    (``COUNTED_STATES``): each is a user; none otherwise."""
    if not COUNTED_STATES.search(text, max(0, use.start() - 80), use.start()):
        return []
    colon = text.find(":", use.end())
    between = text[use.end() : colon]
    if colon < 0 or any(mark in between for mark in ".,;") or colon - use.end() > 80:
        return []
    states = reader._states_in(view, text)
    first = next((s for s in states if s[0] > colon), None)
    if first is None or not LISTED_FIRST.fullmatch(text, colon + 1, first[0]):
        return []
    return _run(text, states, colon + 1, after=True)


# an accusation joined by "and" after a denial, in turn ("Mosca nega di usare mine contro i
# civili e accusa a sua volta Kiev di aver disseminato mine", "Moscou dément ... et accuse Kiev
# d'avoir posé des mines"): a clause of its own, which the denial before it does not veto
_IN_TURN = (
    r"a\s+sua\s+volta|à\s+son\s+tour|a\s+su\s+vez|por\s+sua\s+vez|seinerseits|ihrerseits|"
    r"в\s+свою\s+очередь|у\s+свою\s+чергу"
)
_JOINED: dict[str, re.Pattern[str]] = {}


def _accusation_joined(reader: LexiconReader, text: str) -> re.Match[str] | None:
    """Where an accusation joined by "and" to the clause before starts (``_IN_TURN``)."""
    lexicon = reader.lexicon
    pattern = _JOINED.get(lexicon.language)
    if pattern is None:
        pattern = _JOINED[lexicon.language] = re.compile(
            rf"\s(?:e|ed|et|y|und|и|і|та)\s+(?:(?:{_IN_TURN})\s+)?(?=(?:{lexicon.accuse}))",
            _I,
        )
    return pattern.search(text)


def uses(reader: LexiconReader, view: View, context: Context, text: str) -> list[Draft]:
    """One use allegation per state accused, over every use cue of the sentence ("les
    forces du Myanmar et de la Russie ont utilisé ..., et fait état d'un emploi par l'Iran")."""
    drafts: list[Draft] = []
    seen: set[tuple[str | None, bool]] = set()
    # a use negated right before its verb ("не застосовує міни", "ne pose pas"): none
    cues = [
        use
        for use in reader._compiled("use").finditer(text)
        if not _NEGATED.search(text, max(0, use.start() - 6), use.start())
    ]
    for use in cues:
        # several cues: each is dated by its own clause ("ont utilisé ... en 2024, et fait
        # état d'un emploi par l'Iran" leaves the second undated)
        own = view if len(cues) == 1 else view.with_dates(_clause_dates(view, text, use))
        own = _without_accusation_day(reader, own, text, use)
        own = _without_blast_day(reader, own, text, use)
        group = _by_group(reader, text, use)
        # "l'armée et des groupes armés ont posé des mines": the state's forces and a group
        # as one subject are two users, two allegations (as English, ``_army_and_group``)
        both = group and _army_and_group(reader, text, use)
        for actor in _accused_all(reader, view, context, text, use):
            for by_group in (False, True) if both else (group,):
                if (actor, by_group) not in seen:
                    seen.add((actor, by_group))
                    draft = Draft("use_allegation", actor, view, by_group=by_group)
                    drafts.append(reader._dated(draft, own))
    if drafts and cues:
        # "..., così come gruppi armati non statali in almeno dieci paesi, tra cui A, B e C":
        # the groups joined after the use are users where they are, one claim per country
        for code in _also_groups(reader, view, text, cues[0].end()):
            if (code, True) not in seen:
                seen.add((code, True))
                drafts.append(replace(drafts[0], actor=code, by_group=True, apart=True))
    # "the same period" dates the uses of its own clause only ("أتلفت خلال الفترة ذاتها ...
    # فيما ... الألغام التي زرعتها قوات النظام": the laying is no act of that period)
    clause = _contrasted_clause(text, cues[0].start()) if cues else text
    if drafts and drafts[0].date is None and reader._same_period(view, clause, context):
        previous = context.previous[-1]
        for draft in drafts:
            reader._dated(draft, previous)
    # never where the sentence states a year of its own ("posato mine nel 2023 ..., di
    # recente scoperte": the recency is the finding's)
    if (
        reader.lexicon.ongoing_use
        and reader._compiled("ongoing_use").search(text)
        and not _A_YEAR.search(text)
    ):
        now = relative_date(context.anchor, "month", 0)
        for draft in drafts:
            draft.date = draft.date or now
    return drafts


def _without_blast_day(reader: LexiconReader, view: View, text: str, use: re.Match[str]) -> View:
    """``view`` without the dates told before a use cue that follows the blast or harm of
    its sentence ("قُتل طفلان ... يوم الجمعة، جراء انفجار لغم أرضي زرعته جماعة الحوثي",
    "tués lundi par une mine posée par les jihadistes"): the blast's day, never the
    laying's."""
    blast = reader._compiled("blast").search(text, 0, use.start()) if reader.lexicon.blast else None
    if blast is None:
        return view
    kept = [d for d in view.dates if d.end > use.start()]
    return view if len(kept) == len(view.dates) else view.with_dates(kept)


def _without_accusation_day(
    reader: LexiconReader, view: View, text: str, use: re.Match[str]
) -> View:
    """``view`` without the dates told between an accusation verb and the laying it
    accuses of ("foi acusado na terça-feira ... de continuar a usar minas", "a accusé mardi
    l'armée d'avoir posé"): the day of the accusation, never of the laying."""
    if not reader.lexicon.accuse:
        return view
    verbs = [v for v in _accusing(reader).finditer(text, 0, use.end()) if v.start() <= use.start()]
    if _accusation(reader, use):
        verbs.append(use)
    if not verbs:
        return view
    start = verbs[-1].end() if verbs[-1] is not use else use.start()
    end = use.start() if verbs[-1] is not use else use.end()
    # a day right before the verb is its own too ("во вторник обвинило ВСУ в ..."); only a
    # day is an accusation's ("posé récemment" inside the cue is the laying's recency)
    kept = [
        d
        for d in view.dates
        if len(d.value or "") != 10
        or not ((start <= d.start and d.end <= end) or 0 <= verbs[-1].start() - d.end <= 2)
    ]
    return view if len(kept) == len(view.dates) else view.with_dates(kept)


def _by_group(reader: LexiconReader, text: str, use: re.Match[str]) -> bool:
    """Whether the users of a cue are a non-state armed group (``Lexicon.armed_group``),
    named in the cue's own clause before it or as its agent ("posées par des rebelles")."""
    if not reader.lexicon.armed_group:
        return False
    start = max(text.rfind(",", 0, use.start()), text.rfind(";", 0, use.start())) + 1
    if _accusation(reader, use):
        start = use.start()  # "les rebelles accusent l'armée ...": the accuser is no user
    by = _BY.match(text, use.end())
    end = use.end() + 40 if by is not None or _ENDS_BY.search(use.group(0)) else use.end()
    return reader._compiled("armed_group").search(text, start, end) is not None


def _group_accused(reader: LexiconReader, text: str, use: re.Match[str]) -> bool:
    """Whether an accusation's cue, or the few words after it, names a non-state armed
    group as the accused (``Lexicon.armed_group``)."""
    if not reader.lexicon.armed_group:
        return False
    return reader._compiled("armed_group").search(text, use.start(), use.end() + 40) is not None


def _group_first(reader: LexiconReader, text: str, use: re.Match[str], state: Mention) -> bool:
    """The accused group is named before the state, which is its nationality or patron, not
    the user ("accusa i mercenari russi del gruppo Wagner", "مرتزقة فاغنر الروسية"): the use is
    coded to the story's place, as the English reader codes a group's (``actors.NON_STATE``)."""
    group = reader._compiled("armed_group").search(text, use.start(), use.end() + 40)
    return group is not None and group.start() < state.start


def _army_and_group(reader: LexiconReader, text: str, use: re.Match[str]) -> bool:
    """The subject before a use cue (in its clause) joins a state's forces
    (``Lexicon.army``) and a non-state group by "and" ("l'armée et des groupes armés",
    "i ribelli e le truppe governative"); never for an accusation (its subject accuses)."""
    if not reader.lexicon.army or _accusation(reader, use):
        return False
    start = max(text.rfind(",", 0, use.start()), text.rfind(";", 0, use.start())) + 1
    army, group, joins = reader.lexicon.army, reader.lexicon.armed_group, reader.lexicon.joins
    joined = (
        rf"(?:{army})[^.;:]{{0,50}}?\b(?:{joins})\s+[^.;:]{{0,40}}?(?:{group})|"
        rf"(?:{group})[^.;:]{{0,50}}?\b(?:{joins})\s+[^.;:]{{0,40}}?(?:{army})"
    )
    return compiled(joined).search(text[start : use.start()]) is not None


def _accusation(reader: LexiconReader, use: re.Match[str]) -> bool:
    """Whether a use cue opens on an accusation verb (``Lexicon.accuse``: "accuse",
    "soupçonne", "acusó"), which names the accused after it or, passive, before it."""
    return compiled(reader.lexicon.accuse).match(use.group(0)) is not None


def _accused_all(
    reader: LexiconReader, view: View, context: Context, text: str, use: re.Match[str]
) -> list[str | None]:
    """Who a use cue accuses: the accused after an accusation verb ("accuse la Russie
    d'avoir posé"); the agents after "par" ("un emploi par l'Iran et la Corée du Nord");
    the forces joined by "and" before the verb ("les forces russes et l'armée birmane");
    the places listed after it where no state's force is named ("en ont posé en Colombie,
    en Inde et au Pakistan"); else the state named before it, or the subject."""
    blamed = _blamed_before(reader, view, text, use)
    if blamed is not None:
        return [blamed]
    # a verb-last passive holds its agent ("die Minen von der syrischen Armee verlegt")
    named = _accused(reader, view, use) or reader._named_state(use.group(0))
    accusation = _accusation(reader, use)
    if accusation and _ACCUSED_PASSIVE.search(text, max(0, use.start() - 30), use.start()):
        # "L'armée érythréenne est accusée d'avoir posé": the subject is the accused, each
        # of a subject joined by "and" ("l'armée malienne et ses alliés russes sont ...")
        joined = _run(text, reader._states_in(view, text), use.start(), after=False)
        if len(joined) > 1:
            return list(joined)
        return [named or reader._subject(view, context, None)]
    if accusation:
        after = [m for m in view.mentions if m.start >= use.start() and len(m.iso3s) == 1]
        inside = reader._named_state(use.group(0))
        group = _group_accused(reader, text, use)
        if after and after[0].start < use.end() and not _group_first(reader, text, use, after[0]):
            return [after[0].iso3s[0]]
        if group and (inside is None or _group_first(reader, text, use, after[0])):
            # a non-state group accused ("imputé la pose de l'engin aux « terroristes »",
            # "accusent les rebelles d'avoir miné les pistes"): the use is coded to the
            # state of the story, as the group's own place is, else the group's home ("accusano
            # i talebani di aver disseminato di mine" -> AFG, ``actors.GROUP_HOME``)
            home = actors.group_home(text[use.start() : use.end() + 40])
            return [reader._subject(view, context, None) or home]
        return [inside]
    by = _BY.match(text, use.end())
    if by is not None or _ENDS_BY.search(use.group(0)):
        agents = _run(
            text, reader._states_in(view, text), by.end() if by else use.end(), after=True
        )
        if agents:
            return list(agents)
    forces = _run(text, reader._states_in(view, text), use.start(), after=False)
    if len(forces) > 1:
        return list(forces)
    counted = _counted_users(reader, view, text, use)
    if counted:
        return list(counted)
    if named is None and _war_legacy(reader, text, use):
        return []  # "زُرعت ملايين الألغام خلال الحرب مع إيران": no one accused
    if named is None:
        places = _places_after(view, use.end())
        if places:
            return list(places)
        # unnamed users ("le gouvernement", "des groupes armés") where their clause names
        # the place ("et en Syrie le gouvernement a posé des mines"): that state, never a
        # place of another clause ("in Ucraina, ..., e in Siria il governo ha posato")
        own = _clause_mentions(view, text, use)
        if own:
            return [own[0].iso3s[0]]
        if not view.mentions and _COUNTRIES.search(text):
            return [None]  # "en ont posé dans au moins cinq pays": no one state
    # a group tied to one state, with no state named ("Die Rebellen der Arakan Army sollen
    # Minen gelegt haben"): its home (``actors.GROUP_HOME``), as in English and Spanish
    if named is None and not reader._states_in(view, text):
        named = _accused_before(reader, view, context)
    return [named or reader._subject(view, context, None) or actors.group_home(view.text)]


def _war_legacy(reader: LexiconReader, text: str, use: re.Match[str]) -> bool:
    """The mines of a use cue with no agent named were laid in a war or an era of the past
    (``Lexicon.past_war``, told in the sentence), and no armed group is named: the war's
    legacy, as the English reader leaves "mines were laid during the war" to no one."""
    if not reader.lexicon.past_war or not reader._compiled("past_war").search(text):
        return False
    if actors.group_home(text) is not None or _AGENT.search(text):
        return False  # "ألغام زرعتها ميليشيا الحوثي خلال الحرب": the group's
    if _BY.match(text, use.end()) or _ENDS_BY.search(use.group(0)):
        return False  # "posées pendant les guerres par les forces belligérantes": an agent
    for name in ("armed_group", "army"):
        if getattr(reader.lexicon, name) and reader._compiled(name).search(text):
            return False  # "le truppe governative hanno posato mine durante la guerra"
    return True


# who lays mines, where a lexicon has no ``armed_group`` nor ``army`` (Arabic: militias, a
# group, an organisation, gunmen, mercenaries, Daesh, the Houthis, Hezbollah; forces, the army,
# the regime, soldiers), never the Allied and Axis forces of the Second World War ("زرعتها
# قوات الحلفاء والمحور خلال معارك العلمين": the war's legacy)
_AGENT = re.compile(
    r"ميليشي|مليشي|جماعة|تنظيم|داعش|مسلح|مرتزق|فاغنر|الحوثي|حزب\s+الله|"
    r"(?:قوات|القوات)(?!\s+(?:ال)?(?:حلفاء|محور))|(?<!\w)(?:ال)?جيش|النظام|جنود|الجنود"
)


def _accused_before(reader: LexiconReader, view: View, context: Context) -> str | None:
    """The state the sentence just before, in its section, accused of laying mines, for a
    use that names no state ("Минобороны России обвинило ВСУ в минировании ...", then "мины
    были разбросаны в ночь на 18 мая"): the same mines, never the accuser's state."""
    previous = context.previous[-1] if context.previous else None
    if previous is None or previous.sentence.section != view.sentence.section:
        return None
    text = reader.plain(previous.text)
    for use in reader._compiled("use").finditer(text):
        if _accusation(reader, use):
            inside = [
                s for s in reader._states_in(previous, text) if use.start() <= s[0] < use.end()
            ]
            return inside[0][2] if inside else None
    return None


def _blamed_before(reader: LexiconReader, view: View, text: str, use: re.Match[str]) -> str | None:
    """The state an accusation verb before the use cue names as accused ("МИД Азербайджана
    обвинило Армению в том, что та ... продолжает закладывать мины"): the first state named
    between the verb and the cue, never the accuser named before the verb."""
    if _accusation(reader, use):
        return None
    verbs = list(_accusing(reader).finditer(text, 0, use.start()))
    if not verbs:
        return None
    states = reader._states_in(view, text)
    return next((s[2] for s in states if verbs[-1].end() <= s[0] < use.start()), None)


def _accusing(reader: LexiconReader) -> re.Pattern[str]:
    """An accusation verb (``Lexicon.accuse``) as a whole word."""
    return compiled(rf"\b(?:{reader.lexicon.accuse})\w*")


def _accused(reader: LexiconReader, view: View, use: re.Match[str]) -> str | None:
    """The state that laid the mines, told before the use verb in its own clause, so that a
    source told first is no agent ("По данным Минобороны России, ВСУ применили мины" ->
    UKR): named by the lexicon's stems, else the state named last there that is no place
    ("قالت أوكرانيا إن القوات الروسية زرعت" -> RUS; never "в Украине"); else the agent the cue
    itself names ("заминировано российскими военными"); else one named
    between the verb and the mines, the agent of a verb told first ("زرعت القوات الروسية
    ألغاما" -> RUS); else the first stem named before the verb."""
    before = reader.plain(view.text)[: use.start()]
    start = len(before) - len(_CLAUSE_BREAK.split(before)[-1])
    # a relative clause between the subject and its verb ("Росія, яка не є учасницею
    # договору, масово застосовує міни"): the clause is the subject's, before it
    breaks = [m for m in _CLAUSE_BREAK.finditer(before, 0, start) if m.end() <= start]
    if (
        len(breaks) > 1
        and _RELATIVE_OPENS.match(before, breaks[-2].end())
        and reader._named_state(before[start:]) is None
    ):
        start = breaks[-3].end() if len(breaks) > 2 else 0
    stem = reader._named_state(before[start:])
    if stem is not None:
        return stem
    # the agent inside the cue ("заміноване російськими військовими")
    agent = reader._named_state(reader.plain(view.text)[use.start() : use.end()])
    if agent is not None:
        return agent
    states = [m for m in view.mentions if len(m.iso3s) == 1]
    named = [
        m
        for m in states
        if start <= m.start
        and m.end <= use.start()
        and not _PLACE_BEFORE.search(view.text, max(0, m.start - 4), m.start)
    ]
    if named:
        return named[-1].iso3s[0]
    inside = [m for m in states if use.start() < m.start and m.end <= use.end()]
    if inside:
        return inside[0].iso3s[0]
    # no user named in its clause but a place ("et en Syrie le gouvernement a posé"): the
    # place's state, never a force named in a clause before
    placed = [m for m in states if start <= m.start and m.end <= use.start()]
    if placed and start > 0:
        return placed[-1].iso3s[0]
    if _GERUND.match(use.group(0)):
        # a gerund's subject is the nearest state before it ("практику, которой ВСУ давно
        # придерживаются, применяя противопехотные мины"), not the source told first
        nearest = [s for s in reader._states_in(view, view.text) if s[1] <= use.start()]
        if nearest:
            return nearest[-1][2]
    return reader._named_state(before)
