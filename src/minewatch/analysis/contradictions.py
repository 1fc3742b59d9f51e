"""Contradictions: a claim (extracted, reviewed or not) that disagrees with an accepted record on
the same fact. Pure: it is handed the claims and the accepted records and reads nothing else.

The rules, each naming both values and both sources:

- **Treaty steps.** A ``treaty_action`` claim against the accepted ``treaty_event`` of the same
  state and step, when their dates disagree at the coarser of the two granularities ("2024-07"
  disagrees with 2025-07-10; "2025-07" agrees). An announced withdrawal is also checked against
  the notice: stories often conflate the two, so a date that matches either is no contradiction,
  and one that matches neither is listed against both. A step the depositary records (joining,
  entry into force, the withdrawal notice or its taking effect) claimed for a state that has no
  such event at all is listed against the state's ``depositary_listing`` (what the UNTC status
  page said of it on the day it was read): Myanmar "acceded" although it is not listed, a
  withdrawal "took effect" for a state still listed as a party. A claim dated after the listing
  was read is left alone (the depositary may have recorded it since); announcements are never
  checked this way (the depositary does not record them). An undated claim of such a step
  ("Myanmar, which has joined the treaty, ...") has no date to compare: it is flagged only when
  the state has no such event and its listing says the step was never taken (a non-signatory
  "joined", a state still listed as a party "left").
- **Suspension.** A claim that a state "suspended" the Convention is noted: the Convention has no
  suspension clause, so it has no treaty effect (Art. 20).
- **Figures.** A stockpile, casualty or clearance figure for the same state and date that lies
  outside the range of the accepted figures (70 destroyed against an accepted 78).
- **Use.** A use allegation for the same date and place that names a different actor; a story's
  named accuser that conflicts with the use records of the same period (``_use_reporter``: an
  allegation about another period, or by another reporter, is new evidence, not a
  contradiction).

A claim is never compared with the record its own acceptance wrote (``data["claim"]``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from minewatch.domain.dates import PartialDate
from minewatch.domain.errors import InvalidDate
from minewatch.domain.evidence import StoredRecord
from minewatch.domain.kinds import AREA_UNIT_M2, TREATY_ACTIONS, ClaimType, Kind

# What each extracted treaty action corresponds to in the depositary's record (domain/kinds.py).
ACTION_EVENTS: dict[str, tuple[str, ...]] = {a.name: a.events for a in TREATY_ACTIONS if a.events}
ACTION_LABELS = {a.name: a.label for a in TREATY_ACTIONS}
EVENT_LABELS = {
    "withdrawal_announced": "the withdrawal announced",
    "withdrawal_notice": "the withdrawal notice deposited",
    "withdrawal_effective": "the withdrawal taking effect",
    "ratification": "ratification",
    "accession": "accession",
    "succession": "succession",
    "entry_into_force": "entry into force",
}
# Actions only the depositary records: a state without such an event has not taken the step.
DEPOSITARY_ACTIONS = frozenset(
    {"join", "entry_into_force", "withdrawal_notified", "withdrawal_effective"}
)
STATUS_LABELS = {
    "non_signatory": "a non-signatory (not listed as a participant)",
    "party": "a state party",
    "withdrawn": "a state that has withdrawn",
    "withdrawal_notified": "a state party that has notified its withdrawal",
}
# The listed statuses under which a state has taken each depositary step (an undated claim of
# the step is consistent with them): a state that withdrew had joined, one that notified had not
# yet left.
TAKEN_UNDER: dict[str, frozenset[str]] = {
    "join": frozenset({"party", "withdrawal_notified", "withdrawn"}),
    "entry_into_force": frozenset({"party", "withdrawal_notified", "withdrawn"}),
    "withdrawal_notified": frozenset({"withdrawal_notified", "withdrawn"}),
    "withdrawal_effective": frozenset({"withdrawn"}),
}
SUSPEND_ACTIONS = frozenset({"suspend", "suspension", "suspension_claim", "announce_suspension"})
_SUSPEND_WORDS = re.compile(r"\bsuspen(d|ds|ded|ding|sion)\b", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]{4,}")
# Place words too common to tie two events together.
_PLACE_NOISE = frozenset({"region", "province", "district", "village", "border", "area", "near"})


@dataclass(frozen=True)
class Claim:
    """One extracted claim, saved (``claim_id``) or not yet (``None``)."""

    type: str
    evidence: str
    claim_id: str | None = None
    status: str = "new"
    actor_iso3: str | None = None
    date: str | None = None
    location: str | None = None
    killed: int | None = None
    injured: int | None = None
    quantity: float | None = None
    unit: str | None = None
    action: str | None = None
    accuser_iso3: str | None = None
    source_url: str | None = None
    accuser: str | None = None


@dataclass(frozen=True)
class Contradiction:
    claim: Claim
    record: str | None
    source: str | None
    why: str

    def to_json(self) -> dict[str, Any]:
        """The contract's shape: the accepted side, and one sentence naming both values."""
        return {"record": self.record, "source": self.source, "why": self.why}

    def describe(self) -> dict[str, Any]:
        """Both sides, for listings."""
        return {
            "claim": self.claim.claim_id,
            "claim_status": self.claim.status,
            "claim_type": self.claim.type,
            "claim_source": self.claim.source_url,
            "evidence": self.claim.evidence,
            **self.to_json(),
        }


