"""Sentence -> draft events: which type, which states, which date, which numbers."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date as calendar_day
from datetime import timedelta

from minewatch.extract import actors, allegations, impacts, triggers
from minewatch.extract.dates import (
    Anchor,
    DateMention,
    closes_range,
    dateline_end,
    day_shift_told,
    shifted_day,
)
from minewatch.extract.drafts import Draft, View, suspension_claims
from minewatch.extract.gates import may_match
from minewatch.extract.gazetteer import Mention, find_states, not_states, state_name
from minewatch.extract.numbers import NUMBER, as_count, parse_number
from minewatch.extract.subdivisions import find_subdivisions


@dataclass(frozen=True)
class Context:
    """What a sentence may borrow: the sentences around it, the document focus, the anchor."""

    previous: list[View]
    focus: str | None
    anchor: Anchor
    following: View | None = None
    topic: str | None = None
    focus_named: bool = False  # the focus was named before this sentence
    topic_named: bool = False  # the section's topic was named before this sentence
    sole: bool = False  # the focus is the only state the document names
    # the sentences of the document before this one, newest first (asked only for a use laid
    # "during the clashes": the date of the fighting told earlier, ``episode``)
    earlier: Callable[[], Iterable[View]] = lambda: ()
    # the state of the place the story is filed from, named only in its dateline ("KHERSON –",
    # "LUANDA —"): where its harm was when no sentence places it (``pipeline._dateline_state``)
    dateline: str | None = None
    # the one state whose treaty step the story told last, in any section ("Finland's exit
    # took effect on Saturday ... Parliament approved the withdrawal on 19 June"): who a step
    # told with no state of its own took, when neither the section nor a focus says
    stepper: str | None = None

    def section(self, view: View) -> list[View]:
        """The previous sentences (up to three) of the same section as ``view``."""
        same = view.sentence.section
        return [v for v in self.previous[-3:] if v.sentence.section == same]


def draft_events(view: View, context: Context) -> list[Draft]:
    """All draft events one sentence supports."""
    if view.sentence.chrome or (
        view.sentence.bullet and not triggers.BULLET_EVENT.search(view.text)
    ):
        return []
    drafts: list[Draft] = []
    drafts += _treaty(view, context)
    drafts += _policy(view, context)
    drafts += _use(view, context)
    drafts += _casualty(view, context)
    drafts += _stockpile_or_clearance(view, context)
    drafts += _extension(view, context)
    place_drafts(drafts, context)
    return _states_only(drafts)


def place_drafts(drafts: list[Draft], context: Context) -> None:
    """Gives each draft of a kind that happens somewhere its place (``_place``)."""
    for draft in drafts:
        if draft.type in _PLACED_TYPES:
            draft.location = _place(draft, context)


def _states_only(drafts: list[Draft]) -> list[Draft]:
    """A place that is no state in the data (Kosovo): an event there keeps the place's name
    and has no state; a treaty step or a national policy, which only a state takes, is none."""
    places = not_states()
    if not any(d.actor in places or d.accuser_iso3 in places for d in drafts):
        return drafts
    kept: list[Draft] = []
    for draft in drafts:
        if draft.accuser_iso3 in places:
            draft.accuser, draft.accuser_iso3 = places[draft.accuser_iso3], None
        if draft.actor in places:
            if draft.type in ("treaty_action", "policy_change"):
                continue
            draft.location, draft.actor = draft.location or places[draft.actor], None
        kept.append(draft)
    return kept


_PLACED_TYPES = ("casualty_incident", "clearance_progress", "use_allegation", "other")


def _place(draft: Draft, context: Context) -> str | None:
    """The draft's place; else, for a follow-up sentence, the previous one's; else the state."""
    view = draft.view
    location = draft.location
    if location is not None and any(draft.actor not in m.iso3s for m in find_states(location)):
        location = None  # "in States Parties Chad and Peru ..." names other states too
    if location is None and context.previous and triggers.ANAPHORIC.match(view.text):
        location = actors.find_location(context.previous[-1].text)
    mentioned = any(draft.actor in m.iso3s for m in view.mentions)
    if location is None and draft.actor is not None and mentioned:
        location = state_name(draft.actor)
    return location


def nearest_date(view: View, position: int, announced: bool = False) -> str | None:
    """The usable date in the same clause as ``position``, else the nearest one.

    With ``announced``, an event that *is* an announcement (a treaty step, a policy, a declared
    completion) falls back to the date of the statement ("announced on 5 May").
    """
    usable = [m for m in view.dates if m.usable]
    spoken = [m for m in view.dates if m.announced] if announced else []
    if usable and any(word in view.text for word in _ASIDE_WORDS):
        # an announcement takes no date told only in an aside about its state ("Poland, for
        # which the Convention entered into force in 2013, now plans to leave"): none is its own
        usable = _outside_asides(view.text, position, usable, every=not announced)
    start, end = _clause(view.text, position)
    inside = [m for m in usable if start <= m.start and m.end <= end]
    # the day of the statement in the clause of an announcement ("The cabinet announced on 12
    # March that it would withdraw, and parliament approved the exit on 27 May"): its own day
    inside = inside or [m for m in spoken if start <= m.start and m.end <= end]
    usable = usable or spoken
    if not usable:
        return None
    best = min(inside or usable, key=lambda m: max(m.start - position, position - m.end, 0))
    return best.value


# a relative clause set off by commas: "Finland, which joined in 2012, announced ..."
# "Poland, for which the treaty entered into force in 2013, ...", "Norway, whose minister ..."
# and a report's publication set off the same way ("said in its annual report, published this
# month, that teams cleared 1.6 km2 in 2025": the month is the report's)
_ASIDE = re.compile(
    r",\s+(?:(?:for|in|to|under|of|by|with)\s+)?(?:which|who|whom|whose)\s[^,;()]{0,120}?,|"
    r",\s+(?:published|released|issued)\s[^,;()]{0,40}?,"
)
_ASIDE_WORDS = ("which", "who", "published", "released", "issued")


def _outside_asides(
    text: str, position: int, dates: list[DateMention], every: bool = True
) -> list[DateMention]:
    """``dates`` less those inside a relative clause between commas that ``position`` is not
    in ("Finland, which joined in 2012, announced its withdrawal on 1 April": 2012 is the
    join's); all of them when every one is inside, unless ``every`` is false."""
    asides = [a.span() for a in _ASIDE.finditer(text) if not a.start() <= position < a.end()]
    if not asides:
        return dates
    kept = [m for m in dates if not any(a <= m.start < b for a, b in asides)]
    return kept or (dates if every else [])


# a second predicate of the same subject: "ratified the treaty in June 1998 and destroyed its
# stockpile in November 2000", "joined in 2001 and had been granted an extension": a date told
# in one predicate is not the other's
_COORDINATED = (
    r"\s(?:and|but)\s+(?:then\s+|later\s+|also\s+|subsequently\s+)?"
    r"(?:(?:has|have|had)\s+(?:also\s+)?(?:been\s+)?)?"
    r"(?=(?:[a-z]{2,}ed|laid|left|began|took|made|sent|held|became|lost|won|went)\b)"
)


def _clause(text: str, position: int) -> tuple[int, int]:
    cuts = [m.end() for m in re.finditer(rf",\s+(?:and|but|while)\s|;|:|{_COORDINATED}", text)]
    start = max([c for c in cuts if c <= position], default=0)
    end = min([c for c in cuts if c > position], default=len(text))
    return start, end


def _mention_date(view: View, mention: Mention, anchor: Anchor) -> str | None:
    """A date in brackets right after a state: "Haiti (February 2006)"."""
    tail = view.text[mention.end : mention.end + 25]
    if not re.match(r"\s*\(", tail):
        return None
    inside = [m for m in view.dates if mention.end < m.start <= mention.end + 20 and m.usable]
    return inside[0].value if inside else None


def _listed_date(view: View, code: str | None, anchor: Anchor) -> str | None:
    """The date in brackets after the state in a list ("Senegal (in March), Niger (in June)
    ... in 2025"); a year-less month there takes the one year the sentence states."""
    mention = next((m for m in view.mentions if code in m.iso3s), None)
    if mention is None:
        return None
    value = _mention_date(view, mention, anchor)
    bracket = view.text[mention.end : mention.end + 25]
    years = {
        m.value[:4]
        for m in view.dates
        if m.usable and m.value and len(m.value) == 4 and not bracket.startswith(m.value)
    }
    if value is not None and not re.search(r"\d{4}", bracket.split(")")[0]) and len(years) == 1:
        value = years.pop() + value[4:]
    return value


# a state and its own date right after it: "Serbia in April", "Chile (in February)"
_EACH_DATED = re.compile(r"\s+|\s+(?:in|on|by)\s+(?:early\s+|mid-|late\s+)?|\s*\(\s*(?:in\s+)?")


def dated_list(view: View) -> list[tuple[str, str]]:
    """States listed each with its own date: "Serbia in April and Peru in October", "Chile (in
    February), Mauritania (in September)". Empty unless at least two states each have their
    date; a year-less month there takes the one year the sentence states ("... in 2025: Chile
    in February and Mauritania in September")."""
    usable = [m for m in view.dates if m.usable and m.value]
    if len(usable) < 2 or len(view.mentions) < 2:
        return []
    pairs: list[tuple[str, str]] = []
    for mention in view.mentions:
        date = next((d for d in usable if mention.end <= d.start <= mention.end + 16), None)
        if date is None or len(mention.iso3s) != 1 or not date.value:
            continue
        if _EACH_DATED.fullmatch(view.text, mention.end, date.start):
            pairs.append((mention.iso3s[0], date.value))
    if len(pairs) < 2:
        return []
    years = {d.value[:4] for d in usable if d.value and len(d.value) == 4}
    if len(years) == 1:  # "in 2025: Chile in February ...": the months of the year stated
        year = years.pop()
        pairs = [(code, year + value[4:]) for code, value in pairs]
    return pairs


def _borrowed_actor(
    view: View, context: Context, own_voice: bool = False, states_only: bool = False
) -> list[str]:
    """A sentence naming no state: the topic of its section, else the document's focus.

    Only the section's previous sentences count (never across a blank line or heading); the
    section's topic (the subject of its first sentence that names a state) wins over the last
    state named when both are there (a donor or a neighbour named last is not the topic); a
    sentence about the world has no state. ``own_voice``: a sentence in the first person ("Our
    representative deposited ...") speaks for the section's state (a treaty step, which only a
    state takes), not for an organisation. ``states_only``: a city or province named before
    ("deposited with the Secretary-General in New York") lends no state (a treaty step's).
    """
    first_person = not own_voice and triggers.FIRST_PERSON.match(view.text)
    if triggers.about_world(view.text) or first_person:
        return []  # about the world, or an organisation speaking of itself
    if group_figure(view, context):
        return []  # "Collectively, States Parties have destroyed ...": no one state's
    section = _unranked(view, context)
    named = [code for previous in section for m in previous.mentions for code in m.iso3s]
    home = next(filter(None, (actors.group_home(v.text) for v in reversed(section))), None)
    if home is not None and all(actors.speaks(v.text, m) for v in section for m in v.mentions):
        return [home]  # "Hezbollah fighters buried mines ..., the Israeli army said. ..."
    if context.topic is not None and context.topic in named:
        return [context.topic]
    for previous in reversed(section):
        kept = [m for m in previous.mentions if not (states_only and m.kind == "region")]
        if kept:
            return list(kept[-1].iso3s)
    following = context.following
    if following is not None and following.sentence.section == view.sentence.section:
        if actors.share_of_total(following.text, following.mentions):
            return []  # a total whose parts follow ("... 2,100 killed. Myanmar had the most")
        ahead_named = following.mentions
        if states_only or own_voice:  # a step's: not the invader or the invaded told next
            ahead_named = [
                m for m in ahead_named if not actors.named_as_threat(following.text, m.start)
            ]
        ahead = actors.place_state(following.text, ahead_named)
        # never the state told next as the one behind the mines ("Russian drones scattered
        # the mines over the streets"): who laid them, not where they went off
        blamed = actors.perpetrators(following.text, following.mentions) if ahead else set()
        if ahead is not None and not following.counts.any and ahead not in blamed:
            return [ahead]
    if home is not None:  # "The Houthi group has laid ... The group documented ..."
        return [home]
    if context.topic is not None and context.topic_named and not named:
        return [context.topic]  # no state named since: the section is still about its topic
    # a document that names one state only is about it from its first line ("In the first half
    # of 2024, there were 420 incidents ... In Shan State, ...")
    named_before = context.focus_named or view.sentence.headline or context.sole
    if context.focus and named_before:
        return [context.focus]
    # a step told with no state of its own continues the steps told before it
    return [context.stepper] if context.stepper and (states_only or own_voice) else []


def _unranked(view: View, context: Context) -> list[View]:
    """The previous sentences of the section less rankings, which name the parts of a total
    ("Cambodia (60.3 km2), Croatia (45.6 km2) ..."), never a topic."""
    section = context.section(view)
    kept = [v for v in section if not actors.ranked(v.text, v.mentions)]
    # a share of a total told in words, after the total ("At least 5,500 people were hurt
    # in 2021. Myanmar recorded the most. Mines killed 1,900 ..."): a part, never the topic
    return [
        v
        for index, v in enumerate(kept)
        if not (actors.share_of_total(v.text, v.mentions) and _after_total(kept[:index], v))
    ]


def _after_total(before: list[View], view: View) -> bool:
    """``view`` follows a figure naming no state (a world total), or is one itself."""
    if triggers.world_word(view.text) is not None:
        return True
    return any(
        not v.mentions and (v.quantities or v.counts.stated or triggers.about_world(v.text))
        for v in before
    )


def group_figure(view: View, context: Context) -> bool:
    """A sentence naming no state that speaks of states counted together ("Collectively,
    States Parties have destroyed ...") or follows one in its section, rankings aside ("In
    2023, States Parties cleared 217 km2 ... Cambodia (60.3 km2), ... A further 140 km2 was
    cancelled"), or follows a world figure: its figures and steps belong to no state."""
    if view.mentions or triggers.FIRST_PERSON.match(view.text):
        return False  # "We have cleared ...": an organisation speaking of itself
    if triggers.collective(view.text):
        return True
    before = context.section(view)
    if before and actors.share_of_total(before[-1].text, before[-1].mentions):
        return _after_total(before[:-1], before[-1])  # the parts of a world total told before
    section = _unranked(view, context)
    if not section or section[-1].mentions:
        return False
    last = section[-1]
    if triggers.about_world(last.text):
        return True
    # the group carries only a figure or a step of its own ("We will see what the States
    # Parties say in November" hands nothing on)
    told = last.quantities or last.counts.stated or triggers.names_treaty(last.text)
    return bool(told) and triggers.collective(last.text)


def _borrowed_date(view: View, context: Context) -> str | None:
    """A follow-up sentence ("The report ...", "He added ...") shares the latest date before it."""
    if not (triggers.ANAPHORIC.match(view.text) or triggers.BACK_THERE.search(view.text)):
        return None
    nearby = context.section(view)[-2:]
    if not nearby and context.previous and triggers.DEFINITE_EVENT.match(view.text):
        last = context.previous[-1]  # "The explosion ..." opening a paragraph: the one before
        nearby = [] if last.sentence.headline else [last]
    for previous in reversed(nearby):
        values = [m.value for m in previous.dates if m.usable and m.value]
        if values:
            return max(values)
    return None


def _next_date(view: View, context: Context) -> str | None:
    """The date of the next sentence when it only refers back ("The vote took place on ...")."""
    following = context.following
    if following is None or following.sentence.section != view.sentence.section:
        return None
    if not triggers.REFERS_BACK.match(following.text):
        return None
    dates = [m for m in following.dates if m.usable or m.announced]
    return dates[0].value if dates else None


def subject(
    view: View, context: Context, states_only: bool = False
) -> list[tuple[str, Mention | None]]:
    group = actors.subject_group(view.text, view.mentions)
    if group:
        return [(code, m) for m in group for code in m.iso3s]
    return [(code, None) for code in _borrowed_actor(view, context, states_only=states_only)]


def dated(
    view: View, position: int, context: Context, announced: bool = False
) -> tuple[str | None, bool]:
    own = nearest_date(view, position, announced)
    if own is not None:
        return own, True
    ahead = _next_date(view, context)
    if ahead is not None:
        return ahead, True
    borrowed = _borrowed_date(view, context)
    if borrowed is not None:  # "These figures bring the total since ... to": their period's end
        return borrowed, False
    running = running_total(view, context.anchor)
    if running is not None:
        # a periodic report's total "since January" runs to the end of the period its head
        # labels ("Reporting Period: 1 July to 31 August 2023"), not to its publication
        label = labelled_period(context)
        if label is not None and label[:7] <= running:
            return label, True
    return running, running is not None


def over_period(view: View, open_period: re.Pattern[str] | None = None) -> bool:
    """The sentence counts over a period that opens ("since December 2024", "since the start
    of the year", "so far"; ``open_period``: another language's words for one). A date that
    opens a period inside a relative clause ("land that had been blocked since 1987") opens
    the noun's period, not the count's (``_relative_clause``)."""
    text = view.text
    if _OPEN_PERIOD.search(text) or (open_period is not None and open_period.search(text)):
        return True
    return any(m.since and m.value and not _relative_clause(text, m.start) for m in view.dates)


def period_counts(draft: Draft, open_period: re.Pattern[str] | None = None) -> bool:
    """A casualty draft of more than one victim counted over a period that opens
    (``over_period``): a statistic ("Since the start of the year, 23 civilians have been
    killed"); one victim is an incident ("the first casualty since 2022")."""
    victims = (draft.killed or 0) + (draft.injured or 0)
    return (
        draft.type == "casualty_incident" and victims > 1 and over_period(draft.view, open_period)
    )


_OPEN_PERIOD = re.compile(
    r"\b(?:[Ss]ince\s+(?:the\s+)?(?:end|start|beginning|conclusion|outbreak|launch|signing)\b|"
    r"[Ss]ince\s+(?:the\s+)?(?:[\w-]+\s+){1,5}?(?:officially\s+)?(?:ended|began|started|broke\s+out)\b|"
    # "since the ceasefire", "since the 2020 war", "since the full-scale invasion"
    r"[Ss]ince\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:war|ceasefire|truce|armistice|conflict|"
    r"fighting|invasion|occupation|liberation|independence|withdrawal|retreat|pull-?out|"
    r"peace\s+(?:deal|agreement|accord))\b|"
    r"to\s+date\b|so\s+far\b)"
)


def running_total(
    view: View, anchor: Anchor, open_period: re.Pattern[str] | None = None
) -> str | None:
    """A period that starts ("since December 2024", "since the end of the war", "to date") and
    has no stated end ends at publication: the publication month of a news story (``Anchor.
    fresh``, as for the publication-month rule); a report, a fact sheet or an undated page
    leaves the end unknown (README rule 5). ``open_period``: another language's words for a
    period with no date of its own ("с начала года"), beside the English ones."""
    published = anchor.published
    if published is None or published.month is None or not anchor.fresh:
        return None
    if not over_period(view, open_period):
        return None
    # told in a statement of its own day or month ("said in September that its teams had
    # cleared 14 km2 since the start of the year"): the total runs up to the statement
    spoken = [m.value for m in view.dates if m.announced and m.value and len(m.value) >= 7]
    if len(spoken) == 1:
        return spoken[0][:7]
    return f"{published.year:04d}-{published.month:02d}"


# a relative clause about a noun of the sentence, up to a date in it: "land that had been blocked
# since the battles of 1987", "mines which have lain there since 1994"
_RELATIVE_BEFORE = re.compile(r"\b(?:that|which|who)\s+(?:(?!but\b)[^\s,;:.()]+\s+){1,10}$")


def _relative_clause(text: str, start: int) -> bool:
    """The date at ``start`` is inside a relative clause (``_RELATIVE_BEFORE``): the period it
    opens is the noun's, not the figure's, so it runs no total to publication."""
    return _RELATIVE_BEFORE.search(text, max(0, start - 90), start) is not None


def _treaty(view: View, context: Context) -> list[Draft]:
    """The treaty steps a sentence tells (``_treaty_steps``), a step of leaving in a sentence
    that tells a suspension and no leaving being the claimed suspension
    (``triggers.suspension_told``)."""
    return suspension_claims(_treaty_steps(view, context), triggers.suspension_told)


def _treaty_steps(view: View, context: Context) -> list[Draft]:
    """A treaty step; the treaty may be named in the sentence or earlier in its section. A
    second step told in a dated subordinate phrase ("..., following a similar vote in the
    Senate last month", "..., after the president signed a decree in June") is a claim too."""
    if not _treaty_context(view, context) or triggers.GENERIC_STEP.search(view.text):
        return []
    if triggers.other_treaty(view.text):
        return []  # "Russia ceased to be a party to the CFE treaty in 2023": not our treaty
    text = view.text
    cut = triggers.SUBORDINATE.search(text)
    end = cut.start() if cut else len(text)
    step = _first_step(view, context, 0, end)
    if step is None and cut is not None:  # a cue that runs across the cut
        step = _first_step(view, context, 0, len(text))
    if step is None:
        return _noun_steps(view, set()) + _aside_steps(view, [])
    action, position = _earliest_step(view, *step)
    owner = _relative_owner(view, position)
    drafts = _treaty_drafts(view, context, action, position, owner, cut.start() if cut else None)
    drafts += _companion_step(view, action, drafts)
    drafts += _same_day_states(view, [d for d in drafts if d.action == action])
    drafts += _aside_steps(view, drafts)
    drafts += _relative_steps(view, context, {d.actor for d in drafts})
    drafts += _noun_steps(view, {d.actor for d in drafts})
    if cut is None or position >= end or not drafts:
        return drafts
    second = _first_step(view, context, cut.end(), len(text), main=action)
    if second is not None:
        when = _date_between(view, cut.end(), len(text))
        if when is not None:
            codes = dict.fromkeys(d.actor for d in drafts)
            other = _relative_owner(view, second[1])  # "..., following Latvia's Saeima, which"
            if other is not None:
                codes = dict.fromkeys(actors.codes(_owner_group(view, other)))
            drafts += [
                Draft("treaty_action", code, view, when, True, action=second[0])
                for code in codes
                if (second[0], when) not in {(d.action, d.date) for d in drafts}
            ]
    return drafts


# steps dated from the end of their cue ("its exit took effect on ...", "the treaty entered
# into force for it on ..."), not from a date told before them in the sentence
_DATED_AFTER = ("withdrawal_effective", "entry_into_force")
# steps told together in one sentence, each in its own clause
_WITHDRAWAL_STEPS = (
    "announce_intent_to_withdraw",
    "parliament_approves_withdrawal",
    "withdrawal_notified",
    "withdrawal_effective",
)
_COMPANION = {
    **{step: tuple(s for s in _WITHDRAWAL_STEPS if s != step) for step in _WITHDRAWAL_STEPS},
    "entry_into_force": ("join",),
    "join": ("entry_into_force",),
}


def _earliest_step(view: View, action: str, position: int) -> tuple[str, int]:
    """The step told first when the sentence tells two in clauses of their own ("X deposited
    its instrument of accession on D1 and Y on D2; the Convention entered into force for both
    on D3"): the list of states and their dates belongs to the first, the later clause's step
    is its companion, dated in its own clause (``_companion_step``)."""
    text = view.text
    start, _ = _clause(text, position)
    best = (action, position)
    for name, pattern in triggers.TREATY_ACTIONS:
        if name not in _COMPANION.get(action, ()):
            continue
        for match in pattern.finditer(text, 0, start):
            if match.start() >= best[1] or not _step_told(view, name, match):
                continue
            best = (name, match.end() if name in _DATED_AFTER else match.start())
            break
    return best


def _relative_owner(view: View, position: int) -> Mention | None:
    """The state whose relative clause tells the step ("called on Ukraine, which announced its
    withdrawal in June"): that state took it, not the sentence's subject."""
    for mention in view.mentions:
        relative = _RELATIVE.match(view.text, mention.end)
        if relative is None or position < mention.end:  # a cue may open on "Saeima, which"
            continue
        stop = re.compile(r"[,;]|\.(?!\d)").search(view.text, relative.end())
        if position < (stop.start() if stop else len(view.text)):
            return mention
    return None


def _companion_step(view: View, action: str, drafts: list[Draft]) -> list[Draft]:
    """The notice and the exit told in one sentence ("deposited its instrument of withdrawal
    on 27 June 2025, and its exit took effect on 27 December"), the vote and the notice ("The
    parliament voted in April, and the notification was submitted in June"), the ratification
    and the entry into force ("ratified on 27 December 2012, and the treaty entered into
    force for it on 1 June 2013"): each is a step, dated by the day in its own clause; a
    second cue dated like the first adds nothing."""
    others = _COMPANION.get(action, ())
    found: list[Draft] = []
    if not drafts:
        return found
    codes = dict.fromkeys(d.actor for d in drafts)
    for name, pattern in triggers.TREATY_ACTIONS:
        if name not in others or any(d.action == name for d in found):
            continue
        for match in pattern.finditer(view.text):
            if not _step_told(view, name, match) or _across_cut(view.text, match):
                continue
            position = match.end() if name in _DATED_AFTER else match.start()
            when = nearest_date(view, position)
            # "took effect on 27 December last year, six months after both notified": the same
            # date, or a part of it; a day in the month of the first step is the second's own
            # ("voted in June ..., and deposited its notice on June 27")
            if when is None or any(d.date and d.date.startswith(when) for d in drafts + found):
                continue
            # "..., and Latvia's Saeima backed withdrawal in April": the state its own clause
            # names took it, not the first step's states
            own = [c for c, m in _clause_subject(view, position) if m is None or m.kind != "region"]
            found += [
                Draft("treaty_action", c, view, when, True, action=name)
                for c in dict.fromkeys(own or codes)
            ]
            break
    return found


# states that took the same step on the same day, named after it: "Vilnius lodged its notice
# on 27 June, the same day as Riga and Tallinn", "..., as did Latvia and Estonia"; the list runs
# to the end of its clause
_SAME_DAY_AS = re.compile(
    r"\b(?:(?:on\s+)?the\s+same\s+day\s+as|as\s+did|just\s+as|as\s+have)\s+"
    r"(?P<list>[^.;:()]{0,80}?)(?=\s*(?:[.;:()]|,\s+(?!and\b)|\s+(?:after|before|following|"
    r"which|who|whose|when|while)\b|$))"
)


def _same_day_states(view: View, drafts: list[Draft]) -> list[Draft]:
    """The step of ``drafts`` (one action, one day) taken by the states named after "the same
    day as" or "as did" (``_SAME_DAY_AS``) after that day: each its own claim, with it; a region
    ("the other Baltic states") or a state already stepping adds nothing."""
    steps = {(d.action, d.date) for d in drafts}
    if len(steps) != 1 or drafts[0].date is None:
        return []
    match = _SAME_DAY_AS.search(view.text)
    if match is None or not any(
        m.usable and m.value == drafts[0].date and m.start < match.start() for m in view.dates
    ):
        return []  # the day is told before the states that share it, or nothing is shared
    action, when = next(iter(steps))
    done = {d.actor for d in drafts}
    named = [
        m
        for m in view.mentions
        if match.start("list") <= m.start < match.end("list") and m.kind != "region"
    ]
    return [
        Draft("treaty_action", c, view, when, True, action=action)
        for c in actors.codes(named)
        if c not in done
    ]


def _aside_steps(view: View, drafts: list[Draft]) -> list[Draft]:
    """Earlier steps told as participles after the leaving ("Finland's withdrawal, approved by
    parliament in June 2025, took effect on Saturday"; "Poland's exit, announced in March and
    approved by the Sejm in June, ..."; ``triggers.ASIDE_START``): each a step of the states of
    the sentence's own step (else of the leaving's possessive), dated in its own phrase. An
    approval is the parliament's only when it names it ("by the Sejm"), the executive's
    decision when it names that; an undated one is background."""
    text = view.text
    start = triggers.ASIDE_START.search(text)
    if start is None:
        return []
    codes = list(dict.fromkeys(d.actor for d in drafts))
    if not codes:
        owner = _possessive_owner(view, start.start())
        codes = list(dict.fromkeys(c for c, _ in owner))
    found: list[Draft] = []
    position = start.end()
    while codes:
        phrase = triggers.ASIDE_PHRASE.match(text, position)
        if phrase is None:
            break
        action = triggers.ASIDE_ACTIONS[phrase.group("verb")]
        by = triggers.ASIDE_BY.search(phrase.group("rest"))
        if triggers.ASIDE_VOICE.search(phrase.group("rest")):
            action = ""  # "..., proposed by two MPs in 2024, ...": nobody's step for the state
        if action == "parliament_approves_withdrawal" and (
            by is None or triggers.EXECUTIVE.match(by.group("who"))
        ):
            action = "announce_intent_to_withdraw" if by else ""
        when = _date_between(view, phrase.start("rest"), phrase.end("rest"))
        done = {(d.actor, d.action) for d in drafts + found}
        if action and when is not None:
            found += [
                Draft("treaty_action", c, view, when, True, action=action)
                for c in codes
                if (c, action) not in done
            ]
        if phrase.group("next") is None:
            break
        position = phrase.end()
    return found


def _across_cut(text: str, match: re.Match[str]) -> bool:
    """A cue whose words run over the start of a phrase telling another step ("unveiled plans
    to mine the border, three days after the country's exit took effect"): the plans are not
    the exit's announcement."""
    return any(
        match.start() < cut.start() < match.end()
        for cut in triggers.SUBORDINATE.finditer(text, match.start(), match.end())
    )


# a relative clause right after a state, or after its own body ("Latvia's Saeima, which
# endorsed leaving in April"; "Estonia, Latvia and Lithuania, whose withdrawals took effect")
_RELATIVE = re.compile(rf"(?:{triggers.STATE_BODY})?,?\s+(?:for\s+)?(?:which|who|whose)\s+")


def _relative_steps(view: View, context: Context, done: set[str | None]) -> list[Draft]:
    """Steps told in a relative clause after a state in a list: "welcomed the Marshall
    Islands, which ratified the Convention in March 2025, and Tonga, which acceded in
    February" (each dated inside its own clause; an undated one is background)."""
    drafts: list[Draft] = []
    for mention in view.mentions:
        relative = _RELATIVE.match(view.text, mention.end)
        codes = [c for c in mention.iso3s if c not in done]
        if relative is None or not codes:
            continue
        stop = re.compile(r"[,;]|\.(?!\d)").search(view.text, relative.end())
        end = stop.start() if stop else len(view.text)
        step = _first_step(view, context, mention.end, end)
        when = _date_between(view, relative.end(), end) if step else None
        if step is not None and when is not None:
            drafts += [Draft("treaty_action", c, view, when, True, action=step[0]) for c in codes]
    return drafts


def _noun_steps(view: View, done: set[str | None]) -> list[Draft]:
    """Joining told as a noun: "welcomed the accession of Laos in June", "Tonga's ratification
    last year", "the ratification of the Convention by Palau on 12 March". The state is the
    noun's own (its possessive, or "of"/"by" right after it), not the sentence's subject; the
    date is the first stated in the noun's clause after it (an undated accession is background,
    as for the verb). A step wished for or still to come ("urged the accession of Tuvalu",
    "Tuvalu's ratification is expected in June"), named as the start of a period ("since
    Laos's accession") or inside "instrument of ratification" is none."""
    text = view.text
    drafts: list[Draft] = []
    for match in triggers.JOIN_NOUN.finditer(text):
        before = text[max(0, match.start() - 60) : match.start()]
        deposit = _DEPOSIT_OF.search(before)
        if (before.endswith("of ") and not deposit) or triggers.JOIN_NOUN_WISH.search(before):
            continue  # "instrument of ratification"; "called for Tuvalu's accession"
        if triggers.SINCE_STEP.search(before) or triggers.vetoed(text, match.start()):
            continue
        offset = match.start() - len(before)
        mention = _deposit_owner(view, offset, deposit) if deposit else _noun_owner(view, match)
        if mention is None:
            continue
        after = max(match.end(), mention.end)
        if triggers.JOIN_NOUN_LATER.match(text, after):
            continue
        stop = re.compile(r"[,;]|\.(?!\d)|\s(?:and|but|while)\s").search(text, after)
        when = _date_between(view, after, stop.start() if stop else len(text))
        codes = [c for c in mention.iso3s if c not in done]
        if when is not None:
            drafts += [Draft("treaty_action", c, view, when, True, action="join") for c in codes]
            done |= set(codes)
    return drafts


# "the deposit of its instrument of ratification", "the deposit of Nepal's instrument of
# accession": the instrument handed to the depositary is the join
_DEPOSIT_OF = re.compile(
    r"\bdeposit(?:ing)?\s+of\s+(?P<owner>its|[^.;,]{1,40}?[’']s?)\s+instruments?\s+of\s+$"
)


def _deposit_owner(view: View, offset: int, deposit: re.Match[str]) -> Mention | None:
    """Whose instrument was deposited (``deposit`` matched at ``offset`` in the sentence): the
    state named as its owner ("Nepal's"), or for "its" the nearest state named before."""
    start = offset + deposit.start("owner")
    if deposit.group("owner") != "its":
        return next((m for m in view.mentions if m.start == start), None)
    return actors.state_before(view.mentions, start)


def _noun_owner(view: View, match: re.Match[str]) -> Mention | None:
    """The state a step noun belongs to: "Laos's accession", "accession of Laos", "ratification
    of the Convention by Palau"."""
    owner = actors.state_before(view.mentions, match.start())
    if owner is not None and re.fullmatch(r"[’']s?\s+", view.text[owner.end : match.start()]):
        return owner
    tail = triggers.JOIN_NOUN_STATE.match(view.text, match.end())
    if tail is None:
        return None
    return next((m for m in view.mentions if m.start == tail.end()), None)


def _first_step(
    view: View, context: Context, start: int, end: int, main: str | None = None
) -> tuple[str, int] | None:
    """The first step (action, position) cued between ``start`` and ``end``; ``main``: the
    step of the sentence's main clause, which "a similar vote by the Senate" repeats."""
    text = view.text
    for action, pattern in triggers.TREATY_ACTIONS:
        if not may_match(pattern, text):
            continue  # none of the words every match of the cue holds (a third of the time)
        for match in pattern.finditer(text, start, end):
            if _step_told(view, action, match):
                # the exit is dated from its verb ("its exit took effect on ..."), not from
                # a "withdrawal" named earlier in the sentence ("instrument of withdrawal")
                effect = action in _DATED_AFTER
                if action == "entry_into_force" and _became_party(view, match):
                    return "join", match.start()
                return action, match.end() if effect else match.start()
    same = triggers.SAME_STEP.search(text, start, end)
    if main is not None and same is not None:
        return main, same.start()
    vote = triggers.LEGISLATURE_BACK.search(text, start, end)
    action = "parliament_approves_withdrawal"
    if vote is None:
        vote = triggers.SIGNED_BACK.search(text, start, end)
        if vote is not None and vote.group("noun").endswith(("decree", "order")):
            action = "announce_intent_to_withdraw"
    if vote is None:
        vote = triggers.DECISION_BACK.search(text, start, end)
        action = "announce_intent_to_withdraw"
        if vote is not None and not triggers.STEP_WORDING.search(
            triggers.own_clause(text, vote.start(), vote.end())
        ):
            vote = None  # another decision of the council ("... imposed sanctions")
    if vote is None or triggers.vetoed(text, vote.start(), vote.end()):
        return None
    # the decree or law told back ("Zelensky signed the decree on June 29") may open a
    # paragraph of its own: the leaving it enacts is told anywhere earlier
    told = context.earlier() if vote.re is triggers.SIGNED_BACK else context.section(view)
    withdrawing = (main is not None and main != "join") or any(
        triggers.WITHDRAWING.search(v.text) for v in told
    )
    return (action, vote.start()) if withdrawing else None


def _became_party(view: View, match: re.Match[str]) -> bool:
    """ "became a party" told as the join itself (``triggers.BECAME_PARTY``). Dated by a full
    day, the day decides: the treaty enters into force for a state only on the first day of a
    month (Art. 17(2)), so "became a State Party on 1 March 2012" is the entry into force and
    "became the 165th State Party after depositing its instrument on Monday" (the 13th) the
    join, whatever else the sentence tells. Otherwise it is the join when no instrument,
    ratification or accession is told beside it: "became a party in 2004" and "had become the
    165th State Party earlier this year" are joins."""
    if not triggers.BECAME_PARTY.match(match.group(0)):
        return False
    when = nearest_date(view, match.end())
    if when is not None and len(when) == 10:
        return not when.endswith("-01")
    return not triggers.JOIN_TOLD.search(view.text)


def _step_told(view: View, action: str, match: re.Match[str]) -> bool:
    """The cue ``match`` of ``action`` tells a step taken: not the treaty described ("a treaty
    that 164 states ratified"), not a period's start ("the first purchase since the country
    left the treaty"), not an exit still to come ("before its exit takes effect on 2
    September"), not vetoed (plans, negation, goals)."""
    if triggers.other_treaty_next(view.text, match.start()):
        return False  # "withdrew from the Convention on Cluster Munitions in March and ..."
    text = view.text
    if triggers.ABOUT_TREATY.search(text[: match.start()]) or _since_step(view, match):
        return False
    if action == "withdrawal_effective" and _pending(view, match):
        return False
    if action == "announce_intent_to_withdraw" and _CONDITION.search(match.group(0)):
        return False  # "Under the decision, X may make mines once the withdrawal takes effect"
    if action.startswith("announce") and triggers.OTHER_VOICE.search(
        text, _clause(text, match.start())[0], match.start()
    ):
        return False  # "The opposition proposed that Norway leave ...": no state's decision
    if (
        action == "announce_intent_to_withdraw"
        and triggers.DECISION_VERB.match(match.group(0))
        and not triggers.treaty_in_clause(text, match.start(), match.end())
    ):
        return False
    return not triggers.vetoed(text, match.start(), match.end())


# a leaving named as the condition of something else ("... once the country's withdrawal takes
# effect", "until the exit is complete"): the decision's object is not the leaving
_CONDITION = re.compile(r"\b(?:once|until|unless|as\s+soon\s+as)\b")


def _since_step(view: View, match: re.Match[str]) -> bool:
    """A step named as the start of a period ("the first purchase since the country left the
    treaty"; "a plan to buy mines, the first since Latvia's exit", where a long cue ends on the
    step's word): background, unless its own day is stated in its clause after the cue
    ("since Latvia's exit ... took effect on 27 December")."""
    text = view.text
    if triggers.SINCE_STEP.search(text, max(0, match.start() - 40), match.start()):
        _, end = _clause(text, match.end())
        return not any(
            m.usable and m.value and len(m.value) == 10 and match.end() <= m.start < end
            for m in view.dates
        )
    last = re.search(r"[\w'’-]+$", match.group(0))
    word = match.start() + last.start() if last else match.start()
    return word > match.start() and bool(triggers.SINCE_STEP.search(text, max(0, word - 40), word))


def _pending(view: View, match: re.Match[str]) -> bool:
    """A withdrawal told as taking effect in the present or future ("takes effect on 2
    September", "will become effective") whose clause names no usable day after the cue (the
    day named is after publication, or none is): a step still to come, no event. A weekday
    there is the coming one ("takes effect on Saturday"), never the last (README rule 2 is
    for what happened)."""
    if not triggers.PENDING_EFFECT.search(match.group(0)):
        return False
    _, end = _clause(view.text, match.end())
    # "..., six months after Warsaw lodged its notice on 20 August": that day is the notice's
    cut = triggers.SUBORDINATE.search(view.text, match.end(), end)
    end = cut.start() if cut else end
    return not any(
        m.usable
        and match.end() <= m.start < end
        and not _WEEKDAY_NAME.search(view.text, m.start, m.end)
        for m in view.dates
    )


_WEEKDAY_NAME = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")


def _date_between(view: View, start: int, end: int) -> str | None:
    """The first usable date stated between ``start`` and ``end``."""
    inside = [m for m in view.dates if m.usable and m.value and start <= m.start < end]
    return inside[0].value if inside else None


def _treaty_context(view: View, context: Context) -> bool:
    """The treaty is named in the sentence or in an earlier sentence of its section; for a
    sentence about a notice, an instrument or a State Party ("Poland's notification, deposited
    on August 20, ..."), anywhere earlier in the document."""
    if triggers.names_treaty(view.text):
        return True
    if any(triggers.names_treaty(v.text) for v in context.section(view)):
        return True
    if (
        triggers.TREATY_NOUN.search(view.text) is None
        and not triggers.SIGNED_BACK.search(view.text)
        and not triggers.WITHDRAWAL_BACK.search(view.text)
    ):
        return False
    return any(triggers.names_treaty(v.text) for v in context.earlier())


# between a listed state (or group) and its own date: "Finland acceded on 9 January 2012",
# "and Somalia on 16 April 2012", "Estonia, Latvia and Lithuania notified on 27 June"; never a
# relative clause or a period ("Finland, which joined in 2012", "since 2012")
_OWN_STEP_GAP = re.compile(r"(?:(?!\b(?:which|who|whose|since|after|before)\b)[^.;:()])*")


def stepped_list(view: View, action: str | None = None) -> list[tuple[str, str]]:
    """States that took one step each on its own date: "X, Y and Z notified their withdrawal
    on D1, D2 and D3 respectively" (in order), or "South Sudan succeeded on D1, Finland
    acceded on D2 and Somalia on D3" (each group of states with the first date after it,
    before the next group). Empty unless two states or more have different dates. A group whose
    gap to its date tells another step than ``action`` ("..., and Estonia's Riigikogu approved
    the exit in June" after a joint proposal) took that step, not this one."""
    usable = [m for m in view.dates if m.usable and m.value]
    if len(usable) < 2 or len(view.mentions) < 2:
        return []
    text = view.text
    groups = actors.group_mentions(text, view.mentions)
    pairs: list[tuple[str, str]] = []
    respectively = re.search(r"\brespectively\b", text) is not None
    group = next((g for g in groups if len(g) >= 2), [])
    after = [d for d in usable if group and d.start > group[-1].end]
    if respectively or _coordinated_dates(text, after):
        # "X, Y and Z notified ... on D1, D2 and D3 (respectively)": the states in order
        codes = [c for c in actors.codes(group)]
        if len(codes) == len(after):
            pairs = [(c, d.value) for c, d in zip(codes, after, strict=True) if d.value]
    else:
        for index, group in enumerate(groups):
            stop = groups[index + 1][0].start if index + 1 < len(groups) else len(text)
            end = group[-1].end
            date = next((d for d in usable if end <= d.start < stop and d.start - end <= 100), None)
            if date is None or date.value is None:
                continue
            if not _OWN_STEP_GAP.fullmatch(text, end, date.start):
                continue
            if action is not None and _other_step(text, action, group[0].start, date.start):
                continue
            pairs += [(code, date.value) for code in actors.codes(group)]
    if len({code for code, _ in pairs}) < 2 or len({value for _, value in pairs}) < 2:
        return []
    return pairs


def _other_step(text: str, action: str, start: int, end: int) -> bool:
    """A cue of a step other than ``action`` lies between ``start`` and ``end``."""
    return any(
        name != action and pattern.search(text[start:end])
        for name, pattern in triggers.TREATY_ACTIONS
    )


# between two dates of one coordinated list: "in 2007 and 2011", "on 4 March, 19 March and 2 May"
_DATE_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:in|on)\s+)?")


