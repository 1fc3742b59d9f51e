"""One event stated twice is one candidate: merge drafts that cannot be told apart.

Two drafts merge when they share type, state and action, their dates agree (one unknown, or
one a refinement of the other), and their numbers agree (or one is missing; a declared
clearance completion and a cleared figure stay two claims, and so do a casualty total and an
incident with its own counts). An undated
part-count ("Of these, four lost legs") folds into the count it is part of; a sentence that
says "another" or "separate" starts a new incident.
"""

from __future__ import annotations

import re

from minewatch.domain.kinds import AREA_UNIT_M2
from minewatch.extract import triggers
from minewatch.extract.dates import DateMention
from minewatch.extract.drafts import Draft, View
from minewatch.extract.numbers import NUMBER, parse_number


def merge_drafts(drafts: list[Draft]) -> list[Draft]:
    kept: list[Draft] = []
    for draft in drafts:
        if draft.died_later and _died_of_wounds(kept, draft):
            continue
        if draft.more_victims and _more_victims(kept, draft):
            continue
        target = next((k for k in reversed(kept) if _same_event(k, draft)), None)
        if target is None and (_headline_retold(kept, draft) or _detail_of(kept, draft)):
            continue
        if target is None:
            draft.merged = [draft.view]
            _ends_with_completion(kept, draft)
            kept.append(draft)
        else:
            draft.absorbed_into = target
            _absorb(target, draft)
    for draft in kept:
        _date_as_its_event(draft)
    return [d for d in kept if not _stock_told_below(d, kept) and not _title_told_below(d, kept)]


def _headline_retold(kept: list[Draft], body: Draft) -> bool:
    """A headline's casualty told again by the body under another state, or none: the same
    counts ("Mine blast kills three, injures four near Yei" then "Three people were killed and
    four others injured ..."; "Two nomads killed by Moroccan landmine" then "Two nomads were
    killed on Saturday ... near the Moroccan wall"; "oltre 5.700 vittime nel 2023, il Myanmar in
    testa" then "5.757 vittime in tutto il mondo"), agreeing dates, no cue of another incident:
    one claim, merged into the headline. Its state: an incident's is the headline's (the body's
    where the headline names none), a total's the body's (the headline names the state it
    features, the body the world's figure). Only a headline nothing was merged into yet; False
    when none retells it."""
    if body.type != "casualty_incident" or body.view.sentence.headline:
        return False
    if body.new_incident or body.apart:
        return False
    for headline in kept:
        if (
            headline.type != "casualty_incident"
            or not headline.view.sentence.headline
            or headline.actor == body.actor
            or len(headline.merged) != 1
            or not _dates_agree(headline.date, body.date)
            or not _counts_retold(headline, body)
        ):
            continue
        if headline.quantity is not None:
            actor = body.actor
        else:
            actor = headline.actor if headline.actor is not None else body.actor
        body.absorbed_into = headline
        _absorb(headline, body)
        headline.actor = actor
        if headline.view.sentence.headline:
            headline.view = body.view  # the body's sentence, the better evidence
        return True
    return False


# a part of the victims told just before, named by a word that refers back to them ("Among
# them, 133 deminers were killed or injured", "Of these, 40 were children"; "Tra loro",
# "Di questi", "Entre ellos", "De ellas", "Parmi eux", "بينهم", "من بينهم") or one of them ("One
# of the two lost a leg", "uno dei due ha riportato ferite gravi", "uno de ellos", "l'un
# d'eux", "أحدهم")
_PART_OPENING = re.compile(
    r"^\W*(?:(?:Among|Of)\s+(?:them|those|these|whom|the\s+(?:victims|dead|casualties|wounded|"
    r"injured))|(?:Tra|Fra|Di)\s+(?:loro|questi|queste|essi|esse|cui)|"
    r"(?:Entre|De)\s+(?:ellos|ellas|estos|estas|las\s+v[íi]ctimas)|Parmi\s+(?:eux|elles|ces|"
    r"les\s+victimes)|(?:و)?(?:من\s+)?بين(?:هم|هما))\b|"
    r"\b(?:[Oo]ne\s+of\s+(?:them|the\s+(?:two|three|four|victims|men|soldiers|children))|"
    r"un[oa]\s+(?:dei|delle|di\s+loro)|un[oa]\s+de\s+(?:los|las|ellos|ellas)|"
    r"l['’]une?\s+(?:d['’]eux|d['’]elles|des)|أحدهم|أحدهما|إحداهما)\b"
)


