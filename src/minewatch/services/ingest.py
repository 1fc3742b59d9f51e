"""Ingest documents: store each as a source and its extracted claims as candidates.

Each file is its own transaction: a file that cannot be read (a corrupt PDF, bytes that are not
text) or whose claims cannot be written is reported by name and leaves nothing behind, and the
batch goes on. The same content twice is one source (by sha256), and its claims are not written
twice (their record ids derive from that sha256).
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection

from minewatch import extract as extraction
from minewatch.app import App
from minewatch.domain.dates import PartialDate
from minewatch.domain.errors import InvalidInput, Location, MinewatchError, PayloadTooLarge
from minewatch.domain.evidence import SourceDraft, SourceKind, is_synthetic
from minewatch.domain.values import http_url
from minewatch.domain.words import counted
from minewatch.extract.language import is_read, language_name
from minewatch.extract.model import Document
from minewatch.extract.sentences import Sentence, split_sentences
from minewatch.services import claims, ledger
from minewatch.services.clock import utc_now
from minewatch.storage.engine import writing

Progress = Callable[[Path], None]
TITLE_LIMIT = 200


@dataclass(frozen=True)
class Failure:
    """A file that could not be read: its name, the error code (docs/errors.md) and why, in
    words (never an exception's class name or a codec's text)."""

    file: str
    reason: str
    code: str = "invalid_input"


@dataclass(frozen=True)
class Notice:
    """A file that was read but whose claims the user must not take as complete."""

    file: str
    reason: str
    language: str | None = None


def notice_for(file: str, document: Document) -> Notice | None:
    """A notice when ``document`` is in a language the extractor does not read, or has no
    text at all; None when it was read normally."""
    if not document.text.strip():
        return Notice(file, "no text found (a scanned PDF or an empty page?); nothing extracted")
    if not is_read(document.language):
        name = language_name(document.language)
        reason = (
            f"written in {name} ({document.language}), which minewatch does not read yet: "
            "no claims extracted; ingest flags the source in the review queue for a person to read"
        )
        return Notice(file, reason, document.language)
    return None


@dataclass
class IngestReport:
    files: int = 0
    new_sources: int = 0
    duplicates: int = 0
    candidates: int = 0
    already_held: int = 0
    failures: list[Failure] = field(default_factory=list)
    claim_ids: list[str] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)

    def describe(self) -> str:
        unread = f", {len(self.notices)} need a person to read them" if self.notices else ""
        return (
            f"{counted(self.files, 'file')}: {counted(self.new_sources, 'new source')}, "
            f"{counted(self.duplicates, 'duplicate')}, "
            f"{counted(self.candidates, 'new candidate')} ({self.already_held} already held), "
            f"{len(self.failures)} failed{unread}."
        )

    def as_dict(self) -> dict[str, Any]:
        return {
            **{
                k: v
                for k, v in dataclasses.asdict(self).items()
                if k not in ("failures", "notices")
            },
            "failures": [dataclasses.asdict(f) for f in self.failures],
            "notices": [dataclasses.asdict(n) for n in self.notices],
        }


@dataclass(frozen=True)
class Overrides:
    """What the command line says of every file; a file's own header lines win over it."""

    published: PartialDate | None = None
    url: str | None = None


# The largest document ingest or extract reads (docs/evidence.md): a 20 MB text took 56 s.
MAX_DOCUMENT_BYTES = 16 * 1024 * 1024


def read(path: Path, overrides: Overrides | None = None) -> Document:
    """The document, with the command line's date and URL filling what its header leaves out;
    PayloadTooLarge for a file over MAX_DOCUMENT_BYTES."""
    if path.is_file() and path.stat().st_size > MAX_DOCUMENT_BYTES:
        raise PayloadTooLarge(f"{path.name} ({path.stat().st_size:,} bytes)", MAX_DOCUMENT_BYTES)
    document: Document = extraction.read_document(path)
    overrides = overrides or Overrides()
    changes: dict[str, Any] = {}
    if document.published is None and overrides.published is not None:
        changes["published"] = overrides.published
    if not document.url and overrides.url:
        changes["url"] = overrides.url
    return dataclasses.replace(document, **changes) if changes else document


