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


def _happened_by(event: TreatyEvent | None, day: date) -> bool:
    # A partial date counts only once every day it could mean has passed: never early.
    return event is not None and event.on is not None and event.on.latest() <= day


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


def standing_on(
    iso3: str,
    events: Sequence[TreatyEvent],
    day: date,
    conflicts: Sequence[treaty.ArmedConflict] = (),
) -> Standing:
    """A state's Convention status on ``day``. Suspension claims are ignored on purpose:
    the Convention has no suspension clause, so they change nothing in treaty terms."""
    consent = _first(events, CONSENT_KINDS)
    if _happened_by(consent, day):
        notice = _first(events, [TreatyEventKind.WITHDRAWAL_NOTICE])
        effective = withdrawal_effective_of(events, conflicts)
        if effective is not None and effective <= day:
            return Standing(iso3, ConventionStatus.WITHDRAWN, in_force=False)
        eif = entry_into_force_of(events)
        in_force = eif is not None and eif <= day
        status = (
            ConventionStatus.WITHDRAWAL_PENDING
            if _happened_by(notice, day)
            else ConventionStatus.PARTY
        )
        return Standing(iso3, status, in_force=in_force)
    if _happened_by(_first(events, [TreatyEventKind.SIGNATURE]), day):
        return Standing(iso3, ConventionStatus.SIGNATORY, in_force=False)
    return Standing(iso3, ConventionStatus.NON_SIGNATORY, in_force=False)
