"""What every benchmark shares: timing, memory, ports, a throwaway database, seeded synthetic
records, and the results file.

    from bench.harness import timed, measure_once, fresh_app, synthetic_records, Results

- ``timed(call)``: median and 95th percentile in milliseconds after a warm-up.
- ``cpu_rate(call, items, seconds)``: items per CPU-second (throughput on a shared machine).
- ``measure_once(call)``: seconds and peak traced Python memory (bytes) of one call.
- ``cpu_once(call)``: CPU seconds of one call (a long call on a shared machine).
- ``free_port()`` / ``wait_for(port, path)``: a loopback port and a server answering 200 on it.
- ``fresh_app(directory, loaded=True)``: a migrated SQLite database (reference data loaded).
- ``synthetic_records(app, n, kind=..., seed=...)``: ``n`` accepted records written through the
  ledger, the same ones for the same seed. The tests use the same builders at small size
  (``tests/services/test_read_cache.py``), so what a benchmark times is what the tests check.
- ``Results(name)``: a Markdown report printed and written to ``bench/results/NAME-DATE.md``.

Timing goals live here and in ``make bench``, never in unit tests.
"""

from __future__ import annotations

import os
import platform
import random
import socket
import statistics
import time
import tracemalloc
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from minewatch.app import App
from minewatch.domain.evidence import Citation, RecordDraft, SourceDraft, SourceKind
from minewatch.domain.kinds import Kind
from minewatch.services import ledger
from minewatch.services.reference import load_reference
from minewatch.settings import Settings
from minewatch.storage.schema import migrate

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
ACTOR = "bench:synthetic"
ISO3S = ("AFG", "AGO", "BIH", "COL", "HRV", "IRQ", "KHM", "LAO", "MMR", "UKR", "YEM", "ZWE")


@dataclass(frozen=True)
class Timing:
    median_ms: float
    p95_ms: float


def timed(call: Callable[[], object], runs: int = 2000, warmup: int = 50) -> Timing:
    """Median and 95th percentile of ``runs`` calls, in milliseconds, after ``warmup`` calls."""
    for _ in range(warmup):
        call()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return Timing(statistics.median(samples), samples[int(len(samples) * 0.95)])


def cpu_rate(call: Callable[[], object], items: int, seconds: float) -> float:
    """Items per second of this process's CPU time, calling ``call`` (which handles ``items``
    items) for at least ``seconds`` of CPU time. CPU time, not wall time: on a shared machine the
    wall clock counts other people's work."""
    count, start = 0, time.process_time()
    while time.process_time() - start < seconds:
        call()
        count += items
    return count / (time.process_time() - start)


def cpu_once(call: Callable[[], object]) -> float:
    """This process's CPU seconds for one ``call`` (not wall time: see ``cpu_rate``)."""
    start = time.process_time()
    call()
    return time.process_time() - start


@dataclass(frozen=True)
class Once:
    seconds: float
    peak_bytes: int


def measure_once(call: Callable[[], object]) -> Once:
    """Wall time and peak traced Python allocation of one call (tracemalloc adds overhead, so
    compare figures measured the same way)."""
    tracemalloc.start()
    try:
        start = time.perf_counter()
        call()
        seconds = time.perf_counter() - start
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return Once(seconds, peak)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for(port: int, path: str, timeout: float = 30) -> None:
    """Until ``GET path`` on the loopback port answers 200; RuntimeError after ``timeout`` s."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1) as sock:
                sock.sendall(f"GET {path} HTTP/1.0\r\nHost: x\r\n\r\n".encode())
                if sock.recv(12).startswith(b"HTTP/1.1 200"):
                    return
        except OSError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"server on port {port} did not answer {path}")


def fresh_app(directory: Path, loaded: bool = True) -> App:
    """A new SQLite database in ``directory``, migrated, with the reference data if ``loaded``."""
    app = App.from_settings(Settings(database_url=str(directory / "bench.db")))
    migrate(app.engine)
    if loaded:
        load_reference(app, ACTOR)
    return app


def synthetic_records(
    app: App, n: int, kind: Kind = Kind.CLEARANCE_FIGURE, seed: int = 7, prefix: str = "syn"
) -> int:
    """Write ``n`` accepted records of ``kind`` through the ledger (one transaction, audited),
    spread over a dozen states and 2000-2025, citing one synthetic source. Same seed, same
    records. Returns the number written."""
    rng = random.Random(seed)
    with app.engine.begin() as connection:
        source = SourceDraft(
            SourceKind.DATASET, "Synthetic field data", url="https://bench.invalid"
        )
        source_id, _ = ledger.ensure_source(connection, source, ACTOR)
        for i in range(n):
            draft = _synthetic(rng, i, kind, source_id, prefix)
            ledger.write_version(connection, draft, base_version=None, actor=ACTOR, reason="bench")
    return n


def _synthetic(rng: random.Random, i: int, kind: Kind, source_id: int, prefix: str) -> RecordDraft:
    day = f"{rng.randint(2000, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    area = rng.randint(100, 250_000)
    return RecordDraft(
        record_id=f"{kind}:{prefix}:{i}",
        kind=kind,
        iso3=rng.choice(ISO3S),
        valid_from=day,
        data={"date": day, "quantity": area, "unit": "m2", "location": f"Site {i}"},
        citations=(Citation(source_id, f"row {i}"),),
    )


@dataclass
class Results:
    """A Markdown report: ``add`` lines, then ``write`` prints it and saves it under
    bench/results/ with the date in its name; returns the path."""

    name: str
    lines: list[str] = field(default_factory=list)
    backend: str = "SQLite"

    def __post_init__(self) -> None:
        heading = f"# {self.name} benchmark, {time.strftime('%Y-%m-%d %H:%M')}"
        self.lines += [heading, "", machine(self.backend)]

    def add(self, *lines: str) -> None:
        self.lines.extend(lines)

    def table(self, header: tuple[str, ...], rows: Sequence[tuple[str, ...]]) -> None:
        self.add("", "| " + " | ".join(header) + " |", "|" + "---|" * len(header))
        self.add(*("| " + " | ".join(row) + " |" for row in rows))

    def write(self) -> Path:
        text = "\n".join(self.lines) + "\n"
        print(text)
        RESULTS.mkdir(parents=True, exist_ok=True)
        path = RESULTS / f"{self.name}-{time.strftime('%Y%m%d-%H%M')}.md"
        path.write_text(text, encoding="utf-8")
        return path


def machine(backend: str = "SQLite") -> str:
    return (
        f"Machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, {backend} backend."
    )