def ingest(
    app: App,
    paths: Iterable[Path],
    actor: str,
    overrides: Overrides | None = None,
    progress: Progress | None = None,
) -> IngestReport:
    overrides = overrides or Overrides()
    report = IngestReport()
    for path in paths:
        report.files += 1
        try:
            _ingest_one(app, path, actor, overrides, report)
        except Exception as exc:  # any broken file is reported by name and skipped
            report.failures.append(_failure(path, exc))
        if progress is not None:
            progress(path)
    return report


def _failure(path: Path, exc: Exception) -> Failure:
    """``exc`` as a Failure of ``path``: our own error's code and reason (its location without
    the file, which the Failure names); anything else an ``internal_error`` saying nothing was
    stored from the file."""
    if isinstance(exc, InvalidInput):
        where = dataclasses.replace(exc.where, file=None).describe()
        return Failure(path.name, f"{where}: {exc.reason}" if where else exc.reason, exc.code)
    if isinstance(exc, MinewatchError):
        return Failure(path.name, exc.message, exc.code)
    return Failure(path.name, "could not be read; nothing was stored from it", "internal_error")


def _ingest_one(
    app: App, path: Path, actor: str, overrides: Overrides, report: IngestReport
) -> None:
    content = path.read_bytes()
    document = read(path, overrides)
    sentences = split_sentences(document.text)
    found = [
        _with_context(_with_language(claims.claim_fields(c), document), document, sentences)
        for c in extraction.extract(document)
    ]
    notice = notice_for(path.name, document)
    if notice is not None:
        report.notices.append(notice)
        if notice.language is not None:
            found.append(unread_flag(document))
    sha256 = hashlib.sha256(content).hexdigest()
    counts = {"new": 0, "held": 0}
    with writing(app.engine) as connection:
        source_id, added = ledger.ensure_source(
            connection, source_draft(path, document, sha256), actor
        )
        ids = [_write_claim(connection, sha256, f, source_id, actor, counts) for f in found]
    report.new_sources += added
    report.duplicates += not added
    report.candidates += counts["new"]
    report.already_held += counts["held"]
    report.claim_ids.extend(ids)


CONTEXT_LIMIT = 300  # characters of each neighbouring sentence a reviewer sees


def sentence_context(text: str, evidence: str, sentences: list[Sentence]) -> dict[str, str] | None:
    """The sentences just before and after ``evidence`` in the document (page furniture left
    out), each cut to CONTEXT_LIMIT characters at a word; None when the sentence is not found
    verbatim (a reader joined it from several lines)."""
    start = text.find(evidence) if evidence else -1
    if start < 0:
        return None
    end = start + len(evidence)
    body = [s for s in sentences if not s.chrome]
    before = [s.text for s in body if s.end <= start]
    after = [s.text for s in body if s.start >= end]

    def cut(sentence: str, from_end: bool) -> str:
        if len(sentence) <= CONTEXT_LIMIT:
            return sentence
        if from_end:
            return "… " + sentence[-CONTEXT_LIMIT:].split(" ", 1)[-1]
        return sentence[:CONTEXT_LIMIT].rsplit(" ", 1)[0] + " …"

    return {
        "before": cut(before[-1], from_end=True) if before else "",
        "after": cut(after[0], from_end=False) if after else "",
    }


def _with_context(
    fields: dict[str, Any], document: Document, sentences: list[Sentence]
) -> dict[str, Any]:
    """The claim's fields plus the sentences around it (kept out of its record id)."""
    context = sentence_context(document.text, str(fields.get("evidence") or ""), sentences)
    return {**fields, "context": context}


def _with_language(fields: dict[str, Any], document: Document) -> dict[str, Any]:
    """The claim's fields plus the language it was read from (kept out of its record id)."""
    return {**fields, "language": document.language}


def unread_flag(document: Document) -> dict[str, Any]:
    """A candidate of type ``other`` that puts a source we cannot read in the review queue:
    its evidence is the source's opening line, ``unread_language`` names the language."""
    opening = _opening(document.text)
    fields: dict[str, Any] = {f: None for f in claims.FIELDS}
    fields.update(doc=document.doc, type="other", evidence=opening, confirmed=False)
    fields.update(language=document.language, unread_language=document.language)
    return fields


