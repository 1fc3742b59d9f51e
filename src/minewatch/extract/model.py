"""The two value types the extractor passes around: a document in, candidate claims out."""

from __future__ import annotations

from dataclasses import dataclass

from minewatch.domain.dates import PartialDate

EVENT_TYPES = (
    "policy_change",
    "treaty_action",
    "use_allegation",
    "casualty_incident",
    "stockpile_destruction",
    "clearance_progress",
    "other",
)

CONTRACT_KEYS = (
    "doc",
    "type",
    "actor_iso3",
    "date",
    "location",
    "killed",
    "injured",
    "quantity",
    "unit",
    "evidence",
)


@dataclass(frozen=True)
class Document:
    """Plain text of one source with what its header said about it."""

    doc: str
    text: str
    published: PartialDate | None = None
    url: str | None = None


@dataclass(frozen=True)
class Candidate:
    """One candidate event claim, backed by the sentence it came from."""

    doc: str
    type: str
    actor_iso3: str | None
    date: str | None
    location: str | None
    killed: int | None
    injured: int | None
    quantity: float | int | None
    unit: str | None
    evidence: str
    action: str | None = None
    accuser_iso3: str | None = None
    confirmed: bool = False
    accuser: str | None = None

    def to_json(self) -> dict[str, object]:
        """The contract keys in order, ``contradicts`` (filled later), then the extensions."""
        out: dict[str, object] = {key: getattr(self, key) for key in CONTRACT_KEYS}
        out["contradicts"] = []
        out["action"] = self.action
        out["accuser_iso3"] = self.accuser_iso3
        out["accuser"] = self.accuser
        out["confirmed"] = self.confirmed
        return out
