"""extract(): a document in, deduplicated candidate claims out.

The document's language picks the reader (``readers.reader_for``): the English engine, or the
Spanish lexicon in ``minewatch.extract.spanish``. A language with no reader yields no claims;
the caller (``services.ingest``) tells the user so rather than returning silently empty.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Iterable
from functools import partial

from minewatch.domain.dates import PartialDate
from minewatch.extract import actors, triggers
from minewatch.extract.dates import Anchor, context_year, dateline_end, filed_from
from minewatch.extract.drafts import LEAVING_STEPS, Draft, View
from minewatch.extract.events import Context, place_drafts
from minewatch.extract.gazetteer import Mention, find_states, resolve_ambiguous
from minewatch.extract.language import detect_language
from minewatch.extract.merging import merge_drafts
from minewatch.extract.model import Candidate, Document
from minewatch.extract.proposals import SentenceClassifier, proposed_drafts
from minewatch.extract.readers import Reader, reader_for
from minewatch.extract.sentences import Sentence, split_sentences
from minewatch.extract.subdivisions import find_subdivisions


def extract(document: Document, classifier: SentenceClassifier | None = None) -> list[Candidate]:
    """Candidate event claims in ``document``, one per event, each with its sentence.

    ``classifier``: an optional learned sentence classifier whose proposals the argument rules
    fill where no cue rule fired (see ``minewatch.extract.proposals``); English only.
    None for a language no reader reads (see ``language.is_read``).
    """
    reader = reader_for(document.language or detect_language(document.text))
    if reader is None:
        return []
    if reader.language == "en":
        if triggers.other_sense_of_mine(document.text):
            return []  # a coal mine, a gold mine, a crypto mine: no landmine in sight
    else:
        classifier = None
    published = document.published
    anchor = Anchor(published, None if published else context_year(document.text))
    sentences = split_sentences(document.text)
    located = [_actors(s.text, reader.language) for s in sentences]
    mentions = _foreign_subdivisions_dropped(resolve_ambiguous(located), sentences)
    views = [_view(s, m, anchor, reader) for s, m in zip(sentences, mentions, strict=True)]
    if published is not None and not published.is_full and published.month is not None:
        anchor = dataclasses.replace(anchor, news=_reports_its_month(views, published))
    # page furniture (a tag list, a caption, a "Read also" headline) names states the story is
    # not about: the focus does not count them; a state named anywhere on the page still keeps
    # the story from being about one state alone (``sole`` lets a sentence borrow the focus
    # before the text names it, so it stays strict)
    body = [v for v in views if not v.sentence.chrome]
    focus = _focus(body)
    named = {code for view in views for m in view.mentions if len(m.iso3s) == 1 for code in m.iso3s}
    sole = focus is not None and named == {focus}
    drafts: list[Draft] = []
    topics = _topics(body)
    proposals = (
        classifier.types([v.text for v in body]) if classifier else [frozenset()] * len(body)
    )
    dateline = _dateline_state(body, reader.language)
    focus_named = False
    topic_seen: set[int] = set()
    stepper: str | None = None
    for index, view in enumerate(body):
        following = body[index + 1] if index + 1 < len(body) else None
        previous = body[max(0, index - 3) : index]
        topic = topics.get(view.sentence.section)
        topic_named = view.sentence.section in topic_seen
        context = Context(
            previous,
            focus,
            anchor,
            following,
            topic,
            focus_named,
            topic_named,
            sole,
            partial(_newest_first, body, index),
            dateline,
            stepper,
        )
        found = _not_mine_harm(reader.draft_events(view, context), body, index)
        if reader.language != "en":  # the English engine places its own drafts
            for draft in found:
                draft.location = draft.location or actors.find_location(view.text)
            place_drafts(found, context)
        missed = proposals[index] - {d.type for d in found}
        drafts += found + (proposed_drafts(view, context, missed) if missed else [])
        focus_named = focus_named or any(focus in m.iso3s for m in view.mentions)
        stepper = _stepper(found, stepper)
        if topic is not None and any(topic in m.iso3s for m in view.mentions):
            topic_seen.add(view.sentence.section)
    # a statement's own month; a casualty's (and a destruction's: "has finished destroying its
    # stockpile" then "The last 4,600 were blown up on 28 May", and a clearance's: a headline's
    # "mine-free milestone" then "A decade ago this month, ... completed clearance") only once
    # its sentences merged
    for draft in drafts:
        if draft.type not in ("casualty_incident", "stockpile_destruction", "clearance_progress"):
            _publication_fallback(draft, anchor)
    merged = _background_joins([d for d in merge_drafts(drafts) if _keep(d)])
    for draft in merged:
        _lead_day(draft, body, merged)
        _publication_fallback(draft, anchor)
    return [_candidate(document.doc, d) for d in merged]


def _lead_day(draft: Draft, body: list[View], merged: list[Draft]) -> None:
    """An event told only in the headline, undated there, takes the day its lead states: a
    news story's first sentence retells the headline with the day ("Two soldiers hurt by mine"
    then "Two soldiers were wounded on Monday when ..."; "Due sminatori uccisi" then "... sono
    rimasti uccisi sabato"; "مصرع طفل" then "... يوم السبت"), also where the lead's own event
    was not read. Every reader: the lead's dates are its reader's. The lead is the first body
    sentence after the headline with at least ``_LEAD_WORDS`` words besides its dates (a
    dateline on a line of its own, "Baku, September 19, APA.", is none). The day taken is its
    first full day that is an event's date (not a period's start, a dateline's or a page's),
    or, for a step, a policy or a completion with no figure, the day it was announced
    ("anunció este jueves el término del desminado"). Nothing where the lead tells an event of
    the same type of its own, of any state (it merged, or it is another incident: "Mine kills two
    in Cambodia" then "Three soldiers were injured ... near the Thai town of ... on Tuesday"),
    nor for a use allegation (dated by its laying only). Changes ``draft.date`` in place."""
    views = draft.merged or [draft.view]
    if draft.date is not None or draft.type not in _LEAD_TYPES:
        return
    if not all(v.sentence.headline for v in views):
        return
    last = max(v.sentence.index for v in views)
    lead = next(
        (
            v
            for v in body
            if v.sentence.index > last
            and not v.sentence.headline
            and _words_besides_dates(v) >= _LEAD_WORDS
        ),
        None,
    )
    if lead is None:
        return
    if any(
        other is not draft
        and other.type == draft.type
        and any(v is lead for v in other.merged or [other.view])
        for other in merged
    ):
        return
    spoken = draft.type in _ANNOUNCED_TYPES or (
        draft.type in ("clearance_progress", "stockpile_destruction") and draft.quantity is None
    )
    day = next(
        (
            m.value
            for m in lead.dates
            if m.value is not None and len(m.value) == 10 and (m.usable or (spoken and m.announced))
        ),
        None,
    )
    if day is not None:
        draft.date = day


_LEAD_TYPES = (
    "casualty_incident",
    "clearance_progress",
    "stockpile_destruction",
    "treaty_action",
    "policy_change",
)
_LEAD_WORDS = 6


def _words_besides_dates(view: View) -> int:
    """How many words ``view`` has outside its dates: a dateline on a line of its own
    ("Santiago, 28 de febrero de 2020 (Latam Noticias).") has few."""
    text, kept, at = view.text, [], 0
    for mention in view.dates:
        kept.append(text[at : mention.start])
        at = max(at, mention.end)
    kept.append(text[at:])
    return len(" ".join(kept).split())


def _not_mine_harm(found: list[Draft], body: list[View], index: int) -> list[Draft]:
    """``found`` less the harm of a weapon the text says is no mine: in its own sentence ("an
    IED, not a landmine, killed two", "que no era una mina"), or, where the sentence names no
    mine ("IED blast kills two soldiers", "Bomblet kills child"), in the three after it
    (``triggers.MINE_DENIED``); less a use of mines for training or kept under the Convention
    (``triggers.TRAINING_USE``); less the harm of an animal where no person is named
    (``triggers.ANIMAL_HARM``: "a water buffalo was killed on the same path"). (A harm told of
    another weapon alone, a car bomb or a cluster weapon's attack, each reader drops itself:
    ``triggers.weapon_only``.)"""
    text = body[index].text
    if any(d.type == "use_allegation" for d in found) and triggers.TRAINING_USE.search(text):
        found = [d for d in found if d.type != "use_allegation"]
    if not any(d.type == "casualty_incident" for d in found):
        return found
    if triggers.ANIMAL_HARM.search(text) and not triggers.PERSON.search(text):
        # "Two days later a water buffalo was killed on the same path": no person harmed
        return [d for d in found if d.type != "casualty_incident"]
    denied = triggers.MINE_DENIED.search(text) is not None
    if not denied and triggers.MINE_WORD.search(text) is None:
        after = body[index + 1 : index + 4]
        denied = any(triggers.MINE_DENIED.search(v.text) is not None for v in after)
    return [d for d in found if d.type != "casualty_incident"] if denied else found


def _background_joins(merged: list[Draft]) -> list[Draft]:
    """``merged`` less the join (or entry into force) of a state the story shows leaving (any
    of ``LEAVING_STEPS``): "Lithuania acceded to the treaty in 2003" in a story of its exit is
    background, which the eval-dev gold keeps optional (README: "a background accession") and
    page-length stories leave out. A join told in a roster of three or more states' joins
    ("Eight states have joined since 2011: Finland (2012), Poland (2012), ...") is kept."""
    leaving = {d.actor for d in merged if d.type == "treaty_action" and d.action in LEAVING_STEPS}
    if not leaving:
        return merged
    joined = ("join", "entry_into_force")
    roster: dict[int, set[str | None]] = {}
    for d in merged:
        if d.type == "treaty_action" and d.action in joined:
            roster.setdefault(id(d.view), set()).add(d.actor)
    return [
        d
        for d in merged
        if not (
            d.type == "treaty_action"
            and d.action in joined
            and d.actor in leaving
            and len(roster[id(d.view)]) < 3
        )
    ]


def _stepper(found: list[Draft], before: str | None) -> str | None:
    """The state whose treaty step the story told last: the one state of this sentence's
    steps, else (none told) the one before; steps of several states name no one."""
    states = {d.actor for d in found if d.type == "treaty_action" and d.actor}
    if not states:
        return before
    return states.pop() if len(states) == 1 else None


def _dateline_state(body: list[View], language: str) -> str | None:
    """The state of the place a story is filed from, named only in the dateline of its first
    body sentence ("KHERSON – A man was killed ...", "LUANDA — A agência ...", "SARAJEVO –"): a
    capital or a region of one state; None where the story has no dateline or names there no
    place of one state ("GENEVA —" is in no gazetteer: a city of organisations, not of harm)."""
    first = next((v for v in body if not v.sentence.headline), None)
    if first is None:
        return None
    end = dateline_end(first.text)
    if end == 0:
        return None
    found = find_states(first.text[:end].title(), language)
    codes = {m.iso3s[0] for m in found if len(m.iso3s) == 1 and m.kind in _DATELINE_KINDS}
    return codes.pop() if len(codes) == 1 and not codes & _DESKS else None


_DATELINE_KINDS = ("capital", "region", "name", "short")
# states whose capitals the wires file the world's news from, with no mined ground of their own
# ("WASHINGTON – A landmine killed two children on Sunday, a State Department official said":
# the blast is abroad), as "GENEVA —" names none; the agencies of Rome, Madrid and Lisbon (ANSA,
# EFE, Europa Press, Lusa) and the Nordic capitals file the world's too ("Roma, 29 novembre –
# Nel 2015 le mine hanno causato 6.461 vittime": the world's)
_DESKS = frozenset(
    {"USA", "GBR", "FRA", "BEL", "DEU", "NLD", "AUT", "CHE", "JPN", "CAN", "AUS"}
    | {"ITA", "ESP", "PRT", "NOR", "SWE", "DNK"}
)


def _newest_first(body: list[View], index: int) -> Iterable[View]:
    """The sentences before ``body[index]``, the nearest first."""
    return (body[i] for i in range(index - 1, -1, -1))


_CAPS = re.compile(r"\b[A-Z][A-Z'’-]{2,}(?:\s+[A-Z][A-Z'’-]+)*\b")


def _actors(text: str, language: str = "en") -> list[Mention]:
    """State mentions, less a dateline's city ("Vienna, June 3 —", "RIYADH:") and currencies,
    patrons and NGOs named after a state, with names in ALL-CAPS headlines and labels ("NIGER:",
    "MINE KILLS TWO IN NEPAL"); a state's own name heading a paragraph is a label, not a city.
    A state across a border or compared with ("near the Croatian border", "more than in any
    other country outside Ukraine") is left out (``actors.set_aside``)."""
    skip = dateline_end(text)
    found = [
        m
        for m in find_states(text, language)
        if not _NOT_THE_STATE.match(text, m.end)
        and not _BASED_IN.search(text, max(0, m.start - 24), m.start)
        and not _operator(text, m)
        and not _THAT_NOT_TOGO.match(text, m.start)
    ]
    for run in _CAPS.finditer(text):
        for m in find_states(run.group(0).title(), language):
            start = run.start() + m.start
            if not any(f.start <= start < f.end for f in found):
                found.append(Mention(start, start + len(m.form), m.form, m.iso3s, m.kind))
    found = [m for m in found if m.start >= skip or m.kind in _LABEL_KINDS]
    # a capital with its day of filing, in any language ("Roma, 29 novembre 2016 – Comunicato
    # stampa"): the newsroom, never the story's state nor a place of its news
    found = [m for m in found if not (m.kind == "capital" and filed_from(text, m.start, m.end))]
    if found and actors.may_set_aside(text):
        found = [m for m in found if not actors.set_aside(text, m)]
    if not found:
        found = [m for m in find_subdivisions(text) if m.start >= skip]
    return sorted(found, key=lambda m: m.start)


_LABEL_KINDS = ("name", "short", "alias")


def _foreign_subdivisions_dropped(
    mentions: list[list[Mention]], sentences: list[Sentence]
) -> list[list[Mention]]:
    """A subdivision found by name alone (``find_subdivisions``, where a sentence names no
    state) places nothing when the story places its events in the regions of another state
    and never names the subdivision's own: "campo minado en Cáceres" in a story of "el Bajo
    Cauca antioqueño" is the Colombian town, not the Spanish province."""
    subdivision = [
        bool(found) and all(m.kind == "region" for m in found) and _by_name_alone(s.text, found)
        for s, found in zip(sentences, mentions, strict=True)
    ]
    told = [m for found, sub in zip(mentions, subdivision, strict=True) if not sub for m in found]
    named = {code for m in told for code in m.iso3s}
    regions = {code for m in told if m.kind == "region" for code in m.iso3s}
    return [
        [m for m in found if not regions or set(m.iso3s) & named] if sub else found
        for found, sub in zip(mentions, subdivision, strict=True)
    ]


def _by_name_alone(text: str, found: list[Mention]) -> bool:
    """Whether ``found`` are the subdivisions of ``text`` (no gazetteer form among them)."""
    subdivisions = {(m.start, m.end) for m in find_subdivisions(text)}
    return all((m.start, m.end) in subdivisions for m in found)


# an organisation's nationality ("the British charity HALO Trust", "a Norwegian NGO", "the Swiss
# demining foundation"; in Romance order "a organização britânica", "l'ONG britannique", "la
# organización noruega"): whose the operator or donor is, never where the work or the harm was
# (eval-dev README: clearance and casualties are coded to the country where they happened)
_ORGANISATION = (
    r"(?:charity|charities|NGOs?|ONGs?|non-?profits?|non-governmental\s+organi[sz]ations?|"
    r"(?:aid|relief|humanitarian|demining|mine[- ]action)\s+(?:group|organi[sz]ation|"
    r"agency|charity|foundation|company|firm|contractor|operator)s?|organi[sz]ations?|"
    r"foundations?|compan(?:y|ies)|firms?|contractors?|operators?|donors?|"
    r"organiza[cç](?:ão|ion|ión)|organizzazione|association|asociaci[oó]n|associa[cç][ãa]o|"
    r"empresa|entreprise|fondation|fundaci[oó]n|funda[cç][ãa]o|fondazione|"
    # a national campaign of the ban movement, by its name ("la Campagna Italiana contro le
    # mine", "la Campagne française"), never the countryside ("la campagna siriana")
    r"(?-i:Campagna|Campagne|Campaña|Campanha))"
)
_ORGANISATION_AFTER = re.compile(
    rf"\s+(?:(?:humanitarian|non-?profit|private|demining|international)\s+)?{_ORGANISATION}\b",
    re.IGNORECASE,
)
_ORGANISATION_BEFORE = re.compile(rf"\b{_ORGANISATION}\s+$", re.IGNORECASE)


def _operator(text: str, mention: Mention) -> bool:
    """``mention`` is an organisation's nationality (``_ORGANISATION``), told by a demonym or
    an adjective next to the organisation's noun."""
    if mention.kind not in ("adjective", "demonym"):
        return False
    if _ORGANISATION_AFTER.match(text, mention.end):
        return True
    return _ORGANISATION_BEFORE.search(text, max(0, mention.start - 40), mention.start) is not None


def _keep(draft: Draft) -> bool:
    """A blast with no stated outcome, or an ``other`` event with no state, is not a claim."""
    if draft.blast and draft.injured is None and draft.killed is None:
        return False
    return draft.type != "other" or draft.actor is not None


# not the state itself: a currency ("US$"), a patron ("Iran-backed"), an NGO or project named
# after a nationality ("Norwegian People's Aid", "the Saudi Project for Landmine Clearance")
_NOT_THE_STATE = re.compile(
    # (a speaker's or body's base is no place of the news: "Quetta-based analysts said")
    r"\s?\$|\s+dollars?\b|-(?:backed|supported|funded|aligned|allied|made|based|headquartered)\b|"
    r"\s+(?:People[’']s\s+Aid|"
    r"Refugee\s+Council|Church\s+Aid|Red\s+(?:Cross|Crescent)|Project|Foundation|Embassy|"
    # a national campaign of the ban movement ("the U.S. Campaign to Ban Landmines")
    r"Campaign\s+(?:to|against|for)\b|"
    # where the mines were made ("12,121 mines of Soviet manufacture", "of Italian design")
    r"(?:manufacture|make|design|origin)\b)\b"
)


# "analysts based in Quetta said": where the speakers sit, not where the news happened
_BASED_IN = re.compile(r"\b(?:based|headquartered)\s+in\s+$")


# the Russian and Ukrainian pronoun "того" opening a sentence ("Того же дня", "Того ж року"),
# not Togo
_THAT_NOT_TOGO = re.compile(
    r"Того\s+(?:ж|же|самого|дня|часу|года|году|року|времени|момента|моменту)\b"
)


def _view(sentence: Sentence, mentions: list[Mention], anchor: Anchor, reader: Reader) -> View:
    text = sentence.text
    return View(
        sentence=sentence,
        mentions=mentions,
        read_dates=partial(reader.find_dates, text, anchor),
        counts=reader.find_counts(text),
        quantities=reader.find_quantities(text),
        mine_context=reader.mine_context(text),
        foreign=_foreign(text, reader.language),
    )


def _foreign(text: str, language: str) -> tuple[str, ...]:
    """The states a sentence names only by a foreign presence, in Romance word order ("l'ancienne
    base libyenne", "l'invasion russe"; ``actors.presence``)."""
    if language == "en" or not actors.presence_may_be_named(text):
        return ()
    found = find_states(text, language)
    return tuple(m.iso3s[0] for m in found if len(m.iso3s) == 1 and actors.presence(text, m))


def _topics(views: list[View]) -> dict[int, str]:
    """Each section's topic: the first state in the subject of its first sentence naming one,
    unless that sentence names it as the one behind the mines ("mines laid by X forces").
    A section that opens on states counted together ("States Parties reported ...") has no
    topic, and a ranking ("Cambodia (60.3 km2), Croatia (45.6 km2) ...") names none."""
    topics: dict[int, str] = {}
    collective: set[int] = set()
    for view in views:
        section = view.sentence.section
        if section in topics or section in collective:
            continue
        if not view.mentions:
            if triggers.collective(view.text):
                collective.add(section)
            continue
        if actors.ranked(view.text, view.mentions):
            continue
        blamed = actors.perpetrators(view.text, view.mentions)
        group = actors.subject_group(view.text, view.mentions)
        # never the speakers' state ("Bangladeshi border officials said they had seen ..."): a
        # source is not what the section is about
        if (
            group
            and len(group[0].iso3s) == 1
            and group[0].iso3s[0] not in blamed
            and not actors.speaks(view.text, group[0])
        ):
            topics[section] = group[0].iso3s[0]
    return topics


def _focus(views: list[View]) -> str | None:
    """The state a document is mostly about, if one clearly dominates its mentions."""
    tally: Counter[str] = Counter()
    for view in views:
        weight = 2 if view.sentence.headline else 1
        for mention in view.mentions:
            if len(mention.iso3s) == 1:
                tally[mention.iso3s[0]] += weight
    if not tally:
        return None
    (code, top), total = tally.most_common(1)[0], sum(tally.values())
    return code if top * 2 > total else None


def _publication_fallback(draft: Draft, anchor: Anchor) -> None:
    """Fresh news with no event date is dated to the publication month (README rule 8).

    Freshness is a property of the document, not of the event type (``Anchor.fresh``): a story
    with a full publication date is news, and so is a page dated by month that reports a day
    of that month or the month before (``_reports_its_month``), so their undated events
    happened around then; a report or fact sheet dated only by month or year recalls
    background, whose undated facts stay undated, except a policy decision or treaty step,
    which in a page dated by month is the news itself. Use allegations are dated only by
    their laying (rule 6), and accessions are background.
    """
    published = anchor.published
    if draft.date is not None or published is None or published.month is None:
        return
    if draft.type == "use_allegation" or draft.action == "join":
        return
    if not anchor.fresh and draft.type not in _ANNOUNCED_TYPES:
        return
    if (draft.blast and draft.type == "other") or _statistic(draft):
        return
    if published.is_full and _unresolved(draft):
        return  # "last winter", "the previous day" of no stated day: not today's news
    if draft.type == "casualty_incident" and all(
        _PLUPERFECT_HARM.search(v.text) for v in draft.merged or [draft.view]
    ):
        return  # "the mines had injured 11 civilians": told as background to the news, undated
    draft.date = f"{published.year:04d}-{published.month:02d}"


# a harm told in the pluperfect: before the time of the story, not the news itself
_PLUPERFECT_HARM = re.compile(
    r"\bhad\s+(?:(?:already|also|previously|earlier)\s+)?(?:been\s+)?(?:\w+\s+)?(?:killed|"
    r"injured|wounded|maimed|hurt|claimed)\b"
)


def _unresolved(draft: Draft) -> bool:
    """Whether the draft's sentences state an event date the rules could not resolve. Against
    a full publication date every date near it resolves (weekdays, "yesterday", "last week"),
    so what is left ("last winter", "the day before" of no stated day) is not near it, and the
    publication month would be a wrong date rather than a coarse one."""
    views = draft.merged or [draft.view]
    return any(m.value is None and not m.since and not m.reporting for v in views for m in v.dates)


def _reports_its_month(views: list[View], published: PartialDate) -> bool:
    """Whether a page dated only by month is a news item: its text states a day of the
    publication month or of the month before ("two incidents occurred on April 6" on a page of
    April), as a report of what just happened does; a fact sheet or a summary recalls older
    facts and states none (KINDS.md K06)."""
    year, before = divmod(published.year * 12 + (published.month or 1) - 2, 12)
    months = {published.iso(), f"{year:04d}-{before + 1:02d}"}
    # a day, or the month itself ("concluyó en febrero" on a page of March)
    return any(
        m.value is not None and len(m.value) in (7, 10) and m.value[:7] in months
        for view in views
        if not view.sentence.chrome
        for m in view.dates
    )


# a decision or a treaty step reported undated is the news itself, even in a page dated only
# by its month
_ANNOUNCED_TYPES = ("policy_change", "treaty_action")


def _statistic(draft: Draft) -> bool:
    """Casualty figures of a statistic's size (50 or more, or a total) are not one fresh event."""
    if draft.type != "casualty_incident":
        return False
    return draft.quantity is not None or (draft.killed or 0) + (draft.injured or 0) >= 50


def _candidate(doc: str, draft: Draft) -> Candidate:
    return Candidate(
        doc=doc,
        type=draft.type,
        actor_iso3=draft.actor,
        date=draft.date,
        location=draft.location,
        killed=draft.killed,
        injured=draft.injured,
        quantity=draft.quantity,
        unit=draft.unit,
        evidence=draft.view.text,
        action=draft.action,
        accuser_iso3=draft.accuser_iso3,
        confirmed=draft.confirmed,
        accuser=draft.accuser,
    )
