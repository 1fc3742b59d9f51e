"""Every benchmark runs under ``make bench`` and uses the shared harness."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MAKEFILE = (ROOT / "Makefile").read_text(encoding="utf-8")


def _benchmarks() -> list[Path]:
    # the shared kit: the package, timing, seeded builders and the furniture templates
    kit = ("__init__.py", "harness.py", "field_data.py", "load_data.py", "furniture_data.py")
    return sorted(p for p in (ROOT / "bench").glob("*.py") if p.name not in kit)


def _recipes(prefix: str) -> str:
    """The recipes of every Makefile target whose name starts with ``prefix``."""
    blocks = MAKEFILE.split("\n\n")
    return "\n".join(b for b in blocks if any(line.startswith(prefix) for line in b.splitlines()))


def test_make_bench_runs_every_benchmark() -> None:
    """Each benchmark runs under ``make bench``, or, for a long one (the import memory at
    10M rows), under a ``bench-*`` target of its own, as long runs are kept out of the suite."""
    assert _benchmarks()
    targets = _recipes("bench:") + _recipes("bench-")
    missing = [p.name for p in _benchmarks() if f"bench/{p.name}" not in targets]
    assert missing == []


def test_benchmarks_time_with_the_shared_harness() -> None:
    own_clocks = [
        p.name
        for p in _benchmarks()
        if ("perf_counter" in p.read_text() or "process_time" in p.read_text())
        and "bench.harness" not in p.read_text()
    ]
    assert own_clocks == []
