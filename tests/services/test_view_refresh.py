"""A kind's current view is refreshed after a write (only the records written since are read
again), and the refreshed view is exactly what a full build of the kind gives."""

from __future__ import annotations

from typing import Any

import pytest

from minewatch.app import App
from minewatch.domain.evidence import Citation, RecordDraft, ReviewStatus, StoredRecord
from minewatch.domain.kinds import Kind
from minewatch.services import ledger, views
from minewatch.services.views import KindRecords, read_view

KIND = Kind.STOCKPILE_FIGURE


def _write(
    app: App, record_id: str, iso3: str, n: int, status: ReviewStatus, base: int | None
) -> int | None:
    draft = RecordDraft(
        record_id=record_id,
        kind=KIND,
        data={"destroyed": n, "unit": "mines"},
        citations=(Citation(source_id=1, quote=f"write {n}"),),
        iso3=iso3,
        review_status=status,
    )
    with app.engine.begin() as connection:
        return ledger.write_version(connection, draft, base_version=base, actor="t", reason="t")


def _shape(view: KindRecords) -> tuple[Any, ...]:
    def names(found: tuple[StoredRecord, ...]) -> list[tuple[int, str, int]]:
        return [(r.seq, r.record_id, r.version) for r in found]

    return names(view.records), {k: names(v) for k, v in sorted(view.by_state.items())}


def test_a_refreshed_kind_view_is_what_a_full_build_gives(
    loaded_app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = read_view(loaded_app).kind(KIND)
    existing = next(r for r in before.records if r.iso3 and r.iso3 != "EST")
    hidden = next(r for r in before.records if r.record_id != existing.record_id)
    asked: list[object] = []
    real = ledger.current_records

    def counting(*args: Any, **kwargs: Any) -> list[StoredRecord]:
        asked.append(kwargs.get("record_ids"))
        return real(*args, **kwargs)

    monkeypatch.setattr(ledger, "current_records", counting)
    accepted = ReviewStatus.ACCEPTED
    _write(loaded_app, "stockpile_figure:new-1", "EST", 1, accepted, None)
    _write(loaded_app, "stockpile_figure:new-2", "FIN", 2, ReviewStatus.CANDIDATE, None)
    # a new version that moves a record to another state: it leaves its old state's list
    _write(loaded_app, existing.record_id, "EST", 3, accepted, existing.version)
    # a candidate version hides the accepted one it follows (the newest version decides)
    _write(
        loaded_app,
        hidden.record_id,
        hidden.iso3 or "EST",
        4,
        ReviewStatus.CANDIDATE,
        hidden.version,
    )
    after = read_view(loaded_app).kind(KIND)
    assert len(asked) == 1 and asked[0] is not None, "the view was built again, not refreshed"
    assert sorted(asked[0]) == sorted(  # type: ignore[call-overload]
        ["stockpile_figure:new-1", "stockpile_figure:new-2", existing.record_id, hidden.record_id]
    )
    full = views._build_kind(loaded_app, KIND, None)
    assert _shape(after) == _shape(full)
    assert _shape(after) != _shape(before)
    ids = {r.record_id for r in after.records}
    assert "stockpile_figure:new-1" in ids and "stockpile_figure:new-2" not in ids
    assert hidden.record_id not in ids
    moved = [r.record_id for r in after.by_state.get(existing.iso3 or "", ())]
    assert existing.record_id not in moved
    assert existing.record_id in [r.record_id for r in after.by_state["EST"]]


def test_many_writes_since_the_last_build_read_the_kind_again(
    loaded_app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    read_view(loaded_app).kind(KIND)
    monkeypatch.setattr(views, "REFRESH_LIMIT", 2)
    for n in range(3):
        _write(loaded_app, f"stockpile_figure:many-{n}", "EST", n, ReviewStatus.ACCEPTED, None)
    after = read_view(loaded_app).kind(KIND)
    assert _shape(after) == _shape(views._build_kind(loaded_app, KIND, None))
    assert {f"stockpile_figure:many-{n}" for n in range(3)} <= {r.record_id for r in after.records}


def test_search_finds_each_record_holding_the_text_and_never_across_two(loaded_app: App) -> None:
    from minewatch.services import queries

    for n, notes in enumerate(("Alpha zeta", "omega Beta")):
        draft = RecordDraft(
            record_id=f"stockpile_figure:search-{n}",
            kind=KIND,
            data={"destroyed": n, "notes": notes},
            citations=(Citation(source_id=1, quote="q"),),
            iso3="EST",
        )
        with loaded_app.engine.begin() as connection:
            ledger.write_version(connection, draft, base_version=None, actor="t", reason="t")

    def found(q: str) -> list[str]:
        return [r["record"] for r in queries.search(loaded_app, q, limit=1000)["records"]]

    assert found("ZETA") == ["stockpile_figure:search-0"]
    assert found("a zeta") == ["stockpile_figure:search-0"]
    assert found("search-1") == ["stockpile_figure:search-1"]
    assert found("zetaomega") == found("zeta omega") == found("zeta\x00omega") == []
    assert found("search-") == ["stockpile_figure:search-0", "stockpile_figure:search-1"]