def _coordinated_dates(text: str, dates: list[DateMention]) -> bool:
    """Two dates or more written as one list ("acceded in 2007 and 2011"), each told after the
    list of states: paired with the states in order, as with "respectively"."""
    if len(dates) < 2:
        return False
    return all(
        _DATE_LIST_GAP.fullmatch(text, one.end, two.start) is not None
        for one, two in itertools.pairwise(dates)
    )


def _treaty_drafts(
    view: View,
    context: Context,
    action: str,
    position: int,
    owner: Mention | None = None,
    limit: int | None = None,
) -> list[Draft]:
    """One draft per state taking the step cued at ``position``: each listed state with its own
    date (``stepped_list``), else the subject (``owner`` when the step is told in a relative
    clause after a state), dated in the cue's clause. ``limit``: where a subordinate phrase
    telling an earlier step starts ("took effect six months after its notice of 27 June"): a
    date after it is that step's, never this one's."""
    listed = _relative_list(view, owner) if owner else stepped_list(view, action)
    if listed:
        return [Draft("treaty_action", c, view, v, True, action=action) for c, v in listed]
    before = (
        limit is None
        or position > limit
        or any((m.usable or m.announced) and m.start < limit for m in view.dates)
    )
    # a step told after the cut ("ordered mines on 24 August, four days after Warsaw deposited
    # its notice on 20 August") is dated in its own phrase when that names a day
    told = view
    if limit is not None and position > limit:
        after = [m for m in view.dates if m.start >= limit]
        told = view.with_dates(after) if any(m.usable for m in after) else view
    date, own = (
        _no_longer_since(view, position)
        or _counted_back(view, position)
        or (_relative_date(view, owner) if owner else None)
        or (dated(told, position, context, announced=True) if before else None)
        or (None, False)
    )
    drafts: list[Draft] = []
    owners = _owner_group(view, owner) if owner else []
    states = _possessive_owner(view, position) or [(c, m) for m in owners for c in m.iso3s]
    states = states or _clause_subject(view, position)
    states = [
        (c, m) for c, m in states if m is None or not actors.named_as_threat(view.text, m.start)
    ]
    named = [
        (c, m)
        for c, m in subject(view, context, states_only=True)
        if m is None or not actors.named_as_threat(view.text, m.start)
    ]
    states = _actors_of_step(view, context, states or named or _threatless(view, context))
    for code, mention in states:
        when = (_mention_date(view, mention, context.anchor) if mention else None) or date
        if action == "join" and when is None:
            continue  # an undated accession is background, not a claim
        drafts.append(Draft("treaty_action", code, view, when, own, action=action))
    return drafts


