"""Convention events for one state and its standing on a given day."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from minewatch.domain import treaty
from minewatch.domain.dates import PartialDate


class TreatyEventKind(StrEnum):
    SIGNATURE = "signature"
    RATIFICATION = "ratification"
    ACCESSION = "accession"
    SUCCESSION = "succession"
    ENTRY_INTO_FORCE = "entry_into_force"
    WITHDRAWAL_ANNOUNCED = "withdrawal_announced"
    WITHDRAWAL_NOTICE = "withdrawal_notice"
    WITHDRAWAL_EFFECTIVE = "withdrawal_effective"
    SUSPENSION_CLAIM = "suspension_claim"


CONSENT_KINDS = frozenset(
    {TreatyEventKind.RATIFICATION, TreatyEventKind.ACCESSION, TreatyEventKind.SUCCESSION}
)


class ConventionStatus(StrEnum):
    PARTY = "party"
    SIGNATORY = "signatory"
    NON_SIGNATORY = "non_signatory"
    WITHDRAWN = "withdrawn"
    WITHDRAWAL_PENDING = "withdrawal_pending"


@dataclass(frozen=True)
class TreatyEvent:
    iso3: str
    kind: TreatyEventKind
    on: PartialDate | None
    note: str = ""


@dataclass(frozen=True)
class Standing:
    iso3: str
    status: ConventionStatus
    in_force: bool

    @property
    def counts_as_party(self) -> bool:
        """The depositary counts a state until its withdrawal takes effect."""
        return self.status in (ConventionStatus.PARTY, ConventionStatus.WITHDRAWAL_PENDING)


def _first(events: Iterable[TreatyEvent], kinds: Iterable[TreatyEventKind]) -> TreatyEvent | None:
    wanted = frozenset(kinds)
    dated = [e for e in events if e.kind in wanted and e.on is not None]
    return min(dated, key=lambda e: e.on or PartialDate(9999)) if dated else None


def entry_into_force_of(events: Sequence[TreatyEvent]) -> date | None:
    """The stated entry-into-force date if recorded, else Art. 17 from the deposit date.

    A succession continues the predecessor's obligations from the date of succession, so it has
    no Art. 17 date: such a state is in force once its notice is deposited.
    """
    stated = _first(events, [TreatyEventKind.ENTRY_INTO_FORCE])
    if stated is not None and stated.on is not None:
        return stated.on.earliest()
    consent = _first(events, CONSENT_KINDS)
    if consent is None or consent.on is None or not consent.on.is_full:
        return None
    if consent.kind is TreatyEventKind.SUCCESSION:
        return consent.on.earliest()
    return treaty.entry_into_force(consent.on.earliest())


def withdrawal_effective_of(
    events: Sequence[TreatyEvent], conflicts: Sequence[treaty.ArmedConflict]
) -> date | None:
    """The recorded effective date, else Art. 20 applied to the recorded notice."""
    stated = _first(events, [TreatyEventKind.WITHDRAWAL_EFFECTIVE])
    if stated is not None and stated.on is not None:
        return stated.on.earliest()
    notice = _first(events, [TreatyEventKind.WITHDRAWAL_NOTICE])
    if notice is None or notice.on is None or not notice.on.is_full:
        return None
    own = [c for c in conflicts if c.iso3 == notice.iso3]
    return treaty.withdrawal_effective(notice.on.earliest(), own)


@dataclass(frozen=True)
class ConventionDates:
    """The few dates that decide a state's standing, worked out once from its events so that
    answering "as of D" for many days is a handful of comparisons.

    Each date is the last day a partial date could mean ("2025" counts from 2025-12-31), so a
    state is never counted early. A withdrawal blocked by an ongoing armed conflict has no
    effective date at all (Art. 20(3)).
    """

    iso3: str
    signed: date | None = None
    consented: date | None = None
    in_force_from: date | None = None
    withdrawal_notified: date | None = None
    withdrawal_effective: date | None = None

    def standing(self, day: date) -> Standing:
        """The Convention status on ``day``. Suspension claims play no part on purpose: the
        Convention has no suspension clause, so they change nothing in treaty terms."""
        if self.consented is not None and self.consented <= day:
            if self.withdrawal_effective is not None and self.withdrawal_effective <= day:
                return Standing(self.iso3, ConventionStatus.WITHDRAWN, in_force=False)
            in_force = self.in_force_from is not None and self.in_force_from <= day
            notified = self.withdrawal_notified is not None and self.withdrawal_notified <= day
            status = ConventionStatus.WITHDRAWAL_PENDING if notified else ConventionStatus.PARTY
            return Standing(self.iso3, status, in_force=in_force)
        if self.signed is not None and self.signed <= day:
            return Standing(self.iso3, ConventionStatus.SIGNATORY, in_force=False)
        return Standing(self.iso3, ConventionStatus.NON_SIGNATORY, in_force=False)


def _latest_day(event: TreatyEvent | None) -> date | None:
    return event.on.latest() if event is not None and event.on is not None else None


def convention_dates(
    iso3: str, events: Sequence[TreatyEvent], conflicts: Sequence[treaty.ArmedConflict] = ()
) -> ConventionDates:
    return ConventionDates(
        iso3=iso3,
        signed=_latest_day(_first(events, [TreatyEventKind.SIGNATURE])),
        consented=_latest_day(_first(events, CONSENT_KINDS)),
        in_force_from=entry_into_force_of(events),
        withdrawal_notified=_latest_day(_first(events, [TreatyEventKind.WITHDRAWAL_NOTICE])),
        withdrawal_effective=withdrawal_effective_of(events, conflicts),
    )


def standing_on(
    iso3: str,
    events: Sequence[TreatyEvent],
    day: date,
    conflicts: Sequence[treaty.ArmedConflict] = (),
) -> Standing:
    """A state's Convention status on ``day``, straight from its events."""
    return convention_dates(iso3, events, conflicts).standing(day)