def _detail_of(kept: list[Draft], part: Draft) -> bool:
    """Victims told after an incident or a total as a part of its own ("Among them, 133
    deminers were killed or injured"; "uno dei due ha riportato ferite gravi"), or, with no
    state and no day of their own, as its detail ("Three died on the spot; the fourth on the way
    to hospital," he said): no claim of their own, merged into the last casualty claim (at most
    ``_NEAR`` sentences before) without changing its counts. Only figures no larger than that
    claim's; False when there is none."""
    if part.type != "casualty_incident" or part.own_date or part.apart or part.new_incident:
        return False
    cued = _PART_OPENING.search(part.view.text) is not None
    if not cued and part.actor is not None:
        return False
    target = next((k for k in reversed(kept) if k.type == "casualty_incident"), None)
    if target is None or (part.actor is not None and target.actor != part.actor):
        return False
    index = part.view.sentence.index
    if not any(0 < index - v.sentence.index <= _NEAR for v in target.merged):
        return False
    whole = max(target.quantity or 0, (target.killed or 0) + (target.injured or 0))
    told = max(part.quantity or 0, (part.killed or 0) + (part.injured or 0))
    if not cued and not _part_of(target, part):
        return False
    if told == 0 or told > whole:
        return False
    part.absorbed_into = target
    target.merged.append(part.view)
    if _SPLIT_OPENING.match(part.view.text) and _total_only(target) and part.quantity is None:
        # "De ellas, 900 murieron": the total's split, as ``_split_of`` fills it
        target.killed, target.injured = part.killed, part.injured
    return True


# the split of a total just told ("Of these, ...", "De ellas, ...", "Di questi, ..."), never a
# group among its victims ("Among them, 64 deminers ...")
_SPLIT_OPENING = re.compile(
    r"^\W*(?:Of\s+(?:them|those|these)|De\s+(?:ellos|ellas|estos|estas)|Di\s+(?:questi|queste|"
    r"loro))\b"
)


def _counts_retold(headline: Draft, body: Draft) -> bool:
    """The headline's counts are the body's: each one told by both the same (a total's within a
    headline's rounding), at least one told by both, none told by one side only but a split of
    the headline's total."""
    if (headline.quantity is None) != (body.quantity is None):
        return False
    if headline.quantity is not None:
        return _same_or_missing(headline.quantity, body.quantity) or _headline_rounding(
            headline, body
        )
    pairs = [(headline.killed, body.killed), (headline.injured, body.injured)]
    if not any(h is not None and h == b for h, b in pairs):
        return False
    return all(h is None or h == b for h, b in pairs)


def _title_told_below(title: Draft, kept: list[Draft]) -> bool:
    """The page's first line, a title that names no state ("A man hurt by a 'Petal' mine in
    Shebekino"), told again by the lead with its state and day: the lead's incident, merged
    into it (every count the title gives is the lead's, agreeing dates). A title keeps its own
    claim where no incident below tells it."""
    if title.type != "casualty_incident" or title.actor is not None or title.quantity is not None:
        return False
    if title.view.sentence.index != 0 or title.view.sentence.end > _TITLE_LENGTH:
        return False
    for lead in kept:
        if (
            lead is not title
            and lead.type == "casualty_incident"
            and lead.actor is not None
            and lead.quantity is None
            and title.killed in (None, lead.killed)
            and title.injured in (None, lead.injured)
            and _dates_agree(lead.date, title.date)
        ):
            title.absorbed_into = lead
            lead.merged.append(title.view)
            return True
    return False


_TITLE_LENGTH = 160  # a title's most characters: a first line longer than this is the lead