# between a state's possessive and the step it owns: "Lithuania's decision to withdraw",
# "Latvia's planned exit" (a step of the state named, not of the sentence's subject)
_POSSESSIVE_GAP = re.compile(r"[’']s?\s+(?:[\w-]+\s+){0,2}")
# the step itself, in the possessive's own phrase (no comma between): "decision to withdraw"
_OWNED_STEP = re.compile(r"[\w\s-]{0,40}?\b(?:[Ww]ithdraw|[Ll]eav|[Ee]xit|[Qq]uit|[Dd]epart)")


def _possessive_owner(view: View, position: int) -> list[tuple[str, Mention | None]]:
    """The state whose possessive owns the step cued at ``position`` ("Norway's minister
    criticised Lithuania's decision to withdraw" -> Lithuania); empty when none does."""
    owner = actors.state_before(view.mentions, position)
    if owner is None or not _POSSESSIVE_GAP.fullmatch(view.text, owner.end, position):
        return []
    if not _OWNED_STEP.match(view.text, position):
        return []  # "criticised Lithuania's decision, said it would withdraw": the speaker's
    return [(code, owner) for code in owner.iso3s]


def _threatless(view: View, context: Context) -> list[tuple[str, Mention | None]]:
    """The section's state for a step whose only state is named as the reason ("The cabinet
    announced its intention to leave on 18 March, citing Russia")."""
    named = [m for m in view.mentions if not actors.named_as_threat(view.text, m.start)]
    if named or not view.mentions:
        return []
    return [(c, None) for c in _borrowed_actor(view, context, states_only=True)]


