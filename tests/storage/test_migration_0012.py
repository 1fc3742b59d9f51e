"""Migration 0012 on a database holding reference records and reviewers' edits of them, on
both backends: each citation is marked ``curated`` as the write path marks it (the reference
load's citations, and those a later version carries over unchanged), not by its version."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select

from minewatch.app import App
from minewatch.domain.evidence import Citation
from minewatch.domain.kinds import Kind
from minewatch.services import ledger
from minewatch.storage.schema import current_revision
from minewatch.storage.tables import citations
from tests.support.migrations import move


def _marks(app: App) -> dict[int, bool]:
    with app.engine.connect() as connection:
        found = connection.execute(select(citations.c.id, citations.c.curated))
        return {int(i): bool(c) for i, c in found}


def test_migration_0012_marks_the_citations_as_the_write_path_does(loaded_app: App) -> None:
    with loaded_app.engine.begin() as connection:
        edited = ledger.current_records(connection, kinds=[Kind.TREATY_EVENT], iso3="FIN")[:2]
        kept, rewritten = edited
        # an edit that keeps its citations, and one that rewrites its first quote
        for record, quote in ((kept, None), (rewritten, "A reviewer's own reading.")):
            cites = [Citation(c.source_id, c.quote) for c in record.citations]
            if quote is not None:
                cites[0] = Citation(cites[0].source_id, quote)
            draft = replace(
                record.restated(record.review_status),
                data={**record.data, "notes": "checked"},
                citations=tuple(cites),
            )
            ledger.write_version(
                connection, draft, base_version=record.version, actor="t", reason="edit"
            )
        after = {
            r.record_id: [c.curated for c in r.citations]
            for r in ledger.current_records(
                connection, record_ids=[kept.record_id, rewritten.record_id]
            )
        }
    assert after[kept.record_id] == [True] * len(kept.citations)
    assert after[rewritten.record_id] == [False] + [True] * (len(rewritten.citations) - 1)
    written = _marks(loaded_app)
    assert set(written.values()) == {True, False}
    move(loaded_app, "0011", down=True)
    assert current_revision(loaded_app.engine) == "0011"
    move(loaded_app, "0012", down=False)
    assert _marks(loaded_app) == written