def _stock_told_below(headline: Draft, kept: list[Draft]) -> bool:
    """A headline's mines destroyed, read as clearance for want of a stock word ("Tchad :
    destruction de 1 200 mines ... découvertes à Faya"), that the body tells as a stock
    destroyed, same state, same figure, agreeing dates: that destruction, merged into it."""
    if headline.type != "clearance_progress" or not headline.view.sentence.headline:
        return False
    if headline.quantity is None or headline.unit != "mines":
        return False
    for stock in kept:
        if (
            stock.type == "stockpile_destruction"
            and not stock.view.sentence.headline
            and (stock.actor, stock.quantity, stock.unit)
            == (headline.actor, headline.quantity, headline.unit)
            and _dates_agree(stock.date, headline.date)
        ):
            headline.absorbed_into = stock
            stock.merged.append(headline.view)
            return True
    return False


def _date_as_its_event(total: Draft) -> None:
    """A running total brought to its figure by an event told in the same sentence ("The final
    5,970 mines were blown up ..., bringing to 150,050 the number destroyed") takes that
    event's date once merged, where it only refines the total's own."""
    event = total.total_of
    while event is not None and event.absorbed_into is not None:
        event = event.absorbed_into
    if event is None or event.date is None:
        return
    if total.date is None or (event.date.startswith(total.date) and event.date != total.date):
        total.date = event.date


def _died_of_wounds(kept: list[Draft], later: Draft) -> bool:
    """A victim told as injured who died afterwards ("A boy was badly hurt by a mine on
    Saturday. He died of his wounds on Monday"; "Two soldiers were wounded ... One of them later
    died"): the incident told last in the same state has one injured fewer and one killed more
    (README: someone injured who later died counts as killed), dated as the blast. False when no
    such incident was told."""
    died = later.killed or 0
    for target in reversed(kept):
        if target.type != "casualty_incident" or target.actor != later.actor:
            continue
        injured = target.injured or 0
        if injured < died or target.quantity is not None:
            return False  # the incident told last has no injured victim to have died
        target.killed = (target.killed or 0) + died
        target.injured = injured - died or None
        target.merged.append(later.view)
        return True
    return False


_NEAR = 3  # sentences between an incident and the victims added to it


def _more_victims(kept: list[Draft], more: Draft) -> bool:
    """Victims told after an incident as more of its victims ("A tractor driver was killed ...
    A second man riding in the cab was hospitalised"; "Su hermana ... sufrió heridas leves"):
    their counts are added to the incident told last, when it is in the same state, at most
    ``_NEAR`` sentences before (a paragraph break between them allowed), an incident with its
    own counts (no total, no statistic) and of an agreeing date; one told unhurt ("His
    nephew ... was unhurt") adds nothing, and is no blast of its own. False when there is
    none: the draft stays its own."""
    unhurt = more.type == "other" and (more.killed == 0 or more.injured == 0)
    if more.quantity is not None or not (more.type == "casualty_incident" or unhurt):
        return False
    target = next((k for k in reversed(kept) if k.type == "casualty_incident"), None)
    if target is None or target.actor != more.actor or target.quantity is not None:
        return False
    if _statistic(target) or not _dates_agree(target.date, more.date):
        return False
    index = more.view.sentence.index  # a paragraph may end between them (wire copy)
    if not any(0 < index - v.sentence.index <= _NEAR for v in target.merged):
        return False
    if more.killed:
        target.killed = (target.killed or 0) + more.killed
    if more.injured:
        target.injured = (target.injured or 0) + more.injured
    target.merged.append(more.view)
    more.absorbed_into = target
    return True