# a state that holds since the exit: "is no longer a party", "has been effective since"
_NO_LONGER = re.compile(r"\bno\s+longer\b|\b(?:has|have)\s+been\s+(?:\w+\s+)?effective\b")
# states named as the ones a step was taken alongside ("deposited on 27 June, the same day as
# those of Latvia and Estonia", "as did Latvia", "along with Estonia"): they took it too, and
# the acting state is the one the section is about
_ALONGSIDE = re.compile(
    r"\b(?:(?:on\s+|at\s+)?the\s+same\s+(?:day|date|time)\s+as|as\s+did|along\s*side|"
    r"along\s+with|together\s+with)\s+(?:th(?:ose|at)\s+of\s+)?(?:both\s+)?(?:the\s+)?$"
)


def _actors_of_step(
    view: View, context: Context, states: list[tuple[str, Mention | None]]
) -> list[tuple[str, Mention | None]]:
    """Who took a treaty step: never a province or city (a subdivision, named as the
    depositary's place: "with the Secretary-General in New York"); a state named only as the
    one the step was taken alongside adds the section's state ("..., the same day as those of
    Latvia and Estonia"); a step told in the first person ("Our Permanent Representative
    deposited ...") is the state the section speaks for."""
    places = {c for m in view.mentions if m.kind == "region" for c in m.iso3s}
    states = [(c, m) for c, m in states if m is None or m.kind != "region"]
    named = [m for _, m in states if m is not None]
    first = min(named, key=lambda m: m.start) if named else None
    alongside = first is not None and bool(
        _ALONGSIDE.search(view.text, max(0, first.start - 50), first.start)
    )
    if states and not alongside:
        return states
    borrowed = _borrowed_actor(view, context, own_voice=True)
    own = [c for c in borrowed if c not in dict(states) and c not in places]
    return [(c, None) for c in own] + states


# a span counted in days back from the main clause: "..., two days after the country's
# withdrawal took legal effect", "a week after Vilnius lodged its notice"
_DAYS_AFTER = re.compile(
    r"\b(?:(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})|the)\s+"
    r"(?P<unit>days?|weeks?)\s+(?:after|following)\s+"
)
_SMALL = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_SMALL |= {"seven": 7, "eight": 8, "nine": 9, "ten": 10}


def _counted_back(view: View, position: int) -> tuple[str, bool] | None:
    """The day of a step told in a phrase counted in days or weeks after the main clause's
    day ("said on Monday it had placed an order, two days after the withdrawal took legal
    effect": the Saturday before), when that phrase names no day of its own; a main clause
    dated by less than a day leaves it to the other rules."""
    span = None
    for match in _DAYS_AFTER.finditer(view.text, max(0, position - 200), position):
        span = match
    if span is None or ";" in view.text[span.end() : position]:
        return None
    _, end = _clause(view.text, position)
    if any(m.usable and span.end() <= m.start < end for m in view.dates):
        return None  # "two days after its notice of 27 June": the step's own day
    main = [
        m for m in view.dates if (m.usable or m.announced) and m.value and m.end <= span.start()
    ]
    if not main or main[-1].value is None or len(main[-1].value) != 10:
        return None
    n = span.group("n")
    count = 1 if n is None else _SMALL.get(n.lower()) or int(n)
    days = count * (7 if span.group("unit").startswith("week") else 1)
    day = calendar_day.fromisoformat(main[-1].value) - timedelta(days=days)
    return day.isoformat(), True


def _no_longer_since(view: View, position: int) -> tuple[str, bool] | None:
    """ "Since 27 December, Latvia is no longer a party": a state told with the day it began,
    which is the day of the exit (a "since" date is otherwise no event date)."""
    if _NO_LONGER.search(view.text, max(0, position - 40), position) is None:
        return None
    _, end = _clause(view.text, position)
    since = [m for m in view.dates if m.since and m.value and not m.reporting and m.start < end]
    return (since[0].value, True) if since and since[0].value else None


def _relative_date(view: View, owner: Mention) -> tuple[str, bool] | None:
    """The day stated inside the relative clause after the step's owner ("followed on Thursday
    Latvia's Saeima, which endorsed leaving in April": April), not the main clause's."""
    relative = _RELATIVE.match(view.text, owner.end)
    if relative is None:
        return None
    stop = re.compile(r"[,;]|\.(?!\d)").search(view.text, relative.end())
    end = stop.start() if stop else len(view.text)
    if _REFUSED.match(view.text, relative.end()):
        return None  # "Latvia's Saeima, which rejected leaving in 2023, endorsed the exit on ..."
    when = _date_between(view, relative.end(), end)
    return (when, True) if when else None


