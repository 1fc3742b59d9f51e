"""Importing field data files: all or nothing, streamed, idempotent, one audit entry per file.

``import_files`` reads each file in batches (bounded memory), maps every row through the
mapping (a preset, a user's mapping file, or the layer's own field names), and writes through
``LayerWriter`` in one transaction. Any problem anywhere (a bad value, a bad geometry, a release
larger than its hazard) is collected with its file, row and field; at the end the whole
transaction is rolled back and ``ImportRefused`` lists them: nothing is written. Rows already
held unchanged add nothing; a changed row becomes a new version of its record.

Each file is a source (kind ``dataset``) identified by its sha256; each row cites it with its row
number. One audit entry per file (``layer.import``) names the batch, the source and the counts;
its ``after_hash`` covers every version the file wrote (``batch_digest``), and each version's
``reason`` ends with the batch id, so ``audit-verify`` checks bulk writes as it checks single ones.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import Connection, select

from minewatch.app import App
from minewatch.domain.errors import ImportRefused, InvalidInput, Location
from minewatch.domain.evidence import SYNTHETIC, SourceDraft, SourceKind, is_synthetic
from minewatch.domain.field import layer_named
from minewatch.domain.hashing import canonical_json, content_hash
from minewatch.imports.csvfile import not_a_file
from minewatch.imports.field_rows import RowMapper
from minewatch.imports.mapping import Mapping, identity_mapping, load_mapping, load_preset
from minewatch.imports.tables import open_table
from minewatch.services import audit, ledger
from minewatch.services.layers import AccidentLinks, LayerWriter, WriteCounts
from minewatch.storage.engine import writing
from minewatch.storage.tables import records

Progress = Callable[[int, int | None], None]
MAX_LISTED = 1_000  # problems listed in full; beyond this only counted
IMPORT_CACHE_KIB = 65_536  # SQLite page cache during an import (``_page_cache``)


@dataclass
class ImportSummary:
    files: int = 0
    rows_read: int = 0
    counts: WriteCounts = field(default_factory=WriteCounts)
    # rows marked not safe to record the location: written without it, and without their
    # unmapped columns (``values_withheld`` of them), which could carry it
    locations_withheld: int = 0
    values_withheld: int = 0

    def add_withheld(self, mapper: RowMapper) -> None:
        """Count what ``mapper`` (one file's) left out of the rows not safe to locate."""
        self.locations_withheld += mapper.locations_withheld
        self.values_withheld += mapper.values_withheld

    def describe(self) -> str:
        c = self.counts
        layers = ", ".join(f"{n} {name}" for name, n in sorted(c.by_layer.items()))
        line = (
            f"{self.rows_read} rows read from {self.files} file(s): {c.added} added, "
            f"{c.new_versions} new versions, {c.unchanged} unchanged"
        )
        if layers:
            line += f" ({layers})"
        if self.locations_withheld:
            line += (
                f"; {self.locations_withheld} location(s) withheld (not safe to record): no "
                f"geometry, place names or unmapped columns kept"
            )
            if self.values_withheld:
                line += f" ({self.values_withheld} unmapped value(s) left out)"
        if c.warnings:
            line += f"; {c.warnings} geometry warnings stored"
        if c.placed:
            line += f"; {c.placed} earlier records placed in admin areas"
        if c.mismatches:
            shown = "; ".join(c.mismatches[:5])
            more = f" (and {len(c.mismatches) - 5} more)" if len(c.mismatches) > 5 else ""
            line += (
                f"; {len(c.mismatches)} accident(s) whose killed/injured differ from their "
                f"victims: {shown}{more}"
            )
        return line

    def as_dict(self) -> dict[str, object]:
        c = self.counts
        return {
            "files": self.files,
            "rows_read": self.rows_read,
            "added": c.added,
            "new_versions": c.new_versions,
            "unchanged": c.unchanged,
            "warnings": c.warnings,
            "placed": c.placed,
            "mismatches": list(c.mismatches),
            "by_layer": dict(c.by_layer),
            "locations_withheld": self.locations_withheld,
            "values_withheld": self.values_withheld,
        }


def resolve_mapping(layer: str | None, preset: str | None, mapping_file: Path | None) -> Mapping:
    """The mapping an import uses: a preset, a mapping file, or the layer's own field names."""
    if preset and mapping_file:
        raise InvalidInput("give --preset or --mapping, not both", Location(field="mapping"))
    if preset or mapping_file:
        chosen = load_preset(preset) if preset else load_mapping(mapping_file)  # type: ignore[arg-type]
        if layer is not None and layer_named(layer).name not in chosen.layers:
            raise InvalidInput(
                f"mapping {chosen.name!r} fills {', '.join(chosen.layers)}, not {layer}",
                Location(field="layer"),
            )
        return chosen
    if layer is None:
        raise InvalidInput("say which layer the file fills (--layer)", Location(field="layer"))
    return identity_mapping(layer)


def import_files(
    app: App,
    paths: Sequence[Path],
    mapping: Mapping,
    *,
    actor: str,
    crs: str | None = None,
    progress: Progress | None = None,
    synthetic: bool = False,
) -> ImportSummary:
    """Import every file in one transaction; ImportRefused (nothing written) on any problem.
    ``synthetic``: the files are made-up data, so each file's source is stored with the
    publisher ``synthetic`` (``evidence.is_synthetic``), which labels it on every face that shows
    it or what it counts; a mapping whose ``publisher`` is "synthetic" does the same."""
    summary = ImportSummary()
    problems: list[InvalidInput] = []
    links = AccidentLinks()  # victims may name accidents of any file of the import
    with _young_collections(), writing(app.engine) as connection, _page_cache(connection):
        for path in paths:
            publisher = SYNTHETIC if synthetic else mapping.publisher
            source_id, new_source = _source(connection, path, mapping, publisher, actor)
            batch, reason = import_batch(path)
            writer = LayerWriter(
                connection, source_id=source_id, actor=actor, reason=reason, links=links
            )
            read = _import_file(path, mapping, crs, writer, problems, summary, progress)
            if read == 0:  # a header alone: no source and no audit entry for nothing
                problems.append(
                    InvalidInput("has no data rows: nothing to import", Location(path.name))
                )
            if not problems:
                writer.finish()
                problems.extend(writer.problems)
            fold_counts(summary, writer.counts, read)
            if not problems:
                audit_file(connection, actor, (batch, path, source_id, new_source), read, writer)
        if not problems:
            problems.extend(links.unknown(connection))
            summary.counts.mismatches.extend(links.mismatches(connection))
        refuse_if(problems)
    return summary


def audit_file(
    connection: Connection,
    actor: str,
    file: tuple[str, Path, int, bool],
    read: int,
    writer: LayerWriter,
) -> None:
    """The file's one ``layer.import`` entry (``file`` = batch id, path, source id, whether
    the source is new): none for a file already held that changed nothing."""
    batch, path, source_id, new_source = file
    if new_source or _wrote(writer.counts):
        target = audit_target(batch, path, source_id, read, writer.counts)
        digest = written_digest(connection, writer.reason, writer.first_seq)
        audit.append(connection, audit.AuditEntry(actor, "layer.import", target, None, digest))


def import_batch(path: Path) -> tuple[str, str]:
    """A new batch id (``import-`` and 16 hex digits) and the reason ``import NAME (batch)``
    that one file's LayerWriter gives its versions: what ``audit_file`` and ``written_digest``
    find them by."""
    batch = f"import-{uuid.uuid4().hex[:16]}"
    return batch, f"import {path.name} ({batch})"


def refuse_if(problems: list[InvalidInput]) -> None:
    """ImportRefused listing the problems in file and row order (``in_file_order``; the first
    MAX_LISTED, the rest counted), if any."""
    if problems:
        ordered = in_file_order(problems)
        listed = ordered[:MAX_LISTED]
        raise ImportRefused(listed, len(ordered) - len(listed))


def in_file_order(problems: Sequence[InvalidInput]) -> list[InvalidInput]:
    """``problems`` as a person reads the file: by file (in the order the files came), then a
    file's own problems (no row: a missing column, a header) before its rows', then by row,
    keeping the order found among one row's (its fields in the checks' order). The checks
    run column by column over a batch, then over what the batch wrote, so found order groups
    problems by kind and a reader met row 900 before row 2."""
    files = {p.where.file: i for i, p in reversed(list(enumerate(problems)))}
    return sorted(
        problems,
        key=lambda p: (files[p.where.file], p.where.row is not None, p.where.row or 0),
    )


def _import_file(
    path: Path,
    mapping: Mapping,
    crs: str | None,
    writer: LayerWriter,
    problems: list[InvalidInput],
    summary: ImportSummary,
    progress: Progress | None,
) -> int:
    reader = open_table(path, mapping.encoding)
    mapper = RowMapper(mapping, path.name, path.stem, crs or reader.crs or mapping.crs)
    read = 0
    for batch in reader.batches():
        mapped, found = mapper.map_batch(batch)
        problems.extend(found)
        read += len(batch)
        if not problems:  # after the first problem, keep checking but stop writing
            writer.write(mapped)
            problems.extend(writer.problems)
            writer.problems.clear()
        if progress:
            progress(summary.rows_read + read, reader.expected)
        gc.collect(1)  # the batch's cycles, if any (``_young_collections``)
    summary.add_withheld(mapper)
    return read


@contextlib.contextmanager
def _young_collections() -> Iterator[None]:
    """No automatic garbage collection during an import; ``_import_file`` collects the young
    generations after each batch instead. A batch allocates tens of thousands of containers
    (rows, dicts, tuples), which made the interpreter run full collections over everything
    alive: ~15% of an import's CPU (1.3 s of 8.2 s per 100k victims, measured). Young
    collections still free any cycles a batch leaves, so memory stays bounded."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@contextlib.contextmanager
def _page_cache(connection: Connection) -> Iterator[None]:
    """SQLite: a 64 MiB page cache for the import's connection (the default is 2 MiB), given
    back after. A large import's indexes (the victims' nine, the ledger's) outgrow 2 MiB and
    each insert then re-reads pages it wrote; bounded, so peak memory stays under the 500 MB
    of issue 10's P1 at 1M rows. PostgreSQL: nothing (the server's own buffers)."""
    if connection.dialect.name != "sqlite":
        yield
        return
    before = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size=-{IMPORT_CACHE_KIB}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size={int(before or -2000)}")


def fold_counts(summary: ImportSummary, counts: WriteCounts, read: int) -> None:
    summary.files += 1
    summary.rows_read += read
    total = summary.counts
    total.added += counts.added
    total.new_versions += counts.new_versions
    total.unchanged += counts.unchanged
    total.warnings += counts.warnings
    total.placed += counts.placed
    total.by_layer.update(counts.by_layer)
    total.mismatches.extend(counts.mismatches)


def _wrote(counts: WriteCounts) -> bool:
    return counts.added + counts.new_versions > 0


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def written_digest(connection: Connection, reason: str, first_seq: int | None) -> str:
    """``batch_digest`` of the versions written with ``reason`` (seq >= ``first_seq``), read
    back from the database in (record id, content hash) order and hashed as they come: the
    same digest without holding a million pairs in memory. The order is by code point, as
    Python sorts (SQLite's binary collation; PostgreSQL's "C")."""
    record_id, digest = records.c.record_id, records.c.content_hash
    if connection.dialect.name == "postgresql":
        record_id, digest = record_id.collate("C"), digest.collate("C")  # type: ignore[assignment]
    query = select(records.c.record_id, records.c.content_hash).where(records.c.reason == reason)
    if first_seq is not None:
        query = query.where(records.c.seq >= first_seq)
    hashed = hashlib.sha256(b"[")
    separator = b""
    # yield_per on the statement: set on the connection it would stay for later statements
    rows = connection.execute(query.order_by(record_id, digest).execution_options(yield_per=5000))
    for found_id, found_hash in rows:
        hashed.update(separator + canonical_json([found_id, found_hash]))
        separator = b","
    hashed.update(b"]")
    return hashed.hexdigest()


def batch_digest(written: Sequence[tuple[str, str]]) -> str:
    """The one hash an import's audit entry carries for every version it wrote: over the sorted
    (record id, content hash) pairs (``services.integrity`` recomputes it)."""
    return content_hash(sorted([record_id, digest] for record_id, digest in written))


def _source(
    connection: Connection, path: Path, mapping: Mapping, publisher: str | None, actor: str
) -> tuple[int, bool]:
    if (problem := not_a_file(path)) is not None:
        raise problem
    title = f"{mapping.title}: {path.name}" if mapping.title else path.name
    draft = SourceDraft(
        kind=SourceKind.DATASET,
        title=title,
        url=mapping.url,
        publisher=publisher,
        retrieved_on=date.today().isoformat(),
        sha256=file_sha256(path),
    )
    source_id, added = ledger.ensure_source(connection, draft, actor, audited=False)
    if is_synthetic(publisher) and source_id not in ledger.synthetic_source_ids(connection):
        # the same content is held as a real source: its rows would stay unlabelled
        raise InvalidInput(
            f"this file is already held as source {source_id}, not synthetic; "
            "it cannot be labelled synthetic by importing it again",
            Location(str(path), field="--synthetic"),
        )
    return source_id, added


def audit_target(batch: str, path: Path, source_id: int, read: int, counts: WriteCounts) -> str:
    """``<batch> source:<id> <file> rows=… added=… new_versions=… unchanged=…``: the batch id
    first (the versions' ``reason`` ends with it), then the file's source and the counts."""
    return (
        f"{batch} source:{source_id} {path.name} rows={read} added={counts.added} "
        f"new_versions={counts.new_versions} unchanged={counts.unchanged}"
    )
