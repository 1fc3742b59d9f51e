"""Reviewing field records that arrived as candidates (ODK / Kobo submissions).

A decision is a new version of the record, written on the version the reviewer saw (a stale
base raises VersionConflict, nothing written): the same content with review status
``accepted`` or ``rejected``, citing the same file and row. Its typed layer row is the
candidate's, copied under the new version's ``seq``, so reads (which take the record's newest
version, when accepted) show it at once; the roll-ups move in the same transaction (an
accepted version adds its figures, the version it replaces takes its own away if it was
accepted). Accepting a land release activity, or a hazard, checks that the hazard's released
area does not exceed its area (ReleaseExceedsHazard, nothing written).

``candidates`` lists the field records whose newest version awaits review.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, select

from minewatch.domain.errors import InvalidInput, Location, VersionConflict
from minewatch.domain.evidence import ReviewStatus, StoredRecord
from minewatch.domain.field import LAYERS
from minewatch.services import ledger
from minewatch.services.layers import (
    check_release,
    copy_version_row,
    current_seqs,
    relink_accidents,
)
from minewatch.storage.field_tables import layer_tables
from minewatch.storage.spatial import spatial_for
from minewatch.storage.tables import records

FIELD_KINDS = frozenset(str(spec.kind) for spec in LAYERS.values())
_LAYER_OF = {str(spec.kind): name for name, spec in LAYERS.items()}


def is_field_record(record: StoredRecord) -> bool:
    return str(record.kind) in FIELD_KINDS


def decide(
    connection: Connection,
    record: StoredRecord,
    status: ReviewStatus,
    *,
    base_version: int,
    reviewer: str,
    reason: str,
    edits: dict[str, Any],
) -> dict[str, Any]:
    """Accept or reject the newest version of a field record (``record``), as submitted."""
    if edits:
        raise InvalidInput(
            "a field record is accepted or rejected as submitted; correct it with an edited "
            "submission (a new version)",
            Location(field="edits"),
        )
    if base_version != record.version:
        raise VersionConflict(record.record_id, base_version, record.version)
    layer = _LAYER_OF[str(record.kind)]
    draft = record.restated(status)
    version = ledger.write_version(
        connection, draft, base_version=base_version, actor=reviewer, reason=reason
    )
    if version is not None:
        _copy_row(connection, layer, record, version, status)
    return {
        "record": record.record_id,
        "version": version or record.version,
        "review_status": str(status),
        "domain_record": None,
    }


def _copy_row(
    connection: Connection,
    layer: str,
    record: StoredRecord,
    version: int,
    status: ReviewStatus,
) -> None:
    seq = connection.execute(
        select(records.c.seq).where(
            records.c.record_id == record.record_id, records.c.version == version
        )
    ).scalar_one()
    deltas = copy_version_row(connection, layer, record, seq, version, status)
    if layer in ("accidents", "victims"):  # an accepted or withdrawn victim relinks
        for key, amount in relink_accidents(connection, seq).items():
            deltas[key] = deltas.get(key, 0.0) + amount
    spatial_for(connection).add_to_rollups(connection, deltas)
    if status is ReviewStatus.ACCEPTED and layer in ("activities", "hazards"):
        table = layer_tables[layer]
        if layer == "activities":
            hazard = connection.execute(
                select(table.c.hazard_ref).where(table.c.seq == seq)
            ).scalar_one_or_none()
        else:
            hazard = record.record_id
        if hazard:
            problems = check_release(connection, {str(hazard): Location(field="area_m2")})
            if problems:
                raise problems[0]


def candidates(connection: Connection, layer: str | None = None) -> list[dict[str, Any]]:
    """Field records whose newest version is a candidate: layer, record, version, reference,
    date, iso3, the citation (file and row), oldest first."""
    found: list[dict[str, Any]] = []
    for name in [layer] if layer else list(LAYERS):
        table = layer_tables[name]
        query = (
            select(
                table.c.record_id,
                table.c.version,
                table.c.reference,
                table.c.date,
                table.c.iso3,
                records.c.recorded_by,
                records.c.seq,
            )
            .join(records, records.c.seq == table.c.seq)
            .where(
                table.c.seq.in_(current_seqs(name)),
                records.c.review_status == str(ReviewStatus.CANDIDATE),
            )
            .order_by(table.c.seq)
        )
        for row in connection.execute(query).mappings():
            found.append({"layer": name, **{k: row[k] for k in row if k != "seq"}})
    return found