# a relative clause telling a step refused: the step is the main clause's, and so is its date
_REFUSED = re.compile(
    r"(?:(?:had|has|have)\s+)?(?:\w+ly\s+)?(?:rejected|refused|opposed|blocked|declined|"
    r"voted\s+(?:down|against))\b"
)


def _owner_group(view: View, owner: Mention) -> list[Mention]:
    """The states listed together whose last one a relative clause follows ("Palau and Tuvalu,
    which acceded ..."): all of them took the step, not only the last."""
    for group in actors.group_mentions(view.text, view.mentions):
        if group[-1] is owner or group[-1] == owner:
            return group
    return [owner]


def _relative_list(view: View, owner: Mention) -> list[tuple[str, str]]:
    """States listed before a relative clause that gives their dates as one list ("Palau and
    Tuvalu, which acceded in 2007 and 2011, ..."): each with its date, in order."""
    group = _owner_group(view, owner)
    relative = _RELATIVE.match(view.text, owner.end)
    if len(group) < 2 or relative is None:
        return []
    stop = re.compile(r"[;]|\.(?!\d)|,\s(?!and\s)").search(view.text, relative.end())
    end = stop.start() if stop else len(view.text)
    inside = [d for d in view.dates if d.usable and d.value and relative.end() <= d.start < end]
    codes = actors.codes(group)
    if len(inside) != len(codes) or not _coordinated_dates(view.text, inside):
        return []
    return [(c, d.value) for c, d in zip(codes, inside, strict=True) if d.value]


def _clause_subject(view: View, position: int) -> list[tuple[str, Mention | None]]:
    """The subject of the step's own clause when a semicolon or ", and" starts it and it names
    a state before the cue ("Russia is not party to the treaty; Ukraine ratified it in 2005"
    -> Ukraine); empty when the cue is in the sentence's first clause or its clause names none."""
    start, _ = _clause(view.text, position)
    inside = [m for m in view.mentions if start <= m.start and m.end <= position]
    if start == 0 or not inside:
        return []
    shifted = [replace(m, start=m.start - start, end=m.end - start) for m in inside]
    group = actors.subject_group(view.text[start:], shifted)
    chosen = [inside[shifted.index(m)] for m in group]
    return [(code, m) for m in chosen for code in m.iso3s]


def _extension(view: View, context: Context) -> list[Draft]:
    """An Article 5 deadline extended, or its extension asked for or granted (``triggers.
    EXTENSION``): ``other`` for each state whose deadline it is, dated like an announcement; a
    plan ("will ask for a further extension") is none."""
    if "xten" not in view.text:
        return []  # cheap gate: every cue says "extend" or "extension"
    match = triggers.EXTENSION.search(view.text)
    if match is None or triggers.vetoed(view.text, match.start()):
        return []
    date, own = dated(view, match.start(), context, announced=True)
    return [Draft("other", code, view, date, own) for code, _ in subject(view, context)]


# between a state and the verb it is the subject of: "as Warsaw plans to", "Latvia now plans to
# buy", "Poland has decided to"
_SUBJECT_GAP = re.compile(
    r"(?:\s+(?:has|have|had|now|also|still|is|was|will|would|plans?|planned|intends?|intended|"
    r"wants?|decided|set|going|to)){0,4}\s+"
)


def _cue_subject(view: View, position: int) -> list[tuple[str, Mention | None]]:
    """The state named right before the cue's verb, its subject ("Tusk cited threats from
    Russia as Warsaw plans to resume mine production" -> Warsaw), where the sentence's first
    state names someone else."""
    for mention in reversed(view.mentions):
        if mention.end <= position:
            if len(mention.iso3s) == 1 and _SUBJECT_GAP.fullmatch(view.text, mention.end, position):
                return [(mention.iso3s[0], mention)]
            return []
    return []


def _policy(view: View, context: Context) -> list[Draft]:
    match = triggers.POLICY.search(view.text)
    if not match or triggers.decision_vetoed(view.text, match.start(), match.end()):
        return []
    if not triggers.POLICY_CONTEXT.search(view.text):
        return []
    if triggers.OTHER_MINES_ONLY.search(view.text) and not triggers.PERSONNEL_MINES.search(
        view.text
    ):
        return []
    date, own = dated(view, match.start(), context, announced=True)
    first = _cue_subject(view, match.start()) or subject(view, context)[:1]
    # When a policy is to be implemented is a step of its own: it never merges into (and so
    # never re-dates) the sentence that reports the policy itself.
    step = "implementation" if match.group(0).lower().startswith("implementation") else None
    return [Draft("policy_change", code, view, date, own, action=step) for code, _ in first]


# a use told over the period the sentence before dated ("during the same period", "over that
# period"): the period's date
_SAME_PERIOD = re.compile(
    r"\b(?:[Dd]uring|[Ii]n|[Oo]ver|[Tt]hroughout)\s+(?:the\s+same|that|this)\s+(?:period|time)\b"
)


_QUOTE_MARKS = "\"“”‘’«'"


# a use by states or groups counted, never named, as a monitor's findings open ("Five states
# used anti-personnel mines between mid-2024 and October 2025", "at least 12 countries have
# laid mines since ..."): the period of the uses it then lists by name
_COUNTED_USERS = re.compile(
    rf"\b(?:{NUMBER})\s+(?:(?:[\w-]+\s+){{0,2}}?(?:states|countries|governments)|"
    r"(?:non-state\s+)?armed\s+groups)\s+(?:have\s+|had\s+)?(?:also\s+)?(?=\w)",
    re.IGNORECASE,
)


# a use a report's list tells of the past, not of its period ("Russian forces also used mines in
# Chechnya, it recalled", "The Taliban used mines before taking power", "for decades")
_TOLD_PAST = re.compile(
    r"\bbefore\s+(?:\w+ing|the|its|their|it|they)\b|\brecalled\b|\bin\s+the\s+past\b|"
    r"\bformerly\b|\bfor\s+(?:decades|years)\b"
)


def _reporting_period(context: Context) -> str | None:
    """The end of the reporting period that one of the three sentences before states ("During
    the reporting period (October 2015 to October 2016), the Monitor confirmed new use by ...",
    then "Non-state armed groups used antipersonnel mines in ..."), up to the chapter's heading:
    a use the report lists with no date of its own was laid within it. A use by states counted
    and not named ("Five states used mines between mid-2024 and October 2025", then "Russia,
    Myanmar and North Korea used the weapon extensively") frames the list so, by its laying
    date, where that ends no earlier than the year before publication (a monitor's period)."""
    for before in reversed(context.previous[-3:]):
        if before.sentence.headline:
            return None
        if triggers.REPORTING_PERIOD.search(before.text):
            values = [m.value for m in before.dates if m.usable and m.value]
            return max(values) if values else None
        counted = None if before.mentions else _COUNTED_USERS.search(before.text)
        if counted is not None and triggers.USE_VERB_AT.match(before.text, counted.end()):
            period = allegations.laying_date(before, counted.end(), context.anchor)
            published = context.anchor.published
            if period and (published is None or int(period[:4]) >= published.year - 1):
                return period
            return None
    return None


def labelled_period(context: Context) -> str | None:
    """The end of the period a periodic report states in a label line of its head ("Reporting
    Period: 1 July to 31 August 2023", "Reporting period: January-June 2024"), up to twenty
    sentences before: what the report tells with no date of its own (a use it lists, the
    casualties "during the reporting period") falls within it."""
    for before in itertools.islice(context.earlier(), 20):
        if _PERIOD_LABEL.match(before.text):
            values = [m.value for m in before.dates if m.value and not m.reporting]
            return max(values) if values else None
    return None


_PERIOD_LABEL = re.compile(r"(?:Reporting|Review|Covered)\s+[Pp]eriod\s*:\s*\S")


def _use(view: View, context: Context) -> list[Draft]:
    """Use allegations; an undated one takes recency from a neighbour about the same mines
    ("The mines have been planted recently in that area," right before or after)."""

    def where() -> str | None:
        borrowed = _borrowed_actor(view, context)
        return borrowed[0] if borrowed else None

    last = context.section(view)[-1:]
    mines_before = any(v.mine_context for v in last)
    following = context.following
    # a quotation opening the next paragraph continues the accuser ("X accused Y of ...",
    # then: "The mines have been planted recently," X said)
    quoted = following is not None and following.text[:1] in _QUOTE_MARKS
    laying_next = (
        following is not None
        and (following.sentence.section == view.sentence.section or quoted)
        and allegations.tells_laying(following.text)
    )
    drafts = allegations.use_drafts(view, context.anchor, where, mines_before, laying_next)
    for draft in drafts:  # "used the weapon during the same period": the period just told
        if draft.date is None and _SAME_PERIOD.search(view.text):
            draft.date = next(
                (
                    max(vs)
                    for v in last
                    if (vs := [m.value for m in v.dates if m.usable and m.value])
                ),
                None,
            )
        if draft.date is None and not _TOLD_PAST.search(view.text):
            draft.date = _reporting_period(context) or labelled_period(context)
    published = context.anchor.published
    if not drafts or published is None or published.month is None:
        return drafts
    near = [*context.section(view)[-1:], *([following] if following else [])]
    # "new mines during the reporting period" are new to the report, not of this month
    recent = not triggers.REPORTING_PERIOD.search(view.text) and any(
        (n.sentence.section == view.sentence.section or (n is following and quoted))
        and triggers.RECENT_LAYING.search(n.text)
        and not triggers.REPORTING_PERIOD.search(n.text)
        for n in near
    )
    laid = _laid_next(view, context)
    during = triggers.DURING_EPISODE.search(view.text)
    for draft in drafts:
        if draft.date is None and during is not None:  # "laid during the clashes"
            fought = next(filter(None, map(episode, context.earlier())), None)
            draft.date, draft.own_date = fought, fought is not None
        if draft.date is None and recent:
            draft.date = f"{published.year:04d}-{published.month:02d}"
        if draft.date is None and laid is not None:
            draft.date, draft.own_date = laid, True
    return drafts


def episode(view: View) -> str | None:
    """The date of a bounded episode of fighting the sentence tells ("last year's border
    fighting with Thailand", "the clashes of July 2025"): the usable date nearest the episode
    word in its clause, not the start of a period ("since the war began in 2022")."""
    match = triggers.EPISODE.search(view.text)
    if match is None:
        return None
    start, end = _clause(view.text, match.start())
    near = [
        m
        for m in view.dates
        if m.usable
        and m.value
        and not m.since
        and start <= m.start
        and m.end <= end
        and max(m.start - match.end(), match.start() - m.end) < 40
    ]
    return near[0].value if near else None


_THE_MINES_LAID = re.compile(
    r"^(?:The|These|Those)\s+(?:[\w'’-]+\s+){0,2}?(?:land)?mines\s+(?:were|had\s+been|have\s+been)\s+"
    r"(?:\w+\s+)?(?:laid|planted|dropped|scattered|placed|emplaced|buried|sown)\b"
)


def _laid_next(view: View, context: Context) -> str | None:
    """The next sentence tells when the same mines were laid ("The mines were dropped by
    drones overnight on Monday"): its date is the laying's."""
    following = context.following
    if following is None or following.sentence.section != view.sentence.section:
        return None
    match = _THE_MINES_LAID.match(following.text)
    if match is None and not following.mentions:
        # "Researchers documented mines placed in rice paddies ... between October 2023 and
        # February 2024": the same mines, told by their laying with no other user
        match = _MINES_PLACED.search(following.text)
    if match is None:
        return None
    return nearest_date(following, match.end())


_MINES_PLACED = re.compile(
    r"\b(?:land)?mines\s+(?:(?:that|which)\s+(?:had|have)\s+been\s+|(?:recently|newly)\s+)?"
    r"(?:laid|planted|placed|emplaced|buried|sown|scattered)\s+(?:in|along|around|on|near|inside|across)\b"
)


# a state named after the group as a part of its figure: "..., with Cambodia clearing the
# most (60 km2)", "including", "led by", "followed by"
_PART_NAMED = re.compile(
    r"(?:,\s*with|\bincluding|\bled\s+by|\bfollowed\s+by|\bamong\s+them|\bnotably|"
    r"\bin\s+particular)\b[^.;]{0,40}$"
)


def group_then_parts(view: View) -> bool:
    """A figure of states counted together that names states only as its parts after it ("In
    2025, a combined 300 km2 was cleared by States Parties, with Cambodia clearing the most"):
    the figure is no state's (a state's own bracketed figure stays its own)."""
    if not view.mentions or not triggers.collective(view.text):
        return False
    group = triggers.COLLECTIVE.search(view.text)
    first = view.mentions[0].start
    if group is None or group.start() > first:
        return False
    if _PART_NAMED.search(view.text, group.end(), first) is not None:
        return True
    # the group's members listed right after it ("Four countries, Syria, Myanmar, ... and
    # Ukraine, reported 900 casualties"): a figure of the group, not of its first member; a
    # step or completion so told is each member's, and stays theirs
    figure = view.quantities or view.counts.stated
    return bool(figure) and _APPOSED.fullmatch(view.text, group.end(), first) is not None