def partial(text: object) -> PartialDate | None:
    if not isinstance(text, str) or not text:
        return None
    try:
        return PartialDate.parse(text)
    except InvalidDate:
        return None


def dates_agree(a: PartialDate, b: PartialDate) -> bool:
    """Equal at the coarser granularity of the two: 2025-07 agrees with 2025-07-10."""
    if a.year != b.year:
        return False
    if a.month is None or b.month is None:
        return True
    if a.month != b.month:
        return False
    return a.day is None or b.day is None or a.day == b.day


def source_of(record: StoredRecord) -> str | None:
    urls = record.source_urls
    return urls[0] if urls else None


# The ISO3 codes of the states a text names ("South Korean media and JCS" -> {"KOR"}): the
# gazetteer, which lives in ``extract`` (a package of this layer), so the caller passes it in.
StatesIn = Callable[[str], Collection[str]]


def find(
    claims: Iterable[Claim], records: Sequence[StoredRecord], states_in: StatesIn
) -> list[Contradiction]:
    """Every contradiction between the claims and the accepted records; ``states_in`` names
    the states a record's reporter is from (services pass the extraction gazetteer)."""
    index = _Index(records, states_in)
    found: list[Contradiction] = []
    for claim in claims:
        found.extend(_for_claim(claim, index))
    return found


class _Index:
    def __init__(self, records: Sequence[StoredRecord], states_in: StatesIn) -> None:
        self.states_in = states_in
        self.by_kind: dict[str, list[StoredRecord]] = {}
        for record in records:
            self.by_kind.setdefault(record.kind, []).append(record)

    def of(self, kind: str, iso3: str | None = None, claim: Claim | None = None) -> list[Any]:
        return [
            r
            for r in self.by_kind.get(kind, [])
            if (iso3 is None or r.iso3 == iso3)
            and (claim is None or claim.claim_id is None or r.data.get("claim") != claim.claim_id)
        ]


def _for_claim(claim: Claim, index: _Index) -> Iterator[Contradiction]:
    if claim.type == ClaimType.TREATY_ACTION:
        yield from _treaty_step(claim, index)
        yield from _suspension(claim, index)
    elif claim.type in _FIGURE_KINDS:
        figures = index.of(_FIGURE_KINDS[claim.type], claim.actor_iso3, claim)
        yield from _figures(claim, [f for f in figures if not _is_total(f)])
    elif claim.type == ClaimType.USE_ALLEGATION:
        yield from _use(claim, index.of(Kind.USE_EVENT, None, claim))
        yield from _use_reporter(
            claim, index.of(Kind.USE_EVENT, claim.actor_iso3, claim), index.states_in
        )
    elif claim.type == ClaimType.POLICY_CHANGE:
        yield from _policy_date(claim, index.of(Kind.POLICY_VERSION, claim.actor_iso3, claim))


def _is_total(record: StoredRecord) -> bool:
    """A reference total (a year's casualties, a stockpile as declared) is not an incident: a
    story's figure for one event is never compared with it."""
    return "data_year" in record.data or "value_text" in record.data


_FIGURE_KINDS: dict[str, Kind] = {
    ClaimType.STOCKPILE_DESTRUCTION: Kind.STOCKPILE_FIGURE,
    ClaimType.CASUALTY_INCIDENT: Kind.CASUALTY_FIGURE,
    ClaimType.CLEARANCE_PROGRESS: Kind.CLEARANCE_FIGURE,
}


