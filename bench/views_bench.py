"""Benchmark: the read side with many field records in the ledger.

    .venv/bin/python bench/views_bench.py [--records 20000]

Writes ``--records`` synthetic clearance records (bench/harness.py, seeded) through the ledger
into a database holding the reference data, then measures, each in a fresh App (a cold cache):
the Convention status of every state, one country profile and a search; then how long the next
status read takes after a write to another kind (the status view must stay cached) and after a
write to a kind it reads. Time is the median of three runs; memory is the peak of Python
allocations during one run (tracemalloc). Results go to bench/results/views-DATE.md.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.harness import Results, fresh_app, measure_once, synthetic_records
from minewatch.app import App
from minewatch.domain.evidence import RecordDraft
from minewatch.domain.kinds import Kind
from minewatch.services import ledger, queries

AS_OF = date(2026, 2, 3)


def cold(settings_app: App, call: Callable[[App], object], runs: int = 3) -> tuple[float, int]:
    """Median seconds over ``runs`` fresh Apps, and the peak memory of one more."""
    seconds = []
    for _ in range(runs):
        app = App.from_settings(settings_app.settings)
        start = time.perf_counter()
        call(app)
        seconds.append(time.perf_counter() - start)
        app.close()
    app = App.from_settings(settings_app.settings)
    peak = measure_once(lambda: call(app)).peak_bytes
    app.close()
    return statistics.median(seconds), peak


def after_write(app: App, kind: Kind, runs: int = 3) -> float:
    """Median seconds of a status read right after one write of ``kind``."""
    seconds = []
    queries.status_report(app, AS_OF)
    for i in range(runs):
        if kind is Kind.TREATY_EVENT:
            _treaty_note(app, i)
        else:
            synthetic_records(app, 1, kind, seed=100 + i, prefix=f"extra{i}")
        start = time.perf_counter()
        queries.status_report(app, AS_OF)
        seconds.append(time.perf_counter() - start)
    return statistics.median(seconds)


def _treaty_note(app: App, i: int) -> None:
    draft = RecordDraft(
        record_id=f"treaty:bench:{i}",
        kind=Kind.TREATY_EVENT,
        data={"event": "suspension_claim", "date": "2025-07-15"},
        citations=(),
        iso3="UKR",
        valid_from="2025-07-15",
    )
    with app.engine.begin() as connection:
        ledger.write_version(connection, draft, base_version=None, actor="bench", reason="bench")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=20_000)
    args = parser.parse_args()
    results = Results("views")
    with tempfile.TemporaryDirectory() as tmp:
        app = fresh_app(Path(tmp))
        start = time.perf_counter()
        synthetic_records(app, args.records)
        wrote = time.perf_counter() - start
        results.add("", f"{args.records:,} synthetic clearance records written in {wrote:.1f} s.")
        rows = []
        for name, call in (
            ("status of every state, cold", lambda a: queries.status_report(a, AS_OF)),
            ("country profile (AFG), cold", lambda a: queries.state_profile(a, "AFG", AS_OF)),
            ("search 'site 1', cold", lambda a: queries.search(a, "site 1")),
        ):
            seconds, peak = cold(app, call)
            rows.append((name, f"{seconds * 1000:.0f} ms", f"{peak / 1e6:.1f} MB"))
        other = after_write(app, Kind.CLEARANCE_FIGURE)
        rows.append(("status after a write to another kind", f"{other * 1000:.1f} ms", ""))
        own = after_write(app, Kind.TREATY_EVENT)
        rows.append(("status after a write to a kind it reads", f"{own * 1000:.1f} ms", ""))
        results.table(("measurement", "time", "peak Python memory"), rows)
        app.close()
    results.write()


if __name__ == "__main__":
    main()