def _same_event(kept: Draft, new: Draft) -> bool:
    if (kept.type, kept.actor, kept.action, kept.by_group) != (
        new.type,
        new.actor,
        new.action,
        new.by_group,
    ):
        return False
    if new.apart:
        return False  # "In a separate incident, ...": another incident, whatever its counts
    if kept.type == "use_allegation" and _accusers_differ(kept, new):
        return False  # HRW's finding and Russia's letter against one state: two allegations
    if new.new_incident and (new.own_date or _dated_after_cue(new.view)):
        return False
    if new.new_incident and kept.type == "casualty_incident" and not _part_of(kept, new):
        return False
    if kept.type == "clearance_progress" and (kept.quantity is None) != (new.quantity is None):
        return False  # a declared completion and a cleared figure are two claims
    if kept.type == "stockpile_destruction" and _completion_and_total(kept, new):
        return False  # "completed the destruction ... A total of 343,000 mines were destroyed"
    if kept.type == "clearance_progress" and kept.quantity is None and _next_to(kept, new):
        return True  # "declared itself mine-free. The last minefield was cleared in August"
    if kept.type == "casualty_incident" and _split_of(kept, new):
        return _dates_agree(kept.date, new.date)  # "7,239 casualties ... Of those, 2,793 died"
    if kept.type == "casualty_incident" and (
        (_total_only(kept) and new.quantity is None) or (_total_only(new) and kept.quantity is None)
    ):
        return False  # a running total is not the incident told beside it
    if kept.type == "casualty_incident" and _statistic(kept) != _statistic(new):
        return False  # "560 killed since December 2024" is not the boy hurt that day
    if kept.date is None and new.date is None and _days_differ(kept.view, new.view):
        return False  # "on April 6" and "On May 31" with no year to resolve them: two events
    if kept.type == "casualty_incident" and _own_other_time(kept, new):
        return False  # "killed on Tuesday" and "Last week, two teenagers were injured"
    if _told_by_then(kept, new):
        return True
    return (
        _dates_agree(kept.date, new.date)
        and (_same_or_missing(kept.quantity, new.quantity) or _headline_rounding(kept, new))
        and (_counts_agree(kept, new) or _part_of(kept, new))
    )


def _accusers_differ(kept: Draft, new: Draft) -> bool:
    """Two use allegations against one state told by two speakers, each named ("Human Rights
    Watch accused Ukrainian forces ..." then "Russian officials alleged that Ukrainian troops
    had mined ..."): two claims, as the held-out gold counts them (one per accuser). False
    where either names none (a headline, a retelling)."""
    return kept.speaker is not None and new.speaker is not None and kept.speaker != new.speaker


_ROUNDING = 0.05  # "over 5,800 hectares" in a headline for the body's 5,812
# a headline's figure told as a lower bound, and how far above it the body's may be: "Tajik
# deminers cleared over 1 million sq m" for the body's 1,164,000
_LOWER_BOUND = re.compile(r"\b(?:over|more\s+than|above|upwards\s+of|at\s+least)\s+\d", re.I)
_OVER = 1.25


def _headline_rounding(kept: Draft, new: Draft) -> bool:
    """A headline's figure and the body's in the same unit, or both areas, the one a rounding of
    the other (within 5 %): one figure told twice ("ANAMA: over 5,800 hectares cleared" then
    "cleared 5,812 hectares"; "45 acres of demined land returned" then "45 acres (about 18
    hectares)"). The body's exact figure is the one kept (``_absorb``)."""
    if kept.quantity is None or new.quantity is None or kept.unit is None or new.unit is None:
        return False
    areas = kept.unit in AREA_UNIT_M2 and new.unit in AREA_UNIT_M2
    if kept.unit != new.unit and not areas:
        return False
    if kept.view.sentence.headline == new.view.sentence.headline:
        return False
    scale = (AREA_UNIT_M2[kept.unit], AREA_UNIT_M2[new.unit]) if areas else (1.0, 1.0)
    low, high = sorted((float(kept.quantity) * scale[0], float(new.quantity) * scale[1]))
    if high - low <= _ROUNDING * high:
        return True
    # a headline's lower bound ("cleared over 1 million sq m") and the body's figure above it
    headline = kept if kept.view.sentence.headline else new
    bounded = float(headline.quantity or 0) * scale[0 if headline is kept else 1] == low
    return bounded and _LOWER_BOUND.search(headline.view.text) is not None and high <= _OVER * low


# the last batch counted: "The final 5,970 mines", "a final batch of 4,640", "its last 2,112"
_LAST_BATCH = re.compile(
    r"\b(?:last|final)\s+(?:(?:batch|lot|tranche|consignment)\s+of\s+)?(?:some\s+|about\s+)?"
    rf"(?P<n>{NUMBER})",
    re.IGNORECASE,
)


def _ends_with_completion(kept: list[Draft], total: Draft) -> None:
    """A programme's total told after its completion ("... was completed on 30 September. In
    the final phase, which began in March 2024, a total of 343,000 mines were destroyed") runs
    up to the completion: it takes the completion's date where its own is not before it."""
    if total.type != "stockpile_destruction" or total.quantity is None:
        return
    done = next((k for k in reversed(kept) if k.type == total.type and k.quantity is None), None)
    if done is None or done.actor != total.actor or done.date is None:
        return
    if not _completion_and_total(done, total):
        return
    if total.date is None or total.date >= done.date[: len(total.date)]:
        total.date = done.date