# between a counted group and the first of its members: "Four countries, Syria ...", "Three
# states - Iraq ...", "two countries (Chad and Peru)", "five states: ..."
_APPOSED = re.compile(r"\s*(?:[,:(]|\s[-–—])\s*(?:namely\s+|such\s+as\s+)?")


def _world_figure(view: View) -> bool:
    """A world figure: the world word comes before every state named ("Globally, 6,000 were
    hurt, with Myanmar recording the most": the state is a part of the total, not its place)."""
    world = triggers.world_word(view.text)
    return world is not None and all(m.start > world for m in view.mentions)


def casualty_actor(view: View, context: Context) -> str | None:
    """The state where the casualties happened; none for a world figure (``_world_figure``)."""
    if _world_figure(view) or group_then_parts(view):
        return None
    counts = view.counts
    statistic = counts.total is not None or (counts.killed or 0) + (counts.injured or 0) >= 50
    if statistic and world_report(view, context):
        return None  # "The report recorded 5,757 casualties in 2023": the world's, no one state's
    own = actors.place_state(view.text, view.mentions)
    focus = context.focus if context.focus_named else None
    if own is not None and focus is not None and focus != own and _visitors(view, own):
        # "a Syrian shepherd was injured ... near Kfarchouba" in a story about Lebanon: the
        # victim's nationality, not the place; the document's own state is
        return focus
    if own is not None:
        return own
    # "Baku says mines planted by Armenian forces have killed 360 people": the one state named
    # beside the accused is where the mines went off
    accused = actors.perpetrators(view.text, view.mentions)
    if accused:
        beside = {code for m in view.mentions for code in m.iso3s} - accused
        if len(beside) == 1:
            return beside.pop()
    borrowed = _borrowed_actor(view, context)
    if not borrowed:
        return context.dateline
    return _unblamed(view, context, borrowed[0])


def _unblamed(view: View, context: Context, borrowed: str, laid: bool = False) -> str | None:
    """Where the mines of a sentence naming no state were, given the state it borrows: the
    state just named as the one behind the mines is not where they went off, nor where they
    are cleared ("The area was mined by Russian troops ... Since then, sappers in the region
    have neutralized 70,000 objects"): take the section's topic or the document's focus
    instead, if either is another state. With ``laid``, only a sentence that tells the laying
    blames ("clearance was completed by the Sri Lanka Army" blames no one)."""
    following = context.following
    told = [view, *context.section(view)]
    if following is not None and following.sentence.section == view.sentence.section:
        told.append(following)  # "... Russian drones had dropped the mines overnight"
    blamed: set[str] = set()
    for other in told:
        if not laid or _LAID_TOLD.search(other.text):
            blamed |= actors.perpetrators(other.text, other.mentions)
    if borrowed not in blamed:
        return borrowed
    places = [  # "... mines over districts of Kherson": the place named beside the accused
        actors.place_state(v.text, [m for m in v.mentions if not set(m.iso3s) & blamed])
        for v in reversed(context.section(view))
    ]
    others = [c for c in (*places, context.topic, context.focus) if c and c not in blamed]
    if others:
        return others[0]
    # no other state: a region of the accused's own named as the place ("Myanmar's forces
    # planted mines along the border ... in Rakhine State"): they mined their own ground
    # (a first-level subdivision beside the accused's name counts: "Soldiers from Myanmar's
    # military laid mines ... in Sagaing Region's Kani township")
    regions = [
        m.iso3s[0]
        for v in reversed(context.section(view))
        for m in [*v.mentions, *find_subdivisions(v.text)]
        if m.kind == "region" and len(m.iso3s) == 1
    ]
    if regions:
        return regions[0]
    return context.dateline if context.dateline not in blamed else None


_LAID_TOLD = re.compile(
    r"\b(?:laid|planted|mined|sown|scattered|emplaced|booby-trapped|dropped|left\s+behind)\b"
)


def _visitors(view: View, code: str) -> bool:
    """``code`` is named in the sentence only as the nationality of civilian victims ("a Syrian
    shepherd", "two Afghan refugees"): who they are, not where they were hurt. Soldiers,
    police and guards serve in their own state and are left out."""
    named = [m for m in view.mentions if code in m.iso3s]
    return bool(named) and all(
        m.kind in ("adjective", "demonym") and _CIVILIAN_AFTER.match(view.text, m.end)
        for m in named
    )


_CIVILIAN_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:shepherds?|herders?|farmers?|labou?rers?|workers?|refugees?|"
    r"migrants?|nationals?|citizens?|tourists?|traders?|truck\s+drivers?|drivers?|"
    r"woodcutters?|fishermen|fisherman|men|man|women|woman|boys?|girls?|child(?:ren)?)\b"
)


# a person "blown up by a mine" (as translated news writes it), then taken to hospital or
# operated on in the next sentence: one injured (README: nothing inferred past what is told)
_BLOWN_UP = re.compile(
    r"\b(?:was|got)\s+(?:\w+\s+)?blown\s+up\s+(?:by|on)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:land)?mine\b"
)
_TREATED = re.compile(
    r"^(?:He|She)\s+(?:was|is|has\s+been)\b[^.;]{0,60}?\b(?:hospital\w*|evacuated|treated|"
    r"amputat\w+|operated)"
)


def _casualty(view: View, context: Context) -> list[Draft]:
    if not impacts.may_tell_casualties(view) and not _BLOWN_UP.search(view.text):
        return []  # cheap gate: no count, casualty word or blast (most sentences)
    if triggers.other_weapon_only(view.text):
        return []  # "a car bomb exploded ..., wounding a driver": no mine harmed anyone
    previous = context.previous[-1] if context.previous else None
    drafts = impacts.casualty_drafts(view, previous, casualty_actor(view, context))
    following = context.following
    if (
        not any(d.type == "casualty_incident" for d in drafts)
        and following is not None
        and _BLOWN_UP.search(view.text)
        and _TREATED.match(following.text)
    ):
        where = actors.find_location(view.text)
        drafts = [Draft("casualty_incident", casualty_actor(view, context), view, location=where)]
        drafts[0].injured = 1
    section = context.section(view)
    # the incident told just before, with no victims of its own: "The second incident was
    # recorded in ... A resident was hurt" (after "three soldiers were injured in a separate
    # incident", "One lost his ankle" is one of them)
    told = section[-1].text if section and not section[-1].counts.any else ""
    if _ONE_OF_THEM.match(told) or triggers.SEPARATE_INCIDENT.search(told):
        for draft in drafts:
            draft.apart = True
    # dated in the clause of the harm: "dropped on Monday, and three were hurt on Tuesday"
    harm = triggers.HARM.search(view.text) if drafts else None
    position = harm.start() if harm else max(view.text.find(" "), 0)
    own = impacts.without_compared(view) if drafts else view
    for draft in drafts:
        draft.period = period_counts(draft)
        draft.date, draft.own_date = dated(own, position, context)
        if draft.date is None:
            draft.date = _day_before_told(view, context)
            draft.own_date = draft.date is not None
        # "The same day, a woman was injured ...": another incident of that day
        draft.apart = draft.apart or (draft.date is not None and bool(_SAME_DAY.match(view.text)))
        if draft.blast and not draft.own_date:
            draft.date = None
        if draft.date is None and not draft.blast:
            draft.date = _blast_date(view, context)
        if draft.date is None and draft.quantity is None:
            draft.date = detail_date(view, context)
        if (draft.date is None or len(draft.date) < 10) and draft.quantity is None:
            retold = _retold_day(view, context)  # "last week", then "The two ... on Aug. 4"
            if retold is not None and retold.startswith(draft.date or ""):
                draft.date = retold
        if draft.date is None and draft.quantity is not None:
            draft.date = figure_series_date(view, context)
        if draft.date is None and triggers.REPORTING_PERIOD.search(view.text):
            draft.date = labelled_period(context)  # "During the reporting period, ... 94"
    # "..., down from 1,474 in 2020": the earlier figure is a claim of its own, of its year
    main = next((d for d in drafts if d.type == "casualty_incident"), None)
    for twin, year in impacts.compared_drafts(main) if main is not None else []:
        twin.date, twin.own_date = year, True
        drafts.append(twin)
    return drafts


def figure_series_date(view: View, context: Context) -> str | None:
    """The period of a total that continues the figures before it (``_series_date``); a
    ranking opening its paragraph ("Myanmar recorded the most, 1,003, ahead of Syria with
    933") ranks the states of the total told in the paragraph before. Every reader."""
    series = _series_date(view, context)
    if series is None and _ranks_states(view):
        return _total_before(view, context)
    return series


def ranked_totals(
    view: View, context: Context, parse: Callable[[str], float | None], least: int = 2
) -> list[Draft]:
    """A ranking of states by their victims with no count of its own, each with its figure
    ("Birmania registró el mayor número de víctimas, con 1.003, seguida de Siria (933)"; "il
    Paese con il maggior numero di vittime è il Myanmar, con 1.003"): one total per ranked
    state (``actors.ranked``, ``least`` of them), dated by the sentence, else by the total
    before it (``figure_series_date``). The lexicon and Spanish readers; ``parse`` reads a
    figure in their writing."""
    drafts = []
    for start, code in actors.ranked(view.text, view.mentions, least).items():
        figure = _FIGURE_AT.match(view.text, start)
        value = parse(figure.group(0)) if figure else None
        if value is None or not float(value).is_integer():
            continue
        draft = Draft("casualty_incident", code, view, quantity=int(value), unit="casualties")
        dated = [m for m in view.dates if m.usable and m.value]
        if dated:
            draft.date, draft.own_date = max(dated, key=lambda m: len(m.value or "")).value, True
        else:
            draft.date = figure_series_date(view, context)
        drafts.append(draft)
    return drafts


_FIGURE_AT = re.compile(r"\d[\d.,\u00a0 ]*\d|\d")


def _total_before(view: View, context: Context) -> str | None:
    """The date of the last dated figure told before in the section or the paragraph before,
    nearest its first number."""
    for previous in reversed([*_paragraph_before(view, context), *context.section(view)]):
        figure = _NUMBER_AT.search(previous.text, dateline_end(previous.text))
        if previous.counts.stated and figure is not None:
            value = nearest_date(previous, figure.start())
            if value is not None:
                return value
    return None


_NUMBER_AT = re.compile(r"\d")


def _ranks_states(view: View) -> bool:
    """The sentence ranks states by their own figures (``actors.ranked``) or shares."""
    return bool(actors.ranked(view.text, view.mentions)) or actors.share_of_total(
        view.text, view.mentions
    )


def _day_before_told(view: View, context: Context) -> str | None:
    """A day told by its distance from the day of the sentence before ("Two deminers were
    hurt on Friday. A day earlier, a woman was killed by a mine"; "... two days later"; "The
    same day, ..." is no distance): that day, counted from the latest full date of the
    nearest sentence of the section stating one.
    None where the sentence tells no such distance or no sentence before states a day."""
    shift = day_shift_told(view.text)
    same = shift is None and _SAME_DAY.match(view.text) is not None
    if (shift is None and not same) or any(m.usable for m in view.dates):
        return None
    if shift is not None and _VICTIM_BEFORE.match(view.text, shift.end()):
        return None  # "Two days later, he died in hospital": the victim told before, no new one
    for previous in reversed(context.section(view) or _paragraph_before(view, context)):
        days = [m.value for m in previous.dates if m.usable and m.value and len(m.value) == 10]
        if days:
            return max(days) if shift is None else shifted_day(shift, max(days))
    return None


def _paragraph_before(view: View, context: Context) -> list[View]:
    """The sentences (up to three) of the paragraph just before ``view`` when ``view`` opens its
    own: a paragraph that opens on a day's distance ("A day earlier, a man was killed ...")
    counts it from the incident told at the end of the one before. A headline before it is
    no such paragraph."""
    if not context.previous or context.previous[-1].sentence.headline:
        return []
    last = context.previous[-1].sentence.section
    if last == view.sentence.section:
        return []
    return [v for v in context.previous[-3:] if v.sentence.section == last]


# another incident told on the day of the one before ("The same day, a woman was injured by a
# mine in her garden"): that day, and never the same incident (``Draft.apart``)
# a pronoun after it tells more of the victim before ("The same day, he died in hospital")
_VICTIM_PRONOUN = r"(?:he|she|they|it|his|her)\b"
_SAME_DAY = re.compile(rf"^(?:On\s+)?(?:[Tt]he|[Tt]hat)\s+same\s+day\b,?\s+(?!{_VICTIM_PRONOUN})")
# a pronoun right after a day's distance: the victim of the sentence before ("Two days later, he
# died in hospital", "The next day, she lost her leg"), never another incident
_VICTIM_BEFORE = re.compile(rf",?\s+{_VICTIM_PRONOUN}")