def _treaty_step(claim: Claim, index: _Index) -> Iterator[Contradiction]:
    wanted = ACTION_EVENTS.get(claim.action or "")
    said = partial(claim.date)
    if wanted is None or claim.actor_iso3 is None:
        return
    if said is None:
        yield from _undated_step(claim, wanted, index)
        return
    events = [
        e
        for e in index.of(Kind.TREATY_EVENT, claim.actor_iso3)
        if e.data.get("event") in wanted and partial(e.data.get("date")) is not None
    ]
    if any(dates_agree(said, partial(e.data["date"]) or said) for e in events):
        return
    what = ACTION_LABELS.get(claim.action or "", str(claim.action))
    if not events:
        yield from _never_taken(claim, said, wanted, what, index)
        return
    for event in events:
        label = EVENT_LABELS.get(event.data["event"], event.data["event"])
        why = (
            f"The claim dates {claim.actor_iso3}'s {what} to {said.iso()}, but the accepted "
            f"record has {label} on {event.data['date']}."
        )
        yield Contradiction(claim, event.record_id, source_of(event), why)


def _never_taken(
    claim: Claim, said: PartialDate, wanted: tuple[str, ...], what: str, index: _Index
) -> Iterator[Contradiction]:
    """A depositary step claimed for a state with no such event, against the state's depositary
    listing, when the claimed date is not after the day the listing was read."""
    if claim.action not in DEPOSITARY_ACTIONS:
        return
    for listing in index.of(Kind.DEPOSITARY_LISTING, claim.actor_iso3):
        as_at = partial(listing.data.get("as_at"))
        if as_at is None or said.earliest() > as_at.latest():
            continue
        told = f"dates {claim.actor_iso3}'s {what} to {said.iso()}"
        yield _not_recorded(claim, told, wanted, listing, as_at.iso())


def _undated_step(claim: Claim, wanted: tuple[str, ...], index: _Index) -> Iterator[Contradiction]:
    """An undated depositary step for a state with no such event, whose listing says the step
    was never taken (``TAKEN_UNDER``)."""
    taken = TAKEN_UNDER.get(claim.action or "")
    if taken is None or any(
        e.data.get("event") in wanted for e in index.of(Kind.TREATY_EVENT, claim.actor_iso3)
    ):
        return
    what = ACTION_LABELS.get(claim.action or "", str(claim.action))
    for listing in index.of(Kind.DEPOSITARY_LISTING, claim.actor_iso3):
        status = str(listing.data.get("listed_status") or "")
        if not status or status in taken:
            continue
        as_at = listing.data.get("as_at") or "an unknown date"
        told = f"reports {claim.actor_iso3}'s {what} (undated)"
        yield _not_recorded(claim, told, wanted, listing, as_at)


def _not_recorded(
    claim: Claim, told: str, wanted: tuple[str, ...], listing: StoredRecord, as_at: str
) -> Contradiction:
    """A depositary step the claim ``told`` of (dated or not) against the state's ``listing``,
    which records none of the ``wanted`` events as at ``as_at``: one message for both."""
    status = str(listing.data.get("listed_status") or "")
    steps = ", ".join(EVENT_LABELS.get(w, w) for w in wanted)
    why = (
        f"The claim {told}, but the depositary has no record of {steps} for {claim.actor_iso3}: "
        f"as at {as_at} it lists the state as {STATUS_LABELS.get(status, status or 'not stated')}."
    )
    return Contradiction(claim, listing.record_id, source_of(listing), why)


def _suspension(claim: Claim, index: _Index) -> Iterator[Contradiction]:
    if claim.action not in SUSPEND_ACTIONS and not _SUSPEND_WORDS.search(claim.evidence):
        return
    noted = index.of(Kind.TREATY_EVENT, claim.actor_iso3)
    record = next((e for e in noted if e.data.get("event") == "suspension_claim"), None)
    why = (
        f"The claim speaks of {claim.actor_iso3 or 'a state'} suspending the Convention, which "
        "has no suspension clause: a suspension has no treaty effect (only a withdrawal under "
        "Art. 20 does)."
    )
    yield Contradiction(
        claim, record.record_id if record else None, source_of(record) if record else None, why
    )


