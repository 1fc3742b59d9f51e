"""The evidence model (DESIGN §3): sources, citations, review status, record versions."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any


class ReviewStatus(StrEnum):
    CANDIDATE = "candidate"
    ACCEPTED = "accepted"
    REJECTED = "rejected"


class SourceKind(StrEnum):
    DEPOSITARY = "depositary"
    ARTICLE7_REPORT = "article7_report"
    MONITOR_REPORT = "monitor_report"
    GOVERNMENT = "government"
    NEWS = "news"
    DATASET = "dataset"
    FIELD_FORM = "field_form"
    DOCUMENT = "document"
    OTHER = "other"


SYNTHETIC = "synthetic"


def is_synthetic(publisher: object) -> bool:
    """Whether a source is synthetic (made-up test or demo text, not a real publication): its
    publisher is the label ``synthetic`` (any case), which is how a document whose header says
    ``SOURCE: synthetic`` is stored (``services.ingest.source_draft``). The one rule every page,
    API answer and CLI listing that shows a source uses to label it (project standard: synthetic
    data is labelled synthetic everywhere it is shown)."""
    return isinstance(publisher, str) and publisher.strip().casefold() == SYNTHETIC


@dataclass(frozen=True)
class SourceDraft:
    kind: SourceKind
    title: str
    url: str | None = None
    publisher: str | None = None
    published_on: str | None = None
    retrieved_on: str | None = None
    sha256: str | None = None
    language: str | None = None
    reliability: str | None = None


@dataclass(frozen=True)
class Citation:
    """A record leans on a source through a quote: the sentence, or the row, that supports it."""

    source_id: int
    quote: str


@dataclass(frozen=True)
class RecordDraft:
    """What a writer proposes; the ledger turns it into a numbered, timestamped version."""

    record_id: str
    kind: str
    data: dict[str, Any]
    citations: tuple[Citation, ...]
    iso3: str | None = None
    valid_from: str | None = None
    valid_to: str | None = None
    review_status: ReviewStatus = ReviewStatus.ACCEPTED

    def content(self, source_keys: Mapping[int, str] | None = None) -> dict[str, Any]:
        """Everything that makes two versions "the same" (not who wrote them, nor when).
        Each citation is (source id, quote), or with ``source_keys`` (source id -> the
        source's backend-independent key, ``ledger.source_keys``) (key, quote); a source
        missing from them is named ``id:<id>``."""
        if source_keys is None:
            cited: list[list[Any]] = [[c.source_id, c.quote] for c in self.citations]
        else:
            cited = [
                [source_keys.get(c.source_id, f"id:{c.source_id}"), c.quote] for c in self.citations
            ]
        return {
            "kind": self.kind,
            "iso3": self.iso3,
            "valid_from": self.valid_from,
            "valid_to": self.valid_to,
            "data": self.data,
            "review_status": str(self.review_status),
            "citations": sorted(cited) if len(cited) > 1 else cited,
        }


@dataclass(frozen=True)
class CitedSource:
    """A stored citation with its source's url and title. ``curated``: the quote is our
    curators' wording (written by the reference load, or carried over unchanged from such a
    citation by a later version: ``services.ledger.write_version``), not a source's words.
    ``synthetic``: the source is synthetic (``is_synthetic`` of its publisher)."""

    source_id: int
    url: str | None
    title: str
    quote: str
    curated: bool = False
    synthetic: bool = False


@dataclass(frozen=True)
class StoredRecord:
    seq: int
    record_id: str
    version: int
    kind: str
    iso3: str | None
    valid_from: str | None
    valid_to: str | None
    data: dict[str, Any]
    review_status: ReviewStatus
    recorded_at: datetime
    recorded_by: str
    reason: str
    base_version: int | None
    content_hash: str
    citations: tuple[CitedSource, ...] = field(default=())

    @property
    def source_urls(self) -> list[str]:
        return [c.url for c in self.citations if c.url]

    def restated(self, status: ReviewStatus) -> RecordDraft:
        """This version as a draft with another review status and nothing else changed (a
        rejection retracting it, a decision on it as submitted)."""
        return RecordDraft(
            record_id=self.record_id,
            kind=self.kind,
            data=self.data,
            citations=tuple(Citation(c.source_id, c.quote) for c in self.citations),
            iso3=self.iso3,
            valid_from=self.valid_from,
            valid_to=self.valid_to,
            review_status=status,
        )
