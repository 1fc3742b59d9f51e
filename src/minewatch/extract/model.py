"""The two value types the extractor passes around: a document in, candidate claims out."""

from __future__ import annotations

from dataclasses import dataclass

from minewatch.domain.dates import PartialDate
from minewatch.domain.kinds import CLAIM_TYPES as EVENT_TYPES
from minewatch.domain.kinds import CONTRACT_KEYS

# The event types and contract keys live in the shared vocabulary (domain/kinds.py).
__all__ = ["CONTRACT_KEYS", "EVENT_TYPES", "Candidate", "Document"]


@dataclass(frozen=True)
class Document:
    """Plain text of one source with what its header or metadata said about it.

    ``language`` is an ISO 639-1 code ("en", "es") or "und"; None until detected.
    ``title`` is the page's or PDF's own title where it has one.
    """

    doc: str
    text: str
    published: PartialDate | None = None
    url: str | None = None
    language: str | None = None
    title: str | None = None


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
