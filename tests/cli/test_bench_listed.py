"""Every benchmark runs under ``make bench`` and uses the shared harness."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MAKEFILE = (ROOT / "Makefile").read_text(encoding="utf-8")


def _benchmarks() -> list[Path]:
    kit = ("harness.py", "field_data.py")  # the shared kit: timing and seeded builders
    return sorted(p for p in (ROOT / "bench").glob("*.py") if p.name not in kit)


def test_make_bench_runs_every_benchmark() -> None:
    assert _benchmarks()
    bench_target = MAKEFILE[MAKEFILE.index("\nbench:") :].split("\n\n")[0]
    missing = [p.name for p in _benchmarks() if f"bench/{p.name}" not in bench_target]
    assert missing == []


def test_benchmarks_time_with_the_shared_harness() -> None:
    own_clocks = [
        p.name
        for p in _benchmarks()
        if ("perf_counter" in p.read_text() or "process_time" in p.read_text())
        and "bench.harness" not in p.read_text()
    ]
    assert own_clocks == []