def _series_date(view: View, context: Context, cleared: bool = False) -> str | None:
    """A total in a round-up continues the figures before it ("... 6,300 casualties in 2025.
    Myanmar recorded the most, with 1,100"): the period of the section's last dated figure;
    with ``cleared``, of its last cleared figure ("cleared 38 square kilometres across 14
    countries in 2025. In Laos alone, its teams cleared 9.2 ...")."""
    before = context.section(view)
    text = view.text
    if not cleared and not before and not any(m.value for m in view.dates):
        # a breakdown opening the next paragraph ("... 6,897 casualties in 2018.", then "The
        # highest numbers were recorded in Afghanistan (2,234) and Syria (1,465)") continues
        # the dated total of the paragraph before, of a period ("Of these, 3,059 were killed"
        # after it states none; an incident's day is no series: "A mine killed two on
        # Monday.", then "More than 20,000 have been hurt"); a date of its own, even a
        # period's start, tells another period
        before = [
            v
            for v in _paragraph_before(view, context)
            if any(m.usable for m in v.dates)
            and all(len(m.value or "") < 10 for m in v.dates if m.usable)
        ]
    back = _WORK_BACK.match(text) or _ALSO_WORK.search(text) or _PERIOD_BACK.search(text)
    if cleared and context.previous and back and (not before or _PERIOD_BACK.search(text)):
        # "During the operations, ..." opening a paragraph; "over the same period" past a
        # paragraph of another kind ("The minefields were laid ... in 1995")
        last = context.previous[-3:] if _PERIOD_BACK.search(text) else context.previous[-1:]
        before = [v for v in last if not v.sentence.headline]
    for previous in reversed(before):
        figure = previous.counts.stated
        if cleared:
            figure = bool(previous.quantities) and bool(
                triggers.CLEARANCE_WORDS.search(previous.text)
                or triggers.CLEARANCE_AREA.search(previous.text)  # "released 2.9 km2"
                or _WORK_BACK.match(view.text)
            )
            # the land handed over or the work finished, told with its day ("ZIMAC yesterday
            # handed over the strip after it was cleared. Teams had removed 5,430 mines ...")
            figure = figure or bool(_WORK_DONE.search(previous.text))
        if figure:
            values = [m.value for m in previous.dates if m.usable and m.value]
            if values or not cleared:
                return max(values) if values else None
            # an undated cleared figure continues the series too ("In Laos alone, ... In
            # Lebanon, ..."): look further back for the period
    return None


def detail_date(
    view: View, context: Context, blast: Callable[[str], bool] | None = None
) -> str | None:
    """The day told in the next sentence of the section when it only details the incident just
    told, with no victims of its own ("A farmer was killed by a landmine in Bosnia. He had
    stepped on the device on Wednesday while collecting wood."; "... ist ein Landwirt durch eine
    Landmine ums Leben gekommen. Der Mann sei am Mittwoch ... auf einen Sprengkörper getreten"):
    the harm's day. Every reader; ``blast`` says whether a sentence tells the blast or the harm
    (English ``_DETAIL_BLAST`` unless given): a next sentence that tells neither ("Deminers
    surveyed the field on Wednesday") is about something else and lends no day."""
    counts = view.counts
    if counts.total is not None or (counts.killed or 0) + (counts.injured or 0) >= 50:
        return None  # a statistic, not one incident (as the publication-month rule)
    following = context.following
    if following is None or following.sentence.section != view.sentence.section:
        return None
    if not following.mine_context or following.counts.stated:
        return None
    told = blast(following.text) if blast else bool(_DETAIL_BLAST.search(following.text))
    if not told:
        return None
    if any(v.mine_context for v in context.section(view)[-1:]):
        return None  # a detail of an incident told before ("One soldier lost his ankle")
    days = {m.value for m in following.dates if m.usable and m.value and len(m.value) == 10}
    return days.pop() if len(days) == 1 else None


def _retold_day(view: View, context: Context) -> str | None:
    """The next sentence (the next paragraph's first too) names the same victims again, by the
    same count and harm, to give their day ("... mines that maimed two soldiers last week."
    then "The two staff sergeants were wounded on Aug. 4 while on patrol"): the incident's
    day. Another count, or victims told without "the", are other people: None."""
    following = context.following
    counts = view.counts
    if following is None or following.sentence.headline or not counts.any or counts.total:
        return None
    if _RETOLD.match(following.text) is None or following.counts != counts:
        return None
    days = {m.value for m in following.dates if m.usable and m.value and len(m.value) == 10}
    return days.pop() if len(days) == 1 else None


_RETOLD = re.compile(
    r"(?:The|Both|All)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:were|was)\s+(?:\w+ly\s+)?(?:killed|wounded|injured|hurt|maimed)\b"
)


# the blast or the harm itself, told in the sentence after an incident (``detail_date``): "he had
# stepped on the device", "the explosion happened", "the car ran over a mine", "was wounded"
_DETAIL_BLAST = re.compile(
    r"\b(?:st(?:e|a)pp(?:ed|ing)\s+on|steps\s+on|trod(?:den)?\s+on|treads?\s+on|trigger\w*|"
    r"detonat\w*|explo(?:ded|des|ding|sions?)|blasts?|blew\s+up|blown\s+up|went\s+off|"
    r"goes\s+off|set\s+off|(?:drove|driven|drives|ran|runs|run)\s+over|hit|hits|struck|"
    r"killed|died|injur\w+|wounded|hurt|maimed|amputat\w+)\b",
    re.IGNORECASE,
)
# a figure that opens on the work told just before it: "During the operations, 612 mines were
# destroyed", "The haul included 22 anti-personnel mines", "In the course of this work, ..."
_WORK_BACK = re.compile(
    r"^(?:(?:During|Throughout|In\s+the\s+course\s+of|In|Over)\s+(?:the|these|this|those|that)\s+"
    r"(?:[\w-]+\s+)?(?:operations?|works?|tasks?|activities|clearance|survey|campaign|effort)\b|"
    r"(?:The|This|That)\s+(?:haul|finds?|seizure|tally|yield)\b|"
    r"Of\s+(?:these|those|them|this|that|the\s+total)\b)"
)
# more of the work just told: "Teams also removed 212 mines", "Landmines were also found"
_ALSO_WORK = re.compile(
    r"\balso\s+(?:[\w-]+\s+){0,2}?(?:cleared|removed|destroyed|found|released|demined|"
    r"neutrali[sz]ed|recovered|located|disposed)\b"
)
# the period of the work just told: "were found and destroyed during the year"
_PERIOD_BACK = re.compile(
    r"\b(?:[Dd]uring|[Ii]n|[Oo]ver)\s+(?:the|that)\s+(?:same\s+)?(?:year|period)\b"
)
# clearance work finished or its land handed over, told in a sentence of its own
_WORK_DONE = re.compile(
    r"\b(?:handed|handing|hands)\s+(?:over|back)\b[^.;]{0,120}?\b(?:mine\s?fields?|cleared|"
    r"clearance|demin\w+|mined)\b|\b(?:mine\s?fields?|clearance|demining)\b[^.;]{0,80}?\b"
    r"(?:handed\s+(?:over|back)|was\s+(?:completed|finished|concluded))\b"
)


def _blast_date(view: View, context: Context) -> str | None:
    """The harm told right after the blast ("A mine went off under a herder on 9 May. Part
    of his foot was amputated.") or the incident ("The incident happened on Saturday near
    Kandahar. Three children were killed ..."): a sentence naming no other state than that
    one takes its date."""
    section = context.section(view)
    if not section:
        return None
    told = section[-1]
    ordinal = _ONE_OF_THEM.match(told.text)  # "One of them occurred near ..."
    if not (
        ordinal or triggers.BLAST.search(told.text) or triggers.INCIDENT_TOLD.search(told.text)
    ):
        return None
    there = {code for m in told.mentions for code in m.iso3s}
    if any(code not in there for m in view.mentions for code in m.iso3s):
        return None  # "... in Iraq. A farmer was injured by a mine in Syria": another incident
    values = [m.value for m in told.dates if m.usable and m.value]
    if not values and ordinal:
        return _counted_incidents_date(context)
    return max(values) if values else None


# an incident told by its order among incidents counted before ("Two mine incidents occurred
# on April 6. One of them occurred in ... The second incident was recorded in ...")
_ONE_OF_THEM = re.compile(
    r"^(?:One\s+of\s+(?:them|these|those)|The\s+(?:first|second|third|other|latter|former)\s+"
    r"(?:(?:mine\s+)?(?:incident|explosion|blast|accident)|one))\b"
)
_COUNTED_INCIDENTS = re.compile(
    r"\b(?:[Tt]wo|[Tt]hree|[Ff]our|[2-9])\s+(?:(?:separate|new|more|(?:land)?mine)\s+)*"
    r"(?:incidents|explosions|blasts|accidents)\b"
)


def _counted_incidents_date(context: Context) -> str | None:
    """The date of the incidents the document counted before ("two mine incidents occurred in
    Azerbaijan on April 6"), for one of them told by its order: the latest sentence that
    counts incidents, within the eight before."""
    for earlier in itertools.islice(context.earlier(), 8):
        if _COUNTED_INCIDENTS.search(earlier.text):
            values = [m.value for m in earlier.dates if m.usable and m.value]
            return max(values) if values else None
    return None


def _destroyers(view: View, context: Context, codes: list[str]) -> list[str]:
    """Who destroyed a stock: the subject, unless the only states named are places ("was
    destroyed at a facility in Bulgaria": where, not who), then the section's state."""
    group = actors.subject_group(view.text, view.mentions)
    if group and all(actors.placed(view.text, m) for m in group):
        return _borrowed_actor(view, context) or codes
    return codes


# "cleared 9.2 square kilometres and destroyed 14,300 cluster submunitions": the figures of
# the clause before the coordinated verb are not about cluster munitions
_NEXT_CLAUSE = re.compile(r",?\s+(?:and|while)\s+(?:also\s+)?[a-z]+ed\b")


# cluster munitions named as a part of the items counted before, after a comma: "destroyed
# 14,200 items of unexploded ordnance, most of them cluster submunitions" is a UXO figure
_CLUSTER_DETAIL = re.compile(
    r",\s+(?:(?:most|many|some|much|all|the\s+majority)\s+of\s+(?:them|which|it)|mostly|mainly|"
    r"largely|chiefly|including)\b[^.;,]{0,40}$"
)


# land contaminated by mines and cluster munitions together ("cleared 1.6 km2 of land
# contaminated by mines and cluster munitions"): the kind of land cleared, no figure of them
_MIXED_LAND = re.compile(
    r"\b(?:contaminat\w*|affected|polluted|littered|strewn|infested)\s+(?:by|with)\s+"
    r"(?:(?:land\s?)?mines|cluster\s+munitions)\s+(?:and|or|as\s+well\s+as)\s+"
    r"(?:(?:land\s?)?mines|cluster\s+munitions|(?:cluster\s+)?submunitions)\b",
    re.IGNORECASE,
)
# a count of cluster munitions listed after the mine figures: "destroying 1,038
# anti-personnel mines and 2,260 cluster submunitions" (its figure and the list word before it)
_CLUSTER_COUNT = re.compile(rf"(?:,|\s+and|\s+as\s+well\s+as)\s+{NUMBER}\s+(?:[\w-]+\s+){{0,2}}?$")


def _cluster_named(text: str) -> re.Match[str] | None:
    """The first cluster munition that is not part of the land's kind (``_MIXED_LAND``)."""
    mixed = [m.span() for m in _MIXED_LAND.finditer(text)]
    for cluster in triggers.CLUSTER.finditer(text):
        if not any(start <= cluster.start() < end for start, end in mixed):
            return cluster
    return None


def _before_cluster(view: View) -> View | None:
    """``view`` with only the figures told before a clause about cluster munitions (whose
    figures are outside the mine counts), or before a count of them listed after the mines
    ("destroying 1,038 anti-personnel mines and 2,260 cluster submunitions"); None when the
    first clause is about them. Land "contaminated by mines and cluster munitions" is the
    land cleared, no clause about them (``_MIXED_LAND``)."""
    if triggers.CLUSTER.search(view.text) is None:
        return view
    cluster = _cluster_named(view.text)
    if cluster is None or _CLUSTER_DETAIL.search(view.text, 0, cluster.start()):
        return view
    cuts = [m.start() for m in _NEXT_CLAUSE.finditer(view.text, 0, cluster.start())]
    counted = _CLUSTER_COUNT.search(view.text[: cluster.start()])
    if counted is not None:
        cuts.append(counted.start())
    if not cuts:
        return None
    cut = max(cuts)
    kept = [q for q in view.quantities if q.end <= cut]
    return replace(view, quantities=kept) if kept else None


def _own_places(view: View, drafts: list[tuple[Draft, int]]) -> None:
    """Several states named as places ("In Lebanon, deminers removed 412 mines, while in Iraq
    the group cleared 6.1 square kilometres"): each figure is the last one's before it."""
    placed = [m for m in view.mentions if len(m.iso3s) == 1 and actors.placed(view.text, m)]
    if len({m.iso3s[0] for m in placed}) < 2:
        return
    for draft, position in drafts:
        before = [m for m in placed if m.start < position]
        if before:
            draft.actor = before[-1].iso3s[0]