# Per claim type: (claim field, accepted record's field) pairs that must agree.
_FIGURE_FIELDS: dict[str, tuple[tuple[str, str], ...]] = {
    "stockpile_destruction": (("quantity", "destroyed"),),
    "casualty_incident": (("killed", "killed"), ("injured", "injured")),
    "clearance_progress": (("quantity", "quantity"),),
}


def _figures(claim: Claim, candidates: list[StoredRecord]) -> Iterator[Contradiction]:
    said = partial(claim.date)
    if said is None:
        return
    same = [
        r
        for r in candidates
        if (d := partial(r.data.get("date"))) is not None
        and dates_agree(said, d)
        and _places_agree(claim.location, r.data.get("location"))
    ]
    for claim_field, record_field in _FIGURE_FIELDS[claim.type]:
        value = _comparable(getattr(claim, claim_field), claim.unit)
        pairs = [(r, _comparable(r.data.get(record_field), r.data.get("unit"))) for r in same]
        known = [(r, v) for r, v in pairs if v is not None and _same_family(v, value)]
        if value is None or not known:
            continue
        low, high = min(v[0] for _, v in known), max(v[0] for _, v in known)
        if low <= value[0] <= high:
            continue
        for record, _ in known:
            yield Contradiction(
                claim,
                record.record_id,
                source_of(record),
                _figure_why(claim, claim_field, record, record_field),
            )


def _comparable(value: object, unit: object) -> tuple[float, str] | None:
    """A number in a comparable unit: areas in m², anything else in its own unit."""
    if not isinstance(value, int | float) or isinstance(value, bool):
        return None
    text = str(unit) if unit else ""
    if text in AREA_UNIT_M2:
        return float(value) * AREA_UNIT_M2[text], "area"
    return float(value), text


def _same_family(a: tuple[float, str], b: tuple[float, str] | None) -> bool:
    return b is not None and (a[1] == b[1] or not a[1] or not b[1])


def _figure_why(claim: Claim, claim_field: str, record: StoredRecord, record_field: str) -> str:
    unit = f" {claim.unit}" if claim.unit else ""
    label = record_field.replace("_", " ")
    return (
        f"The claim gives {_num(getattr(claim, claim_field))}{unit} {label} for "
        f"{claim.actor_iso3} on {claim.date}, but the accepted record has "
        f"{_num(record.data.get(record_field))} for {record.data.get('date')}."
    )


def _num(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return f"{int(value):,}"
    return f"{value:,}" if isinstance(value, int | float) else str(value)


def _places_agree(a: object, b: object) -> bool:
    """Unknown places never separate two figures; two known ones must share a name."""
    if not isinstance(a, str) or not isinstance(b, str) or not a or not b:
        return True
    return bool(_place_words(a) & _place_words(b))


def _place_words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)} - _PLACE_NOISE


def _use(claim: Claim, events: list[StoredRecord]) -> Iterator[Contradiction]:
    said = partial(claim.date)
    if said is None or not claim.location or not claim.actor_iso3:
        return
    for event in events:
        when = partial(event.data.get("date"))
        place = event.data.get("place")
        if when is None or not isinstance(place, str) or not place:
            continue
        actor = event.data.get("actor") or event.iso3
        if (
            dates_agree(said, when)
            and _places_agree(claim.location, place)
            and actor != claim.actor_iso3
        ):
            why = (
                f"The claim blames {claim.actor_iso3} for mine use at {claim.location} on "
                f"{claim.date}, but the accepted record blames {actor} for {place} on "
                f"{event.data.get('date')}."
            )
            yield Contradiction(claim, event.record_id, source_of(event), why)


def _use_reporter(
    claim: Claim, events: list[StoredRecord], states_in: StatesIn
) -> Iterator[Contradiction]:
    """A story that names who accused a state ("the UN has accused Ukraine") against the use
    records of that state, which name who reported the use.

    Only the records of the claim's period count (all of them when the claim is undated); an
    allegation about another period is new evidence, never a contradiction (South Korea's 2024
    allegation against a Monitor record of use in 2014-2016). Within the period, a record that
    names the accuser as its reporter (by name, or by its state: "Seoul", "South Korean media")
    agrees; a different reporter is new evidence too. It is a contradiction only when a record
    of the period notes what the named accuser itself said and none has it reporting the use
    (UN News called Ukraine's use "indications"): the story then conflicts with the record of
    the same period. Each contradiction names the record's reporter, its level and the note."""
    accuser = (claim.accuser or "").strip()
    reported = [e for e in events if e.data.get("reported_by")]
    if not accuser or claim.actor_iso3 is None or not reported:
        return
    said = partial(claim.date)
    same_period = [e for e in reported if said is None or _period_overlaps(said, e)]
    names = _Accuser(accuser, claim.accuser_iso3, states_in)
    if any(names.named_in(str(e.data["reported_by"])) for e in same_period):
        return
    if not any(names.named_in(str(e.data.get("note") or "")) for e in same_period):
        return
    for event in _reporters_to_show(same_period, names.pattern):
        yield Contradiction(claim, event.record_id, source_of(event), _reporter_why(claim, event))