def _completion_and_total(kept: Draft, new: Draft) -> bool:
    """A stock's destruction declared complete with no figure, and the whole programme's total
    (``triggers.WHOLE_PROGRAMME``): two claims, as a clearance completion and a cleared figure
    are. A final batch's figure ("destroyed its last 2,112 mines") is the completion told
    again; a last batch told as a part of the total after it is not the total's figure."""
    if (kept.quantity is None) == (new.quantity is None):
        return False
    figure = kept if kept.quantity is not None else new
    if figure.total_of is not None:
        return True  # "..., bringing to 150,050 the number destroyed": the total itself
    text = figure.view.text
    if triggers.WHOLE_PROGRAMME.search(text) is None:
        return False
    # the last batch is the figure itself, not a part of the total told after it ("a total of
    # 1,568,167 ... since 2004, the last 342,991 of them between April 2023 and May 2025")
    lasts = (parse_number(m.group("n")) for m in _LAST_BATCH.finditer(text))
    return all(last != figure.quantity for last in lasts)


def _next_to(kept: Draft, new: Draft) -> bool:
    """Two completions told in consecutive sentences of one section: one completion, told as
    declared and as its last field cleared (the declaration's date kept where more precise)."""
    one, other = kept.view.sentence, new.view.sentence
    return one.section == other.section and other.index - one.index == 1


def _dated_after_cue(view: View) -> bool:
    """The sentence states a day for the incident it starts, after its cue ("Tuesday's
    accident follows the death of a boy on Saturday"), even one no year resolves."""
    cue = triggers.NEW_INCIDENT.search(view.text)
    return cue is not None and any(m.start >= cue.end() and not m.reporting for m in view.dates)


def _statistic(draft: Draft) -> bool:
    """Counts of a statistic's size (50 or more, the victims counted without a split
    included: a headline's "over 7,000 victims in 2020" is the statistic its body splits), as
    ``pipeline._statistic`` reads them, or counts over a period that opens (``Draft.period``)."""
    told = (draft.killed or 0) + (draft.injured or 0)
    return draft.period or max(told, int(draft.quantity or 0)) >= 50


def _days_differ(a: View, b: View) -> bool:
    """Both sentences state a date that could not be resolved, and not the same one."""
    stated_a = {a.text[m.start : m.end] for m in a.dates if m.value is None and not m.reporting}
    stated_b = {b.text[m.start : m.end] for m in b.dates if m.value is None and not m.reporting}
    return bool(stated_a) and bool(stated_b) and not stated_a & stated_b


def _own_other_time(kept: Draft, new: Draft) -> bool:
    """Two incidents each told with its own time, in other words and to another value ("A man
    was killed on Tuesday"; "Last week, two teenagers were injured in the same district"), and
    other victims: two incidents, however the coarser date agrees with the finer. The same
    blast told again ("in the same blast", "Tuesday's blast also injured two") states the same
    day or none, or no victims of its own."""
    if not new.own_date or kept.date is None or kept.date == new.date:
        return False
    if kept.view.sentence.headline or new.view.sentence.headline:
        return False
    if kept.quantity is not None or new.quantity is not None:
        return False
    if (new.killed is None and new.injured is None) or (kept.killed, kept.injured) == (
        new.killed,
        new.injured,
    ):
        return False
    if _SAME_BLAST.search(new.view.text):
        return False  # "In December, two other shepherds were wounded in the blast"
    told = {_stated(v, m) for v in kept.merged or [kept.view] for m in v.dates if m.usable}
    again = {_stated(new.view, m) for m in new.view.dates if m.usable}
    return bool(again) and not told & again


# the blast told before, named again: "in the blast", "the same explosion", "also wounded"
_SAME_BLAST = re.compile(
    r"\b(?:the|that|this)\s+(?:same\s+)?(?:blast|explosion|incident|accident|attack|detonation)\b|"
    r"\balso\b"
)


def _stated(view: View, mention: DateMention) -> str:
    return view.text[mention.start : mention.end].lower()


