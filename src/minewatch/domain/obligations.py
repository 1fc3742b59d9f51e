"""Whether a treaty deadline (Art. 4 stockpiles, Art. 5 clearance) was met, from the records.

Pure: given a state's dated obligation events and a day, say which deadline applies and where
the state stands. The rules (Convention Arts. 4 and 5; DESIGN §4):

- The deadline starts as the sourced original deadline, else the one computed from entry into
  force (Art. 4: 4 years, Art. 5: 10 years). Each extension granted by a Meeting of States
  Parties replaces it (Art. 5(3)-(6)); the applicable deadline is the furthest one granted.
- **met**: a completion was declared (``late`` says whether after the deadline then in force).
- **pending**: the deadline has not yet come and was never extended; **extended**: it has not
  yet come and rests on an extension, or the latest extension granted has a new deadline its
  sources do not state (``due`` is then None and ``due_unstated`` True: the earlier date is no
  longer the deadline, and no later one is known).
- Two records of one extension (granted at the same meeting, or setting the same deadline)
  count as one extension: sources that repeat each other do not lengthen the chain.
- **missed**: the deadline passed without completion, and a record says so: a deadline-missed
  event, or mines still held on or after it (Art. 4).
- **not_known**: the deadline passed and no record says either way; nothing is guessed.

Events count only once they happened by the day asked about; an event without a date of its
own (an extension whose meeting the source did not name) always counts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum


class ObligationStep(StrEnum):
    ORIGINAL_DEADLINE = "original_deadline"
    EXTENSION_REQUESTED = "extension_requested"
    EXTENSION_GRANTED = "extension_granted"
    DEADLINE_MISSED = "deadline_missed"
    COMPLETION_DECLARED = "completion_declared"


class DeadlineStatus(StrEnum):
    MET = "met"
    MISSED = "missed"
    PENDING = "pending"
    EXTENDED = "extended"
    NOT_KNOWN = "not_known"


# What a reader is told of each status. Not known is only ever a passed deadline, so it says so:
# "not known" alone read as if the date itself were unknown (South Sudan's extended Art. 5
# deadline of 2026-07-09, passed with no completion, further extension or missed record).
DEADLINE_STATUS_LABELS: dict[str, str] = {
    DeadlineStatus.MET: "Met",
    DeadlineStatus.MISSED: "Missed",
    DeadlineStatus.PENDING: "Pending",
    DeadlineStatus.EXTENDED: "Extended",
    DeadlineStatus.NOT_KNOWN: "Passed, outcome not on record",
}


@dataclass(frozen=True)
class ObligationEvent:
    """One step: ``on`` is when it happened (the last day a partial date could mean), or None
    when the source gives no date; ``deadline`` is the deadline it sets, if any."""

    step: ObligationStep
    on: date | None
    deadline: date | None
    ref: str = ""


@dataclass(frozen=True)
class Assessment:
    status: DeadlineStatus
    due: date | None
    original: date | None
    original_sourced: bool
    extensions: int
    completed_on: date | None = None
    late: bool = False
    chain: tuple[ObligationEvent, ...] = field(default=())
    due_unstated: bool = False
    held_on: date | None = None  # missed because mines were reported still held that day

    @property
    def passed(self) -> bool:
        return self.status in (DeadlineStatus.MISSED, DeadlineStatus.NOT_KNOWN)


def _happened(event: ObligationEvent, day: date) -> bool:
    return event.on is None or event.on <= day


def _order(event: ObligationEvent) -> tuple[bool, date, date]:
    """The original deadline first, then the steps as they happened."""
    first = event.step is not ObligationStep.ORIGINAL_DEADLINE
    return (first, event.on or event.deadline or date.min, event.deadline or date.min)


def _in_order(events: Sequence[ObligationEvent]) -> list[ObligationEvent]:
    """``events`` as they happened (``_order``), except that an undated extension stands just
    before the first dated extension granting a later deadline: successive extensions move the
    deadline on, so the one whose meeting the source did not name came before them."""
    ordered = sorted(events, key=_order)
    for event in [e for e in ordered if e.on is None]:
        deadline = event.deadline
        if deadline is None or event.step is not ObligationStep.EXTENSION_GRANTED:
            continue
        later = next(
            (
                i
                for i, e in enumerate(ordered)
                if e.step is ObligationStep.EXTENSION_GRANTED
                and e.on is not None
                and e.deadline is not None
                and e.deadline > deadline
            ),
            None,
        )
        if later is not None and later < ordered.index(event):
            ordered.remove(event)
            ordered.insert(later, event)
    return ordered


def due_on(events: Sequence[ObligationEvent], original: date | None, day: date) -> date | None:
    """The deadline in force on ``day``: the furthest extension granted by then, else the
    original."""
    granted = [
        e.deadline
        for e in events
        if e.step is ObligationStep.EXTENSION_GRANTED and e.deadline and _happened(e, day)
    ]
    return max(granted) if granted else original


def _same_extension(a: ObligationEvent, b: ObligationEvent) -> bool:
    """Two records of one extension: the same meeting (day, or month-end of a partial date) or
    the same new deadline."""
    return (a.on is not None and a.on == b.on) or (
        a.deadline is not None and a.deadline == b.deadline
    )


def extensions_granted(events: Sequence[ObligationEvent]) -> list[list[ObligationEvent]]:
    """The extensions granted among ``events``, each as the records that report it."""
    groups: list[list[ObligationEvent]] = []
    for event in events:
        if event.step is not ObligationStep.EXTENSION_GRANTED:
            continue
        group = next((g for g in groups if any(_same_extension(event, e) for e in g)), None)
        if group is None:
            groups.append([event])
        else:
            group.append(event)
    return groups


def _unstated_since(groups: Sequence[Sequence[ObligationEvent]]) -> date | None:
    """When the latest extension (by its meeting) was granted, if no record of it states the
    new deadline; None when it does, or when no extension has a meeting date."""
    dated = [g for g in groups if any(e.on for e in g)]
    if not dated:
        return None
    latest = max(dated, key=lambda g: max(e.on for e in g if e.on))
    if any(e.deadline for e in latest):
        return None
    return max(e.on for e in latest if e.on)


def assess(
    events: Sequence[ObligationEvent],
    computed_original: date | None,
    day: date,
    still_held_on: Sequence[date] = (),
) -> Assessment:
    """Where the obligation stands on ``day``. ``computed_original`` is the deadline from entry
    into force, used when no event states one; ``still_held_on`` are dates on which mines were
    reported still held (evidence that a passed Art. 4 deadline was missed)."""
    known = _in_order([e for e in events if _happened(e, day)])
    stated = [e.deadline for e in known if e.step is ObligationStep.ORIGINAL_DEADLINE]
    original = stated[0] if stated and stated[0] else computed_original
    due = due_on(known, original, day)
    grants = extensions_granted(known)
    extensions = len(grants)
    base = Assessment(
        DeadlineStatus.NOT_KNOWN, due, original, bool(stated), extensions, chain=tuple(known)
    )
    done = [e for e in known if e.step is ObligationStep.COMPLETION_DECLARED]
    if done:
        finished = done[0].on or done[0].deadline
        then = due_on(known, original, finished) if finished else due
        late = bool(finished and then and finished > then)
        return replace(base, status=DeadlineStatus.MET, completed_on=finished, late=late)
    since = _unstated_since(grants)
    if since is not None:
        missed_later = any(
            e.step is ObligationStep.DEADLINE_MISSED and e.on and e.on > since for e in known
        )
        status = DeadlineStatus.MISSED if missed_later else DeadlineStatus.EXTENDED
        return replace(base, status=status, due=None, due_unstated=True)
    if due is None:
        return base
    if day <= due:
        return replace(
            base, status=DeadlineStatus.EXTENDED if extensions else DeadlineStatus.PENDING
        )
    if any(
        e.step is ObligationStep.DEADLINE_MISSED and (e.deadline or e.on or date.min) >= due
        for e in known
    ):
        return replace(base, status=DeadlineStatus.MISSED)
    held = [on for on in still_held_on if due <= on <= day]
    if held:
        return replace(base, status=DeadlineStatus.MISSED, held_on=min(held))
    return base
