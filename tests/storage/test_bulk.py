"""Bulk inserts (``storage.bulk``): what goes in through COPY (PostgreSQL) or executemany
(SQLite) reads back as Core would have stored it, geometry and JSON included."""

from __future__ import annotations

import shapely
from sqlalchemy import select

from minewatch.app import App
from minewatch.domain.evidence import Citation, RecordDraft, SourceDraft, SourceKind
from minewatch.services import ledger
from minewatch.storage.bulk import insert_many
from minewatch.storage.field_tables import layer_tables


def test_a_typed_row_with_a_polygon_reads_back_the_same(empty_app: App) -> None:
    polygon = shapely.Polygon([(-74.1, 4.6), (-74.0, 4.6), (-74.0, 4.7), (-74.1, 4.6)])
    attributes = {"name": 'Ñame "quoted"\t\\ end', "n": 2}
    table = layer_tables["hazards"]
    with empty_app.engine.begin() as connection:
        source = SourceDraft(SourceKind.DATASET, "hazards.csv", sha256="0" * 64)
        source_id, _ = ledger.ensure_source(connection, source, "test")
        draft = RecordDraft("hazards:t:1", "hazard", {}, (Citation(source_id, "row 2"),))
        ((seq, version, _),) = ledger.append_versions(
            connection, [(draft, None)], actor="test", reason="test"
        )
        columns = ("seq", "record_id", "version", "is_public", "attributes", "geom")
        insert_many(
            connection,
            table,
            (*columns, "geometry_issues", "hazard_type"),
            [(seq, draft.record_id, version, True, attributes, shapely.to_wkb(polygon), [], "SHA")],
        )
        stored = connection.execute(select(table).where(table.c.seq == seq)).mappings().one()
    assert shapely.from_wkb(stored["geom"]).equals_exact(polygon, 1e-12)
    assert stored["attributes"] == attributes
    assert stored["is_public"] is True
    assert stored["hazard_type"] == "SHA"
    assert stored["geometry_issues"] == []
