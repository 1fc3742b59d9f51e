"""Load: 50 concurrent clients on loopback against a real ``minewatch serve`` (uvicorn), on both
backends, for a bounded time. 48 readers cycle through the public reads people make (Convention
status, a country profile page and its API, search, a record, the field map's windows, the
overview); one writer posts record versions with a token that may accept (new records and new
versions of its own, at most 5 a second); one reviewer accepts or rejects the ingested claims
through the review API (at most 2 a second). Writer and reviewer run the whole time.

The readers run two models, half the time each:

- **closed** (saturation): each reader sends its next request as soon as the last is answered,
  so the server is never idle and a read's latency is about the readers waiting ahead of it
  divided by the throughput; this phase measures throughput (reads/s), and its latency says
  how long a queue of 48 takes to drain, not what a reader at a given rate sees.
- **open** (latency at a stated load): each reader sends requests at Poisson-distributed times,
  ``MINEWATCH_LOAD_RATE`` a second on average (1.5: 72 reads/s offered by 48 readers), whether
  or not its last one was answered; latency is counted from the moment the request was due, so
  a late generator or a slow server both count (no coordinated omission).

Asserted: 0 errors (no 5xx, no connection error, no unexpected status) and 0 lost writes (every
write the server acknowledged is readable afterwards: each version through the public record
API, each decision through the review API). Measured, never asserted here: read p50/p99/max of
each phase while the writer is active, and the CPU seconds of the server (its worker processes
included) and of this load generator. ``MINEWATCH_LOAD_SECONDS`` sets the length (10 s in
``make test``, 600 in ``make soak``), ``MINEWATCH_LOAD_WORKERS`` the server's worker processes
(``minewatch serve --workers``, default 1); ``MINEWATCH_LOAD_REPORT`` names a file to append the
figures to (one JSON line per backend). docs/reliability.md holds the measured figures.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from bench.load_data import READS, hazard_squares, stories
from minewatch.app import App
from minewatch.services import ingest
from minewatch.services.accounts import Role
from minewatch.services.field_import import import_files, resolve_mapping
from minewatch.storage.engine import is_sqlite
from tests.evidence.helpers import token_for
from tests.support.loops import run_in_own_loop

SECONDS = float(os.environ.get("MINEWATCH_LOAD_SECONDS", "10"))
RATE = float(os.environ.get("MINEWATCH_LOAD_RATE", "1.5"))  # reads/s per reader, open phase
WORKERS = int(os.environ.get("MINEWATCH_LOAD_WORKERS", "1"))
READERS = 48  # + one writer + one reviewer = 50 clients
WRITES_PER_S, DECISIONS_PER_S = 5.0, 2.0


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Phase:
    latencies: list[float] = field(default_factory=list)  # read seconds, while writing
    seconds: float = 0.0

    def figures(self, name: str) -> dict[str, Any]:
        return {
            f"{name}_reads": len(self.latencies),
            f"{name}_reads_per_s": round(len(self.latencies) / max(self.seconds, 1e-9), 1),
            f"{name}_read_p50_ms": round(_percentile(self.latencies, 0.50) * 1000, 1),
            f"{name}_read_p99_ms": round(_percentile(self.latencies, 0.99) * 1000, 1),
            f"{name}_read_max_ms": round(max(self.latencies, default=0.0) * 1000, 1),
        }


@dataclass
class Tally:
    closed: Phase = field(default_factory=Phase)
    open: Phase = field(default_factory=Phase)
    errors: list[str] = field(default_factory=list)
    versions: list[tuple[str, int]] = field(default_factory=list)  # acknowledged writes
    decisions: list[tuple[str, str]] = field(default_factory=list)  # acknowledged decisions


async def _read(
    client: httpx.AsyncClient, path: str, due: float, phase: Phase, tally: Tally
) -> None:
    """One read, its latency counted from ``due`` (when it was meant to be sent)."""
    try:
        answer = await client.get(path)
    except httpx.HTTPError as exc:
        tally.errors.append(f"GET {path}: {type(exc).__name__}")
        return
    phase.latencies.append(time.perf_counter() - due)
    if answer.status_code != 200:
        tally.errors.append(f"GET {path}: {answer.status_code}")


async def _closed_reader(client: httpx.AsyncClient, n: int, until: float, tally: Tally) -> None:
    """The next read as soon as the last is answered."""
    i = n
    while time.monotonic() < until:
        await _read(client, READS[i % len(READS)], time.perf_counter(), tally.closed, tally)
        i += 1


async def _open_reader(client: httpx.AsyncClient, n: int, until: float, tally: Tally) -> None:
    """Reads at Poisson times, ``RATE`` a second on average, answered or not."""
    chance = random.Random(n)
    offset = time.perf_counter() - time.monotonic()
    due = time.monotonic() + chance.expovariate(RATE)
    sent: list[asyncio.Task[None]] = []
    i = n
    while due < until:
        await asyncio.sleep(max(0.0, due - time.monotonic()))
        path = READS[i % len(READS)]
        sent.append(asyncio.create_task(_read(client, path, due + offset, tally.open, tally)))
        i += 1
        due += chance.expovariate(RATE)
    await asyncio.gather(*sent)


async def _writer(client: httpx.AsyncClient, token: str, until: float, tally: Tally) -> None:
    headers = {"Authorization": f"Bearer {token}"}
    n = 0
    while time.monotonic() < until:
        tick = time.monotonic()
        record_id = f"stockpile_figure:load-{n // 2}"
        base = None if n % 2 == 0 else 1  # a new record, then a second version of it
        body = {
            "base_version": base,
            "kind": "stockpile_figure",
            "iso3": "EST",
            "data": {"destroyed": n, "unit": "mines"},
            "citations": [{"source_id": 1, "quote": f"load test write {n}"}],
            "reason": "load test",
        }
        n += 1
        try:
            answer = await client.post(
                f"/api/v1/records/{record_id}/versions", json=body, headers=headers
            )
        except httpx.HTTPError as exc:
            tally.errors.append(f"POST versions: {type(exc).__name__}")
            continue
        if answer.status_code == 201:
            tally.versions.append((record_id, int(answer.json()["version"])))
        else:
            tally.errors.append(f"POST {record_id}: {answer.status_code} {answer.text[:200]}")
        await asyncio.sleep(max(0.0, 1 / WRITES_PER_S - (time.monotonic() - tick)))


async def _reviewer(client: httpx.AsyncClient, token: str, until: float, tally: Tally) -> None:
    headers = {"Authorization": f"Bearer {token}"}
    queue = await client.get("/api/v1/review/candidates?limit=1000", headers=headers)
    assert queue.status_code == 200, queue.text
    listed = queue.json()
    waiting = [(c["record"], c["version"]) for c in listed["candidates"] + listed["corroborating"]]
    for n, (record_id, version) in enumerate(waiting):
        if time.monotonic() >= until:
            break
        tick = time.monotonic()
        decision = ("accept", "reject")[n % 2]
        body = {"decision": decision, "base_version": version, "reason": "load test"}
        try:
            answer = await client.post(
                f"/api/v1/review/candidates/{record_id}", json=body, headers=headers
            )
        except httpx.HTTPError as exc:
            tally.errors.append(f"POST review: {type(exc).__name__}")
            continue
        if answer.status_code == 200:
            tally.decisions.append((record_id, f"{decision}ed"))
        else:
            tally.errors.append(f"POST review {record_id}: {answer.status_code}")
        await asyncio.sleep(max(0.0, 1 / DECISIONS_PER_S - (time.monotonic() - tick)))


async def _load(base: str, writer: str, reviewer: str) -> Tally:
    tally = Tally()
    # Idle connections expire on the client before uvicorn's 5 s keep-alive closes them: a
    # request sent on a connection the server is closing at that instant fails in any client.
    limits = httpx.Limits(max_connections=60, max_keepalive_connections=60, keepalive_expiry=2.0)
    timeout = httpx.Timeout(60.0)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=timeout) as client:
        start = time.monotonic()
        middle, until = start + SECONDS / 2, start + SECONDS

        async def readers() -> None:
            await asyncio.gather(
                *(_closed_reader(client, n, middle, tally) for n in range(READERS))
            )
            tally.closed.seconds = time.monotonic() - start
            begun = time.monotonic()
            await asyncio.gather(*(_open_reader(client, n, until, tally) for n in range(READERS)))
            tally.open.seconds = time.monotonic() - begun

        await asyncio.gather(
            _writer(client, writer, until, tally),
            _reviewer(client, reviewer, until, tally),
            readers(),
        )
        await _lost(client, reviewer, tally)
    return tally


async def _lost(client: httpx.AsyncClient, reviewer: str, tally: Tally) -> None:
    """Every acknowledged write, read back after the run; a missing one is an error."""
    for record_id, version in tally.versions:
        answer = await client.get(f"/api/v1/records/{record_id}")
        held = [v["version"] for v in answer.json().get("versions", [])]
        if answer.status_code != 200 or version not in held:
            tally.errors.append(f"lost write {record_id} v{version}")
    headers = {"Authorization": f"Bearer {reviewer}"}
    for record_id, status in tally.decisions:
        answer = await client.get(f"/api/v1/review/candidates/{record_id}", headers=headers)
        if answer.status_code != 200 or answer.json().get("review_status") != status:
            tally.errors.append(f"lost decision {record_id} {status}")


def _serve(url: str, port: int, log: Path) -> subprocess.Popen[bytes]:
    command = [str(Path(sys.executable).parent / "minewatch"), "serve", "--port", str(port)]
    command += ["--workers", str(WORKERS)]
    environment = {**os.environ, "MINEWATCH_DATABASE_URL": url}
    server = subprocess.Popen(command, env=environment, stdout=log.open("wb"), stderr=-2)
    # Generous: on the shared box (load average ~20) two workers took over 120 s to answer.
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/v1/status", timeout=30).status_code == 200:
                return server
        except httpx.HTTPError:
            time.sleep(0.3)
        assert server.poll() is None, log.read_text()
    server.send_signal(signal.SIGINT)  # not left running (with its workers) after the failure
    server.wait(timeout=60)
    raise AssertionError("the server did not start")


def _cpu_seconds(pid: int) -> float | None:
    """User + system CPU seconds of ``pid`` and its live descendants (the workers), from
    /proc; None where there is no /proc."""
    ticks = os.sysconf("SC_CLK_TCK")
    parents: dict[int, int] = {}
    used: dict[int, float] = {}
    try:
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue  # ended meanwhile
            parents[int(entry.name)] = int(fields[1])
            used[int(entry.name)] = (int(fields[11]) + int(fields[12])) / ticks
    except OSError:
        return None
    family, grew = {pid}, True
    while grew:
        more = {child for child, parent in parents.items() if parent in family} - family
        family |= more
        grew = bool(more)
    return sum(used.get(p, 0.0) for p in family)


def _percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * p))] if ordered else 0.0


def test_fifty_clients_read_and_write_without_errors_or_lost_writes(
    loaded_app: App, tmp_path: Path
) -> None:
    backend = "sqlite" if is_sqlite(loaded_app.engine) else "postgresql"
    report = ingest.ingest(loaded_app, stories(tmp_path / "docs", max(12, int(SECONDS))), "t")
    assert report.candidates > 0
    import_files(
        loaded_app, [hazard_squares(tmp_path)], resolve_mapping("hazards", None, None), actor="t"
    )
    writer = token_for(loaded_app, "load-writer", Role.REVIEWER, ["records:write", "review:write"])
    reviewer = token_for(loaded_app, "load-reviewer", Role.REVIEWER, ["review:write"])
    url = loaded_app.settings.database_url
    loaded_app.close()
    port = _free_port()
    server = _serve(url, port, tmp_path / "server.log")
    try:
        started = time.monotonic()
        server_cpu, own_cpu = _cpu_seconds(server.pid), time.process_time()
        base = f"http://127.0.0.1:{port}"
        tally = run_in_own_loop(lambda: _load(base, writer, reviewer))
        elapsed = time.monotonic() - started
        server_used = _cpu_seconds(server.pid)
        own_used = time.process_time() - own_cpu
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(timeout=60)
    requests = len(tally.closed.latencies) + len(tally.open.latencies) + len(tally.versions)
    requests += len(tally.decisions)
    served = None if server_cpu is None or server_used is None else server_used - server_cpu
    figures: dict[str, Any] = {
        "backend": backend,
        "seconds": SECONDS,
        "elapsed_s": round(elapsed, 1),
        "workers": WORKERS,
        "clients": READERS + 2,
        **tally.closed.figures("closed"),
        "open_rate_per_reader": RATE,
        "open_offered_per_s": RATE * READERS,
        **tally.open.figures("open"),
        "writes": len(tally.versions),
        "decisions": len(tally.decisions),
        "errors": len(tally.errors),
        "server_cpu_s": None if served is None else round(served, 1),
        "server_cpu_ms_per_request": None if served is None else round(served / requests * 1000, 2),
        "client_cpu_s": round(own_used, 1),
        "load_average": os.getloadavg(),
    }
    print(f"\nload {json.dumps(figures)}", flush=True)
    if os.environ.get("MINEWATCH_LOAD_REPORT"):
        with open(os.environ["MINEWATCH_LOAD_REPORT"], "a") as out:
            out.write(json.dumps(figures) + "\n")
    assert tally.errors == [], tally.errors[:20]
    assert tally.closed.latencies and tally.open.latencies and tally.versions and tally.decisions
