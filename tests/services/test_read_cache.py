"""The read cache: keyed by the kinds each view reads, built once for concurrent readers, never
holding personal records, and fed by services (analysis reads nothing itself)."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from datetime import date
from typing import Any

import pytest
from sqlalchemy import Connection

from bench.harness import synthetic_records
from minewatch.app import App
from minewatch.domain import kinds
from minewatch.domain.evidence import RecordDraft, StoredRecord
from minewatch.domain.kinds import Kind, KindSpec, Sensitivity
from minewatch.services import ledger, queries
from minewatch.services.views import read_view
from minewatch.storage.cache import PersonalDataNotCacheable, ReadCache

AS_OF = date(2026, 2, 3)
STATUS_KEY = ("status", None)


def test_a_write_to_one_kind_keeps_the_views_of_the_others(loaded_app: App) -> None:
    cache = loaded_app.read_cache
    parties = queries.status_report(loaded_app, AS_OF)["states_parties"]
    assert cache.builds[STATUS_KEY] == 1
    synthetic_records(loaded_app, 5, Kind.CLEARANCE_FIGURE)
    assert queries.status_report(loaded_app, AS_OF)["states_parties"] == parties
    assert cache.builds[STATUS_KEY] == 1, "a clearance write rebuilt the status view"
    found = read_view(loaded_app).of_kind(Kind.CLEARANCE_FIGURE)
    assert len(found) == 5


def test_a_write_to_a_kind_a_view_reads_rebuilds_it(loaded_app: App) -> None:
    before = queries.status_report(loaded_app, AS_OF)
    assert before["states_parties"] == 162
    notice = RecordDraft(
        record_id="treaty:NOR:withdrawal_notice",
        kind=Kind.TREATY_EVENT,
        data={"event": "withdrawal_notice", "date": "2025-01-10"},
        citations=(),
        iso3="NOR",
        valid_from="2025-01-10",
    )
    with loaded_app.engine.begin() as connection:
        ledger.write_version(connection, notice, base_version=None, actor="t", reason="test")
    after = queries.status_report(loaded_app, AS_OF)
    assert loaded_app.read_cache.builds[STATUS_KEY] == 2
    assert after["states_parties"] == 161 and after["withdrawn"] == before["withdrawn"] + 1


def test_a_write_from_another_process_is_seen(loaded_app: App) -> None:
    """Two App objects on one database stand for two worker processes."""
    before = len(read_view(loaded_app).of_kind(Kind.CLEARANCE_FIGURE))
    other = App.from_settings(loaded_app.settings)
    try:
        synthetic_records(other, 3, Kind.CLEARANCE_FIGURE)
    finally:
        other.close()
    assert len(read_view(loaded_app).of_kind(Kind.CLEARANCE_FIGURE)) == before + 3


def test_a_cold_status_view_reads_the_ledger_once(
    loaded_app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[str, ...]] = []
    real = ledger.current_records

    def counting(
        connection: Connection, *, kinds: Sequence[str] | None = None, **rest: Any
    ) -> list[StoredRecord]:
        calls.append(tuple(str(k) for k in kinds or ()))
        return real(connection, kinds=kinds, **rest)

    monkeypatch.setattr(ledger, "current_records", counting)
    queries.status_report(loaded_app, AS_OF)
    assert calls == [("treaty_event", "depositary_listing", "armed_conflict")]


def test_concurrent_misses_build_once_and_other_readers_never_wait() -> None:
    cache = ReadCache()
    release, started = threading.Event(), threading.Event()
    order: list[str] = []

    def slow() -> str:
        started.set()
        assert release.wait(30), "the other reader was made to wait"
        order.append("slow")
        return "A"

    results: list[str] = []
    readers = [
        threading.Thread(target=lambda: results.append(cache.get("a", ["claim"], 0, slow)))
        for _ in range(8)
    ]
    for reader in readers:
        reader.start()
    started.wait(30)

    def other() -> str:
        order.append("other")
        return "B"

    assert cache.get("b", ["indicator"], 0, other) == "B"
    release.set()
    for reader in readers:
        reader.join()
    assert order == ["other", "slow"]
    assert results == ["A"] * 8 and cache.builds["a"] == 1


def test_personal_kinds_never_enter_a_shared_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    personal = KindSpec(Kind.OTHER_CLAIM, "Victim", Sensitivity.PERSONAL)
    monkeypatch.setitem(kinds.SPECS, Kind.OTHER_CLAIM, personal)
    with pytest.raises(PersonalDataNotCacheable):
        ReadCache().get("victims", [Kind.OTHER_CLAIM, Kind.INDICATOR], 0, lambda: [])