def _period_overlaps(said: PartialDate, event: StoredRecord) -> bool:
    """Whether a claim's date falls in a use record's period (start to end; a record without
    an end runs to its report date). A record with no readable start is never ruled out."""
    start = partial(event.data.get("period_start"))
    if start is None:
        return True
    end = partial(event.data.get("period_end")) or partial(event.data.get("report_date")) or start
    return said.earliest() <= end.latest() and said.latest() >= start.earliest()


class _Accuser:
    """Who a story says made the accusation: its name as written, and its state (``KOR`` for
    "Seoul" or "South Korea's Joint Chiefs"), which a record's reporter may name differently
    ("South Korean media and JCS")."""

    def __init__(self, name: str, iso3: str | None, states_in: StatesIn) -> None:
        self.pattern = re.compile(rf"\b{re.escape(name)}\b")
        self.iso3 = iso3
        self.states_in = states_in

    def named_in(self, text: str) -> bool:
        if self.pattern.search(text):
            return True
        return self.iso3 is not None and self.iso3 in self.states_in(text)


def _reporters_to_show(events: list[StoredRecord], named: re.Pattern[str]) -> list[StoredRecord]:
    """The record noting what the accuser said, the first well-sourced report, and the first
    well-sourced confirmation (each once)."""
    by_report = sorted(events, key=lambda e: str(e.data.get("report_date") or "9999"))
    strong = [e for e in by_report if e.data.get("confidence") == "high"]
    picks = [
        next((e for e in reversed(by_report) if named.search(str(e.data.get("note", "")))), None),
        next((e for e in strong if e.data.get("level") in ("alleged", "confirmed")), None),
        next((e for e in strong if e.data.get("level") == "confirmed"), None),
    ]
    out: list[StoredRecord] = []
    for pick in picks:
        if pick is not None and pick not in out:
            out.append(pick)
    return out


def _reporter_why(claim: Claim, event: StoredRecord) -> str:
    data = event.data
    # A period within one year or month is told once ("2022", not "2022–2022"); none, not "()".
    bounds = [str(p) for p in (data.get("period_start"), data.get("period_end")) if p]
    period = "–".join(dict.fromkeys(bounds))
    when = f" ({period})" if period else ""
    said = f" The record notes: {data['note']}" if data.get("note") else ""
    return (
        f"The claim says {claim.accuser} accused {claim.actor_iso3} of using anti-personnel "
        f"mines, but no use record names {claim.accuser} as the reporter: this one has "
        f"{data.get('reported_by')} reporting {data.get('level')} use{when} on "
        f"{data.get('report_date') or 'an unstated date'}.{said}"
    )


def _policy_date(claim: Claim, versions: list[StoredRecord]) -> Iterator[Contradiction]:
    """A policy change dated when no accepted policy version of the state is dated, against the
    next version after it: a story placing a step of a policy before the policy itself existed
    ("implementation likely to begin in early 2025" of a memo signed 2025-12-02)."""
    said = partial(claim.date)
    dated = [(d, v) for v in versions if (d := partial(v.data.get("date"))) is not None]
    if said is None or said.month is None or claim.actor_iso3 is None or not dated:
        return
    if any(dates_agree(said, d) for d, _ in dated):
        return
    later = [(d, v) for d, v in dated if d.earliest() > said.latest()]
    if not later:
        return
    when, version = min(later, key=lambda pair: pair[0])
    what = version.data.get("instrument") or "the next policy version"
    why = (
        f"The claim dates a {claim.actor_iso3} policy step to {said.iso()}, but no accepted "
        f"policy version is from then: the version it can refer to, {what}, is dated "
        f"{when.iso()}, after it."
    )
    yield Contradiction(claim, version.record_id, source_of(version), why)