def _no_address(value: str) -> bool:
    """A ``SOURCE:`` value that is a label, not an address at all ("synthetic", "internal"):
    no scheme, no host, no path. It is read like "unknown"."""
    return not any(mark in value for mark in (":", "/", "."))


def source_draft(path: Path, document: Document, sha256: str) -> SourceDraft:
    """The source a document becomes; InvalidInput when its address is not http(s) (a
    ``javascript:`` link must never be stored, let alone shown). A ``SOURCE:`` label that is no
    address at all ("synthetic") is stored as no URL, like "unknown", and kept as the source's
    publisher, so a synthetic document stays labelled synthetic on its source page."""
    url = document.url or None
    label = None
    if url and _no_address(url):
        label = _shortened(url)
        url = None
    if url and http_url(url) is None:
        raise InvalidInput(
            f"{url[:80]!r} is not an http(s) address",
            Location(file=path.name, field="SOURCE"),
        )
    published = document.published
    return SourceDraft(
        kind=SourceKind.DOCUMENT if path.suffix.lower() == ".pdf" else SourceKind.NEWS,
        title=_shortened(document.title or "") or _title(document.text) or path.name,
        url=url,
        publisher=label,
        published_on=published.iso() if published is not None else None,
        retrieved_on=utc_now().date().isoformat(),
        sha256=sha256,
        language=document.language,
    )


def _title(text: str) -> str:
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return _shortened(first)


def _opening(text: str) -> str:
    """The first line, cut at a word boundary to at most TITLE_LIMIT characters (verbatim)."""
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    if len(first) <= TITLE_LIMIT:
        return first
    return first[:TITLE_LIMIT].rsplit(" ", 1)[0]


def _shortened(text: str) -> str:
    text = text.strip()
    return text if len(text) <= TITLE_LIMIT else text[: TITLE_LIMIT - 1].rstrip() + "…"


def _write_claim(
    connection: Connection,
    sha256: str,
    fields: dict[str, Any],
    source_id: int,
    actor: str,
    counts: dict[str, int],
) -> str:
    record_id = claims.claim_record_id(sha256, fields)
    if ledger.latest_version(connection, record_id) is not None:
        counts["held"] += 1
        return record_id
    draft = claims.claim_draft(record_id, fields, source_id)
    ledger.write_version(connection, draft, base_version=None, actor=actor, reason="extracted")
    counts["new"] += 1
    return record_id


CONTRACT_FIELDS = claims.FIELDS[:10]


@dataclass
class Preview:
    """What ``preview`` found: contract lines, files that failed, files to read by hand."""

    lines: list[dict[str, Any]] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)


def preview(app: App | None, paths: Iterable[Path], overrides: Overrides | None = None) -> Preview:
    """Extraction without writing: one line per candidate in the output contract, each with
    what it contradicts among the accepted records (none without a database). Broken files are
    listed, not fatal; a file in a language we do not read is listed in ``notices``."""
    result = Preview()
    for path in paths:
        try:
            document = read(path, overrides)
            found = [claims.claim_fields(c) for c in extraction.extract(document)]
        except Exception as exc:  # any broken file is reported by name and skipped
            result.failures.append(_failure(path, exc))
            continue
        notice = notice_for(path.name, document)
        if notice is not None:
            result.notices.append(notice)
        unsaved = [claims.unsaved_claim(f, document.url or None) for f in found]
        against: dict[int, list[dict[str, Any]]] = {}
        for item in claims.check(app, unsaved) if app is not None else []:
            against.setdefault(id(item.claim), []).append(item.to_json())
        # a document whose header says SOURCE: synthetic, labelled as its source will be
        synthetic = is_synthetic(document.url)
        result.lines.extend(
            _line(f, against.get(id(c), []), synthetic) for f, c in zip(found, unsaved, strict=True)
        )
    return result


def _line(
    fields: dict[str, Any], contradicts: list[dict[str, Any]], synthetic: bool = False
) -> dict[str, Any]:
    line = {f: fields.get(f) for f in CONTRACT_FIELDS}
    for extra in ("action", "accuser_iso3", "accuser"):
        if fields.get(extra) is not None:
            line[extra] = fields[extra]
    if fields.get("confirmed"):
        line["confirmed"] = True
    if synthetic:
        line["synthetic"] = True
    line["contradicts"] = contradicts
    return line
