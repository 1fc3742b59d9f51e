"""Concurrent writers commit in record ``seq`` order, so the read cache notes every write.

``ReadCache.observe`` notes the kinds of the records above the highest ``seq`` it has seen. A
writer that drew a lower ``seq`` but committed after a higher one was seen would never be
noted, and the cached views (and the public answers kept from them) of its kind would stay
stale. PostgreSQL only: SQLite lets one writer in at a time (BEGIN IMMEDIATE) by construction.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import text

from minewatch.app import App
from minewatch.domain.evidence import RecordDraft
from minewatch.domain.kinds import Kind
from minewatch.services import audit, records
from minewatch.storage.cache import ReadCache

WAIT_S = 30.0  # upper bound on each wait, so a regression fails instead of hanging the suite
FIRST = "writer-first"


def _draft(record_id: str, kind: Kind, data: dict[str, Any]) -> RecordDraft:
    return RecordDraft(
        record_id=record_id, kind=kind, data=data, citations=(), iso3="NOR", valid_from=None
    )


def _in_thread(name: str, work: Callable[[], object], errors: list[BaseException]) -> Any:
    def run() -> None:
        try:
            work()
        except BaseException as exc:  # reported by the test, not lost in the thread
            errors.append(exc)

    thread = threading.Thread(target=run, name=name, daemon=True)
    thread.start()
    return thread


def _waiting_on_a_lock(app: App) -> bool:
    with app.engine.connect() as connection:
        return bool(
            connection.execute(
                text(
                    "SELECT count(*) FROM pg_stat_activity"
                    " WHERE datname = current_database() AND wait_event_type = 'Lock'"
                )
            ).scalar_one()
        )


@pytest.mark.parametrize("backend", ["postgresql"])
def test_a_write_committing_after_a_later_one_began_is_still_noted(
    loaded_app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first writer draws its ``seq`` and pauses before its audit entry, uncommitted; a
    second writer of another kind runs meanwhile; a cache observing in between and after both
    commits must note both kinds, whatever order they ran in."""
    drew, go = threading.Event(), threading.Event()
    real_append = audit.append

    def pausing_append(*args: Any, **kwargs: Any) -> str:
        if threading.current_thread().name == FIRST:
            drew.set()  # its record (and seq) is written, its transaction still open
            go.wait(WAIT_S)
        return real_append(*args, **kwargs)

    monkeypatch.setattr(audit, "append", pausing_append)
    cache = ReadCache()
    with loaded_app.engine.connect() as connection:
        start = cache.observe(connection)
    errors: list[BaseException] = []
    notice = {"event": "withdrawal_notice", "date": "2025-01-10"}
    first = _in_thread(
        FIRST,
        lambda: records.write(
            loaded_app, _draft("treaty:NOR:notice", Kind.TREATY_EVENT, notice), None, "t", "first"
        ),
        errors,
    )
    second_done = threading.Event()
    try:
        assert drew.wait(WAIT_S), f"the first writer never reached its audit entry: {errors}"

        def second_write() -> None:
            use = _draft("use:NOR:2026", Kind.USE_EVENT, {"date": "2026-01-01"})
            records.write(loaded_app, use, None, "t", "second")
            second_done.set()

        second = _in_thread("writer-second", second_write, errors)
        deadline = time.monotonic() + WAIT_S
        while not second_done.is_set() and not _waiting_on_a_lock(loaded_app):
            assert time.monotonic() < deadline, "the second writer neither finished nor waited"
            time.sleep(0.02)
        with loaded_app.engine.connect() as connection:
            cache.observe(connection)  # between the two commits, in whichever order they come
    finally:
        go.set()
    first.join(WAIT_S)
    second.join(WAIT_S)
    assert not first.is_alive() and not second.is_alive(), "a writer is stuck"
    assert errors == []
    with loaded_app.engine.connect() as connection:
        cache.observe(connection)
    assert cache.changed_since([Kind.TREATY_EVENT], start), "the first write was never noted"
    assert cache.changed_since([Kind.USE_EVENT], start), "the second write was never noted"
