"""Append-only versions, conflicts, and the two times (valid time and record time)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select, update

from minewatch.app import App
from minewatch.domain.errors import InvalidInput, VersionConflict
from minewatch.domain.evidence import Citation, RecordDraft, ReviewStatus, SourceDraft, SourceKind
from minewatch.services import audit, ledger
from minewatch.storage.tables import audit_log, records

ACTOR = "test:analyst"


def _source(app: App) -> int:
    with app.engine.begin() as connection:
        source_id, _ = ledger.ensure_source(
            connection, SourceDraft(SourceKind.NEWS, "A story", url="https://example.org/a"), ACTOR
        )
    return source_id


def _draft(
    source_id: int, destroyed: int, status: ReviewStatus = ReviewStatus.ACCEPTED
) -> RecordDraft:
    return RecordDraft(
        record_id="stockpile:BLR:2017",
        kind="stockpile_figure",
        iso3="BLR",
        valid_from="2017-04-05",
        data={"destroyed": destroyed, "unit": "mines"},
        citations=(Citation(source_id, f"{destroyed} mines destroyed"),),
        review_status=status,
    )


def _write(
    app: App, draft: RecordDraft, base: int | None, now: datetime | None = None
) -> int | None:
    with app.engine.begin() as connection:
        return ledger.write_version(
            connection, draft, base_version=base, actor=ACTOR, reason="test", now=now
        )


def test_an_edit_is_a_new_version_and_the_old_one_stays(empty_app: App) -> None:
    source = _source(empty_app)
    assert _write(empty_app, _draft(source, 70), None) == 1
    assert _write(empty_app, _draft(source, 78), 1) == 2
    with empty_app.engine.connect() as connection:
        versions = ledger.history(connection, "stockpile:BLR:2017")
    assert [v.data["destroyed"] for v in versions] == [70, 78]
    assert versions[1].base_version == 1
    assert versions[1].citations[0].quote == "78 mines destroyed"


def test_two_edits_on_the_same_base_conflict(empty_app: App) -> None:
    source = _source(empty_app)
    _write(empty_app, _draft(source, 70), None)
    _write(empty_app, _draft(source, 78), 1)
    with pytest.raises(VersionConflict) as caught:
        _write(empty_app, _draft(source, 80), 1)  # also started from version 1
    assert (caught.value.base_version, caught.value.current_version) == (1, 2)
    with empty_app.engine.connect() as connection:
        current = ledger.current_records(connection, kinds=["stockpile_figure"])
    assert current[0].data["destroyed"] == 78  # nothing silently overwritten


def test_creating_an_existing_record_is_a_conflict(empty_app: App) -> None:
    source = _source(empty_app)
    _write(empty_app, _draft(source, 70), None)
    with pytest.raises(VersionConflict):
        _write(empty_app, _draft(source, 70), None)


def test_the_same_content_again_writes_nothing(empty_app: App) -> None:
    source = _source(empty_app)
    _write(empty_app, _draft(source, 70), None)
    assert _write(empty_app, _draft(source, 70), 1) is None
    with empty_app.engine.connect() as connection:
        assert connection.execute(select(func.count()).select_from(records)).scalar_one() == 1


def test_known_at_answers_what_the_database_said_then(empty_app: App) -> None:
    source = _source(empty_app)
    t1 = datetime(2026, 3, 1, 12, 0)
    _write(empty_app, _draft(source, 70), None, now=t1)
    _write(empty_app, _draft(source, 78), 1, now=t1 + timedelta(days=10))
    with empty_app.engine.connect() as connection:

        def seen(at: datetime | None) -> list[int]:
            found = ledger.current_records(connection, kinds=["stockpile_figure"], known_at=at)
            return [r.data["destroyed"] for r in found]

        assert seen(t1 - timedelta(seconds=1)) == []
        assert seen(t1 + timedelta(days=1)) == [70]
        assert seen(t1 + timedelta(days=11)) == [78]
        assert seen(None) == [78]


def test_candidates_are_not_read_as_facts(empty_app: App) -> None:
    source = _source(empty_app)
    _write(empty_app, _draft(source, 70, ReviewStatus.CANDIDATE), None)
    with empty_app.engine.connect() as connection:
        assert ledger.current_records(connection, kinds=["stockpile_figure"]) == []
        pending = ledger.current_records(
            connection, kinds=["stockpile_figure"], statuses=[ReviewStatus.CANDIDATE]
        )
    assert len(pending) == 1


def test_every_write_is_audited_and_tampering_shows(empty_app: App) -> None:
    source = _source(empty_app)
    _write(empty_app, _draft(source, 70), None)
    _write(empty_app, _draft(source, 78), 1)
    with empty_app.engine.begin() as connection:
        actions = connection.execute(select(audit_log.c.action).order_by(audit_log.c.seq)).scalars()
        assert list(actions) == ["source.create", "record.create", "record.update"]
        assert audit.verify_chain(connection) is None
        connection.execute(update(audit_log).where(audit_log.c.seq == 2).values(actor="someone"))
        assert audit.verify_chain(connection) == 2


def test_the_same_content_is_one_source(empty_app: App) -> None:
    draft = SourceDraft(SourceKind.NEWS, "Doc", sha256="ab" * 32)
    with empty_app.engine.begin() as connection:
        first = ledger.ensure_source(connection, draft, ACTOR)
        second = ledger.ensure_source(connection, draft, ACTOR)
    assert first[1] and not second[1]
    assert first[0] == second[0]


def test_a_bulk_version_is_hashed_as_a_single_write_would_be(empty_app: App) -> None:
    """``append_versions`` (imports: COPY on PostgreSQL, executemany on SQLite) stores the same
    content hash and citation as ``write_version`` for the same draft."""
    source_id = _source(empty_app)
    single = _draft(source_id, 10)
    bulk = RecordDraft(**{**single.__dict__, "record_id": "stockpile:BLR:2018"})
    _write(empty_app, single, None)
    with empty_app.engine.begin() as connection:
        ledger.append_versions(connection, [(bulk, None)], actor=ACTOR, reason="test")
    by_id = {r.record_id: r for r in ledger.current_records(empty_app.engine.connect())}
    one, many = by_id["stockpile:BLR:2017"], by_id["stockpile:BLR:2018"]
    assert many.content_hash == one.content_hash
    assert [(c.source_id, c.quote) for c in many.citations] == [(source_id, "10 mines destroyed")]


@pytest.mark.parametrize("status", [ReviewStatus.ACCEPTED, ReviewStatus.CANDIDATE])
def test_a_cited_batch_is_stored_as_append_versions_stores_its_drafts(
    empty_app: App, status: ReviewStatus
) -> None:
    """``append_cited`` (file imports, no RecordDraft per row) writes the rows, citations and
    content hashes ``append_versions`` writes for the same drafts (a hash that differed would
    make every re-import of a file imported before look changed)."""
    source_id = _source(empty_app)
    drafts = [
        RecordDraft(**{**_draft(source_id, n, status).__dict__, "record_id": f"stockpile:BLR:{n}"})
        for n in (1, 2)
    ]
    cited = [
        (f"stockpile:TJK:{n}", None, d.iso3, d.valid_from, d.data, d.citations[0].quote)
        for n, d in zip((1, 2), drafts, strict=True)
    ]
    with empty_app.engine.begin() as connection:
        by_drafts = ledger.append_versions(
            connection, [(d, None) for d in drafts], actor=ACTOR, reason="test"
        )
        batch = ledger.CitedBatch("stockpile_figure", status, source_id)
        by_rows = ledger.append_cited(connection, batch, cited, actor=ACTOR, reason="test")
        stored = {
            r.record_id: r
            for r in ledger.current_records(
                connection, statuses=(ReviewStatus.ACCEPTED, ReviewStatus.CANDIDATE)
            )
        }
    assert [h for _, _, h in by_rows] == [h for _, _, h in by_drafts]
    for n in (1, 2):
        one, other = stored[f"stockpile:BLR:{n}"], stored[f"stockpile:TJK:{n}"]
        assert (other.content_hash, other.version, other.review_status) == (
            one.content_hash,
            one.version,
            one.review_status,
        )
        assert other.citations == one.citations
        assert (other.iso3, other.valid_from, other.data) == (one.iso3, one.valid_from, one.data)


def test_a_cited_batch_of_an_unknown_kind_is_refused(empty_app: App) -> None:
    source_id = _source(empty_app)
    with empty_app.engine.begin() as connection:
        batch = ledger.CitedBatch("no_such_kind", ReviewStatus.ACCEPTED, source_id)
        with pytest.raises(InvalidInput, match="unknown record kind"):
            ledger.append_cited(
                connection, batch, [("x:1", None, None, None, {}, "q")], actor=ACTOR, reason="t"
            )


def test_a_bulk_write_of_a_version_already_taken_is_a_conflict(empty_app: App) -> None:
    """A version someone else took first (the unique (record id, version)) is VersionConflict,
    and the caller's transaction stays usable (the bulk insert ran in a savepoint)."""
    source_id = _source(empty_app)
    _write(empty_app, _draft(source_id, 10), None)
    with empty_app.engine.begin() as connection:
        with pytest.raises(VersionConflict):
            ledger.append_versions(
                connection, [(_draft(source_id, 11), None)], actor=ACTOR, reason="test"
            )
        held = connection.execute(select(func.count()).select_from(records)).scalar_one()
    assert held == 1