_OF_THOSE = re.compile(r"^(?:Of\s+(?:those|these|them|which|this\s+total|the\s+total)\b)")


def _split_of(total: Draft, new: Draft) -> bool:
    """The sentence right after a total splits it ("... killed or injured 7,239 people. Of
    those, 2,793 were killed and 4,431 injured"): its counts fill the total's, they are no
    incident of their own. Only an opening that refers back counts, and only counts that fit
    inside the total."""
    if not _total_only(total) or new.quantity is not None or not _OF_THOSE.match(new.view.text):
        return False
    told = (new.killed or 0) + (new.injured or 0)
    return 0 < told <= (total.quantity or 0)


def _total_only(draft: Draft) -> bool:
    return draft.quantity is not None and draft.killed is None and draft.injured is None


def _dates_agree(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a.startswith(b) or b.startswith(a)


def _spoken(draft: Draft) -> bool:
    """The draft is dated only by the day it was told ("X has notified the UN of its
    withdrawal, the ministry said on Friday"): the step was taken by then, on a day unsaid."""
    dates = draft.view.dates
    return (
        draft.date is not None
        and any(m.announced and m.value == draft.date for m in dates)
        and not any(m.usable and m.value == draft.date for m in dates)
    )


def _told_by_then(kept: Draft, new: Draft) -> bool:
    """One treaty step of one state, dated once by the day it was told and once by its own day
    on or before that ("has notified the UN ..., the ministry said on Friday. The instrument was
    deposited on Thursday"): one step, on its own day (``_absorb``)."""
    if kept.type != "treaty_action" or kept.date is None or new.date is None:
        return False
    if _spoken(kept) == _spoken(new):
        return False
    told, own = (kept, new) if _spoken(kept) else (new, kept)
    return own.date is not None and told.date is not None and own.date[:10] <= told.date[:10]


def _same_or_missing(a: object, b: object) -> bool:
    return a is None or b is None or a == b


def _counts_agree(a: Draft, b: Draft) -> bool:
    return _same_or_missing(a.killed, b.killed) and _same_or_missing(a.injured, b.injured)


def _part_of(whole: Draft, part: Draft) -> bool:
    """An undated count no larger than the whole's: a detail of the same incident."""
    if part.own_date or whole.type != "casualty_incident":
        return False
    pairs = [(whole.killed, part.killed), (whole.injured, part.injured)]
    given = [(w, p) for w, p in pairs if p is not None]
    return bool(given) and all(w is not None and p <= w for w, p in given)


def _absorb(target: Draft, new: Draft) -> None:
    if target.view.sentence.headline and not new.view.sentence.headline and new.quantity:
        # the body's exact figure (in its unit) for the headline's rounding
        target.quantity, target.unit = new.quantity, new.unit
    target.merged.append(new.view)
    if new.date and (
        target.date is None
        or len(new.date) > len(target.date)
        or (not _dates_agree(target.date, new.date) and _told_by_then(target, new))
    ):
        target.date, target.own_date, target.view = new.date, new.own_date, _evidence(target, new)
    elif not target.own_date and _rank(new.view) > _rank(target.view):
        target.view = new.view
    if _part_of(target, new) and not _counts_agree(target, new):
        return
    target.killed = target.killed if target.killed is not None else new.killed
    target.injured = target.injured if target.injured is not None else new.injured
    target.location = target.location or new.location
    if target.quantity is None and new.quantity is not None:
        target.quantity, target.unit = new.quantity, new.unit
    target.accuser_iso3 = target.accuser_iso3 or new.accuser_iso3
    target.accuser = target.accuser or new.accuser
    target.blast = target.blast and new.blast


_INSTRUMENT = re.compile(
    r"\b(?:memo\w*|decree|directive|executive\s+order|notification|instrument)\b"
)


def _rank(view: View) -> tuple[bool, bool]:
    """Undated evidence: a sentence naming the instrument, then a body sentence over a headline."""
    return bool(_INSTRUMENT.search(view.text)), not view.sentence.headline


def _evidence(target: Draft, new: Draft) -> View:
    """The sentence that gave the date is the better evidence, unless it is only borrowed."""
    return new.view if new.own_date else target.view