def _stockpile_or_clearance(view: View, context: Context) -> list[Draft]:
    if not impacts.may_tell_figures(view):
        return []  # cheap gate: no figure, destruction or completion cue (most sentences)
    figures = _before_cluster(view)
    if figures is None:
        return []  # cluster-munition figures are outside the mine counts
    view = figures
    pairs = subject(view, context)
    codes = [code for code, _ in pairs]
    standing = impacts.other_drafts(view, codes)
    if standing:
        for draft, position in standing:
            draft.date, draft.own_date = dated(view, position, context)
        return [draft for draft, _ in standing]
    previous = context.previous[-1] if context.previous else None
    cluster_before = previous is not None and triggers.CLUSTER.search(previous.text)
    if cluster_before and triggers.ANAPHORIC.match(view.text):
        return []  # "A total of ..." right after a cluster-munition figure is about them too
    mine_context = view.mine_context or (previous is not None and previous.mine_context)
    drafts: list[Draft] = []
    destroyers: list[str | None] = []
    if triggers.STOCKPILE.search(view.text):
        destroyers = [*_destroyers(view, context, codes)]
        if triggers.collective(view.text) and not actors.subject_group(view.text, view.mentions):
            destroyers = [None]  # "With Chad's announcement, 94 States Parties have destroyed"
        if not destroyers and group_figure(view, context):
            destroyers = [None]  # "Collectively, States Parties have destroyed ..."
    # the whole programme's total told in a paragraph after the stock's ("In total, the army
    # has destroyed 12,121 mines since the programme began"): the stock told before it counts
    before = context.previous if triggers.WHOLE_PROGRAMME.search(view.text) else None
    told = bool(destroyers) and impacts.stock_told(before or context.section(view))
    for draft in impacts.stockpile_drafts(view, destroyers, mine_context, told):
        match = triggers.STOCKPILE.search(view.text)
        draft.date, draft.own_date = dated(view, match.start() if match else 0, context)
        drafts.append(draft)
        total = _brought_to(view)
        if total is not None and draft.quantity is not None and total != draft.quantity:
            drafts.append(replace(draft, quantity=total, unit="mines", total_of=draft))
    where = actors.place_named(view.text, view.mentions)
    places: list[str | None] = [where] if where else list(codes)
    if not where and len(pairs) == 1 and pairs[0][1] is None:
        places = [_unblamed(view, context, codes[0], laid=True)]  # never who laid them
    army = actors.military(view.text, view.mentions) if codes and not where else set()
    if army and set(codes) <= army - actors.forces_at_work(view.text, view.mentions):
        places = list(_borrowed_actor(view, context)) or places  # "since Russian troops left"
    if not where and codes and triggers.FUNDED_WORK.search(view.text):
        places = [None]  # "The UK ... funded the clearance of 12.4 km2": the donor, no place
    own_total = not codes and _own_total_of_many(view, context)
    if own_total:
        places = [None]  # "We have cleared 874 km2", by an operator present in 47 countries
    parts = group_then_parts(view)
    if _world_figure(view) or parts or (not codes and group_figure(view, context)):
        places = [None]  # "operators worldwide cleared 230 km2, with Cambodia ...": no state
    elif not where and world_report(view, context):
        places = [None]  # "according to Landmine Monitor ... 170 km2 was cleared in 2015"
    section = context.section(view)
    about = bool(section) and bool(triggers.CLEARANCE_WORDS.search(section[-1].text))
    cleared = impacts.clearance_drafts(view, places, about)
    if len(places) == 1 and places[0] is not None:
        _own_places(view, cleared)
    cleared = _each_ranked(view, cleared, 1 if parts else 2)
    work = _without_laying(view) if cleared else view
    for draft, position in cleared:
        completion = draft.quantity is None  # a declared completion is dated by its declaration
        draft.date, draft.own_date = dated(work, position, context, completion)
        opened = None if completion else _opened_in_clause(work, position, context.anchor)
        if opened is not None:
            draft.date, draft.own_date = opened, True
        if not draft.own_date and not completion:
            # a figure that refers back ("over the same period") takes the period of the
            # cleared figure before it, not a date of another kind told in between ("The
            # minefields were laid ... during the 1995 war")
            draft.date = _series_date(view, context, cleared=True) or draft.date
        own = _listed_date(view, draft.actor, context.anchor)  # "Senegal (in March), Niger ..."
        if own is not None:
            draft.date, draft.own_date = own, True
        if draft.date is None and own_total and _UP_TO_NOW.search(view.text):
            draft.date = _published(context.anchor)
        drafts.append(draft)
    return _each_completion(view, _with_parts(view, drafts))


def world_report(view: View, context: Context, world: Callable[[View], bool] | None = None) -> bool:
    """A figure naming no state in a report about the world: the text has spoken of the world
    before (``world``: a world word, the Landmine Monitor; ``triggers.about_world`` unless the
    language has its own) and named three states or more, so no one of them is the figure's
    ("according to Landmine Monitor ... used mines in Afghanistan, Iraq, Syria and Yemen. More
    than 170 km2 of land was cleared in 2015": the world's, not Yemen's). Asked of a clearance
    figure's sentence and of a casualty statistic's (``casualty_actor``). An English figure of
    "the province" or "the country" (``_ONE_PLACE``) is one state's, never the world's."""
    if view.mentions or (world is None and _ONE_PLACE.search(view.text)):
        return False
    about = world or (lambda v: triggers.about_world(v.text))
    named: set[str] = set()
    spoke = False
    for earlier in context.earlier():
        named.update(code for m in earlier.mentions for code in m.iso3s)
        spoke = spoke or about(earlier)
    return spoke and len(named) >= _MANY_NAMED


_MANY_NAMED = 3
# a place of one state told back ("55 people had been killed by mines in the province since 2020",
# "Across the country, deminers cleared ..."): the story has come down from the world to one state
_ONE_PLACE = re.compile(
    r"\b(?:in|across|throughout|of)\s+the\s+(?:province|district|region|country|governorate|"
    r"village|town|city|county|area)\b|\bthe\s+country's\b",
    re.IGNORECASE,  # "Across the country, deminers cleared 500 km2 in 2024"
)


def _opened_in_clause(view: View, position: int, anchor: Anchor) -> str | None:
    """A figure whose own clause counts from a start and tells no date of the work ("..., while
    the army said on Friday that a further 1,300 hectares had been released since January"): a
    running total up to the statement's month, else the publication's, never a date of another
    clause ("24,000 mines destroyed last year, while ..."). None where the clause has a date of
    its own or counts from no start."""
    start, end = _clause(view.text, position)
    inside = [m for m in view.dates if start <= m.start and m.end <= end]
    if not any(m.since for m in inside) or any(m.usable for m in inside):
        return None
    if any(closes_range(view.text, view.dates, m) for m in inside if m.since):
        return None  # "between May, 2015, and June, 2016": the period's end is told, past a cut
    if not any(m.usable for m in view.dates):
        return None  # no other clause's date to keep out: the usual path dates it
    spoken = [m.value for m in inside if m.announced and m.value]
    return spoken[0][:7] if spoken else _published(anchor)


# a total told in the present perfect runs up to the time of writing: "we have cleared"
_UP_TO_NOW = re.compile(r"\b(?:have|has)\s+(?:now\s+|so\s+far\s+)?(?:cleared|destroyed|removed)\b")


def _published(anchor: Anchor) -> str | None:
    """The publication month, or year where only that is known (README rule 5: a period's
    end, at most as fine as a running total's, ``running_total``)."""
    return anchor.published.iso()[:7] if anchor.published is not None else None


# a running total reached by the event just told: "bringing to 150,050 the number of mines
# destroyed", "bringing the total destroyed since 2004 to 150,050"
_BRINGING = re.compile(
    rf"\bbringing\s+(?:to\s+(?P<a>{NUMBER})\s+the\s+(?:total|number|tally)\b|"
    rf"(?:the|its|their)\s+(?:total|number|tally)\b[^.;]{{0,60}}?\bto\s+(?P<b>{NUMBER}))",
    re.IGNORECASE,
)


def _brought_to(view: View) -> int | None:
    """The figure a running total was brought to in this sentence (``_BRINGING``), or None."""
    if "bringing" not in view.text:
        return None  # cheap gate
    match = _BRINGING.search(view.text)
    if match is None:
        return None
    return as_count(parse_number(match.group("a") or match.group("b")))


def _own_total_of_many(view: View, context: Context) -> bool:
    """An organisation speaking of its own figure ("We have cleared 874 km2 of land") naming no
    state, in a text that has told it works across many states ("present in 47 countries",
    "one of the leading operators worldwide"): the organisation's total, no state's (eval-dev
    README: aggregates have a null actor). Only the organisation's own words count ("we have
    been present in 47 countries"), not a world figure of someone else's told before; where the
    text never said so, the figure stays unplaced (``_borrowed_actor`` lends no state to a
    first-person sentence)."""
    if view.mentions or not triggers.FIRST_PERSON.match(view.text):
        return False
    return any(
        _WE.search(v.text) is not None and triggers.about_world(v.text)
        for v in itertools.islice(context.earlier(), 12)
    )


# the organisation speaking of itself: "we have been present in 47 countries"
_WE = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Oo]urs)\b")


# a part of a figure told after it, in the figure's unit: "destroyed 55 million ...,
# including 42,000 destroyed in 2024"
# "destroyed 1,568,167 since 2004, the last 342,991 of them between April 2023 and May 2025"
_PART = re.compile(
    rf",?\s+(?:including|(?:with\s+)?the\s+(?:last|final)(?=\s+[^.;]{{1,20}}?\s+of\s+"
    rf"(?:them|these|those|which)\b))\s+(?:more\s+than\s+|over\s+|about\s+|some\s+|"
    rf"at\s+least\s+|almost\s+)?(?P<n>{NUMBER})"
    rf"(?![\d,.]|\s*(?:%|per\s*cent|km|sq|square|hectares|ha\b|m2|m²))"
)


def _with_parts(view: View, drafts: list[Draft]) -> list[Draft]:
    """A figure and a dated part of it ("have destroyed more than 55 million stockpiled mines
    since ..., including more than 42,000 destroyed in 2024"): two claims, the part dated by
    the first date after it, the whole by a date before the part only."""
    if "including" not in view.text and " of them" not in view.text:
        return drafts  # cheap gate
    out = list(drafts)
    for draft in drafts:
        if draft.quantity is None or draft.type != "stockpile_destruction":
            continue
        part = _PART.search(view.text)
        value = as_count(parse_number(part.group("n"))) if part else None
        if part is None or value is None or value == draft.quantity:
            continue
        when = _date_between(view, part.end(), len(view.text))
        if when is None:
            continue
        before = [m.value for m in view.dates if m.usable and m.value and m.end <= part.start()]
        draft.date, draft.own_date = (before[-1], True) if before else (None, False)
        # the part is a claim of its own period, never the completion told beside it
        out.append(replace(draft, quantity=value, date=when, own_date=True, apart=True))
    return out


def _each_ranked(
    view: View, drafts: list[tuple[Draft, int]], least: int = 2
) -> list[tuple[Draft, int]]:
    """A ranking ("reported by Cambodia (60.3 km2), Croatia (45.6 km2) and Iraq (38.4 km2)"),
    or ``least`` states with their own figure: each figure is its own state's, once
    (``actors.ranked``)."""
    ranks = actors.ranked(view.text, view.mentions, least)
    if not ranks:
        return drafts
    kept: list[tuple[Draft, int]] = []
    seen: set[tuple[int, str | None]] = set()
    for draft, position in drafts:
        draft.actor = ranks.get(position, draft.actor)
        if (position, draft.actor) not in seen:
            seen.add((position, draft.actor))
            kept.append((draft, position))
    return kept


# when the mines were laid, told inside a clearance sentence ("destroyed 3,412 mines, many of
# them laid during the fighting of 1987-88"): the laying's date, not the clearing's
_LAID_BEFORE = re.compile(
    r"\b(?:laid|planted|placed|emplaced|sown|scattered|left\s+behind)\b"
    # up to the date, with no verb of the work in between ("planted along the borders by the
    # colonial army between 1956 and 1959"; "laid in the 1990s were cleared in 2016" is not)
    r"(?:(?!\b(?:cleared|clearing|removed|destroyed|completed|completing|released|demined)\b)"
    r"[^.;,]){0,90}$"
)


def _without_laying(view: View) -> View:
    """``view`` without the dates that tell when the mines cleared were laid."""
    kept = [
        m for m in view.dates if not _LAID_BEFORE.search(view.text, max(0, m.start - 110), m.start)
    ]
    return view if len(kept) == len(view.dates) else view.with_dates(kept)


def _each_completion(view: View, drafts: list[Draft]) -> list[Draft]:
    """Completions of states listed each with its date ("completed clearance this year: Serbia
    in April and Peru in October") are one claim per state, dated by its own date."""
    done = [d for d in drafts if d.type == "clearance_progress" and d.quantity is None]
    pairs = dated_list(view) if done else []
    if not pairs:
        return drafts
    kept = [d for d in drafts if d not in done]
    return kept + [replace(done[0], actor=code, date=when, own_date=True) for code, when in pairs]
